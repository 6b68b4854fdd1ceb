"""The demo (``portierato demo``): a fresh home filled with fictional tenants and operators of every role."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
import uuid
from datetime import date, datetime, time, timedelta
from enum import Enum
from pathlib import Path

import pytest
from sqlalchemy import func, literal_column, select
from sqlalchemy.orm import selectinload

from app import clock
from app.config import LaptopIdentity, Paths, read_laptop_identity, resolve_paths
from app.demo.accounts import DEMO_ACCOUNTS
from app.demo.activities import DEMO_PARTNERS
from app.demo.codice_fiscale import compose_codice_fiscale
from app.demo.seeder import DemoRefused, DemoReport, fill_demo
from app.models.activity import Activity, ActivitySession, Attendance
from app.models.appointment import Appointment
from app.models.audit import AuditEntry
from app.models.base import Base, Row
from app.models.catalogue import ActivityType, PartnerOrganisation, Topic
from app.models.contribution import Contribution, ContributionProgramme, OutreachContact, Receipt
from app.models.dwelling import Dwelling
from app.models.household import HolderChange, Household, IseeAttestation
from app.models.office import Office
from app.models.operator import Operator
from app.models.participant import ParticipantProfile
from app.models.person import Person
from app.models.repayment_plan import PlanPayment, PlanStateChange, PlanSuspension, RepaymentPlan
from app.models.visit import FollowUp, Visit, visit_topics
from app.services.catalogues import SEEDS, add_item, list_items, set_retired
from app.services.contributions.applications import stored_checks
from app.services.contributions.eligibility import overall_outcome
from app.services.contributions.outreach import outreach_list
from app.services.contributions.programmes import HEATING, SOLIDARITY, budget_counter
from app.services.desk.activities import list_activities
from app.services.desk.appointments import appointments_on, opening_containing
from app.services.desk.day import desk_day
from app.services.desk.visit_list import VisitFilter, count_visits, visit_page
from app.services.desk.visits import outside_opening
from app.services.local_time import day_bounds, local_day, local_moment
from app.services.offices import SEED_OFFICES
from app.services.operators import log_in
from app.services.plans.listing import PlanFilter, plan_list
from app.services.plans.plans import PlanView, plan_detail
from app.services.registry.codice_fiscale import disagreements, parse_codice_fiscale
from app.services.registry.households import persons_to_complete, search_households
from app.services.registry.isee import applicable_attestation, isee_valid_until, protocol_looks_right
from app.services.unit_of_work import COMMAND_LINE, Store, UnitOfWork
from app.store.opening import open_database
from app.vocabulary import (
    AgingBucket,
    Answer,
    AppointmentStatus,
    CatalogueKind,
    Channel,
    ContributionState,
    DebtKind,
    HouseholdRole,
    IseeKind,
    Outcome,
    PaymentMethod,
    PlanState,
    ReceiptMethod,
    Role,
    SapArea,
    Sex,
)
from tests.conftest import TODAY, Desk

L1_LOW, L1_HIGH = 936_001, 1_500_000


@dataclass
class Home:
    paths: Paths
    store: Store

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self.store, COMMAND_LINE, write=False)


def _open_home(folder: Path) -> Home:
    """A brand-new home as the command line opens it: no laptop identity yet, so no site code."""
    paths = resolve_paths(folder)
    return Home(paths, Store(open_database(paths, create=True).engine, ""))


@pytest.fixture
def homes(tmp_path: Path) -> Iterator[list[Home]]:
    opened = [_open_home(tmp_path / name) for name in ("first", "second", "third")]
    yield opened
    for home in opened:
        home.store.engine.dispose()


@pytest.fixture
def home(homes: list[Home]) -> Home:
    return homes[0]


@contextmanager
def _demo_home(tmp_path_factory: pytest.TempPathFactory, households: int) -> Iterator[tuple[Home, DemoReport]]:
    """One demo shared by the tests of a module that only read it (the autouse pinned day is not set yet)."""
    home = _open_home(tmp_path_factory.mktemp("demo"))
    clock.pin_today(TODAY)
    try:
        report = fill_demo(home.paths, home.store, households=households)
    finally:
        clock.pin_today(None)
    yield home, report
    home.store.engine.dispose()


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Home, DemoReport]]:
    with _demo_home(tmp_path_factory, 40) as demo:
        yield demo


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Home]:
    with _demo_home(tmp_path_factory, 200) as (home, _):
        yield home


def _count(home: Home, model: type) -> int:
    with home.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model)) or 0


def _desk_work(home: Home) -> dict[str, list[str]]:
    """Visits (with topics), follow-ups, appointments, attendance and participant data, told by what
    they say and by whom (name and birth date) rather than by their random ids."""
    who = (Person.surname, Person.name, Person.birth_date)
    topics = (
        select(func.group_concat(Topic.name, "|"))
        .select_from(visit_topics)
        .join(Topic, visit_topics.c.topic_id == Topic.id)
        .where(visit_topics.c.visit_id == Visit.id)
        .scalar_subquery()
    )
    statements = {
        "visits": select(
            Visit.started_at, Visit.channel, *who, Visit.notes, Visit.interpreter_language, Visit.cancel_reason, topics
        ).outerjoin(Person, Visit.person_id == Person.id),
        "follow_ups": select(FollowUp.due_date, FollowUp.description, FollowUp.closed_at, *who).outerjoin(
            Person, FollowUp.person_id == Person.id
        ),
        "appointments": select(Appointment.starts_at, Appointment.status, Appointment.contact_name, *who).outerjoin(
            Person, Appointment.person_id == Person.id
        ),
        "attendance": select(Activity.title, ActivitySession.starts_at, ActivitySession.other_participants, *who)
        .join(ActivitySession, ActivitySession.activity_id == Activity.id)
        .join(Attendance, Attendance.session_id == ActivitySession.id)
        .join(Person, Attendance.person_id == Person.id),
        "profiles": select(*who, ParticipantProfile.recorded_on, ParticipantProfile.disability).join(
            Person, ParticipantProfile.person_id == Person.id
        ),
        "plans": select(
            Household.code, RepaymentPlan.state, RepaymentPlan.start_date, RepaymentPlan.total_cents, RepaymentPlan.signed_on
        ).join(Household, RepaymentPlan.household_id == Household.id),
        "plan_payments": select(
            Household.code, PlanPayment.paid_on, PlanPayment.amount_cents, PlanPayment.reference, PlanPayment.reversed_at.is_(None)
        ).join(Household, PlanPayment.household_id == Household.id),
    }
    with home.uow() as uow:
        return {name: sorted(map(repr, uow.session.execute(statement).all())) for name, statement in statements.items()}


def _registry(home: Home) -> list[tuple[str, str, tuple[str, ...]]]:
    """Every household as code, address and member names, in code order."""
    with home.uow() as uow:
        rows = uow.session.execute(
            select(Household.code, Dwelling.street, Dwelling.house_number, Person.surname, Person.name)
            .join(Dwelling, Household.dwelling_id == Dwelling.id)
            .join(Person, Person.household_id == Household.id)
            .order_by(Household.code, Person.household_role != HouseholdRole.HOLDER, Person.birth_date)
        ).all()
    by_code: dict[str, tuple[str, list[str]]] = {}
    for code, street, number, surname, name in rows:
        by_code.setdefault(code, (f"{street} {number}", []))[1].append(f"{surname} {name}")
    return [(code, address, tuple(names)) for code, (address, names) in by_code.items()]


# --- codice fiscale rules ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("surname", "name", "born", "sex", "place", "expected"),
    [
        ("Rossi", "Mario", date(1945, 3, 12), Sex.MALE, "F205", "RSSMRA45C12F205C"),
        ("Conte", "Chiara", date(1983, 12, 1), Sex.FEMALE, "D969", "CNTCHR83T41D969D"),
        ("Fo", "Dario", date(1926, 3, 24), Sex.MALE, "H872", "FOXDRA26C24H872Y"),
        ("Mai", "Luca", date(1991, 1, 25), Sex.MALE, "F839", "MAILCU91A25F839D"),
    ],
)
def test_compose_codice_fiscale_gives_the_issued_code(
    surname: str, name: str, born: date, sex: Sex, place: str, expected: str
) -> None:
    assert compose_codice_fiscale(surname, name, born, sex, place) == expected


@pytest.mark.parametrize(
    ("surname", "name", "letters"),
    [
        ("Bianchi", "Gianfranco", "BNCGFR"),  # four or more consonants in the name: first, third and fourth
        ("Hu", "Li", "HUXLIX"),  # too few letters: padded with X
        ("D'Angelo", "Nicolò", "DNGNCL"),  # apostrophes and accents do not count
        ("El Amrani", "Fatima", "LMRFTM"),  # spaces do not count either
    ],
)
def test_compose_codice_fiscale_applies_the_letter_rules(surname: str, name: str, letters: str) -> None:
    code = compose_codice_fiscale(surname, name, date(1980, 5, 17), Sex.MALE, "Z330")
    assert code[:6] == letters
    assert parse_codice_fiscale(code).code == code


# --- a fresh home ----------------------------------------------------------------------------------------


def test_a_fresh_home_is_configured_and_every_demo_account_logs_in(small: tuple[Home, DemoReport]) -> None:
    home, report = small

    assert read_laptop_identity(home.paths) == LaptopIdentity(site_code="CEL", office_code="CEL")
    assert report.accounts == DEMO_ACCOUNTS
    assert {account.role for account in DEMO_ACCOUNTS} == set(Role)
    assert all(len(account.password) >= 8 for account in DEMO_ACCOUNTS)
    for account in DEMO_ACCOUNTS:
        actor = log_in(home.store, account.username, account.password)
        assert (actor.name, actor.role) == (account.full_name, account.role)
    assert _count(home, Operator) == len(DEMO_ACCOUNTS)


def test_the_report_counts_what_was_stored(small: tuple[Home, DemoReport]) -> None:
    home, report = small

    assert report.households == _count(home, Household) == 40
    assert report.persons == _count(home, Person)
    assert report.attestations == _count(home, IseeAttestation)
    assert report.households < report.persons <= 6 * report.households
    assert report.visits == _count(home, Visit) > report.households
    assert report.appointments == _count(home, Appointment) > 0
    assert report.activities == _count(home, Activity) > 0
    assert report.plans == _count(home, RepaymentPlan) > 0
    assert report.plan_payments == _count(home, PlanPayment) > report.plans
    assert report.applications == _count(home, Contribution) > 0
    with home.uow() as uow:
        granted = uow.session.scalar(select(func.count()).where(Contribution.granted_on.is_not(None)))
    assert report.grants == granted > 0
    assert report.receipts == _count(home, Receipt) > 0
    assert report.outreach_contacts == _count(home, OutreachContact) > 0


def test_the_data_is_written_by_the_demo_coordinator_on_this_laptop(small: tuple[Home, DemoReport]) -> None:
    home, _ = small
    tables = ("households", "visits", "follow_ups", "appointments", "activities", "attendances", "participant_profiles")

    with home.uow() as uow:
        writers = {
            (entity, name, site)
            for entity, name, site in uow.session.execute(
                select(AuditEntry.entity, AuditEntry.operator_name, AuditEntry.site).where(
                    AuditEntry.entity.in_(tables), AuditEntry.action == "insert"
                )
            )
        }
        sites = set(uow.session.scalars(select(Person.site))) | set(uow.session.scalars(select(Visit.site)))
        audited_visits = uow.session.scalar(
            select(func.count()).where(AuditEntry.entity == "visits", AuditEntry.action == "insert")
        )
    assert writers == {(table, DEMO_ACCOUNTS[0].full_name, "CEL") for table in tables}
    assert sites == {"CEL"}
    assert audited_visits == _count(home, Visit)


def test_the_plans_are_the_work_of_the_demo_tenant_manager(small: tuple[Home, DemoReport]) -> None:
    home, _ = small
    tenant_manager = next(a.full_name for a in DEMO_ACCOUNTS if a.username == "demo.tenant")
    plan_tables = ("repayment_plans", "plan_debt_items", "plan_installments", "plan_payments", "plan_state_changes", "plan_suspensions")

    with home.uow() as uow:
        plan_writers = set(
            uow.session.execute(select(AuditEntry.entity, AuditEntry.operator_name).where(AuditEntry.entity.in_(plan_tables)))
        )
        household_updates = uow.session.execute(
            select(AuditEntry.operator_name, AuditEntry.changes).where(AuditEntry.entity == "households", AuditEntry.action == "update")
        ).all()
        deciders = set(uow.session.scalars(select(PlanStateChange.operator_name)))

    assert {entity for entity, _ in plan_writers} >= {"repayment_plans", "plan_payments", "plan_state_changes"}
    assert {name for _, name in plan_writers} == deciders == {tenant_manager}
    assert household_updates and {name for name, _ in household_updates} == {tenant_manager}
    assert all(set(json.loads(changes)) <= {"arrears_cents", "arrears_as_of"} for _, changes in household_updates)


def test_every_codice_fiscale_is_valid_unique_and_agrees_with_the_person(small: tuple[Home, DemoReport]) -> None:
    home, _ = small

    with home.uow() as uow:
        rows = uow.session.execute(
            select(Person.codice_fiscale, Person.codice_fiscale_key, Person.birth_date, Person.sex).where(
                Person.codice_fiscale.is_not(None)
            )
        ).all()
    assert len(rows) > 40
    for code, key, born, sex in rows:
        parsed = parse_codice_fiscale(code)
        assert (parsed.code, parsed.key) == (code, key)
        assert disagreements(parsed, born, sex) == []
    assert len({key for _, key, _, _ in rows}) == len(rows)


def test_the_registry_search_finds_a_demo_tenant(small: tuple[Home, DemoReport]) -> None:
    home, _ = small
    code, _, names = _registry(home)[0]
    holder = names[0]

    rows = search_households(home.uow(), holder)

    assert holder in {row.holder_name for row in rows}
    assert code in {row.code for row in rows}


def test_a_second_demo_is_refused_and_changes_nothing(home: Home) -> None:
    fill_demo(home.paths, home.store, households=40)
    before = _registry(home)

    with pytest.raises(DemoRefused) as refused:
        fill_demo(home.paths, home.store, households=40)

    assert refused.value.message == "Il database contiene già dei nuclei: la demo si crea solo su un database vuoto."
    assert _registry(home) == before


def test_a_number_of_households_out_of_range_is_refused_before_anything_is_written(home: Home) -> None:
    with pytest.raises(DemoRefused) as refused:
        fill_demo(home.paths, home.store, households=0)

    assert "tra 1 e 20.000" in refused.value.message
    assert read_laptop_identity(home.paths) is None
    assert _count(home, Operator) == 0


def test_the_same_seed_gives_the_same_demo_and_another_seed_another(homes: list[Home]) -> None:
    first, second, third = homes
    fill_demo(first.paths, first.store, households=40, seed=7)
    fill_demo(second.paths, second.store, households=40, seed=7)
    fill_demo(third.paths, third.store, households=40, seed=8)

    assert _registry(first) == _registry(second)
    assert _desk_work(first) == _desk_work(second)
    assert _registry(first) != _registry(third)
    assert _desk_work(first) != _desk_work(third)


# --- an already configured laptop -------------------------------------------------------------------------


def test_the_demo_refuses_a_laptop_with_real_operators_and_writes_nothing(desk: Desk) -> None:
    """Issue 10: the demo never mixes fictional people into a desk's work, even with no household yet."""
    with desk.uow(write=False) as uow:
        before = uow.session.scalar(select(func.count()).select_from(Operator))

    with pytest.raises(DemoRefused, match=r"^Il database ha già degli utenti \(coord, educatrice, tenant\)"):
        fill_demo(desk.paths, desk.store, households=40)

    with desk.uow(write=False) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Operator)) == before
        assert uow.session.scalar(select(func.count()).select_from(Household)) == 0


