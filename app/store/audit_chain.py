"""The audit trail as a chain (issue 10, point 3.1): pure rules, no database.

Every entry carries its site, a sequence number per site with no gaps, and the SHA-256 of the previous
entry of that site; its own hash is taken over its canonical JSON (keys sorted, no spaces, UTF-8), the
previous hash included. Whoever edits, deletes or inserts an entry with a database tool breaks the chain
at that point, and ``portierato check`` names it. The chain has no secret key: it shows tampering by hand,
not by someone who recomputes every later hash; and removing the newest entries of a site leaves no gap to
find. The README says so.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

GENESIS = "0" * 64
"""The "previous hash" of a site's first entry."""


@dataclass(frozen=True)
class ChainedEntry:
    """The fields an entry's hash covers, as stored."""

    site: str
    sequence: int
    previous_hash: str
    at: datetime
    operator_id: str | None
    operator_name: str
    entity: str
    entity_id: str
    action: str
    changes: str
    entry_hash: str = ""


def entry_hash(entry: ChainedEntry) -> str:
    canonical = {
        "action": entry.action,
        "at": entry.at.astimezone(UTC).isoformat(timespec="microseconds"),
        "changes": entry.changes,
        "entity": entry.entity,
        "entity_id": entry.entity_id,
        "operator_id": entry.operator_id,
        "operator_name": entry.operator_name,
        "previous_hash": entry.previous_hash,
        "sequence": entry.sequence,
        "site": entry.site,
    }
    text = json.dumps(canonical, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def stored_moment(value: object) -> datetime:
    """An entry's moment as a raw query returns it: naive UTC, a string on SQLite."""
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def stored_uuid_text(value: object) -> str | None:
    """An operator's id as the hash takes it (a UUID's text); SQLite stores it as 32 hex digits."""
    if value is None:
        return None
    return str(value if isinstance(value, uuid.UUID) else uuid.UUID(str(value)))


class BreakKind(StrEnum):
    ALTERED = "altered"
    """The entry's content no longer matches its hash."""
    REMOVED = "removed"
    """A sequence number is missing."""
    REPLACED = "replaced"
    """The entry was written outside the program with a hash of its own: the next one (or, at a
    duplicate number, this one) does not chain onto it."""


@dataclass(frozen=True)
class ChainBreak:
    kind: BreakKind
    site: str
    sequence: int
    entry: ChainedEntry | None
    """The entry at that point (none for a removed one)."""


def first_break(entries: Iterable[ChainedEntry]) -> ChainBreak | None:
    """The first point where one site's entries, in order of sequence, stop forming the chain."""
    expected, previous = 1, GENESIS
    before: ChainedEntry | None = None
    for entry in entries:
        if entry.sequence > expected:
            return ChainBreak(BreakKind.REMOVED, entry.site, expected, None)
        if entry.sequence < expected:
            return ChainBreak(BreakKind.REPLACED, entry.site, entry.sequence, entry)
        if entry_hash(entry) != entry.entry_hash:
            return ChainBreak(BreakKind.ALTERED, entry.site, entry.sequence, entry)
        if entry.previous_hash != previous:
            if before is None:
                return ChainBreak(BreakKind.REPLACED, entry.site, entry.sequence, entry)
            return ChainBreak(BreakKind.REPLACED, entry.site, before.sequence, before)
        expected, previous, before = expected + 1, entry.entry_hash, entry
    return None
