"""The desk's day (follow-ups closed in place, an appointment becoming a visit), the visits list and the
household's timeline, as the desk uses them."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models.appointment import Appointment
from app.models.office import Office
from app.services.desk import follow_ups
from app.services.desk.visits import record_visit
from app.ui.context import DeskContext
from app.ui.desk.day_view import DeskDayView
from app.ui.desk.visit_entry import VisitEntryDialog
from app.ui.desk.visits_view import PersonChoiceDialog, VisitsView
from app.ui.main_window import MainWindow
from app.ui.registry.household_page import HouseholdPage
from app.ui.registry.participant_dialog import ParticipantDialog
from app.vocabulary import AppointmentStatus
from tests.conftest import Desk
from tests.desk_records import add_follow_up
from tests.ui.conftest import ModalDialogs, press
from tests.visit_samples import LISTENING, household_with_holder, rome, topic, visit_form

CTRL = Qt.KeyboardModifier.ControlModifier


def test_a_follow_up_due_is_closed_in_place_with_a_note(
    qtbot: QtBot, desk: Desk, context: DeskContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, giulia = household_with_holder(desk)
    add_follow_up(desk, date(2026, 11, 19), owner=desk.coordinator, person_id=giulia, description="richiamare")
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("ha già fatto la domanda", True))
    view = DeskDayView(context)
    qtbot.addWidget(view)
    view.show()
    assert view.mine.rowCount() == 1
    assert view.mine.item(0, 0).text() == "19/11/2026 (in ritardo di 2 gg)"
    assert view.mine.item(0, 1).text() == "Mazzà Giulia"
    view.mine.setFocus()
    qtbot.keyClick(view.mine, Qt.Key.Key_Return)

    assert view.mine.rowCount() == 0
    [closed] = follow_ups.list_follow_ups(desk.uow(write=False), open_only=False)
    assert (closed.is_open, closed.closing_note) == (False, "ha già fatto la domanda")


def test_an_appointment_of_today_becomes_a_visit_with_enter(
    qtbot: QtBot, desk: Desk, context: DeskContext, dialogs: ModalDialogs
) -> None:
    _, giulia = household_with_holder(desk)
    with desk.uow() as uow:
        office_id = uow.session.scalar(select(Office.id).where(Office.code == "CEL"))
        appointment = Appointment(
            office_id=office_id,
            starts_at=rome(2026, 11, 21, 10, 0),
            duration_minutes=20,
            person_id=giulia,
            topic_id=topic(desk, LISTENING),
            note="porta il contratto",
            status=AppointmentStatus.BOOKED,
            booked_by_id=desk.coordinator.operator_id,
        )
        uow.session.add(appointment)
        uow.commit()
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    assert window.day.appointments.rowCount() == 1
    seen: list[VisitEntryDialog] = []

    def save_prefilled(dialog: VisitEntryDialog) -> None:
        seen.append(dialog)
        assert dialog.picker.person is not None and dialog.picker.person.name == "Giulia"
        assert dialog.topics.checked_ids() == [topic(desk, LISTENING)]
        assert dialog.notes.toPlainText() == "porta il contratto"
        press(qtbot, dialog, Qt.Key.Key_Return, CTRL)

    dialogs.drive(VisitEntryDialog, save_prefilled)
    dialogs.drive(ParticipantDialog, lambda dialog: dialog.reject())
    window.day.appointments.setFocus()
    qtbot.keyClick(window.day.appointments, Qt.Key.Key_Return)

    [dialog] = seen
    with desk.uow(write=False) as uow:
        stored = uow.session.get_one(Appointment, appointment.id)
        assert (stored.status, stored.visit_id) == (AppointmentStatus.ATTENDED, dialog.saved_id)
    assert window.day.visits.rowCount() == 1
    assert window.day.appointments.item(0, 4).text() == "presentato"


def test_the_visits_list_filters_and_opens_a_visit(qtbot: QtBot, desk: Desk, context: DeskContext, dialogs: ModalDialogs) -> None:
    _, giulia = household_with_holder(desk)
    record_visit(desk.uow(), visit_form(desk, person_id=giulia, started_at=rome(2026, 11, 18, 9, 30)))
    record_visit(desk.uow(), visit_form(desk, started_at=rome(2026, 11, 4, 10, 0)))
    record_visit(desk.uow(), visit_form(desk, started_at=rome(2026, 10, 7, 10, 0)))
    view = VisitsView(context)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.count_label.text() == "2 visite")  # November, the default period
    assert view.model.data(view.model.index(0, view.model.WHO)) == "Mazzà Giulia"
    assert view.model.data(view.model.index(1, view.model.WHO)) == "anonimo"
    view.date_from.setText("01/10/2026")
    qtbot.waitUntil(lambda: view.count_label.text() == "3 visite")
    opened: list[VisitEntryDialog] = []
    dialogs.drive(VisitEntryDialog, opened.append)
    view.table.setFocus()
    view.table.selectRow(0)
    with qtbot.waitSignal(view.open_visit) as signal:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert signal.args[0] == view.model.visit_id(0)


def test_the_household_timeline_lists_visits_and_follow_ups_newest_first(qtbot: QtBot, desk: Desk, context: DeskContext) -> None:
    household_id, giulia = household_with_holder(desk)
    record_visit(desk.uow(), visit_form(desk, person_id=giulia, started_at=rome(2026, 11, 4, 10, 0)))
    record_visit(desk.uow(), visit_form(desk, person_id=giulia, started_at=rome(2026, 11, 18, 9, 30)))
    add_follow_up(desk, date(2026, 11, 30), owner=desk.coordinator, person_id=giulia, household_id=household_id, description="richiamare")
    page = HouseholdPage(context)
    qtbot.addWidget(page)
    page.show_household(household_id)

    dates = [page.timeline.item(row, 0).text() for row in range(page.timeline.rowCount())]
    assert dates == ["30/11/2026", "18/11/2026 09:30", "04/11/2026 10:00"]
    assert page.timeline.item(1, 2).text() == "Mazzà Giulia"
    page.timeline.selectRow(1)
    with qtbot.waitSignal(page.open_visit):
        page.timeline.setFocus()
        qtbot.keyClick(page.timeline, Qt.Key.Key_Return)


def test_the_visits_list_shows_one_persons_visits_over_every_period(
    qtbot: QtBot, desk: Desk, context: DeskContext, dialogs: ModalDialogs
) -> None:
    _, giulia = household_with_holder(desk)
    record_visit(desk.uow(), visit_form(desk, person_id=giulia, started_at=rome(2025, 3, 5, 9, 30)))
    record_visit(desk.uow(), visit_form(desk, person_id=giulia, started_at=rome(2026, 11, 18, 9, 30)))
    record_visit(desk.uow(), visit_form(desk, started_at=rome(2026, 11, 18, 10, 0)))
    view = VisitsView(context)
    qtbot.addWidget(view)
    view.show()

    def pick_giulia(dialog: PersonChoiceDialog) -> None:
        qtbot.keyClicks(dialog.picker.search, "mazza")
        qtbot.waitUntil(lambda: dialog.picker.results.count() == 1)
        qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)

    dialogs.drive(PersonChoiceDialog, pick_giulia)
    qtbot.keyClick(view.choose_person, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.count_label.text() == "2 visite")
    assert view.person_label.text() == "Visite di Mazzà Giulia"
    qtbot.keyClick(view.clear_person, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.count_label.text() == "3 visite")


def test_an_appointment_is_booked_with_the_keyboard_into_a_coming_opening(qtbot: QtBot, desk: Desk, context: DeskContext) -> None:
    from app.services.desk.appointments import appointments_on
    from app.ui.desk.appointment_dialog import AppointmentDialog

    household_with_holder(desk)
    dialog = AppointmentDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.focusWidget() is dialog.picker.search
    qtbot.keyClicks(dialog.picker.search, "mazza")
    qtbot.waitUntil(lambda: dialog.picker.results.count() == 1)
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    assert dialog.opening.currentText() == "mercoledì 25/11/2026 9:00-12:00"
    dialog.at.setText("10:30")
    dialog.at.setFocus()
    qtbot.keyClick(dialog.at, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    [booked] = appointments_on(desk.uow(write=False), "CEL", date(2026, 11, 25))
    assert (booked.name, booked.time_label) == ("Mazzà Giulia", "10:30-10:50")
