"""Texts of the screens about the domain's values that are not the values' own labels.

A value's label is defined once, in the vocabulary, and shown through :func:`app.ui.text.label`; what is
here says something more about a value (what a missing one reads as, the decision that leads to a state,
the checklist's sign and summary) or is a hint of the screens (placeholders, backup reasons).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.clock import ROME
from app.services.maintenance import BackupCopy
from app.services.offices import OfficeView
from app.ui.text import label, say
from app.vocabulary import WEEKDAYS, Outcome, PlanState, SapArea, Sex


def sap_area_label(area: SapArea | None) -> str:
    return label(area, QCoreApplication.translate("Labels", "non indicata"))


def sap_area_choices() -> list[tuple[str, object]]:
    return [(sap_area_label(None), "")] + [(sap_area_label(area), area.value) for area in SapArea]


def sex_label(sex: Sex | None) -> str:
    return label(sex, QCoreApplication.translate("Labels", "non indicato"))


def sex_choices() -> list[tuple[str, object]]:
    return [(sex_label(None), "")] + [(sex_label(sex), sex.value) for sex in Sex]


def weekday_name(weekday: int) -> str:
    return say(WEEKDAYS[weekday])


def opening_label(office: OfficeView) -> str:
    return say(office.opening_label())


def backup_reason_label(reason: str) -> str:
    labels = {
        "manuale": QCoreApplication.translate("Labels", "su richiesta"),
        "chiusura": QCoreApplication.translate("Labels", "alla chiusura"),
        "prima-del-ripristino": QCoreApplication.translate("Labels", "prima di un ripristino"),
    }
    if reason.startswith("prima-aggiornamento"):
        return QCoreApplication.translate("Labels", "prima di un aggiornamento")
    return labels.get(reason, reason.replace("-", " "))


def backup_time_label(backup: BackupCopy) -> str:
    moment = backup.taken_at.astimezone(ROME)
    return QCoreApplication.translate("Labels", "%1 alle %2").replace("%1", f"{moment:%d/%m/%Y}").replace("%2", f"{moment:%H:%M}")


def date_placeholder() -> str:
    return QCoreApplication.translate("Labels", "gg/mm/aaaa")


def amount_placeholder() -> str:
    return QCoreApplication.translate("Labels", "es. 1.234,56")


def datetime_placeholder() -> str:
    return QCoreApplication.translate("Labels", "gg/mm/aaaa hh:mm")


def not_asked_label() -> str:
    return QCoreApplication.translate("Labels", "non chiesto")


def plan_decision_label(state: PlanState, from_state: PlanState) -> str:
    """The decision that leads to ``state``, as the button and the list of choices say it."""
    if state is PlanState.ACTIVE and from_state is PlanState.SUSPENDED:
        return QCoreApplication.translate("Labels", "riattivare (fine della sospensione)")
    labels = {
        PlanState.ACTIVE: QCoreApplication.translate("Labels", "attivare (firmato)"),
        PlanState.SUSPENDED: QCoreApplication.translate("Labels", "sospendere (es. morosità incolpevole)"),
        PlanState.COMPLETED: QCoreApplication.translate("Labels", "concludere (tutto pagato)"),
        PlanState.LAPSED: QCoreApplication.translate("Labels", "dichiarare decaduto"),
        PlanState.RENEGOTIATED: QCoreApplication.translate("Labels", "rinegoziare"),
        PlanState.WITHDRAWN: QCoreApplication.translate("Labels", "ritirare la bozza (non firmata)"),
    }
    return labels[state]


def proposal_label(state: PlanState) -> str:
    """The program's proposal in a list column: short, as a question for a person to answer."""
    labels = {
        PlanState.COMPLETED: QCoreApplication.translate("Labels", "concluderlo?"),
        PlanState.LAPSED: QCoreApplication.translate("Labels", "decadenza?"),
    }
    return labels.get(state, label(state))


def outcome_mark(outcome: Outcome) -> str:
    """The checklist's sign for a rule: passed, failed, or to be decided by a person."""
    return {Outcome.PASSED: "✓", Outcome.FAILED: "✗", Outcome.UNDECIDED: "?"}[Outcome(outcome)]


def outcome_label(outcome: Outcome) -> str:
    """The checklist as a whole (each rule's own outcome reads as its label)."""
    labels = {
        Outcome.PASSED: QCoreApplication.translate("Labels", "requisiti soddisfatti"),
        Outcome.FAILED: QCoreApplication.translate("Labels", "un requisito non è soddisfatto"),
        Outcome.UNDECIDED: QCoreApplication.translate("Labels", "un requisito è da verificare"),
    }
    return labels[Outcome(outcome)]