def test_partner_organisations_already_listed_are_left_as_they_are(tmp_path: Path) -> None:
    home = _open_home(tmp_path / "nuova")
    name, _, _ = DEMO_PARTNERS[0]
    kept = add_item(UnitOfWork(home.store, COMMAND_LINE), CatalogueKind.PARTNERS, name.upper(), kind_label="parrocchia", contact="035 000000")
    set_retired(UnitOfWork(home.store, COMMAND_LINE), CatalogueKind.PARTNERS, kept, True)

    fill_demo(home.paths, home.store, households=40)

    partners = list_items(home.uow(), CatalogueKind.PARTNERS, include_retired=True)
    assert len(partners) == len(DEMO_PARTNERS)
    assert [(p.name, p.retired, p.contact) for p in partners if p.id == kept] == [(name.upper(), True, "035 000000")]
    assert all(p.contact.endswith("@example.org") for p in partners if p.id != kept)


# --- plausible data ---------------------------------------------------------------------------------------


def test_households_live_in_the_desks_neighbourhoods_and_are_followed_by_their_desk(filled: Home) -> None:
    with filled.uow() as uow:
        rows = uow.session.execute(
            select(Household.code, Dwelling.neighbourhood, Dwelling.centralised_heating, Office.code)
            .join(Dwelling, Household.dwelling_id == Dwelling.id)
            .join(Office, Household.office_id == Office.id)
        ).all()
    assert all(re.fullmatch(r"BG-\d{6}", code) for code, *_ in rows)
    neighbourhoods = Counter(neighbourhood for _, neighbourhood, _, _ in rows)
    assert {"Celadina", "Colognola", "Conca Fiorita"} <= set(neighbourhoods)
    assert sum(neighbourhoods[n] for n in ("Celadina", "Colognola", "Conca Fiorita")) > 0.7 * len(rows)
    desk_of = {"Celadina": "CEL", "Colognola": "COL", "Conca Fiorita": "LAZ"}
    assert all(office == desk_of[n] for _, n, _, office in rows if n in desk_of)
    assert sum(heating for _, _, heating, _ in rows) > 0.6 * len(rows)


