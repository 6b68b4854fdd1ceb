"""In the English interface no service text stays Italian: whatever a service says is a message.

The scan reads app/services and app/store for text that looks written for a person (Italian words, more
than one of them) outside ``msg(...)``, docstrings and the log. What is data rather than something said
(the seeded lists and desks, the default privacy notice, the files' column names, the words a landlord's
statement uses) is named in :data:`DATA`, each with why.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"
WORD = re.compile(r"(?<![\w%])[a-zàèéìòù]{3,}(?![\w(])")
"""A word in lower case, as every sentence and every label has (codes, keys and SQL have none)."""
PROGRAMMER_ERRORS = {"ValueError", "RuntimeError", "TypeError", "KeyError", "AssertionError", "NotImplementedError"}
"""Raised for a bug, not for a person: their texts are English, for the log."""

DATA: dict[str, set[str]] = {
    "services/catalogues.py": {"SEEDS"},  # the seeded lists: data a coordinator edits, stored as typed
    "services/offices.py": {"SEED_OFFICES"},  # the project's desks as the first run stores them
    "services/settings.py": {"PRIVACY_NOTICE_TEXT", "SETTINGS"},  # the default notice's text is a document's
    "services/first_run.py": {"FIRST_RUN", "SEEDING"},  # who wrote a row, in the audit trail
    "services/unit_of_work.py": {"COMMAND_LINE", "REDACTED"},  # likewise
    # the exported files are written in Italian, as the Comune and the funder read them
    "services/exports.py": {"VISIT_COLUMNS", "PLAN_COLUMNS", "CONTRIBUTION_COLUMNS", "RECEIPT_COLUMNS", "SHEETS", "DATETIME_FORMAT", "_PROPOSED_DECISIONS"},
    "services/plans/payment_import.py": {"METHOD_WORDS"},  # words read from the landlord's statements
    # the period of a renegotiated plan's one debt item: stored as a period typed at the desk is, printed
    # on the agreement (always Italian)
    "services/plans/plans.py": {"RENEGOTIATED_DEBT"},
    # the funding line a receipt prints (editable in the terms), the seeded programmes' names (stored,
    # renamed at will) and who recorded their first terms (an author's name, as FIRST_RUN)
    "services/contributions/programmes.py": {"FUNDING_STATEMENT", "SEED_NAMES", "SEED_RECORDED_BY"},
    # what a receipt prints, stored with it and reprinted as issued
    "services/contributions/receipt_rules.py": {"STAMP_DUTY_LINES"},
    "services/contributions/receipts.py": {"PURPOSE"},
}
"""Top-level names whose strings are data, per file under app/."""


def _docstrings(tree: ast.AST) -> set[int]:
    found: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list):
            for statement in body:
                if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant) and isinstance(statement.value.value, str):
                    found.add(id(statement.value))
    return found


def _programmer_errors(tree: ast.Module) -> set[str]:
    """The programmer errors, with the ones the file derives from them (``class AppendOnly(RuntimeError)``)."""
    derived = {
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef) and any(isinstance(base, ast.Name) and base.id in PROGRAMMER_ERRORS for base in node.bases)
    }
    return PROGRAMMER_ERRORS | derived


def _excluded(tree: ast.Module, data_names: set[str]) -> set[int]:
    excluded = _docstrings(tree)
    programmer_errors = _programmer_errors(tree)
    for node in ast.walk(tree):
        is_msg = isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "msg"
        is_log = (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id in ("log", "logging", "logger")
        )
        is_bug = (
            isinstance(node, ast.Raise)
            and isinstance(node.exc, ast.Call)
            and isinstance(node.exc.func, ast.Name)
            and node.exc.func.id in programmer_errors
        )
        if is_msg or is_log or is_bug:
            excluded.update(id(sub) for sub in ast.walk(node))
    for statement in tree.body:
        targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target] if isinstance(statement, ast.AnnAssign) else []
        if any(isinstance(target, ast.Name) and target.id in data_names for target in targets):
            excluded.update(id(sub) for sub in ast.walk(statement))
    return excluded


def _looks_said(text: str) -> bool:
    words = text.split()
    return len(words) > 1 and bool(WORD.search(text)) and not text.lstrip().upper().startswith(("SELECT", "PRAGMA", "CREATE", "INSERT", "UPDATE", "DELETE"))


def italian_texts(file: Path) -> list[str]:
    tree = ast.parse(file.read_text(encoding="utf-8"))
    excluded = _excluded(tree, DATA.get(file.relative_to(APP).as_posix(), set()))
    found = []
    for node in ast.walk(tree):
        if id(node) in excluded:
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and _looks_said(node.value):
            found.append(f"{file.relative_to(APP.parent)}:{node.lineno}: {node.value[:70]!r}")
        elif isinstance(node, ast.JoinedStr):
            text = "".join(part.value for part in node.values if isinstance(part, ast.Constant))
            if _looks_said(text):
                found.append(f"{file.relative_to(APP.parent)}:{node.lineno}: f{text[:70]!r}")
                excluded.update(id(sub) for sub in ast.walk(node))
    return found


def test_services_and_the_store_say_everything_through_messages() -> None:
    files = sorted((APP / "services").rglob("*.py")) + sorted((APP / "store").rglob("*.py"))
    found = [line for file in files for line in italian_texts(file)]
    assert found == [], "texts for a person outside msg():\n" + "\n".join(found)


def test_the_scan_finds_an_italian_sentence(tmp_path: Path) -> None:
    sample = APP / "services" / "_scan_sample.py"
    try:
        sample.write_text(
            '"""Docstring."""\nX = msg("Va bene così.")\nY = f"Il piano {n} non esiste."\nZ = "una parola"\nW = "ok"\n'
            'raise ValueError("a bug, for the log")\n',
            encoding="utf-8",
        )
        assert [line.split(": ", 1)[1] for line in italian_texts(sample)] == ["f'Il piano  non esiste.'", "'una parola'"]
    finally:
        sample.unlink()
