"""Codice fiscale rules (DESIGN 2, Person): python-stdnum's own vectors plus our stricter rules."""

from __future__ import annotations

import itertools
import string
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.it import codicefiscale as stdnum_cf

from app.messages import Message
from app.services.registry.codice_fiscale import (
    MONTH_LETTERS,
    OMOCODE_LETTERS,
    OMOCODE_POSITIONS,
    InvalidCodiceFiscale,
    birth_date_from_code,
    codice_fiscale_key,
    compact,
    disagreements,
    mask_codice_fiscale,
    parse_codice_fiscale,
)
from app.vocabulary import Sex

NONEXISTENT_DATE = "data di nascita che non esiste"

# python-stdnum tests/test_it_codicefiscale.doctest ("Some valid numbers"), with the birth dates and
# genders that file gives for them
STDNUM_VALID = {
    "MRTNTN23M02D969P": (date(1923, 8, 2), "M"),
    "RCCMNL83S18D969H": (date(1983, 11, 18), "M"),
    "MRSMSR81D60Z611H": (date(1981, 4, 20), "F"),
    "CNTCHR83T41D969D": (date(1983, 12, 1), "F"),
    "FOXDRA26C24H872Y": (date(1926, 3, 24), "M"),
    "MAILCU91A25F839D": (date(1991, 1, 25), "M"),
    "RSSMRA45C12F205C": (date(1945, 3, 12), "M"),
    "RSSMRA45C12F20RX": (date(1945, 3, 12), "M"),
    "RSSMRA45C12F2L5N": (date(1945, 3, 12), "M"),
    "RSSMRA45C12F2LRI": (date(1945, 3, 12), "M"),
    "RSSMRAQRCMNFNLRG": (date(1945, 3, 12), "M"),
}
# the same file's gender-only and check-digit-only vectors
STDNUM_GENDER_ONLY = {"RCDLSN84S16D969Z": "M"}
STDNUM_CHECK_DIGITS = {
    "MRTNTN23M02D969": "P",
    "MRSMSR81D60Z611": "H",
    "RCDLSN84S16D969": "Z",
    "CNTCHR83T41D969": "D",
    "BNCSFN85T58G702": "W",
    "RCCMNL83S18D969": "H",
    "FOXDRA26C24H872": "Y",
    "MAILCU91A25F839": "D",
}
STDNUM_WINDOW_END = date(2019, 12, 31)
"""stdnum reads two-digit years into 1920-2019; our "latest century not in the future" rule on this day
gives the same window."""
TODAY = date(2026, 11, 21)


def with_check_letter(body: str) -> str:
    return body + stdnum_cf.calc_check_digit(body)


def code_for(*, yy: int, month: int, day_field: int, name: str = "RSSMRA", place: str = "F205") -> str:
    return with_check_letter(f"{name}{yy:02d}{MONTH_LETTERS[month - 1]}{day_field:02d}{place}")


def omocode_variant(code: str, positions: tuple[int, ...] | set[int]) -> str:
    characters = list(code[:15])
    for position in positions:
        characters[position] = OMOCODE_LETTERS[int(characters[position])]
    return with_check_letter("".join(characters))


def said(warnings: list[Message]) -> list[str]:
    return [str(warning) for warning in warnings]


def refusal(text: str) -> str:
    with pytest.raises(InvalidCodiceFiscale) as caught:
        parse_codice_fiscale(text)
    return str(caught.value.said)


# --- python-stdnum vectors -------------------------------------------------------------------------


@pytest.mark.parametrize("code", sorted(STDNUM_VALID))
def test_stdnum_valid_numbers_are_accepted_and_stored_as_issued(code: str) -> None:
    parsed = parse_codice_fiscale(code)
    assert parsed.code == code


@pytest.mark.parametrize(("code", "expected"), sorted(STDNUM_VALID.items()))
def test_stdnum_birth_dates_and_genders(code: str, expected: tuple[date, str]) -> None:
    birth_date, gender = expected
    parsed = parse_codice_fiscale(code)
    assert birth_date_from_code(parsed, STDNUM_WINDOW_END) == birth_date
    assert parsed.sex is Sex(gender)


def test_stdnum_gender_only_vector() -> None:
    for code, gender in STDNUM_GENDER_ONLY.items():
        assert parse_codice_fiscale(code).sex is Sex(gender)


