"""What every window needs: where the data is, who is logged in, and the app-wide change signal."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from app.config import LaptopIdentity, Paths
from app.services.unit_of_work import Actor, Store, UnitOfWork


class DataEvents(QObject):
    """One app-wide signal (Anki's OpChanges idea): services changed ``kind`` data; views refresh if concerned.

    Kinds used: ``"households"`` (registry rows), ``"persons"``, ``"visits"``, ``"follow_ups"``,
    ``"appointments"``, ``"activities"``, ``"operators"``, ``"offices"``, ``"catalogues"``, ``"settings"``,
    ``"database"`` (replaced wholesale, e.g. after a restore).
    """

    changed = Signal(str)


@dataclass
class DeskContext:
    paths: Paths
    store: Store
    identity: LaptopIdentity
    actor: Actor
    events: DataEvents

    def uow(self, *, write: bool = True) -> UnitOfWork:
        return UnitOfWork(self.store, self.actor, write=write)

    def reader(self) -> UnitOfWork:
        return UnitOfWork(self.store, self.actor, write=False)
