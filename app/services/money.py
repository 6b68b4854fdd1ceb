"""Euro amounts as integer cents (DESIGN 2.2): reading what operators type, showing, splitting exactly.

Operators type amounts the Italian way (``1.234,56``), copy them from statements (``€ 1.234,56``) or from
English-style spreadsheets (``1234.56``). Anything that could be read two ways (``12,345``,
``1,234.56``) is refused with the accepted forms shown, rather than guessed.
"""

from __future__ import annotations

import re

from app.messages import UnreadableText, msg

ACCEPTED_FORMS = "1234,56 · 1.234,56 · 1234.56 · € 1.234,56"
MAX_CENTS = 100_000_000_00

_GROUPED_WITH_DECIMALS = re.compile(r"^(?P<int>[1-9]\d{0,2}(?:\.\d{3})+),(?P<dec>\d{1,2})$")
_PLAIN_WITH_COMMA = re.compile(r"^(?P<int>\d+),(?P<dec>\d{1,2})$")
_GROUPED = re.compile(r"^(?P<int>[1-9]\d{0,2}(?:\.\d{3})+)$")
_PLAIN_WITH_DOT = re.compile(r"^(?P<int>\d+)\.(?P<dec>\d{1,2})$")
_PLAIN = re.compile(r"^(?P<int>\d+)$")
_SPACE_GROUPED = re.compile(r"^-?[1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?:,\d{1,2})?$")
"""``1 234,56`` with (narrow) no-break spaces, as copied from formatted documents: spaces group thousands."""


class AmountError(UnreadableText):
    """The text is not an amount we can read without guessing; the message says what to type."""


def parse_amount(text: str, *, allow_negative: bool = False, allow_zero: bool = True) -> int:
    """Cents from an amount typed by a person; raises :class:`AmountError` saying what to type."""
    stripped = text.replace("€", " ").strip()
    if _SPACE_GROUPED.match(stripped):
        stripped = re.sub(r"[ \u00a0\u202f]", ".", stripped)
    elif re.search(r"\d[\s\u00a0\u202f]+\d", stripped):
        raise AmountError(
            msg("Importo non leggibile: «{text}» (spazi tra le cifre). Forme accettate: {forms}.").fill(text=text.strip(), forms=ACCEPTED_FORMS)
        )
    cleaned = re.sub(r"[\s\u00a0\u202f]", "", stripped)
    if not cleaned:
        raise AmountError(msg("Scrivere un importo, per esempio {forms}.").fill(forms=ACCEPTED_FORMS))
    negative = cleaned.startswith("-")
    if negative:
        if not allow_negative:
            raise AmountError(msg("L'importo non può essere negativo. Forme accettate: {forms}.").fill(forms=ACCEPTED_FORMS))
        cleaned = cleaned[1:]
    for pattern in (_GROUPED_WITH_DECIMALS, _PLAIN_WITH_COMMA, _GROUPED, _PLAIN_WITH_DOT, _PLAIN):
        match = pattern.match(cleaned)
        if match:
            break
    else:
        raise AmountError(msg("Importo non leggibile: «{text}». Forme accettate: {forms}.").fill(text=text.strip(), forms=ACCEPTED_FORMS))
    euros = int(match.group("int").replace(".", ""))
    decimals = (match.groupdict().get("dec") or "").ljust(2, "0")
    cents = euros * 100 + int(decimals or "0")
    if cents > MAX_CENTS:
        raise AmountError(msg("L'importo è troppo grande: controllare le cifre."))
    if cents == 0 and not allow_zero:
        raise AmountError(msg("L'importo deve essere maggiore di zero."))
    return -cents if negative else cents


def format_amount(cents: int, *, symbol: bool = True) -> str:
    """``123456`` -> ``1.234,56 €`` (Italian grouping and decimal comma)."""
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    grouped = f"{euros:,}".replace(",", ".")
    text = f"{sign}{grouped},{rest:02d}"
    return f"{text} €" if symbol else text


def split_installments(total_cents: int, count: int) -> list[int]:
    """Equal installments rounded down to the cent, the remainder on the last: the sum is always exact."""
    if count < 1:
        raise ValueError("at least one installment")
    if total_cents < 0:
        raise ValueError("a debt is not negative")
    base = total_cents // count
    return [base] * (count - 1) + [total_cents - base * (count - 1)]
