"""Small helpers for text shown to operators, and the one place where what services say is translated."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from app.messages import CONTEXT, Message, render_value
from app.vocabulary import Labelled


def italian_number(value: int) -> str:
    """``12345`` -> ``12.345`` (Italian digit grouping)."""
    return f"{value:,}".replace(",", ".")


def count_text(count: int, one: str, many: str) -> str:
    """Singular or plural, both already translated by the caller (``self.tr``); ``%n`` is the number.

    Italian is the source language, so Qt's ``%n`` plural forms would need an Italian translation file;
    choosing between two translated strings keeps every string translatable without one.
    """
    return (one if count == 1 else many).replace("%n", italian_number(count))


def say(value: Message | Labelled | str | None) -> str:
    """What a service said (a message, or a value of the vocabulary by its label) in the interface's
    language; plain text, already translated or data typed by a person, as it is."""
    if value is None:
        return ""
    return render_value(value, _translated)


def label(value: Labelled | None, missing: str = "") -> str:
    """A value of the vocabulary as a list or a field shows it; ``missing`` (already translated) for none."""
    return missing if value is None else say(value.label)


def choices(values: Iterable[Labelled]) -> list[tuple[str, object]]:
    """(label, stored value) pairs for a combo box, in the order given."""
    return [(label(value), value.value) for value in values]


def _translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)
