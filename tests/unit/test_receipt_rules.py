"""The pure rules of receipts: the amount in Italian words, the receipt number, the stamp duty line.

The words are checked against a table of the tricky values and, for random amounts, read back by a parser
written here from the spelling rules (not from the code under test): every amount must give words that
read back to exactly that amount, in exactly one way.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.messages import UnreadableText
from app.services.contributions.receipt_rules import (
    MAX_WORDS_CENTS,
    STAMP_DUTY_THRESHOLD_CENTS,
    amount_in_words,
    parse_receipt_number,
    receipt_number,
    stamp_duty_line,
)
from app.vocabulary import StampDuty

# --- amount in words ----------------------------------------------------------------------------------

EUROS_IN_WORDS = {
    0: "zero",
    1: "uno",
    2: "due",
    3: "tre",
    8: "otto",
    10: "dieci",
    11: "undici",
    12: "dodici",
    13: "tredici",
    14: "quattordici",
    15: "quindici",
    16: "sedici",
    17: "diciassette",
    18: "diciotto",
    19: "diciannove",
    20: "venti",
    21: "ventuno",
    22: "ventidue",
    23: "ventitré",
    28: "ventotto",
    29: "ventinove",
    30: "trenta",
    31: "trentuno",
    33: "trentatré",
    38: "trentotto",
    41: "quarantuno",
    58: "cinquantotto",
    63: "sessantatré",
    71: "settantuno",
    80: "ottanta",
    81: "ottantuno",
    83: "ottantatré",
    88: "ottantotto",
    91: "novantuno",
    98: "novantotto",
    99: "novantanove",
    100: "cento",
    101: "centouno",
    103: "centotré",
    108: "centootto",
    110: "centodieci",
    111: "centoundici",
    113: "centotredici",
    118: "centodiciotto",
    121: "centoventuno",
    123: "centoventitré",
    128: "centoventotto",
    180: "centottanta",
    181: "centottantuno",
    183: "centottantatré",
    188: "centottantotto",
    200: "duecento",
    203: "duecentotré",
    208: "duecentootto",
    280: "duecentottanta",
    300: "trecento",
    303: "trecentotré",
    524: "cinquecentoventiquattro",
    600: "seicento",
    800: "ottocento",
    888: "ottocentottantotto",
    999: "novecentonovantanove",
    1000: "mille",
    1001: "milleuno",
    1003: "milletré",
    1008: "milleotto",
    1013: "milletredici",
    1080: "milleottanta",
    1100: "millecento",
    1180: "millecentottanta",
    1234: "milleduecentotrentaquattro",
    2000: "duemila",
    2001: "duemilauno",
    2023: "duemilaventitré",
    3000: "tremila",
    3003: "tremilatré",
    8000: "ottomila",
    10000: "diecimila",
    11000: "undicimila",
    13000: "tredicimila",
    21000: "ventunmila",
    23000: "ventitremila",
    28000: "ventottomila",
    31031: "trentunmilatrentuno",
    81000: "ottantunmila",
    100000: "centomila",
    101000: "centounmila",
    103000: "centotremila",
    108000: "centoottomila",
    123456: "centoventitremilaquattrocentocinquantasei",
    180000: "centottantamila",
    999999: "novecentonovantanovemilanovecentonovantanove",
    1_000_000: "unmilione",
    1_000_001: "unmilioneuno",
    1_000_003: "unmilionetré",
    1_001_000: "unmilionemille",
    1_234_567: "unmilioneduecentotrentaquattromilacinquecentosessantasette",
    2_000_000: "duemilioni",
    3_000_000: "tremilioni",
    21_000_000: "ventunmilioni",
    23_000_000: "ventitremilioni",
    101_000_000: "centounmilioni",
    999_999_999: "novecentonovantanovemilioninovecentonovantanovemilanovecentonovantanove",
}


@pytest.mark.parametrize(("euros", "words"), EUROS_IN_WORDS.items())
def test_whole_euros_are_written_as_on_italian_cheques(euros: int, words: str) -> None:
    assert amount_in_words(euros * 100) == f"{words}/00"


@pytest.mark.parametrize(
    ("cents", "words"),
    [
        (60000, "seicento/00"),
        (52465, "cinquecentoventiquattro/65"),
        (2300, "ventitré/00"),
        (1, "zero/01"),
        (99, "zero/99"),
        (786978, "settemilaottocentosessantanove/78"),
        (MAX_WORDS_CENTS, "novecentonovantanovemilioninovecentonovantanovemilanovecentonovantanove/99"),
    ],
)
def test_the_cents_follow_the_slash_as_two_digits(cents: int, words: str) -> None:
    assert amount_in_words(cents) == words


@pytest.mark.parametrize("cents", [-1, -60000, MAX_WORDS_CENTS + 1])
def test_negative_or_huge_amounts_are_refused(cents: int) -> None:
    with pytest.raises(ValueError):
        amount_in_words(cents)


@given(st.integers(min_value=0, max_value=MAX_WORDS_CENTS))
def test_the_cents_part_is_always_the_last_two_digits(cents: int) -> None:
    assert amount_in_words(cents).split("/")[1] == f"{cents % 100:02d}"


# A reader of the words, built from the spelling rules: it finds every way to read a text and returns
# the values; elisions, the accent and the cut "un" are accepted only where the rules put them.

UNITS = ("", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici",
         "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto", "diciannove")  # fmt: skip
TENS = {20: "venti", 30: "trenta", 40: "quaranta", 50: "cinquanta", 60: "sessanta", 70: "settanta", 80: "ottanta",
        90: "novanta"}  # fmt: skip


def read_below_hundred(text: str, *, cut_one: bool) -> list[tuple[int, str]]:
    """Every reading of 1..99 at the start of ``text``, with what is left; ``cut_one``: ``un`` for ``uno``."""
    one = "un" if cut_one else "uno"
    units = [(value, one if value == 1 else name) for value, name in enumerate(UNITS) if value]
    readings = [(value, text[len(name) :]) for value, name in units if text.startswith(name)]
    for ten, name in TENS.items():
        if text.startswith(name):
            rest = text[len(name) :]
            readings.append((ten, rest))
            readings += [(ten + v, rest[len(n) :]) for v, n in units[:9] if v not in (1, 8) and rest.startswith(n)]
        elided = name[:-1]
        if text.startswith(elided) and not text.startswith(name):
            rest = text[len(elided) :]
            readings += [(ten + v, rest[len(n) :]) for v, n in units if v in (1, 8) and rest.startswith(n)]
    return readings


def read_group(text: str, *, cut_one: bool) -> list[tuple[int, str]]:
    """Every reading of 1..999 at the start of ``text``: ``cento`` keeps its vowel but before ``ottanta``."""
    readings = read_below_hundred(text, cut_one=cut_one)
    for hundreds in range(1, 10):
        prefix = "" if hundreds == 1 else UNITS[hundreds]
        for form in ("cento", "cent"):
            if not text.startswith(prefix + form):
                continue
            rest = text[len(prefix + form) :]
            if (form == "cent") != rest.startswith("ottant"):
                continue
            if form == "cento":
                readings.append((hundreds * 100, rest))
            readings += [(hundreds * 100 + value, left) for value, left in read_below_hundred(rest, cut_one=cut_one)]
    return readings


def read_multiplied(text: str, singular: str, plural: str) -> list[tuple[int, str]]:
    """``mille``/``unmilione`` for one, a group with ``uno`` cut then ``mila``/``milioni`` from two, or none."""
    readings = [(0, text)]
    if text.startswith(singular):
        readings.append((1, text[len(singular) :]))
    for value, rest in read_group(text, cut_one=True):
        if value > 1 and rest.startswith(plural):
            readings.append((value, rest[len(plural) :]))
    return readings


def read_euros(words: str) -> set[int]:
    if words == "zero":
        return {0}
    if words.endswith("tré"):
        if words == "tré":
            return set()
        words = words[:-1] + "e"
    elif words.endswith("tre") and words != "tre":
        return set()  # a final "tre" in a compound needs its accent
    values = set()
    for millions, after_millions in read_multiplied(words, "unmilione", "milioni"):
        for thousands, after_thousands in read_multiplied(after_millions, "mille", "mila"):
            endings = [(0, after_thousands), *read_group(after_thousands, cut_one=False)]
            values |= {millions * 1_000_000 + thousands * 1000 + units for units, rest in endings if rest == ""}
    return values - {0}


def read_amount(text: str) -> set[int]:
    euros, cents = text.split("/")
    assert len(cents) == 2 and cents.isdigit()
    return {value * 100 + int(cents) for value in read_euros(euros)}


def test_the_reader_reads_the_table_and_refuses_wrong_spellings() -> None:
    for euros, words in EUROS_IN_WORDS.items():
        assert read_euros(words) == {euros}
    wrong_spellings = ("ventiuno", "ventiotto", "ventitre", "centotto", "centoottanta", "tré", "unmila", "ventunomila", "milletre")
    for wrong in wrong_spellings:
        assert read_euros(wrong) == set(), wrong


@given(st.integers(min_value=0, max_value=999_999_999), st.integers(min_value=0, max_value=99))
def test_the_words_read_back_to_the_amount_in_exactly_one_way(euros: int, cents: int) -> None:
    amount = euros * 100 + cents

    assert read_amount(amount_in_words(amount)) == {amount}


# --- receipt numbers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("site", "year", "sequence", "number"),
    [
        ("CEL", 2026, 7, "CEL/2026/0007"),
        ("CEL", 2026, 1, "CEL/2026/0001"),
        ("BOR2", 2025, 9999, "BOR2/2025/9999"),
        ("CEL", 2026, 10000, "CEL/2026/10000"),
        ("CEL", 2026, 123456, "CEL/2026/123456"),
    ],
)
def test_a_receipt_number_has_site_year_and_at_least_four_digits(
    site: str, year: int, sequence: int, number: str
) -> None:
    assert receipt_number(site, year, sequence) == number
    assert parse_receipt_number(number) == (site, year, sequence)


@pytest.mark.parametrize(
    ("site", "year", "sequence"),
    [("CEL", 2026, 0), ("CEL", 2026, -1), ("cel", 2026, 1), ("C/L", 2026, 1), ("", 2026, 1), ("CEL", 26, 1)],
)
def test_a_number_is_not_made_from_impossible_parts(site: str, year: int, sequence: int) -> None:
    with pytest.raises(ValueError):
        receipt_number(site, year, sequence)


@pytest.mark.parametrize(
    ("typed", "parts"),
    [
        ("cel/2026/0007", ("CEL", 2026, 7)),
        ("  CEL/2026/0007 ", ("CEL", 2026, 7)),
        ("Cel / 2026 / 7", ("CEL", 2026, 7)),
        ("CEL/2026/10000", ("CEL", 2026, 10000)),
    ],
)
def test_typed_numbers_are_read_in_any_case_and_with_spaces(typed: str, parts: tuple[str, int, int]) -> None:
    assert parse_receipt_number(typed) == parts


@pytest.mark.parametrize(
    "typed",
    ["", "CEL", "CEL/2026", "CEL-2026-0007", "CEL/26/0007", "CEL/2026/0000", "CEL/2026/7a", "C L/2026/0007", "CEL/2026/0007/1"],
)
def test_anything_else_is_refused_with_the_form_to_write(typed: str) -> None:
    with pytest.raises(ValueError) as refused:
        parse_receipt_number(typed)

    assert isinstance(refused.value, UnreadableText)
    assert str(refused.value.said) == (
        f"Numero di ricevuta non valido: «{typed.strip()}». Scrivere SEDE/ANNO/NUMERO, per esempio CEL/2026/0007."
    )


# --- stamp duty ---------------------------------------------------------------------------------------

RULE = "art. 13-bis della Tabella allegato B al DPR 642/1972."
NOT_DUE = "Imposta di bollo non dovuta (importo non superiore a 77,47 €)."


def test_the_threshold_is_77_47_euro() -> None:
    assert STAMP_DUTY_THRESHOLD_CENTS == 7747


@pytest.mark.parametrize("mode", list(StampDuty))
@pytest.mark.parametrize("cents", [0, 100, 7746, 7747])
def test_up_to_77_47_included_no_stamp_duty_is_due(mode: StampDuty, cents: int) -> None:
    assert stamp_duty_line(cents, mode, RULE) == NOT_DUE


@pytest.mark.parametrize("cents", [7748, 60000])
def test_above_the_threshold_an_exempt_programme_prints_its_rule(cents: int) -> None:
    assert stamp_duty_line(cents, StampDuty.EXEMPT, RULE) == f"Esente da imposta di bollo: {RULE}"
    assert stamp_duty_line(cents, StampDuty.EXEMPT, "  ") == "Esente da imposta di bollo."


@pytest.mark.parametrize("cents", [7748, 60000])
def test_above_the_threshold_a_paying_programme_applies_the_2_euro_stamp(cents: int) -> None:
    assert stamp_duty_line(cents, StampDuty.PAID, RULE) == "Imposta di bollo di 2,00 € assolta."
