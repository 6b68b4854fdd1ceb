"""Settings and maintenance: operators and desks (coordinators), backups, the audit trail (coordinators),
own password, language.

Non-coordinators see the operators and desks read-only; the services refuse their changes anyway.
"""

from __future__ import annotations

import sys
import uuid
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QProcess, QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import maintenance, operators
from app.services.errors import NeedsConfirmation, ServiceError, ValidationFailed
from app.services.money import format_amount
from app.services.offices import OfficeView, list_offices, parse_slots, save_office
from app.services.operators import OperatorForm, OperatorView
from app.ui.context import DeskContext
from app.ui.forms import FormDialog, choice_box, line_edit
from app.ui.i18n import LANGUAGE_KEY, chosen_language
from app.ui.labels import backup_reason_label, backup_time_label, opening_label
from app.ui.settings.audit_tab import AuditTab
from app.ui.settings.catalogues_tab import CataloguesTab
from app.ui.settings.desk_tab import DeskSettingsTab
from app.ui.tables import fill_table, readonly_table, selected_key
from app.ui.tasks import Task
from app.ui.text import label, say
from app.vocabulary import Change, Role


def _password_field(dialog: FormDialog) -> QLineEdit:
    edit = line_edit(parent=dialog)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class OperatorDialog(FormDialog):
    def __init__(self, context: DeskContext, existing: OperatorView | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Nuovo operatore") if existing is None else self.tr("Modifica operatore"), parent)
        self._context = context
        self._existing = existing
        self.username = self.add_field("username", self.tr("Nome utente"), line_edit(existing.username if existing else "", self.tr("es. f.soli"), parent=self))
        self.username.setEnabled(existing is None)
        self.full_name = self.add_field("full_name", self.tr("Nome e cognome"), line_edit(existing.full_name if existing else "", parent=self))
        self.role = self.add_field(
            "role",
            self.tr("Ruolo"),
            choice_box([(label(role), role) for role in Role], existing.role if existing else Role.OPERATOR, parent=self),
        )
        offices = list_offices(context.reader())
        self.office = self.add_field(
            "office_code",
            self.tr("Sportello"),
            choice_box([(self.tr("nessuno"), "")] + [(o.name, o.code) for o in offices], existing.office_code if existing else context.identity.office_code, parent=self),
        )
        active = QCheckBox(self.tr("può accedere al programma"), self)
        active.setChecked(existing.active if existing else True)
        self.active = self.add_field("active", self.tr("Attivo"), active)
        if existing is None:
            self.password = self.add_field("password", self.tr("Password iniziale"), _password_field(self))
            self.repeat = self.add_field("repeat", self.tr("Ripetere la password"), _password_field(self))
        self.setMinimumWidth(420)
        self.mark_clean()

    def save(self, confirmed: bool) -> None:
        form = OperatorForm(
            username=self.username.text(),
            full_name=self.full_name.text(),
            role=self.role.currentData(),
            office_code=self.office.currentData() or "",
            active=self.active.isChecked(),
        )
        if self._existing is None:
            if self.password.text() != self.repeat.text():
                raise ValidationFailed({"repeat": self.tr("Le due password non coincidono.")})
            operators.create_operator(self._context.uow(), form, self.password.text())
        else:
            operators.update_operator(self._context.uow(), self._existing.id, form)


class PasswordDialog(FormDialog):
    """A coordinator resets another operator's password (``operator_id``) or anyone changes their own."""

    def __init__(self, context: DeskContext, operator_id: uuid.UUID | None, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._context = context
        self._operator_id = operator_id
        if operator_id is None:
            self.current = self.add_field("current_password", self.tr("Password attuale"), _password_field(self))
        self.new = self.add_field("new_password", self.tr("Nuova password"), _password_field(self))
        self.repeat = self.add_field("repeat", self.tr("Ripetere la nuova password"), _password_field(self))
        self.setMinimumWidth(400)
        self.mark_clean()

    def save(self, confirmed: bool) -> None:
        if self.new.text() != self.repeat.text():
            raise ValidationFailed({"repeat": self.tr("Le due password non coincidono.")})
        if self._operator_id is None:
            operators.change_own_password(self._context.uow(), self.current.text(), self.new.text())
        else:
            try:
                operators.reset_password(self._context.uow(), self._operator_id, self.new.text())
            except ValidationFailed as refused:
                raise ValidationFailed({"new_password": refused.field_messages.get("password", refused.said)}) from None


class OfficeDialog(FormDialog):
    def __init__(self, context: DeskContext, existing: OfficeView | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Nuovo sportello") if existing is None else self.tr("Modifica sportello"), parent)
        self._context = context
        self._existing = existing
        self.code = self.add_field("code", self.tr("Codice"), line_edit(existing.code if existing else "", self.tr("es. MON"), parent=self))
        self.code.setEnabled(existing is None)
        self.name = self.add_field("name", self.tr("Nome"), line_edit(existing.name if existing else "", parent=self))
        self.address = self.add_field("address", self.tr("Indirizzo"), line_edit(existing.address if existing else "", parent=self))
        slots = QPlainTextEdit("\n".join(say(slot.label()) for slot in existing.slots) if existing else "", self)
        slots.setTabChangesFocus(True)
        slots.setPlaceholderText(self.tr("un orario per riga, es.\nmercoledì 9:00-12:00"))
        slots.setFixedHeight(90)
        self.slots = self.add_field("slots", self.tr("Orari di apertura"), slots)
        active = QCheckBox(self.tr("sportello in funzione"), self)
        active.setChecked(existing.active if existing else True)
        self.active = self.add_field("active", self.tr("Attivo"), active)
        self.setMinimumWidth(460)
        self.mark_clean()

    def save(self, confirmed: bool) -> None:
        view = OfficeView(
            code=self.code.text(),
            name=self.name.text(),
            address=self.address.text(),
            active=self.active.isChecked(),
            slots=tuple(parse_slots(self.slots.toPlainText())),
        )
        save_office(self._context.uow(), view, new=self._existing is None)


class OperatorsTab(QWidget):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._rows: list[OperatorView] = []
        self.table = readonly_table([self.tr("Nome e cognome"), self.tr("Nome utente"), self.tr("Ruolo"), self.tr("Sportello"), self.tr("Stato")], self)
        self.add_button = QPushButton(self.tr("Aggiungi operatore…"), self)
        self.edit_button = QPushButton(self.tr("Modifica…"), self)
        self.password_button = QPushButton(self.tr("Reimposta password…"), self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.password_button):
            buttons.addWidget(button)
            button.setEnabled(context.actor.is_coordinator)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        if not context.actor.is_coordinator:
            layout.addWidget(QLabel(self.tr("Solo i coordinatori possono modificare gli operatori."), self))
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.table.doubleClicked.connect(self._on_edit_button_clicked)
        self.password_button.clicked.connect(self._on_password_button_clicked)
        context.events.changed.connect(self._on_events_changed)
        self.reload()

    def reload(self) -> None:
        self._rows = operators.list_operators(self._context.reader())
        rows: list[tuple[Hashable, list[str]]] = []
        for operator in self._rows:
            state = self.tr("attivo") if operator.active else self.tr("disattivato")
            rows.append((operator.id, [operator.full_name, operator.username, label(operator.role), operator.office_code, state]))
        fill_table(self.table, rows)

    def _on_events_changed(self, changes: frozenset[Change]) -> None:
        if changes & {Change.OPERATORS, Change.OFFICES}:
            self.reload()

    def _selected(self) -> OperatorView | None:
        key = selected_key(self.table)
        return next((o for o in self._rows if o.id == key), None)

    def _on_add_button_clicked(self) -> None:
        OperatorDialog(self._context, None, self).exec()

    def _on_edit_button_clicked(self) -> None:
        selected = self._selected()
        if selected is not None and self._context.actor.is_coordinator:
            OperatorDialog(self._context, selected, self).exec()

    def _on_password_button_clicked(self) -> None:
        selected = self._selected()
        if selected is not None:
            title = self.tr("Nuova password per %1").replace("%1", selected.full_name)
            if PasswordDialog(self._context, selected.id, title, self).exec():
                QMessageBox.information(self, title, self.tr("Password reimpostata. Comunicarla di persona all'operatore."))


class OfficesTab(QWidget):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._rows: list[OfficeView] = []
        self.table = readonly_table([self.tr("Codice"), self.tr("Sportello"), self.tr("Indirizzo"), self.tr("Apertura"), self.tr("Stato")], self)
        self.add_button = QPushButton(self.tr("Nuovo sportello…"), self)
        self.edit_button = QPushButton(self.tr("Modifica…"), self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button):
            button.setEnabled(context.actor.is_coordinator)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.table.doubleClicked.connect(self._on_edit_button_clicked)
        context.events.changed.connect(self._on_events_changed)
        self.reload()

    def reload(self) -> None:
        self._rows = list_offices(self._context.reader(), include_inactive=True)
        rows: list[tuple[Hashable, list[str]]] = []
        for office in self._rows:
            state = self.tr("attivo") if office.active else self.tr("chiuso")
            rows.append((office.code, [office.code, office.name, office.address, opening_label(office), state]))
        fill_table(self.table, rows)

    def _on_events_changed(self, changes: frozenset[Change]) -> None:
        if Change.OFFICES in changes:
            self.reload()

    def _on_add_button_clicked(self) -> None:
        OfficeDialog(self._context, None, self).exec()

    def _on_edit_button_clicked(self) -> None:
        key = selected_key(self.table)
        selected = next((o for o in self._rows if o.code == key), None)
        if selected is not None and self._context.actor.is_coordinator:
            OfficeDialog(self._context, selected, self).exec()


class MaintenanceTab(QWidget):
    """Backups on request, restore (coordinators), database check; long work off the GUI thread."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        intro = QLabel(
            self.tr(
                "Il programma fa da solo una copia di sicurezza a ogni chiusura e prima di ogni aggiornamento, "
                "e conserva le ultime 10 più una al giorno per 30 giorni. Per portare i dati altrove salvare "
                "una copia su una chiavetta."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("Copia di sicurezza adesso"), self)
        self.export_button = QPushButton(self.tr("Salva una copia in…"), self)
        self.restore_button = QPushButton(self.tr("Ripristina da una copia…"), self)
        self.restore_button.setEnabled(context.actor.is_coordinator)
        self.check_button = QPushButton(self.tr("Controlla il database"), self)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.export_button, self.restore_button, self.check_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.table = readonly_table([self.tr("Copia del"), self.tr("Motivo"), self.tr("Dimensione"), self.tr("File")], self)
        self.report = QLabel(self)
        self.report.setWordWrap(True)
        self.report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.report)
        self.backup_button.clicked.connect(self._on_backup_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.check_button.clicked.connect(self._on_check_button_clicked)
        self.reload()

    def reload(self) -> None:
        found = maintenance.backup_copies(self._context.paths)
        if not found:
            self.report.setText(self.tr("Nessuna copia ancora: la prima si farà alla chiusura del programma."))
        rows: list[tuple[Hashable, list[str]]] = []
        for backup in found:
            size = self.tr("%1 MB").replace("%1", f"{backup.size_bytes / 1_048_576:.1f}".replace(".", ","))
            rows.append((str(backup.path), [backup_time_label(backup), backup_reason_label(backup.reason), size, backup.path.name]))
        fill_table(self.table, rows)

    def _run(self, label: str, work: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        progress = QProgressDialog(label, "", 0, 0, self)
        progress.setWindowTitle(self.tr("Manutenzione"))
        progress.setCancelButton(None)
        progress.setMinimumDuration(300)
        progress.setWindowModality(Qt.WindowModality.WindowModal)

        def done(result: object) -> None:
            progress.close()
            on_done(result)

        def failed(error: Exception) -> None:
            progress.close()
            message = say(error.said) if isinstance(error, ServiceError) else self.tr("Operazione non riuscita: %1").replace("%1", str(error))
            QMessageBox.warning(self, self.tr("Manutenzione"), message)

        Task(self, lambda _progress: work(), done, failed).start()

    def _on_backup_button_clicked(self) -> None:
        paths = self._context.paths

        def finished(target: object) -> None:
            self.reload()
            self.report.setText(self.tr("Copia scritta in %1").replace("%1", str(target)))

        self._run(self.tr("Copia in corso…"), lambda: maintenance.take_backup(paths, reason="manuale"), finished)

    def _on_export_button_clicked(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Salva una copia del database"), self.tr("portierato-copia.sqlite3"), self.tr("Database Portierato (*.sqlite3)"))
        if not target:
            return
        paths = self._context.paths
        self._run(
            self.tr("Copia in corso…"),
            lambda: maintenance.take_backup(paths, out=Path(target)),
            lambda written: self.report.setText(self.tr("Copia scritta in %1").replace("%1", str(written))),
        )

    def _on_restore_button_clicked(self) -> None:
        key = selected_key(self.table)
        start = str(Path(str(key)).parent) if key else str(self._context.paths.backups)
        source, _ = QFileDialog.getOpenFileName(self, self.tr("Scegliere la copia da ripristinare"), start, self.tr("Database Portierato (*.sqlite3)"))
        if not source:
            return
        problem = maintenance.restore_problem(Path(source))
        if problem is not None:
            QMessageBox.warning(self, self.tr("Ripristino"), say(problem))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Ripristino"),
            self.tr(
                "I dati attuali saranno sostituiti da quelli della copia scelta. Prima viene conservata una copia "
                "dei dati attuali. Il programma poi si riavvia. Procedere?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._context.store.engine.dispose()
        try:
            outcome = self._restore(Path(source))
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Ripristino"), say(error.said))
            return  # the engine opens new connections to the database, which is as it was
        if outcome is None:
            return
        done = self.tr("Dati ripristinati. Il programma si riavvia.")
        if outcome.lacking_receipts:
            lines = [
                self.tr("%1 del %2, %3, %4").replace("%1", r.number).replace("%2", f"{r.issued_on:%d/%m/%Y}").replace("%3", r.beneficiary_name).replace("%4", format_amount(r.amount_cents or 0))
                if r.issued_on is not None
                else self.tr("%1 (dati non disponibili: vedere la copia cartacea)").replace("%1", r.number)
                for r in outcome.lacking_receipts
            ]
            done = self.tr(
                "Dati ripristinati. Attenzione: la copia non contiene %n ricevute già emesse. I loro numeri non "
                "saranno riemessi; le ricevute vanno ricostruite con il loro numero:", "", len(lines)
            ) + "\n\n" + "\n".join(lines) + "\n\n" + self.tr("Il programma si riavvia.")
        QMessageBox.information(self, self.tr("Ripristino"), done)
        restart_program()

    def _restore(self, source: Path) -> maintenance.RestoreOutcome | None:
        """The restore, with the coordinator's confirmation when the copy comes from another laptop;
        ``None`` when they decline."""
        try:
            return maintenance.restore(self._context.paths, source, self._context.actor)
        except NeedsConfirmation as question:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Ripristino"), say(question.said), QMessageBox.StandardButton.NoButton, self)
            confirm = box.addButton(self.tr("Ripristina comunque"), QMessageBox.ButtonRole.DestructiveRole)
            box.setDefaultButton(box.addButton(self.tr("Non ripristinare"), QMessageBox.ButtonRole.RejectRole))
            box.exec()
            if box.clickedButton() is not confirm:
                return None
            return maintenance.restore(self._context.paths, source, self._context.actor, other_site=True)

    def _on_check_button_clicked(self) -> None:
        paths = self._context.paths
        self._run(self.tr("Controllo in corso…"), lambda: maintenance.check(paths), lambda report: self.report.setText("\n".join(say(line) for line in report.lines)))


def restart_program() -> None:
    """Start a new copy of the program with the same options, then quit this one.

    Through ``python -m app.cli`` rather than ``sys.argv[0]``: on Windows that is the console-script
    launcher, which the interpreter cannot run as a script.
    """
    QProcess.startDetached(sys.executable, ["-m", "app.cli", *sys.argv[1:]])
    QApplication.quit()


class PreferencesTab(QWidget):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.password_button = QPushButton(self.tr("Cambia la mia password…"), self)
        self.language = QComboBox(self)
        self.language.addItem("Italiano", "it")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(chosen_language()), 0))
        note = QLabel(self.tr("La lingua cambia al prossimo avvio."), self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Utente: %1").replace("%1", context.actor.name), self))
        layout.addWidget(self.password_button)
        layout.addSpacing(12)
        layout.addWidget(QLabel(self.tr("Lingua dell'interfaccia"), self))
        layout.addWidget(self.language)
        layout.addWidget(note)
        layout.addStretch(1)
        self.password_button.clicked.connect(self._on_password_button_clicked)
        self.language.currentIndexChanged.connect(self._on_language_current_index_changed)

    def _on_password_button_clicked(self) -> None:
        title = self.tr("Cambia la mia password")
        if PasswordDialog(self._context, None, title, self).exec():
            QMessageBox.information(self, title, self.tr("Password cambiata."))

    def _on_language_current_index_changed(self) -> None:
        QSettings().setValue(LANGUAGE_KEY, self.language.currentData())


class SettingsView(QTabWidget):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operators = OperatorsTab(context, self)
        self.offices = OfficesTab(context, self)
        self.catalogues = CataloguesTab(context, self)
        self.desk_settings = DeskSettingsTab(context, self)
        self.maintenance = MaintenanceTab(context, self)
        self.preferences = PreferencesTab(context, self)
        self.addTab(self.operators, self.tr("Operatori"))
        self.addTab(self.offices, self.tr("Sportelli"))
        self.addTab(self.catalogues, self.tr("Elenchi"))
        self.addTab(self.desk_settings, self.tr("Impostazioni dello sportello"))
        self.addTab(self.maintenance, self.tr("Copie di sicurezza"))
        if context.actor.is_coordinator:
            self.audit = AuditTab(context, self)
            self.addTab(self.audit, self.tr("Registro modifiche"))
        self.addTab(self.preferences, self.tr("Il mio profilo"))