def test_members_have_one_holder_and_coherent_ages(filled: Home) -> None:
    with filled.uow() as uow:
        households = {h.id: h for h in uow.session.scalars(select(Household))}
        members = uow.session.scalars(select(Person)).all()
    by_household: dict[object, list[Person]] = {}
    for person in members:
        by_household.setdefault(person.household_id, []).append(person)
    assert set(Counter(len(group) for group in by_household.values())) == {1, 2, 3, 4, 5, 6}
    for household_id, group in by_household.items():
        holders = [p for p in group if p.household_role is HouseholdRole.HOLDER]
        assert len(holders) == 1
        assigned = households[household_id].assignment_date
        assert assigned is not None and holders[0].birth_date is not None
        assert holders[0].birth_date.replace(year=holders[0].birth_date.year + 20) <= assigned + timedelta(days=1)
        assert TODAY - timedelta(days=31 * 365) < assigned < TODAY
    recent = [h for h in households.values() if h.assignment_date and h.assignment_date > TODAY - timedelta(days=365)]
    assert recent


def test_names_languages_and_contacts_are_varied(filled: Home) -> None:
    with filled.uow() as uow:
        persons = uow.session.scalars(select(Person)).all()
        to_complete = persons_to_complete(UnitOfWork(filled.store, COMMAND_LINE, write=False))
    assert {p.sex for p in persons} == {Sex.FEMALE, Sex.MALE}
    places = Counter(p.codice_fiscale[11:15] for p in persons if p.codice_fiscale)
    assert places["A794"] > 0.2 * len(persons)
    assert sum(count for place, count in places.items() if place.startswith("Z")) > 0.15 * len(persons)
    assert {"arabo", "albanese", "romeno"} <= {p.preferred_language for p in persons}
    assert to_complete and all(p.household_id is not None for p in to_complete)
    assert any(p.phone for p in persons)
    emails = [p.email for p in persons if p.email]
    assert emails and all(re.fullmatch(r"[a-z.]+\d+@example\.(com|org|net)", e) for e in emails)


