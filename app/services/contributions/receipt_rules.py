"""Pure rules of receipts (DESIGN 2.4): the amount in Italian words, the receipt number, the stamp duty line.

The amount in words is what an Italian receipt or cheque carries next to the figures so that the figures
cannot be altered unnoticed: the euros in words, a slash and the cents as two digits, written as one word
("cinquecentoventiquattro/65"). The spelling follows the dictionary forms in common use:

* a ten drops its final vowel before ``uno`` and ``otto`` (ventuno, trentotto, novantotto);
* ``tre`` at the end of a compound takes the accent (ventitré, centotré, milletré), ``tre`` alone does not,
  and neither does a ``tre`` inside the word (ventitremila);
* ``cento`` keeps its vowel before the units (centouno, centootto: the digit's word stays whole, which is
  how cheques are usually written and the clearest to read) and drops it only before ``ottanta``
  (centottanta, centottantotto), the only form in common use;
* ``uno`` is cut to ``un`` before ``mila`` and ``milioni`` (ventunmila, unmilione), as before any noun;
  one thousand is ``mille``, one million ``unmilione``.
"""

from __future__ import annotations

import re

from app.messages import UnreadableText, msg
from app.services.money import format_amount
from app.vocabulary import StampDuty

MAX_WORDS_CENTS = 999_999_999_99
"""The largest amount written in words (999.999.999,99 €): far above any contribution, below a billion."""

STAMP_DUTY_THRESHOLD_CENTS = 7747
"""Receipts up to 77,47 € included carry no stamp duty (DPR 642/1972, tariff art. 13, note 1)."""

STAMP_DUTY_CENTS = 200
"""The stamp applied to a receipt above the threshold when the programme does not claim an exemption."""

_UNITS = (
    "zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove",
    "dieci", "undici", "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto", "diciannove",
)  # fmt: skip
_TENS = ("", "", "venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta")

_RECEIPT_NUMBER = re.compile(r"^\s*([A-Za-z0-9]+)\s*/\s*(\d{4})\s*/\s*(\d+)\s*$")
_SITE = re.compile(r"^[A-Z0-9]+$")


def amount_in_words(cents: int) -> str:
    """``52465`` -> ``cinquecentoventiquattro/65``; raises ``ValueError`` for a negative amount or one of a
    billion euros or more."""
    if cents < 0:
        raise ValueError(f"a receipt's amount is not negative: {cents}")
    if cents > MAX_WORDS_CENTS:
        raise ValueError(f"amount too large to write in words: {cents}")
    euros, rest = divmod(cents, 100)
    return f"{_euros_in_words(euros)}/{rest:02d}"


def _euros_in_words(euros: int) -> str:
    if euros == 0:
        return "zero"
    millions, below_million = divmod(euros, 1_000_000)
    thousands, units = divmod(below_million, 1000)
    words = ""
    if millions == 1:
        words += "unmilione"
    elif millions:
        words += _before_multiplier(millions) + "milioni"
    if thousands == 1:
        words += "mille"
    elif thousands:
        words += _before_multiplier(thousands) + "mila"
    if units:
        words += _below_thousand(units)
    if words.endswith("tre") and words != "tre":
        words = words[:-1] + "é"
    return words


def _before_multiplier(group: int) -> str:
    """A group of three digits before ``mila`` or ``milioni``: a final ``uno`` is cut (ventunmila)."""
    words = _below_thousand(group)
    return words[:-1] if words.endswith("uno") else words


def _below_thousand(number: int) -> str:
    hundreds, rest = divmod(number, 100)
    if not hundreds:
        return _below_hundred(rest)
    words = "cento" if hundreds == 1 else _UNITS[hundreds] + "cento"
    if 80 <= rest < 90:
        words = words[:-1]  # centottanta
    return words + _below_hundred(rest) if rest else words


def _below_hundred(number: int) -> str:
    if number < 20:
        return _UNITS[number]
    tens, unit = divmod(number, 10)
    if not unit:
        return _TENS[tens]
    if unit in (1, 8):
        return _TENS[tens][:-1] + _UNITS[unit]  # ventuno, ventotto
    return _TENS[tens] + _UNITS[unit]


def receipt_number(site: str, year: int, sequence: int) -> str:
    """``CEL/2026/0007``: one series per site and calendar year (DESIGN 2.4), the sequence on four digits
    at least so that a series lists in order, on more once it passes 9999."""
    if not _SITE.match(site):
        raise ValueError(f"a site code is upper-case letters and digits: {site!r}")
    if not 1000 <= year <= 9999:
        raise ValueError(f"a receipt's year has four digits: {year}")
    if sequence < 1:
        raise ValueError(f"receipt sequences start at 1: {sequence}")
    return f"{site}/{year}/{sequence:04d}"


def parse_receipt_number(text: str) -> tuple[str, int, int]:
    """``" cel / 2026 / 7 "`` -> ``("CEL", 2026, 7)``: operators type numbers read from a paper receipt,
    in any case and with stray spaces; raises :class:`UnreadableText` (a ``ValueError``) saying how to
    write one otherwise."""
    match = _RECEIPT_NUMBER.match(text)
    if match is None or int(match.group(3)) < 1:
        raise UnreadableText(
            msg("Numero di ricevuta non valido: «{number}». Scrivere SEDE/ANNO/NUMERO, per esempio CEL/2026/0007.").fill(
                number=text.strip()
            )
        )
    return match.group(1).upper(), int(match.group(2)), int(match.group(3))


STAMP_DUTY_LINES = {
    "not_due": "Imposta di bollo non dovuta (importo non superiore a {threshold}).",
    "paid": "Imposta di bollo di {stamp} assolta.",
    "exempt_by": "Esente da imposta di bollo: {rule}",
    "exempt": "Esente da imposta di bollo.",
}
"""What a receipt prints about stamp duty: a document's text (Italian only), stored with the receipt so that
a reprint says it as issued."""


def stamp_duty_line(amount_cents: int, mode: StampDuty, exemption_rule: str) -> str:
    """The line a receipt prints about stamp duty: not due up to the threshold included; above it, what
    the programme's terms say (exempt, quoting the rule, or the 2,00 € stamp paid)."""
    if amount_cents <= STAMP_DUTY_THRESHOLD_CENTS:
        return STAMP_DUTY_LINES["not_due"].format(threshold=format_amount(STAMP_DUTY_THRESHOLD_CENTS))
    if mode is StampDuty.PAID:
        return STAMP_DUTY_LINES["paid"].format(stamp=format_amount(STAMP_DUTY_CENTS))
    rule = exemption_rule.strip()
    return STAMP_DUTY_LINES["exempt_by"].format(rule=rule) if rule else STAMP_DUTY_LINES["exempt"]
