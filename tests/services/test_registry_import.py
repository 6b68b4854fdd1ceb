from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import event, func, select

from app.models.audit import AuditEntry
from app.models.base import Base
from app.models.household import Household, IseeAttestation
from app.models.person import Person
from app.services.registry import households
from app.services.registry.forms import HouseholdForm, PersonForm
from app.services.registry.households import IMPORTED_CHANGE_REASON, HouseholdDetail
from app.services.registry.importer import import_households, preview_import
from app.services.registry.spreadsheet import BadRow, ImportFileError
from app.vocabulary import HouseholdRole, IseeKind, SapArea
from tests.conftest import TODAY, Desk
from tests.registry_files import ANNA, ARREARS_COLUMNS, COLUMNS, FAMILIES, GIULIA, LUCA, MARIO, MEHMET, Row, write_csv


def household_id(desk: Desk, code: str) -> Any:
    with desk.uow(write=False) as uow:
        return uow.session.scalars(select(Household.id).where(Household.code == code)).one()


def detail(desk: Desk, code: str) -> HouseholdDetail:
    return households.household_detail(desk.uow(write=False), household_id(desk, code))


def count(desk: Desk, model: type[Base]) -> int:
    with desk.uow(write=False) as uow:
        return uow.session.scalar(select(func.count()).select_from(model)) or 0


def stamps(desk: Desk) -> set[tuple[str, datetime]]:
    with desk.uow(write=False) as uow:
        return {
            (str(row_id), updated_at)
            for model in (Household, Person, IseeAttestation)
            for row_id, updated_at in uow.session.execute(select(model.id, model.updated_at))
        }


def lines_and_columns(rows: Sequence[BadRow]) -> list[tuple[int, str]]:
    return [(row.line, row.column) for row in rows]


def said(rows: Sequence[BadRow]) -> list[tuple[int, str, str]]:
    """Each row's line, column and reason as the command line prints it."""
    return [(row.line, row.column, str(row.reason)) for row in rows]


def test_semicolon_csv_creates_households_with_dwelling_isee_members_and_desk(desk: Desk, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "anagrafe.csv", [GIULIA, LUCA, MEHMET, ANNA, MARIO])

    report = import_households(desk.uow(), path)

    assert report.imported and report.bad_rows == ()
    assert (report.households_created, report.households_updated, report.households_unchanged) == (3, 0, 0)
    assert (report.persons_created, report.persons_updated) == (5, 0)
    assert str(report.summary()) == "Importati 3 nuclei nuovi e 0 aggiornati (5 persone), 0 invariati."
    first = detail(desk, "N001")
    assert first.address == "via Pizzo Tre Signori 2, scala A, piano 1, int. 3"
    assert first.form.neighbourhood == "Celadina" and first.form.centralised_heating is True
    assert first.assignment_date == date(2010, 3, 15) and first.sap_area is SapArea.ACCESSO
    assert first.form.office_code == "CEL"
    assert [(a.kind, a.filing_date, a.value_cents, a.protocol) for a in first.attestations] == [
        (IseeKind.ORDINARIO, date(2026, 1, 10), 1_234_567, "INPS-ISEE-2026-123456789-00")
    ]
    assert first.holder is not None and first.holder.full_name == "Mazzà Giulia"
    assert (first.holder.phone, first.holder.email) == ("035 123456", "giulia.mazza@example.it")
    assert {(m.full_name, m.role, m.codice_fiscale, m.birth_date) for m in first.members} == {
        ("Mazzà Giulia", HouseholdRole.HOLDER, "MZZGLI80A41A794N", date(1980, 1, 1)),
        ("Mazzà Luca", HouseholdRole.MEMBER, "MZZLCU05M10A794H", date(2005, 8, 10)),
    }
    second = detail(desk, "N002")
    assert second.form.office_code == "COL" and second.form.centralised_heating is False
    assert second.attestations == () and second.arrears_cents is None
    assert detail(desk, "N003").form.office_code == "LAZ"
    to_complete = households.persons_to_complete(desk.uow(write=False))
    assert [(p.surname, p.name, p.household_code) for p in to_complete] == [("Bianchi", "Anna", "N002")]


