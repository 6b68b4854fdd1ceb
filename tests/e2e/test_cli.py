"""``portierato`` end to end (DESIGN 5): exit codes, the Italian texts, and what ends up in the database.

0 done; 1 refused input, nothing changed (the full report on stdout, one summary line on stderr); 2 usage
error; 3 the database cannot be used. No command prints a traceback (checked by ``run_cli`` on every run).
"""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from app.demo.accounts import DEMO_ACCOUNTS
from tests.e2e.conftest import (
    DEMO_HOUSEHOLDS,
    cli_environment,
    count,
    counts,
    database,
    run_cli,
)
from tests.registry_files import ANNA, ARREARS_COLUMNS, LUCA, MEHMET, Row
from tests.registry_files import GIULIA as SAMPLE_GIULIA
from tests.registry_files import MARIO as SAMPLE_MARIO
from tests.registry_files import write_csv as write_registry_csv

# --- the registry file (app/services/registry/importer.py) ----------------------------------------------

COLUMNS = ARREARS_COLUMNS
GIULIA: Row = {**SAMPLE_GIULIA, "morosita_importo": "1.234,50", "morosita_al": "31/10/2026"}
MARIO: Row = {**SAMPLE_MARIO, "nome": "Niccolò"}
FAMILIES = (GIULIA, LUCA, MEHMET, ANNA, MARIO)


def write_csv(path: Path, rows: Sequence[Row], *, columns: Sequence[str] = COLUMNS) -> Path:
    """As Excel saves "CSV (separato dal separatore di elenco)" on Italian Windows: ``;`` and Windows-1252."""
    return write_registry_csv(path, rows, columns=columns, encoding="cp1252")


def household_row(home: Path, code: str) -> sqlite3.Row | None:
    connection = sqlite3.connect(f"file:{database(home).as_posix()}?mode=ro", uri=True)
    connection.row_factory = sqlite3.Row
    try:
        return connection.execute("SELECT * FROM households WHERE code = ?", (code,)).fetchone()
    finally:
        connection.close()


def persons_of(home: Path, code: str) -> list[tuple[str, str, str | None, str | None]]:
    """(surname, name, codice fiscale, birth date) of a household's members, sorted."""
    connection = sqlite3.connect(f"file:{database(home).as_posix()}?mode=ro", uri=True)
    try:
        rows = connection.execute(
            "SELECT p.surname, p.name, p.codice_fiscale, p.birth_date FROM persons p "
            "JOIN households h ON h.id = p.household_id WHERE h.code = ? ORDER BY p.surname, p.name",
            (code,),
        ).fetchall()
    finally:
        connection.close()
    return [tuple(row) for row in rows]


def isee_cents(home: Path, code: str) -> list[int]:
    connection = sqlite3.connect(f"file:{database(home).as_posix()}?mode=ro", uri=True)
    try:
        rows = connection.execute(
            "SELECT a.value_cents FROM isee_attestations a JOIN households h ON h.id = a.household_id "
            "WHERE h.code = ?",
            (code,),
        ).fetchall()
    finally:
        connection.close()
    return [row[0] for row in rows]


def digest(file: Path) -> str:
    return hashlib.sha256(file.read_bytes()).hexdigest()


def printed_path(text: str, prefix: str) -> Path:
    """The path after ``prefix`` on the line that starts with it."""
    for line in text.splitlines():
        if line.startswith(prefix):
            return Path(line[len(prefix) :].strip().rstrip("."))
    raise AssertionError(f"no line starting with {prefix!r} in {text!r}")


# --- usage --------------------------------------------------------------------------------------------


