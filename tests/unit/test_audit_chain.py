"""The audit trail's chain (app/store/audit_chain.py): every edit, removal or insertion by hand is found."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from app.store.audit_chain import GENESIS, BreakKind, ChainedEntry, entry_hash, first_break


def chain(count: int, site: str = "CEL") -> list[ChainedEntry]:
    entries: list[ChainedEntry] = []
    previous = GENESIS
    for sequence in range(1, count + 1):
        entry = ChainedEntry(
            site=site,
            sequence=sequence,
            previous_hash=previous,
            at=datetime(2026, 11, 21, 9, 0, tzinfo=UTC) + timedelta(minutes=sequence),
            operator_id=None,
            operator_name="Antonio Negro",
            entity="households",
            entity_id=f"id-{sequence}",
            action="update",
            changes='{"phone": ["035 1", "035 2"]}',
        )
        entry = replace(entry, entry_hash=entry_hash(entry))
        entries.append(entry)
        previous = entry.entry_hash
    return entries


def test_an_untouched_chain_has_no_break() -> None:
    assert first_break(chain(5)) is None
    assert first_break([]) is None


def test_the_hash_covers_every_field_and_the_moment_in_utc() -> None:
    entry = chain(1)[0]
    assert len(entry.entry_hash) == 64
    for field, value in (("operator_name", "Altro"), ("changes", "{}"), ("action", "delete"), ("sequence", 2), ("previous_hash", "1" * 64)):
        assert entry_hash(replace(entry, **{field: value})) != entry.entry_hash, field
    rome = entry.at.astimezone(datetime.now().astimezone().tzinfo)
    assert entry_hash(replace(entry, at=rome)) == entry.entry_hash


def test_an_edited_entry_is_named() -> None:
    entries = chain(5)
    entries[2] = replace(entries[2], changes='{"phone": ["035 1", "035 9"]}')

    found = first_break(entries)

    assert found is not None and (found.kind, found.sequence) == (BreakKind.ALTERED, 3)


def test_a_removed_entry_is_named() -> None:
    entries = chain(5)
    del entries[1]

    found = first_break(entries)

    assert found is not None and (found.kind, found.sequence, found.entry) == (BreakKind.REMOVED, 2, None)


def test_an_entry_rewritten_with_a_fresh_hash_is_found_by_the_next_one() -> None:
    entries = chain(5)
    forged = replace(entries[1], operator_name="Qualcun altro", previous_hash=entries[0].entry_hash)
    entries[1] = replace(forged, entry_hash=entry_hash(forged))

    found = first_break(entries)

    assert found is not None and (found.kind, found.sequence) == (BreakKind.REPLACED, 2)


def test_a_first_entry_that_does_not_start_the_chain_is_named() -> None:
    entries = chain(2)
    forged = replace(entries[0], previous_hash="f" * 64)
    entries[0] = replace(forged, entry_hash=entry_hash(forged))

    found = first_break(entries)

    assert found is not None and (found.kind, found.sequence) == (BreakKind.REPLACED, 1)
