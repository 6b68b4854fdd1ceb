"""The registry as an operator uses it: keyboard only, from the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.services.registry import households
from app.services.registry.forms import HouseholdForm, PersonForm
from app.services.registry.households import PAGE_SIZE
from app.ui.context import DeskContext
from app.ui.main_window import MainWindow
from app.ui.registry.dialogs import HouseholdDialog, IseeDialog, PersonDialog
from app.ui.registry.households_view import HouseholdsView
from tests.ui.conftest import MessageBoxes, type_text


def _household(context: DeskContext, code: str, surname: str, name: str, codice_fiscale: str = "", street: str = "via Rovelli") -> None:
    households.create_household(
        context.uow(),
        HouseholdForm(code=code, street=street, house_number="3", neighbourhood="Celadina"),
        PersonForm(surname=surname, name=name, codice_fiscale=codice_fiscale),
    )


def test_search_as_you_type_ignores_accents_and_opens_with_enter(qtbot: QtBot, context: DeskContext) -> None:
    _household(context, "BG-1", "Mazzà", "Giulia", "CNTCHR83T41D969D")
    _household(context, "BG-2", "Rossi", "Mario")
    view = HouseholdsView(context)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    qtbot.keyClicks(view.search, "mazza")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    index = view.model.index(0, 1)
    assert view.model.data(index) == "Mazzà Giulia"
    assert view.model.data(view.model.index(0, 2)) == "CNTCHR••••••••9D"
    assert view.count_label.text() == "1 nucleo"
    with qtbot.waitSignal(view.open_household) as opened:
        qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert opened.args[0] == view.model.household_id(0)


def test_sorting_a_column_sorts_the_whole_registry(qtbot: QtBot, context: DeskContext) -> None:
    for number, surname in enumerate(["Bianchi", "Zanetti", "Albani"]):
        _household(context, f"BG-{number}", surname, "Anna")
    view = HouseholdsView(context)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    assert [view.model.data(view.model.index(r, 1)) for r in range(3)] == ["Albani Anna", "Bianchi Anna", "Zanetti Anna"]
    view.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert [view.model.data(view.model.index(r, 1)) for r in range(3)] == ["Zanetti Anna", "Bianchi Anna", "Albani Anna"]


def test_new_household_typed_with_the_keyboard_is_stored(qtbot: QtBot, context: DeskContext) -> None:
    dialog = HouseholdDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.code, "bg-77")
    qtbot.keyClicks(dialog.street, "via Pizzo Tre Signori")
    qtbot.keyClicks(dialog.house_number, "2")
    qtbot.keyClicks(dialog.assignment_date, "15/03/2025")
    assert dialog.holder is not None
    type_text(qtbot, dialog.holder.surname, "Mazzà")
    qtbot.keyClicks(dialog.holder.name, "Giulia")
    qtbot.keyClicks(dialog.holder.codice_fiscale, "cntchr83t41d969d")
    assert dialog.holder.birth_date.text() == "01/12/1983"
    assert dialog.holder.sex.currentData() == "F"
    qtbot.keyClick(dialog.holder.name, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    detail = households.household_detail(context.reader(), dialog.saved_id)
    assert detail.code == "BG-77"
    assert detail.holder is not None and detail.holder.codice_fiscale == "CNTCHR83T41D969D"


def test_errors_are_shown_under_their_fields_and_what_was_typed_stays(qtbot: QtBot, context: DeskContext) -> None:
    dialog = HouseholdDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.code, "BG-78")
    qtbot.keyClicks(dialog.street, "via Rovelli")
    qtbot.keyClicks(dialog.assignment_date, "31/02/2025")
    qtbot.keyClicks(dialog.income, "1,234.56")
    assert dialog.holder is not None
    qtbot.keyClicks(dialog.holder.surname, "Rossi")
    qtbot.keyClick(dialog.street, Qt.Key.Key_Return)
    assert dialog.isVisible()
    errors = {name: label.text() for name, (_, label) in dialog._fields.items() if label.isVisible()}
    assert errors["assignment_date"] == "La data 31/02/2025 non esiste nel calendario."
    assert "Forme accettate" in errors["monthly_income"]
    assert errors["holder_name"] == "Campo obbligatorio."
    assert dialog.income.text() == "1,234.56" and dialog.code.text() == "BG-78"
    assert households.count_households(context.reader(), "") == 0


def test_escape_asks_before_discarding_typed_data(qtbot: QtBot, context: DeskContext, message_boxes: MessageBoxes) -> None:
    dialog = PersonDialog(context, household_id=None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.person.surname, "Rossi")
    qtbot.keyClick(dialog.person.surname, Qt.Key.Key_Escape)
    assert len(message_boxes.texts("question")) == 1
    assert "Chiudere senza salvare" in message_boxes.texts("question")[0]
    assert dialog.isVisible() and dialog.person.surname.text() == "Rossi"
    message_boxes.answer = QMessageBox.StandardButton.Yes
    qtbot.keyClick(dialog.person.surname, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_isee_form_shows_validity_and_stores_the_amount_in_cents(qtbot: QtBot, context: DeskContext) -> None:
    _household(context, "BG-5", "Rossi", "Mario")
    household_id = households.search_households(context.reader(), "BG-5")[0].id
    dialog = IseeDialog(context, household_id=household_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData("corrente"))
    qtbot.keyClicks(dialog.filing_date, "15/03/2026")
    assert dialog.validity.text() == "valida fino al 14/09/2026"
    type_text(qtbot, dialog.value, "€ 12.345,67")
    qtbot.keyClicks(dialog.protocol, "INPS-ISEE-2026-123456789-00")
    qtbot.keyClick(dialog.value, Qt.Key.Key_Return)
    detail = households.household_detail(context.reader(), household_id)
    assert [(a.value_cents, a.valid_until.isoformat()) for a in detail.attestations] == [(1_234_567, "2026-09-14")]


def test_main_window_shortcuts(qtbot: QtBot, context: DeskContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _household(context, "BG-9", "Çelik", "Ayşe")
    opened: list[str] = []
    monkeypatch.setattr(HouseholdDialog, "exec", lambda self: opened.append(self.windowTitle()) or 0)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.households.search
    qtbot.keyClicks(window.households.search, "celik")
    qtbot.waitUntil(lambda: window.households.model.rowCount() == 1)
    qtbot.keyClick(window.households.search, Qt.Key.Key_Return)
    assert window.registry.currentWidget() is window.household_page
    assert "Çelik Ayşe" in window.household_page.title.text()
    qtbot.keyClick(window.household_page.members, Qt.Key.Key_Escape)
    assert window.registry.currentWidget() is window.households
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert opened == ["Nuovo nucleo"]


def test_a_full_page_is_counted_on_a_worker_and_more_rows_load_on_scroll(qtbot: QtBot, context: DeskContext) -> None:
    for number in range(PAGE_SIZE + 5):
        _household(context, f"BG-{number:03d}", "Rota", f"Nome{number:03d}")
    view = HouseholdsView(context)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.count_label.text() == f"{PAGE_SIZE + 5} nuclei")
    assert view.model.rowCount() == PAGE_SIZE
    assert view.model.canFetchMore()
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: view.model.rowCount() == PAGE_SIZE + 5)
    assert not view.model.canFetchMore()


def test_editing_a_refused_field_clears_its_error_and_brings_back_the_live_hint(qtbot: QtBot, context: DeskContext) -> None:
    _household(context, "BG-6", "Bianchi", "Anna")
    dialog = PersonDialog(context, household_id=households.search_households(context.reader(), "BG-6")[0].id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.person.surname, "Rossi")
    qtbot.keyClicks(dialog.person.name, "Mario")
    qtbot.keyClicks(dialog.person.codice_fiscale, "RSSMRA45C12F205X")
    assert dialog.person.hint.text() == "Codice non valido: controllare i caratteri."
    qtbot.keyClick(dialog.person.name, Qt.Key.Key_Return)
    _, error = dialog._fields["codice_fiscale"]
    assert error.isVisible() and error.text().startswith("L'ultima lettera (di controllo)")
    assert not dialog.person.hint.isVisible()
    qtbot.keyClick(dialog.person.codice_fiscale, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.person.codice_fiscale, "C")
    assert not error.isVisible()
    assert dialog.person.hint.isVisible() and dialog.person.hint.text() == "Codice valido: nata/o il 12/03/1945"
