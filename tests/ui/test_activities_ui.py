"""Group activities as the desk records them, with the keyboard: an activity with its sessions and partners,
a session taken off after it had presences, the attendance of a session, and the list of the period.

Today is Saturday 21/11/2026 (tests/conftest.py).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QMessageBox, QTableWidget
from pytestqt.qtbot import QtBot

from app.services.catalogues import add_item
from app.services.desk.activities import ActivityForm, SessionForm, activity_detail, create_activity, set_attendance
from app.ui.context import DeskContext
from app.ui.desk.activities_view import ActivitiesView
from app.ui.desk.activity_dialogs import ActivityDialog, AttendanceDialog
from app.vocabulary import CatalogueKind, Change
from tests.conftest import Desk
from tests.desk_records import add_household, rome
from tests.ui.conftest import MessageBoxes, ModalDialogs, press, push, shown_errors, type_here
from tests.visit_samples import item_id

CTRL = Qt.KeyboardModifier.ControlModifier
NETWORK_MEETING = "Riunione di rete di quartiere"
COURSE = "Corso"


def activity_type(desk: Desk, name: str) -> uuid.UUID:
    return item_id(desk, CatalogueKind.ACTIVITY_TYPES, name)


def add_partners(desk: Desk) -> dict[str, uuid.UUID]:
    """The organisations of a neighbourhood network (seed 004): residents' groups, schools, parishes."""
    partners = {
        "Rete sociale Celadina": "rete di quartiere",
        "Associazione Genitori Rodari": "associazione",
        "Parrocchia San Pio X": "parrocchia",
    }
    return {name: add_item(desk.uow(), CatalogueKind.PARTNERS, name, kind_label=kind) for name, kind in partners.items()}


def course(desk: Desk, *days: int, title: str = "Corso di alfabetizzazione digitale") -> uuid.UUID:
    """A course at Celadina meeting at 18-20 on the given days of November 2026."""
    return create_activity(
        desk.uow(),
        ActivityForm(
            activity_type_id=activity_type(desk, COURSE),
            title=title,
            place="Sala civica di Celadina",
            office_code="CEL",
            sessions=[SessionForm(rome(2026, 11, day, 18), rome(2026, 11, day, 20)) for day in days],
        ),
    )


def show(qtbot: QtBot, widget: QDialog | ActivitiesView) -> None:
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def retype(qtbot: QtBot, dialog: QDialog, text: str) -> None:
    """Replaces the text where the focus is, as Ctrl+A and typing do."""
    press(qtbot, dialog, Qt.Key.Key_A, CTRL)
    type_here(qtbot, dialog, text)


def close_line(qtbot: QtBot, dialog: ActivityDialog) -> None:
    """Enter closes a session line's editor; the view takes the text a moment later (a queued call)."""
    press(qtbot, dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.sessions.state() != QAbstractItemView.State.EditingState)


def row_texts(table: QTableWidget) -> list[list[str]]:
    return [[table.item(row, column).text() for column in range(table.columnCount())] for row in range(table.rowCount())]


