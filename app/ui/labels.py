"""How the domain's values read on screen, in the interface language.

The services keep Italian labels for reading files and for the command line; what a window shows goes
through Qt's translation here (context ``Labels``), so the English interface shows English words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.clock import ROME
from app.services.maintenance import BackupCopy
from app.services.offices import OfficeView, Slot
from app.vocabulary import (
    AgeBracket,
    AgingBucket,
    Answer,
    ArrearsRule,
    CapPeriod,
    Channel,
    ContributionState,
    DebtKind,
    Education,
    InformedWay,
    IseeKind,
    LabourStatus,
    Outcome,
    PaymentMethod,
    PlanState,
    ReceiptMethod,
    Role,
    SapArea,
    Sex,
    StampDuty,
)


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


def backup_time_label(backup: BackupCopy) -> str:
    moment = backup.taken_at.astimezone(ROME)
    return QCoreApplication.translate("Labels", "%1 alle %2").replace("%1", f"{moment:%d/%m/%Y}").replace("%2", f"{moment:%H:%M}")


def date_placeholder() -> str:
    return QCoreApplication.translate("Labels", "gg/mm/aaaa")


def amount_placeholder() -> str:
    return QCoreApplication.translate("Labels", "es. 1.234,56")


def channel_label(channel: Channel) -> str:
    labels = {
        Channel.DESK: QCoreApplication.translate("Labels", "allo sportello"),
        Channel.PHONE: QCoreApplication.translate("Labels", "al telefono"),
        Channel.HOME_VISIT: QCoreApplication.translate("Labels", "visita a domicilio"),
        Channel.OUTREACH: QCoreApplication.translate("Labels", "contatto sul territorio"),
    }
    return labels[channel]


def age_bracket_label(bracket: AgeBracket) -> str:
    labels = {
        AgeBracket.UNDER_18: QCoreApplication.translate("Labels", "fino a 17 anni"),
        AgeBracket.FROM_18: QCoreApplication.translate("Labels", "18-29 anni"),
        AgeBracket.FROM_30: QCoreApplication.translate("Labels", "30-54 anni"),
        AgeBracket.FROM_55: QCoreApplication.translate("Labels", "55-64 anni"),
        AgeBracket.FROM_65: QCoreApplication.translate("Labels", "65 anni e oltre"),
    }
    return labels[bracket]


def datetime_placeholder() -> str:
    return QCoreApplication.translate("Labels", "gg/mm/aaaa hh:mm")


def answer_label(answer: Answer) -> str:
    labels = {
        Answer.YES: QCoreApplication.translate("Labels", "sì"),
        Answer.NO: QCoreApplication.translate("Labels", "no"),
        Answer.PREFERS_NOT: QCoreApplication.translate("Labels", "preferisce non rispondere"),
    }
    return labels[answer]


def labour_status_label(status: LabourStatus) -> str:
    labels = {
        LabourStatus.UNEMPLOYED: QCoreApplication.translate("Labels", "disoccupato/a"),
        LabourStatus.LONG_TERM_UNEMPLOYED: QCoreApplication.translate("Labels", "disoccupato/a da più di 12 mesi"),
        LabourStatus.INACTIVE: QCoreApplication.translate("Labels", "inattivo/a (non cerca lavoro, studia, pensione...)"),
        LabourStatus.EMPLOYED: QCoreApplication.translate("Labels", "occupato/a (anche in proprio)"),
    }
    return labels[status]


def education_label(education: Education) -> str:
    labels = {
        Education.ISCED_0_2: QCoreApplication.translate("Labels", "fino alla licenza media (ISCED 0-2)"),
        Education.ISCED_3_4: QCoreApplication.translate("Labels", "diploma o qualifica professionale (ISCED 3-4)"),
        Education.ISCED_5_8: QCoreApplication.translate("Labels", "laurea o titolo superiore (ISCED 5-8)"),
    }
    return labels[education]


def not_asked_label() -> str:
    return QCoreApplication.translate("Labels", "non chiesto")


def plan_state_label(state: PlanState) -> str:
    labels = {
        PlanState.DRAFT: QCoreApplication.translate("Labels", "bozza (da firmare)"),
        PlanState.ACTIVE: QCoreApplication.translate("Labels", "attivo"),
        PlanState.SUSPENDED: QCoreApplication.translate("Labels", "sospeso"),
        PlanState.COMPLETED: QCoreApplication.translate("Labels", "concluso"),
        PlanState.LAPSED: QCoreApplication.translate("Labels", "decaduto"),
        PlanState.RENEGOTIATED: QCoreApplication.translate("Labels", "rinegoziato"),
        PlanState.WITHDRAWN: QCoreApplication.translate("Labels", "ritirato (mai firmato)"),
    }
    return labels[state]


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


def debt_kind_label(kind: DebtKind) -> str:
    labels = {
        DebtKind.RENT: QCoreApplication.translate("Labels", "canone di locazione"),
        DebtKind.SERVICE_CHARGES: QCoreApplication.translate("Labels", "spese per servizi"),
        DebtKind.OTHER: QCoreApplication.translate("Labels", "altro"),
    }
    return labels[kind]


def payment_method_label(method: PaymentMethod) -> str:
    labels = {
        PaymentMethod.PAGOPA: QCoreApplication.translate("Labels", "PagoPA"),
        PaymentMethod.BANK_TRANSFER: QCoreApplication.translate("Labels", "bonifico"),
        PaymentMethod.DIRECT_DEBIT: QCoreApplication.translate("Labels", "addebito diretto"),
        PaymentMethod.POSTAL_SLIP: QCoreApplication.translate("Labels", "bollettino postale"),
        PaymentMethod.CASH: QCoreApplication.translate("Labels", "contanti"),
        PaymentMethod.STATEMENT: QCoreApplication.translate("Labels", "da estratto conto"),
        PaymentMethod.OTHER: QCoreApplication.translate("Labels", "altro"),
    }
    return labels[method]


def aging_bucket_label(bucket: AgingBucket) -> str:
    labels = {
        AgingBucket.CURRENT: QCoreApplication.translate("Labels", "in tolleranza"),
        AgingBucket.DAYS_1_30: QCoreApplication.translate("Labels", "1-30 giorni"),
        AgingBucket.DAYS_31_60: QCoreApplication.translate("Labels", "31-60 giorni"),
        AgingBucket.DAYS_61_90: QCoreApplication.translate("Labels", "61-90 giorni"),
        AgingBucket.OVER_90: QCoreApplication.translate("Labels", "oltre 90 giorni"),
    }
    return labels[bucket]


def proposal_label(state: PlanState) -> str:
    """The program's proposal in a list column: short, as a question for a person to answer."""
    labels = {
        PlanState.COMPLETED: QCoreApplication.translate("Labels", "concluderlo?"),
        PlanState.LAPSED: QCoreApplication.translate("Labels", "decadenza?"),
    }
    return labels.get(state, plan_state_label(state))


