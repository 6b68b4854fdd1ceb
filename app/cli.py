"""Command line for administrators, scripts and tests (DESIGN 5); with no command it starts the GUI.

Exit codes: 0 done; 1 refused input, nothing changed (the full report on stdout, one summary line on
stderr); 2 usage error; 3 the database cannot be used. Messages are Italian; tracebacks go to the log
file only.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from app.clock import TODAY_VARIABLE
from app.vocabulary import PlanState

if TYPE_CHECKING:
    from app.config import Paths
    from app.messages import Message
    from app.services.unit_of_work import Store

OK, REFUSED, USAGE, UNUSABLE = 0, 1, 2, 3

_ARGPARSE_MESSAGES = (
    (re.compile(r"the following arguments are required: (.*)"), r"mancano gli argomenti: \1"),
    (re.compile(r"unrecognized arguments: (.*)"), r"argomenti non riconosciuti: \1"),
    (re.compile(r"argument (\S+): invalid choice: '([^']*)'.*"), r"\1: scelta non valida «\2»"),
    (re.compile(r"argument (\S+): invalid (\w+) value: '([^']*)'"), r"\1: valore non valido «\3»"),
    (re.compile(r"argument (\S+): expected one argument"), r"\1: manca il valore"),
    (re.compile(r"argument (\S+): (.*)"), r"\1: \2"),  # an Italian message of ours (_household_count)
)


class _Parser(argparse.ArgumentParser):
    """argparse with Italian headings and error messages, exiting with code 2 on a usage error."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._positionals.title = "argomenti"
        self._optionals.title = "opzioni"
        self.add_argument("-h", "--help", action="help", help="mostra questo aiuto ed esce")

    def format_usage(self) -> str:
        return super().format_usage().replace("usage:", "Uso:", 1)

    def format_help(self) -> str:
        return super().format_help().replace("usage:", "Uso:", 1)

    def error(self, message: str) -> NoReturn:
        for pattern, replacement in _ARGPARSE_MESSAGES:
            if pattern.match(message):
                message = pattern.sub(replacement, message)
                break
        self.print_usage(sys.stderr)
        sys.stderr.write(f"portierato: uso non corretto: {message}\n")
        raise SystemExit(USAGE)


def _home_option(parser: argparse.ArgumentParser, *, top_level: bool) -> None:
    parser.add_argument(
        "--home",
        metavar="CARTELLA",
        default=None if top_level else argparse.SUPPRESS,
        help="cartella dei dati (altrimenti PORTIERATO_HOME o la cartella utente)",
    )


def _household_count(text: str) -> int:
    """``--households``: a whole number in the demo's range, checked before the home is touched."""
    from app.demo.seeder import MAX_HOUSEHOLDS

    limit = f"{MAX_HOUSEHOLDS:,}".replace(",", ".")
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"valore non valido «{text}»: serve un numero intero") from None
    if not 1 <= number <= MAX_HOUSEHOLDS:
        raise argparse.ArgumentTypeError(f"il numero di nuclei deve essere tra 1 e {limit}, non {number}")
    return number


def _day(text: str) -> date:
    """A date option, ``2026-11-01`` or ``01/11/2026``."""
    from app.services.dates import DateError, parse_date

    try:
        return parse_date(text)
    except DateError:
        raise argparse.ArgumentTypeError(f"data non valida «{text}»: scrivere AAAA-MM-GG o gg/mm/aaaa") from None


_PLAN_STATE_WORDS = {str(state.label): state.value for state in PlanState}
"""``--state`` takes a plan state's label in the vocabulary (``bozza``, ``attivo``...) or its stored value."""


def _plan_state(text: str) -> str:
    word = text.strip().lower()
    value = _PLAN_STATE_WORDS.get(word, word)
    if value not in _PLAN_STATE_WORDS.values():
        raise argparse.ArgumentTypeError(f"stato non valido «{text}»: scegliere tra {', '.join(_PLAN_STATE_WORDS)}")
    return value


