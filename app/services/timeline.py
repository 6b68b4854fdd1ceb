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
from app.messages import Message, joined, msg
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
from app.services.contributions.receipts import CANCELLED_WITH_RECEIPT
from app.services.dates import format_date
from app.services.desk.follow_ups import CANCELLATION_NOTE
from app.services.errors import NotFound
from app.services.local_time import clock_label, local_day, start_of_local_day
from app.services.money import format_amount
from app.services.unit_of_work import UnitOfWork
from app.vocabulary import AppointmentStatus, Channel, ContributionState, FollowUpState, Labelled, PlanState

CHANNEL_TITLES = {
    Channel.DESK: msg("Accesso allo sportello"),
    Channel.PHONE: msg("Telefonata"),
    Channel.HOME_VISIT: msg("Visita domiciliare"),
    Channel.OUTREACH: msg("Contatto sul territorio"),
}
"""A visit's title by its channel: a name for what happened ("Telefonata"), where the channel's own label
says how it happened ("al telefono")."""
CANCELLED = msg("annullata")
"""The state of a cancelled visit or receipt."""


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
    title: Message | str
    """What happened; an activity's title as it was typed."""
    detail: Message
    ref_id: uuid.UUID
    """What to open: the visit, the follow-up, the appointment, for an attendance the activity, for a plan's
    decision or payment the plan, for a contribution's step or receipt the application, for an outreach
    contact the programme."""
    all_day: bool = False
    state: Message | Labelled | None = None
    """A follow-up's or an appointment's state, ``annullata``, ``presente``, ``stornato``, or none."""
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


