"""The demo (``portierato demo``): a fresh home filled with fictional tenants and operators of every role."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import clock
from app.config import LaptopIdentity, Paths, read_laptop_identity, resolve_paths
from app.db import open_database
from app.models.audit import AuditEntry
from app.models.dwelling import Dwelling
from app.models.household import HolderChange, Household, IseeAttestation, IseeKind, SapArea
from app.models.office import Office
from app.models.operator import Operator, Role
from app.models.person import HouseholdRole, Person, Sex
from app.services.codice_fiscale import disagreements, parse_codice_fiscale
from app.services.demo import DEMO_ACCOUNTS, DemoReport, DemoRefused, compose_codice_fiscale, fill_demo
from app.services.households import persons_to_complete, search_households
from app.services.isee import applicable_attestation, isee_valid_until, protocol_looks_right
from app.services.operators import log_in
from app.services.unit_of_work import COMMAND_LINE, Store, UnitOfWork
from tests.conftest import COORDINATOR, TODAY, Desk

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
    return Home(paths, Store(open_database(paths).engine, ""))


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


def test_the_data_is_written_by_the_demo_coordinator_on_this_laptop(small: tuple[Home, DemoReport]) -> None:
    home, _ = small

    with home.uow() as uow:
        writers = {
            (name, site)
            for name, site in uow.session.execute(
                select(AuditEntry.operator_name, AuditEntry.site).where(AuditEntry.entity == "households")
            )
        }
        sites = set(uow.session.scalars(select(Person.site)))
    assert writers == {(DEMO_ACCOUNTS[0].full_name, "CEL")}
    assert sites == {"CEL"}


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
    assert _registry(first) != _registry(third)


# --- an already configured laptop -------------------------------------------------------------------------


def test_on_a_configured_laptop_the_demo_adds_its_accounts_and_keeps_the_others(desk: Desk) -> None:
    report = fill_demo(desk.paths, desk.store, households=40)

    assert report.accounts == DEMO_ACCOUNTS
    for account in DEMO_ACCOUNTS:
        assert log_in(desk.store, account.username, account.password).role is account.role
    assert log_in(desk.store, COORDINATOR[0], COORDINATOR[2]).name == COORDINATOR[1]
    assert read_laptop_identity(desk.paths) == LaptopIdentity(site_code="CEL", office_code="CEL")
    with desk.uow(write=False) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Household)) == 40
        assert set(uow.session.scalars(select(Household.site))) == {"CEL"}


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
            *uow.session.scalars(select(IseeAttestation.filing_date)),
            *uow.session.scalars(select(HolderChange.changed_on)),
        ]
    assert max(d for d in dates if d is not None) <= day
