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

    def ensure(self) -> "Paths":
        for folder in (self.home, self.backups, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        return self


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
    try:
        data = json.loads(paths.laptop_file.read_text(encoding="utf-8"))
        return LaptopIdentity(site_code=data["site_code"], office_code=data["office_code"])
    except FileNotFoundError:
        return None


def write_laptop_identity(paths: Paths, identity: LaptopIdentity) -> None:
    paths.home.mkdir(parents=True, exist_ok=True)
    temporary = paths.laptop_file.with_suffix(".tmp")
    temporary.write_text(
        json.dumps({"site_code": identity.site_code, "office_code": identity.office_code}, indent=2),
        encoding="utf-8",
    )
    os.replace(temporary, paths.laptop_file)