def test_areas_arrears_and_isee_cover_every_case_the_rules_need(filled: Home) -> None:
    with filled.uow() as uow:
        households = uow.session.scalars(select(Household)).all()
        attestations = uow.session.scalars(select(IseeAttestation)).all()
    areas = Counter(h.sap_area for h in households)
    assert areas[SapArea.PROTEZIONE] + areas[SapArea.ACCESSO] > 0.6 * len(households)
    assert {SapArea.PERMANENZA, SapArea.DECADENZA} <= set(areas)
    arrears = Counter(
        "unknown" if h.arrears_cents is None else "zero" if h.arrears_cents == 0 else "owed" for h in households
    )
    assert all(arrears[state] > 0.2 * len(households) for state in ("unknown", "zero", "owed"))
    assert all((h.arrears_cents is None) == (h.arrears_as_of is None) for h in households)
    assert sum(h.monthly_income_cents is not None for h in households) > 0.5 * len(households)

    by_household: dict[object, list[IseeAttestation]] = {}
    for attestation in attestations:
        by_household.setdefault(attestation.household_id, []).append(attestation)
    applying = [applicable_attestation(group, TODAY) for group in by_household.values()]
    valid = [a for a in applying if a is not None]
    assert len(valid) < len(households)  # some households have no valid ISEE today
    assert sum(L1_LOW <= a.value_cents <= L1_HIGH for a in valid) > 0.25 * len(valid)
    assert {a.kind for a in valid} == {IseeKind.ORDINARIO, IseeKind.CORRENTE}
    assert all(a.filing_date.year in (TODAY.year, TODAY.year - 1) for a in attestations)
    assert all(a.valid_until == isee_valid_until(a.kind, a.filing_date) for a in attestations)
    assert all(protocol_looks_right(a.protocol) for a in attestations if a.protocol)
    assert _count(filled, HolderChange) > 0


@pytest.mark.parametrize("day", [date(2027, 1, 4), date(2028, 2, 29), date(2026, 12, 31)])
def test_no_date_is_in_the_future_whatever_the_day(home: Home, day: date) -> None:
    clock.pin_today(day)
    fill_demo(home.paths, home.store, households=60)

    with home.uow() as uow:
        dates = [
            *uow.session.scalars(select(Household.assignment_date)),
            *uow.session.scalars(select(Household.arrears_as_of)),
            *uow.session.scalars(select(Person.birth_date)),
            *uow.session.scalars(select(Person.privacy_notice_date)),
            *uow.session.scalars(select(ParticipantProfile.recorded_on)),
            *uow.session.scalars(select(IseeAttestation.filing_date)),
            *uow.session.scalars(select(HolderChange.changed_on)),
            *uow.session.scalars(select(RepaymentPlan.signed_on)),
            *uow.session.scalars(select(PlanPayment.paid_on)),
            *uow.session.scalars(select(PlanStateChange.decided_on)),
            *uow.session.scalars(select(PlanSuspension.starts_on)),
            *uow.session.scalars(select(PlanSuspension.ends_on)),
            *uow.session.scalars(select(Contribution.applied_on)),
            *uow.session.scalars(select(Contribution.protocol_date)),
            *uow.session.scalars(select(Contribution.assessed_on)),
            *uow.session.scalars(select(Contribution.granted_on)),
            *uow.session.scalars(select(Contribution.paid_on)),
            *uow.session.scalars(select(Contribution.cancelled_on)),
            *uow.session.scalars(select(Receipt.issued_on)),
            *uow.session.scalars(select(Receipt.cancelled_on)),
            *uow.session.scalars(select(OutreachContact.informed_on)),
        ]
        moments = [
            *uow.session.scalars(select(Visit.started_at)),
            *uow.session.scalars(select(Visit.created_at)),
            *uow.session.scalars(select(Visit.cancelled_at)),
            *uow.session.scalars(select(FollowUp.created_at)),
            *uow.session.scalars(select(FollowUp.closed_at)),
            *uow.session.scalars(select(Appointment.created_at)),
            *uow.session.scalars(select(Appointment.cancelled_at)),
            *uow.session.scalars(select(RepaymentPlan.created_at)),
            *uow.session.scalars(select(PlanPayment.created_at)),
            *uow.session.scalars(select(PlanPayment.reversed_at)),
        ]
        held = uow.session.scalars(
            select(ActivitySession.starts_at).join(Attendance, Attendance.session_id == ActivitySession.id)
        ).all()
    assert _count(home, PlanPayment) > 0
    assert max(d for d in dates if d is not None) <= day
    assert max(m for m in moments if m is not None) <= day_bounds(day)[0], "the desk's history ends yesterday"
    assert held and max(local_day(m) for m in held) < day, "attendance only for sessions already held"


# --- the desks' work --------------------------------------------------------------------------------------

SLOTS = {office.code: office.slots for office in SEED_OFFICES}


def _visits(home: Home) -> list[Visit]:
    with home.uow() as uow:
        return list(uow.session.scalars(select(Visit).options(selectinload(Visit.topics))))


def _office_codes(home: Home) -> dict[object, str]:
    with home.uow() as uow:
        return dict(uow.session.execute(select(Office.id, Office.code)).all())


def test_six_months_of_visits_mostly_at_the_desks_in_their_opening_hours(filled: Home) -> None:
    visits = _visits(filled)
    codes = _office_codes(filled)

    days = {local_day(v.started_at) for v in visits}
    assert min(days) <= TODAY - timedelta(days=170) and max(days) == TODAY - timedelta(days=1)
    channels = Counter(v.channel for v in visits)
    assert set(channels) == set(Channel)
    assert channels[Channel.DESK] > 0.5 * len(visits)
    assert Counter(codes[v.office_id] for v in visits).keys() == {"CEL", "COL", "LAZ"}
    at_the_desk = [v for v in visits if v.channel is Channel.DESK]
    assert not [v for v in at_the_desk if outside_opening(SLOTS[codes[v.office_id]], v.started_at)]
    assert all(v.topics for v in visits)
    assert all(0 < v.duration_minutes <= 90 for v in visits)
    assert all(v.created_at > v.started_at for v in visits), "recorded when the visit was over"


