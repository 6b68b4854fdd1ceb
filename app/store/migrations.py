"""Schema revisions: the head this program expects, the one a database holds, and Alembic to upgrade.

Alembic's script machinery costs a tenth of a second to import, so it is imported inside the functions
that need it: starting on an up-to-date database compares :data:`HEAD_REVISION` with one query and never
loads it (CONVENTIONS 22).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.engine import Connection

if TYPE_CHECKING:
    from alembic.config import Config

HEAD_REVISION = "0005"
"""The newest migration in app/migrations/versions (a test keeps the two equal)."""

MIGRATIONS_FOLDER = Path(__file__).resolve().parents[1] / "migrations"


def stored_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_FOLDER))
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def is_known_revision(revision: str) -> bool:
    """True for the head and every older revision this program can upgrade from."""
    return revision == HEAD_REVISION or revision in known_revisions()


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def upgrade_to_head(engine: Engine) -> None:
    """Upgrade with foreign keys off: batch mode rebuilds SQLite tables, which enforced keys would block.

    The keys are checked once the new schema is in place, in the same transaction, so a migration that
    broke a reference is rolled back whole.
    """
    from alembic import command

    config = alembic_config()
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            # On the driver connection: through SQLAlchemy the statement would autobegin a transaction
            # (so ``begin()`` below would fail), and SQLite ignores this pragma inside a transaction.
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                if engine.dialect.name == "sqlite":
                    broken = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
                    if broken:
                        raise RuntimeError(f"migration left broken references: {broken[:5]}")
        finally:
            if engine.dialect.name == "sqlite":
                connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")
