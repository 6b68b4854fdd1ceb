"""Reading a landlord's spreadsheet (CSV or XLSX) as rows of text cells, for every import of the program.

- **Reading.** ``.csv``/``.txt``: UTF-8 with or without BOM, else Windows-1252 (what Excel writes on Italian
  Windows); ``;`` or ``,`` as separator, whichever the header line has more of. ``.xlsx``: the first sheet,
  with the cached values of formulas. Headers match ignoring case, accents, spaces and underscores
  (``Codice Nucleo`` is ``codice_nucleo``); unknown columns are ignored; the first non-empty row is the
  header and completely empty rows are skipped (line numbers still count them, as the spreadsheet does).
- **XLSX numbers.** openpyxl returns numeric cells as ``float``. A whole number is written without decimals
  (phone numbers, house numbers, ``0`` arrears); any other is written from its shortest ``repr``, which is
  the decimal text stored in the file (``12345.67``), with a decimal comma: ``12345,67``. Never through
  float arithmetic, and never with a dot, which the amount reader would take for a thousands separator
  (``1.234`` -> 1234 €): ``1,234`` or a formula's ``0,30000000000000004`` is refused, not rounded.
  Dates become ``dd/mm/yyyy``, booleans ``sì``/``no``.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from zipfile import BadZipFile

from app.messages import Message, msg
from app.services.dates import format_date
from app.services.errors import ServiceError
from app.services.registry.text_search import fold

Progress = Callable[[int, int], None]
"""``progress(done, total)``, called from the importing thread."""


class ImportFileError(ServiceError):
    """The file as a whole cannot be imported (unreadable, not CSV/XLSX, required columns missing)."""


@dataclass(frozen=True)
class BadRow:
    line: int
    """The spreadsheet line number: the header is line 1 in a file that starts with it."""
    column: str
    """The column name as in the specification (``data_nascita``), or "" for a problem of the whole row."""
    reason: Message


class ProgressReporter:
    """Tells the caller how far the import is, about a hundred times at most: each report may cross to the
    GUI thread as a signal, and thousands of them would slow the import down for nothing."""

    def __init__(self, report: Progress | None, total: int) -> None:
        self._report = report
        self._total = total
        self._step = max(1, total // 100)
        self._done = 0
        self._reported = 0

    def advance(self, steps: int = 1) -> None:
        self._done = min(self._total, self._done + steps)
        if self._report is None or self._done == self._reported:
            return
        if self._done - self._reported >= self._step or self._done == self._total:
            self._reported = self._done
            self._report(self._done, self._total)

    def finish(self) -> None:
        self.advance(self._total)


def read_sheet(path: Path) -> tuple[tuple[str, ...], tuple[tuple[int, tuple[str, ...]], ...]]:
    """The header and the rows of a ``.csv``/``.txt`` or ``.xlsx`` file as the module docstring says it is
    read: ``(line number, one stripped cell per header column)`` for every
    row that is not empty. Raises :class:`ImportFileError` for a file that cannot be read or has no rows."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        raw = _xlsx_rows(path)
    elif suffix in (".csv", ".txt"):
        raw = _csv_rows(path)
    elif suffix == ".xls":
        raise ImportFileError(
            msg("{name}: il formato .xls (Excel 97-2003) non è supportato. Salvarlo come .xlsx o .csv e riprovare.").fill(name=path.name)
        )
    else:
        raise ImportFileError(msg("{name}: formato non riconosciuto. Servono file .csv o .xlsx.").fill(name=path.name))
    numbered = [(number, [cell.strip() for cell in row]) for number, row in enumerate(raw, start=1)]
    filled = [(number, row) for number, row in numbered if any(row)]
    if not filled:
        raise ImportFileError(msg("{name}: il file è vuoto.").fill(name=path.name))
    (_, header_cells), *data = filled
    while header_cells and not header_cells[-1]:
        header_cells.pop()
    header = tuple(header_cells)
    width = len(header)
    rows = tuple(
        (number, tuple(row[:width]) + ("",) * (width - len(row)))
        for number, row in data
        if any(row[:width])
    )
    if not rows:
        raise ImportFileError(msg("{name}: il file contiene solo l'intestazione, nessuna riga da importare.").fill(name=path.name))
    return header, rows


def _header_key(text: str) -> str:
    return re.sub(r"[\s_\-]+", "", fold(text))


def column_positions(
    path: Path,
    header: Sequence[str],
    required: Sequence[str],
    optional: Sequence[str],
) -> dict[str, int]:
    """Where each column of the specification is, its header matched ignoring case, accents, spaces and
    underscores; unknown columns are ignored. Raises :class:`ImportFileError` for a required column
    missing or any column given twice."""
    known = {_header_key(name): name for name in (*required, *optional)}
    positions: dict[str, int] = {}
    for position, text in enumerate(header):
        column = known.get(_header_key(text))
        if column is None:
            continue
        if column in positions:
            raise ImportFileError(
                msg("{name}: la colonna {column} compare due volte nell'intestazione.").fill(name=path.name, column=column)
            )
        positions[column] = position
    missing = [name for name in required if name not in positions]
    if missing:
        raise ImportFileError(
            msg(
                "{name}: mancano le colonne {columns}. La prima riga deve contenere i nomi delle colonne "
                "(maiuscole, minuscole e spazi non contano)."
            ).fill(name=path.name, columns=", ".join(missing))
        )
    return positions


def _csv_rows(path: Path) -> list[list[str]]:
    text = _decode(path, _read_bytes(path))
    header_line = next((line for line in text.splitlines() if line.strip()), "")
    separator = ";" if header_line.count(";") > header_line.count(",") else ","
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=separator))
    except csv.Error as error:
        raise ImportFileError(
            msg("{name}: non è un file CSV leggibile ({error}).").fill(name=path.name, error=str(error))
        ) from error


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise ImportFileError(
            msg("{name}: impossibile leggere il file ({reason}).").fill(name=path.name, reason=error.strerror)
        ) from error


def _decode(path: Path, raw: bytes) -> str:
    """UTF-8 first (a BOM is dropped); text that is not UTF-8 is almost surely Windows-1252 from Excel."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ImportFileError(msg("{name}: codifica dei caratteri non riconosciuta. Salvarlo come CSV UTF-8.").fill(name=path.name))


def _xlsx_rows(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except OSError as error:
        raise ImportFileError(
            msg("{name}: impossibile leggere il file ({reason}).").fill(name=path.name, reason=error.strerror)
        ) from error
    except (BadZipFile, InvalidFileException, KeyError):
        raise ImportFileError(msg("{name}: non è un file Excel .xlsx leggibile.").fill(name=path.name)) from None
    try:
        sheet = workbook.worksheets[0]
        # the size recorded in the file is sometimes wrong and would cut columns off in read-only mode
        sheet.reset_dimensions()
        return [[_cell_text(value) for value in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()


def _cell_text(value: object) -> str:
    """An XLSX cell as the text a person would have typed in a CSV (see the module docstring)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "sì" if value else "no"
    if isinstance(value, datetime):
        return format_date(value.date())
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return format(Decimal(repr(value)), "f").replace(".", ",")
    return str(value)