def test_help_is_italian_for_the_program_and_for_a_command(tmp_path: Path) -> None:
    top = run_cli("--help")
    assert top.code == 0
    assert top.stdout.startswith("Uso: portierato")
    assert "opzioni:" in top.stdout and "comandi:" in top.stdout
    for command in ("demo", "setup", "import", "backup", "restore", "check"):
        assert re.search(rf"^\s+{command}\s+\S", top.stdout, re.MULTILINE), command
    assert "mostra questo aiuto ed esce" in top.stdout
    assert "usage:" not in top.stdout and "show this help" not in top.stdout

    sub = run_cli("import", "households", "--help")
    assert sub.code == 0
    assert sub.stdout.startswith("Uso: portierato import households")
    assert "argomenti:" in sub.stdout
    assert "importa i nuclei validi e salta gli altri" in sub.stdout
    assert "il file .csv o .xlsx" in sub.stdout
    assert "positional arguments" not in sub.stdout and "options:" not in sub.stdout
    assert not list(tmp_path.iterdir()), "asking for help must not create a home"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("frobnicate",), "COMANDO: scelta non valida «frobnicate»"),
        (("restore",), "mancano gli argomenti: FILE"),
        (("import",), "mancano gli argomenti: COSA"),
        (("import", "visits", "x.csv"), "COSA: scelta non valida «visits»"),
        (("backup", "--out"), "--out: manca il valore"),
        (("check", "--bogus"), "argomenti non riconosciuti: --bogus"),
        (("demo", "--households", "tanti"), "--households: valore non valido «tanti»: serve un numero intero"),
        (("demo", "--households", "0"), "--households: il numero di nuclei deve essere tra 1 e 20.000, non 0"),
        (("demo", "--households", "20001"), "--households: il numero di nuclei deve essere tra 1 e 20.000, non 20001"),
    ],
)
def test_a_usage_error_exits_2_with_an_italian_message_and_touches_nothing(
    tmp_path: Path, arguments: tuple[str, ...], message: str
) -> None:
    home = tmp_path / "home"
    run = run_cli(*arguments, home=home)
    assert run.code == 2
    assert run.stdout == ""
    assert run.stderr_lines[0].startswith("Uso: portierato")
    assert run.stderr_lines[-1] == f"portierato: uso non corretto: {message}"
    assert not home.exists(), "a usage error must not create the home or its database"


def test_an_impossible_pinned_day_is_a_usage_error(tmp_path: Path) -> None:
    home = tmp_path / "home"
    run = run_cli("check", home=home, environment=cli_environment(PORTIERATO_TODAY="2026-13-01"))
    assert run.code == 2
    assert run.stderr_lines[-1] == (
        "portierato: uso non corretto: PORTIERATO_TODAY deve essere una data AAAA-MM-GG, non «2026-13-01»"
    )
    assert not home.exists()


def test_the_home_comes_from_the_option_before_or_after_the_command_or_from_the_environment(
    demo_home: Path, tmp_path: Path
) -> None:
    expected = f"Database: {database(demo_home)}"
    before = run_cli("--home", demo_home, "check", cwd=tmp_path)
    assert before.code == 0 and before.stdout.splitlines()[0] == expected
    environment = run_cli("check", environment=cli_environment(PORTIERATO_HOME=str(demo_home)), cwd=tmp_path)
    assert environment.code == 0 and environment.stdout.splitlines()[0] == expected
    option_wins = run_cli("check", home=demo_home, environment=cli_environment(PORTIERATO_HOME=str(tmp_path / "altra")))
    assert option_wins.code == 0 and option_wins.stdout.splitlines()[0] == expected
    assert not (tmp_path / "altra").exists()


# --- demo and setup -----------------------------------------------------------------------------------


