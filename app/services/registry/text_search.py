"""Text folded for search: lower case without accents, so ``mazza`` finds ``Mazzà`` (pure rules).

Folding happens when a row is saved (into a ``search_text`` column) and when the operator types, so the
database compares plain ASCII-like text with ``LIKE`` on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    # compatibility forms first (``№`` -> ``No``), so what they turn into is case-folded as well
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.replace("’", "'").split())


def search_words(query: str) -> list[str]:
    """The folded words of what the operator typed; every word must occur in a matching row."""
    return [word for word in fold(query).split(" ") if word]


def like_pattern(word: str) -> str:
    """A ``LIKE`` pattern that matches ``word`` anywhere, with the wildcard characters escaped (escape ``\\``)."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