def test_visits_tell_who_came_and_about_what(filled: Home) -> None:
    visits = _visits(filled)
    with filled.uow() as uow:
        households = dict(uow.session.execute(select(Person.id, Person.household_id)).all())
        foreign_born = set(uow.session.scalars(select(Person.id).where(func.substr(Person.codice_fiscale, 12, 1) == "Z")))

    anonymous = [v for v in visits if v.person_id is None]
    assert 0.05 * len(visits) < len(anonymous) < 0.2 * len(visits)
    assert all(v.household_id is None and v.anonymous_sex and v.anonymous_age_bracket for v in anonymous)
    named = [v for v in visits if v.person_id is not None]
    assert all(v.household_id == households[v.person_id] and v.anonymous_sex is None for v in named)
    interpreted = [v for v in named if v.interpreter_language]
    assert interpreted and all(v.person_id in foreign_born for v in interpreted)
    assert sum(v.referral_service_id is not None for v in visits) > 0.05 * len(visits)
    assert any(v.referral_outcome for v in visits)
    cancelled = [v for v in visits if v.cancelled_at is not None]
    assert cancelled and all(v.cancel_reason and v.cancelled_by_id and v.cancelled_at > v.started_at for v in cancelled)
    assert len(cancelled) < 0.05 * len(visits)

    topics = Counter(t.name for v in visits for t in v.topics)
    assert set(topics) >= set(SEEDS[CatalogueKind.TOPICS]) - {"Altro"}
    heating = "Contributo riscaldamento L.1"
    autumn = [v for v in visits if local_day(v.started_at).month in (10, 11)]
    summer = [v for v in visits if local_day(v.started_at).month in (6, 7)]
    share = {
        name: sum(any(t.name == heating for t in v.topics) for v in group) / len(group)
        for name, group in (("autumn", autumn), ("summer", summer))
    }
    assert share["autumn"] > 4 * share["summer"], "the heating contribution is an autumn topic"


def test_follow_ups_some_overdue_most_closed_with_a_note(filled: Home) -> None:
    with filled.uow() as uow:
        rows = uow.session.execute(select(FollowUp, Visit).join(Visit, FollowUp.visit_id == Visit.id)).all()

    assert rows
    for follow_up, visit in rows:
        assert follow_up.due_date >= local_day(visit.started_at)
        assert (follow_up.person_id, follow_up.household_id, follow_up.office_id) == (visit.person_id, visit.household_id, visit.office_id)
        assert visit.cancelled_at is None
    closed = [f for f, _ in rows if f.closed_at is not None]
    overdue = [f for f, _ in rows if f.closed_at is None and f.due_date < TODAY]
    still_due = [f for f, _ in rows if f.closed_at is None and f.due_date >= TODAY]
    assert len(closed) > len(overdue) > 0 and still_due
    assert all(f.closing_note and f.closed_by_id and f.closed_at <= day_bounds(TODAY)[0] for f in closed)
    assert all(f.description for f, _ in rows)


def test_the_desks_day_has_follow_ups_to_do_and_the_next_opening_has_appointments(filled: Home) -> None:
    educator = next(a for a in DEMO_ACCOUNTS if a.username == "demo.educatrice")
    actor = log_in(filled.store, educator.username, educator.password)

    day = desk_day(UnitOfWork(filled.store, actor, write=False), "CEL", operator_id=actor.operator_id)
    assert day.openings.next_opening is not None
    next_day = local_day(day.openings.next_opening.starts_at)
    coming = appointments_on(UnitOfWork(filled.store, actor, write=False), "CEL", next_day)

    assert day.counts.overdue > 0 and day.mine
    assert (day.appointments, day.visits) == ((), ()), "a Saturday: the desk is closed"
    assert next_day == date(2026, 11, 25)
    assert coming and all(a.status is AppointmentStatus.BOOKED for a in coming)
    assert any(a.person_id for a in coming)


def test_on_an_opening_day_todays_appointments_are_booked_and_nothing_is_recorded_yet(home: Home) -> None:
    wednesday = date(2026, 11, 25)
    clock.pin_today(wednesday)
    fill_demo(home.paths, home.store, households=60)
    actor = log_in(home.store, "demo.educatrice", "demo-educ")

    morning = desk_day(UnitOfWork(home.store, actor, write=False), "CEL", operator_id=actor.operator_id, now=local_moment(wednesday, time(8)))

    assert morning.appointments and all(a.status is AppointmentStatus.BOOKED for a in morning.appointments)
    assert morning.visits == ()
    assert morning.openings.today and morning.openings.next_opening is not None


def test_appointments_fall_inside_openings_and_past_ones_were_kept_or_missed(filled: Home) -> None:
    codes = _office_codes(filled)
    with filled.uow() as uow:
        appointments = uow.session.scalars(select(Appointment)).all()
        visits = {v.id: v for v in uow.session.scalars(select(Visit))}
    start_of_today = day_bounds(TODAY)[0]

    for appointment in appointments:
        ends_at = appointment.starts_at + timedelta(minutes=appointment.duration_minutes)
        assert opening_containing(SLOTS[codes[appointment.office_id]], appointment.starts_at, ends_at) is not None
        assert appointment.person_id is not None or (appointment.contact_name and appointment.contact_phone)
        assert appointment.created_at < min(appointment.starts_at, start_of_today)
    statuses = Counter(
        (a.status, "future" if a.starts_at > start_of_today else "past") for a in appointments
    )
    assert statuses[(AppointmentStatus.ATTENDED, "past")] > statuses[(AppointmentStatus.NO_SHOW, "past")] > 0
    assert statuses[(AppointmentStatus.BOOKED, "future")] > 0
    assert not statuses[(AppointmentStatus.BOOKED, "past")] and not statuses[(AppointmentStatus.ATTENDED, "future")]
    for appointment in appointments:
        if appointment.status is AppointmentStatus.ATTENDED:
            visit = visits[appointment.visit_id]
            assert visit.person_id == appointment.person_id and visit.office_id == appointment.office_id
            assert appointment.starts_at <= visit.started_at < appointment.starts_at + timedelta(minutes=20)
        if appointment.status is AppointmentStatus.CANCELLED:
            assert appointment.cancel_reason and appointment.cancelled_at <= start_of_today
    by_person = Counter((a.person_id, a.starts_at) for a in appointments if a.person_id and a.status is not AppointmentStatus.CANCELLED)
    assert max(by_person.values()) == 1


def test_group_activities_with_partners_sessions_and_attendance(filled: Home) -> None:
    rows = list_activities(UnitOfWork(filled.store, COMMAND_LINE, write=False), date_from=TODAY - timedelta(days=400), date_to=TODAY + timedelta(days=60))
    with filled.uow() as uow:
        types = set(uow.session.scalars(select(ActivityType.name).join(Activity, Activity.activity_type_id == ActivityType.id)))
        partners = set(uow.session.scalars(select(PartnerOrganisation.name)))
        sessions = uow.session.execute(
            select(Activity.title, ActivitySession.starts_at, ActivitySession.other_participants, func.count(Attendance.id))
            .join(ActivitySession, ActivitySession.activity_id == Activity.id)
            .outerjoin(Attendance, Attendance.session_id == ActivitySession.id)
            .group_by(ActivitySession.id)
        ).all()
        partnered = uow.session.scalar(select(func.count(func.distinct(Activity.id))).join(Activity.partners))

    assert types == set(SEEDS[CatalogueKind.ACTIVITY_TYPES])
    assert {name for name, _, _ in DEMO_PARTNERS} <= partners
    assert partnered and partnered >= 5
    assert len(rows) == _count(filled, Activity)
    course = next(r for r in rows if r.title.startswith("Alfabetizzazione informatica"))
    assert course.session_count == 8 and course.first_session_at < day_bounds(TODAY)[0] < course.last_session_at
    assert any(r.title == "Clean-up di Celadina" and r.total_presences >= 30 for r in rows)
    held = [s for s in sessions if local_day(s[1]) < TODAY]
    ahead = [s for s in sessions if local_day(s[1]) >= TODAY]
    assert ahead and all(others == registered == 0 for _, _, others, registered in ahead)
    assert all(others + registered > 0 for _, _, others, registered in held)
    networks = [s for s in held if s[0].startswith("Rete di quartiere")]
    assert networks and all(15 <= others + registered <= 40 for _, _, others, registered in networks)


