"""The lists the desk picks from (topics, referral services, activity types, partner organisations).

The order shown is the order of the forms (and of the topic keys in the quick visit entry), so it is
edited here with Su / Giù (Ctrl+↑ / Ctrl+↓). An item already used by a record cannot be deleted, only
retired: the record keeps its meaning and the item is no longer offered. The tab does not know which
items are used; it asks the service and shows its refusal. Non-coordinators see the lists read-only;
the services refuse their changes anyway.
"""

from __future__ import annotations

import uuid
from collections.abc import Hashable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.services.catalogues import (
    NAME_LENGTH,
    PARTNER_CONTACT_LENGTH,
    PARTNER_KIND_LENGTH,
    CatalogueItemView,
    add_item,
    delete_item,
    list_items,
    move_item,
    rename_item,
    set_retired,
)
from app.services.errors import ServiceError
from app.ui.context import DeskContext
from app.ui.forms import HINT_STYLE, FormDialog, choice_box, line_edit
from app.ui.tables import ActionTable, fill_table, readonly_table, selected_key
from app.ui.text import say
from app.vocabulary import CatalogueKind, Change


class CatalogueItemDialog(FormDialog):
    """Adds an item to a list or renames one; for partners also their kind and how to reach them."""

    def __init__(
        self,
        context: DeskContext,
        kind: CatalogueKind,
        existing: CatalogueItemView | None,
        parent: QWidget | None = None,
    ) -> None:
        partner = kind is CatalogueKind.PARTNERS
        if partner:
            title = self.tr("Nuova organizzazione partner") if existing is None else self.tr("Modifica organizzazione partner")
        else:
            title = self.tr("Nuova voce") if existing is None else self.tr("Rinomina voce")
        super().__init__(title, parent)
        self._context = context
        self._kind = kind
        self._existing = existing
        self.saved_id: uuid.UUID | None = None
        """The item added or edited, for the tab to select once the dialog closes."""
        if existing is not None:
            self.add_intro(
                self.tr(
                    "Il nuovo nome compare anche nei dati già registrati. Per un significato diverso aggiungere "
                    "una nuova voce e ritirare questa."
                )
            )
        self.name = self.add_field("name", self.tr("Nome"), line_edit(existing.name if existing else "", parent=self))
        self.name.setMaxLength(NAME_LENGTH)
        if partner:
            self.kind_label = self.add_field(
                "kind_label",
                self.tr("Tipo di organizzazione"),
                line_edit(existing.kind_label if existing else "", self.tr("es. associazione, scuola, parrocchia"), parent=self),
            )
            self.kind_label.setMaxLength(PARTNER_KIND_LENGTH)
            self.contact = self.add_field(
                "contact",
                self.tr("Contatto"),
                line_edit(existing.contact if existing else "", self.tr("persona di riferimento, telefono, e-mail"), parent=self),
            )
            self.contact.setMaxLength(PARTNER_CONTACT_LENGTH)
        self.setMinimumWidth(460)
        self.mark_clean()

    def save(self, confirmed: bool) -> None:
        partner = self._kind is CatalogueKind.PARTNERS
        kind_label = self.kind_label.text() if partner else ""
        contact = self.contact.text() if partner else ""
        if self._existing is None:
            self.saved_id = add_item(self._context.uow(), self._kind, self.name.text(), kind_label=kind_label, contact=contact)
        else:
            rename_item(
                self._context.uow(),
                self._kind,
                self._existing.id,
                self.name.text(),
                kind_label=kind_label if partner else None,
                contact=contact if partner else None,
            )
            self.saved_id = self._existing.id


