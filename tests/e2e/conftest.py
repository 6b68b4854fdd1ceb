"""The command line as a user runs it: a subprocess on a home folder of its own (DESIGN 5).

Every run is checked for the one promise all commands share, no traceback on the terminal. Homes made by
the command line itself (``demo``) are built once per session and copied per test, as tests/conftest.py
does with its template database.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

TODAY_TEXT = "2026-11-21"
DEMO_HOUSEHOLDS = 20


@dataclass(frozen=True)
class Run:
    code: int
    stdout: str
    stderr: str

    @property
    def stderr_lines(self) -> list[str]:
        return self.stderr.splitlines()


def cli_environment(**extra: str) -> dict[str, str]:
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PORTIERATO_HOME", "PORTIERATO_DATABASE_URL", "PORTIERATO_TODAY")
    }
    environment.update(
        PORTIERATO_TODAY=TODAY_TEXT,
        QT_QPA_PLATFORM="offscreen",
        PYTHONIOENCODING="utf-8",  # the test reads the Italian texts as UTF-8 whatever the locale
    )
    environment.update(extra)
    return environment


def run_cli(
    *arguments: str | Path,
    home: Path | None = None,
    stdin: str = "",
    environment: dict[str, str] | None = None,
    program: Sequence[str] = (sys.executable, "-m", "app.cli"),
    cwd: Path | None = None,
) -> Run:
    """``portierato ARGUMENTS --home HOME``; asserts that nothing printed a traceback."""
    command = [*program, *map(str, arguments)]
    if home is not None:
        command += ["--home", str(home)]
    finished = subprocess.run(  # noqa: S603 (our own program)
        command,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment or cli_environment(),
        cwd=cwd or Path.cwd(),
        timeout=120,
        check=False,
    )
    run = Run(finished.returncode, finished.stdout, finished.stderr)
    assert "Traceback" not in run.stdout + run.stderr, run
    return run


def copy_home(template: Path, target: Path) -> Path:
    shutil.copytree(template, target)
    return target


def database(home: Path) -> Path:
    return home / "portierato.sqlite3"


def count(home_or_file: Path, table: str) -> int:
    """Rows of ``table`` in a home's database or in a copy; a copy is read as immutable, so that reading it
    leaves no -wal and -shm files beside it (the commands have finished: no one is writing)."""
    file = database(home_or_file) if home_or_file.is_dir() else home_or_file
    immutable = "" if home_or_file.is_dir() else "&immutable=1"
    connection = sqlite3.connect(f"file:{file.as_posix()}?mode=ro{immutable}", uri=True)
    try:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608 (test's own names)
    finally:
        connection.close()


def counts(home_or_file: Path) -> dict[str, int]:
    """What a command that refuses must leave as it was."""
    tables = ("households", "persons", "isee_attestations", "dwellings", "operators", "audit_entries")
    return {table: count(home_or_file, table) for table in tables}


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home filled by ``portierato demo``: configured as desk CEL, with the demo operators and households."""
    home = tmp_path_factory.mktemp("demo-template") / "home"
    run = run_cli("demo", "--households", str(DEMO_HOUSEHOLDS), home=home)
    assert run.code == 0, run
    return home


@pytest.fixture
def demo_home(demo_template: Path, tmp_path: Path) -> Path:
    return copy_home(demo_template, tmp_path / "home")
