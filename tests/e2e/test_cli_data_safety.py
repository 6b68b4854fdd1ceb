"""The command line on a bad day (issue 10, sections 2 and 4): a lost or empty database is never replaced
by a new empty one, the demo never lands on real work, an unusable home is said in Italian, files are
their owner's only."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from tests.e2e.conftest import counts, database, run_cli


@pytest.mark.parametrize("command", [("check",), ("backup",), ("export", "visits", "--from", "2026-11-01", "--to", "2026-11-21", "--out", "visite.csv"), ("demo",)])
def test_an_empty_database_file_is_never_replaced_by_a_new_one(demo_home: Path, tmp_path: Path, command: tuple[str, ...]) -> None:
    database(demo_home).write_bytes(b"")
    for log in demo_home.glob("portierato.sqlite3-*"):
        log.unlink()

    run = run_cli(*[str(tmp_path / part) if part.endswith(".csv") else part for part in command], home=demo_home)

    assert run.code == 3, run
    assert f"Il file dei dati {database(demo_home)} è vuoto (0 byte)." in run.stdout + run.stderr
    assert database(demo_home).stat().st_size == 0


@pytest.mark.parametrize("command", [("backup",), ("demo",), ("check",)])
def test_a_configured_laptop_whose_database_is_gone_gets_no_new_empty_one(demo_home: Path, command: tuple[str, ...]) -> None:
    for file in [database(demo_home), *demo_home.glob("portierato.sqlite3-*")]:
        file.unlink()
    for backup in (demo_home / "backups").glob("*.sqlite3"):
        backup.unlink()

    run = run_cli(*command, home=demo_home)

    assert run.code == 3, run
    assert "non c'è più" in run.stdout + run.stderr or "non esiste" in run.stdout + run.stderr
    assert not database(demo_home).exists()


def test_the_missing_database_offers_the_latest_backup(demo_home: Path) -> None:
    assert run_cli("backup", home=demo_home).code == 0
    database(demo_home).unlink()

    run = run_cli("export", "visits", "--from", "2026-11-01", "--to", "2026-11-21", "--out", str(demo_home / "v.csv"), home=demo_home)

    assert run.code == 3
    assert "L'ultima copia di sicurezza è del " in run.stderr and "portierato restore" in run.stderr
    assert not database(demo_home).exists()


def test_the_demo_refuses_a_configured_laptop_with_its_own_operators_and_writes_nothing(tmp_path: Path) -> None:
    home = tmp_path / "sportello"
    setup = run_cli("setup", "--office", "CEL", "--username", "mrossi", "--full-name", "Mario Rossi", "--password-stdin", home=home, stdin="password-lunga\n")
    assert setup.code == 0, setup
    before = counts(home)

    run = run_cli("demo", "--households", "5", home=home)

    assert run.code == 1, run
    assert "Il database ha già degli utenti (mrossi)" in run.stderr
    assert counts(home) == before


def test_a_home_that_is_a_file_or_cannot_be_made_is_said_in_italian(tmp_path: Path) -> None:
    a_file = tmp_path / "un-file"
    a_file.write_text("non una cartella", encoding="utf-8")
    for home, cause in ((a_file, "è un file, non una cartella"), (a_file / "sotto", "è un file, non una cartella"), (Path("/sys/portierato"), "")):
        run = run_cli("check", home=home)
        assert run.code == 3, run
        assert run.stderr.startswith(f"La cartella dei dati {home} non si può usare: "), run.stderr
        assert cause in run.stderr
        assert "Errno" not in run.stderr and "Permission denied" not in run.stderr


def test_what_the_command_line_writes_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    home = tmp_path / "home"
    old = os.umask(0o022)
    try:
        assert run_cli("demo", "--households", "3", home=home).code == 0
        assert run_cli("backup", home=home).code == 0
        export = tmp_path / "visite.csv"
        assert run_cli("export", "visits", "--from", "2026-11-01", "--to", "2026-11-21", "--out", str(export), home=home).code == 0
    finally:
        os.umask(old)
    files = [p for p in home.rglob("*") if p.is_file() and not p.name.endswith(".lock")] + [export]
    assert files and all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in files), [(p.name, oct(p.stat().st_mode)) for p in files]
    folders = [home, *(p for p in home.rglob("*") if p.is_dir())]
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o700 for p in folders), [(p.name, oct(p.stat().st_mode)) for p in folders]


def test_backup_out_refuses_a_missing_folder(demo_home: Path, tmp_path: Path) -> None:
    run = run_cli("backup", "--out", str(tmp_path / "manca" / "copia.sqlite3"), home=demo_home)

    assert run.code == 1
    assert f"La cartella {tmp_path / 'manca'} non esiste" in run.stderr
    assert not (tmp_path / "manca").exists()


def test_restore_of_another_laptops_backup_needs_other_site(demo_home: Path, tmp_path: Path) -> None:
    copy = tmp_path / "altro.sqlite3"
    assert run_cli("backup", "--out", str(copy), home=demo_home).code == 0
    connection = sqlite3.connect(copy)
    with connection:
        connection.execute("UPDATE sites SET code = 'LAZ9'")
    connection.close()

    refused = run_cli("restore", str(copy), home=demo_home)
    assert refused.code == 1
    assert refused.stdout.startswith("La copia è stata scritta su un altro computer: postazione LAZ9")
    assert f'portierato restore "{copy}" --other-site' in refused.stderr

    confirmed = run_cli("restore", str(copy), "--other-site", home=demo_home)
    assert confirmed.code == 0, confirmed
