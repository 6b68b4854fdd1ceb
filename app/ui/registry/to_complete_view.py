"""Persons saved without a codice fiscale ("CF da completare"), so the desk can complete them."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.dates import format_date
from app.services.registry.households import PersonToComplete, persons_to_complete
from app.ui.context import DeskContext
from app.ui.registry.dialogs import PersonDialog
from app.ui.tables import fill_table, readonly_table, selected_key
from app.ui.text import count_text
from app.vocabulary import Change


class ToCompleteView(QWidget):
    SHOWS = frozenset({Change.PERSONS, Change.HOUSEHOLDS})
    """The kinds of data this view shows: it refreshes when a commit changed one of them."""

    open_household = Signal(uuid.UUID)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._rows: list[PersonToComplete] = []
        self.summary = QLabel(self)
        self.table = readonly_table([self.tr("Cognome e nome"), self.tr("Nascita"), self.tr("Nucleo")], self)
        self.table.installEventFilter(self)
        self.complete_button = QPushButton(self.tr("Completa i dati (Invio)"), self)
        self.household_button = QPushButton(self.tr("Apri il nucleo"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.complete_button)
        buttons.addWidget(self.household_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.complete_button.clicked.connect(self._on_complete_button_clicked)
        self.table.doubleClicked.connect(self._on_complete_button_clicked)
        self.household_button.clicked.connect(self._on_household_button_clicked)
        context.events.changed.connect(self._on_events_changed)
        self.reload()

    def reload(self) -> None:
        self._rows = persons_to_complete(self._context.reader())
        fill_table(
            self.table,
            [(p.id, [f"{p.surname} {p.name}", format_date(p.birth_date), p.household_code]) for p in self._rows],
        )
        if self._rows:
            self.summary.setText(
                count_text(
                    len(self._rows),
                    self.tr("1 persona senza codice fiscale: completarla appena possibile."),
                    self.tr("%n persone senza codice fiscale: completarle appena possibile."),
                )
            )
        else:
            self.summary.setText(self.tr("Nessun dato da completare: tutte le persone hanno il codice fiscale."))

    def eventFilter(self, watched: object, event: object) -> bool:  # noqa: N802
        if watched is self.table and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._on_complete_button_clicked()
                return True
        return super().eventFilter(watched, event)

    def _selected(self) -> PersonToComplete | None:
        key = selected_key(self.table)
        return next((p for p in self._rows if p.id == key), None)

    def _on_events_changed(self, changes: frozenset[Change]) -> None:
        if changes & self.SHOWS:
            self.reload()

    def _on_complete_button_clicked(self) -> None:
        person = self._selected()
        if person is not None:
            PersonDialog(self._context, person_id=person.id, parent=self).exec()

    def _on_household_button_clicked(self) -> None:
        person = self._selected()
        if person is not None and person.household_id is not None:
            self.open_household.emit(person.household_id)