@pytest.mark.parametrize(("body", "letter"), sorted(STDNUM_CHECK_DIGITS.items()))
def test_stdnum_check_letters(body: str, letter: str) -> None:
    # the key recomputes the check letter of the (non-omocode) body
    assert codice_fiscale_key(body + "A")[-1] == letter
    assert parse_codice_fiscale(body + letter).code == body + letter
    wrong = next(c for c in string.ascii_uppercase if c != letter)
    assert "ultima lettera" in refusal(body + wrong)


def test_stdnum_invalid_format_letter_in_a_digit_place() -> None:
    # 'I' is neither a month letter in that place nor allowed: "the first 'I' shouldn't be there"
    assert "non ha la forma giusta" in refusal("CSTNGL22I10D086I")


def test_stdnum_invalid_checksum() -> None:
    message = refusal("FOXDRA26C24H872A")
    assert message == (
        "L'ultima lettera (di controllo) del codice fiscale non corrisponde: "
        "ricontrollare il codice carattere per carattere."
    )


def test_stdnum_invalid_date() -> None:
    assert NONEXISTENT_DATE in refusal("CNTCHR83T32D969H")


def test_company_code_that_stdnum_accepts_is_refused() -> None:
    assert stdnum_cf.is_valid("00743110157")  # stdnum accepts the partita IVA form
    message = refusal("00743110157")
    assert "codice numerico" in message and "16 caratteri" in message


# --- format and length -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [("", 0), ("RSSMRA45C12F205", 15), ("RSSMRA45C12F205CX", 17), ("RSSMRA", 6)],
)
def test_wrong_length_says_how_many_characters_were_typed(text: str, count: int) -> None:
    assert refusal(text) == f"Il codice fiscale deve avere 16 caratteri (ne ha {count})."


def test_sixteen_digits_is_a_format_error() -> None:
    assert "non ha la forma giusta" in refusal("1234567890123456")


@pytest.mark.parametrize(
    "code",
    [
        "RSSMR445C12F205C",  # digit among the name letters
        "RSSMRA45Z12F205C",  # Z is not a month letter
        "RSSMRA45C12F2A5C",  # A is not an omocode letter
        "RSSMRA45C12F205C".replace("F", "1"),  # digit where the place letter goes
        "RSSMRA45C12F20Ä5",
    ],
)
def test_malformed_codes_are_refused_as_format_errors(code: str) -> None:
    assert "non ha la forma giusta" in refusal(code)


# --- compact, upper case, stored as issued ---------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "rssmra45c12f205c",
        " RSSMRA45C12F205C ",
        "RSS MRA 45C12 F205C",
        "rssmra-45c12-f205c",
        "RSSMRA\t45C12\nF205C",
        "RsSmRa45c12F205c",
    ],
)
def test_compact_and_upper_case(typed: str) -> None:
    assert compact(typed) == "RSSMRA45C12F205C"
    assert parse_codice_fiscale(typed).code == "RSSMRA45C12F205C"


def test_omocode_code_is_stored_as_issued_not_as_its_key() -> None:
    parsed = parse_codice_fiscale("rssmra45c12f2lri")
    assert parsed.code == "RSSMRA45C12F2LRI"
    assert parsed.key == "RSSMRA45C12F205C"


# --- stricter day rule -----------------------------------------------------------------------------


@pytest.mark.parametrize("day_field", [0, *range(32, 41), *range(72, 100)])
def test_day_fields_outside_1_31_and_41_71_are_refused(day_field: int) -> None:
    code = code_for(yy=80, month=1, day_field=day_field)
    assert stdnum_cf.calc_check_digit(code[:15]) == code[-1]  # only the day is wrong
    assert NONEXISTENT_DATE in refusal(code)


@pytest.mark.parametrize("day_field", range(81, 100))
def test_days_stdnum_lets_through_are_refused(day_field: int) -> None:
    # stdnum reads day 81 as "the 1st" (81 % 40); we do not
    code = code_for(yy=80, month=1, day_field=day_field)
    assert stdnum_cf.is_valid(code)
    assert NONEXISTENT_DATE in refusal(code)


