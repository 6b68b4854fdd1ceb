"""The program's vocabulary: every enumerated value of the domain, defined once with its one Italian label.

A value is stored as its English ``value`` (``"draft"``); it reads as its ``label``, a
:class:`~app.messages.Message` marked for Qt's translation tools. The models use these enums for their
columns, the services for their rules and messages, the screens show ``label`` translated
(``app/ui/text.py``), and the documents, the exports and the command line print it in Italian
(``str(value.label)``). No Qt and no SQLAlchemy here, so every layer may import it.

A label is written to read well alone, in a list or after "stato:": sentences that need an article or an
agreement ("la domanda è in bozza") are messages of their own.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Self

from app.messages import Message, msg


class Labelled(StrEnum):
    """A string enum whose members are declared as ``NAME = "value", msg("etichetta")``."""

    label: Message

    def __new__(cls, value: str, label: Message) -> Self:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member


# --- people and the registry ----------------------------------------------------------------------------


class Role(Labelled):
    OPERATOR = "operator", msg("operatore")
    TENANT_MANAGER = "tenant_manager", msg("tenant manager")
    COORDINATOR = "coordinator", msg("coordinatore")


class Sex(Labelled):
    FEMALE = "F", msg("femmina")
    MALE = "M", msg("maschio")
    NON_BINARY = "X", msg("non binario")


class HouseholdRole(Labelled):
    HOLDER = "holder", msg("intestatario")
    MEMBER = "member", msg("componente")


class SapArea(Labelled):
    """The SAP income band the landlord derives from the ISEE-ERP."""

    PROTEZIONE = "protezione", msg("protezione")
    ACCESSO = "accesso", msg("accesso")
    PERMANENZA = "permanenza", msg("permanenza")
    DECADENZA = "decadenza", msg("decadenza")


class IseeKind(Labelled):
    ORDINARIO = "ordinario", msg("ordinario")
    CORRENTE = "corrente", msg("corrente")


class LabourStatus(Labelled):
    UNEMPLOYED = "unemployed", msg("disoccupato/a")
    LONG_TERM_UNEMPLOYED = "long_term_unemployed", msg("disoccupato/a da più di 12 mesi")
    INACTIVE = "inactive", msg("inattivo/a (non cerca lavoro, studia, pensione...)")
    EMPLOYED = "employed", msg("occupato/a (anche in proprio)")


class Education(Labelled):
    ISCED_0_2 = "isced_0_2", msg("fino alla licenza media (ISCED 0-2)")
    ISCED_3_4 = "isced_3_4", msg("diploma o qualifica professionale (ISCED 3-4)")
    ISCED_5_8 = "isced_5_8", msg("laurea o titolo superiore (ISCED 5-8)")


class Answer(Labelled):
    YES = "yes", msg("sì")
    NO = "no", msg("no")
    PREFERS_NOT = "prefers_not", msg("preferisce non rispondere")


# --- the desk ---------------------------------------------------------------------------------------------


class Channel(Labelled):
    DESK = "desk", msg("allo sportello")
    PHONE = "phone", msg("al telefono")
    HOME_VISIT = "home_visit", msg("visita a domicilio")
    OUTREACH = "outreach", msg("contatto sul territorio")


class AgeBracket(Labelled):
    """Age brackets of an anonymous contact (DESIGN 2)."""

    UNDER_18 = "0-17", msg("0-17 anni")
    FROM_18 = "18-29", msg("18-29 anni")
    FROM_30 = "30-54", msg("30-54 anni")
    FROM_55 = "55-64", msg("55-64 anni")
    FROM_65 = "65+", msg("65 anni e oltre")


class AppointmentStatus(Labelled):
    BOOKED = "booked", msg("prenotato")
    ATTENDED = "attended", msg("presentato")
    NO_SHOW = "no_show", msg("non presentato")
    CANCELLED = "cancelled", msg("annullato")


class FollowUpState(Labelled):
    OPEN = "open", msg("aperto")
    OVERDUE = "overdue", msg("scaduto")
    CLOSED = "closed", msg("chiuso")


WEEKDAYS = (
    msg("lunedì"),
    msg("martedì"),
    msg("mercoledì"),
    msg("giovedì"),
    msg("venerdì"),
    msg("sabato"),
    msg("domenica"),
)
"""The names of the days, Monday first as ``date.weekday()`` counts them."""


# --- repayment plans ----------------------------------------------------------------------------------------


class PlanState(Labelled):
    DRAFT = "draft", msg("bozza")
    ACTIVE = "active", msg("attivo")
    SUSPENDED = "suspended", msg("sospeso")
    COMPLETED = "completed", msg("concluso")
    LAPSED = "lapsed", msg("decaduto")
    RENEGOTIATED = "renegotiated", msg("rinegoziato")
    WITHDRAWN = "withdrawn", msg("ritirato")
    """A draft never signed (the tenant did not agree, or it was typed wrong): kept, not deleted."""


class DebtKind(Labelled):
    RENT = "rent", msg("canone di locazione")
    SERVICE_CHARGES = "service_charges", msg("spese per servizi")
    OTHER = "other", msg("altro")


class PaymentMethod(Labelled):
    PAGOPA = "pagopa", msg("pagoPA")
    BANK_TRANSFER = "bank_transfer", msg("bonifico")
    DIRECT_DEBIT = "direct_debit", msg("addebito diretto")
    POSTAL_SLIP = "postal_slip", msg("bollettino postale")
    CASH = "cash", msg("contanti")
    STATEMENT = "statement", msg("da estratto conto")
    """Read from the landlord's statement, which does not say how the tenant paid."""
    OTHER = "other", msg("altro")