def test_comma_csv_with_bom_iso_dates_and_headers_in_any_order_and_case(desk: Desk, tmp_path: Path) -> None:
    columns = [*reversed(COLUMNS), "note interne"]
    header = [column.replace("_", " ").upper() for column in reversed(COLUMNS)] + ["Note interne"]
    conca = {
        **MARIO,
        "quartiere": "Conca Fiorita",
        "data_nascita": "1945-03-12",
        "isee_tipo": "corrente",
        "isee_data_presentazione": "2026-10-01",
        "isee_valore": "9.500,50",
        "note interne": "ignorata",
    }
    elsewhere = {**MEHMET, "quartiere": "Borgo Palazzo"}
    path = write_csv(
        tmp_path / "anagrafe.csv",
        [conca, elsewhere],
        columns=columns,
        header=header,
        separator=",",
        encoding="utf-8-sig",
    )
    assert path.read_bytes().startswith(b"\xef\xbb\xbfEMAIL,")

    report = import_households(desk.uow(), path)

    assert report.imported and report.bad_rows == () and report.households_created == 2
    rossi = detail(desk, "N003")
    assert rossi.form.office_code == "LAZ"
    assert rossi.members[0].birth_date == date(1945, 3, 12)
    assert [(a.kind, a.value_cents, a.valid_until) for a in rossi.attestations] == [
        (IseeKind.CORRENTE, 950_050, date(2027, 3, 31))
    ]
    assert detail(desk, "N002").form.office_code == ""


def test_windows_1252_file_keeps_accented_names(desk: Desk, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "anagrafe.csv", FAMILIES, encoding="cp1252")
    assert "Mazzà".encode("cp1252") in path.read_bytes()

    import_households(desk.uow(), path)

    found = households.search_households(desk.uow(write=False), "mazza")
    assert [row.holder_name for row in found] == ["Mazzà Giulia"]
    found = households.search_households(desk.uow(write=False), "celik")
    assert [row.holder_name for row in found] == ["Çelik Mehmet"]


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]], columns: Sequence[str] = ARREARS_COLUMNS) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(list(columns))
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def xlsx_row(row: Row, columns: Sequence[str] = ARREARS_COLUMNS) -> list[Any]:
    return [row.get(column) for column in columns]


def test_xlsx_with_numeric_date_and_boolean_cells(desk: Desk, tmp_path: Path) -> None:
    giulia = {
        **GIULIA,
        "data_nascita": datetime(1980, 1, 1),
        "data_assegnazione": date(2010, 3, 15),
        "civico": 2,
        "piano": 1,
        "interno": 3,
        "riscaldamento_centralizzato": True,
        "isee_data_presentazione": datetime(2026, 1, 10),
        "isee_valore": 12345.67,
        "telefono": 3331234567,
        "morosita_importo": 0,
        "morosita_al": date(2026, 9, 30),
    }
    mehmet = {
        **MEHMET,
        "isee_tipo": "ordinario",
        "isee_data_presentazione": date(2026, 2, 1),
        "isee_valore": 8000.5,
        "morosita_importo": 1250.5,
        "morosita_al": date(2026, 9, 30),
    }
    path = write_xlsx(tmp_path / "anagrafe.xlsx", [xlsx_row(giulia), xlsx_row(LUCA), xlsx_row(mehmet), xlsx_row(ANNA)])

    report = import_households(desk.uow(), path)

    assert report.bad_rows == () and report.households_created == 2 and report.persons_created == 4
    first = detail(desk, "N001")
    assert first.address == "via Pizzo Tre Signori 2, scala A, piano 1, int. 3"
    assert first.form.centralised_heating is True
    assert first.assignment_date == date(2010, 3, 15)
    assert first.holder is not None and first.holder.birth_date == date(1980, 1, 1)
    assert first.holder.phone == "3331234567"
    assert [a.value_cents for a in first.attestations] == [1_234_567]
    assert (first.arrears_cents, first.arrears_as_of) == (0, date(2026, 9, 30))
    second = detail(desk, "N002")
    assert [a.value_cents for a in second.attestations] == [800_050]
    assert second.arrears_cents == 125_050


def test_xlsx_amount_with_three_decimals_is_refused_not_read_as_thousands(desk: Desk, tmp_path: Path) -> None:
    odd = {**GIULIA, "isee_valore": 1.234}
    path = write_xlsx(tmp_path / "anagrafe.xlsx", [xlsx_row(MEHMET), [], xlsx_row(odd)])

    report = import_households(desk.uow(), path)

    assert not report.imported
    assert lines_and_columns(report.bad_rows) == [(4, "isee_valore")]
    assert "«1,234»" in str(report.bad_rows[0].reason)
    assert count(desk, Household) == 0


