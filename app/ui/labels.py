"""How the domain's values read on screen, in the interface language.

The services keep Italian labels for reading files and for the command line; what a window shows goes
through Qt's translation here (context ``Labels``), so the English interface shows English words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.clock import ROME
from app.models.household import IseeKind, SapArea
from app.models.operator import Role
from app.models.person import Sex
from app.services.backups import BackupFile
from app.services.offices import OfficeView, Slot


def sap_area_label(area: SapArea | None) -> str:
    labels = {
        SapArea.PROTEZIONE: QCoreApplication.translate("Labels", "protezione"),
        SapArea.ACCESSO: QCoreApplication.translate("Labels", "accesso"),
        SapArea.PERMANENZA: QCoreApplication.translate("Labels", "permanenza"),
        SapArea.DECADENZA: QCoreApplication.translate("Labels", "decadenza"),
    }
    return labels[area] if area else QCoreApplication.translate("Labels", "non indicata")


def sap_area_choices() -> list[tuple[str, object]]:
    return [(sap_area_label(None), "")] + [(sap_area_label(area), area.value) for area in SapArea]


def sex_label(sex: Sex | None) -> str:
    labels = {
        Sex.FEMALE: QCoreApplication.translate("Labels", "femmina"),
        Sex.MALE: QCoreApplication.translate("Labels", "maschio"),
        Sex.NON_BINARY: QCoreApplication.translate("Labels", "non binario"),
    }
    return labels[sex] if sex else QCoreApplication.translate("Labels", "non indicato")


def sex_choices() -> list[tuple[str, object]]:
    return [(sex_label(None), "")] + [(sex_label(sex), sex.value) for sex in Sex]


def isee_kind_label(kind: IseeKind) -> str:
    if kind is IseeKind.CORRENTE:
        return QCoreApplication.translate("Labels", "corrente")
    return QCoreApplication.translate("Labels", "ordinario")


def role_label(role: Role) -> str:
    labels = {
        Role.OPERATOR: QCoreApplication.translate("Labels", "operatore"),
        Role.TENANT_MANAGER: QCoreApplication.translate("Labels", "tenant manager"),
        Role.COORDINATOR: QCoreApplication.translate("Labels", "coordinatore"),
    }
    return labels[role]


def weekday_name(weekday: int) -> str:
    names = (
        QCoreApplication.translate("Labels", "lunedì"),
        QCoreApplication.translate("Labels", "martedì"),
        QCoreApplication.translate("Labels", "mercoledì"),
        QCoreApplication.translate("Labels", "giovedì"),
        QCoreApplication.translate("Labels", "venerdì"),
        QCoreApplication.translate("Labels", "sabato"),
        QCoreApplication.translate("Labels", "domenica"),
    )
    return names[weekday]


def slot_label(slot: Slot) -> str:
    return f"{weekday_name(slot.weekday)} {slot.starts:%H:%M}-{slot.ends:%H:%M}"


def opening_label(office: OfficeView) -> str:
    return ", ".join(slot_label(slot) for slot in office.slots) or QCoreApplication.translate("Labels", "nessun orario")


def backup_reason_label(reason: str) -> str:
    labels = {
        "manuale": QCoreApplication.translate("Labels", "su richiesta"),
        "chiusura": QCoreApplication.translate("Labels", "alla chiusura"),
        "prima-del-ripristino": QCoreApplication.translate("Labels", "prima di un ripristino"),
    }
    if reason.startswith("prima-aggiornamento"):
        return QCoreApplication.translate("Labels", "prima di un aggiornamento")
    return labels.get(reason, reason.replace("-", " "))


def backup_time_label(backup: BackupFile) -> str:
    moment = backup.taken_at.astimezone(ROME)
    return QCoreApplication.translate("Labels", "%1 alle %2").replace("%1", f"{moment:%d/%m/%Y}").replace("%2", f"{moment:%H:%M}")


def date_placeholder() -> str:
    return QCoreApplication.translate("Labels", "gg/mm/aaaa")


def amount_placeholder() -> str:
    return QCoreApplication.translate("Labels", "es. 1.234,56")