def _year(text: str) -> int:
    if not text.strip().isdigit() or not 2000 <= int(text) <= 2100:
        raise argparse.ArgumentTypeError(f"anno non valido «{text}»: scrivere l'anno, per esempio 2026")
    return int(text)


def _period_options(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--from", dest="date_from", type=_day, metavar="DATA", help=f"primo giorno ({what}; AAAA-MM-GG o gg/mm/aaaa)")
    parser.add_argument("--to", dest="date_to", type=_day, metavar="DATA", help="ultimo giorno, compreso")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="portierato",
        description="Portierato di Comunità: senza comandi avvia il programma; i comandi servono agli amministratori.",
    )
    _home_option(parser, top_level=True)
    commands = parser.add_subparsers(dest="command", title="comandi", metavar="COMANDO", parser_class=_Parser)

    demo = commands.add_parser("demo", help="riempie un database vuoto con dati dimostrativi")
    demo.add_argument("--households", type=_household_count, default=300, metavar="N", help="quanti nuclei (predefinito 300)")
    _home_option(demo, top_level=False)

    setup = commands.add_parser("setup", help="configura questo computer senza la procedura guidata")
    setup.add_argument("--office", required=True, metavar="CODICE", help="sportello (CEL, COL, LAZ, ...)")
    setup.add_argument("--site", metavar="CODICE", help="codice postazione (proposto dallo sportello)")
    setup.add_argument("--username", metavar="NOME", help="primo coordinatore: nome utente")
    setup.add_argument("--full-name", metavar="NOME", help="primo coordinatore: nome e cognome")
    setup.add_argument("--password-stdin", action="store_true", help="legge la password dalla prima riga di stdin")
    _home_option(setup, top_level=False)

    importing = commands.add_parser("import", help="importa dati da file")
    what = importing.add_subparsers(dest="what", title="cosa", metavar="COSA", parser_class=_Parser, required=True)
    households = what.add_parser("households", help="anagrafe dei nuclei dell'ente gestore (CSV o XLSX)")
    households.add_argument("file", metavar="FILE", type=Path, help="il file .csv o .xlsx, una riga per persona")
    households.add_argument("--skip-invalid", action="store_true", help="importa i nuclei validi e salta gli altri")
    _home_option(households, top_level=False)
    payments = what.add_parser("payments", help="pagamenti dei piani di rientro dall'estratto conto (CSV o XLSX)")
    payments.add_argument("file", metavar="FILE", type=Path, help="il file .csv o .xlsx, una riga per pagamento")
    payments.add_argument("--skip-invalid", action="store_true", help="importa le righe valide e salta le altre")
    _home_option(payments, top_level=False)
    _home_option(importing, top_level=False)

    exporting = commands.add_parser("export", help="esporta dati in CSV o XLSX")
    exported = exporting.add_subparsers(dest="what", title="cosa", metavar="COSA", parser_class=_Parser, required=True)
    visits = exported.add_parser("visits", help="le visite di un periodo (senza codici fiscali né note)")
    visits.add_argument("--from", dest="date_from", required=True, type=_day, metavar="DATA", help="primo giorno (AAAA-MM-GG o gg/mm/aaaa)")
    visits.add_argument("--to", dest="date_to", required=True, type=_day, metavar="DATA", help="ultimo giorno, compreso")
    visits.add_argument("--office", metavar="CODICE", help="solo uno sportello (CEL, COL, LAZ, ...)")
    visits.add_argument("--format", choices=("csv", "xlsx"), help="formato del file (altrimenti dalla sua estensione)")
    visits.add_argument("--out", required=True, type=Path, metavar="FILE", help="il file da scrivere")
    _home_option(visits, top_level=False)
    plans = exported.add_parser("plans", help="i piani di rientro con la loro situazione di oggi")
    plans.add_argument("--office", metavar="CODICE", help="solo uno sportello (CEL, COL, LAZ, ...)")
    plans.add_argument(
        "--state",
        dest="states",
        action="append",
        type=_plan_state,
        metavar="STATO",
        help=f"solo i piani in questo stato ({', '.join(_PLAN_STATE_WORDS)}); si può ripetere",
    )
    plans.add_argument("--format", choices=("csv", "xlsx"), help="formato del file (altrimenti dalla sua estensione)")
    plans.add_argument("--out", required=True, type=Path, metavar="FILE", help="il file da scrivere")
    _home_option(plans, top_level=False)
    contributions = exported.add_parser("contributions", help="le domande del contributo per il riscaldamento (azione L.1)")
    _period_options(contributions, "per data della domanda")
    contributions.add_argument("--format", choices=("csv", "xlsx"), help="formato del file (altrimenti dalla sua estensione)")
    contributions.add_argument("--out", required=True, type=Path, metavar="FILE", help="il file da scrivere")
    _home_option(contributions, top_level=False)
    receipts = exported.add_parser("receipts", help="il registro delle ricevute, annullate comprese")
    _period_options(receipts, "per data della ricevuta")
    receipts.add_argument("--year", type=_year, metavar="ANNO", help="solo le ricevute di un anno (serie)")
    receipts.add_argument("--site", metavar="CODICE", help="solo le ricevute di una postazione (CEL, COL, ...)")
    receipts.add_argument("--format", choices=("csv", "xlsx"), help="formato del file (altrimenti dalla sua estensione)")
    receipts.add_argument("--out", required=True, type=Path, metavar="FILE", help="il file da scrivere")
    _home_option(receipts, top_level=False)
    _home_option(exporting, top_level=False)

    receipt = commands.add_parser("receipt", help="scrive il PDF di una ricevuta di contributo")
    receipt.add_argument("number", metavar="NUMERO", help="il numero della ricevuta, per esempio CEL/2026/0007")
    receipt.add_argument("--out", required=True, type=Path, metavar="FILE.pdf", help="il file PDF da scrivere")
    receipt.add_argument("--duplicate", action="store_true", help="segna DUPLICATO anche se è la prima copia stampata")
    _home_option(receipt, top_level=False)

    backup = commands.add_parser("backup", help="copia di sicurezza del database")
    backup.add_argument("--out", type=Path, metavar="FILE", help="dove scriverla (altrimenti nella cartella backups)")
    _home_option(backup, top_level=False)

    restore = commands.add_parser("restore", help="ripristina il database da una copia")
    restore.add_argument("file", metavar="FILE", type=Path, help="la copia da ripristinare (.sqlite3)")
    restore.add_argument(
        "--other-site",
        action="store_true",
        help="conferma il ripristino di una copia scritta su un altro computer (i suoi operatori sostituiscono questi)",
    )
    _home_option(restore, top_level=False)

    check = commands.add_parser("check", help="controlla integrità e versione del database")
    _home_option(check, top_level=False)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from app.config import keep_files_private

    keep_files_private()
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    options = parser.parse_args(arguments)
    problem = _today_problem()
    if problem:
        parser.error(problem)
    if options.command is None:
        from app.bootstrap import run_gui

        return run_gui(options.home)
    return _run_command(options)