def test_a_bad_row_imports_nothing_and_every_problem_is_reported(desk: Desk, tmp_path: Path) -> None:
    rows = [
        {**GIULIA, "data_nascita": "31/02/1980"},
        {**LUCA, "codice_fiscale": "MZZLCU05M10A794X"},
        {},
        {**MEHMET, "riscaldamento_centralizzato": "forse", "isee_tipo": "ordinario"},
        {**ANNA, "ruolo": "figlia"},
        {**MARIO, "codice_nucleo": "", "area": "ricchi"},
    ]
    audit_before = count(desk, AuditEntry)

    report = import_households(desk.uow(), write_csv(tmp_path / "anagrafe.csv", rows))

    assert report.imported is False
    assert (count(desk, Household), count(desk, Person), count(desk, AuditEntry)) == (0, 0, audit_before)
    assert lines_and_columns(report.bad_rows) == [
        (2, "data_nascita"),
        (3, "codice_fiscale"),
        (5, "riscaldamento_centralizzato"),
        (5, "isee_data_presentazione"),
        (5, "isee_valore"),
        (6, "ruolo"),
        (7, "codice_nucleo"),
        (7, "area"),
    ]
    reasons = {(line, column): reason for line, column, reason in said(report.bad_rows)}
    assert reasons[(2, "data_nascita")] == "Data di nascita: La data 31/02/1980 non esiste nel calendario."
    assert reasons[(3, "codice_fiscale")].startswith("Codice fiscale: L'ultima lettera (di controllo)")
    assert reasons[(5, "riscaldamento_centralizzato")] == (
        "Riscaldamento centralizzato: «forse» non è tra i valori ammessi (sì, no, x, 1, 0)."
    )
    assert reasons[(5, "isee_valore")] == "Valore ISEE: campo obbligatorio."
    assert reasons[(6, "ruolo")] == "Ruolo: «figlia» non è tra i valori ammessi (intestatario, componente)."
    assert reasons[(7, "codice_nucleo")] == "Codice nucleo: campo obbligatorio."
    assert str(report.summary()) == (
        "Nessun dato importato: 8 righe non valide. Correggere il file e ripetere l'importazione."
    )


def test_a_household_needs_exactly_one_holder(desk: Desk, tmp_path: Path) -> None:
    two_holders = [GIULIA, {**LUCA, **{k: v for k, v in GIULIA.items() if k not in LUCA}, "ruolo": "intestatario"}]
    no_holder = [ANNA]
    path = write_csv(tmp_path / "anagrafe.csv", [*two_holders, *no_holder])

    report = import_households(desk.uow(), path)

    assert not report.imported
    assert said(report.bad_rows) == [
        (2, "ruolo", "Il nucleo N001 ha 2 intestatari (righe 2, 3): ce ne deve essere uno solo."),
        (3, "ruolo", "Il nucleo N001 ha 2 intestatari (righe 2, 3): ce ne deve essere uno solo."),
        (4, "ruolo", "Il nucleo N002 non ha un intestatario: una delle sue righe deve avere ruolo «intestatario»."),
    ]


def test_componente_rows_need_no_household_columns(desk: Desk, tmp_path: Path) -> None:
    luca = {**LUCA, "indirizzo": "", "area": "non letta", "riscaldamento_centralizzato": "boh", "isee_tipo": "x"}
    report = import_households(desk.uow(), write_csv(tmp_path / "anagrafe.csv", [GIULIA, luca]))
    assert report.imported and report.bad_rows == () and report.persons_created == 2


def test_skip_invalid_imports_the_valid_households_only(desk: Desk, tmp_path: Path) -> None:
    rows = [GIULIA, {**LUCA, "email": "luca@"}, MEHMET, ANNA]

    report = import_households(desk.uow(), write_csv(tmp_path / "anagrafe.csv", rows), skip_invalid=True)

    assert report.imported
    assert said(report.bad_rows) == [(3, "email", "E-mail: indirizzo non valido (esempio: nome@dominio.it).")]
    assert (report.households_created, report.skipped_households, report.persons_created) == (1, 1, 2)
    assert households.count_households(desk.uow(write=False), "") == 1
    assert {m.full_name for m in detail(desk, "N002").members} == {"Çelik Mehmet", "Bianchi Anna"}
    assert str(report.summary()) == (
        "Importati 1 nucleo nuovo e 0 aggiornati (2 persone), 0 invariati; 1 riga non valida (1 nucleo saltato)."
    )


