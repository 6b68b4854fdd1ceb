"""Registry files for the import tests (services, UI, command line): the columns spelled out as the
landlord's file has them (not taken from the code under test), sample rows, and a CSV writer."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

COLUMNS = [
    "codice_nucleo",
    "codice_fiscale",
    "cognome",
    "nome",
    "data_nascita",
    "sesso",
    "ruolo",
    "indirizzo",
    "civico",
    "scala",
    "piano",
    "interno",
    "quartiere",
    "riscaldamento_centralizzato",
    "data_assegnazione",
    "area",
    "isee_tipo",
    "isee_protocollo",
    "isee_data_presentazione",
    "isee_valore",
    "telefono",
    "email",
]
ARREARS_COLUMNS = [*COLUMNS, "morosita_importo", "morosita_al"]

Row = dict[str, Any]

GIULIA: Row = {
    "codice_nucleo": "N001",
    "codice_fiscale": "MZZGLI80A41A794N",
    "cognome": "Mazzà",
    "nome": "Giulia",
    "data_nascita": "01/01/1980",
    "sesso": "F",
    "ruolo": "intestatario",
    "indirizzo": "via Pizzo Tre Signori",
    "civico": "2",
    "scala": "A",
    "piano": "1",
    "interno": "3",
    "quartiere": "Celadina",
    "riscaldamento_centralizzato": "sì",
    "data_assegnazione": "15/03/2010",
    "area": "accesso",
    "isee_tipo": "ordinario",
    "isee_protocollo": "INPS-ISEE-2026-123456789-00",
    "isee_data_presentazione": "10/01/2026",
    "isee_valore": "12.345,67",
    "telefono": "035 123456",
    "email": "giulia.mazza@example.it",
}
LUCA: Row = {
    "codice_nucleo": "N001",
    "codice_fiscale": "MZZLCU05M10A794H",
    "cognome": "Mazzà",
    "nome": "Luca",
    "data_nascita": "10/08/2005",
    "sesso": "M",
    "ruolo": "componente",
}
MEHMET: Row = {
    "codice_nucleo": "N002",
    "codice_fiscale": "CLKMHM75B12Z243Y",
    "cognome": "Çelik",
    "nome": "Mehmet",
    "data_nascita": "12/02/1975",
    "sesso": "maschio",
    "ruolo": "Intestatario",
    "indirizzo": "via Carlo Alberto",
    "civico": "23",
    "quartiere": "Colognola",
    "riscaldamento_centralizzato": "no",
    "data_assegnazione": "01/06/2020",
    "area": "protezione",
}
ANNA: Row = {
    "codice_nucleo": "N002",
    "cognome": "Bianchi",
    "nome": "Anna",
    "data_nascita": "15/05/1990",
    "sesso": "femmina",
    "ruolo": "COMPONENTE",
}
MARIO: Row = {
    "codice_nucleo": "N003",
    "codice_fiscale": "RSSMRA45C12F205C",
    "cognome": "Rossi",
    "nome": "Mario",
    "data_nascita": "12/03/1945",
    "sesso": "M",
    "ruolo": "intestatario",
    "indirizzo": "via Lazzaretto",
    "civico": "1",
    "quartiere": "Lazzaretto",
}
FAMILIES = [GIULIA, LUCA, MEHMET, ANNA]


def write_csv(
    path: Path,
    rows: Sequence[Row],
    *,
    columns: Sequence[str] = COLUMNS,
    header: Sequence[str] | None = None,
    separator: str = ";",
    encoding: str = "utf-8",
) -> Path:
    with path.open("w", encoding=encoding, newline="") as file:
        writer = csv.writer(file, delimiter=separator)
        writer.writerow(header or columns)
        writer.writerows([[row.get(column, "") for column in columns] for row in rows])
    return path
