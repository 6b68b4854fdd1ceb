"""What every window needs: where the data is, who is logged in, and the app-wide change signal."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from app.config import LaptopIdentity, Paths
from app.services.unit_of_work import Actor, Store, UnitOfWork
from app.vocabulary import Change


class DataEvents(QObject):
    """One app-wide signal (Anki's OpChanges idea): ``changed(kinds)``, a ``frozenset`` of
    :class:`~app.vocabulary.Change`, after every commit of a unit of work made by :meth:`DeskContext.uow`.

    The kinds come from the rows the transaction wrote (app/services/unit_of_work.py), so no screen
    announces a change itself; each view refreshes when a kind it shows is among them. A commit on a
    worker thread (an import) reaches the views on the GUI thread, as queued signals do.
    """

    changed = Signal(object)

    def announce(self, kinds: frozenset[Change]) -> None:
        self.changed.emit(kinds)


@dataclass
class DeskContext:
    paths: Paths
    store: Store
    identity: LaptopIdentity
    actor: Actor
    events: DataEvents

    def uow(self, *, write: bool = True) -> UnitOfWork:
        return UnitOfWork(self.store, self.actor, write=write, on_commit=self.events.announce)

    def reader(self) -> UnitOfWork:
        return UnitOfWork(self.store, self.actor, write=False)
