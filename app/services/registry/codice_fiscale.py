"""Codice fiscale checks (pure rules).

python-stdnum checks the format and the check letter; on top of it we refuse the day values that
stdnum's modulo arithmetic lets through (32-40 and 72-99: day 81 would read as "the 1st"), refuse the
11-digit codes of companies, and undo omocodia to recognise two spellings of one person's code. The code
is stored exactly as issued (upper case, no spaces): an omocode variant is a different document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from stdnum.exceptions import InvalidChecksum, InvalidFormat, ValidationError
from stdnum.it import codicefiscale as stdnum_cf

from app.messages import Message, UnreadableText, msg
from app.services.dates import format_date
from app.vocabulary import Sex

OMOCODE_POSITIONS = (6, 7, 9, 10, 12, 13, 14)
"""Where a digit may have been replaced by a letter to tell apart people with the same code."""
OMOCODE_LETTERS = "LMNPQRSTUV"
MONTH_LETTERS = "ABCDEHLMPRST"
NONEXISTENT_BIRTH_DATE = msg("Il codice fiscale contiene una data di nascita che non esiste.")


class InvalidCodiceFiscale(UnreadableText):
    """The text is not a valid personal codice fiscale; ``said`` tells why."""


@dataclass(frozen=True)
class CodiceFiscale:
    code: str
    """As issued: upper case, no spaces."""
    key: str
    """Omocodia undone: equal for every spelling of the same person's code."""
    birth_day: int
    birth_month: int
    birth_year_in_century: int
    sex: Sex


def compact(text: str) -> str:
    return re.sub(r"[\s\-]", "", text).upper()


def parse_codice_fiscale(text: str) -> CodiceFiscale:
    code = compact(text)
    if len(code) != 16:
        raise InvalidCodiceFiscale(
            msg("Il codice fiscale deve avere 16 caratteri (ne ha {count}).").fill(count=len(code))
            if not code.isdigit()
            else msg("Questo è un codice numerico (di un'azienda o provvisorio): serve il codice fiscale di 16 caratteri.")
        )
    try:
        stdnum_cf.validate(code)
    except InvalidFormat:
        raise InvalidCodiceFiscale(
            msg(
                "Il codice fiscale non ha la forma giusta: 6 lettere, 2 cifre, la lettera del mese, "
                "2 cifre, 1 lettera, 3 cifre e la lettera di controllo."
            )
        ) from None
    except InvalidChecksum:
        raise InvalidCodiceFiscale(
            msg(
                "L'ultima lettera (di controllo) del codice fiscale non corrisponde: "
                "ricontrollare il codice carattere per carattere."
            )
        ) from None
    except ValidationError:
        raise InvalidCodiceFiscale(NONEXISTENT_BIRTH_DATE) from None
    key = codice_fiscale_key(code)
    day_field = int(key[9:11])
    if not (1 <= day_field <= 31 or 41 <= day_field <= 71):
        raise InvalidCodiceFiscale(NONEXISTENT_BIRTH_DATE)
    return CodiceFiscale(
        code=code,
        key=key,
        birth_day=day_field % 40,
        birth_month=MONTH_LETTERS.index(key[8]) + 1,
        birth_year_in_century=int(key[6:8]),
        sex=Sex.FEMALE if day_field > 40 else Sex.MALE,
    )


def codice_fiscale_key(code: str) -> str:
    """The code with omocode letters turned back into digits and the check letter recomputed."""
    characters = list(compact(code))
    for position in OMOCODE_POSITIONS:
        if characters[position] in OMOCODE_LETTERS:
            characters[position] = str(OMOCODE_LETTERS.index(characters[position]))
    body = "".join(characters[:15])
    return body + stdnum_cf.calc_check_digit(body)


def birth_date_from_code(parsed: CodiceFiscale, today: date) -> date:
    """The code keeps two digits of the year: take the latest century that does not put birth in the future."""
    for century in (2000, 1900):
        try:
            candidate = date(century + parsed.birth_year_in_century, parsed.birth_month, parsed.birth_day)
        except ValueError:
            continue  # 29 February of a year that is not leap in this century
        if candidate <= today:
            return candidate
    return date(1900 + parsed.birth_year_in_century, parsed.birth_month, parsed.birth_day)


def disagreements(parsed: CodiceFiscale, birth_date: date | None, sex: Sex | None) -> list[Message]:
    """Warnings (not errors) when the typed birth date or sex differs from what the code says."""
    warnings: list[Message] = []
    if birth_date is not None and (
        birth_date.day != parsed.birth_day
        or birth_date.month != parsed.birth_month
        or birth_date.year % 100 != parsed.birth_year_in_century
    ):
        # the code keeps two digits of the year: its century is not known
        in_code = f"{parsed.birth_day:02d}/{parsed.birth_month:02d}/..{parsed.birth_year_in_century:02d}"
        warnings.append(
            msg("La data di nascita {typed} non corrisponde a quella nel codice fiscale ({in_code}).").fill(
                typed=format_date(birth_date), in_code=in_code
            )
        )
    if sex in (Sex.FEMALE, Sex.MALE) and sex is not parsed.sex:
        warnings.append(
            msg("Il sesso indicato non corrisponde a quello nel codice fiscale (femminile).")
            if parsed.sex is Sex.FEMALE
            else msg("Il sesso indicato non corrisponde a quello nel codice fiscale (maschile).")
        )
    return warnings


def mask_codice_fiscale(code: str | None) -> str:
    """For lists (DESIGN 2.7): enough to tell people apart at a glance, not the birth data."""
    if not code:
        return ""
    return code[:6] + "•" * 8 + code[-2:]