def test_importing_the_same_file_twice_changes_nothing(desk: Desk, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "anagrafe.csv", FAMILIES)
    import_households(desk.uow(), path)
    audit_before, stamps_before = count(desk, AuditEntry), stamps(desk)

    report = import_households(desk.uow(), path)

    assert (report.households_created, report.households_updated, report.households_unchanged) == (0, 0, 2)
    assert (report.persons_created, report.persons_updated, report.persons_left) == (0, 0, 0)
    assert count(desk, AuditEntry) == audit_before
    assert stamps(desk) == stamps_before
    assert count(desk, Person) == 4


def test_a_newer_file_updates_what_changed_and_records_the_holder_change(desk: Desk, tmp_path: Path) -> None:
    import_households(desk.uow(), write_csv(tmp_path / "giugno.csv", FAMILIES))
    household_columns = {k: v for k, v in GIULIA.items() if k not in LUCA}
    luca_holder = {**household_columns, **LUCA, "ruolo": "intestatario", "isee_valore": "13.000,00"}
    giulia_member = {k: GIULIA[k] for k in LUCA} | {"ruolo": "componente"}
    mehmet = {**MEHMET, "telefono": "333 7654321"}
    newer = write_csv(tmp_path / "novembre.csv", [giulia_member, luca_holder, mehmet])
    attestation_id = detail(desk, "N001").attestations[0].id

    report = import_households(desk.uow(), newer)

    assert (report.households_created, report.households_updated, report.households_unchanged) == (0, 2, 0)
    assert (report.persons_created, report.persons_updated, report.persons_left) == (0, 3, 1)
    first = detail(desk, "N001")
    assert first.holder is not None and first.holder.full_name == "Mazzà Luca"
    assert {(m.full_name, m.role) for m in first.members} == {
        ("Mazzà Luca", HouseholdRole.HOLDER),
        ("Mazzà Giulia", HouseholdRole.MEMBER),
    }
    assert [(c.previous_holder_name, c.new_holder_name, c.changed_on, c.reason) for c in first.holder_changes] == [
        ("Mazzà Giulia", "Mazzà Luca", TODAY, IMPORTED_CHANGE_REASON.message)
    ]
    assert [(a.id, a.value_cents) for a in first.attestations] == [(attestation_id, 1_300_000)]
    with desk.uow(write=False) as uow:
        isee_changes = uow.session.scalars(
            select(AuditEntry.changes).where(AuditEntry.entity_id == str(attestation_id), AuditEntry.action == "update")
        ).all()
    assert [json.loads(changes) for changes in isee_changes] == [{"value_cents": [1_234_567, 1_300_000]}]
    second = detail(desk, "N002")
    assert [(m.full_name, m.phone) for m in second.members] == [("Çelik Mehmet", "333 7654321")]
    left = households.persons_to_complete(desk.uow(write=False))
    assert [(p.surname, p.household_id) for p in left] == [("Bianchi", None)]


def test_an_empty_cell_keeps_what_the_desk_recorded_and_a_new_code_completes_the_person(
    desk: Desk, tmp_path: Path
) -> None:
    import_households(desk.uow(), write_csv(tmp_path / "a.csv", [MEHMET, ANNA]))
    anna = next(m for m in detail(desk, "N002").members if m.name == "Anna")
    completed = PersonForm("Bianchi", "Anna", "", "15/05/1990", "F", phone="340 1112223", notes="da richiamare")
    households.update_person(desk.uow(), anna.id, completed)

    same = import_households(desk.uow(), write_csv(tmp_path / "b.csv", [MEHMET, ANNA]))
    with_code = import_households(
        desk.uow(), write_csv(tmp_path / "c.csv", [MEHMET, {**ANNA, "codice_fiscale": "BNCNNA90E55A794E"}])
    )

    assert (same.households_unchanged, same.persons_updated) == (1, 0)
    assert (with_code.persons_created, with_code.persons_updated) == (0, 1)
    form = households.person_form(desk.uow(write=False), anna.id)
    assert (form.codice_fiscale, form.phone, form.notes) == ("BNCNNA90E55A794E", "340 1112223", "da richiamare")
    assert count(desk, Person) == 2


