"""Restores and backups that never lose anything (issue 10, section 1), on real files and real processes."""

from __future__ import annotations

import os
import resource
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import text

from app.config import Paths
from app.services.operators import OperatorForm, create_operator
from app.store import presence
from app.store.backups import BackupError, list_backups, list_safety_copies, restore_backup, take_backup
from app.store.opening import open_database
from app.store.sqlite_files import integrity_problem
from app.vocabulary import Role
from tests.conftest import Desk


def add_operator(desk: Desk, username: str) -> None:
    create_operator(desk.uow(), OperatorForm(username, f"Operatore {username}", Role.OPERATOR), "password-lunga")


def usernames(paths: Paths) -> set[str]:
    opened = open_database(paths)
    try:
        with opened.engine.connect() as connection:
            return set(connection.execute(text("SELECT username FROM operators")).scalars())
    finally:
        opened.engine.dispose()


def test_restoring_each_of_the_last_ten_backups_in_turn_always_succeeds(desk: Desk) -> None:
    """Today the safety copy pushed the oldest listed backup out of the rotation before it was read."""
    taken: list[tuple[Path, str]] = []
    for number in range(10):
        add_operator(desk, f"op{number}")
        taken.append((take_backup(desk.paths, reason="chiusura"), f"op{number}"))
    desk.store.engine.dispose()
    listed = {backup.path for backup in list_backups(desk.paths)}
    assert listed == {path for path, _ in taken}

    for path, newest_operator in [*reversed(taken), *taken]:
        kept = restore_backup(desk.paths, path)
        assert kept is not None and kept.parent == desk.paths.safety_copies
        names = usernames(desk.paths)
        assert newest_operator in names
        assert {f"op{n}" for n in range(10)} - names == {f"op{n}" for n in range(int(newest_operator[2:]) + 1, 10)}

    assert {backup.path for backup in list_backups(desk.paths)} == listed
    assert len(list_safety_copies(desk.paths)) == 10  # rotated among themselves, listed apart


def test_restoring_a_safety_copy_keeps_it_even_when_it_is_the_oldest(desk: Desk) -> None:
    first = take_backup(desk.paths)
    desk.store.engine.dispose()
    for _ in range(10):
        restore_backup(desk.paths, first)
    oldest = list_safety_copies(desk.paths)[-1].path

    restore_backup(desk.paths, oldest)

    assert oldest.exists()
    assert len(list_safety_copies(desk.paths)) == 11  # the ten newest, and the one restored


def test_the_restored_file_has_no_old_log_beside_it_and_the_current_writes_are_kept(desk: Desk) -> None:
    backup = take_backup(desk.paths)
    add_operator(desk, "nel-wal")  # committed, still in the write-ahead log
    desk.store.engine.dispose()

    kept = restore_backup(desk.paths, backup)

    assert not Path(f"{desk.paths.database}-wal").exists() and not Path(f"{desk.paths.database}-shm").exists()
    assert kept is not None and integrity_problem(kept) is None
    connection = sqlite3.connect(f"file:{kept.as_posix()}?mode=ro&immutable=1", uri=True)
    try:
        assert "nel-wal" in {row[0] for row in connection.execute("SELECT username FROM operators")}
    finally:
        connection.close()
    assert "nel-wal" not in usernames(desk.paths)


HOLD_THE_DATABASE = textwrap.dedent(
    """
    import sys, time
    from app.config import resolve_paths
    from app.store.opening import open_database
    opened = open_database(resolve_paths(sys.argv[1]))
    print("aperto", flush=True)
    time.sleep(600)
    """
)


