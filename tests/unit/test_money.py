"""Euro amounts (DESIGN 2.2): what operators type, how amounts are shown, installments that sum exactly."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.services.money import (
    ACCEPTED_FORMS,
    MAX_CENTS,
    AmountError,
    format_amount,
    parse_amount,
    split_installments,
)


def refusal(text: str, **options: bool) -> str:
    with pytest.raises(AmountError) as caught:
        parse_amount(text, **options)
    return str(caught.value)


# --- the DESIGN 2.2 table --------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["1234,56", "1.234,56", "€ 1.234,56", "1.234,56 €"])
def test_italian_forms_with_decimals(typed: str) -> None:
    assert parse_amount(typed) == 123456


@pytest.mark.parametrize("typed", ["1234", "1.234"])
def test_a_dot_before_exactly_three_digits_groups_thousands(typed: str) -> None:
    assert parse_amount(typed) == 123400


@pytest.mark.parametrize("typed", ["12.5", "12.50"])
def test_one_dot_before_one_or_two_digits_is_the_decimal_point(typed: str) -> None:
    assert parse_amount(typed) == 1250


def test_english_decimal_point_from_spreadsheets() -> None:
    assert parse_amount("1234.56") == 123456


@pytest.mark.parametrize("typed", ["1,234.56", "12,345", "1.23.4", "12,3,4", "abc", "12 euro", "dieci"])
def test_ambiguous_or_unreadable_forms_are_refused_showing_the_accepted_forms(typed: str) -> None:
    message = refusal(typed)
    assert message == f"Importo non leggibile: «{typed}». Forme accettate: {ACCEPTED_FORMS}."
    for form in ("1234,56", "1.234,56", "1234.56", "€ 1.234,56"):
        assert form in message


@pytest.mark.parametrize("typed", ["", "   ", "€", " € "])
def test_empty_is_refused_showing_the_accepted_forms(typed: str) -> None:
    assert refusal(typed) == f"Scrivere un importo, per esempio {ACCEPTED_FORMS}."


@pytest.mark.parametrize("typed", ["-5", "-1.234,56", "€ -12,50", "- 3"])
def test_negative_is_refused_where_a_positive_amount_is_asked(typed: str) -> None:
    assert refusal(typed) == f"L'importo non può essere negativo. Forme accettate: {ACCEPTED_FORMS}."


@pytest.mark.parametrize("typed", ["12 34", "1 23,56", "€ 12 3456"])
def test_spaces_between_digits_are_refused_rather_than_guessed(typed: str) -> None:
    assert refusal(typed) == f"Importo non leggibile: «{typed}» (spazi tra le cifre). Forme accettate: {ACCEPTED_FORMS}."


# --- more forms ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "cents"),
    [
        ("0,5", 50),
        ("0.05", 5),
        ("12,3", 1230),
        ("12,30", 1230),
        ("12.345", 1234500),
        ("1.234.567,89", 123456789),
        ("1234567,89", 123456789),
        ("1.234.567", 123456700),
        ("€1234.56", 123456),
        ("  1.234,56  ", 123456),
        ("1.234,56\u00a0€", 123456),  # non-breaking space, as copied from a statement
        ("1\u202f234,56", 123456),
        ("007", 700),
    ],
)
def test_more_accepted_forms(typed: str, cents: int) -> None:
    assert parse_amount(typed) == cents


@pytest.mark.parametrize(
    "typed",
    [
        "1234,567",
        "12.345,6.7",
        "1.2345",
        ",50",
        "50,",
        ".50",
        "1..234",
        "01.234",
        "1.234.56",
        "+5",
        "5-",
        "1e3",
        "12,5€€x",
    ],
)
def test_more_refused_forms(typed: str) -> None:
    assert ACCEPTED_FORMS in refusal(typed)


def test_too_large_an_amount_is_refused() -> None:
    assert parse_amount("100.000.000,00") == MAX_CENTS
    assert refusal("100.000.000,01") == "L'importo è troppo grande: controllare le cifre."
    assert refusal("999999999999") == "L'importo è troppo grande: controllare le cifre."


# --- zero and negative options ---------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["0", "0,00", "0.0", "€ 0"])
def test_zero_is_accepted_by_default(typed: str) -> None:
    assert parse_amount(typed) == 0


@pytest.mark.parametrize("typed", ["0", "0,00", "-0"])
def test_zero_refused_when_a_positive_amount_is_required(typed: str) -> None:
    assert refusal(typed, allow_zero=False, allow_negative=True) == "L'importo deve essere maggiore di zero."


def test_positive_amount_required_still_accepts_a_cent() -> None:
    assert parse_amount("0,01", allow_zero=False) == 1


@pytest.mark.parametrize(
    ("typed", "cents"),
    [("-12,50", -1250), ("- 12,50", -1250), ("€ -1.234,56", -123456), ("-1.234,56 €", -123456), ("-0", 0)],
)
def test_negative_accepted_when_allowed(typed: str, cents: int) -> None:
    assert parse_amount(typed, allow_negative=True) == cents


def test_double_minus_is_refused_even_when_negative_is_allowed() -> None:
    assert ACCEPTED_FORMS in refusal("--5", allow_negative=True)


# --- showing amounts -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cents", "shown"),
    [
        (0, "0,00 €"),
        (5, "0,05 €"),
        (50, "0,50 €"),
        (100, "1,00 €"),
        (99999, "999,99 €"),
        (100000, "1.000,00 €"),
        (123456, "1.234,56 €"),
        (100_000_000, "1.000.000,00 €"),
        (123456789, "1.234.567,89 €"),
        (-5, "-0,05 €"),
        (-123456, "-1.234,56 €"),
        (-100_000_000, "-1.000.000,00 €"),
    ],
)
def test_format_amount(cents: int, shown: str) -> None:
    assert format_amount(cents) == shown
    assert format_amount(cents, symbol=False) == shown.removesuffix(" €")


cents_values = st.integers(min_value=-MAX_CENTS, max_value=MAX_CENTS)


@settings(max_examples=200)
@given(cents_values)
def test_what_is_shown_reads_back_as_the_same_amount(cents: int) -> None:
    assert parse_amount(format_amount(cents), allow_negative=True) == cents
    assert parse_amount(format_amount(cents, symbol=False), allow_negative=True) == cents


@settings(max_examples=200)
@given(euros=st.integers(0, MAX_CENTS // 100 - 1), rest=st.integers(0, 99))
def test_typed_forms_round_trip_through_format(euros: int, rest: int) -> None:
    cents = euros * 100 + rest
    shown = format_amount(cents)
    for typed in (f"{euros},{rest:02d}", f"{euros}.{rest:02d}", f"€ {shown.removesuffix(' €')}", shown):
        assert parse_amount(typed) == cents
        assert format_amount(parse_amount(typed)) == shown


# --- installments ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("total", "count", "installments"),
    [
        (10000, 3, [3333, 3333, 3334]),
        (10000, 4, [2500, 2500, 2500, 2500]),
        (100, 1, [100]),
        (2, 3, [0, 0, 2]),
        (0, 3, [0, 0, 0]),
        (123456, 12, [10288] * 11 + [10288 + 0]),
        (123457, 12, [10288] * 11 + [10289]),
        (99, 10, [9] * 9 + [18]),
    ],
)
def test_split_installments_examples(total: int, count: int, installments: list[int]) -> None:
    assert split_installments(total, count) == installments
    assert sum(installments) == total


def test_split_installments_refuses_nonsense() -> None:
    with pytest.raises(ValueError):
        split_installments(100, 0)
    with pytest.raises(ValueError):
        split_installments(-1, 3)


@settings(max_examples=200)
@given(total=st.integers(0, MAX_CENTS), count=st.integers(1, 360))
def test_installments_always_sum_exactly(total: int, count: int) -> None:
    installments = split_installments(total, count)
    assert len(installments) == count
    assert sum(installments) == total
    assert all(amount >= 0 for amount in installments)
    *firsts, last = installments
    assert len(set(firsts)) <= 1
    if firsts:
        assert last >= firsts[0]
        assert last - firsts[0] < count
        assert firsts[0] == total // count