def _dotted(*parts: Message | str) -> Message:
    """The parts that are there, a dot between them: what the program says, translated, and data (names,
    notes as typed) as they are."""
    return joined((part for part in parts if part), " · ")


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
        parts = [
            msg("{topics} · operatore {operator}").fill(
                topics=", ".join(topics[visit.id]) or msg("nessun argomento"), operator=operator_name
            )
        ]
        if visit.interpreter_language:
            parts.append(msg("mediazione in {language}").fill(language=visit.interpreter_language))
        if referral:
            parts.append(msg("invio a {referral}").fill(referral=referral))
        if visit.cancelled_at is not None:
            parts.append(msg("annullata: {reason}").fill(reason=visit.cancel_reason) if visit.cancel_reason else CANCELLED)
        entries.append(
            TimelineEntry(
                kind=TimelineKind.VISIT,
                when=visit.started_at,
                title=msg("{channel} · {office}").fill(channel=CHANNEL_TITLES[visit.channel], office=office_name),
                detail=joined(parts, " · "),
                ref_id=visit.id,
                state=CANCELLED if visit.cancelled_at is not None else None,
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
            state = FollowUpState.CLOSED
            closed_on = format_date(local_day(follow_up.closed_at))
            detail = (
                msg("chiuso il {day}: {note}").fill(day=closed_on, note=CANCELLATION_NOTE.read(follow_up.closing_note))
                if follow_up.closing_note
                else msg("chiuso il {day}").fill(day=closed_on)
            )
        else:
            state = FollowUpState.OVERDUE if follow_up.due_date < day else FollowUpState.OPEN
            detail = msg("entro il {day}").fill(day=format_date(follow_up.due_date))
        entries.append(
            TimelineEntry(
                kind=TimelineKind.FOLLOW_UP,
                when=start_of_local_day(follow_up.due_date),
                all_day=True,
                title=msg("Da fare: {task}").fill(task=follow_up.description.strip() or msg("ricontattare")),
                detail=msg("{when} · responsabile {owner}").fill(when=detail, owner=owner_name),
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
        entries.append(
            TimelineEntry(
                kind=TimelineKind.APPOINTMENT,
                when=appointment.starts_at,
                title=msg("Appuntamento · {office}").fill(office=office_name),
                detail=_dotted(msg("ore {time}").fill(time=clock_label(appointment.starts_at)), topic or "", appointment.note),
                ref_id=appointment.id,
                state=appointment.status,
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
            detail=_dotted(type_name, place),
            ref_id=activity_id,
            state=msg("presente"),
            person_id=person_id,
            person_name=_name(surname, name),
        )
        for person_id, starts_at, activity_id, title, place, type_name, surname, name in rows
    ]


PLAN_DECISION_TITLES = {
    PlanState.DRAFT: msg("Piano di rientro preparato"),
    PlanState.ACTIVE: msg("Piano di rientro firmato e attivo"),
    PlanState.SUSPENDED: msg("Piano di rientro sospeso"),
    PlanState.COMPLETED: msg("Piano di rientro concluso"),
    PlanState.LAPSED: msg("Piano di rientro decaduto"),
    PlanState.RENEGOTIATED: msg("Piano di rientro rinegoziato"),
    PlanState.WITHDRAWN: msg("Piano di rientro ritirato (mai firmato)"),
}
RESUMED_TITLE = msg("Piano di rientro riattivato")


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
        plan = msg("piano del {start} · {amount}").fill(start=format_date(start), amount=format_amount(total))
        entries.append(
            TimelineEntry(
                kind=TimelineKind.PLAN,
                when=start_of_local_day(change.decided_on),
                all_day=True,
                title=title,
                detail=_dotted(plan, change.reason, change.operator_name),
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
            title=msg("Pagamento piano di rientro: {amount}").fill(amount=format_amount(payment.amount_cents)),
            detail=_dotted(
                payment.reference,
                msg("stornato: {reason}").fill(reason=payment.reversal_reason) if payment.reversed_at else "",
            ),
            ref_id=payment.plan_id,
            state=msg("stornato") if payment.reversed_at is not None else None,
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
        year = msg("{programme} · annualità {year}").fill(programme=programme, year=application.programme_year)
        assessed = (
            msg("Domanda di contributo respinta")
            if application.state is ContributionState.REJECTED
            else msg("Domanda di contributo ammessa")
        )
        granted = format_amount(application.granted_cents or 0)
        protocol: Message | str = (
            msg("protocollo {number}").fill(number=application.protocol_number) if application.protocol_number else ""
        )
        steps = [
            (application.applied_on, msg("Domanda di contributo presentata"), application.created_by_name, protocol, False),
            (application.assessed_on, assessed, application.assessed_by_name, application.assessment_note, False),
            (
                application.granted_on,
                msg("Contributo concesso: {amount}").fill(amount=granted),
                application.granted_by_name,
                application.bill_reference,
                False,
            ),
            (application.paid_on, msg("Contributo pagato: {amount}").fill(amount=granted), application.paid_by_name, "", False),
            (
                application.cancelled_on,
                msg("Domanda di contributo annullata"),
                application.cancelled_by_name,
                CANCELLED_WITH_RECEIPT.read(application.cancel_reason),
                True,
            ),
        ]
        entries += [
            TimelineEntry(
                kind=TimelineKind.CONTRIBUTION,
                when=start_of_local_day(day) + timedelta(seconds=order),
                all_day=True,
                title=title,
                detail=_dotted(year, note, who),
                ref_id=application.id,
                state=ContributionState.CANCELLED if cancelling else None,
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
            title=msg("Ricevuta {number}: {amount}").fill(number=receipt.number, amount=format_amount(receipt.amount_cents)),
            detail=_dotted(
                receipt.beneficiary_name,
                msg("annullata il {day}: {reason}").fill(day=format_date(receipt.cancelled_on), reason=receipt.cancel_reason)
                if receipt.cancelled_on
                else "",
            ),
            ref_id=receipt.contribution_id,
            state=CANCELLED if receipt.cancelled_on else None,
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
            title=msg("Informato: {programme}").fill(programme=programme),
            detail=_dotted(contact.way.label, contact.note, contact.operator_name),
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
    entries.sort(key=lambda e: (-e.when.timestamp(), _KIND_ORDER[e.kind], e.person_name, str(e.title)))
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