def test_demo_fills_a_fresh_home_and_prints_accounts_that_log_in(demo_template: Path, tmp_path: Path) -> None:
    # the session's template was made by ``demo --households 20`` on a fresh home; run it again to read
    # what it prints, on a fresh home of this test, through the installed console script
    script = shutil.which("portierato", path=str(Path(sys.executable).parent))
    assert script is not None, "the console script of pyproject's [project.scripts] is not installed"
    home = tmp_path / "nuova"
    run = run_cli("demo", "--households", str(DEMO_HOUSEHOLDS), home=home, program=[script], cwd=tmp_path)
    assert run.code == 0, run
    assert run.stderr == ""
    assert f"Dati dimostrativi creati in {home}:" in run.stdout
    assert f"{DEMO_HOUSEHOLDS} nuclei" in run.stdout
    desk_work = re.search(r"^  (\d+) visite, (\d+) appuntamenti, (\d+) attività di gruppo\.$", run.stdout, re.MULTILINE)
    assert desk_work is not None, run.stdout
    assert [int(n) for n in desk_work.groups()] == [count(home, t) for t in ("visits", "appointments", "activities")]
    assert all(int(n) > 0 for n in desk_work.groups())
    assert "Utenti per provare il programma:" in run.stdout
    listed = [line.split() for line in run.stdout.splitlines() if " password " in line]
    assert [(words[0], words[2]) for words in listed] == [(a.username, a.password) for a in DEMO_ACCOUNTS]
    assert "coordinatore (Marta Locatelli)" in run.stdout
    assert count(home, "households") == DEMO_HOUSEHOLDS
    assert count(home, "operators") == len(DEMO_ACCOUNTS)
    assert counts(home) == counts(demo_template), "the demo is repeatable: same seed, same day, same data"

    from app.config import resolve_paths
    from app.services.operators import log_in
    from app.services.unit_of_work import Store
    from app.store.opening import open_database

    opened = open_database(resolve_paths(home))
    try:
        store = Store(opened.engine, "CEL")
        for account in DEMO_ACCOUNTS:
            assert log_in(store, account.username, account.password).name == account.full_name
    finally:
        opened.engine.dispose()

    check = run_cli("check", home=home, program=[script], cwd=tmp_path)
    assert check.code == 0
    assert "Postazione: CEL (sportello CEL)." in check.stdout
    assert f"Contenuto: {DEMO_HOUSEHOLDS} nuclei" in check.stdout


def test_demo_on_a_database_with_households_is_refused_and_adds_nothing(demo_home: Path) -> None:
    before = counts(demo_home)
    run = run_cli("demo", "--households", "5", home=demo_home)
    assert run.code == 1
    message = "Il database contiene già dei nuclei: la demo si crea solo su un database vuoto."
    assert run.stdout.strip() == message
    assert run.stderr_lines == [message]
    assert counts(demo_home) == before


def test_setup_configures_the_laptop_and_check_names_the_site(tmp_path: Path) -> None:
    home = tmp_path / "home"
    arguments = ("setup", "--office", "cel", "--username", "Admin", "--full-name", "Maria Rossi", "--password-stdin")

    short = run_cli(*arguments, home=home, stdin="corta\n")
    assert short.code == 1
    assert short.stderr_lines == ["La password deve avere almeno 8 caratteri."]
    assert not (home / "laptop.json").exists()

    done = run_cli(*arguments, home=home, stdin="segreta-lunga\n")
    assert done.code == 0, done
    assert done.stdout.strip() == "Computer configurato: sportello CEL, postazione CEL."
    assert done.stderr == ""

    check = run_cli("check", home=home)
    assert check.code == 0
    assert check.stderr == ""
    assert "Integrità: nessun problema." in check.stdout
    assert "Schema: versione" in check.stdout and "aggiornata." in check.stdout
    assert "Postazione: CEL (sportello CEL)." in check.stdout
    assert "0 nuclei" in check.stdout and "1 operatori" in check.stdout

    from app.config import resolve_paths
    from app.services.operators import log_in
    from app.services.unit_of_work import Store
    from app.store.opening import open_database

    opened = open_database(resolve_paths(home))
    try:
        assert log_in(Store(opened.engine, "CEL"), "admin", "segreta-lunga").name == "Maria Rossi"
    finally:
        opened.engine.dispose()

    again = run_cli("setup", "--office", "COL", home=home)
    assert again.code == 1
    assert again.stderr_lines == ["Questo computer è già configurato: il codice postazione non si cambia."]
    assert "CEL" in (home / "laptop.json").read_text(encoding="utf-8")


def test_setup_of_a_new_database_without_the_first_coordinator_is_a_usage_error(tmp_path: Path) -> None:
    run = run_cli("setup", "--office", "CEL", home=tmp_path / "home")
    assert run.code == 2
    assert run.stderr_lines == ["Il database non ha operatori: servono --username, --full-name e --password-stdin."]
    assert not (tmp_path / "home" / "laptop.json").exists()


# --- import households --------------------------------------------------------------------------------


