"""Composition root of the GUI (CONVENTIONS 22): log file -> paths -> QApplication -> translations ->
database (opened on a thread while the login is on screen) -> first run or login -> main window; a
backup when the program closes.

A problem with the database (damaged, missing, written by a newer version) becomes a dialog here that
offers the latest backup, never a traceback and never a silent new empty database.
"""

from __future__ import annotations

import sys
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

from app.config import LaptopIdentity, Paths, read_laptop_identity, resolve_paths
from app.logs import configure_logging, log
from app.startup import DatabaseOpening

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from app.services.unit_of_work import Actor, Store
    from app.store.opening import OpenedDatabase
    from app.store.problems import DatabaseUnusable
    from app.store.sqlite_files import IntegrityCheck

EXIT_UNUSABLE = 3
OPEN_AFTER_MS = 30
"""The database starts opening this long after the login dialog is shown, once it is painted."""


def run_gui(home: str | None = None) -> int:
    paths = resolve_paths(home)
    try:
        paths.ensure()
        configure_logging(paths)
    except OSError as error:
        return _unusable_home(paths, error)
    desk = _Desk(paths, DatabaseOpening(paths))

    from PySide6.QtCore import QSettings

    app = _application()
    app.setOrganizationName("ComuneDiBergamo")
    app.setApplicationName("Portierato")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(paths.home / "interfaccia"))

    from app.ui.i18n import chosen_language, install_translations

    install_translations(app, chosen_language())
    install_excepthook(paths)
    from app.store.problems import DatabaseUnusable

    while True:
        try:
            return _log_in_and_work(app, desk)
        except DatabaseUnusable as problem:
            opened = _recover(paths, problem)
            if opened is None:
                return EXIT_UNUSABLE
            desk.use(opened)


def _application() -> QApplication:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    return app


def _unusable_home(paths: Paths, error: OSError) -> int:
    """The data folder cannot be made or written: a dialog (there is no log to write to), exit 3."""
    from PySide6.QtWidgets import QMessageBox

    from app.store.disk import home_problem
    from app.ui.i18n import chosen_language, install_translations
    from app.ui.text import say

    app = _application()
    install_translations(app, chosen_language())
    QMessageBox.critical(None, QMessageBox.tr("Portierato – dati non utilizzabili"), say(home_problem(error, paths.home)))
    return EXIT_UNUSABLE


class _Desk:
    """The database being opened, and the store over it once it is open, with the whole-file check that
    goes on meanwhile (issue 10, point 5)."""

    def __init__(self, paths: Paths, opening: DatabaseOpening) -> None:
        self.paths = paths
        self._opening: DatabaseOpening | None = opening
        self._store: Store | None = None
        self._integrity: IntegrityCheck | None = None
        self._damage: DatabaseUnusable | None = None

    def failed(self) -> bool:
        """Opening the database failed, or the check has found it damaged."""
        return (self._opening is not None and self._opening.failed()) or self.damage_found() is not None

    def damage_found(self) -> DatabaseUnusable | None:
        """What the background check found, once it has finished; None while it runs or when sound."""
        if self._damage is None and self._integrity is not None and self._integrity.done():
            from app.store.opening import integrity_outcome

            self._damage = integrity_outcome(self.paths, self._integrity)
            self._integrity = None
        return self._damage

    def ready(self) -> bool:
        return self._opening is None or self._opening.ready()

    def start_opening(self) -> None:
        if self._opening is not None:
            self._opening.start()

    def store(self) -> Store:
        """Waits for the opening; raises ``DatabaseUnusable`` if it failed."""
        if self._store is None:
            assert self._opening is not None
            self.use(self._opening.result())
        assert self._store is not None
        damage = self.damage_found()
        if damage is not None:
            self._store.engine.dispose()  # closed before the remedy swaps the file
            raise damage
        return self._store

    def use(self, opened: OpenedDatabase) -> None:
        from app.services.first_run import add_missing_seeds
        from app.services.unit_of_work import Store

        identity = read_laptop_identity(self.paths)
        self._opening = None
        self._integrity = opened.integrity
        self._damage = None
        self._store = Store(opened.engine, identity.site_code if identity else "", self.paths)
        if self.damage_found() is None:
            add_missing_seeds(self._store)


