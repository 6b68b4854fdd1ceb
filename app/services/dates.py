"""Calendar dates as operators type them (``15/03/2026``) and as files carry them (ISO)."""

from __future__ import annotations

import calendar
import re
from datetime import UTC, date, datetime, time

from app.clock import ROME
from app.messages import UnreadableText, msg

_DAY_FIRST = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


class DateError(UnreadableText):
    """The text is not a date; the message says how to write one."""


def parse_date(text: str) -> date:
    """Accepts ``gg/mm/aaaa`` (also with ``.`` or ``-``) and ISO ``aaaa-mm-gg``."""
    value = text.strip()
    match = _DAY_FIRST.match(value)
    if match:
        day, month, year = (int(part) for part in match.groups())
    else:
        match = _ISO.match(value)
        if not match:
            raise DateError(msg("Data non leggibile: «{text}». Scrivere gg/mm/aaaa, per esempio 15/03/2026.").fill(text=value))
        year, month, day = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise DateError(msg("La data {text} non esiste nel calendario.").fill(text=value)) from None


def format_date(day: date | None) -> str:
    return "" if day is None else f"{day:%d/%m/%Y}"


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, on the last day of the month when that month is shorter."""
    month_index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(month_index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def whole_months_between(start: date, end: date) -> int:
    """Completed months from ``start`` to ``end``: the same day of the month completes a month."""
    months = (end.year - start.year) * 12 + (end.month - start.month)
    if add_months(start, months) > end:
        months -= 1
    return months


_DAY_AND_TIME = re.compile(r"^(?P<day>\S+)\s+(?P<hours>\d{1,2})[:.](?P<minutes>\d{2})$")


def parse_local_datetime(text: str) -> datetime:
    """``21/11/2026 10:35`` (Europe/Rome wall-clock time, as the desk reads it) -> an aware UTC datetime."""
    match = _DAY_AND_TIME.match(" ".join(text.split()))
    if not match:
        raise DateError(
            msg("Data e ora non leggibili: «{text}». Scrivere gg/mm/aaaa hh:mm, per esempio 15/03/2026 10:30.").fill(text=text.strip())
        )
    day = parse_date(match.group("day"))
    hours, minutes = int(match.group("hours")), int(match.group("minutes"))
    if hours > 23 or minutes > 59:
        raise DateError(msg("L'ora {time} non esiste.").fill(time=f"{hours}:{minutes:02d}"))
    return datetime.combine(day, time(hours, minutes), ROME).astimezone(UTC)


def format_local_datetime(moment: datetime) -> str:
    return f"{moment.astimezone(ROME):%d/%m/%Y %H:%M}"