def test_persons_seen_got_the_privacy_notice_and_most_the_funders_questions(filled: Home) -> None:
    with filled.uow() as uow:
        first_visits = dict(
            uow.session.execute(
                select(Visit.person_id, func.min(Visit.started_at))
                .where(Visit.person_id.is_not(None), Visit.cancelled_at.is_(None))
                .group_by(Visit.person_id)
            ).all()
        )
        notices = dict(uow.session.execute(select(Person.id, Person.privacy_notice_date).where(Person.privacy_notice_date.is_not(None))).all())
        versions = set(uow.session.scalars(select(Person.privacy_notice_version).where(Person.privacy_notice_date.is_not(None))))
        profiles = uow.session.scalars(select(ParticipantProfile)).all()

    assert set(notices) <= set(first_visits)
    assert len(notices) > 0.8 * len(first_visits)
    assert all(notices[p] == local_day(first_visits[p]) for p in notices)
    assert versions == {"2026-1"}
    assert {p.person_id for p in profiles} <= set(first_visits)
    assert len(profiles) > 0.7 * len(first_visits)
    assert all(p.recorded_on == local_day(first_visits[p.person_id]) for p in profiles)
    assert any(p.disability is Answer.PREFERS_NOT for p in profiles)
    assert {p.third_country_national for p in profiles} >= {Answer.YES, Answer.NO}
    assert all(p.third_country_national is not Answer.PREFERS_NOT for p in profiles)


def test_the_visits_list_pages_through_a_desks_month(filled: Home) -> None:
    november = VisitFilter(date_from=date(2026, 11, 1), date_to=date(2026, 11, 30), office_code="CEL")

    rows = visit_page(filled.uow(), november, limit=1000)

    assert rows and len(rows) == count_visits(filled.uow(), november)
    assert all(r.office_code == "CEL" and local_day(r.started_at).month == 11 and r.topics for r in rows)
    assert any(r.follow_up for r in rows)


# --- repayment plans --------------------------------------------------------------------------------------

YESTERDAY = TODAY - timedelta(days=1)
STATEMENT_DAY = date(2026, 10, 31)
"""The landlord's last statement before TODAY: the arrears of households with a running plan refer to it."""


def _plan_views(home: Home) -> list[PlanView]:
    rows = plan_list(home.uow()).rows
    return [plan_detail(home.uow(), row.plan_id) for row in rows]


def _decided_on(view: PlanView, state: PlanState) -> date:
    return next(c.decided_on for c in view.state_changes if c.to_state is state)


def test_plans_in_every_state_and_every_aging_bucket_over_the_three_desks(filled: Home) -> None:
    rows = plan_list(filled.uow()).rows

    assert Counter(r.state for r in rows).keys() == set(PlanState)
    assert {r.office_code for r in rows} == {"CEL", "COL", "LAZ"}
    assert {r.situation.bucket for r in rows if r.state is PlanState.ACTIVE} == set(AgingBucket)
    for bucket in AgingBucket:
        late = plan_list(filled.uow(), PlanFilter(states=frozenset({PlanState.ACTIVE}), bucket=bucket)).rows
        assert late and all(r.situation.bucket is bucket for r in late)
    renegotiated = sum(r.state is PlanState.RENEGOTIATED for r in rows)
    assert len({r.household_id for r in rows}) == len(rows) - renegotiated, "one plan per household, and its successor"


def test_every_plan_is_consistent_with_its_state_its_schedule_and_its_payments(filled: Home) -> None:
    views = _plan_views(filled)

    for view in views:
        s = view.situation
        counted = [p for p in view.payments if not p.reversed]
        assert view.total_cents == sum(i.amount_cents for i in view.debt_items) == sum(i.amount_cents for i in view.schedule)
        assert s.paid_cents == sum(p.amount_cents for p in counted) <= view.total_cents
        changes = view.state_changes
        assert (changes[0].from_state, changes[0].to_state) == (None, PlanState.DRAFT)
        assert changes[-1].to_state is view.state
        assert all(a.to_state is b.from_state and a.decided_on <= b.decided_on for a, b in zip(changes, changes[1:]))
        assert changes[-1].decided_on <= YESTERDAY
        assert all(c.reason for c in changes[1:] if c.from_state is not PlanState.DRAFT)  # a signature needs no reason
        assert all(view.signed_on is not None and view.signed_on <= p.paid_on <= YESTERDAY for p in view.payments)
        if view.state is PlanState.DRAFT:
            assert view.signed_on is None and not view.payments and len(changes) == 1
        elif view.state is PlanState.WITHDRAWN:
            assert view.signed_on is None and not view.payments and len(changes) == 2
        else:
            assert view.signed_on == _decided_on(view, PlanState.ACTIVE)
        if view.state is PlanState.COMPLETED:
            assert s.fully_paid and _decided_on(view, PlanState.COMPLETED) >= max(p.paid_on for p in counted)
        if view.state in (PlanState.ACTIVE, PlanState.SUSPENDED):
            assert s.outstanding_cents > 0 and s.next_due is not None
        if view.state is PlanState.SUSPENDED:
            assert view.suspensions[-1].ends_on is None
            assert view.suspensions[-1].starts_on == _decided_on(view, PlanState.SUSPENDED)
            assert s.bucket is AgingBucket.CURRENT, "the days of a suspension are not arrears"
        if view.state is PlanState.LAPSED:
            lapsed_on = _decided_on(view, PlanState.LAPSED)
            assert plan_detail(filled.uow(), view.id, lapsed_on).situation.missed_count >= 1
            assert s.outstanding_cents > 0
    resumed = [v for v in views if v.state is PlanState.ACTIVE and v.suspensions]
    assert resumed and all(v.suspensions[-1].ends_on is not None for v in resumed)
    assert any(v.situation.bucket is AgingBucket.CURRENT for v in resumed)