@pytest.mark.parametrize("day_field", [*range(1, 32), *range(41, 72)])
def test_every_real_day_of_january_is_accepted_for_both_sexes(day_field: int) -> None:
    parsed = parse_codice_fiscale(code_for(yy=80, month=1, day_field=day_field))
    assert parsed.birth_day == day_field % 40
    assert parsed.birth_month == 1
    assert parsed.birth_year_in_century == 80
    assert parsed.sex is (Sex.FEMALE if day_field > 40 else Sex.MALE)


def test_omocode_letters_in_the_day_cannot_smuggle_an_impossible_day() -> None:
    # "UM" = 81 and "QV" = 49 read back as digits
    assert NONEXISTENT_DATE in refusal(with_check_letter("RSSMRA80AUMF205"))
    assert parse_codice_fiscale(with_check_letter("RSSMRA80AQVF205")).birth_day == 9


@pytest.mark.parametrize(
    ("yy", "month", "day_field", "exists"),
    [
        (84, 2, 29, True),  # leap year
        (84, 2, 69, True),
        (0, 2, 29, True),  # 2000 was leap
        (83, 2, 29, False),
        (83, 2, 69, False),
        (84, 2, 30, False),
        (80, 4, 31, False),  # 30 days hath April
        (80, 4, 30, True),
        (80, 6, 71, False),
        (80, 12, 31, True),
    ],
)
def test_the_birth_date_must_exist_in_the_calendar(yy: int, month: int, day_field: int, exists: bool) -> None:
    code = code_for(yy=yy, month=month, day_field=day_field)
    if exists:
        assert parse_codice_fiscale(code).birth_month == month
    else:
        assert NONEXISTENT_DATE in refusal(code)


# --- omocodia --------------------------------------------------------------------------------------


def test_every_omocode_variant_of_a_code_has_the_same_key() -> None:
    base = "RSSMRA45C12F205C"
    variants = {
        omocode_variant(base, subset)
        for size in range(len(OMOCODE_POSITIONS) + 1)
        for subset in itertools.combinations(OMOCODE_POSITIONS, size)
    }
    assert len(variants) == 2 ** len(OMOCODE_POSITIONS)
    for variant in variants:
        parsed = parse_codice_fiscale(variant)
        assert parsed.code == variant
        assert parsed.key == base
        assert (parsed.birth_day, parsed.birth_month, parsed.birth_year_in_century, parsed.sex) == (12, 3, 45, Sex.MALE)


def test_different_people_have_different_keys() -> None:
    assert codice_fiscale_key("RSSMRA45C12F205C") != codice_fiscale_key(code_for(yy=45, month=3, day_field=13))


valid_codes = st.builds(
    lambda name, yy, month, day, female, place_letter, place_number: code_for(
        yy=yy,
        month=month,
        day_field=day + (40 if female else 0),
        name=name,
        place=f"{place_letter}{place_number:03d}",
    ),
    st.text(alphabet=string.ascii_uppercase, min_size=6, max_size=6),
    st.integers(0, 99),
    st.integers(1, 12),
    st.integers(1, 28),
    st.booleans(),
    st.sampled_from(string.ascii_uppercase),
    st.integers(0, 999),
)


@settings(max_examples=200)
@given(code=valid_codes, positions=st.sets(st.sampled_from(OMOCODE_POSITIONS)))
def test_omocode_variants_share_key_and_birth_data(code: str, positions: set[int]) -> None:
    variant = omocode_variant(code, positions)
    parsed = parse_codice_fiscale(variant)
    original = parse_codice_fiscale(code)
    assert parsed.code == variant
    assert parsed.key == original.key == code
    assert codice_fiscale_key(variant.lower()) == code
    assert (parsed.birth_day, parsed.birth_month, parsed.birth_year_in_century, parsed.sex) == (
        original.birth_day,
        original.birth_month,
        original.birth_year_in_century,
        original.sex,
    )


@settings(max_examples=200)
@given(code=valid_codes)
def test_birth_date_and_sex_agree_with_stdnum(code: str) -> None:
    parsed = parse_codice_fiscale(code)
    assert birth_date_from_code(parsed, STDNUM_WINDOW_END) == stdnum_cf.get_birth_date(code)
    assert parsed.sex is Sex(stdnum_cf.get_gender(code))


