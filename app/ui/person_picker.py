"""Finding a person as you type, shared by the quick visit entry, appointments and attendance lists.

↓ moves from the search into the results, Enter picks (or, with a single result, Enter in the search
picks it at once).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QVBoxLayout, QWidget

from app.services.dates import format_date
from app.services.registry import persons
from app.services.registry.persons import PersonHit
from app.ui.context import DeskContext

SEARCH_DELAY_MS = 120


class PersonResults(QListWidget):
    """The people found; Enter picks the current one."""

    chosen = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self.chosen.emit(self.currentRow())
            return
        super().keyPressEvent(event)


class PersonPicker(QWidget):
    """``picked`` carries the chosen person; ``person`` is the current choice (or ``None``)."""

    picked = Signal(object)

    def __init__(self, context: DeskContext, parent: QWidget | None = None, *, empty_hint: str = "") -> None:
        super().__init__(parent)
        self._context = context
        self._hits: list[PersonHit] = []
        self.person: PersonHit | None = None
        self._empty_hint = empty_hint or self.tr("Nessuna persona trovata.")
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Cognome, nome, codice fiscale, codice nucleo o indirizzo"))
        self.search.setClearButtonEnabled(True)
        self.results = PersonResults(self)
        self.results.setMinimumHeight(90)
        self.chosen = QLabel(self.tr("Nessuna persona scelta."), self)
        self.chosen.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(self.chosen)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self.search.textChanged.connect(self._timer.start)
        self._timer.timeout.connect(self.refresh)
        self.search.installEventFilter(self)
        self.results.chosen.connect(self._on_results_chosen)
        self.results.itemDoubleClicked.connect(lambda item: self._on_results_chosen(self.results.row(item)))
        self.setFocusProxy(self.search)

    def eventFilter(self, watched: object, event: object) -> bool:  # noqa: N802
        if watched is self.search and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Down and self._hits:
                self.results.setFocus()
                self.results.setCurrentRow(0)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.refresh()
                if len(self._hits) == 1:
                    self._on_results_chosen(0)
                elif self._hits:
                    self.results.setFocus()
                    self.results.setCurrentRow(0)
                return True
        return super().eventFilter(watched, event)

    def refresh(self) -> None:
        self._timer.stop()
        query = self.search.text().strip()
        self._hits = persons.search_persons(self._context.reader(), query) if query else []
        self.results.clear()
        for hit in self._hits:
            where = " · ".join(part for part in (hit.household_code, hit.address) if part)
            code = hit.codice_fiscale_masked or self.tr("CF da completare")
            details = " · ".join(part for part in (code, format_date(hit.birth_date), where) if part)
            self.results.addItem(f"{hit.surname} {hit.name}   —   {details}")
        if query and not self._hits:
            self.results.addItem(self._empty_hint)

    def choose(self, hit: PersonHit | None) -> None:
        self.person = hit
        if hit is None:
            self.chosen.setText(self.tr("Nessuna persona scelta."))
        else:
            household = (
                self.tr("nucleo %1, %2").replace("%1", hit.household_code).replace("%2", hit.address)
                if hit.household_code
                else self.tr("senza nucleo")
            )
            self.chosen.setText(f"<b>{hit.surname} {hit.name}</b> – {household}")
        self.picked.emit(hit)

    def _on_results_chosen(self, row: int) -> None:
        if 0 <= row < len(self._hits):
            self.choose(self._hits[row])
