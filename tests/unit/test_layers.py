"""Data flows one way (CONVENTIONS 1): only app/ui touches Qt, and nothing below it imports the UI.

Imports are read from the syntax tree, so imports inside functions count and comments or strings do not.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[2] / "app"
QT_FREE_PACKAGES = ("models", "services", "printing")
COMPOSITION_ROOT = "bootstrap.py"
"""app/bootstrap.py builds the QApplication and the main window (CONVENTIONS 22): it may import Qt."""


def module_name(file: Path, app: Path = APP) -> str:
    parts = file.relative_to(app.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(file: Path, app: Path = APP) -> Iterator[tuple[int, str]]:
    """Every module ``file`` imports, absolute, with its line; also ``importlib.import_module("...")``."""
    tree = ast.parse(file.read_text(encoding="utf-8"), filename=str(file))
    name = module_name(file, app)
    package = name if file.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".")
                base = ".".join(base_parts[: len(base_parts) - (node.level - 1)])
                target = f"{base}.{node.module}" if node.module else base
            else:
                target = node.module or ""
            yield node.lineno, target
            for alias in node.names:  # ``from app import ui`` imports the package app.ui
                yield node.lineno, f"{target}.{alias.name}"
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            called = node.func
            name = called.attr if isinstance(called, ast.Attribute) else getattr(called, "id", "")
            if name in ("import_module", "__import__") and isinstance(node.args[0].value, str):
                yield node.lineno, node.args[0].value


def is_within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def python_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.py"))


def offending_imports(files: list[Path], forbidden: str) -> list[str]:
    return [
        f"{file.relative_to(APP.parent)}:{line} imports {module}"
        for file in files
        for line, module in imported_modules(file)
        if is_within(module, forbidden)
    ]


def test_the_scanner_sees_every_kind_of_import(tmp_path: Path) -> None:
    fake_app = tmp_path / "app" / "services"
    fake_app.mkdir(parents=True)
    sample = fake_app / "sample.py"
    sample.write_text(
        "import PySide6\n"
        "from PySide6.QtCore import QObject\n"
        "def later():\n"
        "    from PySide6 import QtWidgets\n"
        "    import importlib\n"
        "    importlib.import_module('PySide6.QtGui')\n"
        "from ..ui import forms\n"
        "from .. import ui\n"
        "# import PySide6 in a comment does not count\n"
        "text = 'import PySide6'\n",
        encoding="utf-8",
    )
    found = set(imported_modules(sample, tmp_path / "app"))
    assert sorted(line for line, module in found if is_within(module, "PySide6")) == [1, 2, 2, 4, 4, 6]
    assert sorted(line for line, module in found if is_within(module, "app.ui")) == [7, 7, 8]
    assert (7, "app.ui.forms") in found
    assert not any(line > 8 for line, _ in found)


@pytest.mark.parametrize("package", QT_FREE_PACKAGES)
def test_models_services_and_printing_never_import_qt(package: str) -> None:
    assert offending_imports(python_files(APP / package), "PySide6") == []


def test_the_layers_below_the_ui_exist_and_are_scanned() -> None:
    # app/printing arrives with the first printed document; until then the scan of it finds nothing
    assert python_files(APP / "models") and python_files(APP / "services")


def test_only_app_ui_imports_qt() -> None:
    outside_ui = [
        file
        for file in python_files(APP)
        if file.relative_to(APP).parts[0] != "ui" and file.relative_to(APP).as_posix() != COMPOSITION_ROOT
    ]
    assert offending_imports(outside_ui, "PySide6") == []


@pytest.mark.parametrize("package", ["models", "services", "printing"])
def test_nothing_below_the_ui_imports_the_ui(package: str) -> None:
    assert offending_imports(python_files(APP / package), "app.ui") == []


def test_models_do_not_import_services() -> None:
    assert offending_imports(python_files(APP / "models"), "app.services") == []


def test_the_scanner_finds_qt_where_it_lives() -> None:
    assert offending_imports(python_files(APP / "ui"), "PySide6")
