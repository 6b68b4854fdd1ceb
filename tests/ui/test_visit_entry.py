"""The quick visit entry as the desk uses it: from Ctrl+N, keyboard only, and the stored visit checked."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.services.catalogues import add_item
from app.services.desk.visit_list import VisitFilter, VisitSort, visit_page
from app.services.desk.visits import visit_detail
from app.services.registry import persons
from app.ui.context import DeskContext
from app.ui.desk.visit_entry import VisitEntryDialog
from app.ui.main_window import MainWindow
from app.ui.registry.participant_dialog import ParticipantDialog
from app.vocabulary import AgeBracket, CatalogueKind, Channel, Sex
from tests.conftest import Desk
from tests.ui.conftest import MessageBoxes, ModalDialogs, press, type_here
from tests.visit_samples import DIGITAL, LISTENING, household_with_holder, referral, topic

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def open_main_window(qtbot: QtBot, context: DeskContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def later(dialog: ParticipantDialog) -> None:
    """The participant step is left for later, as at a busy desk."""
    assert {button.text() for button in dialog.buttons.buttons()} == {"Salva", "Più tardi"}
    dialog.reject()


def test_a_visit_typed_from_ctrl_n_with_the_keyboard_is_stored(
    qtbot: QtBot, desk: Desk, context: DeskContext, dialogs: ModalDialogs, message_boxes: MessageBoxes
) -> None:
    household_id, giulia = household_with_holder(desk)
    window = open_main_window(qtbot, context)
    message_boxes.answer = QMessageBox.StandardButton.Yes  # yes, she receives the privacy notice today
    seen: list[VisitEntryDialog] = []

    def type_visit(dialog: VisitEntryDialog) -> None:
        seen.append(dialog)
        assert dialog.focusWidget() is dialog.picker.search
        type_here(qtbot, dialog, "mazza giu")
        qtbot.waitUntil(lambda: dialog.picker.results.count() == 1)
        press(qtbot, dialog, Qt.Key.Key_Return)  # one result: Enter picks it, the topics get the focus
        assert dialog.focusWidget() is dialog.topics
        listening = next(r for r in range(dialog.topics.count()) if LISTENING in dialog.topics.item(r).text())
        digital = next(r for r in range(dialog.topics.count()) if DIGITAL in dialog.topics.item(r).text())
        for row in (listening, digital):
            key = dialog.topics.item(row).text()[1]
            type_here(qtbot, dialog, key.lower())
        press(qtbot, dialog, Qt.Key.Key_Tab)  # duration
        dialog.duration.selectAll()
        type_here(qtbot, dialog, "25")
        press(qtbot, dialog, Qt.Key.Key_Tab)  # mediation language
        type_here(qtbot, dialog, "arabo")
        press(qtbot, dialog, Qt.Key.Key_Tab)  # notes
        type_here(qtbot, dialog, "SPID attivato insieme")
        press(qtbot, dialog, Qt.Key.Key_Tab)  # referral
        dialog.referral.setFocus()
        for _ in range(dialog.referral.findText("CAF / Patronato")):
            press(qtbot, dialog, Qt.Key.Key_Down)
        press(qtbot, dialog, Qt.Key.Key_Tab)  # outcome
        press(qtbot, dialog, Qt.Key.Key_Tab)  # follow-up
        press(qtbot, dialog, Qt.Key.Key_Space)
        press(qtbot, dialog, Qt.Key.Key_Tab)  # due date (prefilled in 14 days)
        press(qtbot, dialog, Qt.Key.Key_Tab)  # owner
        press(qtbot, dialog, Qt.Key.Key_Tab)  # what to do
        type_here(qtbot, dialog, "richiamare per l'esito")
        press(qtbot, dialog, Qt.Key.Key_Return, CTRL)

    dialogs.drive(VisitEntryDialog, type_visit)
    dialogs.drive(ParticipantDialog, later)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)

    [dialog] = seen
    assert not dialog.isVisible() and dialog.saved_id is not None
    stored = visit_detail(desk.uow(write=False), dialog.saved_id)
    assert (stored.person_id, stored.household_id) == (giulia, household_id)
    assert set(stored.topic_ids) == {topic(desk, LISTENING), topic(desk, DIGITAL)}
    assert (stored.channel, stored.duration_minutes, stored.interpreter_language) == (Channel.DESK, 25, "arabo")
    assert stored.notes == "SPID attivato insieme"
    assert stored.referral_service_id == referral(desk, "CAF / Patronato")
    assert stored.operator_name == "Antonio Negro" and stored.office_code == "CEL"
    [follow_up] = stored.follow_ups
    assert (follow_up.due_date, follow_up.description) == (date(2026, 12, 5), "richiamare per l'esito")
    assert persons.person_hit(desk.uow(write=False), giulia).privacy_notice_date == date(2026, 11, 21)
    assert "informativa privacy" in message_boxes.texts("question")[0]


def test_an_anonymous_contact_with_alt_a(qtbot: QtBot, desk: Desk, context: DeskContext) -> None:
    dialog = VisitEntryDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_A, ALT)  # the dialog's own Alt+A (QTest would type an "a" into the search)
    assert dialog.focusWidget() is dialog.anonymous_sex
    press(qtbot, dialog, Qt.Key.Key_Down)  # femmina
    press(qtbot, dialog, Qt.Key.Key_Tab)
    for _ in range(5):  # past "scegliere…" to 65 anni e oltre
        press(qtbot, dialog, Qt.Key.Key_Down)
    dialog.channel.setFocus()
    press(qtbot, dialog, Qt.Key.Key_Down)  # al telefono
    dialog.topics.setFocus()
    type_here(qtbot, dialog, "1")
    press(qtbot, dialog, Qt.Key.Key_Return, CTRL)

    assert dialog.saved_id is not None
    stored = visit_detail(desk.uow(write=False), dialog.saved_id)
    assert stored.anonymous and (stored.anonymous_sex, stored.anonymous_age_bracket) == (Sex.FEMALE, AgeBracket.FROM_65)
    assert stored.channel is Channel.PHONE


def test_a_new_person_added_inline_is_kept_when_the_visit_is_refused(
    qtbot: QtBot, desk: Desk, context: DeskContext, dialogs: ModalDialogs
) -> None:
    dialogs.drive(ParticipantDialog, later)
    dialog = VisitEntryDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_P, ALT)
    assert dialog.focusWidget() is dialog.new_surname
    type_here(qtbot, dialog, "Diop")
    press(qtbot, dialog, Qt.Key.Key_Tab)
    type_here(qtbot, dialog, "Aminata")
    press(qtbot, dialog, Qt.Key.Key_Return, CTRL)  # no topic yet: the visit is refused

    assert dialog.isVisible() and dialog.saved_id is None
    assert dialog.picker.person is not None and dialog.picker.person.surname == "Diop"
    errors = {name: label.text() for name, (_, label) in dialog._fields.items() if label.isVisible()}
    assert set(errors) == {"topic_ids"}
    dialog.topics.setFocus()
    type_here(qtbot, dialog, "1")
    press(qtbot, dialog, Qt.Key.Key_Return, CTRL)

    assert dialog.saved_id is not None
    found = persons.search_persons(desk.uow(write=False), "diop aminata")
    assert len(found) == 1 and found[0].codice_fiscale_masked == ""
    rows = visit_page(desk.uow(write=False), VisitFilter(person_id=found[0].id), VisitSort.STARTED_AT, True, 0, 10)
    assert len(rows) == 1


def test_a_person_is_referred_to_a_partner_organisation(qtbot: QtBot, desk: Desk, context: DeskContext) -> None:
    partner = add_item(desk.uow(), CatalogueKind.PARTNERS, "Caritas Bergamo", kind_label="associazione")
    dialog = VisitEntryDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_A, ALT)
    press(qtbot, dialog, Qt.Key.Key_Down)  # femmina
    press(qtbot, dialog, Qt.Key.Key_Tab)
    press(qtbot, dialog, Qt.Key.Key_Down)  # the first age bracket
    dialog.topics.setFocus()
    type_here(qtbot, dialog, "1")
    dialog.referral.setFocus()
    for _ in range(dialog.referral.findText("ente partner: Caritas Bergamo")):
        press(qtbot, dialog, Qt.Key.Key_Down)
    press(qtbot, dialog, Qt.Key.Key_Tab)
    type_here(qtbot, dialog, "pacco alimentare")
    press(qtbot, dialog, Qt.Key.Key_Return, CTRL)

    errors = {name: label.text() for name, (_, label) in dialog._fields.items() if label.isVisible()}
    assert dialog.saved_id is not None, errors
    stored = visit_detail(desk.uow(write=False), dialog.saved_id)
    assert (stored.referral_service_id, stored.referral_partner_id) == (None, partner)
    assert (stored.referral_partner_name, stored.referral_outcome) == ("Caritas Bergamo", "pacco alimentare")
