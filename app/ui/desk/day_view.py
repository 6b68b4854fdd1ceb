"""The desk's day, the start screen: today's opening, appointments, visits logged today, follow-ups due.

Everything can be acted on in place with the keyboard: Enter on an appointment turns it into a visit
(the quick entry opens prefilled), Enter on a follow-up closes it with a note, Enter on a visit opens it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.clock import today
from app.services.dates import format_date
from app.services.desk import appointments, follow_ups
from app.services.desk.day import DeskDay, DueFollowUp, desk_day
from app.services.errors import ServiceError
from app.ui.context import DeskContext
from app.ui.labels import weekday_name
from app.ui.tables import ActionTable, fill_table, readonly_table, selected_key
from app.ui.text import label, say
from app.vocabulary import Change


def _action_table(headers: list[str], parent: QWidget) -> ActionTable:
    return readonly_table(headers, parent, ActionTable)


class DeskDayView(QWidget):
    SHOWS = frozenset(
        {
            Change.VISITS,
            Change.APPOINTMENTS,
            Change.FOLLOW_UPS,
            Change.OFFICES,
            Change.PERSONS,
            Change.HOUSEHOLDS,
        }
    )
    """The kinds of data this view shows: it refreshes when a commit changed one of them."""

    new_visit = Signal()
    visit_from_appointment = Signal(uuid.UUID)
    open_visit = Signal(uuid.UUID)
    book_appointment = Signal()

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._day: DeskDay | None = None
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.opening = QLabel(self)
        self.new_visit_button = QPushButton(self.tr("Nuova visita (Ctrl+N)"), self)
        self.book_button = QPushButton(self.tr("Prenota un appuntamento…"), self)
        self.opening.setWordWrap(True)
        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.opening)
        header = QHBoxLayout()
        header.addLayout(heading, 1)
        header.addWidget(self.book_button)
        header.addWidget(self.new_visit_button)

        self.appointments = _action_table([self.tr("Ora"), self.tr("Chi"), self.tr("Telefono"), self.tr("Argomento"), self.tr("Stato")], self)
        self.to_visit_button = QPushButton(self.tr("Registra la visita (Invio)"), self)
        self.no_show_button = QPushButton(self.tr("Non si è presentato"), self)
        self.cancel_button = QPushButton(self.tr("Annulla appuntamento…"), self)
        self.visits = _action_table([self.tr("Ora"), self.tr("Chi"), self.tr("Canale"), self.tr("Argomenti"), self.tr("Operatore")], self)
        self.mine = _action_table([self.tr("Scadenza"), self.tr("Chi"), self.tr("Cosa fare")], self)
        self.desk = _action_table([self.tr("Scadenza"), self.tr("Chi"), self.tr("Cosa fare"), self.tr("Di chi")], self)
        self.close_mine_button = QPushButton(self.tr("Chiudi il seguito (Invio)…"), self)
        self.close_desk_button = QPushButton(self.tr("Chiudi il seguito (Invio)…"), self)

        grid = QGridLayout()
        grid.addWidget(self._box(self.tr("Appuntamenti di oggi"), self.appointments, [self.to_visit_button, self.no_show_button, self.cancel_button]), 0, 0)
        grid.addWidget(self._box(self.tr("Visite registrate oggi"), self.visits, []), 0, 1)
        grid.addWidget(self._box(self.tr("Seguiti miei in scadenza o in ritardo"), self.mine, [self.close_mine_button]), 1, 0)
        grid.addWidget(self._box(self.tr("Seguiti dello sportello (altri operatori)"), self.desk, [self.close_desk_button]), 1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(grid, 1)
        self._connect_signals()

    def _box(self, title: str, table: QTableWidget, buttons: list[QPushButton]) -> QGroupBox:
        box = QGroupBox(title, self)
        column = QVBoxLayout(box)
        column.addWidget(table)
        if buttons:
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            row.addStretch(1)
            column.addLayout(row)
        return box

    def _connect_signals(self) -> None:
        self.new_visit_button.clicked.connect(self.new_visit)
        self.book_button.clicked.connect(self.book_appointment)
        self.appointments.activated_row.connect(self._on_to_visit_clicked)
        self.to_visit_button.clicked.connect(self._on_to_visit_clicked)
        self.no_show_button.clicked.connect(self._on_no_show_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.visits.activated_row.connect(self._on_visit_activated)
        self.mine.activated_row.connect(lambda: self._close_follow_up(self.mine))
        self.desk.activated_row.connect(lambda: self._close_follow_up(self.desk))
        self.close_mine_button.clicked.connect(lambda: self._close_follow_up(self.mine))
        self.close_desk_button.clicked.connect(lambda: self._close_follow_up(self.desk))
        self._context.events.changed.connect(self._on_events_changed)

    def reload(self) -> None:
        day = desk_day(self._context.reader(), self._context.identity.office_code, operator_id=self._context.actor.operator_id)
        self._day = day
        self.title.setText(self.tr("%1 – %2 %3").replace("%1", day.office_name).replace("%2", weekday_name(day.day.weekday())).replace("%3", format_date(day.day)))
        self.opening.setText(self._opening_text(day))
        fill_table(
            self.appointments,
            [(a.id, [a.time_label, a.name, a.phone, a.topic_name, label(a.status)]) for a in day.appointments],
        )
        fill_table(
            self.visits,
            [
                (v.id, [v.time_label + (" " + self.tr("(annullata)") if v.cancelled else ""), say(v.who), label(v.channel), ", ".join(v.topics), v.operator_name])
                for v in day.visits
            ],
        )
        fill_table(self.mine, [(f.id, [self._due_text(f), say(f.who), f.description]) for f in day.mine])
        fill_table(self.desk, [(f.id, [self._due_text(f), say(f.who), f.description, f.owner_name]) for f in day.desk])

    def _opening_text(self, day: DeskDay) -> str:
        openings = day.openings
        if openings.open_now:
            return self.tr("Sportello aperto ora.")
        if openings.today and not all(o.over for o in openings.today):
            upcoming = next(o for o in openings.today if not o.over)
            return self.tr("Oggi apre: %1").replace("%1", say(upcoming.opening.local_label))
        if openings.next_opening is not None:
            return self.tr("Oggi lo sportello non è aperto. Prossima apertura: %1").replace("%1", say(openings.next_opening.local_label))
        return self.tr("Lo sportello non ha orari di apertura.")

    def _due_text(self, follow_up: DueFollowUp) -> str:
        if follow_up.days_late > 0:
            return self.tr("%1 (in ritardo di %2 gg)").replace("%1", format_date(follow_up.due_date)).replace("%2", str(follow_up.days_late))
        return self.tr("oggi") if follow_up.due_date == today() else format_date(follow_up.due_date)

    def _on_events_changed(self, changes: frozenset[Change]) -> None:
        if changes & self.SHOWS:
            self.reload()

    def _on_to_visit_clicked(self) -> None:
        appointment_id = selected_key(self.appointments)
        if isinstance(appointment_id, uuid.UUID):
            self.visit_from_appointment.emit(appointment_id)

    def _act(self, action: Callable[[], None], title: str) -> None:
        try:
            action()
        except ServiceError as refused:
            QMessageBox.warning(self, title, say(refused.said))
            return

    def _on_no_show_clicked(self) -> None:
        appointment_id = selected_key(self.appointments)
        if isinstance(appointment_id, uuid.UUID):
            self._act(lambda: appointments.mark_no_show(self._context.uow(), appointment_id), self.tr("Appuntamento"))

    def _on_cancel_clicked(self) -> None:
        appointment_id = selected_key(self.appointments)
        if not isinstance(appointment_id, uuid.UUID):
            return
        reason, ok = QInputDialog.getText(self, self.tr("Annulla appuntamento"), self.tr("Motivo:"))
        if ok:
            self._act(lambda: appointments.cancel_appointment(self._context.uow(), appointment_id, reason), self.tr("Appuntamento"))

    def _on_visit_activated(self) -> None:
        visit_id = selected_key(self.visits)
        if isinstance(visit_id, uuid.UUID):
            self.open_visit.emit(visit_id)

    def _close_follow_up(self, table: QTableWidget) -> None:
        follow_up_id = selected_key(table)
        if not isinstance(follow_up_id, uuid.UUID):
            return
        note, ok = QInputDialog.getText(self, self.tr("Chiudi il seguito"), self.tr("Com'è andata (facoltativo):"))
        if not ok:
            return
        try:
            follow_ups.close_follow_up(self._context.uow(), follow_up_id, note)
        except ServiceError as refused:
            QMessageBox.warning(self, self.tr("Chiudi il seguito"), say(refused.said))
            return

    def showEvent(self, event: object) -> None:  # noqa: N802
        self.reload()
        super().showEvent(event)  # type: ignore[arg-type]

    def focus_first(self) -> None:
        for table in (self.appointments, self.mine, self.visits):
            if table.rowCount():
                table.setFocus()
                return
        self.new_visit_button.setFocus()

