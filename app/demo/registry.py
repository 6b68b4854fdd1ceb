"""Filling the registry (:func:`fill_registry`): households in the demo's buildings with their members, SAP
area, income, arrears, ISEE attestations and a few changes of holder.

A share of the households the L.1 rules could admit then get an ISEE in the range for each programme year
(:func:`_shape_for_heating`, with its own generator), so the contributions and the outreach list have
tenants to show.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from app.demo.heating_season import application_season, heating_terms
from app.demo.people import (
    Origin,
    People,
    add_years,
    day_between,
    draw_composition,
    draw_origin,
    make_members,
    other_sex,
)
from app.demo.places import NEIGHBOURHOODS, Estate
from app.models.household import HolderChange, Household, IseeAttestation
from app.models.office import Office
from app.models.person import Person
from app.services.contributions.programmes import TermsView
from app.services.dates import add_months
from app.services.registry.households import set_derived_columns
from app.services.registry.isee import isee_valid_until
from app.services.unit_of_work import UnitOfWork
from app.vocabulary import IseeKind, SapArea, Sex


@dataclass
class _Registry:
    """What the registry section wrote, for the report."""

    households: int = 0
    persons: int = 0
    attestations: int = 0


def fill_registry(uow: UnitOfWork, rng: random.Random, count: int, day: date, heating_rng: random.Random) -> _Registry:
    """Households with their dwellings, members, ISEE attestations, arrears and a few changes of holder.

    Households go in first and persons in a second flush: persons refer to households by key only, so
    the session would not know to order them.
    """
    session = uow.session
    offices = {code: office_id for code, office_id in session.execute(select(Office.code, Office.id))}
    taken = set(session.scalars(select(Person.codice_fiscale_key).where(Person.codice_fiscale_key.is_not(None))))
    estate = Estate(rng)
    people = People(rng, day, taken)
    registry = _Registry()
    written: list[tuple[Household, list[Person], HolderChange | None]] = []
    for number in sorted(rng.sample(range(1, 4 * count + 200), count)):
        neighbourhood = rng.choices(NEIGHBOURHOODS, weights=[n.weight for n in NEIGHBOURHOODS])[0]
        origin = draw_origin(rng)
        plans = draw_composition(rng)
        members = make_members(rng, people, origin, plans)
        holder = members[0]
        area = _sap_area(rng)
        assigned = _assignment_date(rng, day, plans[0].age)
        household = Household(
            code=f"BG-{number:06d}",
            dwelling=estate.dwelling(neighbourhood),
            office_id=offices.get(neighbourhood.office_code),
            assignment_date=assigned,
            sap_area=area,
            monthly_income_cents=_monthly_income(rng, area),
        )
        household.arrears_cents, household.arrears_as_of = _arrears(rng, day)
        set_derived_columns(household, household.dwelling, members, holder)
        household.attestations = _attestations(rng, day, area)
        widowed = len(plans) == 1 and plans[0].age >= 70 and rng.random() < 0.3
        written.append((household, members, _widowhood(rng, day, assigned, holder, origin) if widowed else None))
        session.add(household)
        registry.households += 1
        registry.attestations += len(household.attestations)
    # with its own generator, so the households above are what they were before the contributions existed
    heating = _shape_for_heating(heating_rng, [household for household, _, _ in written], day, heating_terms(session, day))
    registry.attestations += heating
    session.flush()
    for household, members, _ in written:
        for person in members:
            person.household_id = household.id
        session.add_all(members)
        registry.persons += len(members)
    session.flush()
    for household, members, change in written:
        if change is not None:
            change.household_id = household.id
            change.new_holder_id = members[0].id
            session.add(change)
    session.flush()
    return registry


def _sap_area(rng: random.Random) -> SapArea | None:
    """Protezione and accesso are most SAP tenants; a few records still lack the area (dato mancante)."""
    return rng.choices(
        (SapArea.PROTEZIONE, SapArea.ACCESSO, SapArea.PERMANENZA, SapArea.DECADENZA, None),
        weights=(38, 37, 19, 4, 2),
    )[0]


def _assignment_date(rng: random.Random, day: date, holder_age: int) -> date:
    """Over the last thirty years, never before the holder was twenty; one in twelve within the last year."""
    earliest = add_years(day, -min(30, holder_age - 20))
    year_ago = day - timedelta(days=365)
    if rng.random() < 0.08 or earliest >= year_ago:
        return day_between(rng, max(earliest, year_ago + timedelta(days=1)), day - timedelta(days=1))
    return day_between(rng, earliest, year_ago)


_INCOME_RANGES = {
    SapArea.PROTEZIONE: (450, 1_100),
    SapArea.ACCESSO: (850, 1_600),
    SapArea.PERMANENZA: (1_300, 2_600),
    SapArea.DECADENZA: (2_400, 4_000),
    None: (600, 2_000),
}
_ISEE_RANGES = {
    SapArea.PROTEZIONE: (2_500, 12_000),
    SapArea.ACCESSO: (8_000, 16_500),
    SapArea.PERMANENZA: (13_000, 28_000),
    SapArea.DECADENZA: (25_000, 42_000),
    None: (5_000, 20_000),
}
HEATING_RANGE_EDGES = (936_000, 936_001, 1_500_000, 1_500_001)
"""ISEE values in cents at the edges of the L.1 range (9,360.01-15,000.00 EUR), so its checks can be tried."""


def _monthly_income(rng: random.Random, area: SapArea | None) -> int | None:
    if rng.random() < 0.3:
        return None
    low, high = _INCOME_RANGES[area]
    return rng.randint(low, high) * 100 + rng.choice((0, 0, rng.randint(1, 99)))


def _arrears(rng: random.Random, day: date) -> tuple[int | None, date | None]:
    """A third with arrears, a third known to owe nothing, a third unknown (dato mancante, never zero)."""
    roll = rng.random()
    if roll < 1 / 3:
        return None, None
    as_of = add_months(day.replace(day=1), -rng.randint(0, 2)) - timedelta(days=1)
    if roll < 2 / 3:
        return 0, as_of
    euros = min(15_000, max(80, int(rng.lognormvariate(7.0, 0.9))))
    return euros * 100 + rng.randint(0, 99), as_of


def _isee_value(rng: random.Random, area: SapArea | None) -> int:
    if rng.random() < 0.03:
        return rng.choice(HEATING_RANGE_EDGES)
    low, high = _ISEE_RANGES[area]
    return rng.randint(low * 100, high * 100)


def _protocol(rng: random.Random, filing: date) -> str:
    if rng.random() < 0.05:
        return ""  # some attestations are entered before the protocol is at hand
    return f"INPS-ISEE-{filing.year}-{rng.randint(0, 99_999_999):08d}{rng.choice('ABCDEFGHLMNPRSTUVZ')}-00"


def _attestation(rng: random.Random, kind: IseeKind, filing: date, value_cents: int) -> IseeAttestation:
    return IseeAttestation(
        kind=kind,
        protocol=_protocol(rng, filing),
        filing_date=filing,
        value_cents=value_cents,
        valid_until=isee_valid_until(kind, filing),
    )


def _attestations(rng: random.Random, day: date, area: SapArea | None) -> list[IseeAttestation]:
    """Most households renewed the ordinario this year; some only have last year's (now expired), some a
    corrente after a drop in income, some none at all."""
    this_year = (date(day.year, 1, 10), day) if day >= date(day.year, 1, 20) else None
    last_year = (date(day.year - 1, 1, 10), date(day.year - 1, 12, 20))
    value = _isee_value(rng, area)
    roll = rng.random()
    if roll < 0.12:
        return []
    if roll < 0.22 or this_year is None:
        return [_attestation(rng, IseeKind.ORDINARIO, day_between(rng, *last_year), value)]
    if roll < 0.27:
        filing = day_between(rng, max(this_year[0], day - timedelta(days=150)), day)
        return [_attestation(rng, IseeKind.CORRENTE, filing, value)]
    filing = day_between(rng, this_year[0], min(day, date(day.year, 6, 30)))
    ordinario = _attestation(rng, IseeKind.ORDINARIO, filing, value)
    attestations = [ordinario]
    if rng.random() < 0.3:
        earlier = max(100_000, value + rng.randint(-150_000, 150_000))
        attestations.append(_attestation(rng, IseeKind.ORDINARIO, day_between(rng, *last_year), earlier))
    if roll > 0.9 and day - ordinario.filing_date > timedelta(days=30):
        filing = day_between(rng, max(ordinario.filing_date + timedelta(days=30), day - timedelta(days=150)), day)
        attestations.append(_attestation(rng, IseeKind.CORRENTE, filing, value * rng.randint(55, 85) // 100))
    return attestations


def _widowhood(rng: random.Random, day: date, assigned: date, holder: Person, origin: Origin) -> HolderChange:
    """An elderly tenant alone who took over the lease when the spouse died: the history keeps the spouse
    (who kept their own surname, as spouses do in Italian registries)."""
    spouse_sex = other_sex(holder.sex or Sex.FEMALE)
    spouse_name = rng.choice(origin.male_names if spouse_sex is Sex.MALE else origin.female_names)
    spouse_surname = rng.choice([s for s in origin.surnames if s != holder.surname])
    first = assigned + timedelta(days=365)
    return HolderChange(
        previous_holder_name=f"{spouse_surname} {spouse_name}",
        new_holder_name=f"{holder.surname} {holder.name}",
        changed_on=day_between(rng, min(first, day - timedelta(days=30)), day - timedelta(days=30)),
        reason="decesso dell'intestatario",
    )


HEATING_SHARE = 0.5
"""Of the households the L.1 rules could admit (centralised heating, an admitted area, assigned long
enough), the share whose ISEE of each programme year is in the range: the applicants and the households
the outreach list shows come from them."""


def _shape_for_heating(rng: random.Random, households: Sequence[Household], day: date, terms: TermsView | None) -> int:
    """A share of the households the L.1 rules could admit get an ISEE in the range for every programme
    year whose applications opened before ``day``; returns the attestations added."""
    if terms is None:
        return 0
    years = [year for year in terms.years if application_season(year)[0] < day]
    if not years:
        return 0
    low = terms.isee_min_cents + 20_000
    high = max(low, terms.isee_max_cents - 20_000)
    added = 0
    for household in households:
        assigned = household.assignment_date
        if not household.dwelling.centralised_heating or household.sap_area not in terms.areas or assigned is None:
            continue
        admitted = [y for y in years if assigned <= add_months(application_season(y)[0], -terms.months_since_assignment)]
        if not admitted or rng.random() >= HEATING_SHARE:
            continue
        value = rng.randint(low, high)
        for attestation in household.attestations:
            if attestation.filing_date.year in admitted:
                attestation.value_cents = value if attestation.kind is IseeKind.ORDINARIO else max(low, value * rng.randint(85, 98) // 100)
        for year in admitted:
            if not any(a.kind is IseeKind.ORDINARIO and a.filing_date.year == year for a in household.attestations):
                filing = day_between(rng, date(year, 1, 10), min(date(year, 6, 30), day))
                household.attestations.append(_attestation(rng, IseeKind.ORDINARIO, filing, value))
                added += 1
    return added
