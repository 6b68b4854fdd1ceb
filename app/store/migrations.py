"""Runs Alembic from inside the program; imported only when the schema is not at the head revision."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text

from app.store.database import MIGRATIONS_FOLDER


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_FOLDER))
    return config


def known_revisions() -> set[str]:
    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def upgrade_to_head(engine: Engine) -> None:
    """Upgrade with foreign keys off: batch mode rebuilds SQLite tables, which enforced keys would block.

    The keys are checked once the new schema is in place, in the same transaction, so a migration that
    broke a reference is rolled back whole.
    """
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
