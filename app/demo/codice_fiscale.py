"""Codici fiscali for the fictional persons: :func:`compose_codice_fiscale` applies the official rules, so the
codes are valid in form and check letter and the registry's checks accept them.
"""

from __future__ import annotations

import unicodedata
from datetime import date

from stdnum.it import codicefiscale as stdnum_cf

from app.services.registry.codice_fiscale import MONTH_LETTERS
from app.vocabulary import Sex


def plain_letters(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.upper())
    return "".join(ch for ch in decomposed if "A" <= ch <= "Z")


def _split(text: str) -> tuple[str, str]:
    letters = plain_letters(text)
    consonants = "".join(ch for ch in letters if ch not in "AEIOU")
    vowels = "".join(ch for ch in letters if ch in "AEIOU")
    return consonants, vowels


def compose_codice_fiscale(surname: str, name: str, birth_date: date, sex: Sex, place_code: str) -> str:
    """The codice fiscale the official rules give for these data (without omocodia).

    Surname: its consonants, then its vowels, then X, the first three. Name: the same, except that a name
    with four or more consonants takes the first, third and fourth. Then the year's last two digits, the
    month letter, the day (plus 40 for women), the place code (Belfiore code of the Italian comune or
    Z-code of the foreign country) and the check letter.
    """
    surname_consonants, surname_vowels = _split(surname)
    name_consonants, name_vowels = _split(name)
    if len(name_consonants) >= 4:
        name_part = name_consonants[0] + name_consonants[2] + name_consonants[3]
    else:
        name_part = (name_consonants + name_vowels + "XXX")[:3]
    day = birth_date.day + (40 if sex is Sex.FEMALE else 0)
    body = (
        f"{(surname_consonants + surname_vowels + 'XXX')[:3]}{name_part}"
        f"{birth_date.year % 100:02d}{MONTH_LETTERS[birth_date.month - 1]}{day:02d}{place_code}"
    )
    return body + stdnum_cf.calc_check_digit(body)
