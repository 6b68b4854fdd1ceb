"""Small helpers for text shown to operators."""

from __future__ import annotations


def italian_number(value: int) -> str:
    """``12345`` -> ``12.345`` (Italian digit grouping)."""
    return f"{value:,}".replace(",", ".")


def count_text(count: int, one: str, many: str) -> str:
    """Singular or plural, both already translated by the caller (``self.tr``); ``%n`` is the number.

    Italian is the source language, so Qt's ``%n`` plural forms would need an Italian translation file;
    choosing between two translated strings keeps every string translatable without one.
    """
    return (one if count == 1 else many).replace("%n", italian_number(count))