def test_import_of_an_excel_csv_stores_the_households_and_a_second_import_changes_nothing(
    demo_home: Path, tmp_path: Path
) -> None:
    file = write_csv(tmp_path / "anagrafe utenza.csv", FAMILIES)
    assert "Mazz\xe0".encode("cp1252") in file.read_bytes(), "the file really is Windows-1252"
    before = counts(demo_home)

    first = run_cli("import", "households", file, home=demo_home)
    assert first.code == 0, first
    assert first.stderr == ""
    assert first.stdout.strip() == "Importati 3 nuclei nuovi e 0 aggiornati (5 persone), 0 invariati."
    assert count(demo_home, "households") == before["households"] + 3
    assert count(demo_home, "persons") == before["persons"] + 5
    assert persons_of(demo_home, "N001") == [
        ("Mazzà", "Giulia", "MZZGLI80A41A794N", "1980-01-01"),
        ("Mazzà", "Luca", "MZZLCU05M10A794H", "2005-08-10"),
    ]
    assert persons_of(demo_home, "N002") == [
        ("Bianchi", "Anna", None, "1990-05-15"),
        ("Çelik", "Mehmet", "CLKMHM75B12Z243Y", "1975-02-12"),
    ]
    assert persons_of(demo_home, "N003") == [("Rossi", "Niccolò", "RSSMRA45C12F205C", "1945-03-12")]
    giulia = household_row(demo_home, "N001")
    assert giulia is not None
    assert (giulia["arrears_cents"], giulia["arrears_as_of"], giulia["assignment_date"]) == (
        123450,
        "2026-10-31",
        "2010-03-15",
    )
    assert isee_cents(demo_home, "N001") == [1234567]
    audited = count(demo_home, "audit_entries")
    assert audited > before["audit_entries"]

    second = run_cli("import", "households", file, home=demo_home)
    assert second.code == 0, second
    assert second.stdout.strip() == "Importati 0 nuclei nuovi e 0 aggiornati (0 persone), 3 invariati."
    assert count(demo_home, "audit_entries") == audited
    assert counts(demo_home)["households"] == before["households"] + 3


BAD_ROWS = (
    {**GIULIA, "data_nascita": "31/02/1980"},  # line 2
    LUCA,  # line 3
    {**MEHMET, "isee_tipo": "ordinario", "isee_data_presentazione": "10/01/2026", "isee_valore": "1,234.56"},  # 4
    {**ANNA, "cognome": ""},  # line 5
    MARIO,  # line 6
    {**MARIO, "codice_nucleo": "N004", "ruolo": "badante", "codice_fiscale": "", "nome": "Ugo"},  # line 7
)


def test_import_with_bad_rows_reports_every_one_and_stores_nothing(demo_home: Path, tmp_path: Path) -> None:
    file = write_csv(tmp_path / "anagrafe.csv", BAD_ROWS)
    before = counts(demo_home)

    run = run_cli("import", "households", file, home=demo_home)

    assert run.code == 1
    reported = [line for line in run.stdout.splitlines() if line.startswith("riga ")]
    assert reported == [
        "riga 2, colonna data_nascita: Data di nascita: La data 31/02/1980 non esiste nel calendario.",
        "riga 4, colonna isee_valore: Valore ISEE: Importo non leggibile: «1,234.56». "
        "Forme accettate: 1234,56 · 1.234,56 · 1234.56 · € 1.234,56.",
        "riga 5, colonna cognome: Cognome: campo obbligatorio.",
        "riga 7, colonna ruolo: Ruolo: «badante» non è tra i valori ammessi (intestatario, componente).",
    ]
    summary = "Nessun dato importato: 4 righe non valide. Correggere il file e ripetere l'importazione."
    assert run.stdout.splitlines()[-1] == summary
    assert run.stderr_lines == [summary]
    assert counts(demo_home) == before


def test_import_skipping_invalid_rows_stores_the_valid_households_and_lists_the_skipped_rows(
    demo_home: Path, tmp_path: Path
) -> None:
    file = write_csv(tmp_path / "anagrafe.csv", BAD_ROWS)
    before = counts(demo_home)

    run = run_cli("import", "households", file, "--skip-invalid", home=demo_home)

    assert run.code == 0, run
    assert run.stderr == ""
    reported = {int(m.group(1)) for m in re.finditer(r"^riga (\d+), colonna \w+: ", run.stdout, re.MULTILINE)}
    assert reported == {2, 4, 5, 7}
    assert run.stdout.splitlines()[-1] == (
        "Importati 1 nucleo nuovo e 0 aggiornati (1 persona), 0 invariati; "
        "4 righe non valide (3 nuclei saltati)."
    )
    # N001 (line 2), N002 (lines 4 and 5) and N004 (line 7) are left out whole; N003 is imported
    assert household_row(demo_home, "N003") is not None
    assert all(household_row(demo_home, code) is None for code in ("N001", "N002", "N004"))
    assert count(demo_home, "households") == before["households"] + 1


