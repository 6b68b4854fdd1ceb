"""English translation: complete for every string in the code, compiled, and actually shown.

Italian is the source language (resources/i18n/README.md); English comes from
``resources/i18n/portierato_en.ts``, compiled to ``portierato_en.qm``.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

import app.ui.i18n as i18n
from app.messages import CONTEXT as MESSAGES_CONTEXT
from app.messages import msg
from app.services.registry import households
from app.services.registry.forms import HouseholdForm, PersonForm
from app.ui.context import DeskContext
from app.ui.i18n import install_translations
from app.ui.labels import sap_area_label, weekday_name
from app.ui.registry.dialogs import PersonDialog
from app.ui.registry.households_view import HouseholdsView, HouseholdTableModel
from app.ui.text import say
from app.vocabulary import SapArea

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("app",)
"""The screens' tr() calls, and the msg() texts of the services, the store and the vocabulary."""
TS_FILE = ROOT / "resources" / "i18n" / "portierato_en.ts"
QM_FILE = ROOT / "resources" / "i18n" / "portierato_en.qm"
LUPDATE_ARGS = ["-extensions", "py", *SOURCES, "-tr-function-alias", "QT_TR_NOOP+=msg", "-no-obsolete"]
REFRESH = (
    "refresh with (see resources/i18n/README.md):\n"
    "  pyside6-lupdate -extensions py app -tr-function-alias QT_TR_NOOP+=msg -no-obsolete -ts resources/i18n/portierato_en.ts\n"
    "  (translate the new entries)\n"
    "  pyside6-lrelease resources/i18n/portierato_en.ts -qm resources/i18n/portierato_en.qm"
)

Message = tuple[str, str, str]
"""(context, Italian source, disambiguation comment)"""


def qt_tool(name: str) -> Path:
    """The Qt tool shipped in the PySide6 wheel (what ``pyside6-<name>`` runs), so it works in any venv."""
    exe = f"{name}.exe" if sys.platform == "win32" else name
    package = Path(QtCore.__file__).resolve().parent
    wrapper_dir = Path(sys.executable).parent
    for candidate in (
        package / exe,
        package / "Qt" / "libexec" / exe,
        package / "Qt" / "bin" / exe,
        wrapper_dir / f"pyside6-{exe}",
        wrapper_dir / f"pyside6-{name}",
    ):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        pytest.skip(f"Qt's {name} is not installed: neither in {package} nor pyside6-{name} next to {sys.executable} or on PATH")
    return Path(found)


def run_tool(name: str, *args: str) -> None:
    result = subprocess.run([str(qt_tool(name)), *args], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, f"{name} failed:\n{result.stdout}\n{result.stderr}"


def read_ts(path: Path) -> dict[Message, str | None]:
    """Every live message with its English text (None when unfinished or empty)."""
    messages: dict[Message, str | None] = {}
    for context in ET.parse(path).getroot().iter("context"):
        context_name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (context_name, message.findtext("source") or "", message.findtext("comment") or "")
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            forms = [] if translation is None else [f.text or "" for f in translation.findall("numerusform")]
            texts = forms or ([translation.text or ""] if translation is not None else [""])
            finished = kind != "unfinished" and all(text.strip() for text in texts)
            messages[key] = texts[0] if finished else None
    return messages


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[Message, str | None]:
    """The messages lupdate finds in the current sources (into an empty .ts, so all unfinished)."""
    target = tmp_path_factory.mktemp("lupdate") / "current.ts"
    run_tool("lupdate", *LUPDATE_ARGS, "-ts", str(target))
    return read_ts(target)


def describe(messages: set[Message]) -> str:
    return "\n".join(f"  [{context or '<no context>'}] {source!r}" for context, source, _ in sorted(messages))


def test_lupdate_finds_the_strings_of_the_ui(extracted: dict[Message, str | None]) -> None:
    contexts = {context for context, _, _ in extracted}
    assert {"HouseholdsView", "HouseholdTableModel", "FormDialog", "MainWindow", "QMessageBox"} <= contexts
    assert ("HouseholdTableModel", "Codice nucleo", "") in extracted
    assert len(extracted) > 250


def test_every_string_in_the_code_has_a_finished_english_translation(extracted: dict[Message, str | None]) -> None:
    committed = read_ts(TS_FILE)
    missing = set(extracted) - set(committed)
    unfinished = {key for key in set(extracted) & set(committed) if committed[key] is None}
    stale = set(committed) - set(extracted)
    problems = []
    if missing:
        problems.append(f"not in portierato_en.ts:\n{describe(missing)}")
    if unfinished:
        problems.append(f"without a finished English translation:\n{describe(unfinished)}")
    if stale:
        problems.append(f"in portierato_en.ts but no longer in the code:\n{describe(stale)}")
    assert not problems, "\n".join(problems) + "\n" + REFRESH


def test_translations_keep_placeholders_and_markup() -> None:
    wrong = []
    for (context, source, _), english in read_ts(TS_FILE).items():
        if english is None:
            continue
        for token in ("%1", "%2", "%3", "%n", "<b>", "</b>", "<br>", "\n"):
            if source.count(token) != english.count(token):
                wrong.append(f"  [{context}] {source!r} -> {english!r}: {token!r}")
        if _fields(source) != _fields(english):
            wrong.append(f"  [{context}] {source!r} -> {english!r}: fields {sorted(_fields(source))}")
        if ("&" in source.replace("&&", "")) != ("&" in english.replace("&&", "")):
            wrong.append(f"  [{context}] {source!r} -> {english!r}: shortcut marker &")
    assert not wrong, "translations that lost or added a placeholder:\n" + "\n".join(wrong)


def _fields(text: str) -> set[str]:
    """The ``{name}`` fields a service's message fills (app/messages.py)."""
    return set(re.findall(r"\{(\w+)\}", text))


def test_the_committed_qm_is_compiled_from_the_committed_ts(tmp_path: Path) -> None:
    assert QM_FILE.is_file(), "resources/i18n/portierato_en.qm is missing\n" + REFRESH
    recompiled = tmp_path / "portierato_en.qm"
    run_tool("lrelease", str(TS_FILE), "-qm", str(recompiled))
    assert recompiled.read_bytes() == QM_FILE.read_bytes(), "portierato_en.qm is older than portierato_en.ts\n" + REFRESH


def _contexts_in_sources() -> set[str]:
    """Our classes (``self.tr``) and the contexts named in ``QCoreApplication.translate("Context", ...)``."""
    names: set[str] = set()
    for source in SOURCES:
        path = ROOT / source
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ClassDef):
                    names.add(node.name)
                elif (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "translate"
                    and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)
                ):
                    names.add(node.args[0].value)
    return names


