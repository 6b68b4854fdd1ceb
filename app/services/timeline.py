"""The history of a household or a person, newest first (issue 3, point 5).

Each kind of event has its own small query function taking the session and a :class:`TimelineScope`;
:data:`TIMELINE_SOURCES` lists them and the timeline merges and sorts what they return. Later issues add
repayment plans and contributions by writing one more source, without touching the others.

Shown: every visit (cancelled ones too, flagged), every follow-up (at its due date), appointments still
booked or missed (an attended appointment is shown by its visit; a cancelled one is left out), and each
activity session attended. A household's timeline holds the visits recorded for the household or for any
current member, the members' follow-ups, appointments and attendances, and the household's repayment
plans: each decision on a plan (created, signed, suspended, lapsed...) and each payment, reversed ones
flagged; its contribution applications (each step: presented, assessed, granted, paid, cancelled), their
receipts (cancelled ones flagged) and each time it was informed about a programme.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import ColumnElement, false, func, or_, select
from sqlalchemy.orm import Session, aliased

from app.clock import today
from app.messages import msg
from app.models.activity import Activity, ActivitySession, Attendance
from app.models.appointment import Appointment
from app.models.catalogue import ActivityType, PartnerOrganisation, ReferralService, Topic
from app.models.contribution import Contribution, ContributionProgramme, OutreachContact, Receipt
from app.models.household import Household
from app.models.office import Office
from app.models.operator import Operator
from app.models.person import Person
from app.models.repayment_plan import PlanPayment, PlanStateChange, RepaymentPlan
from app.models.visit import FollowUp, Visit, visit_topics
from app.services.dates import format_date
from app.services.errors import NotFound
from app.services.local_time import clock_label, local_day, start_of_local_day
from app.services.money import format_amount
from app.services.unit_of_work import UnitOfWork
from app.vocabulary import AppointmentStatus, Channel, ContributionState, PlanState

CHANNEL_LABELS = {
    Channel.DESK: "Accesso allo sportello",
    Channel.PHONE: "Telefonata",
    Channel.HOME_VISIT: "Visita domiciliare",
    Channel.OUTREACH: "Contatto sul territorio",
}


class TimelineKind(StrEnum):
    VISIT = "visit"
    FOLLOW_UP = "follow_up"
    APPOINTMENT = "appointment"
    ATTENDANCE = "attendance"
    PLAN = "plan"
    PLAN_PAYMENT = "plan_payment"
    CONTRIBUTION = "contribution"
    RECEIPT = "receipt"
    OUTREACH = "outreach"


@dataclass(frozen=True)
class TimelineEntry:
    kind: TimelineKind
    when: datetime
    """Aware UTC. An entry known only by its date (a follow-up's due date) sits at the start of that Rome
    day and has ``all_day`` set, so the list shows the date alone."""
    title: str
    detail: str
    ref_id: uuid.UUID
    """What to open: the visit, the follow-up, the appointment, for an attendance the activity, for a plan's
    decision or payment the plan, for a contribution's step or receipt the application, for an outreach
    contact the programme."""
    all_day: bool = False
    state: str = ""
    """``annullata``, ``aperto``, ``scaduto``, ``chiuso``, ``prenotato``, ``non presentato``, or empty."""
    cancelled: bool = False
    person_id: uuid.UUID | None = None
    person_name: str = ""
    """Who among the household's members, for a household's timeline."""


@dataclass(frozen=True)
class TimelineScope:
    """Whose history: some persons, and possibly their household."""

    person_ids: frozenset[uuid.UUID]
    household_id: uuid.UUID | None = None


TimelineSource = Callable[[Session, TimelineScope], Iterable[TimelineEntry]]


def _name(surname: str | None, name: str | None) -> str:
    return f"{surname} {name}" if surname else ""


def _persons(column: ColumnElement[uuid.UUID | None], scope: TimelineScope) -> ColumnElement[bool]:
    return column.in_(scope.person_ids) if scope.person_ids else false()


def _visit_condition(scope: TimelineScope) -> ColumnElement[bool]:
    conditions = [_persons(Visit.person_id, scope)]
    if scope.household_id is not None:
        conditions.append(Visit.household_id == scope.household_id)
    return or_(*conditions)


def visit_entries(session: Session, scope: TimelineScope) -> list[TimelineEntry]:
    condition = _visit_condition(scope)
    topics: dict[uuid.UUID, list[str]] = defaultdict(list)
    for visit_id, topic in session.execute(
        select(visit_topics.c.visit_id, Topic.name)
        .join(Topic, visit_topics.c.topic_id == Topic.id)
        .join(Visit, visit_topics.c.visit_id == Visit.id)
        .where(condition)
        .order_by(Topic.position, Topic.name)
    ):
        topics[visit_id].append(topic)
    rows = session.execute(
        select(
            Visit,
            Office.name,
            Operator.full_name,
            Person.surname,
            Person.name,
            func.coalesce(ReferralService.name, PartnerOrganisation.name),
        )
        .join(Office, Visit.office_id == Office.id)
        .join(Operator, Visit.operator_id == Operator.id)
        .outerjoin(Person, Visit.person_id == Person.id)
        .outerjoin(ReferralService, Visit.referral_service_id == ReferralService.id)
        .outerjoin(PartnerOrganisation, Visit.referral_partner_id == PartnerOrganisation.id)
        .where(condition)
    )
    entries = []
    for visit, office_name, operator_name, surname, name, referral in rows:
        parts = [", ".join(topics[visit.id]) or "nessun argomento", f"operatore {operator_name}"]
        if visit.interpreter_language:
            parts.append(f"mediazione in {visit.interpreter_language}")
        if referral:
            parts.append(f"invio a {referral}")
        if visit.cancelled_at is not None:
            parts.append(f"annullata: {visit.cancel_reason}" if visit.cancel_reason else "annullata")
        entries.append(
            TimelineEntry(
                kind=TimelineKind.VISIT,
                when=visit.started_at,
                title=f"{CHANNEL_LABELS[visit.channel]} · {office_name}",
                detail=" · ".join(parts),
                ref_id=visit.id,
                state="annullata" if visit.cancelled_at is not None else "",
                cancelled=visit.cancelled_at is not None,
                person_id=visit.person_id,
                person_name=_name(surname, name),
            )
        )
    return entries


def follow_up_entries(session: Session, scope: TimelineScope) -> list[TimelineEntry]:
    conditions = [
        _persons(FollowUp.person_id, scope),
        _visit_condition(scope),  # on the follow-up's visit, joined below
    ]
    if scope.household_id is not None:
        conditions.append(FollowUp.household_id == scope.household_id)
    owner = aliased(Operator)
    about = func.coalesce(FollowUp.person_id, Visit.person_id)  # a visit's follow-up is about its person
    rows = session.execute(
        select(FollowUp, owner.full_name, about, Person.surname, Person.name)
        .join(owner, FollowUp.owner_id == owner.id)
        .outerjoin(Visit, FollowUp.visit_id == Visit.id)
        .outerjoin(Person, Person.id == about)
        .where(or_(*conditions))
    )
    day = today()
    entries = []
    for follow_up, owner_name, person_id, surname, name in rows:
        if follow_up.closed_at is not None:
            state = "chiuso"
            closing = f"chiuso il {format_date(local_day(follow_up.closed_at))}"
            detail = f"{closing}: {follow_up.closing_note}" if follow_up.closing_note else closing
        else:
            state = "scaduto" if follow_up.due_date < day else "aperto"
            detail = f"entro il {format_date(follow_up.due_date)}"
        entries.append(
            TimelineEntry(
                kind=TimelineKind.FOLLOW_UP,
                when=start_of_local_day(follow_up.due_date),
                all_day=True,
                title=f"Da fare: {follow_up.description.strip() or 'ricontattare'}",
                detail=f"{detail} · responsabile {owner_name}",
                ref_id=follow_up.id,
                state=state,
                person_id=person_id,
                person_name=_name(surname, name),
            )
        )
    return entries


def appointment_entries(session: Session, scope: TimelineScope) -> list[TimelineEntry]:
    rows = session.execute(
        select(Appointment, Office.name, Topic.name, Person.surname, Person.name)
        .join(Office, Appointment.office_id == Office.id)
        .join(Person, Appointment.person_id == Person.id)
        .outerjoin(Topic, Appointment.topic_id == Topic.id)
        .where(
            _persons(Appointment.person_id, scope),
            Appointment.status.in_([AppointmentStatus.BOOKED, AppointmentStatus.NO_SHOW]),
        )
    )
    entries = []
    for appointment, office_name, topic, surname, name in rows:
        parts = [f"ore {clock_label(appointment.starts_at)}"]
        parts += [p for p in (topic, appointment.note) if p]
        entries.append(
            TimelineEntry(
                kind=TimelineKind.APPOINTMENT,
                when=appointment.starts_at,
                title=f"Appuntamento · {office_name}",
                detail=" · ".join(parts),
                ref_id=appointment.id,
                state=str(appointment.status.label),
                person_id=appointment.person_id,
                person_name=_name(surname, name),
            )
        )
    return entries


def attendance_entries(session: Session, scope: TimelineScope) -> list[TimelineEntry]:
    rows = session.execute(
        select(
            Attendance.person_id,
            ActivitySession.starts_at,
            Activity.id,
            Activity.title,
            Activity.place,
            ActivityType.name,
            Person.surname,
            Person.name,
        )
        .join(ActivitySession, Attendance.session_id == ActivitySession.id)
        .join(Activity, ActivitySession.activity_id == Activity.id)
        .join(ActivityType, Activity.activity_type_id == ActivityType.id)
        .join(Person, Attendance.person_id == Person.id)
        .where(_persons(Attendance.person_id, scope))
    )
    return [
        TimelineEntry(
            kind=TimelineKind.ATTENDANCE,
            when=starts_at,
            title=title,
            detail=" · ".join(p for p in (type_name, place) if p),
            ref_id=activity_id,
            state="presente",
            person_id=person_id,
            person_name=_name(surname, name),
        )
        for person_id, starts_at, activity_id, title, place, type_name, surname, name in rows
    ]


PLAN_DECISION_TITLES = {
    PlanState.DRAFT: "Piano di rientro preparato",
    PlanState.ACTIVE: "Piano di rientro firmato e attivo",
    PlanState.SUSPENDED: "Piano di rientro sospeso",
    PlanState.COMPLETED: "Piano di rientro concluso",
    PlanState.LAPSED: "Piano di rientro decaduto",
    PlanState.RENEGOTIATED: "Piano di rientro rinegoziato",
    PlanState.WITHDRAWN: "Piano di rientro ritirato (mai firmato)",
}
RESUMED_TITLE = "Piano di rientro riattivato"


def plan_entries(session: Session, scope: TimelineScope) -> list[TimelineEntry]:
    if scope.household_id is None:
        return []
    rows = session.execute(
        select(PlanStateChange, RepaymentPlan.total_cents, RepaymentPlan.start_date)
        .join(RepaymentPlan, PlanStateChange.plan_id == RepaymentPlan.id)
        .where(RepaymentPlan.household_id == scope.household_id)
    )
    entries = []
    for change, total, start in rows:
        title = RESUMED_TITLE if change.from_state is PlanState.SUSPENDED and change.to_state is PlanState.ACTIVE else PLAN_DECISION_TITLES[change.to_state]
        parts = [f"piano del {format_date(start)} · {format_amount(total)}"]
        parts += [p for p in (change.reason, change.operator_name) if p]
        entries.append(
            TimelineEntry(
                kind=TimelineKind.PLAN,
                when=start_of_local_day(change.decided_on),
                all_day=True,
                title=title,
                detail=" · ".join(parts),
                ref_id=change.plan_id,
            )
        )
    return entries


def plan_payment_entries(session: Session, scope: TimelineScope) -> list[TimelineEntry]:
    if scope.household_id is None:
        return []
    rows = session.scalars(select(PlanPayment).where(PlanPayment.household_id == scope.household_id))
    return [
        TimelineEntry(
            kind=TimelineKind.PLAN_PAYMENT,
            when=start_of_local_day(payment.paid_on),
            all_day=True,
            title=f"Pagamento piano di rientro: {format_amount(payment.amount_cents)}",
            detail=" · ".join(
                p for p in (payment.reference, f"stornato: {payment.reversal_reason}" if payment.reversed_at else "") if p
            ),
            ref_id=payment.plan_id,
            state="stornato" if payment.reversed_at is not None else "",
            cancelled=payment.reversed_at is not None,
        )
        for payment in rows
    ]


def contribution_entries(session: Session, scope: TimelineScope) -> list[TimelineEntry]:
    """One entry per recorded step of each application, at the step's date, with who took it. Steps are
    known by their date only; steps of the same day sit a second apart in their order, so the newest
    first list shows them from the last (paid) to the first (presented)."""
    if scope.household_id is None:
        return []
    rows = session.execute(
        select(Contribution, ContributionProgramme.name)
        .join(ContributionProgramme, ContributionProgramme.id == Contribution.programme_id)
        .where(Contribution.household_id == scope.household_id)
    )
    entries = []
    for application, programme in rows:
        year = f"{programme} · annualità {application.programme_year}"
        assessed = "respinta" if application.state is ContributionState.REJECTED else "ammessa"
        granted = format_amount(application.granted_cents or 0)
        protocol = f"protocollo {application.protocol_number}" if application.protocol_number else ""
        steps = [
            (application.applied_on, "Domanda di contributo presentata", application.created_by_name, protocol, False),
            (application.assessed_on, f"Domanda di contributo {assessed}", application.assessed_by_name, application.assessment_note, False),
            (application.granted_on, f"Contributo concesso: {granted}", application.granted_by_name, application.bill_reference, False),
            (application.paid_on, f"Contributo pagato: {granted}", application.paid_by_name, "", False),
            (application.cancelled_on, "Domanda di contributo annullata", application.cancelled_by_name, application.cancel_reason, True),
        ]
        entries += [
            TimelineEntry(
                kind=TimelineKind.CONTRIBUTION,
                when=start_of_local_day(day) + timedelta(seconds=order),
                all_day=True,
                title=title,
                detail=" · ".join(p for p in (year, note, who) if p),
                ref_id=application.id,
                state="annullata" if cancelling else "",
                cancelled=cancelling,
            )
            for order, (day, title, who, note, cancelling) in enumerate(steps)
            if day is not None
        ]
    return entries


def receipt_entries(session: Session, scope: TimelineScope) -> list[TimelineEntry]:
    if scope.household_id is None:
        return []
    rows = session.scalars(select(Receipt).where(Receipt.household_id == scope.household_id))
    return [
        TimelineEntry(
            kind=TimelineKind.RECEIPT,
            when=start_of_local_day(receipt.issued_on),
            all_day=True,
            title=f"Ricevuta {receipt.number}: {format_amount(receipt.amount_cents)}",
            detail=" · ".join(
                p
                for p in (
                    receipt.beneficiary_name,
                    f"annullata il {format_date(receipt.cancelled_on)}: {receipt.cancel_reason}" if receipt.cancelled_on else "",
                )
                if p
            ),
            ref_id=receipt.contribution_id,
            state="annullata" if receipt.cancelled_on else "",
            cancelled=receipt.cancelled_on is not None,
        )
        for receipt in rows
    ]


def outreach_entries(session: Session, scope: TimelineScope) -> list[TimelineEntry]:
    if scope.household_id is None:
        return []
    rows = session.execute(
        select(OutreachContact, ContributionProgramme.name)
        .join(ContributionProgramme, ContributionProgramme.id == OutreachContact.programme_id)
        .where(OutreachContact.household_id == scope.household_id)
    )
    return [
        TimelineEntry(
            kind=TimelineKind.OUTREACH,
            when=start_of_local_day(contact.informed_on),
            all_day=True,
            title=f"Informato: {programme}",
            detail=" · ".join(p for p in (str(contact.way.label), contact.note, contact.operator_name) if p),
            ref_id=contact.programme_id,
        )
        for contact, programme in rows
    ]


TIMELINE_SOURCES: tuple[TimelineSource, ...] = (
    visit_entries,
    follow_up_entries,
    appointment_entries,
    attendance_entries,
    plan_entries,
    plan_payment_entries,
    contribution_entries,
    receipt_entries,
    outreach_entries,
)

_KIND_ORDER = {kind: rank for rank, kind in enumerate(TimelineKind)}


def timeline(session: Session, scope: TimelineScope, sources: Iterable[TimelineSource] = TIMELINE_SOURCES) -> list[TimelineEntry]:
    """Every source's entries, newest first; at the same moment a visit comes before what it started."""
    entries = [entry for source in sources for entry in source(session, scope)]
    entries.sort(key=lambda e: (-e.when.timestamp(), _KIND_ORDER[e.kind], e.person_name, e.title))
    return entries


def household_timeline(uow: UnitOfWork, household_id: uuid.UUID) -> list[TimelineEntry]:
    with uow:
        session = uow.session
        if session.get(Household, household_id) is None:
            raise NotFound(msg("Nucleo non trovato."))
        members = frozenset(session.scalars(select(Person.id).where(Person.household_id == household_id)))
        return timeline(session, TimelineScope(members, household_id))


def person_timeline(uow: UnitOfWork, person_id: uuid.UUID) -> list[TimelineEntry]:
    with uow:
        session = uow.session
        if session.get(Person, person_id) is None:
            raise NotFound(msg("Persona non trovata."))
        return timeline(session, TimelineScope(frozenset({person_id})))