def _log_in_and_work(app: QApplication, desk: _Desk) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    from app.ui.login_dialog import LoginDialog

    # closing the login dialog must not count as closing the last window before the main one shows
    app.setQuitOnLastWindowClosed(False)
    identity = read_laptop_identity(desk.paths) or _first_run(desk)
    if identity is None:
        return 0
    login = LoginDialog(identity, desk.failed, desk.store)
    QTimer.singleShot(OPEN_AFTER_MS, desk.start_opening)
    warm_up = QTimer(login)
    warm_up.setInterval(50)
    warm_up.timeout.connect(lambda: _warm_up_main_window(desk, warm_up))
    warm_up.start()
    if login.exec() != QDialog.DialogCode.Accepted or login.actor is None:
        if desk.failed():
            desk.store()  # raises the problem, which the caller turns into a dialog
        return 0
    return _work(app, desk, identity, login.actor)


def _warm_up_main_window(desk: _Desk, timer: QTimer) -> None:
    """While the operator types the password: once the database layer is loaded (on its thread), load the
    main window's code too, so that it appears at once after the login."""
    if not desk.ready():
        return
    timer.stop()
    if not desk.failed():
        import app.ui.main_window  # noqa: F401


def _first_run(desk: _Desk) -> LaptopIdentity | None:
    from PySide6.QtWidgets import QDialog

    from app.services.first_run import prepare_new_database
    from app.ui.first_run_dialog import FirstRunDialog

    store = desk.store()
    prepare_new_database(store)
    wizard = FirstRunDialog(desk.paths, store)
    if wizard.exec() != QDialog.DialogCode.Accepted:
        return None
    return wizard.identity


def _work(app: QApplication, desk: _Desk, identity: LaptopIdentity, actor: Actor) -> int:
    from app.services.errors import ServiceError
    from app.services.maintenance import take_backup
    from app.ui.context import DataEvents, DeskContext
    from app.ui.main_window import MainWindow

    store = desk.store()
    window = MainWindow(DeskContext(paths=desk.paths, store=store, identity=identity, actor=actor, events=DataEvents()))
    window.show()
    app.setQuitOnLastWindowClosed(True)
    log.info("desk opened by %s on site %s", actor.name, identity.site_code)
    watch = _watch_integrity(desk, store, window)
    code = app.exec()
    watch.stop()
    store.engine.dispose()
    damage = desk.damage_found()
    if damage is not None:
        raise damage  # the remedy (restore the latest backup) is offered now, the window closed
    if desk.paths.uses_embedded_database():
        try:
            take_backup(desk.paths, reason="chiusura")
        except ServiceError:
            log.exception("backup at close failed")
    return code


INTEGRITY_POLL_MS = 200


def _watch_integrity(desk: _Desk, store: Store, window: QWidget) -> QTimer:
    """Waits, without blocking the window, for the whole-file check the start did not wait for. If it
    finds damage, nothing more is written (the store refuses every write) and the operator is told at once;
    the latest backup is offered when the window is closed."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from app.messages import msg
    from app.ui.text import say

    timer = QTimer(window)
    timer.setInterval(INTEGRITY_POLL_MS)

    def check() -> None:
        damage = desk.damage_found()
        if damage is None:
            return
        timer.stop()
        reason = msg(
            "Il controllo del file dei dati ha trovato un problema, e da ora il programma non salva più nulla: "
            "annotare a parte quello che si stava scrivendo. {problem} Chiudendo il programma si potrà "
            "ripristinare l'ultima copia di sicurezza."
        ).fill(problem=damage.said)
        store.stop_writes(reason)
        log.error("background integrity check: %s", damage.message)
        QMessageBox.critical(window, QMessageBox.tr("Portierato – dati non utilizzabili"), say(reason))

    timer.timeout.connect(check)
    timer.start()
    return timer


def _recover(paths: Paths, problem: DatabaseUnusable) -> OpenedDatabase | None:
    """A damaged or missing database: offer the latest backup; never start on a silent empty one."""
    from PySide6.QtWidgets import QMessageBox

    from app.store.backups import BackupError, restore_backup
    from app.store.opening import open_database
    from app.store.problems import DatabaseDamaged, DatabaseMissing, DatabaseUnusable
    from app.ui.text import say

    title = QMessageBox.tr("Portierato – dati non utilizzabili")
    if isinstance(problem, (DatabaseDamaged, DatabaseMissing)) and problem.latest_backup is not None:
        box = QMessageBox(QMessageBox.Icon.Critical, title, say(problem.said))
        restore = box.addButton(QMessageBox.tr("Ripristina l'ultima copia"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.tr("Esci"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not restore:
            return None
        try:
            restore_backup(paths, problem.latest_backup)
            return open_database(paths)
        except (BackupError, DatabaseUnusable) as error:
            QMessageBox.critical(None, title, say(error.said))
            return None
    QMessageBox.critical(None, title, say(problem.said))
    return None


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
