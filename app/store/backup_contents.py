"""What a backup holds that matters before it replaces the database: whose laptop wrote it, and which
receipts it lacks (issue 10). Read-only looks with sqlite3 at files that are not open as the database.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.store.sqlite_files import open_read_only


@dataclass(frozen=True)
class SiteOfBackup:
    site_code: str
    office_code: str


@dataclass(frozen=True)
class StoredReceipt:
    number: str
    series_site: str
    year: int
    sequence: int
    issued_on: date
    beneficiary_name: str
    amount_cents: int
    household_id: str


def sites_of(file: Path) -> list[SiteOfBackup]:
    """The laptops registered in the file (one for a laptop's own database)."""
    connection = open_read_only(file)
    try:
        rows = connection.execute(
            "SELECT sites.code, offices.code FROM sites JOIN offices ON offices.id = sites.office_id ORDER BY sites.code"
        ).fetchall()
    except sqlite3.OperationalError:  # a database from before sites were recorded
        return []
    finally:
        connection.close()
    return [SiteOfBackup(site, office) for site, office in rows]


def receipts_in(file: Path) -> dict[str, StoredReceipt]:
    """Every receipt of the file, by number."""
    connection = open_read_only(file)
    try:
        rows = connection.execute(
            "SELECT number, series_site, year, sequence, issued_on, beneficiary_name, amount_cents, household_id FROM receipts"
        ).fetchall()
    finally:
        connection.close()
    return {
        number: StoredReceipt(number, site, year, sequence, date.fromisoformat(issued), name, amount, household)
        for number, site, year, sequence, issued, name, amount, household in rows
    }
