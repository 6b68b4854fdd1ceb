"""The base of every form: field errors under their field, Enter saves, Esc asks before discarding.

A form never loses what was typed: on refusal it stays open with the messages of the service next to
the fields they concern (CONVENTIONS; DESIGN 4). Warnings are shown for confirmation and the save is
repeated with ``confirmed=True``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.messages import Message
from app.services.errors import NeedsConfirmation, ServiceError, ValidationFailed
from app.ui.text import say

log = logging.getLogger(__name__)

ERROR_STYLE = "color: #b00020;"
HINT_STYLE = "color: #555;"
W = TypeVar("W", bound=QWidget)


def widget_value(widget: QWidget) -> object:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QListWidget):
        return tuple(widget.item(row).checkState() for row in range(widget.count()))
    return None


class FormDialog(QDialog):
    """Subclasses add fields with :meth:`add_field` and define :attr:`save`."""

    save: Callable[[bool], None]
    """Calls the service, with ``confirmed=True`` once the operator accepted its warnings; defined by each form."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self._captions: dict[str, str] = {}
        self._hints: dict[str, QLabel] = {}
        self._clean: dict[str, object] = {}
        layout = QVBoxLayout(self)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(ERROR_STYLE)
        self.banner.hide()
        layout.addWidget(self.banner)
        self.columns = QHBoxLayout()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.columns.addLayout(self.form)
        layout.addLayout(self.columns)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Salva"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annulla"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def add_intro(self, text: str) -> QLabel:
        """A wrapped explanation above the fields (in the dialog's own layout, where wrapping gets its height)."""
        label = QLabel(text, self)
        label.setWordWrap(True)
        self.layout().insertWidget(1, label)
        return label

    def name_buttons(self, accept: str, reject: str) -> None:
        """Words of this dialog's own for its two buttons (without the generic save and cancel icons)."""
        for role, text in ((QDialogButtonBox.StandardButton.Save, accept), (QDialogButtonBox.StandardButton.Cancel, reject)):
            button = self.buttons.button(role)
            button.setText(text)
            button.setIcon(QIcon())

    def add_column(self, title: str, *, stretch: int = 1) -> QFormLayout:
        """A second (third...) group of fields beside the first, for forms too tall for a laptop screen."""
        return self._column_of([title], stretch)[0]

    def add_stacked_column(self, *titles: str, stretch: int = 1) -> list[QFormLayout]:
        """Several groups of fields one above the other in one column."""
        return self._column_of(list(titles), stretch)

    def _column_of(self, titles: list[str], stretch: int) -> list[QFormLayout]:
        column = QVBoxLayout()
        forms: list[QFormLayout] = []
        for title in titles:
            box = QGroupBox(title, self)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            column.addWidget(box)
            forms.append(form)
        self.columns.addLayout(column, stretch)
        return forms

    def add_field(
        self, name: str, label: str, widget: W, form: QFormLayout | None = None, *, hint: QLabel | None = None
    ) -> W:
        """A field with its caption, an optional live ``hint`` below it, and room for its error.

        Editing a field hides its error (the operator is fixing it) and shows its hint again.
        """
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if hint is not None:
            hint.setParent(holder)
            hint.setWordWrap(True)
            hint.setStyleSheet(HINT_STYLE)
            column.addWidget(hint)
            self._hints[name] = hint
        error = QLabel(holder)
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        (form or self.form).addRow(caption, holder)
        self._fields[name] = (widget, error)
        self._captions[name] = label
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _text: self._clear_error(name))
        return widget

    def _clear_error(self, name: str) -> None:
        self._fields[name][1].hide()
        if name in self._hints:
            self._hints[name].show()

    def field(self, name: str) -> QWidget:
        return self._fields[name][0]

    def mark_clean(self) -> None:
        self._clean = {name: widget_value(widget) for name, (widget, _) in self._fields.items()}

    def is_dirty(self) -> bool:
        return any(widget_value(widget) != self._clean.get(name) for name, (widget, _) in self._fields.items())

    def show_errors(self, errors: Mapping[str, Message | str]) -> None:
        """Each message under its field, the others in the banner; services' messages translated."""
        shown = {name: say(said) for name, said in errors.items()}
        first: QWidget | None = None
        unplaced: list[str] = []
        for name, (widget, label) in self._fields.items():
            message = without_caption(shown.get(name, ""), self._captions[name])
            label.setText(message)
            label.setVisible(bool(message))
            if name in self._hints:
                self._hints[name].setVisible(not message)
            if message and first is None:
                first = widget
        for name, message in shown.items():
            if name not in self._fields:
                unplaced.append(message)
        self.banner.setText("\n".join(unplaced))
        self.banner.setVisible(bool(unplaced))
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        confirmed = False
        while True:
            try:
                self.save(confirmed)
            except ValidationFailed as refused:
                self.show_errors(refused.field_messages)
                return
            except NeedsConfirmation as question:
                answer = QMessageBox.question(
                    self,
                    self.tr("Controllare prima di salvare"),
                    "\n\n".join(say(warning) for warning in question.warning_messages) + "\n\n" + self.tr("Salvare comunque?"),
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return
                confirmed = True
                continue
            except ServiceError as refused:
                self.show_errors({"": refused.said})
                return
            break
        self.mark_clean()
        self.accept()

    def reject(self) -> None:
        if self.is_dirty():
            answer = QMessageBox.question(
                self,
                self.tr("Modifiche non salvate"),
                self.tr("Chiudere senza salvare? Quello che è stato scritto andrà perso."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()

    def focus_chain(self) -> list[QWidget]:
        """What Tab goes through, in order, before the buttons: the fields in the order they were added
        (disabled ones too: Qt skips them, and they join the chain when enabled). A form with widgets of
        its own before the fields (a search) puts them first."""
        return [widget for widget, _ in self._fields.values()]

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Tab follows :meth:`focus_chain`, then the buttons; the first visible widget of it has the focus."""
        super().showEvent(event)
        widgets = self.focus_chain()
        for before, after in zip(widgets, widgets[1:]):
            QWidget.setTabOrder(before, after)
        if widgets:
            QWidget.setTabOrder(widgets[-1], self.buttons)
            first = next((widget for widget in widgets if widget.isVisible() and widget.isEnabled()), None)
            if first is not None:
                first.setFocus(Qt.FocusReason.TabFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt naming)
        # Ctrl+Enter saves from anywhere; Enter in a single-line field saves, as in any dialog; in the
        # notes box plain Enter is a new line
        if is_ctrl_enter(event):
            self.submit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(self.focusWidget(), QPlainTextEdit):
            return
        super().keyPressEvent(event)


def is_ctrl_enter(event: QKeyEvent) -> bool:
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and bool(
        event.modifiers() & Qt.KeyboardModifier.ControlModifier
    )


class NotesEdit(QPlainTextEdit):
    """Free text; Tab moves on and Ctrl+Enter reaches the form (which saves)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if is_ctrl_enter(event):
            event.ignore()
            return
        super().keyPressEvent(event)


def without_caption(message: str, caption: str) -> str:
    """Service messages name their field ("Cognome: campo obbligatorio.") for the command line and the
    banner; under the field itself the name is already on screen, so it is dropped there."""
    field, separator, rest = message.partition(": ")
    shown = caption.replace("&&", "\0").replace("&", "").replace("\0", "&")  # the caption without its Alt marker
    if separator and rest and shown.casefold().startswith(field.casefold()):
        return rest[:1].upper() + rest[1:]
    return message


def filter_row(parent: QWidget, fields: list[tuple[str, QWidget]]) -> QHBoxLayout:
    """The filters above a list, each with its caption (whose Alt letter reaches the field), left-aligned."""
    row = QHBoxLayout()
    for caption, widget in fields:
        label = QLabel(caption, parent)
        label.setBuddy(widget)
        row.addWidget(label)
        row.addWidget(widget)
    row.addStretch(1)
    return row


def line_edit(text: str = "", placeholder: str = "", *, parent: QWidget | None = None) -> QLineEdit:
    edit = QLineEdit(text, parent)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def choice_box(choices: list[tuple[str, object]], current: object = None, *, parent: QWidget | None = None) -> QComboBox:
    box = QComboBox(parent)
    for label, value in choices:
        box.addItem(label, value)
    select_data(box, current)
    return box


def select_data(box: QComboBox, value: object) -> None:
    """Selects the item whose data equals ``value`` (compared in Python: ``QComboBox.findData`` does not
    recognise two equal UUID objects as the same), or the first item."""
    index = next((row for row in range(box.count()) if box.itemData(row) == value), 0)
    box.setCurrentIndex(index)


def notes_edit(text: str = "", *, parent: QWidget | None = None) -> QPlainTextEdit:
    edit = NotesEdit(text, parent)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(60)
    return edit
