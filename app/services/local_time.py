"""Moments stored in UTC read as the desk reads them, in Europe/Rome time (DESIGN 2.2.1) (pure rules).

A calendar day at the desk is not 24 UTC hours on the days the clocks change, so every "today" or "on
this day" query goes through :func:`day_bounds`.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from app.clock import ROME


def local_moment(day: date, at: time) -> datetime:
    """The aware UTC instant of a Rome wall-clock time; a time skipped by the spring change (02:30 on the
    last Sunday of March) is read with the offset in force before the change, as the clock on the wall
    would show it an hour later."""
    return datetime.combine(day, at, ROME).astimezone(UTC)


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """The half-open UTC interval ``[start, end)`` of a Rome calendar day (23 or 25 hours when clocks change)."""
    return local_moment(day, time(0)), local_moment(day + timedelta(days=1), time(0))


def local_day(moment: datetime) -> date:
    return moment.astimezone(ROME).date()


def clock_label(moment: datetime | time) -> str:
    """``9:05``: hours without a leading zero, as Italians write opening hours."""
    wall = moment.astimezone(ROME).time() if isinstance(moment, datetime) else moment
    return f"{wall.hour}:{wall.minute:02d}"


def moment_label(moment: datetime) -> str:
    """``25/11/2026 9:05`` in Rome time."""
    return f"{moment.astimezone(ROME):%d/%m/%Y} {clock_label(moment)}"


def start_of_local_day(day: date) -> datetime:
    """Where a date without a time (a due date) sorts among moments: the start of that Rome day, in UTC."""
    return local_moment(day, time(0))


def require_aware(moment: datetime, what: str) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{what}: a naive datetime is ambiguous, pass an aware one")
    return moment.astimezone(UTC)
