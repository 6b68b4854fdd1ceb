"""Outreach: households of the registry that look eligible for a programme today and have not applied, so
the desk can inform them, and the record of who was informed, when, how and by whom (DESIGN 2.3).

"Looks eligible" means no check of the programme fails on the day; a check with missing data (no valid
ISEE, arrears unknown) does not exclude the household, it is listed as what to verify when the tenant
comes. The screening reads the whole registry in a handful of queries and applies the same pure checks as
an application (app/services/contributions/eligibility.py), for any programme (L.1, the regional solidarity
contribution). Informed tenants who do not apply may lose rights, so each contact is kept, never edited.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import contains_eager

from app.clock import today
from app.messages import Message, msg
from app.models.contribution import Contribution, ContributionProgramme, OutreachContact
from app.models.dwelling import Dwelling
from app.models.household import Household, IseeAttestation
from app.models.person import Person
from app.models.repayment_plan import RepaymentPlan
from app.services.contributions.applications import ISEE_COLUMNS, StoredIsee, build_facts
from app.services.contributions.eligibility import ProgrammeRules, RuleCheck, eligibility_checks
from app.services.contributions.programmes import programme_row, terms_row_on, terms_view
from app.services.dates import DateError, add_months, format_date, parse_date
from app.services.errors import ValidationFailed
from app.services.registry.households import dwelling_address, household_row
from app.services.unit_of_work import UnitOfWork
from app.vocabulary import CapPeriod, ContributionState, HouseholdRole, InformedWay, Outcome, PlanState


@dataclass(frozen=True)
class InformedRecord:
    informed_on: date
    way: InformedWay
    operator_name: str
    note: str

    @property
    def text(self) -> Message:
        """"18/11/2026 per telefono (Pierangela Ghilardi)": the way's label reads after the date."""
        return msg("{day} {way} ({operator})").fill(day=format_date(self.informed_on), way=self.way, operator=self.operator_name)


@dataclass(frozen=True)
class OutreachRow:
    household_id: uuid.UUID
    household_code: str
    holder_name: str
    phone: str
    address: str
    neighbourhood: str
    reasons: tuple[Message, ...]
    """Why the household may be eligible: the data of the checks that passed, most telling first."""
    to_verify: tuple[Message, ...]
    """The data missing for the checks left undecided (none when every check passed)."""
    informed: InformedRecord | None
    """The latest contact about the programme, if any."""


def outreach_list(uow: UnitOfWork, programme_code: str, on: date, *, include_informed: bool = True) -> list[OutreachRow]:
    """Households with no application (but cancelled ones) for ``on``'s programme year that no check
    excludes, ordered by neighbourhood and address (how a round of the neighbourhood goes)."""
    with uow:
        session = uow.session
        programme = programme_row(session, programme_code)
        terms = terms_row_on(session, programme, on)
        view = terms_view(terms)
        rules = view.rules
        year = on.year
        households = session.scalars(_candidates(rules, on)).all()
        attestations: dict[uuid.UUID, list[StoredIsee]] = defaultdict(list)
        for household_id, *columns in session.execute(
            select(IseeAttestation.household_id, *ISEE_COLUMNS).where(IseeAttestation.valid_until >= date(on.year - 2, 1, 1))
        ):
            attestations[household_id].append(StoredIsee(*columns))
        planned = set(session.scalars(select(RepaymentPlan.household_id).where(RepaymentPlan.state == PlanState.ACTIVE)))
        applications: dict[uuid.UUID, list[Contribution]] = defaultdict(list)
        for application in session.scalars(select(Contribution).where(Contribution.programme_id == programme.id)):
            applications[application.household_id].append(application)
        contacts: dict[uuid.UUID, OutreachContact] = {}
        for contact in session.scalars(
            select(OutreachContact).where(OutreachContact.programme_id == programme.id).order_by(OutreachContact.informed_on, OutreachContact.created_at)
        ):
            contacts[contact.household_id] = contact
        holders = {
            household_id: (f"{surname} {name}", phone)
            for household_id, surname, name, phone in session.execute(
                select(Person.household_id, Person.surname, Person.name, Person.phone).where(
                    Person.household_role == HouseholdRole.HOLDER
                )
            )
        }
        rows: list[OutreachRow] = []
        for household in households:
            own = applications.get(household.id, [])
            if any(a.programme_year == year and a.state is not ContributionState.CANCELLED for a in own):
                continue
            if not include_informed and household.id in contacts:
                continue
            facts = build_facts(
                household,
                attestations.get(household.id, []),
                active_plan=household.id in planned,
                applications=own,
                cap_period=CapPeriod(view.cap_period),
                on=on,
                year=year,
            )
            checks = eligibility_checks(facts, rules, on, year)
            if any(check.outcome is Outcome.FAILED for check in checks):
                continue
            holder = holders.get(household.id)
            contact = contacts.get(household.id)
            dwelling = household.dwelling
            rows.append(
                OutreachRow(
                    household_id=household.id,
                    household_code=household.code,
                    holder_name=holder[0] if holder else "",
                    phone=holder[1] if holder else "",
                    address=dwelling_address(dwelling.street, dwelling.house_number, dwelling.staircase, dwelling.floor, dwelling.unit),
                    neighbourhood=dwelling.neighbourhood,
                    reasons=tuple(
                        _reason(c) for c in sorted(checks, key=_reason_rank) if c.outcome is Outcome.PASSED and c.rule in REASON_ORDER
                    ),
                    to_verify=tuple(c.detail for c in checks if c.outcome is Outcome.UNDECIDED),
                    informed=_record(contact) if contact else None,
                )
            )
        rows.sort(key=lambda r: (r.neighbourhood, r.address, r.household_code))
        return rows