def _today_problem() -> str | None:
    value = os.environ.get(TODAY_VARIABLE)
    if not value:
        return None
    try:
        date.fromisoformat(value)
    except ValueError:
        return f"{TODAY_VARIABLE} deve essere una data AAAA-MM-GG, non «{value}»"
    return None


def _run_command(options: argparse.Namespace) -> int:
    from app.config import resolve_paths
    from app.logs import configure_logging, log
    from app.store.disk import home_problem

    paths = resolve_paths(options.home)
    try:
        paths.ensure()
        configure_logging(paths)
    except OSError as error:
        _fail(home_problem(error, paths.home))
        return UNUSABLE
    handler = _COMMANDS[options.command]
    try:
        return handler(options, paths)
    except KeyboardInterrupt:
        _fail("Interrotto.")
        return REFUSED
    except Exception as error:  # the promise of DESIGN 5: no traceback on the terminal, ever
        log.exception("command %s failed", options.command)
        _fail(f"Errore imprevisto ({type(error).__name__}): dettagli nel registro {paths.log_file}")
        return REFUSED


def _say(text: str | Message = "") -> None:
    """The command line speaks Italian: a service's message is printed as its Italian text."""
    sys.stdout.write(f"{text}\n")


def _fail(text: str | Message) -> None:
    sys.stderr.write(f"{text}\n")


