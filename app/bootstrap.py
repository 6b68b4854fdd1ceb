"""Composition root of the GUI (CONVENTIONS 22): log file -> paths -> database -> QApplication ->
translations -> first run or login -> main window; a backup when the program closes.

The database is opened (and migrated) before the first window; a problem with it becomes a dialog here,
never in app/db.py.
"""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from app.config import Paths, read_laptop_identity, resolve_paths
from app.db import DatabaseDamaged, DatabaseMissing, DatabaseUnusable, OpenedDatabase, open_database
from app.logs import configure_logging, log

EXIT_UNUSABLE = 3


def run_gui(home: str | None = None) -> int:
    paths = resolve_paths(home).ensure()
    configure_logging(paths)
    try:
        opened: OpenedDatabase | None = open_database(paths)
        problem: DatabaseUnusable | None = None
    except DatabaseUnusable as error:
        opened, problem = None, error

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("ComuneDiBergamo")
    app.setApplicationName("Portierato")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(paths.home / "interfaccia"))

    from app.ui.i18n import chosen_language, install_translations

    install_translations(app, chosen_language())
    install_excepthook(paths)
    if problem is not None:
        opened = _recover(paths, problem)
        if opened is None:
            return EXIT_UNUSABLE
    assert opened is not None
    return _run_desk(paths, opened)


def _recover(paths: Paths, problem: DatabaseUnusable) -> OpenedDatabase | None:
    """A damaged or missing database: offer the latest backup; never start on a silent empty one."""
    from PySide6.QtWidgets import QMessageBox

    from app.services.backups import BackupError, restore_backup

    title = QMessageBox.tr("Portierato – dati non utilizzabili")
    if isinstance(problem, (DatabaseDamaged, DatabaseMissing)) and problem.latest_backup is not None:
        box = QMessageBox(QMessageBox.Icon.Critical, title, problem.message)
        restore = box.addButton(QMessageBox.tr("Ripristina l'ultima copia"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.tr("Esci"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not restore:
            return None
        try:
            restore_backup(paths, problem.latest_backup)
            return open_database(paths)
        except (BackupError, DatabaseUnusable) as error:
            QMessageBox.critical(None, title, getattr(error, "message", str(error)))
            return None
    QMessageBox.critical(None, title, problem.message)
    return None


def _run_desk(paths: Paths, opened: OpenedDatabase) -> int:
    from PySide6.QtWidgets import QApplication, QDialog

    from app.services.backups import BackupError, take_backup
    from app.services.first_run import prepare_new_database
    from app.services.unit_of_work import Store
    from app.ui.context import DataEvents, DeskContext
    from app.ui.main_window import MainWindow
    from app.ui.start_dialogs import FirstRunDialog, LoginDialog

    identity = read_laptop_identity(paths)
    store = Store(opened.engine, identity.site_code if identity else "")
    if identity is None:
        prepare_new_database(store)
        wizard = FirstRunDialog(paths, store)
        if wizard.exec() != QDialog.DialogCode.Accepted or wizard.identity is None:
            return 0
        identity = wizard.identity
    login = LoginDialog(store, identity)
    if login.exec() != QDialog.DialogCode.Accepted or login.actor is None:
        return 0
    context = DeskContext(paths=paths, store=store, identity=identity, actor=login.actor, events=DataEvents())
    window = MainWindow(context)
    window.show()
    code = QApplication.instance().exec()  # type: ignore[union-attr]
    store.engine.dispose()
    if paths.uses_embedded_database():
        try:
            take_backup(paths, reason="chiusura")
        except BackupError:
            log.exception("backup at close failed")
    return code


def install_excepthook(paths: Paths) -> None:
    """Unexpected errors: traceback to the log, a short Italian message to the operator, and carry on."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, error, trace)))
        from PySide6.QtWidgets import QApplication, QMessageBox

        if QApplication.instance() is None:
            return
        QMessageBox.critical(
            QApplication.activeWindow(),
            QMessageBox.tr("Errore imprevisto"),
            QMessageBox.tr(
                "Si è verificato un errore imprevisto: l'operazione non è stata completata, ma quello che era "
                "stato scritto nelle finestre aperte è ancora lì. I dettagli sono nel registro:\n%1"
            ).replace("%1", str(paths.log_file)),
        )

    sys.excepthook = hook
