"""The upgrade path at start: a database of an older schema is backed up, then migrated, data intact.

The test adds a migration after the newest real one, in a copy of the migrations folder.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

import app.store.migrations
from app.services.registry import households
from app.services.registry.forms import HouseholdForm, PersonForm
from app.store.backups import list_backups
from app.store.opening import open_database
from tests.conftest import Desk

REAL_HEAD = app.store.migrations.HEAD_REVISION
SECOND_MIGRATION = '''"""test: a column added after the newest real revision"""

import sqlalchemy as sa
from alembic import op

revision = "9002"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("households") as batch_op:
        batch_op.add_column(sa.Column("added_later", sa.String(length=20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("households") as batch_op:
        batch_op.drop_column("added_later")
'''


@pytest.fixture
def newer_program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This program, as if a release had added migration 0002."""
    folder = tmp_path / "migrations"
    shutil.copytree(app.store.migrations.MIGRATIONS_FOLDER, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "9002_test.py").write_text(SECOND_MIGRATION.replace("{head}", REAL_HEAD), encoding="utf-8")
    monkeypatch.setattr(app.store.migrations, "MIGRATIONS_FOLDER", folder)
    monkeypatch.setattr(app.store.migrations, "HEAD_REVISION", "9002")
    return folder


def test_an_older_database_is_backed_up_then_migrated_with_its_data(desk: Desk, newer_program: Path) -> None:
    households.create_household(
        desk.uow(),
        HouseholdForm(code="BG-1", street="via Rovelli", house_number="3"),
        PersonForm(surname="Mazzà", name="Giulia", codice_fiscale="CNTCHR83T41D969D"),
    )
    desk.store.engine.dispose()

    opened = open_database(desk.paths)

    assert opened.migrated_from == REAL_HEAD
    backups = list_backups(desk.paths)
    assert [b.reason for b in backups] == [f"prima-aggiornamento-{REAL_HEAD}"]
    with sqlite3.connect(backups[0].path) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (REAL_HEAD,)
        assert copy.execute("SELECT code FROM households").fetchall() == [("BG-1",)]
    with opened.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == "9002"
        columns = {row[1] for row in connection.exec_driver_sql("PRAGMA table_info(households)")}
        assert "added_later" in columns
        assert connection.exec_driver_sql("SELECT code FROM households").fetchall() == [("BG-1",)]
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    opened.engine.dispose()

    again = open_database(desk.paths)
    assert again.migrated_from is None
    assert len(list_backups(desk.paths)) == 1
    again.engine.dispose()