def _refuse(text: str | Message) -> int:
    """Refused input (DESIGN 5): the report on stdout, the one-line summary on stderr; here they are one line."""
    _say(text)
    _fail(text)
    return REFUSED


def _open_store(paths: Paths, *, needs_site: bool = True, create: bool = False) -> Store | None:
    """The store on a checked, migrated database, or ``None`` after telling why it cannot be used.

    A laptop that is not configured is told so before the database is opened. Only ``demo`` and ``setup``
    (``create``) may make a new database, on a laptop not yet configured.
    """
    from app.config import read_laptop_identity
    from app.services.unit_of_work import Store
    from app.store.opening import open_database
    from app.store.problems import DatabaseUnusable

    identity = read_laptop_identity(paths)
    if needs_site and identity is None:
        _fail(
            "Questo computer non è ancora configurato: avviare il programma per la procedura guidata "
            "oppure usare «portierato setup --office CEL»."
        )
        return None
    try:
        opened = open_database(paths, create=create)
    except DatabaseUnusable as error:
        _fail(error.message)
        if error.latest_backup is not None:
            _fail(_restore_command(error.latest_backup))
        return None
    return Store(opened.engine, identity.site_code if identity else "", paths)


def _restore_command(backup: Path) -> str:
    return f"Per ripristinarla: portierato restore \"{backup}\""


def _command_demo(options: argparse.Namespace, paths: Paths) -> int:
    from app.demo.seeder import DemoRefused, fill_demo

    store = _open_store(paths, needs_site=False, create=True)
    if store is None:
        return UNUSABLE
    try:
        report = fill_demo(paths, store, households=options.households)
    except DemoRefused as refused:
        return _refuse(refused.message)
    finally:
        store.engine.dispose()
    _say(f"Dati dimostrativi creati in {paths.home}:")
    _say(f"  {report.households} nuclei, {report.persons} persone, {report.attestations} attestazioni ISEE.")
    _say(f"  {report.visits} visite, {report.appointments} appuntamenti, {report.activities} attività di gruppo.")
    _say(f"  {report.plans} piani di rientro, {report.plan_payments} pagamenti registrati sui piani.")
    _say(
        f"  {report.applications} domande di contributo L.1, {report.grants} contributi concessi, "
        f"{report.receipts} ricevute."
    )
    _say("")
    _say("Utenti per provare il programma:")
    for account in report.accounts:
        _say(f"  {account.username:<16} password {account.password:<13} {account.role.label} ({account.full_name})")
    return OK


