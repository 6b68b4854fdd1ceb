"""The audit trail as a coordinator reads it: filtered, with before and after in words, exported to XLSX,
and a household's page listing who opened and changed it (issue 10, point 3.3)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.clock import pinned
from app.models import Base
from app.record_labels import FIELD_LABELS, TABLE_LABELS
from app.services import audit_trail
from app.services.audit_trail import AuditFilter
from app.services.errors import PermissionDenied
from app.services.exports import export_audit
from app.services.registry import households
from app.services.registry.forms import HouseholdForm, PersonForm
from app.services.unit_of_work import _STAMPS
from app.vocabulary import AuditAction
from tests.conftest import Desk


def register(desk: Desk, code: str, surname: str) -> object:
    return households.create_household(
        desk.uow(desk.operator),
        HouseholdForm(code=code, street="via Rovelli", house_number="4"),
        PersonForm(surname=surname, name="Giulia"),
    )


def test_every_table_and_every_audited_field_has_a_name_for_a_person() -> None:
    tables = {mapper.class_.__tablename__ for mapper in Base.registry.mappers}
    fields = {
        attribute.key
        for mapper in Base.registry.mappers
        for attribute in [*mapper.column_attrs, *(r for r in mapper.relationships if r.secondary is not None)]
    } - _STAMPS

    assert tables - set(TABLE_LABELS) == set()
    assert fields - set(FIELD_LABELS) == set()


def test_a_change_reads_as_the_screens_say_it_with_before_and_after(desk: Desk) -> None:
    with pinned(date(2026, 11, 20)):
        household_id = register(desk, "BG-000101", "Mazzà")
        form = households.household_detail(desk.uow(), household_id).form
        households.update_household(desk.uow(desk.operator), household_id, replace(form, arrears_known=True, arrears_amount="1.234,56", arrears_as_of="15/11/2026"))

    page = audit_trail.audit_page(desk.uow(write=False), AuditFilter(table="households", record="BG-000101"))

    latest = page.lines[0]
    assert (latest.operator_name, latest.action, str(latest.table_label)) == ("Pierangela Ghilardi", AuditAction.UPDATE, "nucleo")
    changes = {str(change.label): (str(change.before), str(change.after)) for change in latest.changes}
    assert changes["morosità"] == ("", "1.234,56 €")
    assert changes["morosità al"] == ("", "15/11/2026")
    assert page.lines[-1].action is AuditAction.INSERT
    assert page.total == len(page.lines) == 2


def test_the_filters_narrow_by_period_operator_table_and_record(desk: Desk) -> None:
    with pinned(date(2026, 11, 2)):
        register(desk, "BG-000201", "Rota")
    with pinned(date(2026, 11, 20)):
        register(desk, "BG-000202", "Pesenti")
        households.create_household(desk.uow(), HouseholdForm(code="BG-000203", street="via Rovelli", house_number="6"), PersonForm(surname="Locatelli", name="Anna"))

    def count(**wanted: object) -> int:
        return audit_trail.audit_page(desk.uow(write=False), AuditFilter(**wanted)).total  # type: ignore[arg-type]

    november_20 = count(since=date(2026, 11, 20), until=date(2026, 11, 20), table="persons")
    assert november_20 == 2
    assert count(since=date(2026, 11, 1), until=date(2026, 11, 2), table="persons") == 1
    assert count(operator_name="Antonio Negro", table="persons") == 1
    assert count(record="bg-000202") == 2  # the household and its holder, whatever the case typed
    one_person = audit_trail.audit_page(desk.uow(write=False), AuditFilter(record="BG-000201", table="persons")).lines[0]
    assert count(record=one_person.record_id[:8]) == 1
    assert "Pierangela Ghilardi" in audit_trail.audit_operators(desk.uow(write=False))


def test_only_a_coordinator_reads_the_trail(desk: Desk) -> None:
    with pytest.raises(PermissionDenied):
        audit_trail.audit_page(desk.uow(desk.operator, write=False), AuditFilter())
    household_id = register(desk, "BG-000301", "Mazzà")
    with pytest.raises(PermissionDenied):
        audit_trail.household_accesses(desk.uow(desk.operator, write=False), household_id)


def test_a_household_page_lists_who_opened_it_and_who_changed_it(desk: Desk) -> None:
    household_id = register(desk, "BG-000401", "Mazzà")
    audit_trail.record_household_opening(desk.uow(desk.operator), household_id)

    lines = audit_trail.household_accesses(desk.uow(write=False), household_id)

    assert [(line.action, line.operator_name) for line in lines][:1] == [(AuditAction.OPEN, "Pierangela Ghilardi")]
    assert {(line.action, str(line.table_label)) for line in lines} >= {(AuditAction.INSERT, "nucleo"), (AuditAction.INSERT, "persona")}
    assert lines[0].changes == ()


def test_an_opening_is_chained_as_every_other_entry(desk: Desk) -> None:
    from app.store.maintenance import check_database

    household_id = register(desk, "BG-000501", "Mazzà")
    audit_trail.record_household_opening(desk.uow(desk.operator), household_id)
    desk.store.engine.dispose()

    assert check_database(desk.paths).ok


def test_the_export_writes_one_row_per_field_changed_in_italian(desk: Desk, tmp_path: Path) -> None:
    household_id = register(desk, "BG-000601", "Mazzà")
    audit_trail.record_household_opening(desk.uow(desk.operator), household_id)
    target = tmp_path / "registro.xlsx"

    written = export_audit(desk.uow(write=False), target, AuditFilter(record="BG-000601"))

    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert rows[0][:4] == ("Momento", "Postazione", "N.", "Operatore")
    assert written == len(rows) - 1
    assert rows[1][4:7] == ("consultazione", "nucleo", str(household_id))
    surname = next(row for row in rows if row[7] == "cognome")
    assert (surname[8], surname[9]) == (None, "Mazzà")


def test_the_export_is_a_coordinators(desk: Desk, tmp_path: Path) -> None:
    folder = tmp_path / "esportazioni"
    folder.mkdir()
    with pytest.raises(PermissionDenied):
        export_audit(desk.uow(desk.operator, write=False), folder / "registro.xlsx", AuditFilter())
    assert list(folder.iterdir()) == []