class CataloguesTab(QWidget):
    SHOWS = frozenset({Change.CATALOGUES})
    """The kinds of data this view shows: it refreshes when a commit changed one of them."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._rows: list[CatalogueItemView] = []
        editable = context.actor.is_coordinator
        self.selector = choice_box([(self._list_label(kind), kind) for kind in CatalogueKind], parent=self)
        selector_label = QLabel(self.tr("&Elenco"), self)
        selector_label.setBuddy(self.selector)
        explanation = QLabel(
            self.tr(
                "L'ordine è quello dei moduli. Una voce già usata non si può eliminare: ritirarla, così resta "
                "nei dati registrati e non viene più proposta."
            ),
            self,
        )
        explanation.setWordWrap(True)
        explanation.setStyleSheet(HINT_STYLE)
        self.table = readonly_table([], self, ActionTable)
        self.add_button = QPushButton(self.tr("Aggiungi…"), self)
        self.rename_button = QPushButton(self.tr("Rinomina…"), self)
        self.retire_button = QPushButton(self.tr("Ritira"), self)
        self.delete_button = QPushButton(self.tr("Elimina"), self)
        self.up_button = QPushButton(self.tr("Su"), self)
        self.down_button = QPushButton(self.tr("Giù"), self)
        self.up_button.setToolTip(self.tr("Sposta in su (Ctrl+↑)"))
        self.down_button.setToolTip(self.tr("Sposta in giù (Ctrl+↓)"))
        self.delete_button.setToolTip(self.tr("Elimina una voce mai usata (Canc)"))
        self._move_up = QShortcut(QKeySequence("Ctrl+Up"), self)
        self._move_down = QShortcut(QKeySequence("Ctrl+Down"), self)
        self._delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        for shortcut in (self._move_up, self._move_down, self._delete):
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.setEnabled(editable)

        top = QHBoxLayout()
        top.addWidget(selector_label)
        top.addWidget(self.selector, 1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.retire_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addSpacing(16)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        if not editable:
            layout.addWidget(QLabel(self.tr("Solo i coordinatori possono modificare gli elenchi."), self))
        layout.addLayout(top)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._connect_signals()
        self.reload()

    def _connect_signals(self) -> None:
        self.selector.currentIndexChanged.connect(self._on_selector_current_index_changed)
        self.table.currentCellChanged.connect(self._on_table_current_cell_changed)
        self.table.activated_row.connect(self._on_rename_button_clicked)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.rename_button.clicked.connect(self._on_rename_button_clicked)
        self.retire_button.clicked.connect(self._on_retire_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self._delete.activated.connect(self._on_delete_button_clicked)
        self.up_button.clicked.connect(self._on_up_button_clicked)
        self._move_up.activated.connect(self._on_up_button_clicked)
        self.down_button.clicked.connect(self._on_down_button_clicked)
        self._move_down.activated.connect(self._on_down_button_clicked)
        self._context.events.changed.connect(self._on_events_changed)

    @property
    def kind(self) -> CatalogueKind:
        return CatalogueKind(self.selector.currentData())

    def _list_label(self, kind: CatalogueKind) -> str:
        labels = {
            CatalogueKind.TOPICS: self.tr("Argomenti delle visite"),
            CatalogueKind.REFERRAL_SERVICES: self.tr("Servizi a cui si invia"),
            CatalogueKind.ACTIVITY_TYPES: self.tr("Tipi di attività di gruppo"),
            CatalogueKind.PARTNERS: self.tr("Organizzazioni partner"),
        }
        return labels[kind]

    def reload(self) -> None:
        """Every item, retired ones too (greyed), in the list's order. The selected item stays selected
        wherever it moved, so the keyboard can go on moving it."""
        keep = selected_key(self.table)
        partner = self.kind is CatalogueKind.PARTNERS
        headers = [self.tr("Nome"), self.tr("Tipo"), self.tr("Contatto"), self.tr("Stato")] if partner else [self.tr("Nome"), self.tr("Stato")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.rename_button.setText(self.tr("Modifica…") if partner else self.tr("Rinomina…"))
        self._rows = list_items(self._context.reader(), self.kind, include_retired=True)
        rows: list[tuple[Hashable, list[str]]] = []
        for item in self._rows:
            state = self.tr("ritirato") if item.retired else self.tr("in uso")
            cells = [item.name, item.kind_label, item.contact, state] if partner else [item.name, state]
            rows.append((item.id, cells))
        fill_table(self.table, rows)
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for number, item in enumerate(self._rows):
            if item.retired:
                for column in range(self.table.columnCount()):
                    self.table.item(number, column).setForeground(grey)
        self._select(keep)
        self._update_buttons()

    def _select(self, key: Hashable | None) -> None:
        row = next((number for number, item in enumerate(self._rows) if item.id == key), None)
        if row is not None:
            self.table.selectRow(row)

    def _selected(self) -> CatalogueItemView | None:
        key = selected_key(self.table)
        return next((item for item in self._rows if item.id == key), None)

    def _update_buttons(self) -> None:
        editable = self._context.actor.is_coordinator
        selected = self._selected()
        row = self.table.currentRow()
        self.retire_button.setText(self.tr("Rimetti in uso") if selected and selected.retired else self.tr("Ritira"))
        self.add_button.setEnabled(editable)
        for button in (self.rename_button, self.retire_button, self.delete_button):
            button.setEnabled(editable and selected is not None)
        self.up_button.setEnabled(editable and selected is not None and row > 0)
        self.down_button.setEnabled(editable and selected is not None and row < len(self._rows) - 1)

    def _refused(self, title: str, refusal: ServiceError) -> None:
        """The service's own words (a used item, a missing permission, an item deleted meanwhile)."""
        QMessageBox.warning(self, title, say(refusal.said))
        self.reload()

    def _on_events_changed(self, changes: frozenset[Change]) -> None:
        """Also after this tab's own changes: one path refreshes every screen that shows the lists."""
        if changes & self.SHOWS:
            self.reload()

    def _on_selector_current_index_changed(self) -> None:
        self.reload()

    def _on_table_current_cell_changed(self) -> None:
        self._update_buttons()

    def _on_add_button_clicked(self) -> None:
        if not self._context.actor.is_coordinator:
            return
        dialog = CatalogueItemDialog(self._context, self.kind, None, self)
        if dialog.exec():
            self._select(dialog.saved_id)

    def _on_rename_button_clicked(self) -> None:
        selected = self._selected()
        if selected is None or not self._context.actor.is_coordinator:
            return
        CatalogueItemDialog(self._context, self.kind, selected, self).exec()

    def _on_retire_button_clicked(self) -> None:
        selected = self._selected()
        if selected is None or not self.retire_button.isEnabled():
            return
        try:
            set_retired(self._context.uow(), self.kind, selected.id, not selected.retired)
        except ServiceError as refused:
            self._refused(self.retire_button.text(), refused)
            return

    def _on_delete_button_clicked(self) -> None:
        selected = self._selected()
        if selected is None or not self.delete_button.isEnabled():
            return
        title = self.tr("Elimina")
        answer = QMessageBox.question(
            self,
            title,
            self.tr("Eliminare «%1» dall'elenco?").replace("%1", selected.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            delete_item(self._context.uow(), self.kind, selected.id)
        except ServiceError as refused:
            self._refused(title, refused)
            return

    def _on_up_button_clicked(self) -> None:
        self._move(-1)

    def _on_down_button_clicked(self) -> None:
        self._move(+1)

    def _move(self, step: int) -> None:
        """The table shows the whole list, retired items included, so a row number is the position the
        service counts in."""
        selected = self._selected()
        button = self.up_button if step < 0 else self.down_button
        if selected is None or not button.isEnabled():
            return
        try:
            move_item(self._context.uow(), self.kind, selected.id, self.table.currentRow() + step)
        except ServiceError as refused:
            self._refused(button.text(), refused)
            return
