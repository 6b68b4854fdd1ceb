"""The one engine factory: SQLite pragmas and how transactions begin (CONVENTIONS 8)."""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection

BUSY_TIMEOUT_MS = 10_000
CACHE_KIB = 65_536
IMMEDIATE = "portierato_begin_immediate"
"""Execution option: begin the transaction with ``BEGIN IMMEDIATE`` (take the write lock at once)."""


def make_engine(url: str) -> Engine:
    """The only place engines are made: pragmas and transaction handling for SQLite live here."""
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False})
    event.listen(engine, "connect", _configure_sqlite_connection)
    event.listen(engine, "begin", _begin_sqlite_transaction)
    return engine


def _configure_sqlite_connection(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # pysqlite's own implicit transactions are switched off so that SQLAlchemy's "begin" event decides
    # when a transaction starts and whether it takes the write lock at once (SQLAlchemy pysqlite docs).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    # the registry list scans an index of the whole registry per keystroke: keep it in memory
    cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    cursor.close()


def _begin_sqlite_transaction(connection: Connection) -> None:
    immediate = connection.get_execution_options().get(IMMEDIATE, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