REASON_ORDER = ("isee", "area", "seniority", "arrears", "heating")
"""The reasons a household may be eligible, most telling first (the list's column is narrow)."""


def _reason_rank(check: RuleCheck) -> int:
    return REASON_ORDER.index(check.rule) if check.rule in REASON_ORDER else len(REASON_ORDER)


def _reason(check: RuleCheck) -> Message:
    """The check's data, but the heating one without the address (the list shows it in its own column)."""
    return msg("riscaldamento centralizzato") if check.rule == "heating" else check.detail


def _candidates(rules: ProgrammeRules, on: date) -> Select[tuple[Household]]:
    """Households that no check on heating, area or seniority excludes, filtered in SQL so that the
    Python checks (which decide) run on a fraction of a large registry. Every filter is looser than its
    check: a missing area or assignment date stays in, and the seniority bound leaves a few days' margin
    for month-end clamping."""
    statement = select(Household).join(Dwelling, Dwelling.id == Household.dwelling_id).options(contains_eager(Household.dwelling))
    if rules.centralised_heating_required:
        statement = statement.where(Dwelling.centralised_heating.is_(True))
    statement = statement.where(or_(Household.sap_area.is_(None), Household.sap_area.in_(rules.areas)))
    latest_assignment = add_months(on, -rules.months_since_assignment) + timedelta(days=3)
    return statement.where(or_(Household.assignment_date.is_(None), Household.assignment_date <= latest_assignment))


def record_informed(
    uow: UnitOfWork, programme_code: str, household_id: uuid.UUID, informed_on: str, way: InformedWay, note: str = ""
) -> None:
    """Any operator; the date cannot be in the future."""
    errors: dict[str, Message] = {}
    try:
        day = parse_date(informed_on)
    except DateError as error:
        errors["informed_on"] = msg("Data: {error}").fill(error=error.said)
        day = None
    if day is not None and day > today():
        errors["informed_on"] = msg("Data: non può essere dopo oggi ({today}).").fill(today=format_date(today()))
    if errors or day is None:
        raise ValidationFailed(errors)
    with uow:
        session = uow.session
        programme = programme_row(session, programme_code)
        household_row(session, household_id)
        session.add(
            OutreachContact(
                programme_id=programme.id,
                household_id=household_id,
                informed_on=day,
                way=InformedWay(way),
                operator_name=uow.actor.name,
                note=note.strip(),
            )
        )
        uow.commit()


def household_contacts(uow: UnitOfWork, household_id: uuid.UUID) -> list[tuple[str, InformedRecord]]:
    """Every contact about a programme with the household (the programme's name with it), newest first."""
    with uow:
        rows = uow.session.execute(
            select(ContributionProgramme.name, OutreachContact)
            .join(ContributionProgramme, ContributionProgramme.id == OutreachContact.programme_id)
            .where(OutreachContact.household_id == household_id)
            .order_by(OutreachContact.informed_on.desc(), OutreachContact.created_at.desc())
        )
        return [(name, _record(contact)) for name, contact in rows]


def _record(contact: OutreachContact) -> InformedRecord:
    return InformedRecord(contact.informed_on, contact.way, contact.operator_name, contact.note)