def test_a_renegotiated_plan_is_replaced_by_an_active_plan_for_what_it_still_owed(filled: Home) -> None:
    views = {view.id: view for view in _plan_views(filled)}

    old_plans = [v for v in views.values() if v.state is PlanState.RENEGOTIATED]
    assert old_plans
    for old in old_plans:
        new = views[old.replaced_by_plan_id]
        renegotiated_on = _decided_on(old, PlanState.RENEGOTIATED)
        assert (new.replaces_plan_id, new.household_id) == (old.id, old.household_id)
        assert new.total_cents == plan_detail(filled.uow(), old.id, renegotiated_on).situation.outstanding_cents
        assert [i.kind for i in new.debt_items] == [DebtKind.OTHER]
        assert new.signed_on is not None and new.signed_on >= renegotiated_on
        assert max(p.paid_on for p in old.payments) <= renegotiated_on <= min(p.paid_on for p in new.payments)
    assert any(views[old.replaced_by_plan_id].state is PlanState.ACTIVE for old in old_plans)
    assert all(v.replaces_plan_id in views for v in views.values() if v.replaces_plan_id)


def test_payments_partial_overpaid_reversed_and_imported_from_the_statement(filled: Home) -> None:
    views = _plan_views(filled)
    tenant_manager = next(a.full_name for a in DEMO_ACCOUNTS if a.username == "demo.tenant")
    payments = [(view, p) for view in views for p in view.payments]

    assert {p.method for _, p in payments} >= {
        PaymentMethod.STATEMENT,
        PaymentMethod.PAGOPA,
        PaymentMethod.BANK_TRANSFER,
        PaymentMethod.DIRECT_DEBIT,
        PaymentMethod.POSTAL_SLIP,
    }
    assert all(p.recorded_by_name == tenant_manager for _, p in payments)
    imported = [p for _, p in payments if p.imported]
    assert imported and all(p.method is PaymentMethod.STATEMENT and re.fullmatch(r"EC-20\d\d-\d{6}", p.reference) for p in imported)
    assert all(p.reference for _, p in payments if p.method is not PaymentMethod.CASH)
    assert any(p.amount_cents < min(i.amount_cents for i in v.schedule) for v, p in payments), "a partial payment"
    assert any(p.amount_cents > 2 * max(i.amount_cents for i in v.schedule) for v, p in payments), "an overpayment"
    reversed_payments = [(v, p) for v, p in payments if p.reversed]
    assert reversed_payments
    for view, payment in reversed_payments:
        assert payment.reversal_reason and payment.reversed_by_name == tenant_manager
        assert payment.paid_on <= payment.reversed_at.date() <= YESTERDAY
    assert any(v.state is PlanState.ACTIVE and v.situation.bucket is not AgingBucket.CURRENT for v, _ in reversed_payments)


def test_plans_come_from_debt_items_by_count_or_by_amount_some_above_an_eighth_of_the_income(filled: Home) -> None:
    views = _plan_views(filled)
    first_plans = [v for v in views if v.replaces_plan_id is None]

    items = [item for v in first_plans for item in v.debt_items]
    assert {item.kind for item in items} == set(DebtKind)
    month = "(gen|feb|mar|apr|mag|giu|lug|ago|set|ott|nov|dic)"
    rent_periods = [item.period for item in items if item.kind is DebtKind.RENT]
    assert all(re.fullmatch(rf"{month}( 20\d\d)?(-{month})? 20\d\d", period) for period in rent_periods)
    assert any(re.fullmatch(rf"{month}-{month} 20\d\d", period) for period in rent_periods)
    assert any(v.requested_installment_cents is None for v in views)
    assert any(v.requested_installment_cents is not None for v in views)
    assert all(v.total_cents >= 50_000 for v in first_plans), "plans only for households really in arrears"
    above = [
        v for v in views if v.monthly_income_cents and 8 * max(i.amount_cents for i in v.schedule) > v.monthly_income_cents
    ]
    assert above and len(above) < len(views)


def test_the_households_arrears_agree_with_their_plans(filled: Home) -> None:
    views = _plan_views(filled)
    latest = {v.household_id: v for v in views if v.replaced_by_plan_id is None}
    with filled.uow() as uow:
        households = {h.id: h for h in uow.session.scalars(select(Household).where(Household.id.in_(list(latest))))}

    for household_id, view in latest.items():
        household = households[household_id]
        if view.state in (PlanState.DRAFT, PlanState.ACTIVE, PlanState.SUSPENDED):
            owed = plan_detail(filled.uow(), view.id, STATEMENT_DAY).situation.outstanding_cents
            assert (household.arrears_cents, household.arrears_as_of) == (owed, STATEMENT_DAY)
            assert owed > 0
        elif view.state is PlanState.COMPLETED:
            assert (household.arrears_cents, household.arrears_as_of) == (0, _decided_on(view, PlanState.COMPLETED))
        elif view.state is PlanState.WITHDRAWN:
            assert household.arrears_cents == view.total_cents, "a plan never signed leaves the arrears as they were"
        else:
            lapsed_on = _decided_on(view, PlanState.LAPSED)
            owed = plan_detail(filled.uow(), view.id, lapsed_on).situation.outstanding_cents
            assert (household.arrears_cents, household.arrears_as_of) == (owed, lapsed_on)


# --- contributions --------------------------------------------------------------------------------------


def _applications(home: Home) -> list[tuple[Contribution, str]]:
    with home.uow() as uow:
        rows = uow.session.execute(
            select(Contribution, Office.code)
            .join(Household, Household.id == Contribution.household_id)
            .join(Office, Office.id == Household.office_id)
        )
        return [(contribution, code) for contribution, code in rows]


def _account(username: str) -> str:
    return next(a.full_name for a in DEMO_ACCOUNTS if a.username == username)


def test_heating_applications_in_every_state_over_the_three_desks_and_both_years(filled: Home) -> None:
    rows = _applications(filled)
    states = Counter(c.state for c, _ in rows)
    assert set(states) == set(ContributionState)
    assert {c.cancelled_from for c, _ in rows if c.state is ContributionState.CANCELLED} >= {
        ContributionState.DRAFT,
        ContributionState.GRANTED,
        ContributionState.PAID,
    }
    for year in (2025, 2026):
        for desk in ("CEL", "COL", "LAZ"):
            mine = Counter(c.state for c, office in rows if office == desk and c.programme_year == year)
            assert mine[ContributionState.PAID] >= 2, (year, desk, mine)
            assert mine[ContributionState.REJECTED] >= 1, (year, desk, mine)
            assert mine[ContributionState.GRANTED] + mine[ContributionState.ELIGIBLE] >= 1, (year, desk, mine)
    assert sum(1 for c, _ in rows if c.protocol_number) > 0.6 * len(rows)
    assert all(c.protocol_date is not None for c, _ in rows if c.protocol_number)
    assert all(c.applied_on.year == c.programme_year and c.applied_on.month >= 10 for c, _ in rows)