class AgingBucket(Labelled):
    """How long a plan has been in arrears, after the grace period (the tenant manager's buckets)."""

    CURRENT = "current", msg("in tolleranza")
    DAYS_1_30 = "1-30", msg("1-30 giorni")
    DAYS_31_60 = "31-60", msg("31-60 giorni")
    DAYS_61_90 = "61-90", msg("61-90 giorni")
    OVER_90 = "over-90", msg("oltre 90 giorni")


# --- contributions ----------------------------------------------------------------------------------------


class ContributionState(Labelled):
    DRAFT = "draft", msg("in bozza")
    ELIGIBLE = "eligible", msg("ammessa")
    REJECTED = "rejected", msg("respinta")
    GRANTED = "granted", msg("concessa")
    PAID = "paid", msg("pagata")
    CANCELLED = "cancelled", msg("annullata")


class ReceiptMethod(Labelled):
    """How a contribution reaches the tenant (DESIGN 2.4)."""

    SAP_ACCOUNT = "sap_account", msg("accredito sul conto SAP dell'inquilino")
    """Credited on the tenant's SAP rent account."""
    BANK_TRANSFER = "bank_transfer", msg("bonifico bancario")
    CASH = "cash", msg("contanti")
    CHEQUE = "cheque", msg("assegno")
    OTHER = "other", msg("altro")


class InformedWay(Labelled):
    DESK = "desk", msg("allo sportello")
    PHONE = "phone", msg("per telefono")
    LETTER = "letter", msg("per lettera")
    HOME_VISIT = "home_visit", msg("con una visita a domicilio")
    MESSAGE = "message", msg("con un messaggio")


class ArrearsRule(Labelled):
    PLAN_REQUIRED = "plan_required", msg("morosità ammessa solo con un piano di rientro attivo")
    """Arrears are accepted only with an active repayment plan (L.1)."""
    IGNORED = "ignored", msg("la morosità non conta")


class CapPeriod(Labelled):
    PROGRAMME = "programme", msg("per l'intero programma")
    """The cap per household counts every year of the programme together (L.1: 600 EUR over two years)."""
    YEAR = "year", msg("per ogni annualità")


class StampDuty(Labelled):
    EXEMPT = "exempt", msg("esente (con la norma indicata)")
    """Above the threshold the receipt prints the exemption rule."""
    PAID = "paid", msg("marca da bollo di 2,00 € applicata")
    """Above the threshold the receipt says a 2,00 EUR stamp was applied."""


class Outcome(Labelled):
    """The outcome of one eligibility rule, and of an application's checklist as a whole."""

    PASSED = "passed", msg("soddisfatto")
    FAILED = "failed", msg("non soddisfatto")
    UNDECIDED = "undecided", msg("da decidere")


# --- settings and changes -------------------------------------------------------------------------------


class CatalogueKind(Labelled):
    """The lists a coordinator edits in the settings."""

    TOPICS = "topics", msg("Argomenti delle visite")
    REFERRAL_SERVICES = "referral_services", msg("Servizi a cui si invia")
    ACTIVITY_TYPES = "activity_types", msg("Tipi di attività di gruppo")
    PARTNERS = "partners", msg("Organizzazioni partner")


class AuditAction(Labelled):
    """What an audit entry records: a row written, changed or removed, or a record opened to be read
    (a household's page: who looked at whose data, GDPR art. 5(2))."""

    INSERT = "insert", msg("creazione")
    UPDATE = "update", msg("modifica")
    DELETE = "delete", msg("eliminazione")
    OPEN = "open", msg("consultazione")


class Change(Labelled):
    """The kinds of data a service changed (as Anki's ``OpChanges``): each screen refreshes when one it
    shows is among them, and no screen has to guess what a service touched."""

    HOUSEHOLDS = "households", msg("nuclei")
    PERSONS = "persons", msg("persone")
    VISITS = "visits", msg("visite")
    FOLLOW_UPS = "follow_ups", msg("impegni")
    APPOINTMENTS = "appointments", msg("appuntamenti")
    ACTIVITIES = "activities", msg("attività di gruppo")
    PLANS = "plans", msg("piani di rientro")
    CONTRIBUTIONS = "contributions", msg("contributi")
    RECEIPTS = "receipts", msg("ricevute")
    OUTREACH = "outreach", msg("contatti informativi")
    OPERATORS = "operators", msg("operatori")
    OFFICES = "offices", msg("sportelli")
    CATALOGUES = "catalogues", msg("elenchi")
    SETTINGS = "settings", msg("impostazioni")
    PROGRAMMES = "programmes", msg("programmi di contributo")