def test_an_activity_typed_with_the_keyboard_is_stored_with_two_sessions_and_two_partners(
    qtbot: QtBot, desk: Desk, context: DeskContext
) -> None:
    partners = add_partners(desk)
    changes: list[frozenset[Change]] = []
    context.events.changed.connect(changes.append)
    dialog = ActivityDialog(context)
    show(qtbot, dialog)
    assert dialog.focusWidget() is dialog.activity_type
    assert dialog.sessions.item(0).text() == "21/11/2026 18:00-20:00"  # one session prefilled, today

    type_here(qtbot, dialog, "Riunione")  # the type list jumps to what is typed
    assert dialog.activity_type.currentText() == NETWORK_MEETING
    press(qtbot, dialog, Qt.Key.Key_Tab)
    type_here(qtbot, dialog, "Rete sociale: incontro di novembre")
    press(qtbot, dialog, Qt.Key.Key_Tab)
    type_here(qtbot, dialog, "Spazio Polaresco, via del Polaresco 15")
    press(qtbot, dialog, Qt.Key.Key_Tab)  # desk: this laptop's, Celadina
    press(qtbot, dialog, Qt.Key.Key_Tab)
    type_here(qtbot, dialog, "Servizio Reti Sociali")
    press(qtbot, dialog, Qt.Key.Key_Tab)
    type_here(qtbot, dialog, "Laboratori nel pomeriggio")
    press(qtbot, dialog, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.sessions

    press(qtbot, dialog, Qt.Key.Key_F2)  # correct the prefilled line
    retype(qtbot, dialog, "14/11/2026 20:30-22:30")
    close_line(qtbot, dialog)  # Enter closes the line's editor and does not save the activity
    assert dialog.isVisible()
    press(qtbot, dialog, Qt.Key.Key_Insert)  # the next one is proposed a week later, ready to be typed over
    close_line(qtbot, dialog)
    assert [text for text, _ in dialog.sessions.lines()] == ["14/11/2026 20:30-22:30", "21/11/2026 20:30-22:30"]

    press(qtbot, dialog, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.add_session_button
    press(qtbot, dialog, Qt.Key.Key_Tab)
    press(qtbot, dialog, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.partners
    press(qtbot, dialog, Qt.Key.Key_Space)  # Rete sociale Celadina
    press(qtbot, dialog, Qt.Key.Key_Down)
    press(qtbot, dialog, Qt.Key.Key_Down)
    press(qtbot, dialog, Qt.Key.Key_Space)  # Parrocchia San Pio X
    press(qtbot, dialog, Qt.Key.Key_Return, CTRL)

    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.saved_id is not None
    assert changes == [frozenset({Change.ACTIVITIES})]
    stored = activity_detail(desk.uow(write=False), dialog.saved_id)
    assert (stored.type_name, stored.title) == (NETWORK_MEETING, "Rete sociale: incontro di novembre")
    assert stored.place == "Spazio Polaresco, via del Polaresco 15"
    assert (stored.office_code, stored.organisers, stored.notes) == ("CEL", "Servizio Reti Sociali", "Laboratori nel pomeriggio")
    assert [p.id for p in stored.partners] == [partners["Parrocchia San Pio X"], partners["Rete sociale Celadina"]]
    assert [(s.starts_at, s.ends_at) for s in stored.sessions] == [
        (rome(2026, 11, 14, 20, 30), rome(2026, 11, 14, 22, 30)),
        (rome(2026, 11, 21, 20, 30), rome(2026, 11, 21, 22, 30)),
    ]


def test_a_session_line_that_cannot_be_read_is_named_under_the_list(qtbot: QtBot, desk: Desk, context: DeskContext) -> None:
    dialog = ActivityDialog(context)
    show(qtbot, dialog)
    type_here(qtbot, dialog, "Corso")
    press(qtbot, dialog, Qt.Key.Key_Tab)
    type_here(qtbot, dialog, "Corso di italiano")
    dialog.sessions.setFocus()
    press(qtbot, dialog, Qt.Key.Key_Insert)
    retype(qtbot, dialog, "martedì sera")
    close_line(qtbot, dialog)
    press(qtbot, dialog, Qt.Key.Key_Return)

    assert dialog.isVisible() and dialog.saved_id is None
    assert shown_errors(dialog) == {
        "sessions": "Incontro 2: «martedì sera» non si legge; scrivere gg/mm/aaaa hh:mm-hh:mm, per esempio 25/11/2026 18:00-20:00."
    }
    press(qtbot, dialog, Qt.Key.Key_Delete)  # the error gives the list the focus, on the line just typed
    assert not shown_errors(dialog)
    press(qtbot, dialog, Qt.Key.Key_Return)
    assert dialog.saved_id is not None
    assert len(activity_detail(desk.uow(write=False), dialog.saved_id).sessions) == 1


def test_removing_a_session_with_presences_asks_first(
    qtbot: QtBot, desk: Desk, context: DeskContext, message_boxes: MessageBoxes
) -> None:
    activity_id = course(desk, 4, 11, 18)
    [person] = add_household(desk, "N001", ("Mazzà", "Giulia"))
    held = activity_detail(desk.uow(write=False), activity_id).sessions[1]
    set_attendance(desk.uow(), held.id, [person], 2)
    dialog = ActivityDialog(context, activity_id)
    show(qtbot, dialog)
    for _ in range(6):  # type, title, place, desk, organisers, notes
        press(qtbot, dialog, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.sessions
    press(qtbot, dialog, Qt.Key.Key_Down)
    assert dialog.sessions.currentItem().text() == "11/11/2026 18:00-20:00"
    press(qtbot, dialog, Qt.Key.Key_Delete)
    assert [text for text, _ in dialog.sessions.lines()] == ["04/11/2026 18:00-20:00", "18/11/2026 18:00-20:00"]

    message_boxes.answer = QMessageBox.StandardButton.No
    press(qtbot, dialog, Qt.Key.Key_Return)
    assert "L'incontro del 11/11/2026 18:00 ha 3 presenze" in message_boxes.texts("question")[0]
    assert dialog.isVisible()
    assert len(activity_detail(desk.uow(write=False), activity_id).sessions) == 3

    message_boxes.answer = QMessageBox.StandardButton.Yes
    press(qtbot, dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = activity_detail(desk.uow(write=False), activity_id)
    assert [s.label for s in stored.sessions] == ["04/11/2026 18:00", "18/11/2026 18:00"]
    assert stored.total_presences == 0


def test_moving_a_session_keeps_its_presences(qtbot: QtBot, desk: Desk, context: DeskContext) -> None:
    activity_id = course(desk, 4, 11)
    held = activity_detail(desk.uow(write=False), activity_id).sessions[0]
    set_attendance(desk.uow(), held.id, [], 6)
    dialog = ActivityDialog(context, activity_id)
    show(qtbot, dialog)
    dialog.sessions.setFocus()
    press(qtbot, dialog, Qt.Key.Key_F2)
    retype(qtbot, dialog, "05/11/2026 17:30-19:30")
    close_line(qtbot, dialog)
    press(qtbot, dialog, Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted
    moved = activity_detail(desk.uow(write=False), activity_id).sessions[0]
    assert (moved.id, moved.starts_at, moved.ends_at, moved.other_participants) == (held.id, rome(2026, 11, 5, 17, 30), rome(2026, 11, 5, 19, 30), 6)


def test_esc_after_correcting_only_a_session_asks_before_closing(
    qtbot: QtBot, desk: Desk, context: DeskContext, message_boxes: MessageBoxes
) -> None:
    dialog = ActivityDialog(context, course(desk, 18))
    show(qtbot, dialog)
    press(qtbot, dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and message_boxes.texts() == []  # nothing changed: it just closes

    dialog = ActivityDialog(context, course(desk, 18))
    show(qtbot, dialog)
    dialog.sessions.setFocus()
    press(qtbot, dialog, Qt.Key.Key_F2)
    retype(qtbot, dialog, "19/11/2026 18:00-20:00")
    close_line(qtbot, dialog)
    press(qtbot, dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert message_boxes.texts("question") == ["Chiudere senza salvare? Quello che è stato scritto andrà perso."]


def test_a_coordinator_adds_a_partner_inline_and_it_is_ticked(qtbot: QtBot, desk: Desk, context: DeskContext) -> None:
    dialog = ActivityDialog(context, course(desk, 18))
    show(qtbot, dialog)
    push(qtbot, dialog.new_partner_button)
    assert dialog.focusWidget() is dialog.partner_name
    press(qtbot, dialog, Qt.Key.Key_Return)  # Enter here adds the organisation (or says what is missing)
    assert dialog.isVisible() and shown_errors(dialog) == {"partner_name": "Campo obbligatorio."}
    type_here(qtbot, dialog, "Cooperativa Città del Sole")
    press(qtbot, dialog, Qt.Key.Key_Tab)
    type_here(qtbot, dialog, "cooperativa sociale")
    press(qtbot, dialog, Qt.Key.Key_Tab)
    type_here(qtbot, dialog, "035 123456")
    press(qtbot, dialog, Qt.Key.Key_Return)
    assert dialog.isVisible() and not dialog.new_partner_box.isVisible()
    assert dialog.focusWidget() is dialog.partners
    assert dialog.partners.currentItem().text() == "Cooperativa Città del Sole (cooperativa sociale)"
    press(qtbot, dialog, Qt.Key.Key_Return, CTRL)

    assert dialog.saved_id is not None
    [partner] = activity_detail(desk.uow(write=False), dialog.saved_id).partners
    assert (partner.name, partner.kind, partner.contact) == ("Cooperativa Città del Sole", "cooperativa sociale", "035 123456")


def test_an_operator_cannot_add_partners(qtbot: QtBot, desk: Desk, context: DeskContext) -> None:
    context.actor = desk.operator
    dialog = ActivityDialog(context)
    show(qtbot, dialog)
    assert not dialog.new_partner_button.isVisible()


def test_attendance_of_two_registered_persons_found_by_name_and_five_others(
    qtbot: QtBot, desk: Desk, context: DeskContext
) -> None:
    [giulia] = add_household(desk, "N001", ("Mazzà", "Giulia"))
    marco, luca = add_household(desk, "N002", ("Rota", "Marco"), ("Bonfanti", "Luca"))
    activity_id = course(desk, 11, 18, 25)
    changes: list[frozenset[Change]] = []
    context.events.changed.connect(changes.append)
    dialog = AttendanceDialog(context, activity_id)
    show(qtbot, dialog)
    assert dialog.session.currentText() == "18/11/2026 18:00-20:00"  # the latest session held
    assert dialog.focusWidget() is dialog.picker.search

    for name in ("mazza giu", "rota", "bonfanti", "mazza"):
        type_here(qtbot, dialog, name)
        qtbot.waitUntil(lambda: dialog.picker.results.count() == 1)
        press(qtbot, dialog, Qt.Key.Key_Return)  # one result: Enter adds it, and the search is ready again
        assert dialog.focusWidget() is dialog.picker.search and dialog.picker.search.text() == ""
    assert dialog.feedback.text() == "Mazzà Giulia è già tra i presenti."
    assert [dialog.present.item(row).text() for row in range(dialog.present.count())] == [
        "Mazzà Giulia – nucleo N001",
        "Rota Marco – nucleo N002",
        "Bonfanti Luca – nucleo N002",
    ]
    press(qtbot, dialog, Qt.Key.Key_Tab)  # the results
    press(qtbot, dialog, Qt.Key.Key_Tab)  # the persons present
    assert dialog.focusWidget() is dialog.present
    press(qtbot, dialog, Qt.Key.Key_End)
    press(qtbot, dialog, Qt.Key.Key_Delete)  # Luca came to the other session
    press(qtbot, dialog, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.others
    retype(qtbot, dialog, "5")
    assert dialog.totals.text() == "2 registrati + 5 altri = 7 presenze a questo incontro."
    press(qtbot, dialog, Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert changes == [frozenset({Change.ACTIVITIES})]
    stored = activity_detail(desk.uow(write=False), activity_id)
    session = stored.sessions[1]
    assert {a.person_id for a in session.attendees} == {giulia, marco}
    assert (session.other_participants, session.presences) == (5, 7)
    assert (stored.registered_persons, stored.total_presences) == (2, 7)
    assert luca not in {a.person_id for s in stored.sessions for a in s.attendees}


def test_attendance_typed_for_two_sessions_is_kept_while_switching(qtbot: QtBot, desk: Desk, context: DeskContext) -> None:
    [giulia] = add_household(desk, "N001", ("Mazzà", "Giulia"))
    activity_id = course(desk, 11, 18, 25)
    dialog = AttendanceDialog(context, activity_id)
    show(qtbot, dialog)
    type_here(qtbot, dialog, "mazza")
    qtbot.waitUntil(lambda: dialog.picker.results.count() == 1)
    press(qtbot, dialog, Qt.Key.Key_Return)
    press(qtbot, dialog, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.focusWidget() is dialog.session
    press(qtbot, dialog, Qt.Key.Key_Up)  # 11/11: nobody entered yet
    assert dialog.present.count() == 0
    dialog.others.setFocus()
    retype(qtbot, dialog, "12")
    press(qtbot, dialog, Qt.Key.Key_Return)

    stored = activity_detail(desk.uow(write=False), activity_id).sessions
    assert [(s.other_participants, [a.person_id for a in s.attendees]) for s in stored] == [(12, []), (0, [giulia]), (0, [])]


def test_a_future_session_is_refused_and_shown(qtbot: QtBot, desk: Desk, context: DeskContext) -> None:
    activity_id = course(desk, 25)
    dialog = AttendanceDialog(context, activity_id)
    show(qtbot, dialog)
    dialog.others.setFocus()
    retype(qtbot, dialog, "3")
    press(qtbot, dialog, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert set(shown_errors(dialog)) == {"session"}
    assert "le presenze si registrano dal giorno dell'incontro" in shown_errors(dialog)["session"]


def test_the_list_shows_a_new_activity_with_its_figures_and_filters_by_type(
    qtbot: QtBot, desk: Desk, context: DeskContext, dialogs: ModalDialogs
) -> None:
    [giulia] = add_household(desk, "N001", ("Mazzà", "Giulia"))
    earlier = course(desk, 4, 11, title="Corso di cucito")
    set_attendance(desk.uow(), activity_detail(desk.uow(write=False), earlier).sessions[0].id, [giulia], 3)
    view = ActivitiesView(context)
    show(qtbot, view)
    assert (view.date_from.text(), view.date_to.text()) == ("21/08/2026", "21/02/2027")
    assert row_texts(view.table) == [
        ["dal 04/11/2026 al 11/11/2026", COURSE, "Corso di cucito", "Sala civica di Celadina", "CEL", "2", "1", "4"]
    ]

    def new_meeting(dialog: ActivityDialog) -> None:
        type_here(qtbot, dialog, "Riunione")
        press(qtbot, dialog, Qt.Key.Key_Tab)
        type_here(qtbot, dialog, "Rete sociale di Celadina")
        press(qtbot, dialog, Qt.Key.Key_Return)  # one session, today 18:00-20:00 as prefilled

    def two_present(dialog: AttendanceDialog) -> None:
        type_here(qtbot, dialog, "mazza")
        qtbot.waitUntil(lambda: dialog.picker.results.count() == 1)
        press(qtbot, dialog, Qt.Key.Key_Return)
        dialog.others.setFocus()
        retype(qtbot, dialog, "1")
        press(qtbot, dialog, Qt.Key.Key_Return)

    dialogs.drive(ActivityDialog, new_meeting)
    dialogs.drive(AttendanceDialog, two_present)
    qtbot.keyClick(view.table, Qt.Key.Key_A, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: view.table.rowCount() == 2)
    assert row_texts(view.table)[0] == ["21/11/2026 18:00", NETWORK_MEETING, "Rete sociale di Celadina", "", "CEL", "1", "0", "0"]
    assert view.table.currentRow() == 0 and view.focusWidget() is view.table  # back on the activity just added
    push(qtbot, view.attendance_button)
    assert row_texts(view.table)[0][5:] == ["1", "1", "2"]
    assert view.count_label.text() == "2 attività nel periodo"

    view.activity_type.setFocus()
    qtbot.keyClicks(view.activity_type, "Cor")
    assert view.activity_type.currentText() == COURSE
    assert [row[2] for row in row_texts(view.table)] == ["Corso di cucito"]
    view.date_from.setFocus()
    retype(qtbot, view, "01/12/2026")
    qtbot.waitUntil(lambda: view.table.rowCount() == 0)
    assert view.count_label.text() == "Nessuna attività nel periodo: Ctrl+Shift+A per registrarne una."


def test_enter_on_an_activity_opens_it(qtbot: QtBot, desk: Desk, context: DeskContext, dialogs: ModalDialogs) -> None:
    course(desk, 18)
    view = ActivitiesView(context)
    show(qtbot, view)
    opened: list[str] = []
    dialogs.drive(ActivityDialog, lambda dialog: opened.append(dialog.activity_title.text()))
    view.table.setFocus()
    press(qtbot, view, Qt.Key.Key_Return)
    assert opened == ["Corso di alfabetizzazione digitale"]
    assert view.table.currentRow() == 0 and view.focusWidget() is view.table
