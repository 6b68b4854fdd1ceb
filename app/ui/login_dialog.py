"""The login at every start, shown while the database is still being opened.

Checking and opening the database (integrity check, migrations, importing the database layer) takes a
noticeable moment on a large registry; the operator spends that moment typing the password. The dialog
imports nothing heavy: the services are imported when the operator confirms.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from app.config import LaptopIdentity
from app.services.errors import ValidationFailed
from app.ui.forms import FormDialog, line_edit

if TYPE_CHECKING:
    from app.services.unit_of_work import Actor, Store

STORE_POLL_MS = 100


class LoginDialog(FormDialog):
    """Closes itself (rejected) if the database turns out unusable, so the caller can offer a remedy.

    ``failed()`` tells whether opening the database has failed; ``store()`` waits for it to be open (or
    raises its problem).
    """

    def __init__(
        self,
        identity: LaptopIdentity,
        failed: Callable[[], bool],
        store: Callable[[], Store],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Portierato – accesso"), parent)
        self._failed = failed
        self._store = store
        self.actor: Actor | None = None
        heading = QLabel(
            self.tr("<b>Portierato di Comunità</b><br>Postazione %1 – sportello %2")
            .replace("%1", identity.site_code)
            .replace("%2", identity.office_code),
            self,
        )
        self.form.addRow(heading)
        self.username = self.add_field("username", self.tr("Nome utente"), line_edit(parent=self))
        self.password = self.add_field("password", self.tr("Password"), line_edit(parent=self))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.name_buttons(self.tr("Accedi"), self.tr("Esci"))
        self.setMinimumWidth(380)
        self._watch = QTimer(self)
        self._watch.setInterval(STORE_POLL_MS)
        self._watch.timeout.connect(self._on_watch_timeout)
        self._watch.start()

    def _on_watch_timeout(self) -> None:
        if self._failed():
            self._watch.stop()
            self.done(FormDialog.DialogCode.Rejected)

    def is_dirty(self) -> bool:
        return False

    def submit(self) -> None:
        """Enter pressed while the database is still being opened waits for it; if it turns out unusable
        the dialog closes as the watch would, so the caller offers the remedy (not an "unexpected error")."""
        try:
            self._store()
        except Exception:
            if not self._failed():
                raise
            self._watch.stop()
            self.done(FormDialog.DialogCode.Rejected)
            return
        super().submit()

    def save(self, confirmed: bool) -> None:
        from app.services.operators import LoginRefused, log_in

        store = self._store()
        try:
            self.actor = log_in(store, self.username.text(), self.password.text())
        except LoginRefused as refused:
            self.password.clear()
            raise ValidationFailed({"password": refused.said}) from None