def test_a_household_registered_at_the_desk_is_updated_without_losing_what_the_desk_recorded(
    desk: Desk, tmp_path: Path
) -> None:
    household_id = households.create_household(
        desk.uow(),
        HouseholdForm(
            code="n001",
            street="via Pizzo Tre Signori",
            house_number="2",
            office_code="COL",
            monthly_income="900,00",
            notes="seguita da Pierangela",
        ),
        PersonForm(surname="Mazzà", name="Giulia", codice_fiscale="MZZGLI80A41A794N", preferred_language="francese"),
    )

    report = import_households(desk.uow(), write_csv(tmp_path / "anagrafe.csv", [GIULIA, LUCA]))

    assert (report.households_created, report.households_updated) == (0, 1)
    assert (report.persons_created, report.persons_updated) == (1, 1)
    first = households.household_detail(desk.uow(write=False), household_id)
    assert first.address == "via Pizzo Tre Signori 2, scala A, piano 1, int. 3"
    assert first.form.office_code == "COL"
    assert (first.monthly_income_cents, first.form.notes) == (90_000, "seguita da Pierangela")
    assert first.holder is not None and first.holder.phone == "035 123456"
    assert households.person_form(desk.uow(write=False), first.holder.id).preferred_language == "francese"
    assert {m.full_name for m in first.members} == {"Mazzà Giulia", "Mazzà Luca"}
    assert first.holder_changes == ()


def test_with_skip_invalid_a_holder_row_without_household_code_is_not_imported(desk: Desk, tmp_path: Path) -> None:
    report = import_households(
        desk.uow(), write_csv(tmp_path / "anagrafe.csv", [{**GIULIA, "codice_nucleo": " "}, MEHMET]), skip_invalid=True
    )
    assert said(report.bad_rows) == [(2, "codice_nucleo", "Codice nucleo: campo obbligatorio.")]
    assert report.households_created == 1
    assert [row.code for row in households.search_households(desk.uow(write=False), "")] == ["N002"]


def test_arrears_absent_are_unknown_and_an_explicit_zero_is_zero(desk: Desk, tmp_path: Path) -> None:
    import_households(desk.uow(), write_csv(tmp_path / "senza.csv", [MEHMET]))
    zero = {**GIULIA, "morosita_importo": "0", "morosita_al": "30/09/2026"}
    owing = {**MARIO, "morosita_importo": "1.250,50", "morosita_al": "30/09/2026"}
    empty = {**MARIO, "codice_nucleo": "N004", "codice_fiscale": "", "morosita_importo": "", "morosita_al": ""}
    undated = {**MARIO, "codice_nucleo": "N005", "codice_fiscale": "", "nome": "Marco", "morosita_importo": "10"}

    report = import_households(
        desk.uow(),
        write_csv(tmp_path / "con.csv", [zero, LUCA, owing, empty, undated], columns=ARREARS_COLUMNS),
        skip_invalid=True,
    )

    assert said(report.bad_rows) == [(6, "morosita_al", "Morosità alla data: campo obbligatorio (gg/mm/aaaa).")]
    assert detail(desk, "N002").arrears_cents is None
    assert (detail(desk, "N001").arrears_cents, detail(desk, "N001").arrears_as_of) == (0, date(2026, 9, 30))
    assert detail(desk, "N003").arrears_cents == 125_050
    assert detail(desk, "N004").arrears_cents is None


def test_the_same_codice_fiscale_twice_in_the_file_is_refused(desk: Desk, tmp_path: Path) -> None:
    omocode = {**MEHMET, "codice_nucleo": "N004", "codice_fiscale": "RSSMRAQRCMNFNLRG", "cognome": "Rossi"}
    path = write_csv(tmp_path / "anagrafe.csv", [MARIO, omocode])

    report = import_households(desk.uow(), path)

    assert lines_and_columns(report.bad_rows) == [(2, "codice_fiscale"), (3, "codice_fiscale")]
    assert "compare anche alla riga 3" in str(report.bad_rows[0].reason)
    assert "compare anche alla riga 2" in str(report.bad_rows[1].reason)
    assert count(desk, Household) == 0


def test_a_codice_fiscale_of_a_person_in_another_household_is_refused(desk: Desk, tmp_path: Path) -> None:
    households.create_household(
        desk.uow(),
        HouseholdForm(code="N900", street="via Roma", house_number="1"),
        PersonForm(surname="Rossi", name="Mario", codice_fiscale="RSSMRA45C12F205C"),
    )
    omocode = {**MARIO, "codice_fiscale": "RSSMRAQRCMNFNLRG"}

    path = write_csv(tmp_path / "anagrafe.csv", [omocode, MEHMET])

    report = import_households(desk.uow(), path, skip_invalid=True)

    assert said(report.bad_rows) == [
        (
            2,
            "codice_fiscale",
            "Codice fiscale: appartiene già a Rossi Mario, nucleo N900 (scritto RSSMRA45C12F205C). "
            "Una persona non può stare in due nuclei.",
        ),
    ]
    assert (report.households_created, report.skipped_households) == (1, 1)
    assert {m.full_name for m in detail(desk, "N900").members} == {"Rossi Mario"}


