"""Backups and restores as the screens use them (app/services/maintenance.py): who may, what is listed."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services import maintenance
from app.services.errors import PermissionDenied, ServiceError
from tests.conftest import Desk


def test_only_a_coordinator_may_replace_the_database(desk: Desk) -> None:
    copy = maintenance.take_backup(desk.paths)
    desk.store.engine.dispose()
    for actor in (desk.operator, desk.tenant_manager):
        with pytest.raises(PermissionDenied, match="Solo un coordinatore può ripristinare"):
            maintenance.restore(desk.paths, copy, actor)
    assert [found.path for found in maintenance.backup_copies(desk.paths)] == [copy]

    kept = maintenance.restore(desk.paths, copy, desk.coordinator).kept

    assert kept is not None and kept.exists()
    assert {found.reason for found in maintenance.backup_copies(desk.paths)} == {"manuale", "prima-del-ripristino"}


def test_the_copies_are_listed_newest_first_with_their_size(desk: Desk) -> None:
    first = maintenance.take_backup(desk.paths, reason="manuale")
    second = maintenance.take_backup(desk.paths, reason="chiusura")

    copies = maintenance.backup_copies(desk.paths)

    assert [(found.path, found.reason) for found in copies] == [(second, "chiusura"), (first, "manuale")]
    assert all(found.size_bytes == found.path.stat().st_size > 0 for found in copies)


def test_a_copy_into_a_folder_that_cannot_be_written_is_refused_with_the_reason(desk: Desk) -> None:
    blocker = desk.paths.home / "un-file"
    blocker.write_text("non una cartella", encoding="utf-8")

    with pytest.raises(ServiceError, match=f"^La cartella {blocker} non esiste"):
        maintenance.take_backup(desk.paths, out=blocker / "copia.sqlite3")

    # /sys refuses new files even to root, who is not stopped by a folder's permissions
    with pytest.raises(ServiceError, match="^La copia non è riuscita: Mancano i permessi per scrivere in /sys"):
        maintenance.take_backup(desk.paths, out=Path("/sys/copia.sqlite3"))