def test_import_of_an_xlsx_file(demo_home: Path, tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Codice Nucleo", *COLUMNS[1:]])  # headers match ignoring case and spaces
    for row in FAMILIES:
        cells: list[Any] = [row.get(column, "") or None for column in COLUMNS]
        for column in ("data_nascita", "data_assegnazione", "isee_data_presentazione", "morosita_al"):
            position = COLUMNS.index(column)
            if cells[position]:
                cells[position] = datetime.strptime(cells[position], "%d/%m/%Y")
        if row is GIULIA:
            cells[COLUMNS.index("isee_valore")] = 12345.67
            cells[COLUMNS.index("morosita_importo")] = 1234.5
            cells[COLUMNS.index("civico")] = 2
        sheet.append(cells)
    file = tmp_path / "anagrafe.xlsx"
    workbook.save(file)

    run = run_cli("import", "households", file, home=demo_home)

    assert run.code == 0, run
    assert run.stdout.strip() == "Importati 3 nuclei nuovi e 0 aggiornati (5 persone), 0 invariati."
    assert persons_of(demo_home, "N001")[0] == ("Mazzà", "Giulia", "MZZGLI80A41A794N", "1980-01-01")
    assert isee_cents(demo_home, "N001") == [1234567]
    giulia = household_row(demo_home, "N001")
    assert giulia is not None and giulia["arrears_cents"] == 123450


def test_import_refuses_a_file_it_cannot_read(demo_home: Path, tmp_path: Path) -> None:
    before = counts(demo_home)
    missing = tmp_path / "non-c-e.csv"
    document = tmp_path / "anagrafe.pdf"
    document.write_bytes(b"%PDF-1.4\n")
    old_excel = tmp_path / "anagrafe.xls"
    old_excel.write_bytes(b"\xd0\xcf\x11\xe0")
    no_columns = write_csv(tmp_path / "poche colonne.csv", FAMILIES, columns=COLUMNS[:6])
    cases = {
        missing: f"Il file {missing} non esiste.",
        document: "anagrafe.pdf: formato non riconosciuto. Servono file .csv o .xlsx.",
        old_excel: "anagrafe.xls: il formato .xls (Excel 97-2003) non è supportato. "
        "Salvarlo come .xlsx o .csv e riprovare.",
        no_columns: "poche colonne.csv: mancano le colonne ruolo, indirizzo, civico, scala, piano, interno, "
        "quartiere, riscaldamento_centralizzato, data_assegnazione, area, isee_tipo, isee_protocollo, "
        "isee_data_presentazione, isee_valore, telefono, email. La prima riga deve contenere i nomi delle "
        "colonne (maiuscole, minuscole e spazi non contano).",
    }
    for file, message in cases.items():
        run = run_cli("import", "households", file, home=demo_home)
        assert run.code == 1, (file, run)
        assert run.stdout.strip() == message
        assert run.stderr_lines == [message]
    assert counts(demo_home) == before


def test_import_on_a_laptop_not_yet_configured_says_how_to_configure_it(tmp_path: Path) -> None:
    home = tmp_path / "home"
    file = write_csv(tmp_path / "anagrafe.csv", FAMILIES)
    run = run_cli("import", "households", file, home=home)
    assert run.code == 3
    assert run.stdout == ""
    assert run.stderr_lines == [
        "Questo computer non è ancora configurato: avviare il programma per la procedura guidata "
        "oppure usare «portierato setup --office CEL»."
    ]
    assert not database(home).exists(), "refusing must not create an empty database"


# --- backup and restore -------------------------------------------------------------------------------


def test_backup_writes_a_consistent_copy_in_the_backups_folder_or_where_asked(demo_home: Path, tmp_path: Path) -> None:
    run = run_cli("backup", home=demo_home)
    assert run.code == 0, run
    copy = printed_path(run.stdout, "Copia di sicurezza scritta in ")
    assert copy.parent == demo_home / "backups"
    assert re.fullmatch(r"portierato-\d{8}-\d{6}-\d{6}-manuale\.sqlite3", copy.name)
    assert counts(copy) == counts(demo_home)

    (tmp_path / "chiavetta").mkdir()
    out = tmp_path / "chiavetta" / "portierato copia.sqlite3"
    run = run_cli("backup", "--out", out, home=demo_home)
    assert run.code == 0, run
    assert printed_path(run.stdout, "Copia di sicurezza scritta in ") == out
    assert counts(out) == counts(demo_home)
    assert [path.name for path in (demo_home / "backups").iterdir()] == [copy.name], "--out keeps it out"

    folder = tmp_path / "chiavetta"
    run = run_cli("backup", "--out", folder, home=demo_home)
    assert run.code == 1
    message = f"{folder} è una cartella: indicare il file da scrivere, per esempio {folder / 'portierato.sqlite3'}"
    assert run.stderr_lines == [message]
    assert [path.name for path in folder.iterdir()] == ["portierato copia.sqlite3"]


def test_restore_brings_back_the_copy_and_keeps_the_replaced_database(demo_home: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copia.sqlite3"
    assert run_cli("backup", "--out", copy, home=demo_home).code == 0
    assert run_cli("import", "households", write_csv(tmp_path / "a.csv", FAMILIES), home=demo_home).code == 0
    changed = counts(demo_home)
    assert changed["households"] == DEMO_HOUSEHOLDS + 3

    run = run_cli("restore", copy, home=demo_home)

    assert run.code == 0, run
    assert run.stderr == ""
    assert f"Database ripristinato da {copy}." in run.stdout
    kept = printed_path(run.stdout, "Il database precedente è conservato in ")
    assert kept.parent == demo_home / "backups" / "prima-del-ripristino" and kept.name.endswith("-prima-del-ripristino.sqlite3")
    assert counts(kept) == changed
    assert counts(demo_home) == counts(copy)
    assert household_row(demo_home, "N001") is None
    check = run_cli("check", home=demo_home)
    assert check.code == 0, check
    assert f"Contenuto: {DEMO_HOUSEHOLDS} nuclei" in check.stdout


def test_restore_refuses_a_file_that_is_not_a_portierato_database(demo_home: Path, tmp_path: Path) -> None:
    text = tmp_path / "note.sqlite3"
    text.write_text("non sono un database\n", encoding="utf-8")
    other = tmp_path / "altro.sqlite3"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE ricette (nome TEXT)")
    connection.commit()
    connection.close()
    missing = tmp_path / "sparita.sqlite3"
    live = digest(database(demo_home))
    backups = sorted((demo_home / "backups").iterdir())

    for file, message in (
        (text, "Il file non è un database di Portierato."),
        (other, "Il file non è un database di Portierato."),
        (missing, f"Il file {missing} non esiste."),
    ):
        run = run_cli("restore", file, home=demo_home)
        assert run.code == 1, (file, run)
        assert run.stdout.strip() == message
        assert run.stderr_lines == [message]
    assert digest(database(demo_home)) == live
    assert sorted((demo_home / "backups").iterdir()) == backups


# --- a database that cannot be used -------------------------------------------------------------------


def damage(file: Path) -> None:
    """Garbage over the middle half of the file; the header page stays, so SQLite still opens it."""
    data = bytearray(file.read_bytes())
    start, end = len(data) // 4, 3 * len(data) // 4
    data[start:end] = bytes((index * 131 + 7) % 256 for index in range(end - start))
    file.write_bytes(bytes(data))


@pytest.fixture
def damaged_home(demo_home: Path) -> tuple[Path, Path]:
    """A home whose database was damaged after a backup; returns the home and that backup."""
    run = run_cli("backup", home=demo_home)
    assert run.code == 0
    backup = printed_path(run.stdout, "Copia di sicurezza scritta in ")
    for leftover in demo_home.glob("portierato.sqlite3-*"):
        leftover.unlink()
    damage(database(demo_home))
    from app.store.sqlite_files import integrity_problem

    assert integrity_problem(database(demo_home)) is not None
    return demo_home, backup


def test_a_damaged_database_is_never_used_and_the_latest_backup_is_offered(
    damaged_home: tuple[Path, Path], tmp_path: Path
) -> None:
    home, backup = damaged_home
    damaged = digest(database(home))
    restore_command = f'Per ripristinarla: portierato restore "{backup}"'

    check = run_cli("check", home=home)
    assert check.code == 3
    assert "danneggiato" in check.stderr_lines[0]
    assert len(check.stderr_lines) == 1
    assert restore_command in check.stdout.splitlines()
    assert "L'ultima copia di sicurezza è del 21/11/2026" in check.stdout

    for arguments in (("backup",), ("import", "households", write_csv(tmp_path / "a.csv", FAMILIES))):
        run = run_cli(*arguments, home=home)
        assert run.code == 3, (arguments, run)
        assert run.stdout == ""
        assert run.stderr_lines[0].startswith(
            "Il file dei dati è danneggiato e non può essere usato. "
            "L'ultima copia di sicurezza è del 21/11/2026"
        )
        assert run.stderr_lines[1] == restore_command

    assert digest(database(home)) == damaged, "the damaged file is left as it was, never replaced by a new one"
    assert sorted(path.name for path in (home / "backups").iterdir()) == [backup.name]


def test_restore_over_a_damaged_database_moves_it_aside(damaged_home: tuple[Path, Path]) -> None:
    home, backup = damaged_home
    damaged = digest(database(home))

    run = run_cli("restore", backup, home=home)

    assert run.code == 0, run
    kept = printed_path(run.stdout, "Il database precedente è conservato in ")
    assert kept.parent == home / "backups" and kept.name.startswith("danneggiato-")
    assert digest(kept) == damaged
    assert counts(home) == counts(backup)
    assert run_cli("check", home=home).code == 0


def test_a_database_of_a_newer_version_is_not_used(demo_home: Path, tmp_path: Path) -> None:
    connection = sqlite3.connect(database(demo_home))
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    for leftover in demo_home.glob("portierato.sqlite3-*"):
        leftover.unlink()
    before = digest(database(demo_home))

    check = run_cli("check", home=demo_home)
    assert check.code == 3
    problem = "Schema: versione 9999, scritta da una versione più recente di Portierato."
    assert problem in check.stdout.splitlines()
    assert check.stderr_lines == [problem]
    assert "portierato restore" not in check.stdout, "a newer program is the way out, not an older copy"

    message = (
        "Questi dati sono stati scritti da una versione più recente di Portierato (schema 9999). "
        "Installare la versione aggiornata del programma."
    )
    for arguments in (("backup",), ("import", "households", write_csv(tmp_path / "a.csv", FAMILIES))):
        run = run_cli(*arguments, home=demo_home)
        assert run.code == 3, (arguments, run)
        assert run.stderr_lines == [message]
    assert digest(database(demo_home)) == before

    run = run_cli("restore", database(demo_home), home=tmp_path / "altra")
    assert run.code == 1
    assert run.stderr_lines == [
        "Il file è stato scritto da una versione più recente di Portierato: aggiornare prima il programma."
    ]


# --- unexpected errors --------------------------------------------------------------------------------


def test_an_unexpected_error_goes_to_the_log_not_to_the_terminal(demo_home: Path, tmp_path: Path) -> None:
    # a laptop identity file broken by hand: nothing in the program expects it, so it is an internal error
    (demo_home / "laptop.json").write_text('{"site_code": "CEL", ', encoding="utf-8")
    before = counts(demo_home)

    run = run_cli("import", "households", write_csv(tmp_path / "a.csv", FAMILIES), home=demo_home)

    log_file = demo_home / "logs" / "portierato.log"
    assert run.code == 1
    assert run.stderr_lines == [f"Errore imprevisto (JSONDecodeError): dettagli nel registro {log_file}"]
    logged = log_file.read_text(encoding="utf-8")
    assert "command import failed" in logged
    assert "Traceback (most recent call last)" in logged and "JSONDecodeError" in logged
    assert counts(demo_home) == before
