"""The desk's settings (app/services/settings.py): the numbers the forms propose and the privacy notice.

Coordinators change them; others see them read-only (the service refuses their changes anyway). Errors
appear under their fields, with the typed text kept.

Saving is all or nothing (app/services/settings.set_settings): the notice's text and version must never
be stored half-changed, since the version is what each person's record says they received (DESIGN 2.7).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.messages import Message
from app.services.errors import ServiceError, ValidationFailed
from app.services.settings import SETTINGS, all_settings, set_settings
from app.ui.context import DeskContext
from app.ui.forms import ERROR_STYLE, HINT_STYLE, without_caption
from app.ui.registry.privacy import print_privacy_notice
from app.ui.text import say
from app.vocabulary import Change

NUMBERS = (
    "follow_up_days",
    "visit_duration_minutes",
    "informal_notes_months",
    "plan_grace_days",
    "plan_lapse_tolerance",
    "plan_max_months",
)

Field = QLineEdit | QPlainTextEdit


class DeskSettingsTab(QWidget):
    SHOWS = frozenset({Change.SETTINGS})
    """The kinds of data this view shows: it refreshes when a commit changed one of them."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._stored: dict[str, int | str] = {}
        self._fields: dict[str, tuple[Field, QLabel]] = {}
        editable = context.actor.is_coordinator
        captions = {
            "follow_up_days": self.tr("Giorni proposti per la scadenza di un seguito"),
            "visit_duration_minutes": self.tr("Durata proposta di una visita (minuti)"),
            "informal_notes_months": self.tr("Conservazione delle note informali (mesi)"),
            "plan_grace_days": self.tr("Piani di rientro: giorni di tolleranza dopo la scadenza di una rata"),
            "plan_lapse_tolerance": self.tr("Piani di rientro: rate mancate che fanno proporre la decadenza"),
            "plan_max_months": self.tr("Piani di rientro: durata massima consigliata (mesi)"),
            "privacy_notice_title": self.tr("Titolo"),
            "privacy_notice_version": self.tr("Versione"),
            "privacy_notice_text": self.tr("Testo"),
        }

        numbers_box = QGroupBox(self.tr("Proposte dei moduli, conservazione e piani di rientro"), self)
        numbers = QFormLayout(numbers_box)
        for key in NUMBERS:
            declaration = SETTINGS[key]
            edit = QLineEdit(self)
            edit.setMaximumWidth(80)
            range_hint = self.tr("da %1 a %2").replace("%1", str(declaration.minimum)).replace("%2", str(declaration.maximum))
            self._add_field(numbers, key, captions[key], edit, QLabel(range_hint, self))

        notice_box = QGroupBox(self.tr("Informativa privacy"), self)
        notice = QFormLayout(notice_box)
        notice.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        title = QLineEdit(self)
        self._add_field(notice, "privacy_notice_title", captions["privacy_notice_title"], title)
        version = QLineEdit(self)
        version.setMaximumWidth(120)
        version_hint = QLabel(
            self.tr("cambiarla quando cambia il testo: per ogni persona resta registrata la versione ricevuta"), self
        )
        self._add_field(notice, "privacy_notice_version", captions["privacy_notice_version"], version, version_hint)
        text = QPlainTextEdit(self)
        text.setTabChangesFocus(True)
        text.setPlaceholderText(
            self.tr("Paragrafi separati da una riga vuota; una riga breve senza punto finale è stampata come titoletto.")
        )
        self._add_field(notice, "privacy_notice_text", captions["privacy_notice_text"], text)
        for widget, _ in self._fields.values():
            widget.setReadOnly(not editable)

        self.save_button = QPushButton(self.tr("Salva"), self)
        self.save_button.setToolTip(self.tr("Salva (Ctrl+S, o Invio in un campo di una riga)"))
        self.save_button.setEnabled(editable)
        self.preview_button = QPushButton(self.tr("Anteprima di stampa"), self)
        self._save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self._save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._save_shortcut.setEnabled(editable)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.message, 1)

        layout = QVBoxLayout(self)
        if not editable:
            layout.addWidget(QLabel(self.tr("Solo i coordinatori possono modificare le impostazioni."), self))
        layout.addWidget(numbers_box)
        layout.addWidget(notice_box, 1)
        layout.addLayout(buttons)
        self._connect_signals()
        self.reload()

    def _add_field(self, form: QFormLayout, key: str, caption: str, widget: Field, hint: QLabel | None = None) -> None:
        """The field, its hint beside it (a single-line field leaves room, and the hint stays in view when
        the field is refused) and its error under it."""
        limit = SETTINGS[key].max_length
        if isinstance(widget, QLineEdit) and limit is not None:
            widget.setMaxLength(limit)
        holder = QWidget(self)
        if isinstance(widget, QLineEdit):
            # the form gives spare height to every row: only the text of the notice should take it
            holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        row.addWidget(widget, 1 if hint is None else 0)
        if hint is not None:
            hint.setStyleSheet(HINT_STYLE)
            hint.setWordWrap(True)
            row.addWidget(hint, 1)
        column.addLayout(row)
        error = QLabel(holder)
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        label = QLabel(caption, self)
        label.setBuddy(widget)
        form.addRow(label, holder)
        self._fields[key] = (widget, error)

    def _connect_signals(self) -> None:
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self._save_shortcut.activated.connect(self._on_save_button_clicked)
        self.preview_button.clicked.connect(self._on_preview_button_clicked)
        for widget, error in self._fields.values():
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(lambda _text, error=error: error.hide())
                widget.returnPressed.connect(self._on_field_return_pressed)
            else:
                widget.textChanged.connect(error.hide)
        self._context.events.changed.connect(self._on_events_changed)

    def field(self, key: str) -> Field:
        return self._fields[key][0]

    def reload(self) -> None:
        self._stored = all_settings(self._context.reader())
        for key, (widget, _) in self._fields.items():
            if isinstance(widget, QLineEdit):
                widget.setText(str(self._stored[key]))
            else:
                widget.setPlainText(str(self._stored[key]))
        self._show_errors({})

    def _typed(self, key: str) -> str:
        widget = self.field(key)
        return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()

    def changes(self) -> dict[str, str]:
        """What was typed differently from what is stored (leading and trailing blanks do not count: the
        service drops them)."""
        return {key: self._typed(key) for key in self._fields if self._typed(key).strip() != str(self._stored[key]).strip()}

    def save(self) -> bool:
        """True when everything typed is stored (or nothing had changed)."""
        changes = self.changes()
        if not changes:
            self._show_message(self.tr("Nessuna modifica da salvare."))
            return True
        if "privacy_notice_text" in changes and "privacy_notice_version" not in changes and not self._same_version_accepted():
            version = self.field("privacy_notice_version")
            assert isinstance(version, QLineEdit)
            version.setFocus(Qt.FocusReason.OtherFocusReason)
            version.selectAll()
            return False
        try:
            set_settings(self._context.uow(), dict(changes))
        except ValidationFailed as refused:
            self._show_errors(refused.field_messages)
            return False
        except ServiceError as refused:
            self._show_errors({"": refused.said})
            return False
        # the commit was announced before this reload: the fields still differed from what this tab read,
        # so its own handler left them, and they are read back once, here
        self.reload()
        self._show_message(self.tr("Impostazioni salvate."))
        return True

    def _same_version_accepted(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Versione dell'informativa"),
            self.tr(
                "Il testo dell'informativa è cambiato ma la versione è sempre «%1». Per ogni persona è registrata "
                "la versione ricevuta: chi ha già avuto l'informativa risulterà aver ricevuto questo nuovo testo. "
                "Per un cambiamento di sostanza cambiare anche la versione.\n\nSalvare con la stessa versione?"
            ).replace("%1", str(self._stored["privacy_notice_version"])),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def preview(self) -> None:
        """Shows the notice exactly as it is handed out: app/ui/registry/privacy.py prints it from the saved settings,
        the one way it is ever made, so unsaved changes are saved first (the operator is asked). A preview
        of a draft would be a second way of making the notice that could drift from the real one."""
        if self.changes():
            answer = QMessageBox.question(
                self,
                self.tr("Anteprima di stampa"),
                self.tr("L'anteprima mostra l'informativa salvata. Salvare adesso le modifiche?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            )
            if answer != QMessageBox.StandardButton.Yes or not self.save():
                return
        print_privacy_notice(self._context, None, self)

    def _show_errors(self, said: Mapping[str, Message]) -> None:
        errors = {key: say(message) for key, message in said.items()}
        first: Field | None = None
        for key, (widget, error) in self._fields.items():
            message = without_caption(errors.get(key, ""), say(SETTINGS[key].label))
            error.setText(message)
            error.setVisible(bool(message))
            if message and first is None:
                first = widget
        if errors:
            unplaced = [message for key, message in errors.items() if key not in self._fields]
            self._show_message("\n".join(unplaced) or self.tr("Niente è stato salvato: correggere i campi segnalati."), error=True)
        else:
            self._show_message("")
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else HINT_STYLE)
        self.message.setText(text)

    def _on_events_changed(self, changes: frozenset[Change]) -> None:
        """Changes made elsewhere (another window, a restore) show up, unless they would overwrite typing."""
        if changes & self.SHOWS and not self.changes():
            self.reload()

    def _on_field_return_pressed(self) -> None:
        if self._context.actor.is_coordinator:
            self.save()

    def _on_save_button_clicked(self) -> None:
        self.save()

    def _on_preview_button_clicked(self) -> None:
        self.preview()
