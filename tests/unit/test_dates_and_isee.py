"""Calendar dates as typed (DESIGN 2.2.1), month arithmetic, and ISEE validity (DESIGN 2, Household)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.services.dates import DateError, add_months, format_date, parse_date, whole_months_between
from app.services.registry.isee import PROTOCOL_EXAMPLE, applicable_attestation, isee_valid_until, protocol_looks_right
from app.vocabulary import IseeKind

ORDINARIO = IseeKind.ORDINARIO
CORRENTE = IseeKind.CORRENTE

# --- parse_date ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    ["15/03/2026", "15.03.2026", "15-03-2026", "2026-03-15", " 15/03/2026 ", "15/3/2026", "2026-3-15", "15.3.2026"],
)
def test_accepted_date_forms(typed: str) -> None:
    assert parse_date(typed) == date(2026, 3, 15)


def test_single_digit_day_and_month() -> None:
    assert parse_date("5/3/2026") == date(2026, 3, 5)
    assert parse_date("1/1/2000") == date(2000, 1, 1)


@pytest.mark.parametrize("typed", ["29/02/2024", "2024-02-29", "31/12/2026", "01/01/1900"])
def test_edge_dates_that_exist(typed: str) -> None:
    parse_date(typed)


@pytest.mark.parametrize(
    "typed",
    ["31/04/2026", "29/02/2025", "29/02/1900", "2026-02-30", "00/01/2026", "15/13/2026", "15/00/2026", "32/01/2026"],
)
def test_impossible_dates_are_refused(typed: str) -> None:
    with pytest.raises(DateError) as caught:
        parse_date(typed)
    assert str(caught.value) == f"La data {typed} non esiste nel calendario."


@pytest.mark.parametrize(
    "typed",
    ["", "ieri", "15/03/26", "2026/03/15", "15 marzo 2026", "15/03", "03/15/2026x", "15//03/2026", "150/3/2026"],
)
def test_unreadable_dates_say_how_to_write_one(typed: str) -> None:
    with pytest.raises(DateError) as caught:
        parse_date(typed)
    assert str(caught.value) == (
        f"Data non leggibile: «{typed.strip()}». Scrivere gg/mm/aaaa, per esempio 15/03/2026."
    )


def test_month_after_day_is_never_guessed_the_american_way() -> None:
    with pytest.raises(DateError):
        parse_date("03/15/2026")


def test_format_date() -> None:
    assert format_date(date(2026, 3, 5)) == "05/03/2026"
    assert format_date(None) == ""


@settings(max_examples=200)
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_what_is_shown_reads_back(day: date) -> None:
    assert parse_date(format_date(day)) == day
    assert parse_date(day.isoformat()) == day


# --- add_months ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 3, 15), 6, date(2026, 9, 15)),
        (date(2026, 3, 15), 0, date(2026, 3, 15)),
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),  # leap year
        (date(2026, 3, 31), 1, date(2026, 4, 30)),
        (date(2026, 8, 31), 6, date(2027, 2, 28)),
        (date(2027, 8, 31), 6, date(2028, 2, 29)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2024, 2, 29), 48, date(2028, 2, 29)),
        (date(2025, 11, 30), 3, date(2026, 2, 28)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
        (date(2026, 11, 15), 14, date(2028, 1, 15)),
        (date(2026, 1, 15), -1, date(2025, 12, 15)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2024, 3, 31), -1, date(2024, 2, 29)),
        (date(2026, 1, 31), -13, date(2024, 12, 31)),
    ],
)
def test_add_months_clamps_to_the_end_of_a_shorter_month(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


# --- whole_months_between --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "months"),
    [
        (date(2025, 3, 15), date(2026, 3, 15), 12),  # the same day of the month completes the month
        (date(2025, 3, 15), date(2026, 3, 14), 11),
        (date(2025, 3, 15), date(2026, 3, 16), 12),
        (date(2025, 3, 15), date(2025, 3, 15), 0),
        (date(2025, 3, 15), date(2025, 4, 14), 0),
        (date(2025, 3, 15), date(2025, 4, 15), 1),
        (date(2026, 1, 31), date(2026, 2, 28), 1),  # a shorter month completes on its last day
        (date(2026, 1, 31), date(2026, 2, 27), 0),
        (date(2024, 1, 31), date(2024, 2, 28), 0),
        (date(2024, 1, 31), date(2024, 2, 29), 1),
        (date(2024, 2, 29), date(2025, 2, 28), 12),
        (date(2025, 12, 31), date(2026, 1, 30), 0),
        (date(2025, 12, 31), date(2026, 1, 31), 1),
    ],
)
def test_whole_months_between(start: date, end: date, months: int) -> None:
    assert whole_months_between(start, end) == months


@settings(max_examples=200)
@given(start=st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 1, 1)), months=st.integers(0, 600))
def test_whole_months_count_exactly_the_months_added(start: date, months: int) -> None:
    end = add_months(start, months)
    assert whole_months_between(start, end) == months
    if months > 0:
        assert whole_months_between(start, end - timedelta(days=1)) == months - 1


@settings(max_examples=200)
@given(
    start=st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 1, 1)),
    first=st.integers(0, 3000),
    extra=st.integers(0, 3000),
)
def test_whole_months_never_decrease_as_time_passes(start: date, first: int, extra: int) -> None:
    earlier = start + timedelta(days=first)
    later = earlier + timedelta(days=extra)
    assert 0 <= whole_months_between(start, earlier) <= whole_months_between(start, later)


# --- ISEE validity ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("filed", "valid_until"),
    [
        (date(2026, 3, 15), date(2026, 12, 31)),
        (date(2026, 1, 1), date(2026, 12, 31)),
        (date(2026, 12, 31), date(2026, 12, 31)),
    ],
)
def test_ordinario_valid_until_31_december_of_filing_year(filed: date, valid_until: date) -> None:
    assert isee_valid_until(ORDINARIO, filed) == valid_until


@pytest.mark.parametrize(
    ("filed", "valid_until"),
    [
        (date(2026, 3, 15), date(2026, 9, 14)),  # DESIGN 2
        (date(2026, 1, 1), date(2026, 6, 30)),
        (date(2026, 8, 31), date(2027, 2, 27)),  # six months later is 28/02 (clamped): the day before
        (date(2027, 8, 31), date(2028, 2, 28)),  # leap year: 29/02 is six months later
        (date(2026, 7, 31), date(2027, 1, 30)),
        (date(2026, 12, 31), date(2027, 6, 29)),
        (date(2026, 9, 1), date(2027, 2, 28)),
    ],
)
def test_corrente_valid_until_the_day_before_six_months_later(filed: date, valid_until: date) -> None:
    assert isee_valid_until(CORRENTE, filed) == valid_until


@dataclass(frozen=True)
class Attestation:
    kind: IseeKind
    filing_date: date
    label: str = ""


def applicable_label(attestations: list[Attestation], day: date) -> str | None:
    found = applicable_attestation(attestations, day)
    return None if found is None else found.label


def test_corrente_beats_ordinario_when_both_are_valid() -> None:
    attestations = [
        Attestation(ORDINARIO, date(2026, 2, 1), "ordinario"),
        Attestation(CORRENTE, date(2026, 5, 10), "corrente"),
    ]
    assert applicable_label(attestations, date(2026, 5, 9)) == "ordinario"
    assert applicable_label(attestations, date(2026, 5, 10)) == "corrente"  # first valid day
    assert applicable_label(attestations, date(2026, 11, 9)) == "corrente"  # last valid day
    assert applicable_label(attestations, date(2026, 11, 10)) == "ordinario"
    assert applicable_label(attestations, date(2026, 12, 31)) == "ordinario"
    assert applicable_label(attestations, date(2027, 1, 1)) is None


def test_corrente_beats_even_a_later_ordinario() -> None:
    attestations = [
        Attestation(CORRENTE, date(2026, 3, 1), "corrente"),
        Attestation(ORDINARIO, date(2026, 4, 1), "ordinario"),
    ]
    assert applicable_label(attestations, date(2026, 5, 1)) == "corrente"
    assert applicable_label(list(reversed(attestations)), date(2026, 5, 1)) == "corrente"


def test_latest_filed_wins_among_the_same_kind() -> None:
    ordinari = [Attestation(ORDINARIO, date(2026, 3, 1), "marzo"), Attestation(ORDINARIO, date(2026, 1, 20), "gennaio")]
    assert applicable_label(ordinari, date(2026, 2, 1)) == "gennaio"
    assert applicable_label(ordinari, date(2026, 4, 1)) == "marzo"
    correnti = [Attestation(CORRENTE, date(2026, 2, 1), "febbraio"), Attestation(CORRENTE, date(2026, 4, 1), "aprile")]
    assert applicable_label(correnti, date(2026, 5, 1)) == "aprile"
    assert applicable_label(correnti, date(2026, 3, 31)) == "febbraio"


def test_an_expired_corrente_gives_way_to_an_ordinario() -> None:
    attestations = [
        Attestation(ORDINARIO, date(2026, 1, 10), "ordinario"),
        Attestation(CORRENTE, date(2025, 12, 1), "corrente"),
    ]
    assert applicable_label(attestations, date(2026, 5, 31)) == "corrente"  # valid through 31/05/2026
    assert applicable_label(attestations, date(2026, 6, 1)) == "ordinario"


def test_none_valid_gives_none() -> None:
    assert applicable_attestation([], date(2026, 5, 1)) is None
    last_year = [Attestation(ORDINARIO, date(2025, 3, 1), "2025")]
    assert applicable_label(last_year, date(2025, 12, 31)) == "2025"
    assert applicable_label(last_year, date(2026, 1, 1)) is None
    filed_later = [Attestation(CORRENTE, date(2026, 6, 1), "giugno")]
    assert applicable_label(filed_later, date(2026, 5, 31)) is None  # not yet filed
    assert applicable_label(filed_later, date(2026, 6, 1)) == "giugno"
    assert applicable_label(filed_later, date(2026, 11, 30)) == "giugno"
    assert applicable_label(filed_later, date(2026, 12, 1)) is None


def test_any_iterable_of_attestations() -> None:
    found = applicable_attestation((a for a in [Attestation(ORDINARIO, date(2026, 1, 1), "gen")]), date(2026, 6, 1))
    assert found is not None and found.label == "gen"


attestations_strategy = st.lists(
    st.builds(
        Attestation,
        st.sampled_from(list(IseeKind)),
        st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 12, 31)),
    ),
    max_size=6,
)


@settings(max_examples=200)
@given(attestations=attestations_strategy, day=st.dates(min_value=date(2024, 1, 1), max_value=date(2028, 6, 30)))
def test_the_applicable_attestation_is_valid_and_preferred(attestations: list[Attestation], day: date) -> None:
    valid = [a for a in attestations if a.filing_date <= day <= isee_valid_until(a.kind, a.filing_date)]
    found = applicable_attestation(attestations, day)
    if not valid:
        assert found is None
        return
    assert found in valid
    valid_correnti = [a for a in valid if a.kind is CORRENTE]
    if valid_correnti:
        assert found.kind is CORRENTE
    assert found.filing_date == max(a.filing_date for a in valid if a.kind is found.kind)


# --- protocol --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "protocol",
    [PROTOCOL_EXAMPLE, "INPS-ISEE-2026-123456789-00", "inps-isee-2026-12345678a-01", "  INPS-ISEE-2025-ABCDEFGHI-99 "],
)
def test_protocols_that_look_right(protocol: str) -> None:
    assert protocol_looks_right(protocol)


@pytest.mark.parametrize(
    "protocol",
    [
        "",
        "INPS-ISEE-26-123456789-00",
        "INPS-ISEE-2026-12345678-00",
        "INPS-ISEE-2026-1234567890-00",
        "INPS-ISEE-2026-123456789-0",
        "INPS-ISEE-2026-123456789-000",
        "INPS-ISEE-2026-123456789",
        "INPS ISEE 2026 123456789 00",
        "ISEE-2026-123456789-00",
        "INPS-ISEE-2026-1234_6789-00",
    ],
)
def test_protocols_that_do_not_look_right(protocol: str) -> None:
    assert not protocol_looks_right(protocol)