def test_every_message_is_in_a_context_the_program_looks_up(extracted: dict[Message, str | None]) -> None:
    """``self.tr`` looks strings up under the class of ``self`` and its bases; ``QMessageBox.tr`` under
    ``QMessageBox``; ``QCoreApplication.translate`` under the context it names. Any other context (an
    alias such as ``tr = parent.tr`` files strings under ``""``) is never used."""
    known = _contexts_in_sources() | {MESSAGES_CONTEXT}
    qt_classes = {name for module in (QtCore, QtGui, QtWidgets) for name in dir(module) if name.startswith("Q")}
    lost = {key for key in extracted if key[0] not in known | qt_classes}
    assert not lost, "strings whose English is never shown:\n" + describe(lost)


@pytest.fixture
def language(qapp: QApplication) -> Iterator[None]:
    """Lets a test switch languages; afterwards no translator of ours stays installed (Qt's default state)."""
    previous_locale = QLocale()
    yield
    for translator in list(i18n._installed):
        qapp.removeTranslator(translator)
    i18n._installed.clear()
    QLocale.setDefault(previous_locale)


def _header(view: HouseholdsView, column: int) -> object:
    return view.model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)


def test_english_is_shown_when_chosen_and_italian_again_after(qtbot: QtBot, context: DeskContext, language: None) -> None:
    app = QApplication.instance()
    assert app is not None

    install_translations(app, "en")
    view = HouseholdsView(context)
    qtbot.addWidget(view)
    assert _header(view, HouseholdTableModel.CODE) == "Household code"
    assert _header(view, HouseholdTableModel.CODICE_FISCALE) == "Tax code"
    assert view.search.placeholderText().startswith("Search by surname")
    assert view.new_button.text() == "New household (Ctrl+Shift+N)"
    # a string of the base class (FormDialog) is found through the subclass's self.tr
    dialog = PersonDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "New member"
    assert {button.text() for button in dialog.buttons.buttons()} == {"Save", "Cancel"}
    # labels of domain values and menu actions use named contexts
    assert sap_area_label(SapArea.PROTEZIONE) != "protezione"
    assert weekday_name(2) == "Wednesday"

    install_translations(app, "it")
    italian = HouseholdsView(context)
    qtbot.addWidget(italian)
    assert _header(italian, HouseholdTableModel.CODE) == "Codice nucleo"
    assert italian.new_button.text() == "Nuovo nucleo (Ctrl+Shift+N)"


SUPPLEMENT_TS = ROOT / "resources" / "i18n" / "qt_supplement_it.ts"
SUPPLEMENT_QM = ROOT / "resources" / "i18n" / "qt_supplement_it.qm"


def test_the_committed_qt_supplement_is_compiled_from_its_ts(tmp_path: Path) -> None:
    recompiled = tmp_path / "qt_supplement_it.qm"
    run_tool("lrelease", str(SUPPLEMENT_TS), "-qm", str(recompiled))
    assert recompiled.read_bytes() == SUPPLEMENT_QM.read_bytes(), "refresh with: pyside6-lrelease resources/i18n/qt_supplement_it.ts"


def test_qts_file_dialog_speaks_italian_where_its_own_catalogue_is_silent(qtbot: QtBot, tmp_path: Path, language: None) -> None:
    app = QApplication.instance()
    assert app is not None
    (tmp_path / "cartella").mkdir()
    install_translations(app, "it")
    dialog = QFileDialog(None, "Scegliere il file", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)

    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Cerca in:", "File di &tipo:", "&Nome del file:"} <= labels
    assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder") == "Cartella"


def test_what_services_say_is_shown_in_english_when_english_is_chosen(qtbot: QtBot, context: DeskContext, language: None) -> None:
    """A refusal under its field, a label of the vocabulary in a list, a weekday: all from the services."""
    app = QApplication.instance()
    assert app is not None
    household_id = households.create_household(
        context.uow(),
        HouseholdForm(code="BG-1", street="via Rovelli", house_number="3", sap_area="protezione"),
        PersonForm(surname="Conti", name="Chiara"),
    )
    install_translations(app, "en")
    dialog = PersonDialog(context, household_id=household_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.person.birth_date.setText("31/02/1990")
    dialog.submit()

    errors = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible() and label.text()]
    assert any("The date 31/02/1990 does not exist in the calendar." in text for text in errors), errors
    assert any("Required." == text for text in errors), errors  # the surname, its caption dropped
    assert say(SapArea.PROTEZIONE.label) == "protection"
    assert weekday_name(2) == "Wednesday"
    assert say(msg("Solo un coordinatore può {action}.").fill(action=msg("modificare gli elenchi"))) == "Only a coordinator may change the lists."
