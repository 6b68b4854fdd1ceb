"""What the disk says, told apart from a damaged file (issue 10).

A full disk, a read-only folder, missing permissions and an I/O error reach the program as SQLite's
``disk I/O error`` or ``unable to open database file``, or as an ``OSError``; none of them means the database
is damaged, and calling it so once led to a sound file being moved away. Here each becomes the Italian
message of its real cause, with what to do. SQLite's result codes are read from the exception
(``sqlite_errorcode``); where SQLite only says "I/O" the folder is looked at: its free space and whether it
can be written.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from app.messages import Message, msg

LOW_SPACE_BYTES = 4 * 1024 * 1024
"""Below this much free space an I/O failure is taken to be the full disk it nearly always is."""

_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26
_SQLITE_FULL, _SQLITE_IOERR, _SQLITE_READONLY, _SQLITE_CANTOPEN, _SQLITE_PERM = 13, 10, 8, 14, 3
_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6


def is_damage(error: BaseException) -> bool:
    """True only when SQLite says the file's content is broken (corrupt, or not a database at all)."""
    cause = getattr(error, "orig", error)
    return isinstance(cause, sqlite3.DatabaseError) and _primary_code(cause) in {_SQLITE_CORRUPT, _SQLITE_NOTADB}


def _primary_code(error: sqlite3.Error) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def storage_trouble(error: BaseException, folder: Path) -> Message | None:
    """The message of the disk's trouble behind ``error`` (in ``folder``), or ``None`` when it is not one."""
    cause = getattr(error, "orig", error)
    if isinstance(cause, OSError):
        return _os_trouble(cause, folder)
    if not isinstance(cause, sqlite3.Error) or is_damage(cause):
        return None
    code = _primary_code(cause)
    if code == _SQLITE_FULL:
        return full_disk(folder)
    if code == _SQLITE_READONLY or code == _SQLITE_PERM:
        return _unwritable(folder)
    if code in {_SQLITE_BUSY, _SQLITE_LOCKED}:
        return msg("Il file dei dati è occupato da un'altra operazione: riprovare tra poco.")
    if code in {_SQLITE_IOERR, _SQLITE_CANTOPEN} or code is None:
        return _looked_at(folder)
    return msg("Il file dei dati non si può usare in questo momento (codice SQLite {code}): riprovare; se si ripete, chiamare l'assistenza.").fill(code=code)


def home_problem(error: OSError, home: Path) -> Message:
    """The data folder (or its logs) cannot be made or written: said before anything else is tried."""
    return msg("La cartella dei dati {home} non si può usare: {reason}").fill(home=home, reason=_os_trouble(error, home))


def _os_trouble(error: OSError, folder: Path) -> Message:
    where = Path(error.filename).parent if error.filename else folder
    if error.errno in {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}:
        return full_disk(where)
    if error.errno == errno.EROFS:
        return read_only(where)
    if error.errno in {errno.EACCES, errno.EPERM}:
        return no_permission(where)
    if error.errno == errno.EIO:
        return _looked_at(where)
    if error.errno in {errno.ENOTDIR, errno.EEXIST} or isinstance(error, NotADirectoryError):
        return msg("{path} è un file, non una cartella: indicare una cartella.").fill(path=error.filename or folder)
    return msg("Il disco ha rifiutato l'operazione su {path}: {reason}.").fill(path=error.filename or folder, reason=_os_reason(error))


def _os_reason(error: OSError) -> Message:
    return msg("errore di sistema {number}").fill(number=error.errno) if error.errno else msg("errore di sistema")


def _looked_at(folder: Path) -> Message:
    """SQLite said only "I/O" or "cannot open": the folder tells which, by trying to write a file there."""
    existing = _nearest_existing(folder)
    try:
        probe = tempfile.TemporaryFile(dir=existing)
    except OSError as refused:
        if refused.errno in {errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOSPC}:
            return _os_trouble(refused, existing)
    else:
        probe.close()
    try:
        if shutil.disk_usage(existing).free < LOW_SPACE_BYTES:
            return full_disk(existing)
    except OSError:
        pass
    return msg(
        "Errore di lettura o scrittura del disco in {folder}: il disco o la chiavetta potrebbero essere guasti o "
        "scollegati. I dati non risultano danneggiati: fare una copia su un altro disco il prima possibile."
    ).fill(folder=existing)


def _unwritable(folder: Path) -> Message:
    """SQLite said read-only or no permission: a read-only disk, or the folder's permissions."""
    existing = _nearest_existing(folder)
    try:
        read_only_mount = bool(os.statvfs(existing).f_flag & os.ST_RDONLY)  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        read_only_mount = False
    return read_only(existing) if read_only_mount else no_permission(existing)


def full_disk(folder: Path) -> Message:
    try:
        free = shutil.disk_usage(_nearest_existing(folder)).free
    except OSError:
        free = 0
    return msg("Il disco di {folder} è pieno (liberi: {free}): liberare spazio e riprovare. I dati non sono danneggiati.").fill(
        folder=folder, free=size_text(free)
    )


def read_only(folder: Path) -> Message:
    return msg(
        "La cartella {folder} è su un disco in sola lettura: il programma non può scriverci. Indicare un disco "
        "scrivibile o chiedere all'assistenza informatica."
    ).fill(folder=folder)


def no_permission(folder: Path) -> Message:
    return msg(
        "Mancano i permessi per scrivere in {folder}: chiedere all'assistenza informatica di restituirli "
        "all'utente che usa il programma. I dati non sono danneggiati."
    ).fill(folder=folder)


def size_text(size: int) -> str:
    """A file or disk size as an operator reads it: "730 KB", "12,4 MB", "3,1 GB"."""
    if size < 1024 * 1024:
        return f"{size // 1024} KB"
    if size < 1024**3:
        return f"{size / 1024 / 1024:.1f} MB".replace(".", ",")
    return f"{size / 1024**3:.1f} GB".replace(".", ",")


def _nearest_existing(path: Path) -> Path:
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate
    return path