def contribution_state_label(state: ContributionState) -> str:
    labels = {
        ContributionState.DRAFT: QCoreApplication.translate("Labels", "in bozza"),
        ContributionState.ELIGIBLE: QCoreApplication.translate("Labels", "ammessa"),
        ContributionState.REJECTED: QCoreApplication.translate("Labels", "respinta"),
        ContributionState.GRANTED: QCoreApplication.translate("Labels", "concessa"),
        ContributionState.PAID: QCoreApplication.translate("Labels", "pagata"),
        ContributionState.CANCELLED: QCoreApplication.translate("Labels", "annullata"),
    }
    return labels[ContributionState(state)]


def receipt_method_label(method: ReceiptMethod) -> str:
    labels = {
        ReceiptMethod.SAP_ACCOUNT: QCoreApplication.translate("Labels", "accredito sul conto SAP"),
        ReceiptMethod.BANK_TRANSFER: QCoreApplication.translate("Labels", "bonifico bancario"),
        ReceiptMethod.CASH: QCoreApplication.translate("Labels", "contanti"),
        ReceiptMethod.CHEQUE: QCoreApplication.translate("Labels", "assegno"),
        ReceiptMethod.OTHER: QCoreApplication.translate("Labels", "altro"),
    }
    return labels[ReceiptMethod(method)]


def informed_way_label(way: InformedWay) -> str:
    labels = {
        InformedWay.DESK: QCoreApplication.translate("Labels", "allo sportello"),
        InformedWay.PHONE: QCoreApplication.translate("Labels", "per telefono"),
        InformedWay.LETTER: QCoreApplication.translate("Labels", "per lettera"),
        InformedWay.HOME_VISIT: QCoreApplication.translate("Labels", "con una visita a domicilio"),
        InformedWay.MESSAGE: QCoreApplication.translate("Labels", "con un messaggio"),
    }
    return labels[InformedWay(way)]


def outcome_mark(outcome: Outcome) -> str:
    """The checklist's sign for a rule: passed, failed, or to be decided by a person."""
    return {Outcome.PASSED: "✓", Outcome.FAILED: "✗", Outcome.UNDECIDED: "?"}[Outcome(outcome)]


def outcome_label(outcome: Outcome) -> str:
    labels = {
        Outcome.PASSED: QCoreApplication.translate("Labels", "requisiti soddisfatti"),
        Outcome.FAILED: QCoreApplication.translate("Labels", "un requisito non è soddisfatto"),
        Outcome.UNDECIDED: QCoreApplication.translate("Labels", "un requisito è da verificare"),
    }
    return labels[Outcome(outcome)]


def cap_period_label(period: CapPeriod) -> str:
    labels = {
        CapPeriod.PROGRAMME: QCoreApplication.translate("Labels", "per l'intero programma"),
        CapPeriod.YEAR: QCoreApplication.translate("Labels", "per ogni annualità"),
    }
    return labels[CapPeriod(period)]


def arrears_rule_label(rule: ArrearsRule) -> str:
    labels = {
        ArrearsRule.PLAN_REQUIRED: QCoreApplication.translate("Labels", "morosità ammessa solo con un piano di rientro attivo"),
        ArrearsRule.IGNORED: QCoreApplication.translate("Labels", "la morosità non conta"),
    }
    return labels[ArrearsRule(rule)]


def stamp_duty_label(duty: StampDuty) -> str:
    labels = {
        StampDuty.PAID: QCoreApplication.translate("Labels", "marca da bollo di 2,00 € applicata"),
        StampDuty.EXEMPT: QCoreApplication.translate("Labels", "esente (con la norma indicata)"),
    }
    return labels[StampDuty(duty)]
