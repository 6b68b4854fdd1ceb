"""The one source of "today" and "now".

Tests and demonstrations pin the calendar day with ``PORTIERATO_TODAY=YYYY-MM-DD`` (DESIGN 2.2.1) or with
:func:`pin_today`; everything that needs the date asks this module, never ``date.today()`` directly.
Times are stored in UTC and shown in Europe/Rome time (on Windows the zone data comes from ``tzdata``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

TODAY_VARIABLE = "PORTIERATO_TODAY"
ROME = ZoneInfo("Europe/Rome")

_pinned: date | None = None


def pin_today(day: date | None) -> None:
    """Pin (or, with ``None``, release) the calendar day for this process."""
    global _pinned
    _pinned = day


@contextmanager
def pinned(day: date) -> Iterator[None]:
    """"Today" is ``day`` inside the block (a demonstration dating each step); the pin in force before,
    if any, is put back after it."""
    before = _pinned
    pin_today(day)
    try:
        yield
    finally:
        pin_today(before)


def _pinned_day() -> date | None:
    if _pinned is not None:
        return _pinned
    value = os.environ.get(TODAY_VARIABLE)
    return date.fromisoformat(value) if value else None


def today() -> date:
    return _pinned_day() or datetime.now(ROME).date()


def now_utc() -> datetime:
    """The current instant in UTC; on a pinned day, the current time of day moved onto that day."""
    real = datetime.now(UTC)
    pinned = _pinned_day()
    if pinned is None:
        return real
    local = real.astimezone(ROME)
    return datetime.combine(pinned, local.time(), ROME).astimezone(UTC)


def to_rome(moment: datetime) -> datetime:
    return moment.astimezone(ROME)