def test_every_decision_agrees_with_its_checklist_and_was_taken_by_who_may(filled: Home) -> None:
    coordinator, manager = _account("demo.coord"), _account("demo.tenant")
    rows = [c for c, _ in _applications(filled)]
    decided = [c for c in rows if c.assessed_on is not None]
    undecided = [c for c in decided if overall_outcome(stored_checks(c)) is Outcome.UNDECIDED]
    assert any(c.state is ContributionState.REJECTED for c in undecided), "the coordinator refused one"
    assert any(c.granted_on for c in undecided), "and admitted another, then granted"
    for contribution in decided:
        outcome = overall_outcome(stored_checks(contribution))
        if outcome is Outcome.UNDECIDED:
            assert contribution.assessed_by_name == coordinator and contribution.assessment_note
        else:
            assert contribution.assessed_by_name == manager and not contribution.assessment_note
        if outcome is Outcome.FAILED:
            assert contribution.state is ContributionState.REJECTED
            assert any(check.outcome is Outcome.FAILED for check in stored_checks(contribution))
    rejected_rules = {
        check.rule
        for c in rows
        if c.state is ContributionState.REJECTED
        for check in stored_checks(c)
        if check.outcome is Outcome.FAILED
    }
    assert len(rejected_rules) >= 2, rejected_rules
    granted = [c for c in rows if c.granted_on is not None]
    assert granted and {c.granted_by_name for c in granted} == {manager}
    assert all(c.bill_reference and 0 < (c.granted_cents or 0) <= (c.heating_cost_cents or 0) for c in granted)
    cancelled_grants = [c for c in rows if c.cancelled_from in (ContributionState.GRANTED, ContributionState.PAID)]
    assert cancelled_grants and {c.cancelled_by_name for c in cancelled_grants} == {coordinator}
    assert all(c.cancel_reason for c in rows if c.state is ContributionState.CANCELLED)


def test_the_budget_and_every_households_cap_are_respected(filled: Home) -> None:
    rows = [c for c, _ in _applications(filled)]
    counter = budget_counter(filled.uow(), HEATING)
    spending = [c for c in rows if c.state in (ContributionState.GRANTED, ContributionState.PAID)]
    assert counter.granted_cents + counter.paid_cents == sum(c.granted_cents or 0 for c in spending)
    assert counter.opening_cents == 786_978
    assert 0 < counter.left_cents < counter.budget_cents - counter.opening_cents
    received = Counter[object]()
    for contribution in spending:
        received[contribution.household_id] += contribution.granted_cents or 0
    assert max(received.values()) <= 60_000
    repeat = [h for h in received if len({c.programme_year for c in spending if c.household_id == h}) == 2]
    assert repeat, "some households were granted in both years, within the cap"
    assert any(0 < (c.granted_cents or 0) < 60_000 for c in spending)


def test_paid_grants_have_gap_free_receipts_some_reprinted_one_cancelled(filled: Home) -> None:
    rows = [c for c, _ in _applications(filled)]
    with filled.uow() as uow:
        issued = uow.session.scalars(select(Receipt).order_by(Receipt.year, Receipt.sequence)).all()
    by_year: dict[int, list[Receipt]] = {}
    for receipt in issued:
        by_year.setdefault(receipt.year, []).append(receipt)
    assert set(by_year) == {2025, 2026}
    for year, series in by_year.items():
        assert [r.number for r in series] == [f"CEL/{year}/{n:04d}" for n in range(1, len(series) + 1)]
        assert [r.issued_on for r in series] == sorted(r.issued_on for r in series), "numbered in the order paid"
        assert all(r.issued_on.year == year for r in series)
    paid = {c.id for c in rows if c.state is ContributionState.PAID}
    assert {r.contribution_id for r in issued if r.cancelled_on is None} == paid
    cancelled = [r for r in issued if r.cancelled_on is not None]
    assert len(cancelled) >= 1 and all(r.cancel_reason for r in cancelled)
    assert all(r.print_count >= 1 for r in issued)
    assert any(r.print_count >= 2 for r in issued), "some duplicates printed"
    assert {r.payment_method for r in issued} >= {ReceiptMethod.SAP_ACCOUNT, ReceiptMethod.CASH, ReceiptMethod.BANK_TRANSFER}
    assert all(r.iban for r in issued if r.payment_method is ReceiptMethod.BANK_TRANSFER)
    assert all(r.act_reference and r.cup for r in issued)


def test_outreach_lists_show_households_not_yet_informed_and_a_few_contacts(filled: Home) -> None:
    with filled.uow() as uow:
        contacts = Counter(
            uow.session.scalars(
                select(ContributionProgramme.code).join(OutreachContact, OutreachContact.programme_id == ContributionProgramme.id)
            )
        )
    assert contacts[HEATING] >= 2 and contacts[SOLIDARITY] >= 2
    for code in (HEATING, SOLIDARITY):
        rows = outreach_list(filled.uow(), code, TODAY)
        assert any(row.informed is not None for row in rows)
        assert sum(row.informed is None and not row.to_verify for row in rows) >= 3, code


def _plain(value: object) -> object:
    """A column value as the audit trail writes it (JSON: enums by value, dates and ids as text)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (date, datetime, time)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def test_replaying_the_audit_trail_gives_back_every_row_as_stored(filled: Home) -> None:
    """Everything the demo wrote went through the audit trail, every column of it (issue 10, 3.2)."""
    with filled.uow() as uow:
        recorded: dict[tuple[str, str], dict[str, object] | None] = {}
        entries = uow.session.execute(
            # in the order written: the demo pins many days, so the moments go back and forth
            select(AuditEntry.entity, AuditEntry.entity_id, AuditEntry.action, AuditEntry.changes).order_by(
                literal_column("audit_entries.rowid")
            )
        )
        for entity, entity_id, action, changes in entries:
            values = recorded.get((entity, entity_id)) or {}
            if action == "delete":
                recorded[(entity, entity_id)] = None
                continue
            values.update({field: after for field, (_, after) in json.loads(changes).items()})
            recorded[(entity, entity_id)] = values
        checked = 0
        for mapper in Base.registry.mappers:
            model = mapper.class_
            if not issubclass(model, Row):
                continue
            columns = [c for c in mapper.column_attrs if c.key not in {"created_at", "updated_at", "site"}]
            links = [r for r in mapper.relationships if r.secondary is not None and not r.viewonly]
            for row in uow.session.scalars(select(model)):
                replayed = recorded.get((model.__tablename__, str(row.id)))
                assert replayed is not None, f"{model.__tablename__} {row.id}: no insert in the audit trail, or a delete"
                for column in columns:
                    if any(c.info.get("audit") == "redact" for c in column.columns):
                        continue
                    assert replayed.get(column.key) == _plain(getattr(row, column.key)), (model.__tablename__, column.key)
                for link in links:
                    assert replayed.get(link.key, []) == sorted(str(r.id) for r in getattr(row, link.key))
                checked += 1
    assert checked > 1000
