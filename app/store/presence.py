"""Who has the database open, so that a restore is done alone (issue 10).

Every process that opens the embedded database holds an operating-system lock (``filelock``) on a file of
its own in ``<home>/in-uso/``, with a description beside it: what is running, its process id, the
computer, the user, since when. The operating system drops the lock when the process ends, even under
``kill -9``, so a crash never leaves the database locked for good.

A restore takes the gate ``<home>/in-uso/porta.lock``, which every opening passes through too (so nobody
opens the database while it is being swapped), then tries each process's lock: a lock it can take belonged
to a process that has ended, and its files are removed; a lock it cannot take is a process still using the
database, and the restore is refused naming it. This process's own presence does not count: the caller
(the GUI's restore) closes its own connections first.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from filelock import FileLock, Timeout

from app.clock import ROME, now_utc
from app.config import Paths, private_folder
from app.messages import Message, joined, msg

GATE_WAIT_SECONDS = 120
"""How long an opening waits for a restore in progress to end (a large file takes a while to copy)."""
RESTORE_GATE_WAIT_SECONDS = 5

_held: dict[Path, FileLock] = {}
"""This process's presence, per home."""


class DatabaseBusy(Exception):
    """The database is being restored, or is open elsewhere while a restore was asked for."""

    def __init__(self, said: Message) -> None:
        super().__init__(str(said))
        self.said = said


@dataclass(frozen=True)
class Holder:
    """A process that has the database open, as it described itself."""

    program: str
    pid: int
    computer: str
    user: str
    since: datetime

    @property
    def said(self) -> Message:
        moment = self.since.astimezone(ROME)
        return msg("«{program}» (processo {pid} dell'utente {user} su {computer}, aperto il {day} alle {time})").fill(
            program=self.program, pid=self.pid, user=self.user, computer=self.computer,
            day=f"{moment:%d/%m/%Y}", time=f"{moment:%H:%M}",
        )


def _folder(paths: Paths) -> Path:
    return paths.home / "in-uso"


def _lock(path: Path) -> FileLock:
    return FileLock(path, thread_local=False, mode=0o600)


def hold(paths: Paths) -> None:
    """Registers this process as a user of the database of ``paths`` (once per home).

    Waits while a restore is swapping the file; raises :class:`DatabaseBusy` if it does not end in time.
    """
    if paths.home in _held:
        return
    folder = private_folder(_folder(paths))
    gate = _lock(folder / "porta.lock")
    try:
        gate.acquire(timeout=GATE_WAIT_SECONDS)
    except Timeout:
        raise DatabaseBusy(msg("È in corso un ripristino dei dati: riprovare tra qualche minuto.")) from None
    try:
        name = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
        presence = _lock(folder / f"{name}.lock")
        presence.acquire(timeout=0)
        description = folder / f"{name}.json"
        description.write_text(json.dumps(_describe_this_process()), encoding="utf-8")
        description.chmod(0o600)
        _held[paths.home] = presence
    finally:
        gate.release()


def release(paths: Paths) -> None:
    """This process no longer uses the database of ``paths`` (it has closed its connections)."""
    presence = _held.pop(paths.home, None)
    if presence is not None:
        description = Path(presence.lock_file).with_suffix(".json")
        presence.release()
        Path(presence.lock_file).unlink(missing_ok=True)
        description.unlink(missing_ok=True)


def _describe_this_process() -> dict[str, object]:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "?"
    command = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "python"
    arguments = [a for a in sys.argv[1:3] if not a.startswith("-")]
    return {
        "program": " ".join(["portierato" if command in {"portierato", "__main__.py", "cli.py", "main.py"} else command, *arguments]),
        "pid": os.getpid(),
        "computer": socket.gethostname(),
        "user": user,
        "since": now_utc().isoformat(),
    }


@contextmanager
def alone(paths: Paths) -> Iterator[None]:
    """Inside the block no other process has the database open or can open it.

    Raises :class:`DatabaseBusy` naming the processes that use it.
    """
    folder = private_folder(_folder(paths))
    gate = _lock(folder / "porta.lock")
    try:
        gate.acquire(timeout=RESTORE_GATE_WAIT_SECONDS)
    except Timeout:
        raise DatabaseBusy(msg("Un altro ripristino è in corso su questi dati.")) from None
    try:
        holders = _other_holders(paths, folder)
        if holders:
            raise DatabaseBusy(
                msg("Il database è aperto da un altro programma: {holders}. Chiuderlo e riprovare: il ripristino va fatto con i dati non in uso.").fill(
                    holders=joined([holder.said for holder in holders], "; ")
                )
            )
        yield
    finally:
        gate.release()


def _other_holders(paths: Paths, folder: Path) -> list[Holder]:
    mine = _held.get(paths.home)
    holders: list[Holder] = []
    for lock_file in sorted(folder.glob("*.lock")):
        if lock_file.name == "porta.lock" or (mine is not None and Path(mine.lock_file) == lock_file):
            continue
        description = lock_file.with_suffix(".json")
        candidate = _lock(lock_file)
        try:
            candidate.acquire(timeout=0)
        except Timeout:
            holders.append(_read_holder(description))
            continue
        candidate.release()
        lock_file.unlink(missing_ok=True)  # a process that has ended: its lock is free
        description.unlink(missing_ok=True)
    return holders


def _read_holder(description: Path) -> Holder:
    try:
        data = json.loads(description.read_text(encoding="utf-8"))
        return Holder(str(data["program"]), int(data["pid"]), str(data["computer"]), str(data["user"]), datetime.fromisoformat(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return Holder("portierato", 0, "?", "?", now_utc())
