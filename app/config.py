"""Where Portierato keeps its files, and this laptop's identity.

Everything lives under one *home* folder: the platform's user data folder (platformdirs), unless
``--home DIR`` or ``PORTIERATO_HOME`` says otherwise (tests and administrators use that). The database is
the SQLite file in the home unless ``PORTIERATO_DATABASE_URL`` points at a shared server (DESIGN 3).

The laptop's site code is kept in a small file of the home and not in the database: when several
laptops share one PostgreSQL database each must still know which one it is (DESIGN 1, 6).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HOME_VARIABLE = "PORTIERATO_HOME"
DATABASE_URL_VARIABLE = "PORTIERATO_DATABASE_URL"
APP_NAME = "Portierato"
APP_AUTHOR = "ComuneDiBergamo"


@dataclass(frozen=True)
class Paths:
    home: Path

    @property
    def database(self) -> Path:
        return self.home / "portierato.sqlite3"

    @property
    def backups(self) -> Path:
        return self.home / "backups"

    @property
    def logs(self) -> Path:
        return self.home / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs / "portierato.log"

    @property
    def laptop_file(self) -> Path:
        return self.home / "laptop.json"

    def database_url(self) -> str:
        return os.environ.get(DATABASE_URL_VARIABLE) or f"sqlite:///{self.database.as_posix()}"

    def uses_embedded_database(self) -> bool:
        return self.database_url().startswith("sqlite:")

    @property
    def safety_copies(self) -> Path:
        """Copies taken before a restore: apart from the rotation, so that they never push out a backup."""
        return self.backups / "prima-del-ripristino"

    def ensure(self) -> "Paths":
        for folder in (self.home, self.backups, self.logs):
            private_folder(folder)
        return self


PRIVATE_UMASK = 0o077
"""Files the program creates are its user's only (0600, folders 0700), whatever the session's umask."""


def keep_files_private() -> None:
    """Called by the entry points before anything is written: the database, backups, logs, the identity
    file and exports hold personal data (DESIGN 4). On Windows the home under the user's profile already
    inherits access for that user only."""
    os.umask(PRIVATE_UMASK)


def private_folder(folder: Path) -> Path:
    """``folder``, made if missing, readable by its owner only (also when it was made earlier, more open)."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        folder.chmod(0o700)
    return folder


def make_private(file: Path) -> None:
    """A file made earlier under a laxer umask is closed to others (POSIX; a no-op elsewhere)."""
    if os.name == "posix" and file.exists():
        file.chmod(0o600)


def resolve_paths(home: str | os.PathLike[str] | None = None) -> Paths:
    """The home given on the command line wins over the environment, which wins over the platform default."""
    if home is None:
        home = os.environ.get(HOME_VARIABLE) or None
    if home is None:
        from platformdirs import user_data_dir

        home = user_data_dir(APP_NAME, APP_AUTHOR, roaming=False)
    return Paths(Path(home).expanduser().resolve())


@dataclass(frozen=True)
class LaptopIdentity:
    """Which desk this laptop serves and the site code stamped on every row and receipt it writes."""

    site_code: str
    office_code: str


def read_laptop_identity(paths: Paths) -> LaptopIdentity | None:
    data = _identity_data(paths)
    if "site_code" not in data or "office_code" not in data:
        return None
    return LaptopIdentity(site_code=data["site_code"], office_code=data["office_code"])


def _identity_data(paths: Paths) -> dict[str, Any]:
    try:
        data = json.loads(paths.laptop_file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    return data if isinstance(data, dict) else {}


def _write_identity_data(paths: Paths, data: dict[str, Any]) -> None:
    private_folder(paths.home)
    temporary = paths.laptop_file.with_suffix(".tmp")
    temporary.write_text(json.dumps(data, indent=2, sort_keys=True), encoding="utf-8")
    make_private(temporary)
    os.replace(temporary, paths.laptop_file)


def write_laptop_identity(paths: Paths, identity: LaptopIdentity) -> None:
    with _identity_lock(paths):
        data = _identity_data(paths)
        data.update(site_code=identity.site_code, office_code=identity.office_code)
        _write_identity_data(paths, data)


def _identity_lock(paths: Paths) -> Any:
    from filelock import FileLock

    private_folder(paths.home)
    return FileLock(paths.home / "laptop.json.lock", thread_local=False, mode=0o600)


def receipt_marks(paths: Paths) -> dict[tuple[str, int], int]:
    """The last receipt number issued on this laptop in each series (``(site, year)``), kept outside the
    database so that restoring an older backup can never make a number be issued twice (issue 10)."""
    marks = _identity_data(paths).get("receipt_marks", {})
    found: dict[tuple[str, int], int] = {}
    for series, last in marks.items():
        site, _, year = str(series).partition("/")
        if year.isdigit() and isinstance(last, int):
            found[(site, int(year))] = last
    return found


def raise_receipt_mark(paths: Paths, site: str, year: int, number: int) -> None:
    """Records that ``number`` was issued in the series; a lower number never lowers the mark."""
    with _identity_lock(paths):
        data = _identity_data(paths)
        marks = data.setdefault("receipt_marks", {})
        key = f"{site}/{year}"
        if marks.get(key, 0) < number:
            marks[key] = number
            _write_identity_data(paths, data)