def _command_setup(options: argparse.Namespace, paths: Paths) -> int:
    from app.config import read_laptop_identity
    from app.services.errors import NeedsConfirmation, NotFound, ValidationFailed
    from app.services.first_run import (
        FirstRunForm,
        complete_first_run,
        needs_first_operator,
        prepare_new_database,
        propose_site_code,
    )

    if read_laptop_identity(paths) is not None:
        return _refuse("Questo computer è già configurato: il codice postazione non si cambia.")
    store = _open_store(paths, needs_site=False, create=True)
    if store is None:
        return UNUSABLE
    try:
        prepare_new_database(store)
        office = options.office.strip().upper()
        password = ""
        if needs_first_operator(store):
            if not (options.username and options.full_name and options.password_stdin):
                _fail("Il database non ha operatori: servono --username, --full-name e --password-stdin.")
                return USAGE
            password = sys.stdin.readline().rstrip("\r\n")
        form = FirstRunForm(
            office_code=office,
            site_code=options.site or propose_site_code(store, office),
            username=options.username or "",
            full_name=options.full_name or "",
            password=password,
        )
        identity = complete_first_run(paths, store, form)
    except (ValidationFailed, NotFound, NeedsConfirmation) as refused:
        return _refuse(refused.message)
    finally:
        store.engine.dispose()
    _say(f"Computer configurato: sportello {identity.office_code}, postazione {identity.site_code}.")
    return OK


def _command_import(options: argparse.Namespace, paths: Paths) -> int:
    from app.services.registry.spreadsheet import ImportFileError

    if not options.file.exists():
        return _refuse(f"Il file {options.file} non esiste.")
    store = _open_store(paths)
    if store is None:
        return UNUSABLE
    try:
        importer = _import_payments if options.what == "payments" else _import_households
        return importer(store, options.file, options.skip_invalid)
    except ImportFileError as error:
        return _refuse(error.message)
    finally:
        store.engine.dispose()


def _import_households(store: Store, file: Path, skip_invalid: bool) -> int:
    from app.services.registry.importer import import_households
    from app.services.unit_of_work import COMMAND_LINE, UnitOfWork

    report = import_households(UnitOfWork(store, COMMAND_LINE), file, skip_invalid=skip_invalid)
    for bad in report.bad_rows:
        column = f", colonna {bad.column}" if bad.column else ""
        _say(f"riga {bad.line}{column}: {bad.reason}")
    _say(report.summary())
    if not report.imported:
        _fail(report.summary())
        return REFUSED
    return OK


def _import_payments(store: Store, file: Path, skip_invalid: bool) -> int:
    from app.services.money import format_amount
    from app.services.plans.payment_import import import_payments
    from app.services.unit_of_work import COMMAND_LINE, UnitOfWork

    report = import_payments(UnitOfWork(store, COMMAND_LINE), file, skip_invalid=skip_invalid)
    for bad in report.bad_rows:
        column = f", colonna {bad.column}" if bad.column else ""
        _say(f"riga {bad.line}{column}: {bad.reason}")
    for row in report.already_imported:
        _say(
            f"riga {row.line}: pagamento «{row.reference}» del nucleo {row.household_code} "
            f"({format_amount(row.amount_cents)}) già importato, saltato."
        )
    _say(report.summary())
    if not report.imported:
        _fail(report.summary())
        return REFUSED
    return OK


def _command_export(options: argparse.Namespace, paths: Paths) -> int:
    from app.services.desk.visit_list import VisitFilter
    from app.services.exports import ExportFailed, export_plans, export_visits
    from app.services.plans.listing import PlanFilter
    from app.services.unit_of_work import COMMAND_LINE, UnitOfWork
    from app.vocabulary import PlanState

    out: Path = options.out
    kind = options.format or out.suffix.lower().lstrip(".")
    if kind not in ("csv", "xlsx"):
        return _usage("indicare --format csv o --format xlsx (il file non finisce con .csv o .xlsx)")
    date_from, date_to = getattr(options, "date_from", None), getattr(options, "date_to", None)
    if date_from is not None and date_to is not None and date_from > date_to:
        return _usage(f"--from ({date_from:%d/%m/%Y}) viene dopo --to ({date_to:%d/%m/%Y})")
    if options.what in ("contributions", "receipts"):
        return _export_contributions(options, paths, out, kind)
    store = _open_store(paths)
    if store is None:
        return UNUSABLE
    try:
        office = options.office.strip().upper() if options.office else None
        if office is not None:
            refused = _unknown_office(store, office)
            if refused is not None:
                return _refuse(refused)
        reading = UnitOfWork(store, COMMAND_LINE, write=False)
        try:
            if options.what == "plans":
                states = frozenset(PlanState(value) for value in options.states or ())
                rows = export_plans(reading, out, kind, PlanFilter(office_code=office, states=states))
            else:
                visit_filter = VisitFilter(date_from=options.date_from, date_to=options.date_to, office_code=office)
                rows = export_visits(reading, visit_filter, out, kind)
        except ExportFailed as failed:
            return _refuse(failed.message)
    finally:
        store.engine.dispose()
    if options.what == "plans":
        _say(f"{'Esportato 1 piano' if rows == 1 else f'Esportati {rows} piani'} in {out}")
    else:
        _say(f"{'Esportata 1 visita' if rows == 1 else f'Esportate {rows} visite'} in {out}")
    return OK