def test_a_restore_is_refused_while_another_process_has_the_database_open(desk: Desk) -> None:
    backup = take_backup(desk.paths)
    add_operator(desk, "dopo-la-copia")
    desk.store.engine.dispose()
    before = desk.paths.database.read_bytes()
    other = subprocess.Popen(  # noqa: S603 (our own program)
        [sys.executable, "-c", HOLD_THE_DATABASE, str(desk.paths.home)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "aperto"

        with pytest.raises(BackupError) as caught:
            restore_backup(desk.paths, backup)

        said = str(caught.value)
        assert said.startswith("Il database è aperto da un altro programma:")
        assert f"processo {other.pid} " in said and "Chiuderlo e riprovare" in said
        assert desk.paths.database.read_bytes() == before
        assert list_safety_copies(desk.paths) == []
    finally:
        other.send_signal(signal.SIGKILL)  # as when a laptop is switched off: the OS frees the lock
        other.wait()

    restore_backup(desk.paths, backup)
    assert "dopo-la-copia" not in usernames(desk.paths)


def _limited_file_size(limit: int) -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


WRITE_FAILS = 64 * 1024
"""A file-size limit below the database's size: every copy fails halfway, as on a full disk."""


def _in_a_process_whose_writes_fail(code: str, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 (our own program)
        [sys.executable, "-c", textwrap.dedent(code), *arguments],
        capture_output=True, text=True, preexec_fn=lambda: _limited_file_size(WRITE_FAILS), timeout=120, check=False,
    )


def test_a_backup_that_fails_halfway_leaves_no_partial_file(desk: Desk) -> None:
    desk.store.engine.dispose()
    assert desk.paths.database.stat().st_size > WRITE_FAILS

    done = _in_a_process_whose_writes_fail(
        """
        import sys
        from app.config import resolve_paths
        from app.store.backups import BackupError, take_backup
        try:
            take_backup(resolve_paths(sys.argv[1]))
        except BackupError as error:
            print(error)
        """,
        str(desk.paths.home),
    )

    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("La copia non è riuscita: Errore di lettura o scrittura del disco"), done.stdout
    assert "error" not in done.stdout.lower().replace("errore", "")
    assert list(desk.paths.backups.iterdir()) == []


def test_a_restore_that_fails_halfway_leaves_the_current_database_in_place(desk: Desk) -> None:
    add_operator(desk, "resta")
    backup = take_backup(desk.paths)
    desk.store.engine.dispose()
    presence.release(desk.paths)  # this process is done with the database: the other one restores alone
    before = desk.paths.database.read_bytes()

    done = _in_a_process_whose_writes_fail(
        """
        import sys
        from pathlib import Path
        from app.config import resolve_paths
        from app.store.backups import BackupError, restore_backup
        try:
            restore_backup(resolve_paths(sys.argv[1]), Path(sys.argv[2]))
        except BackupError as error:
            print(error)
        """,
        str(desk.paths.home),
        str(backup),
    )

    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(
        "Il ripristino non è stato fatto e i dati attuali sono rimasti al loro posto. La copia non è riuscita: "
        "Errore di lettura o scrittura del disco"
    ), done.stdout
    assert desk.paths.database.read_bytes() == before
    assert integrity_problem(desk.paths.database) is None
    assert [p.name for p in desk.paths.home.rglob("*") if p.name.endswith((".ripristino", ".part"))] == []
    assert list_safety_copies(desk.paths) == []
    assert "resta" in usernames(desk.paths)


def test_the_files_of_the_data_are_their_owners_only_whatever_the_umask(desk: Desk, tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        from app.config import keep_files_private

        keep_files_private()
        backup = take_backup(desk.paths)
        out_folder = tmp_path / "chiavetta"
        out_folder.mkdir()
        out = take_backup(desk.paths, out=out_folder / "copia.sqlite3")
    finally:
        os.umask(old)
    assert backup.stat().st_mode & 0o777 == 0o600
    assert out.stat().st_mode & 0o777 == 0o600
    for folder in (desk.paths.home, desk.paths.backups, desk.paths.logs):
        assert folder.stat().st_mode & 0o777 == 0o700
    assert desk.paths.database.stat().st_mode & 0o777 == 0o600