def test_an_unusual_isee_protocol_is_a_warning_and_is_imported(desk: Desk, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "anagrafe.csv", [{**GIULIA, "isee_protocollo": "prot. 123"}])

    report = import_households(desk.uow(), path)

    assert report.imported and report.bad_rows == ()
    assert lines_and_columns(report.warnings) == [(2, "isee_protocollo")]
    assert [a.protocol for a in detail(desk, "N001").attestations] == ["PROT. 123"]
    assert str(report.summary()).endswith("; 1 avviso.")


def many_households(number: int) -> list[Row]:
    rows = []
    for index in range(number):
        code = f"H{index:04d}"
        holder = {
            **MEHMET,
            "codice_nucleo": code,
            "codice_fiscale": "",
            "cognome": f"Cognome{index}",
            "interno": str(index),
            "isee_tipo": "ordinario",
            "isee_data_presentazione": "01/02/2026",
            "isee_valore": f"{index + 1000},00",
        }
        rows.extend([holder, {**ANNA, "codice_nucleo": code, "cognome": f"Cognome{index}"}])
    return rows


def test_preview_reads_and_checks_but_writes_nothing(desk: Desk, tmp_path: Path) -> None:
    rows = many_households(30)
    rows[5] = {**rows[5], "data_nascita": "domani"}
    path = write_csv(tmp_path / "anagrafe.csv", rows)
    audit_before = count(desk, AuditEntry)

    preview = preview_import(desk.uow(write=False), path)

    assert preview.columns == tuple(COLUMNS)
    assert len(preview.rows) == 50
    assert preview.rows[0] == tuple(str(rows[0].get(column, "")) for column in COLUMNS)
    assert (preview.households, preview.persons) == (30, 60)
    assert lines_and_columns(preview.bad_rows) == [(7, "data_nascita")]
    assert (count(desk, Household), count(desk, AuditEntry)) == (0, audit_before)


def test_progress_is_reported_up_to_the_total(desk: Desk, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    path = write_csv(tmp_path / "anagrafe.csv", many_households(20))

    import_households(desk.uow(), path, progress=lambda done, total: calls.append((done, total)))

    assert calls[-1] == (60, 60)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


@pytest.fixture
def statements(desk: Desk) -> Iterator[list[str]]:
    executed: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        executed.append(statement)

    event.listen(desk.store.engine, "before_cursor_execute", record)
    yield executed
    event.remove(desk.store.engine, "before_cursor_execute", record)


def test_the_number_of_queries_does_not_grow_with_the_rows(desk: Desk, tmp_path: Path, statements: list[str]) -> None:
    def import_batch(prefix: str, number: int) -> list[str]:
        rows = [
            {**row, "codice_nucleo": prefix + row["codice_nucleo"], "indirizzo": f"via {prefix}"}
            for row in many_households(number)
        ]
        statements.clear()
        import_households(desk.uow(), write_csv(tmp_path / f"{prefix}.csv", rows))
        return list(statements)

    import_batch("A", 1)  # from here on every import finds stored households, persons and dwellings
    small, large = import_batch("B", 5), import_batch("C", 40)

    assert len(large) == len(small), "\n".join(large)
    assert count(desk, Household) == 46


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("anagrafe.ods", b"", "formato non riconosciuto"),
        ("anagrafe.xls", b"", "il formato .xls (Excel 97-2003) non è supportato"),
        ("anagrafe.csv", b"", "il file è vuoto"),
        ("anagrafe.csv", ";".join(COLUMNS).encode(), "contiene solo l'intestazione"),
        ("anagrafe.csv", ";".join(COLUMNS[:-3]).encode() + b"\nN1", "mancano le colonne isee_valore, telefono, email"),
        ("anagrafe.xlsx", b"not a zip", "non è un file Excel .xlsx leggibile"),
    ],
)
def test_a_file_that_cannot_be_imported_says_why(
    desk: Desk, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as refused:
        import_households(desk.uow(), path)
    assert message in refused.value.message
    assert refused.value.message.startswith(name)