def _export_contributions(options: argparse.Namespace, paths: Paths, out: Path, kind: str) -> int:
    """``export contributions`` (the L.1 applications, by application date) and ``export receipts`` (the
    register, by issue date, optionally one year's or one site's series)."""
    from app.services.contributions.programmes import HEATING
    from app.services.exports import ExportFailed, export_contributions, export_receipts
    from app.services.unit_of_work import COMMAND_LINE, UnitOfWork

    store = _open_store(paths)
    if store is None:
        return UNUSABLE
    try:
        reading = UnitOfWork(store, COMMAND_LINE, write=False)
        try:
            if options.what == "contributions":
                rows = export_contributions(
                    reading, out, kind, programme_code=HEATING, since=options.date_from, until=options.date_to
                )
            else:
                site = options.site.strip().upper() if options.site else None
                rows = export_receipts(
                    reading, out, kind, site=site, year=options.year, since=options.date_from, until=options.date_to
                )
        except ExportFailed as failed:
            return _refuse(failed.message)
    finally:
        store.engine.dispose()
    if options.what == "contributions":
        _say(f"{'Esportata 1 domanda' if rows == 1 else f'Esportate {rows} domande'} in {out}")
    else:
        _say(f"{'Esportata 1 ricevuta' if rows == 1 else f'Esportate {rows} ricevute'} in {out}")
    return OK


def _command_receipt(options: argparse.Namespace, paths: Paths) -> int:
    """The receipt's PDF, written whole or not at all; then the printed copy is counted. The copy says
    DUPLICATO when asked or when a copy was printed before (a cancelled receipt says ANNULLATA)."""
    from app.printing.receipt import receipt_pdf
    from app.services.contributions.receipts import receipt_view, record_receipt_printed
    from app.services.errors import NotFound
    from app.services.unit_of_work import COMMAND_LINE, UnitOfWork

    out: Path = options.out
    if out.is_dir():
        return _refuse(f"{out} è una cartella: indicare il file da scrivere, per esempio {out / 'ricevuta.pdf'}")
    store = _open_store(paths)
    if store is None:
        return UNUSABLE
    try:
        try:
            view = receipt_view(UnitOfWork(store, COMMAND_LINE, write=False), options.number)
        except NotFound as missing:
            return _refuse(missing.message)
        duplicate = options.duplicate or view.print_count > 0
        document = receipt_pdf(view, duplicate=duplicate)
        try:
            _write_whole(out, document)
        except OSError as error:
            return _refuse(f"Il file {out} non si può scrivere: {error.strerror or error}.")
        copies = record_receipt_printed(UnitOfWork(store, COMMAND_LINE), view.number)
    finally:
        store.engine.dispose()
    if view.cancelled:
        mark = "annullata"
    elif duplicate:
        mark = f"duplicato, copia n. {copies}"
    else:
        mark = "originale"
    _say(f"Ricevuta {view.number} scritta in {out} ({mark}).")
    return OK


