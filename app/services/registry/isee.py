"""ISEE attestations: validity and which one applies on a date (DESIGN 2, pure rules)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Protocol, TypeVar

from app.services.dates import add_months
from app.vocabulary import IseeKind

PROTOCOL_PATTERN = re.compile(r"^INPS-ISEE-\d{4}-[A-Z0-9]{9}-\d{2}$")
PROTOCOL_EXAMPLE = "INPS-ISEE-2026-123456789-00"

A = TypeVar("A", bound="DatedIsee")


def isee_valid_until(kind: IseeKind, filing_date: date) -> date:
    """Ordinario: 31 December of the filing year. Corrente: the day before the same date six months later
    (that date clamped to the end of a shorter month): filed 2026-03-15 -> 2026-09-14;
    filed 2026-08-31 -> 2027-02-28 is the date six months later, so valid through 2027-02-27."""
    if kind is IseeKind.ORDINARIO:
        return date(filing_date.year, 12, 31)
    return add_months(filing_date, 6) - timedelta(days=1)


def protocol_looks_right(protocol: str) -> bool:
    return bool(PROTOCOL_PATTERN.match(protocol.strip().upper()))


class DatedIsee(Protocol):
    kind: IseeKind
    filing_date: date


def applicable_attestation(attestations: Iterable[A], day: date) -> A | None:
    """The attestation that counts on ``day``: a valid corrente beats a valid ordinario; the latest filed wins."""
    valid = [a for a in attestations if a.filing_date <= day <= isee_valid_until(a.kind, a.filing_date)]
    if not valid:
        return None
    return max(valid, key=lambda a: (a.kind is IseeKind.CORRENTE, a.filing_date))
