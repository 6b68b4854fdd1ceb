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


# --- the rooms of app/services (DESIGN 3) ------------------------------------------------------------------

DOMAINS = ("registry", "desk", "plans", "contributions")
ALLOWED_DOMAINS = {
    "registry": (),
    "desk": ("registry",),
    "plans": ("registry",),
    "contributions": ("plans", "registry"),
}
"""Which other domains each domain's services may use: registry at the bottom, desk and plans above it,
contributions above plans (rule 5 allows arrears with a plan). The kernel at the top of app/services is
open to all of them; timeline.py and exports.py read across domains and are above them all."""


@pytest.mark.parametrize("domain", DOMAINS)
def test_each_domain_imports_only_the_domains_below_it(domain: str) -> None:
    files = python_files(APP / "services" / domain)
    assert files
    others = [other for other in DOMAINS if other != domain and other not in ALLOWED_DOMAINS[domain]]
    assert [line for other in others for line in offending_imports(files, f"app.services.{other}")] == []


@pytest.mark.parametrize("package", ["ui", "printing"])
def test_screens_and_documents_never_touch_the_models_or_the_store(package: str) -> None:
    files = python_files(APP / package)
    assert [line for layer in ("app.models", "app.store") for line in offending_imports(files, layer)] == []


def test_the_vocabulary_and_the_messages_import_neither_qt_nor_sqlalchemy() -> None:
    files = [APP / "vocabulary.py", APP / "messages.py"]
    assert [line for library in ("PySide6", "sqlalchemy") for line in offending_imports(files, library)] == []


def test_no_module_imports_an_enum_of_the_vocabulary_from_where_it_is_used() -> None:
    """Every value is defined once: nothing imports a vocabulary enum from a model or a service."""
    import app.vocabulary

    names = {name for name, value in vars(app.vocabulary).items() if isinstance(value, type) and issubclass(value, app.vocabulary.Labelled)}
    found = []
    for file in python_files(APP) + python_files(APP.parent / "tests"):
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module != "app.vocabulary":
                found += [f"{file.name}:{node.lineno} {alias.name} from {node.module}" for alias in node.names if alias.name in names]
    assert found == []


def import_graph(folder: Path) -> dict[str, set[str]]:
    modules = {module_name(file): file for file in python_files(folder)}
    return {
        name: {target for _, imported in imported_modules(file) if (target := imported) in modules and target != name}
        for name, file in modules.items()
    }


def test_no_import_cycles_in_the_services_the_store_and_the_printing() -> None:
    graph: dict[str, set[str]] = {}
    for package in ("services", "store", "printing"):
        graph.update(import_graph(APP / package))
    cycles = []
    state: dict[str, int] = {}

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                cycles.append(" -> ".join([*path[path.index(target):], target]))
            elif target not in state:
                visit(target, [*path, target])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert cycles == []


def test_no_screen_announces_a_change_itself() -> None:
    """Changes are announced by the unit of work's commit (DataEvents.announce); a widget that emitted
    ``changed`` would be guessing what a service wrote."""
    emitting = {
        file.relative_to(APP.parent).as_posix()
        for file in python_files(APP / "ui")
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("emit", "announce")
        and isinstance(node.func.value, ast.Attribute | ast.Name)
        and getattr(node.func.value, "attr", getattr(node.func.value, "id", "")) in ("changed", "events")
    }
    assert emitting == {"app/ui/context.py"}