def _write_whole(target: Path, content: bytes) -> None:
    """Beside the target first, then moved over it: a failure never leaves half a file under its name."""
    import tempfile

    handle, temporary = tempfile.mkstemp(prefix=".portierato-", suffix=".tmp", dir=target.parent if str(target.parent) else ".")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(content)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _unknown_office(store: Store, office: str) -> str | None:
    from app.services.offices import list_offices
    from app.services.unit_of_work import COMMAND_LINE, UnitOfWork

    codes = [o.code for o in list_offices(UnitOfWork(store, COMMAND_LINE, write=False), include_inactive=True)]
    return None if office in codes else f"Lo sportello {office} non esiste (sportelli: {', '.join(codes)})."


def _usage(message: str) -> int:
    sys.stderr.write(f"portierato: uso non corretto: {message}\n")
    return USAGE


def _command_backup(options: argparse.Namespace, paths: Paths) -> int:
    from app.services.errors import ServiceError
    from app.services.maintenance import take_backup

    out: Path | None = options.out
    if out is not None and out.is_dir():
        return _refuse(f"{out} è una cartella: indicare il file da scrivere, per esempio {out / 'portierato.sqlite3'}")
    store = _open_store(paths, needs_site=False)
    if store is None:
        return UNUSABLE
    store.engine.dispose()
    try:
        target = take_backup(paths, reason="manuale", out=out)
    except ServiceError as error:
        return _refuse(error.message)
    _say(f"Copia di sicurezza scritta in {target}")
    return OK


def _command_restore(options: argparse.Namespace, paths: Paths) -> int:
    from app.services.errors import NeedsConfirmation, ServiceError
    from app.services.maintenance import restore
    from app.services.money import format_amount
    from app.services.unit_of_work import COMMAND_LINE

    try:
        outcome = restore(paths, options.file, COMMAND_LINE, other_site=options.other_site)
    except NeedsConfirmation as question:
        _say(question.message)
        _fail(f"Ripristino non fatto. Per confermarlo: portierato restore \"{options.file}\" --other-site")
        return REFUSED
    except ServiceError as error:
        return _refuse(error.message)
    _say(f"Database ripristinato da {options.file}.")
    if outcome.kept is not None:
        _say(f"Il database precedente è conservato in {outcome.kept}")
    if outcome.lacking_receipts:
        _say("")
        _say(
            f"Attenzione: la copia non contiene {len(outcome.lacking_receipts)} ricevute già emesse. I loro numeri "
            "non saranno riemessi; le ricevute vanno ricostruite con il loro numero:"
        )
        for receipt in outcome.lacking_receipts:
            if receipt.issued_on is None:
                _say(f"  {receipt.number}  (dati non disponibili: vedere la copia cartacea)")
            else:
                amount = format_amount(receipt.amount_cents or 0)
                _say(f"  {receipt.number}  {receipt.issued_on:%d/%m/%Y}  {receipt.beneficiary_name}  {amount}")
    return OK


def _command_check(options: argparse.Namespace, paths: Paths) -> int:
    from app.store.backups import latest_backup
    from app.store.maintenance import check_database
    from app.store.sqlite_files import integrity_problem

    report = check_database(paths)
    for line in report.lines:
        _say(line)
    if report.ok:
        return OK
    _fail(report.problem or "Il database non è utilizzabile.")
    if not paths.database.exists() or integrity_problem(paths.database) is not None:
        latest = latest_backup(paths)  # a damaged or lost file: the way out is the latest copy
        if latest is not None:
            _say(f"L'ultima copia di sicurezza è del {latest.taken_at_said}.")
            _say(_restore_command(latest.path))
    return UNUSABLE


_COMMANDS: dict[str, Callable[[argparse.Namespace, "Paths"], int]] = {
    "demo": _command_demo,
    "setup": _command_setup,
    "import": _command_import,
    "export": _command_export,
    "receipt": _command_receipt,
    "backup": _command_backup,
    "restore": _command_restore,
    "check": _command_check,
}

if __name__ == "__main__":
    raise SystemExit(main())