@settings(max_examples=200)
@given(
    code=valid_codes,
    position=st.integers(0, 14),
    replacement=st.sampled_from(string.ascii_uppercase + string.digits),
)
def test_a_single_typo_is_never_accepted_as_another_valid_code(code: str, position: int, replacement: str) -> None:
    # even a digit turned into its own omocode letter needs a new check letter, so it is caught too
    typo = code[:position] + replacement + code[position + 1 :]
    if typo == code:
        return
    with pytest.raises(InvalidCodiceFiscale):
        parse_codice_fiscale(typo)


# --- birth date from the two-digit year ------------------------------------------------------------


def test_birth_date_takes_the_latest_century_not_in_the_future() -> None:
    born_today = parse_codice_fiscale(code_for(yy=26, month=11, day_field=21))
    born_tomorrow = parse_codice_fiscale(code_for(yy=26, month=11, day_field=22))
    assert birth_date_from_code(born_today, TODAY) == date(2026, 11, 21)
    assert birth_date_from_code(born_tomorrow, TODAY) == date(1926, 11, 22)
    # stdnum's 1923 vector read on our "today" is a child born in 2023: two digits cannot tell
    assert birth_date_from_code(parse_codice_fiscale("MRTNTN23M02D969P"), TODAY) == date(2023, 8, 2)
    assert birth_date_from_code(parse_codice_fiscale("RCCMNL83S18D969H"), TODAY) == date(1983, 11, 18)


def test_birth_date_on_29_february() -> None:
    leap_00 = parse_codice_fiscale(code_for(yy=0, month=2, day_field=69))
    assert birth_date_from_code(leap_00, TODAY) == date(2000, 2, 29)
    leap_24 = parse_codice_fiscale(code_for(yy=24, month=2, day_field=29))
    assert birth_date_from_code(leap_24, date(2024, 2, 28)) == date(1924, 2, 29)
    assert birth_date_from_code(leap_24, date(2024, 2, 29)) == date(2024, 2, 29)


# --- disagreements ---------------------------------------------------------------------------------


def test_no_warnings_when_birth_date_and_sex_match() -> None:
    parsed = parse_codice_fiscale("CNTCHR83T41D969D")
    assert disagreements(parsed, date(1983, 12, 1), Sex.FEMALE) == []
    assert disagreements(parsed, None, None) == []
    assert disagreements(parsed, None, Sex.NON_BINARY) == []  # the code cannot say anything about it


def test_only_two_digits_of_the_year_are_compared() -> None:
    parsed = parse_codice_fiscale("MRTNTN23M02D969P")
    assert disagreements(parsed, date(1923, 8, 2), Sex.MALE) == []
    assert disagreements(parsed, date(2023, 8, 2), Sex.MALE) == []


@pytest.mark.parametrize("typed", [date(1983, 12, 2), date(1983, 11, 1), date(1984, 12, 1)])
def test_warning_when_birth_date_differs(typed: date) -> None:
    parsed = parse_codice_fiscale("CNTCHR83T41D969D")
    assert said(disagreements(parsed, typed, Sex.FEMALE)) == [
        f"La data di nascita {typed:%d/%m/%Y} non corrisponde a quella nel codice fiscale (01/12/..83)."
    ]


def test_warning_when_sex_differs() -> None:
    assert said(disagreements(parse_codice_fiscale("CNTCHR83T41D969D"), None, Sex.MALE)) == [
        "Il sesso indicato non corrisponde a quello nel codice fiscale (femminile)."
    ]
    assert said(disagreements(parse_codice_fiscale("RCCMNL83S18D969H"), None, Sex.FEMALE)) == [
        "Il sesso indicato non corrisponde a quello nel codice fiscale (maschile)."
    ]


def test_both_warnings_together() -> None:
    warnings = said(disagreements(parse_codice_fiscale("RCCMNL83S18D969H"), date(1983, 11, 19), Sex.FEMALE))
    assert len(warnings) == 2
    assert "18/11/..83" in warnings[0]
    assert "(maschile)" in warnings[1]


# --- masking ---------------------------------------------------------------------------------------


def test_mask_hides_the_birth_data() -> None:
    masked = mask_codice_fiscale("CNTCHR83T41D969D")
    assert masked == "CNTCHR••••••••9D"
    assert len(masked) == 16
    assert "83" not in masked and "T41" not in masked


@pytest.mark.parametrize("missing", [None, ""])
def test_mask_of_a_missing_code_is_empty(missing: str | None) -> None:
    assert mask_codice_fiscale(missing) == ""
