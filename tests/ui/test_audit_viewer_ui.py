"""The audit trail's viewer in the settings (coordinators only), and a household's page listing who opened
and changed it (issue 10, point 3.3)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QTableWidget
from pytestqt.qtbot import QtBot

from app.config import read_laptop_identity
from app.services.registry import households
from app.services.registry.forms import HouseholdForm, PersonForm
from app.ui.context import DataEvents, DeskContext
from app.ui.registry.household_page import HouseholdPage
from app.ui.settings.audit_tab import AuditTab
from app.ui.settings.settings_view import SettingsView
from tests.conftest import Desk
from tests.ui.conftest import MessageBoxes, type_text


def cells(table: QTableWidget, row: int) -> list[str]:
    return [table.item(row, column).text() for column in range(table.columnCount())]


def operator_context(desk: Desk) -> DeskContext:
    identity = read_laptop_identity(desk.paths)
    assert identity is not None
    return DeskContext(paths=desk.paths, store=desk.store, identity=identity, actor=desk.operator, events=DataEvents())


def household_changed_by_the_operator(desk: Desk) -> object:
    household_id = households.create_household(
        desk.uow(desk.operator), HouseholdForm(code="BG-000701", street="via Rovelli", house_number="4"), PersonForm(surname="Mazzà", name="Giulia")
    )
    form = households.household_detail(desk.uow(), household_id).form
    households.update_household(desk.uow(desk.operator), household_id, replace(form, arrears_known=True, arrears_amount="250", arrears_as_of="20/11/2026"))
    return household_id


def test_a_coordinator_finds_a_change_by_the_household_code_and_reads_before_and_after(qtbot: QtBot, desk: Desk, context: DeskContext) -> None:
    household_changed_by_the_operator(desk)
    tab = AuditTab(context)
    qtbot.addWidget(tab)
    tab.show()
    tab.record.setFocus()
    type_text(qtbot, tab.record, "BG-000701")
    qtbot.keyClick(tab.record, Qt.Key.Key_Return)

    assert tab.count.text() == "3 voci"
    first = cells(tab.entries, 0)
    assert first[3:6] == ["Pierangela Ghilardi", "modifica", "nucleo"]
    fields = {cells(tab.fields, row)[0]: cells(tab.fields, row)[1:] for row in range(tab.fields.rowCount())}
    assert fields["morosità"] == ["", "250,00 €"]
    assert fields["morosità al"] == ["", "20/11/2026"]


def test_an_unreadable_date_is_said_and_the_list_stays(qtbot: QtBot, desk: Desk, context: DeskContext) -> None:
    tab = AuditTab(context)
    qtbot.addWidget(tab)
    tab.show()
    shown = tab.entries.rowCount()
    tab.since.setText("31/02/2026")
    qtbot.keyClick(tab.since, Qt.Key.Key_Return)
    assert tab.filter_error.isVisible() and "31/02/2026" in tab.filter_error.text()
    assert tab.entries.rowCount() == shown


def test_the_export_writes_what_the_filters_match(
    qtbot: QtBot, desk: Desk, context: DeskContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, message_boxes: MessageBoxes
) -> None:
    household_changed_by_the_operator(desk)
    target = tmp_path / "registro.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kwargs: (str(target), "*.xlsx"))
    tab = AuditTab(context)
    qtbot.addWidget(tab)
    tab.show()
    tab.since.clear()
    tab.record.setText("BG-000701")
    tab.reload()

    qtbot.keyClick(tab.export_button, Qt.Key.Key_Space)

    qtbot.waitUntil(lambda: len(message_boxes.shown) == 1)
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert {row[7] for row in rows[1:]} >= {"morosità", "cognome"}


def test_only_a_coordinator_has_the_viewer(qtbot: QtBot, desk: Desk, context: DeskContext) -> None:
    def titles(view: SettingsView) -> list[str]:
        return [view.tabText(index) for index in range(view.count())]

    coordinators = SettingsView(context)
    operators = SettingsView(operator_context(desk))
    qtbot.addWidget(coordinators)
    qtbot.addWidget(operators)
    assert "Registro modifiche" in titles(coordinators)
    assert "Registro modifiche" not in titles(operators)


def test_the_household_page_lists_who_opened_and_changed_it(qtbot: QtBot, desk: Desk, context: DeskContext) -> None:
    household_id = household_changed_by_the_operator(desk)
    by_the_operator = HouseholdPage(operator_context(desk))
    qtbot.addWidget(by_the_operator)
    by_the_operator.open_household(household_id)  # type: ignore[arg-type]

    page = HouseholdPage(context)
    qtbot.addWidget(page)
    page.open_household(household_id)  # type: ignore[arg-type]

    rows = [cells(page.accesses, row) for row in range(page.accesses.rowCount())]
    assert rows[0][1:4] == ["Antonio Negro", "consultazione", "nucleo"]
    assert rows[1][1:4] == ["Pierangela Ghilardi", "consultazione", "nucleo"]
    assert ["Pierangela Ghilardi", "modifica", "nucleo"] in [row[1:4] for row in rows]
    assert any("morosità" in row[4] for row in rows)
    assert not by_the_operator.accesses.parentWidget().isVisibleTo(by_the_operator)
