"""Search folding: ``mazza`` finds ``Mazzà``; LIKE wildcards typed by the operator match literally."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.services.registry.text_search import fold, like_pattern, search_words


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Mazzà", "mazza"),
        ("MAZZÀ", "mazza"),
        ("Nicolò Pèrez Güell", "nicolo perez guell"),
        ("ÉLODIE", "elodie"),
        ("Çelik", "celik"),
        ("Nguyễn Thị", "nguyen thi"),
        ("Şahin Öztürk", "sahin ozturk"),
        ("Straße", "strasse"),
        ("STRASSE", "strasse"),
        ("ẞ", "ss"),
        ("D’Angelo", "d'angelo"),
        ("D'Angelo", "d'angelo"),
        ("  Rossi \t Mario\n", "rossi mario"),
        ("Via  Pizzo\u00a0Tre Signori", "via pizzo tre signori"),
        ("ﬁore", "fiore"),
        ("№ 5", "no 5"),
        ("Ⅳ novembre", "iv novembre"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_same_name_typed_differently_folds_the_same() -> None:
    composed = "Mazz\u00e0"
    decomposed = "Mazza\u0300"
    assert composed != decomposed
    assert fold(composed) == fold(decomposed) == fold("mazza") == fold("MAZZA")


@settings(max_examples=200)
@given(st.text())
def test_fold_is_stable_and_lower_case(text: str) -> None:
    folded = fold(text)
    assert fold(folded) == folded
    assert folded == folded.casefold()
    assert folded == folded.strip()
    assert "  " not in folded
    assert "’" not in folded


def test_search_words() -> None:
    assert search_words("  Mazzà   GIULIA ") == ["mazza", "giulia"]
    assert search_words("D’Angelo") == ["d'angelo"]
    assert search_words("") == []
    assert search_words(" \t ") == []


@settings(max_examples=200)
@given(st.text())
def test_every_search_word_is_a_non_empty_folded_word(query: str) -> None:
    words = search_words(query)
    assert all(word and " " not in word and fold(word) == word for word in words)
    assert " ".join(words) == fold(query)


@pytest.mark.parametrize(
    ("word", "pattern"),
    [
        ("rossi", "%rossi%"),
        ("50%", "%50\\%%"),
        ("a_b", "%a\\_b%"),
        ("c:\\x", "%c:\\\\x%"),
        ("%_\\", "%\\%\\_\\\\%"),
    ],
)
def test_like_pattern_escapes_wildcards(word: str, pattern: str) -> None:
    assert like_pattern(word) == pattern


ROWS = ["sconto 50% fisso", "sconto 500", "a_b", "axb", "back\\slash", "backxslash", "rossi mario"]


def matching(word: str) -> list[str]:
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute("CREATE TABLE t (search_text TEXT)")
        connection.executemany("INSERT INTO t VALUES (?)", [(row,) for row in ROWS])
        found = connection.execute(
            "SELECT search_text FROM t WHERE search_text LIKE ? ESCAPE '\\' ORDER BY rowid", (like_pattern(word),)
        )
        return [row[0] for row in found]
    finally:
        connection.close()


def test_like_pattern_matches_wildcards_literally_in_sqlite() -> None:
    assert matching("50%") == ["sconto 50% fisso"]
    assert matching("50") == ["sconto 50% fisso", "sconto 500"]
    assert matching("a_b") == ["a_b"]
    assert matching("\\") == ["back\\slash"]
    assert matching("%") == ["sconto 50% fisso"]
    assert matching("_") == ["a_b"]
    assert matching("mario") == ["rossi mario"]


@settings(max_examples=200)
@given(word=st.text(alphabet="ab%_\\", min_size=1, max_size=5), row=st.text(alphabet="ab%_\\", max_size=8))
def test_like_pattern_is_a_substring_test(word: str, row: str) -> None:
    connection = sqlite3.connect(":memory:")
    try:
        matched = connection.execute("SELECT ? LIKE ? ESCAPE '\\'", (row, like_pattern(word))).fetchone()[0]
    finally:
        connection.close()
    assert bool(matched) == (word in row)
