"""Demo data: a fresh home filled with realistic fictional tenants, so anyone can try the program at once.

``portierato demo`` calls :func:`fill_demo`. It configures the laptop when it is new (desk CEL), adds the
demo operators of every role (:data:`DEMO_ACCOUNTS`, printed by the command and shown in the README) and
the partner organisations of the neighbourhood networks, and fills the registry: SAP households in the
streets of the three desks' neighbourhoods and a few others, their members with Italian and foreign names,
ISEE attestations, arrears and incomes spread so that every screen and every rule (for example the L.1
heating contribution range) has cases to show. Then six months of the desks' work up to yesterday: visits
with their topics, referrals and follow-ups, privacy notices and the funder's participant data of the
persons seen, appointments (the past ones attended or missed, the desks' coming openings booked, today's
included) and group activities with their attendance. Then the tenant manager's repayment plans of
households in arrears, in every state and aging bucket, with their payments and decisions. Last, the
heating contribution of action L.1 in its programme years: applications in every state at the three
desks, grants, payments with their numbered receipts, and tenants informed from the outreach lists.

Everything is fictional by construction: names are drawn at random from common first names and surnames,
birth dates are random, so the codici fiscali computed from them (valid in form and check letter, built
with the official rules) belong to nobody in particular; e-mail addresses use the reserved
``example.*`` domains so that no message can ever reach a real mailbox.

The demo is repeatable: the same seed on the same day gives the same data, whatever the hour (today's
openings only have appointments still booked). Each section (registry, visits, participant data,
appointments, activities, plans, contributions) is one function with its own random generator
derived from the seed, so adding a section never changes what the others produce. The registry and the
desks' work are written in one unit of work acting as the demo coordinator, so the audit trail and the site
stamps are those of any other change, and a failure leaves nothing of them half written.

That is why the sections write model objects in that unit of work instead of calling the use cases one
by one (``record_visit``, ``book_appointment``, ``create_activity``...), each of which commits its own
transaction. The use cases also rightly refuse or date "now" what a history needs in the past: an
appointment before now, a follow-up closed or a visit cancelled months ago, participant data asked at the
first visit. The demo builds only what their rules accept otherwise (visits at the desk inside its
openings, appointments inside an opening, attendance of sessions already held), and keeps the moment a
row was first written (``created_at``) when the work happened, as the desk would have recorded it.

The repayment plans and the contributions are the exception: their rules (schedules, allocation of
payments, which decision is allowed when, the household's arrears on closing; eligibility, budget and cap,
gap-free receipt numbers) are many and live in their use cases, so they go through them, one transaction
per step, each taken on its own past day with the clock pinned to it (:func:`_fill_plans`,
:func:`_fill_contributions`), after the unit of work above has been committed. The registry gives a share
of the households the L.1 rules could admit an ISEE in the range for each programme year
(:func:`_shape_for_heating`, with its own generator), so the contributions and the outreach list have
tenants to show.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import random
import unicodedata
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from stdnum.it import codicefiscale as stdnum_cf

from app import clock
from app.clock import today
from app.config import Paths, read_laptop_identity
from app.models.activity import Activity, ActivitySession, Attendance
from app.models.appointment import Appointment, AppointmentStatus
from app.models.catalogue import ActivityType, PartnerOrganisation, ReferralService, Topic
from app.models.contribution import Contribution, ContributionState, InformedWay, ReceiptMethod
from app.models.dwelling import Dwelling
from app.models.household import HolderChange, Household, IseeAttestation, IseeKind, SapArea
from app.models.office import Office
from app.models.operator import Operator, Role
from app.models.participant import Answer, Education, LabourStatus, ParticipantProfile
from app.models.person import HouseholdRole, Person, Sex
from app.models.repayment_plan import DebtKind, PaymentMethod, PlanState, RepaymentPlan
from app.models.visit import AgeBracket, Channel, FollowUp, Visit
from app.services.desk.appointments import (
    DEFAULT_DURATION_MINUTES,
    Opening,
    coming_openings,
    opening_containing,
    openings_on_day,
)
from app.services.catalogues import SEEDS, CatalogueKind, add_item, list_items
from app.services.registry.codice_fiscale import MONTH_LETTERS, codice_fiscale_key
from app.services.contributions.programmes import (
    HEATING,
    SOLIDARITY,
    TermsView,
    programme_row,
    save_terms,
    terms_row_on,
    terms_view,
)
from app.services.contributions.applications import (
    ApplicationForm,
    assess_application,
    cancel_application,
    create_application,
    grant_contribution,
    household_facts,
    pay_contribution,
    record_protocol,
    stored_checks,
)
from app.services.dates import add_months
from app.services.contributions.eligibility import Outcome, eligibility_checks, overall_outcome
from app.services.errors import ServiceError, ValidationFailed
from app.services.first_run import (
    FirstRunForm,
    add_missing_seeds,
    complete_first_run,
    prepare_new_database,
    propose_site_code,
)
from app.services.registry.households import set_derived_columns
from app.services.registry.isee import isee_valid_until
from app.services.local_time import local_day, local_moment
from app.services.offices import Slot
from app.services.operators import OperatorForm, create_operator
from app.services.passwords import verify_password
from app.services.contributions.outreach import outreach_list, record_informed
from app.services.plans.listing import PlanFilter, plan_list
from app.services.contributions.receipts import cancel_receipt, record_receipt_printed
from app.services.plans.plans import (
    OPEN_STATES,
    DebtItemForm,
    PaymentForm,
    PlanForm,
    PlanTerms,
    add_payment,
    change_state,
    create_plan,
    plan_detail,
    record_payment,
    renegotiate,
    reverse_payment,
    sign_plan,
)
from app.services.plans.rules import AgingBucket, Installment, due_date_in_month
from app.services.settings import read_setting
from app.services.registry.text_search import fold
from app.services.unit_of_work import COMMAND_LINE, Actor, Store, UnitOfWork

MAX_HOUSEHOLDS = 20_000
"""Bergamo's municipal SAP stock is about a thousand dwellings: far more is only useful to time the program."""
FIRST_RUN_OFFICE = "CEL"


class DemoRefused(ServiceError):
    """The demo was not created; ``message`` says why, in Italian. Nothing was written."""


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    full_name: str
    role: Role


@dataclass(frozen=True)
class DemoReport:
    accounts: tuple[DemoAccount, ...]
    """The demo accounts that log in with the password shown here."""
    households: int
    persons: int
    attestations: int
    visits: int
    appointments: int
    activities: int
    plans: int
    """Repayment plans, the renegotiated ones and those replacing them each counted."""
    plan_payments: int
    """Payments recorded on the plans, the reversed ones included."""
    applications: int = 0
    """Applications for the L.1 heating contribution, in every state."""
    grants: int = 0
    """Applications granted, those paid or cancelled since included."""
    receipts: int = 0
    """Receipts issued for the payments, the cancelled one included."""
    outreach_contacts: int = 0
    """Tenants recorded as informed of a programme."""


DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount("demo.coord", "demo-coord", "Marta Locatelli", Role.COORDINATOR),
    DemoAccount("demo.tenant", "demo-tenant", "Paolo Carminati", Role.TENANT_MANAGER),
    DemoAccount("demo.educatrice", "demo-educ", "Chiara Pesenti", Role.OPERATOR),
    DemoAccount("demo.mediatore", "demo-medi", "Youssef Benali", Role.OPERATOR),
)
"""Fixed and documented in the README; the first is the coordinator the demo data is written by."""
_ACCOUNT_OFFICES = {"demo.coord": "CEL", "demo.tenant": "", "demo.educatrice": "CEL", "demo.mediatore": "COL"}


def fill_demo(paths: Paths, store: Store, *, households: int = 300, seed: int = 2026) -> DemoReport:
    """Fills an empty database with fictional data; refuses (:class:`DemoRefused`) one that holds households."""
    if not 1 <= households <= MAX_HOUSEHOLDS:
        limit = f"{MAX_HOUSEHOLDS:,}".replace(",", ".")
        raise DemoRefused(f"Il numero di nuclei della demo deve essere tra 1 e {limit}.")
    with UnitOfWork(store, COMMAND_LINE, write=False) as uow:
        if uow.session.scalar(select(func.count()).select_from(Household)):
            raise DemoRefused("Il database contiene già dei nuclei: la demo si crea solo su un database vuoto.")
    _configure_laptop(paths, store)
    add_missing_seeds(store)
    accounts = _ensure_accounts(store)
    coordinator = _actor(store, DEMO_ACCOUNTS[0].username)
    _ensure_partners(store, coordinator)
    day = today()
    with UnitOfWork(store, coordinator) as uow:
        registry = _fill_registry(uow, random.Random(f"{seed}:registry"), households, day, random.Random(f"{seed}:heating"))
        context = _read_context(uow.session, day)
        visits = _fill_visits(uow, random.Random(f"{seed}:visits"), context)
        _fill_participants(uow, random.Random(f"{seed}:participants"), context, visits)
        appointments = _fill_appointments(uow, random.Random(f"{seed}:appointments"), context, visits)
        activities = _fill_activities(uow, random.Random(f"{seed}:activities"), context)
        uow.commit()
    plans = _fill_plans(store, _plan_manager(store), random.Random(f"{seed}:plans"), day)
    contributions = _fill_contributions(store, _plan_manager(store), random.Random(f"{seed}:contributions"), day)
    return DemoReport(
        accounts=accounts,
        households=registry.households,
        persons=registry.persons,
        attestations=registry.attestations,
        visits=len(visits),
        appointments=appointments,
        activities=activities,
        plans=plans.plans,
        plan_payments=plans.payments,
        applications=contributions.applications,
        grants=contributions.grants,
        receipts=contributions.receipts,
        outreach_contacts=contributions.contacts,
    )


# --- laptop and operators ----------------------------------------------------------------------------


def _configure_laptop(paths: Paths, store: Store) -> None:
    """A new laptop goes through the same first run as in the wizard, as desk CEL with the demo coordinator."""
    identity = read_laptop_identity(paths)
    if identity is not None:
        store.site_code = identity.site_code  # the identity file is where the site code lives (app/config.py)
        return
    prepare_new_database(store)
    coordinator = DEMO_ACCOUNTS[0]
    complete_first_run(
        paths,
        store,
        FirstRunForm(
            office_code=FIRST_RUN_OFFICE,
            site_code=propose_site_code(store, FIRST_RUN_OFFICE),
            username=coordinator.username,
            full_name=coordinator.full_name,
            password=coordinator.password,
        ),
    )


def _ensure_accounts(store: Store) -> tuple[DemoAccount, ...]:
    """Adds the missing demo operators: the coordinator for the command line, the others by the coordinator.

    An account that already existed is reported only if it still logs in with the documented password,
    so the printed list never shows a password that does not work.
    """
    with UnitOfWork(store, COMMAND_LINE, write=False) as uow:
        existing = {
            row.username: row
            for row in uow.session.execute(
                select(Operator.username, Operator.password_hash, Operator.active).where(
                    Operator.username.in_([account.username for account in DEMO_ACCOUNTS])
                )
            )
        }
    coordinator, *team = DEMO_ACCOUNTS
    if coordinator.username not in existing:
        _create_account(UnitOfWork(store, COMMAND_LINE), coordinator)
    actor = _actor(store, coordinator.username)
    for account in team:
        if account.username not in existing:
            _create_account(UnitOfWork(store, actor), account)
    return tuple(
        account
        for account in DEMO_ACCOUNTS
        if (row := existing.get(account.username)) is None
        or (row.active and verify_password(account.password, row.password_hash))
    )


def _create_account(uow: UnitOfWork, account: DemoAccount) -> None:
    form = OperatorForm(account.username, account.full_name, account.role, _ACCOUNT_OFFICES[account.username])
    create_operator(uow, form, account.password)


def _plan_manager(store: Store) -> Actor:
    """The demo tenant manager; the coordinator if that account was already there with another role."""
    tenant = _actor(store, _TENANT_MANAGER)
    return tenant if tenant.role in (Role.TENANT_MANAGER, Role.COORDINATOR) else _actor(store, DEMO_ACCOUNTS[0].username)


def _actor(store: Store, username: str) -> Actor:
    with UnitOfWork(store, COMMAND_LINE, write=False) as uow:
        operator = uow.session.scalars(select(Operator).where(Operator.username == username)).one()
        return Actor(operator_id=operator.id, name=operator.full_name, role=operator.role)


# --- codice fiscale ------------------------------------------------------------------------------------


def _letters(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.upper())
    return "".join(ch for ch in decomposed if "A" <= ch <= "Z")


def _split(text: str) -> tuple[str, str]:
    letters = _letters(text)
    consonants = "".join(ch for ch in letters if ch not in "AEIOU")
    vowels = "".join(ch for ch in letters if ch in "AEIOU")
    return consonants, vowels


def compose_codice_fiscale(surname: str, name: str, birth_date: date, sex: Sex, place_code: str) -> str:
    """The codice fiscale the official rules give for these data (without omocodia).

    Surname: its consonants, then its vowels, then X, the first three. Name: the same, except that a name
    with four or more consonants takes the first, third and fourth. Then the year's last two digits, the
    month letter, the day (plus 40 for women), the place code (Belfiore code of the Italian comune or
    Z-code of the foreign country) and the check letter.
    """
    surname_consonants, surname_vowels = _split(surname)
    name_consonants, name_vowels = _split(name)
    if len(name_consonants) >= 4:
        name_part = name_consonants[0] + name_consonants[2] + name_consonants[3]
    else:
        name_part = (name_consonants + name_vowels + "XXX")[:3]
    day = birth_date.day + (40 if sex is Sex.FEMALE else 0)
    body = (
        f"{(surname_consonants + surname_vowels + 'XXX')[:3]}{name_part}"
        f"{birth_date.year % 100:02d}{MONTH_LETTERS[birth_date.month - 1]}{day:02d}{place_code}"
    )
    return body + stdnum_cf.calc_check_digit(body)


# --- where the tenants live ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Neighbourhood:
    name: str
    office_code: str
    """The desk that follows its tenants."""
    weight: int
    streets: tuple[str, ...]


NEIGHBOURHOODS = (
    _Neighbourhood(
        "Celadina",
        "CEL",
        34,
        (
            "via Pizzo Tre Signori",
            "via Pizzo Scais",
            "via Pizzo Redorta",
            "via Pizzo Recastello",
            "via Pizzo della Presolana",
            "via Monte Grigna",
            "via Rovelli",
            "via Borgo Palazzo",
            "via Daste e Spalenga",
        ),
    ),
    _Neighbourhood(
        "Colognola",
        "COL",
        28,
        ("via Carlo Alberto", "via Linneo", "via San Sisto", "via Rampinelli", "via Lotto", "via Autostrada"),
    ),
    _Neighbourhood(
        "Conca Fiorita",
        "LAZ",
        22,
        ("via Conca Fiorita", "via Lazzaretto", "via Crescenzi", "viale Giulio Cesare", "via Baioni"),
    ),
    _Neighbourhood("Boccaleone", "CEL", 6, ("via Boccaleone", "via Gavazzeni", "via Bianzana")),
    _Neighbourhood("Monterosso", "LAZ", 5, ("via Ruggeri da Stabello", "via Tremana")),
    _Neighbourhood("Valtesse", "LAZ", 5, ("via Valtesse", "via Sant'Antonino")),
)
"""The three desks' neighbourhoods and a few where the Comune also has SAP dwellings (sources 000, 001)."""


@dataclass
class _Building:
    street: str
    house_number: str
    centralised_heating: bool
    free: list[tuple[str, str, str]]
    """Staircase, floor and unit of the dwellings not yet given to a demo household."""


@dataclass
class _Estate:
    """The SAP buildings of the demo, created as households need them: most households share a building."""

    rng: random.Random
    open_buildings: dict[str, list[_Building]] = field(default_factory=dict)
    used_numbers: dict[str, set[str]] = field(default_factory=dict)

    def dwelling(self, neighbourhood: _Neighbourhood) -> Dwelling:
        buildings = self.open_buildings.setdefault(neighbourhood.name, [])
        if buildings and self.rng.random() < 0.8:
            building = self.rng.choice(buildings)
        else:
            building = self._new_building(neighbourhood)
            buildings.append(building)
        staircase, floor, unit = building.free.pop()
        if not building.free:
            buildings.remove(building)
        return Dwelling(
            street=building.street,
            house_number=building.house_number,
            staircase=staircase,
            floor=floor,
            unit=unit,
            neighbourhood=neighbourhood.name,
            centralised_heating=building.centralised_heating,
        )

    def _new_building(self, neighbourhood: _Neighbourhood) -> _Building:
        rng = self.rng
        street = rng.choice(neighbourhood.streets)
        used = self.used_numbers.setdefault(street, set())
        # a random civic number not yet used in the street; past 99 buildings a street grows numbers above 99
        number = next((n for n in (str(rng.randint(1, 99)) for _ in range(30)) if n not in used), str(100 + len(used)))
        used.add(number)
        staircases = rng.choice((("",), ("",), ("A", "B"), ("A", "B", "C")))
        floors = ["T", *(str(level) for level in range(1, rng.randint(3, 7)))]
        per_floor = rng.randint(2, 4)
        free = [
            (staircase, floor, str(index * per_floor + position))
            for staircase in staircases
            for index, floor in enumerate(floors)
            for position in range(1, per_floor + 1)
        ]
        rng.shuffle(free)
        return _Building(street, number, rng.random() < 0.82, free)


# --- who the tenants are -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Origin:
    """Where a family comes from: names, birthplaces and the language mediators may need."""

    surnames: tuple[str, ...]
    male_names: tuple[str, ...]
    female_names: tuple[str, ...]
    birthplaces: tuple[str, ...]
    """Belfiore codes of Italian comuni or Z-codes of foreign countries, the first the most likely."""
    language: str = ""
    young_male_names: tuple[str, ...] = ()
    young_female_names: tuple[str, ...] = ()

    @property
    def foreign(self) -> bool:
        return bool(self.language)


BERGAMO = "A794"
_ITALIAN_OLDER_MEN = tuple(
    "Giuseppe, Giovanni, Antonio, Mario, Luigi, Francesco, Angelo, Pietro, Carlo, Franco, Roberto, Battista, "
    "Gianfranco, Sergio, Bruno".split(", ")
)
_ITALIAN_OLDER_WOMEN = tuple(
    "Maria, Giuseppina, Anna, Rosa, Angela, Giovanna, Teresa, Lucia, Carmela, Franca, Paola, Luigia, Rita, "
    "Graziella, Mariangela".split(", ")
)
_ITALIAN_YOUNGER_MEN = tuple(
    "Marco, Andrea, Luca, Stefano, Alessandro, Matteo, Davide, Simone, Lorenzo, Leonardo, Tommaso, Riccardo, "
    "Nicolò, Gabriele, Mattia".split(", ")
)
_ITALIAN_YOUNGER_WOMEN = tuple(
    "Francesca, Elena, Chiara, Sara, Giulia, Martina, Alessia, Federica, Silvia, Valentina, Sofia, Aurora, "
    "Beatrice, Giorgia, Alice".split(", ")
)
ITALIAN_NORTH = _Origin(
    surnames=tuple(
        "Rota, Locatelli, Pesenti, Carminati, Milesi, Gotti, Cortinovis, Mazzoleni, Bonacina, Brembilla, Ravasio, "
        "Previtali, Facchinetti, Belotti, Gritti, Zanchi, Sonzogni, Agazzi, Arnoldi, Tiraboschi, Maffeis, "
        "Invernizzi, Colombo, Ferrari, Bianchi, Cattaneo, Vitali, Capelli".split(", ")
    ),
    male_names=_ITALIAN_OLDER_MEN,
    female_names=_ITALIAN_OLDER_WOMEN,
    young_male_names=_ITALIAN_YOUNGER_MEN,
    young_female_names=_ITALIAN_YOUNGER_WOMEN,
    birthplaces=(BERGAMO, BERGAMO, BERGAMO, "I628", "D245", "L400", "F205", "B157", "E507"),
)
"""Bergamasque families and others from Lombardy: Bergamo, Seriate, Dalmine, Treviglio, Milano, Brescia, Lecco."""
ITALIAN_SOUTH = _Origin(
    surnames=tuple(
        "Esposito, Russo, Romano, De Luca, Greco, Caruso, Mancuso, Lombardo, Messina, Amato, Marino, Vitale, Gallo, "
        "La Rosa, D'Angelo, Di Stefano, Lo Presti, Mazzà, Scuderi, Pugliese, Catanzaro, Nicotra".split(", ")
    ),
    male_names=_ITALIAN_OLDER_MEN + ("Vincenzo", "Salvatore", "Gaetano", "Rocco", "Domenico"),
    female_names=_ITALIAN_OLDER_WOMEN + ("Concetta", "Immacolata", "Filomena", "Assunta"),
    young_male_names=_ITALIAN_YOUNGER_MEN,
    young_female_names=_ITALIAN_YOUNGER_WOMEN,
    birthplaces=(
        "F839", "G273", "A662", "H224", "C351", "D643", "H703", "D086", "E506", "F158", "L049", "B429", "D122", "A089"
    ),
)
"""Families who came from the South (Napoli, Palermo, Bari, Reggio Calabria, Catania, Foggia, ...) in the decades of
the first SAP assignments; their children are born here."""


def _foreign(z_code: str, language: str, surnames: str, men: str, women: str) -> _Origin:
    return _Origin(tuple(surnames.split(", ")), tuple(men.split(", ")), tuple(women.split(", ")), (z_code,), language)


FOREIGN_ORIGINS: tuple[tuple[_Origin, int], ...] = (
    (
        _foreign(
            "Z330",
            "arabo",
            "El Amrani, Benali, El Idrissi, Bouzid, Chakir, Ouali, Belkadi, Tahiri, Ait Ali, Berrada",
            "Mohamed, Youssef, Abdelkader, Rachid, Hassan, Karim, Omar, Adam, Ayoub, Mehdi",
            "Fatima, Khadija, Amina, Naima, Samira, Salma, Yasmine, Imane, Meryem, Nour",
        ),
        20,
    ),
    (
        _foreign(
            "Z100",
            "albanese",
            "Hoxha, Shehu, Kola, Dervishi, Leka, Gjoka, Marku, Basha, Doci, Cela",
            "Arben, Ilir, Gentian, Erion, Besnik, Fatmir, Klodian, Artan, Ardit",
            "Elona, Blerina, Mirela, Anila, Klea, Ermira, Valbona, Jonida, Arjola",
        ),
        14,
    ),
    (
        _foreign(
            "Z129",
            "romeno",
            "Popescu, Ionescu, Popa, Stan, Dumitru, Munteanu, Constantin, Radu, Stoica, Dinu",
            "Ion, Gheorghe, Mihai, Andrei, Vasile, Cristian, Florin, Alexandru, Ionuț",
            "Elena, Maria, Ioana, Mihaela, Andreea, Florentina, Georgiana, Daniela, Alina",
        ),
        12,
    ),
    (
        _foreign(
            "Z343",
            "wolof, francese",
            "Diop, Ndiaye, Fall, Sow, Gueye, Sarr, Diallo, Mbaye, Faye, Seck",
            "Mamadou, Cheikh, Ousmane, Moussa, Abdoulaye, Ibrahima, Modou, Pape",
            "Awa, Fatou, Aminata, Mariama, Ndeye, Khady, Coumba, Astou",
        ),
        10,
    ),
    (
        _foreign(
            "Z601",
            "spagnolo",
            "Choque, Mamani, Condori, Quispe, Flores, Vargas, Gutiérrez, Rojas, Paz, Fernández",
            "Juan, Marco, Rodrigo, Fernando, Wilson, Freddy, Luis",
            "Ana, Carla, Jhenny, Marisol, Ruth, Sonia, Roxana",
        ),
        8,
    ),
    (
        _foreign(
            "Z236",
            "urdu",
            "Khan, Ahmed, Hussain, Iqbal, Butt, Malik, Akhtar, Shah, Raza",
            "Muhammad, Imran, Asif, Bilal, Tariq, Usman, Hamza, Zubair, Faisal",
            "Ayesha, Fatima, Sana, Nadia, Rabia, Saima, Zainab, Hina",
        ),
        8,
    ),
    (
        _foreign(
            "Z138",
            "ucraino",
            "Kovalenko, Shevchenko, Bondarenko, Tkachenko, Kravchenko, Melnyk, Boiko, Lysenko, Moroz",
            "Oleksandr, Andriy, Serhiy, Mykola, Vasyl, Dmytro, Taras",
            "Olena, Nataliia, Oksana, Iryna, Tetiana, Halyna, Svitlana, Yuliia",
        ),
        7,
    ),
    (
        _foreign(
            "Z335",
            "inglese",
            "Okafor, Okonkwo, Adeyemi, Eze, Obi, Nwosu, Ogunleye, Afolabi, Bello",
            "Chinedu, Emeka, Tunde, Ifeanyi, Samuel, Daniel, Godwin, Chukwuma",
            "Blessing, Chioma, Ngozi, Grace, Esther, Adaeze, Funmilayo, Joy",
        ),
        6,
    ),
    (
        _foreign(
            "Z313",
            "francese",
            "Kouassi, Konan, Koffi, Yao, Kouamé, Bamba, Coulibaly, Traoré, Ouattara",
            "Kouadio, Yves, Serge, Jean, Ibrahim, Arnaud",
            "Adjoua, Aya, Affoué, Mariam, Rokia, Christelle",
        ),
        6,
    ),
    (
        _foreign(
            "Z611",
            "spagnolo",
            "Quispe, Flores, Huamán, Rojas, Chávez, Torres, Ramírez, Castillo",
            "Jorge, Luis, Carlos, José, Miguel, Julio, Renzo",
            "Rosa, María, Carmen, Milagros, Lucía, Gladys, Yolanda",
        ),
        5,
    ),
    (
        _foreign(
            "Z210",
            "cinese",
            "Hu, Chen, Wang, Zhang, Zhou, Lin, Li, Xu, Wu",
            "Wei, Jian, Hao, Ming, Lei, Jun, Qiang",
            "Li, Mei, Xiu, Yan, Jing, Hui, Ying, Na",
        ),
        4,
    ),
)
"""The largest foreign communities among Bergamo's SAP tenants, with the country's Z-code."""


@dataclass(frozen=True)
class _MemberPlan:
    relation: str
    """``holder``, ``spouse``, ``child`` or ``parent`` (of the holder)."""
    sex: Sex
    age: int


def _other(sex: Sex) -> Sex:
    return Sex.MALE if sex is Sex.FEMALE else Sex.FEMALE


def _composition(rng: random.Random) -> list[_MemberPlan]:
    """One to six members with coherent ages: pensioners alone, couples, families, three generations."""
    kind = rng.choices(
        ("elderly_alone", "adult_alone", "elderly_couple", "family", "single_parent", "three_generations", "parent"),
        weights=(22, 13, 10, 30, 15, 5, 5),
    )[0]
    if kind == "elderly_alone":
        return [_MemberPlan("holder", Sex.FEMALE if rng.random() < 0.7 else Sex.MALE, rng.randint(65, 92))]
    if kind == "adult_alone":
        return [_MemberPlan("holder", rng.choice((Sex.FEMALE, Sex.MALE)), rng.randint(28, 64))]
    if kind == "elderly_couple":
        holder = _MemberPlan("holder", Sex.MALE if rng.random() < 0.65 else Sex.FEMALE, rng.randint(66, 90))
        return [holder, _MemberPlan("spouse", _other(holder.sex), max(60, holder.age + rng.randint(-6, 4)))]
    if kind == "parent":
        holder = _MemberPlan("holder", rng.choice((Sex.FEMALE, Sex.MALE)), rng.randint(40, 62))
        parent_sex = Sex.FEMALE if rng.random() < 0.75 else Sex.MALE
        return [holder, _MemberPlan("parent", parent_sex, min(97, holder.age + rng.randint(22, 38)))]
    if kind == "single_parent":
        holder = _MemberPlan("holder", Sex.FEMALE if rng.random() < 0.85 else Sex.MALE, rng.randint(25, 55))
        return [holder, *_children(rng, holder.age, rng.choices((1, 2, 3), weights=(45, 40, 15))[0])]
    holder = _MemberPlan("holder", Sex.MALE if rng.random() < 0.6 else Sex.FEMALE, rng.randint(28, 58))
    spouse = _MemberPlan("spouse", _other(holder.sex), max(20, holder.age + rng.randint(-8, 5)))
    if kind == "family":
        count = rng.choices((1, 2, 3, 4), weights=(35, 35, 20, 10))[0]
        return [holder, spouse, *_children(rng, min(holder.age, spouse.age), count)]
    parent_sex = Sex.FEMALE if rng.random() < 0.75 else Sex.MALE
    parent = _MemberPlan("parent", parent_sex, min(95, holder.age + rng.randint(22, 34)))
    return [holder, spouse, *_children(rng, min(holder.age, spouse.age), rng.randint(1, 3)), parent]


def _children(rng: random.Random, youngest_parent_age: int, count: int) -> list[_MemberPlan]:
    oldest = max(0, min(28, youngest_parent_age - 19))
    return [_MemberPlan("child", rng.choice((Sex.FEMALE, Sex.MALE)), rng.randint(0, oldest)) for _ in range(count)]


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year that is not leap
        return day.replace(year=day.year + years, day=28)


def _day_between(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randint(0, max(0, (last - first).days)))


def _birth_date(rng: random.Random, day: date, age: int) -> date:
    """A birth date that makes the person exactly ``age`` years old on ``day``."""
    return _day_between(rng, _add_years(day, -age - 1) + timedelta(days=1), _add_years(day, -age))


@dataclass
class _Registry:
    """What the registry section wrote, for the report."""

    households: int = 0
    persons: int = 0
    attestations: int = 0


MOBILE_PREFIXES = ("320", "328", "333", "335", "338", "340", "347", "348", "349", "366", "388", "392")


class _People:
    """Builds persons with unique codici fiscali: a code already taken moves the birth date back one day.

    Omocode variants (a digit replaced by a letter) cannot tell two demo persons apart here, because the
    registry rightly treats every spelling of a code as the same person (``Person.codice_fiscale_key``).
    """

    def __init__(self, rng: random.Random, day: date, taken: set[str]) -> None:
        self.rng = rng
        self.day = day
        self.taken = taken

    def person(self, origin: _Origin, surname: str, plan: _MemberPlan, first_names: set[str]) -> Person:
        rng = self.rng
        young = plan.age < 45 and bool(origin.young_male_names)
        names = (
            (origin.young_female_names if young else origin.female_names)
            if plan.sex is Sex.FEMALE
            else (origin.young_male_names if young else origin.male_names)
        )
        name = rng.choice([n for n in names if n not in first_names] or names)
        first_names.add(name)
        birth = _birth_date(rng, self.day, plan.age)
        born_here = plan.age < (16 if origin.foreign else 35) and rng.random() < 0.75
        place = BERGAMO if born_here else rng.choice(origin.birthplaces)
        code: str | None = None
        if rng.random() >= (0.01 if plan.relation == "holder" else 0.03):
            code = compose_codice_fiscale(surname, name, birth, plan.sex, place)
            while codice_fiscale_key(code) in self.taken:
                birth -= timedelta(days=1)
                code = compose_codice_fiscale(surname, name, birth, plan.sex, place)
            self.taken.add(codice_fiscale_key(code))
        adult = plan.age >= 18
        holder = plan.relation == "holder"
        return Person(
            surname=surname,
            name=name,
            codice_fiscale=code,
            codice_fiscale_key=codice_fiscale_key(code) if code else None,
            birth_date=birth,
            sex=plan.sex,
            phone=self._phone() if adult and rng.random() < (0.75 if holder else 0.25) else "",
            email=self._email(surname, name) if adult and rng.random() < (0.3 if holder else 0.1) else "",
            preferred_language=origin.language if adult and rng.random() < (0.55 if holder else 0.4) else "",
            household_role=HouseholdRole.HOLDER if holder else HouseholdRole.MEMBER,
        )

    def _phone(self) -> str:
        prefix = self.rng.choice(MOBILE_PREFIXES)
        return f"{prefix} {self.rng.randint(1_000_000, 9_999_999)}"

    def _email(self, surname: str, name: str) -> str:
        local = f"{_letters(name)}.{_letters(surname)}".lower()
        return f"{local}{self.rng.randint(1, 99)}@{self.rng.choice(('example.com', 'example.org', 'example.net'))}"


def _fill_registry(uow: UnitOfWork, rng: random.Random, count: int, day: date, heating_rng: random.Random) -> _Registry:
    """Households with their dwellings, members, ISEE attestations, arrears and a few changes of holder.

    Households go in first and persons in a second flush: persons refer to households by key only, so
    the session would not know to order them.
    """
    session = uow.session
    offices = {code: office_id for code, office_id in session.execute(select(Office.code, Office.id))}
    taken = set(session.scalars(select(Person.codice_fiscale_key).where(Person.codice_fiscale_key.is_not(None))))
    estate = _Estate(rng)
    people = _People(rng, day, taken)
    registry = _Registry()
    written: list[tuple[Household, list[Person], HolderChange | None]] = []
    for number in sorted(rng.sample(range(1, 4 * count + 200), count)):
        neighbourhood = rng.choices(NEIGHBOURHOODS, weights=[n.weight for n in NEIGHBOURHOODS])[0]
        origin = _origin(rng)
        plans = _composition(rng)
        members = _members(rng, people, origin, plans)
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
    heating = _shape_for_heating(heating_rng, [household for household, _, _ in written], day, _heating_terms(session, day))
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


def _origin(rng: random.Random) -> _Origin:
    """About six households in ten are Italian (a third of them from the South), four foreign."""
    roll = rng.random()
    if roll < 0.36:
        return ITALIAN_NORTH
    if roll < 0.6:
        return ITALIAN_SOUTH
    return rng.choices([origin for origin, _ in FOREIGN_ORIGINS], weights=[weight for _, weight in FOREIGN_ORIGINS])[0]


def _members(rng: random.Random, people: _People, origin: _Origin, plans: list[_MemberPlan]) -> list[Person]:
    """Names as an Italian registry has them: each spouse keeps their own surname, children the father's."""
    holder_sex = plans[0].sex
    holder_surname = rng.choice(origin.surnames)
    others = [s for s in origin.surnames if s != holder_surname]
    spouse_surname = rng.choice(others)
    has_spouse = any(plan.relation == "spouse" for plan in plans)
    single_mother_names_child = holder_sex is Sex.FEMALE and not has_spouse and rng.random() < 0.5
    father_surname = holder_surname if holder_sex is Sex.MALE or single_mother_names_child else spouse_surname
    first_names: set[str] = set()
    members: list[Person] = []
    for plan in plans:
        if plan.relation == "spouse":
            surname = spouse_surname
        elif plan.relation == "child":
            surname = father_surname
        elif plan.relation == "parent" and plan.sex is Sex.FEMALE:
            surname = rng.choice(others)
        else:
            surname = holder_surname
        members.append(people.person(origin, surname, plan, first_names))
    return members


def _sap_area(rng: random.Random) -> SapArea | None:
    """Protezione and accesso are most SAP tenants; a few records still lack the area (dato mancante)."""
    return rng.choices(
        (SapArea.PROTEZIONE, SapArea.ACCESSO, SapArea.PERMANENZA, SapArea.DECADENZA, None),
        weights=(38, 37, 19, 4, 2),
    )[0]


def _assignment_date(rng: random.Random, day: date, holder_age: int) -> date:
    """Over the last thirty years, never before the holder was twenty; one in twelve within the last year."""
    earliest = _add_years(day, -min(30, holder_age - 20))
    year_ago = day - timedelta(days=365)
    if rng.random() < 0.08 or earliest >= year_ago:
        return _day_between(rng, max(earliest, year_ago + timedelta(days=1)), day - timedelta(days=1))
    return _day_between(rng, earliest, year_ago)


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
        return [_attestation(rng, IseeKind.ORDINARIO, _day_between(rng, *last_year), value)]
    if roll < 0.27:
        filing = _day_between(rng, max(this_year[0], day - timedelta(days=150)), day)
        return [_attestation(rng, IseeKind.CORRENTE, filing, value)]
    filing = _day_between(rng, this_year[0], min(day, date(day.year, 6, 30)))
    ordinario = _attestation(rng, IseeKind.ORDINARIO, filing, value)
    attestations = [ordinario]
    if rng.random() < 0.3:
        earlier = max(100_000, value + rng.randint(-150_000, 150_000))
        attestations.append(_attestation(rng, IseeKind.ORDINARIO, _day_between(rng, *last_year), earlier))
    if roll > 0.9 and day - ordinario.filing_date > timedelta(days=30):
        filing = _day_between(rng, max(ordinario.filing_date + timedelta(days=30), day - timedelta(days=150)), day)
        attestations.append(_attestation(rng, IseeKind.CORRENTE, filing, value * rng.randint(55, 85) // 100))
    return attestations


def _widowhood(rng: random.Random, day: date, assigned: date, holder: Person, origin: _Origin) -> HolderChange:
    """An elderly tenant alone who took over the lease when the spouse died: the history keeps the spouse
    (who kept their own surname, as spouses do in Italian registries)."""
    spouse_sex = _other(holder.sex or Sex.FEMALE)
    spouse_name = rng.choice(origin.male_names if spouse_sex is Sex.MALE else origin.female_names)
    spouse_surname = rng.choice([s for s in origin.surnames if s != holder.surname])
    first = assigned + timedelta(days=365)
    return HolderChange(
        previous_holder_name=f"{spouse_surname} {spouse_name}",
        new_holder_name=f"{holder.surname} {holder.name}",
        changed_on=_day_between(rng, min(first, day - timedelta(days=30)), day - timedelta(days=30)),
        reason="decesso dell'intestatario",
    )


# --- the desks' work: what the sections after the registry share -----------------------------------------

HISTORY_DAYS = 182
"""Visits, appointments and activities cover the six months before today."""
MONDAY_TO_FRIDAY = range(5)

(
    _ONBOARDING,
    _REGISTRY_UPDATE,
    _SOLIDARITY,
    _SERVICES,
    _ARREARS,
    _HEATING,
    _MAINTENANCE,
    _NEIGHBOURS,
    _INTERCULTURAL,
    _DIGITAL,
    _LANGUAGE,
    _LISTENING,
    _EVENTS,
    _OTHER_TOPIC,
) = SEEDS[CatalogueKind.TOPICS]
(
    _SOCIAL_SERVICES,
    _CPAC,
    _HOMEWORK_CLUB,
    _LANDLORD,
    _CAF,
    _JOB_CENTRE,
    _NETWORKS,
    _HEALTH,
    _OTHER_SERVICE,
) = SEEDS[CatalogueKind.REFERRAL_SERVICES]
_ASSEMBLY, _WORKSHOP, _COURSE, _CLEAN_UP, _CULTURAL_EVENT, _NETWORK_MEETING = SEEDS[CatalogueKind.ACTIVITY_TYPES]

_COORDINATOR, _TENANT_MANAGER, _EDUCATOR, _MEDIATOR = (account.username for account in DEMO_ACCOUNTS)
_ROSTERS: dict[str, tuple[tuple[str, int], ...]] = {
    "CEL": ((_EDUCATOR, 6), (_COORDINATOR, 3), (_MEDIATOR, 1)),
    "COL": ((_MEDIATOR, 6), (_EDUCATOR, 2), (_COORDINATOR, 2)),
    "LAZ": ((_MEDIATOR, 4), (_EDUCATOR, 4), (_COORDINATOR, 2)),
}
"""Who holds each desk (demo usernames, with how often)."""
_OTHER_DESK_ROSTER = ((_EDUCATOR, 1), (_MEDIATOR, 1), (_COORDINATOR, 1))
"""For a desk a coordinator added."""
_EU_BIRTHPLACES = {"Z129"}
"""Among the demo's foreign origins only Romania is in the EU: the others make third-country nationals."""


@dataclass(frozen=True)
class _Member:
    """A person of the registry as the desk sections need them."""

    id: uuid.UUID
    household_id: uuid.UUID
    birth_date: date
    language: str
    birthplace: str
    """Belfiore code or Z-code from the codice fiscale; empty when the code is still to complete."""

    def age(self, day: date) -> int:
        born = self.birth_date
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))

    @property
    def born_abroad(self) -> bool:
        return self.birthplace.startswith("Z")


@dataclass(frozen=True)
class _Family:
    """A household of the registry with its members."""

    id: uuid.UUID
    office_id: uuid.UUID
    building: str
    """Street and house number: the households of a building meet in its assembly."""
    arrears: bool
    assigned: date | None
    members: tuple[_Member, ...]
    """The holder first."""

    def adults(self, day: date) -> list[_Member]:
        return [m for m in self.members if m.age(day) >= 18]


@dataclass(frozen=True)
class _DeskPlace:
    """A desk with its hours, who holds it and the households it follows."""

    id: uuid.UUID
    code: str
    place: str
    """Name and address, where the desk's own activities meet."""
    slots: tuple[Slot, ...]
    roster: tuple[tuple[uuid.UUID, int], ...]
    families: tuple[_Family, ...]

    def operator(self, rng: random.Random) -> uuid.UUID:
        return rng.choices([o for o, _ in self.roster], weights=[w for _, w in self.roster])[0]

    def adults(self, day: date) -> list[_Member]:
        return [m for family in self.families for m in family.adults(day)]


@dataclass(frozen=True)
class _Context:
    """What the registry section wrote and the lists the desk picks from, read once for the later sections
    (reading consumes no random numbers, so each section still depends only on its own generator)."""

    day: date
    desks: tuple[_DeskPlace, ...]
    operators: dict[str, uuid.UUID]
    """The demo operators by username."""
    topics: dict[str, Topic]
    """Active topics by name."""
    referrals: dict[str, uuid.UUID]
    """Active referral services by name."""

    @property
    def first_day(self) -> date:
        return self.day - timedelta(days=HISTORY_DAYS)

    def past_days(self) -> list[date]:
        return [self.first_day + timedelta(days=n) for n in range(HISTORY_DAYS)]

    def desk(self, code: str) -> _DeskPlace | None:
        return next((d for d in self.desks if d.code == code), None)


def _read_context(session: Session, day: date) -> _Context:
    """Households are read in code order, members holder first: the same registry gives the same
    context, whatever ids the rows were given."""
    operators = dict(
        session.execute(
            select(Operator.username, Operator.id).where(Operator.username.in_([a.username for a in DEMO_ACCOUNTS]))
        ).all()
    )
    families: dict[uuid.UUID, list[_Family]] = {}
    current: list[Any] = []
    rows = session.execute(
        select(
            Household.id,
            Household.office_id,
            Household.arrears_cents,
            Household.assignment_date,
            Dwelling.street,
            Dwelling.house_number,
            Person.id,
            Person.birth_date,
            Person.preferred_language,
            Person.codice_fiscale,
        )
        .join(Dwelling, Household.dwelling_id == Dwelling.id)
        .join(Person, Person.household_id == Household.id)
        .where(Household.office_id.is_not(None), Person.birth_date.is_not(None))
        .order_by(
            Household.code, Person.household_role != HouseholdRole.HOLDER, Person.birth_date, Person.surname, Person.name
        )
    )
    for row in rows:
        if current and current[0][0] != row[0]:
            _add_family(families, current)
            current = []
        current.append(row)
    if current:
        _add_family(families, current)
    desks = []
    for office in session.scalars(select(Office).where(Office.active.is_(True)).order_by(Office.code)):
        roster = _ROSTERS.get(office.code, _OTHER_DESK_ROSTER)
        desks.append(
            _DeskPlace(
                id=office.id,
                code=office.code,
                place=f"sportello di {office.name}, {office.address}".removesuffix(", "),
                slots=tuple(Slot(s.weekday, s.starts, s.ends) for s in office.slots),
                roster=tuple((operators[name], weight) for name, weight in roster if name in operators),
                families=tuple(families.get(office.id, ())),
            )
        )
    topics = {t.name: t for t in session.scalars(select(Topic).where(Topic.retired.is_(False)))}
    referrals = dict(
        session.execute(select(ReferralService.name, ReferralService.id).where(ReferralService.retired.is_(False))).all()
    )
    return _Context(day, tuple(d for d in desks if d.roster), operators, topics, referrals)


def _add_family(families: dict[uuid.UUID, list[_Family]], rows: list[Any]) -> None:
    household_id, office_id, arrears, assigned, street, number = rows[0][:6]
    members = tuple(
        _Member(person_id, household_id, born, language, code[11:15] if code else "")
        for *_, person_id, born, language, code in rows
    )
    family = _Family(household_id, office_id, f"{street} {number}", bool(arrears), assigned, members)
    families.setdefault(office_id, []).append(family)


def _poisson(rng: random.Random, mean: float) -> int:
    """How many events happen when ``mean`` are expected (Knuth's method: fine for the small means here)."""
    limit, count, product = math.exp(-mean), 0, rng.random()
    while product > limit:
        count += 1
        product *= rng.random()
    return count


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return local_moment(day, time(hour, minute))


def _some_time(rng: random.Random, day: date, first_hour: int, last_hour: int) -> datetime:
    """A Rome wall-clock moment of ``day`` on a five-minute mark, from ``first_hour`` to before ``last_hour``."""
    return _at(day, rng.randint(first_hour, last_hour - 1), rng.randrange(0, 60, 5))


# --- visits and follow-ups --------------------------------------------------------------------------------

DESK_VISITS_PER_HOUSEHOLD = 0.075
"""Visits expected at one opening for each household the desk follows: about nine at Celadina with 300
households, so three hours of a desk with one or two operators on duty."""
MAX_VISITS_PER_OPENING = 14
PHONE_CALLS_PER_HOUSEHOLD = 0.006
HOME_VISITS_PER_HOUSEHOLD = 0.002
OUTREACH_PER_HOUSEHOLD = 0.001
"""Per weekday and per household followed, capped like the desk's visits (a desk has only so many hands)."""
ANONYMOUS_SHARE = {Channel.DESK: 0.1, Channel.PHONE: 0.15, Channel.HOME_VISIT: 0.0, Channel.OUTREACH: 0.5}
CANCELLED_SHARE = 0.02
FOLLOW_UP_SHARE = 0.22


@dataclass(frozen=True)
class _Texts:
    """What the operators write for a topic: notes, follow-ups and where they send people."""

    notes: tuple[str, ...]
    follow_ups: tuple[str, ...]
    referrals: tuple[str, ...] = ()


_TOPIC_TEXTS: dict[str, _Texts] = {
    _ONBOARDING: _Texts(
        ("Colloquio di accoglienza: spiegati regolamento condominiale, raccolta differenziata e turni delle scale.",
         "Presentati i vicini di pianerottolo; consegnato il foglio con orari e contatti dello sportello."),
        ("Passare a salutare dopo il primo mese nell'alloggio", "Verificare l'attivazione delle utenze"),
        (_SOCIAL_SERVICES,),
    ),
    _REGISTRY_UPDATE: _Texts(
        ("Compilata con la persona la dichiarazione per l'Anagrafe Utenza; manca un documento di reddito.",
         "Spiegato quali redditi e documenti servono per l'aggiornamento dell'Anagrafe Utenza.",
         "Controllati i dati dell'Anagrafe Utenza, tutto in regola."),
        ("Ritirare i documenti mancanti per l'Anagrafe Utenza",
         "Verificare che la dichiarazione sia stata protocollata"),
        (_CAF,),
    ),
    _SOLIDARITY: _Texts(
        ("Verificati i requisiti per il contributo di solidarietà; ISEE da rinnovare.",
         "Compilata insieme la domanda di contributo di solidarietà."),
        ("Controllare l'esito della domanda di contributo di solidarietà",),
        (_SOCIAL_SERVICES, _CAF),
    ),
    _SERVICES: _Texts(
        ("Date le informazioni sullo spazio compiti del quartiere per i figli.",
         "Date le informazioni sui servizi del territorio per la ricerca di lavoro.",
         "Spiegato come prenotare dal medico di base."),
        ("Richiamare per sapere se ha contattato il servizio",),
        (_CPAC, _HOMEWORK_CLUB, _JOB_CENTRE, _HEALTH),
    ),
    _ARREARS: _Texts(
        ("Ricostruita la situazione dei pagamenti arretrati con l'estratto conto dell'ente gestore.",
         "Proposto un piano di rientro sostenibile; la persona ci pensa e torna con le buste paga.",
         "Rata del piano di rientro pagata in ritardo: concordato promemoria mensile."),
        ("Sentire l'ente gestore per la rateizzazione", "Verificare il pagamento della rata del mese"),
        (_LANDLORD, _SOCIAL_SERVICES),
    ),
    _HEATING: _Texts(
        ("Verificati i requisiti del contributo riscaldamento: ISEE nella fascia, riscaldamento centralizzato.",
         "Raccolte le bollette del riscaldamento per la domanda di contributo.",
         "ISEE scaduto: spiegato come rinnovarlo prima della domanda di contributo."),
        ("Ritirare l'ISEE rinnovato per il contributo riscaldamento", "Completare la domanda di contributo L.1"),
        (_CAF,),
    ),
    _MAINTENANCE: _Texts(
        ("Segnalata all'ente gestore un'infiltrazione dal soffitto del bagno.",
         "Caldaia centralizzata ferma da due giorni: sollecitato il pronto intervento.",
         "Ascensore guasto: raccolte le firme dei condomini per la segnalazione.",
         "Muffa in camera: date indicazioni su aerazione e fatta segnalazione."),
        ("Verificare con l'ente gestore l'esito della segnalazione", "Passare a vedere se il guasto è stato riparato"),
        (_LANDLORD,),
    ),
    _NEIGHBOURS: _Texts(
        ("Lamentela per rumori notturni dal piano di sopra; proposto un incontro di mediazione.",
         "Tensioni sull'uso del cortile: ascoltate entrambe le famiglie."),
        ("Organizzare l'incontro di mediazione tra i vicini",),
        (_NETWORKS, _SOCIAL_SERVICES),
    ),
    _INTERCULTURAL: _Texts(
        ("Con il mediatore spiegate le regole del condominio e la lettera dell'ente gestore.",
         "Tradotta e spiegata la comunicazione ricevuta dal Comune."),
        ("Accompagnare all'appuntamento in Comune con il mediatore",),
    ),
    _DIGITAL: _Texts(
        ("Attivato lo SPID con la persona; salvate le credenziali sul telefono.",
         "Pagato un avviso PagoPA dall'app della banca insieme alla persona.",
         "Scaricato il fascicolo sanitario e mostrato come prenotare online."),
        ("Completare l'attivazione dello SPID", "Aiutare a caricare i documenti sul portale"),
        (_CAF,),
    ),
    _LANGUAGE: _Texts(
        ("Letta insieme una bolletta; proposto il corso di italiano per le pratiche.",),
        ("Iscrivere al prossimo corso di italiano",),
        (_CPAC,),
    ),
    _LISTENING: _Texts(
        ("Momento difficile dopo la perdita del lavoro: ascolto e prime informazioni.",
         "Persona sola, chiede compagnia e informazioni sulle attività del quartiere.",
         "Ascolto; nessuna richiesta particolare."),
        ("Richiamare per sapere come sta",),
        (_SOCIAL_SERVICES, _JOB_CENTRE, _HEALTH),
    ),
    _EVENTS: _Texts(
        ("Chiede informazioni sul prossimo clean-up e sull'assemblea di condominio.",
         "Si iscrive al laboratorio creativo."),
        ("Ricordare la data dell'incontro",),
        (_NETWORKS,),
    ),
    _OTHER_TOPIC: _Texts(("Richiesta di informazioni generali.",), ("Richiamare",), (_OTHER_SERVICE,)),
}
_CLOSING_NOTES = (
    "Fatto.",
    "Documenti ritirati e consegnati.",
    "Risposta ricevuta dall'ente gestore: intervento programmato.",
    "Persona richiamata, nessun seguito necessario.",
    "Risolto.",
    "Pratica completata insieme alla persona.",
)
_REFERRAL_OUTCOMES = (
    "Presa in carico dal servizio.",
    "Appuntamento fissato.",
    "Pratica avviata.",
    "In attesa di risposta del servizio.",
    "Nessun contatto con il servizio finora.",
)
_CANCEL_REASONS = (
    "Doppione: la visita era già stata registrata da una collega.",
    "Registrata sulla persona sbagliata, registrata di nuovo.",
    "Data sbagliata, registrata di nuovo con la data giusta.",
)


@dataclass(frozen=True)
class _VisitMade:
    """A visit as the sections after it need it."""

    id: uuid.UUID
    office_id: uuid.UUID
    operator_id: uuid.UUID
    started_at: datetime
    channel: Channel
    person: _Member | None
    topic_id: uuid.UUID
    """The first topic: what the appointment that led to the visit was booked for."""
    cancelled: bool


def _topic_weights(family: _Family | None, member: _Member | None, interpreter: bool, day: date) -> dict[str, float]:
    """How likely each topic is for this person on this day: arrears bring repayment plans, a recent
    assignment the onboarding, autumn the heating contribution and the registry update, a foreign
    language the mediation and the language course."""
    month = day.month
    recent = family is not None and family.assigned is not None and (day - family.assigned).days < 365
    return {
        _ONBOARDING: 12 if recent else 0.3,
        _REGISTRY_UPDATE: 15 if month >= 9 else 9,
        _SOLIDARITY: 7 if 3 <= month <= 6 else 4,
        _SERVICES: 7,
        _ARREARS: 14 if family is not None and family.arrears else 2,
        _HEATING: {10: 12, 11: 14, 12: 10, 1: 6, 2: 5, 3: 3}.get(month, 0.5),
        _MAINTENANCE: 15 if month in (10, 11, 12, 1, 2) else 11,
        _NEIGHBOURS: 6 if month in (6, 7, 8) else 4,
        _INTERCULTURAL: 6 if interpreter else 0.5,
        _DIGITAL: 10,
        _LANGUAGE: 3 if member is not None and member.language else 0.2,
        _LISTENING: 8,
        _EVENTS: 3,
        _OTHER_TOPIC: 1,
    }


def _pick_topics(rng: random.Random, weights: dict[str, float], available: dict[str, Topic], count: int) -> list[Topic]:
    """``count`` different topics by weight, among the ones the desk still offers."""
    names = [name for name in weights if name in available]
    chosen: list[Topic] = []
    while names and len(chosen) < count:
        name = rng.choices(names, weights=[weights[n] for n in names])[0]
        names.remove(name)
        chosen.append(available[name])
    return chosen


@dataclass
class _Visits:
    """The visits section at work: what it wrote and who has been seen on which day."""

    rng: random.Random
    context: _Context
    made: list[_VisitMade] = field(default_factory=list)
    visits: list[Visit] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)
    seen: set[tuple[uuid.UUID, date]] = field(default_factory=set)

    def add(
        self, desk: _DeskPlace, cumulative: list[float], channel: Channel, started_at: datetime, minutes: int
    ) -> None:
        """One contact with someone of the desk's households (picked by ``cumulative`` weights) or an
        anonymous one; none if the person drawn was already seen that day."""
        rng, context = self.rng, self.context
        day = local_day(started_at)
        family = member = None
        if rng.random() >= ANONYMOUS_SHARE[channel]:
            family = rng.choices(desk.families, cum_weights=cumulative)[0]
            adults = family.adults(day)
            member = adults[0] if rng.random() < 0.7 or len(adults) == 1 else rng.choice(adults[1:])
            if (member.id, day) in self.seen:
                return  # one contact a day per person is what the desk records
            self.seen.add((member.id, day))
        interpreter = member is not None and bool(member.language) and member.born_abroad and rng.random() < 0.45
        count = rng.choices((1, 2, 3), weights=(60, 30, 10))[0]
        topics = _pick_topics(rng, _topic_weights(family, member, interpreter, day), context.topics, count)
        operator_id = self._operator(desk, channel, interpreter, topics)
        texts = _TOPIC_TEXTS[topics[0].name]
        referral_id, outcome = self._referral(texts, day)
        recorded_at = started_at + timedelta(minutes=minutes + rng.randint(1, 30))
        visit = Visit(
            id=uuid.uuid4(),
            office_id=desk.id,
            operator_id=operator_id,
            started_at=started_at,
            duration_minutes=minutes,
            channel=channel,
            person_id=member.id if member else None,
            household_id=family.id if family else None,
            anonymous_sex=None if member else rng.choices((Sex.FEMALE, Sex.MALE), weights=(60, 40))[0],
            anonymous_age_bracket=None if member else rng.choices(list(AgeBracket), weights=(2, 12, 40, 20, 26))[0],
            interpreter_language=member.language if interpreter and member else "",
            notes=rng.choice(texts.notes) if rng.random() < 0.7 else "",
            referral_service_id=referral_id,
            referral_outcome=outcome,
            created_at=recorded_at,
        )
        visit.topics = topics
        cancelled = rng.random() < CANCELLED_SHARE
        if cancelled:
            visit.cancelled_at = min(recorded_at + timedelta(hours=rng.randint(2, 72)), _at(context.day, 0))
            visit.cancelled_by_id = operator_id
            visit.cancel_reason = rng.choice(_CANCEL_REASONS)
        elif member is not None and rng.random() < FOLLOW_UP_SHARE:
            self.follow_ups.append(self._follow_up(visit, texts, day, recorded_at))
        self.visits.append(visit)
        self.made.append(
            _VisitMade(visit.id, desk.id, operator_id, started_at, channel, member, topics[0].id, cancelled)
        )

    def _operator(self, desk: _DeskPlace, channel: Channel, interpreter: bool, topics: list[Topic]) -> uuid.UUID:
        """The desk's roster; the mediator for interpreting, the educator at home, the tenant manager
        joining for repayment plans."""
        rng, operators = self.rng, self.context.operators
        if channel is Channel.HOME_VISIT:
            wanted = _EDUCATOR if rng.random() < 0.75 else _MEDIATOR
        elif interpreter and rng.random() < 0.6:
            wanted = _MEDIATOR
        elif any(t.name == _ARREARS for t in topics) and rng.random() < 0.4:
            wanted = _TENANT_MANAGER
        else:
            return desk.operator(rng)
        return operators.get(wanted) or desk.operator(rng)

    def _referral(self, texts: _Texts, day: date) -> tuple[uuid.UUID | None, str]:
        rng = self.rng
        services = [self.context.referrals[name] for name in texts.referrals if name in self.context.referrals]
        if not services or rng.random() >= 0.2:
            return None, ""
        answered = (self.context.day - day).days > 14 and rng.random() < 0.65
        return rng.choice(services), rng.choice(_REFERRAL_OUTCOMES) if answered else ""

    def _follow_up(self, visit: Visit, texts: _Texts, day: date, recorded_at: datetime) -> FollowUp:
        """Due in one to four weeks; nearly all of those due long ago are closed, some of the recent ones are
        overdue, a few not yet due are done already."""
        rng, today_ = self.rng, self.context.day
        owner_id = visit.operator_id
        due = day + timedelta(days=rng.choice((7, 14, 14, 14, 21, 30)))
        follow_up = FollowUp(
            id=uuid.uuid4(),
            visit_id=visit.id,
            office_id=visit.office_id,
            owner_id=owner_id,
            person_id=visit.person_id,
            household_id=visit.household_id,
            due_date=due,
            description=rng.choice(texts.follow_ups),
            created_at=recorded_at,
        )
        last_closing_day = min(due + timedelta(days=10), today_ - timedelta(days=1))
        closed_share = 0.97 if due < today_ - timedelta(days=30) else 0.65 if due < today_ else 0.2
        if last_closing_day > day and rng.random() < closed_share:
            closing_day = _day_between(rng, day + timedelta(days=1), last_closing_day)
            follow_up.closed_at = _some_time(rng, closing_day, 9, 17)
            follow_up.closed_by_id = owner_id
            follow_up.closing_note = rng.choice(_CLOSING_NOTES)
        return follow_up


def _fill_visits(uow: UnitOfWork, rng: random.Random, context: _Context) -> list[_VisitMade]:
    """Six months of contacts up to yesterday: the desks' visits in their opening hours, phone calls on
    working days, the educator's home visits and a few contacts in the courtyards, with their topics,
    referrals and follow-ups. Today is left to the operator (and its appointments are still booked), so
    the demo does not depend on the hour it is made at.

    Not through ``record_visit`` (see the module's docstring): follow-ups are closed and visits cancelled
    in the past, by their operator.
    """
    if not any(name in context.topics for name in _TOPIC_TEXTS):
        return []  # a coordinator retired every seeded topic: no history can be told with the lists left
    work = _Visits(rng, context)
    # some households come often, many now and then, a few never: a weight for each, drawn once
    cumulative = {
        desk.id: list(itertools.accumulate(rng.lognormvariate(0, 0.9) for _ in desk.families)) for desk in context.desks
    }
    for day in context.past_days():
        for desk in context.desks:
            if not desk.families:
                continue
            weights, followed = cumulative[desk.id], len(desk.families)
            expected = min(MAX_VISITS_PER_OPENING, DESK_VISITS_PER_HOUSEHOLD * followed)
            for opening in openings_on_day(desk.slots, day):
                minutes_open = int((opening.ends_at - opening.starts_at).total_seconds() // 60)
                marks = range(0, max(5, minutes_open - 10), 5)
                count = min(len(marks), _poisson(rng, expected))
                for offset in sorted(rng.sample(marks, count)):
                    started_at = opening.starts_at + timedelta(minutes=offset)
                    work.add(desk, weights, Channel.DESK, started_at, rng.choice((10, 15, 20, 20, 25, 30, 40)))
            if day.weekday() not in MONDAY_TO_FRIDAY:
                continue
            for channel, per_household, cap, hours, durations in (
                (Channel.PHONE, PHONE_CALLS_PER_HOUSEHOLD, 4, (9, 17), (5, 5, 10, 10, 15)),
                (Channel.HOME_VISIT, HOME_VISITS_PER_HOUSEHOLD, 1, (10, 16), (30, 45, 60, 90)),
                (Channel.OUTREACH, OUTREACH_PER_HOUSEHOLD, 1, (15, 18), (10, 15, 20, 30)),
            ):
                for _ in range(_poisson(rng, min(cap, per_household * followed))):
                    work.add(desk, weights, channel, _some_time(rng, day, *hours), rng.choice(durations))
    session = uow.session
    session.add_all(work.visits)
    session.flush()  # follow-ups refer to their visit by key only: the visits go in first
    session.add_all(work.follow_ups)
    session.flush()
    return work.made


# --- privacy notices and the funder's participant data ----------------------------------------------------

PRIVACY_SHARE = 0.92
PROFILE_SHARE = 0.85


def _fill_participants(uow: UnitOfWork, rng: random.Random, context: _Context, visits: list[_VisitMade]) -> None:
    """Most persons seen were given the privacy notice and asked the funder's questions at their first
    contact (DESIGN 2.6, 2.7); the others are left for the desk to ask, as the quick entry would.

    Not through ``save_participant_profile``, which dates a new profile today. The notice's version is
    the one in the settings now."""
    session = uow.session
    version = read_setting(session, "privacy_notice_version")
    first_seen: dict[uuid.UUID, tuple[_Member, date]] = {}
    for visit in sorted(visits, key=lambda v: v.started_at):
        if visit.person is not None and not visit.cancelled:
            first_seen.setdefault(visit.person.id, (visit.person, local_day(visit.started_at)))
    foreign_households = {
        family.id for desk in context.desks for family in desk.families if any(m.born_abroad for m in family.members)
    }
    profiles: list[ParticipantProfile] = []
    for member, day in first_seen.values():
        if rng.random() < PRIVACY_SHARE:
            person = session.get(Person, member.id)
            assert person is not None  # read from the registry just written
            person.privacy_notice_date = day
            person.privacy_notice_version = version
        if rng.random() < PROFILE_SHARE:
            profiles.append(_profile(rng, member, day, member.household_id in foreign_households))
    session.add_all(profiles)
    session.flush()


def _answer(rng: random.Random, yes: float, prefers_not: float) -> Answer:
    roll = rng.random()
    return Answer.YES if roll < yes else Answer.PREFERS_NOT if roll < yes + prefers_not else Answer.NO


def _profile(rng: random.Random, member: _Member, day: date, foreign_family: bool) -> ParticipantProfile:
    """Plausible answers: pensioners inactive, more people with little schooling among the older and the
    foreign-born, a birthplace outside the EU making a third-country national (unless naturalised), and
    some "preferisce non rispondere" on the sensitive questions; a few items not asked yet."""
    age = member.age(day)
    if age >= 65:
        labour = LabourStatus.INACTIVE
    else:
        labour = rng.choices(list(LabourStatus), weights=(20, 15, 25, 40))[0]
    low_schooling = 70 if age >= 60 or member.born_abroad else 40
    education = rng.choices(list(Education), weights=(low_schooling, 85 - low_schooling, 15))[0]
    third_country = None
    if member.birthplace:
        outside_eu = member.born_abroad and member.birthplace not in _EU_BIRTHPLACES
        third_country = Answer.YES if outside_eu and rng.random() < 0.85 else Answer.NO
    return ParticipantProfile(
        person_id=member.id,
        recorded_on=day,
        labour_status=None if rng.random() < 0.06 else labour,
        education=None if rng.random() < 0.08 else education,
        third_country_national=third_country,
        foreign_background=Answer.YES if member.born_abroad or foreign_family else _answer(rng, 0.0, 0.04),
        minority=_answer(rng, 0.03, 0.12),
        disability=_answer(rng, 0.1, 0.1),
        homeless_or_excluded=_answer(rng, 0.02, 0.08),
    )


# --- appointments -----------------------------------------------------------------------------------------

APPOINTMENT_SHARE = 0.3
"""Of the registered persons seen at a desk, how many had booked."""
COMING_OPENINGS = 2
_APPOINTMENT_NOTES = (
    "Porta l'ISEE aggiornato.",
    "Viene con la figlia che traduce.",
    "Chiede aiuto per lo SPID: portare il telefono.",
    "Richiamare il giorno prima per conferma.",
    "Porta l'ultima bolletta del riscaldamento.",
)
_APPOINTMENT_CANCEL_REASONS = (
    "Ha chiamato per disdire.",
    "Risolto al telefono.",
    "Spostato a un'altra apertura.",
)


@dataclass
class _Appointments:
    """The appointments section at work."""

    rng: random.Random
    context: _Context
    written: list[Appointment] = field(default_factory=list)

    def add(
        self,
        desk: _DeskPlace,
        starts_at: datetime,
        member: _Member | None,
        status: AppointmentStatus,
        *,
        topic_id: uuid.UUID | None = None,
        visit_id: uuid.UUID | None = None,
    ) -> None:
        """Booked one to twelve days before (before today for the coming ones), by an operator of the desk;
        for someone not in the registry, a name and a phone number (fictional, as the registry's)."""
        rng = self.rng
        start_of_today = _at(self.context.day, 0)
        booked_on = min(local_day(starts_at), self.context.day) - timedelta(days=rng.randint(1, 12))
        booked_at = _some_time(rng, booked_on, 9, 17)
        contact_name = contact_phone = ""
        if member is None:
            origin = _origin(rng)
            contact_name = f"{rng.choice(origin.surnames)} {rng.choice(origin.female_names + origin.male_names)}"
            contact_phone = f"{rng.choice(MOBILE_PREFIXES)} {rng.randint(1_000_000, 9_999_999)}"
        if topic_id is None and rng.random() < 0.8:
            weights = _topic_weights(None, member, False, local_day(starts_at))
            topic_id = next((t.id for t in _pick_topics(rng, weights, self.context.topics, 1)), None)
        appointment = Appointment(
            office_id=desk.id,
            starts_at=starts_at,
            duration_minutes=DEFAULT_DURATION_MINUTES,
            person_id=member.id if member else None,
            contact_name=contact_name,
            contact_phone=contact_phone,
            topic_id=topic_id,
            note=rng.choice(_APPOINTMENT_NOTES) if rng.random() < 0.25 else "",
            status=status,
            booked_by_id=desk.operator(rng),
            visit_id=visit_id,
            created_at=booked_at,
        )
        if status is AppointmentStatus.CANCELLED:
            appointment.cancelled_at = booked_at + (min(starts_at, start_of_today) - booked_at) * rng.random()
            appointment.cancelled_by_id = appointment.booked_by_id
            appointment.cancel_reason = rng.choice(_APPOINTMENT_CANCEL_REASONS)
        self.written.append(appointment)


def _marks(opening: Opening) -> list[datetime]:
    """The times an appointment may start at: every twenty minutes, ending by closing time."""
    step = timedelta(minutes=DEFAULT_DURATION_MINUTES)
    marks, moment = [], opening.starts_at
    while moment + step <= opening.ends_at:
        marks.append(moment)
        moment += step
    return marks


def _fill_appointments(uow: UnitOfWork, rng: random.Random, context: _Context, visits: list[_VisitMade]) -> int:
    """Past openings: some of the persons seen at the desk had booked (attended, linked to their visit),
    some who booked did not come (no-show), a few cancelled. The coming openings of every desk, today's
    included when the desk opens today, have appointments booked, so the desk's day has someone to
    expect; they are all still booked, whatever the hour the demo is made at.

    Not through ``book_appointment``, which books from now on only, as it should at the desk."""
    work = _Appointments(rng, context)
    desks = {desk.id: desk for desk in context.desks}
    came: dict[tuple[uuid.UUID, date], set[uuid.UUID]] = {}
    for visit in visits:
        if visit.channel is not Channel.DESK or visit.person is None or visit.cancelled:
            continue
        day = local_day(visit.started_at)
        came.setdefault((visit.office_id, day), set()).add(visit.person.id)
        desk = desks[visit.office_id]
        opening = opening_containing(desk.slots, visit.started_at, visit.started_at)
        assert opening is not None  # the desk's visits were made inside its openings
        if rng.random() >= APPOINTMENT_SHARE:
            continue
        booked_at = max(m for m in _marks(opening) if m <= visit.started_at)
        work.add(desk, booked_at, visit.person, AppointmentStatus.ATTENDED, topic_id=visit.topic_id, visit_id=visit.id)
    for desk in context.desks:
        expected = min(MAX_VISITS_PER_OPENING, DESK_VISITS_PER_HOUSEHOLD * len(desk.families))
        for day in context.past_days():
            for opening in openings_on_day(desk.slots, day):
                if not (marks := _marks(opening)):
                    continue  # an opening too short for an appointment
                present = came.get((desk.id, day), set())
                absent = [m for m in desk.adults(day) if m.id not in present]
                for _ in range(_poisson(rng, 0.08 * expected)):
                    member = absent.pop(rng.randrange(len(absent))) if absent and rng.random() < 0.85 else None
                    work.add(desk, rng.choice(marks), member, AppointmentStatus.NO_SHOW)
                if rng.random() < 0.15:
                    work.add(desk, rng.choice(marks), None, AppointmentStatus.CANCELLED)
        adults = desk.adults(context.day)
        for opening in coming_openings(desk.slots, _at(context.day, 0), COMING_OPENINGS):
            if not (marks := _marks(opening)):
                continue
            count = min(len(marks), max(1, round(0.45 * expected)))
            members = rng.sample(adults, min(count, len(adults)))
            for starts_at, member in zip(sorted(rng.sample(marks, count)), members + [None] * count):
                work.add(desk, starts_at, member if rng.random() < 0.85 else None, AppointmentStatus.BOOKED)
            if rng.random() < 0.5:
                work.add(desk, rng.choice(marks), None, AppointmentStatus.CANCELLED)
    uow.session.add_all(work.written)
    uow.session.flush()
    return len(work.written)


# --- group activities -------------------------------------------------------------------------------------

DEMO_PARTNERS: tuple[tuple[str, str, str], ...] = (
    ("Parrocchia e oratorio di Celadina", "parrocchia", "oratorio.celadina@example.org"),
    ("Parrocchia di Colognola", "parrocchia", "parrocchia.colognola@example.org"),
    ("Scuola primaria di Celadina", "scuola", "primaria.celadina@example.org"),
    ("Istituto comprensivo di Colognola", "scuola", "ic.colognola@example.org"),
    ("Comitato di quartiere di Celadina", "comitato di quartiere", "comitato.celadina@example.org"),
    ("Associazione genitori di Colognola", "associazione", "genitori.colognola@example.org"),
    ("Associazione anziani di Conca Fiorita", "associazione", "anziani.concafiorita@example.org"),
    ("Spazio compiti del Lazzaretto", "associazione di volontariato", "spaziocompiti.lazzaretto@example.org"),
    ("Cooperativa sociale di quartiere", "cooperativa sociale", "coop.quartiere@example.org"),
    ("Volontari per Celadina pulita", "gruppo informale", "celadina.pulita@example.org"),
    ("Biblioteca di quartiere", "servizio comunale", "biblioteca.quartiere@example.org"),
    ("Servizio Reti Sociali del Comune", "servizio comunale", "reti.sociali@example.org"),
)
"""The kinds of organisation met in the neighbourhood networks (seeds 001, 004): parishes, schools,
associations, committees, municipal services. Generic names, and contacts on ``example.org`` that reach
nobody."""
(
    _PARISH_CELADINA,
    _PARISH_COLOGNOLA,
    _SCHOOL_CELADINA,
    _SCHOOL_COLOGNOLA,
    _COMMITTEE_CELADINA,
    _PARENTS_COLOGNOLA,
    _ELDERLY_CONCA_FIORITA,
    _HOMEWORK_LAZZARETTO,
    _COOPERATIVE,
    _VOLUNTEERS_CELADINA,
    _LIBRARY,
    _SOCIAL_NETWORKS_SERVICE,
) = (name for name, _, _ in DEMO_PARTNERS)


def _ensure_partners(store: Store, coordinator: Actor) -> None:
    """Adds the demo's partner organisations missing from the list, through the catalogue service as a
    coordinator would (an organisation already there, even retired, is left as it is)."""
    listed = list_items(UnitOfWork(store, coordinator, write=False), CatalogueKind.PARTNERS, include_retired=True)
    present = {fold(item.name) for item in listed}
    for name, kind, contact in DEMO_PARTNERS:
        if fold(name) not in present:
            add_item(UnitOfWork(store, coordinator), CatalogueKind.PARTNERS, name, kind_label=kind, contact=contact)


@dataclass(frozen=True)
class _ActivityPlan:
    """One activity to write: its sessions, who may come, how many regulars and how many others."""

    type_name: str
    title: str
    place: str
    desk: _DeskPlace
    organisers: str
    partners: tuple[str, ...]
    notes: str
    sessions: tuple[tuple[datetime, datetime], ...]
    audience: tuple[_Member, ...]
    regulars: int
    """Registered persons who come (to each session with ``presence`` likelihood)."""
    presence: float
    others: tuple[int, int]
    """Range of the head count of people not registered, per session."""


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def _weekly(first: date, count: int, start: time, end: time) -> tuple[tuple[datetime, datetime], ...]:
    days = [first + timedelta(weeks=n) for n in range(count)]
    return tuple((local_moment(d, start), local_moment(d, end)) for d in days)


def _buildings(families: Iterable[_Family]) -> list[tuple[str, list[_Family]]]:
    """The buildings of these households with the households living there, the most populated first (in
    address order on a tie)."""
    buildings: dict[str, list[_Family]] = {}
    for family in families:
        buildings.setdefault(family.building, []).append(family)
    return sorted(buildings.items(), key=lambda item: (-len(item[1]), item[0]))


def _everyone(families: Iterable[_Family]) -> tuple[_Member, ...]:
    return tuple(m for f in families for m in f.members)


_CELADINA_NETWORK = (_PARISH_CELADINA, _SCHOOL_CELADINA, _COMMITTEE_CELADINA, _VOLUNTEERS_CELADINA, _SOCIAL_NETWORKS_SERVICE)
"""The network that organises Celadina's yearly clean-up (source 001)."""
_NETWORKS_OF_DESKS = (
    ("CEL", "Celadina", 1, 2, time(20, 45), "sala dell'oratorio di Celadina", _CELADINA_NETWORK),
    ("COL", "Colognola", 2, 1, time(18), "saletta della parrocchia di Colognola",
     (_PARISH_COLOGNOLA, _SCHOOL_COLOGNOLA, _PARENTS_COLOGNOLA, _COOPERATIVE, _SOCIAL_NETWORKS_SERVICE)),
    ("LAZ", "Conca Fiorita - Lazzaretto", 0, 3, time(18), "spazio compiti del Lazzaretto",
     (_ELDERLY_CONCA_FIORITA, _HOMEWORK_LAZZARETTO, _LIBRARY, _SOCIAL_NETWORKS_SERVICE)),
)
"""Each desk's neighbourhood network: desk, name, the monthly meeting (weekday, which one of the month,
time), place and member organisations."""
_ASSEMBLY_AGENDAS = (
    "Uso del cortile e delle cantine; turni di pulizia delle scale.",
    "Raccolta differenziata e ingombranti; proposta di un laboratorio per l'androne.",
    "Guasti all'ascensore e al riscaldamento: cosa segnalare e a chi.",
)


def _activity_plans(rng: random.Random, context: _Context) -> list[_ActivityPlan]:
    """The K.1 activities of source 001 and the networks of source 004, placed around today."""
    return [
        *_network_meetings(context),
        *_assemblies(rng, context),
        *_courses(context),
        *_events(context),
    ]


def _network_meetings(context: _Context) -> list[_ActivityPlan]:
    """One activity per network, a session for each monthly meeting (15-35 people, seed 004, mostly
    representatives of groups and not in the registry); the next meeting is still to come."""
    day, first = context.day, context.first_day
    plans = []
    for code, name, weekday, nth, start, place, partners in _NETWORKS_OF_DESKS:
        if (desk := context.desk(code)) is None:
            continue
        months = [add_months(first.replace(day=1), n) for n in range(8)]
        meetings = [_nth_weekday(m.year, m.month, weekday, nth) for m in months]
        plans.append(
            _ActivityPlan(
                type_name=_NETWORK_MEETING,
                title=f"Rete di quartiere {name}",
                place=place,
                desk=desk,
                organisers="Servizio Reti Sociali con il Portierato di Comunità",
                partners=partners,
                notes="Incontro mensile delle realtà del quartiere: associazioni, scuole, parrocchia, residenti.",
                sessions=tuple(
                    (local_moment(d, start), local_moment(d, start) + timedelta(minutes=90))
                    for d in meetings
                    if first <= d <= day + timedelta(days=35)
                ),
                audience=tuple(desk.adults(day)),
                regulars=4,
                presence=0.6,
                others=(14, 32),
            )
        )
    return plans


def _assemblies(rng: random.Random, context: _Context) -> list[_ActivityPlan]:
    """Two condominium assemblies per desk, in two of its three most populated buildings, on a weekday
    evening in the past months or the coming two weeks; the building's adults are invited."""
    plans = []
    for desk in context.desks:
        largest = _buildings(desk.families)[:3]
        for building, families in rng.sample(largest, min(2, len(largest))):
            meeting = _day_between(rng, context.first_day + timedelta(days=7), context.day + timedelta(days=14))
            while meeting.weekday() > 3:  # Monday to Thursday evenings
                meeting -= timedelta(days=1)
            audience = tuple(m for f in families for m in f.adults(meeting))
            plans.append(
                _ActivityPlan(
                    type_name=_ASSEMBLY,
                    title=f"Assemblea di condominio di {building}",
                    place=f"{building}, cortile",
                    desk=desk,
                    organisers="Portierato di Comunità",
                    partners=(),
                    notes=rng.choice(_ASSEMBLY_AGENDAS),
                    sessions=_weekly(meeting, 1, time(18), time(19, 30)),
                    audience=audience,
                    regulars=max(1, round(0.45 * len(audience))),
                    presence=1.0,
                    others=(0, 3),
                )
            )
    return plans


def _courses(context: _Context) -> list[_ActivityPlan]:
    """A computer literacy course at Celadina under way (five weekly sessions held, three to come) and an
    Italian course for paperwork at Colognola, over."""
    this_monday = context.day - timedelta(days=context.day.weekday())
    plans = []
    if (celadina := context.desk("CEL")) is not None:
        plans.append(
            _ActivityPlan(
                type_name=_COURSE,
                title="Alfabetizzazione informatica: SPID, PagoPA e fascicolo sanitario",
                place=celadina.place,
                desk=celadina,
                organisers="Portierato di Comunità",
                partners=(_LIBRARY, _SCHOOL_CELADINA),
                notes="Otto incontri per fare da soli le pratiche online; ognuno porta il proprio telefono.",
                sessions=_weekly(this_monday - timedelta(weeks=5), 8, time(14, 30), time(16, 30)),
                audience=tuple(m for m in celadina.adults(context.day) if m.age(context.day) >= 45 or m.born_abroad),
                regulars=10,
                presence=0.8,
                others=(0, 1),
            )
        )
    if (colognola := context.desk("COL")) is not None:
        plans.append(
            _ActivityPlan(
                type_name=_COURSE,
                title="Italiano per le pratiche: bollette, contratti e moduli",
                place="saletta della parrocchia di Colognola",
                desk=colognola,
                organisers="Portierato di Comunità con i mediatori interculturali",
                partners=(_PARISH_COLOGNOLA,),
                notes="Sei incontri di alfabetizzazione linguistica sulle comunicazioni delle amministrazioni.",
                sessions=_weekly(this_monday - timedelta(weeks=16, days=-3), 6, time(9, 30), time(11, 30)),
                audience=tuple(m for m in colognola.adults(context.day) if m.language),
                regulars=8,
                presence=0.75,
                others=(0, 2),
            )
        )
    return plans


def _events(context: _Context) -> list[_ActivityPlan]:
    """The yearly clean-up at Celadina (the last Saturday of September), a party in a courtyard at
    Colognola and a creative workshop on three Saturdays to repaint an entrance at the Lazzaretto."""
    day = context.day
    this_saturday = day - timedelta(days=day.weekday()) + timedelta(days=5)
    plans = []
    if (celadina := context.desk("CEL")) is not None:
        september = date(day.year if day.month >= 10 else day.year - 1, 9, 30)
        clean_up = september - timedelta(days=(september.weekday() - 5) % 7)
        plans.append(
            _ActivityPlan(
                type_name=_CLEAN_UP,
                title="Clean-up di Celadina",
                place="ritrovo davanti all'oratorio di Celadina",
                desk=celadina,
                organisers="Rete di quartiere di Celadina con il Portierato di Comunità",
                partners=_CELADINA_NETWORK,
                notes="L'appuntamento annuale della rete di quartiere: guanti e sacchi per tutti, merenda finale.",
                sessions=_weekly(clean_up, 1, time(9, 30), time(12, 30)),
                audience=tuple(m for m in _everyone(celadina.families) if m.age(clean_up) >= 8),
                regulars=12,
                presence=1.0,
                others=(25, 60),
            )
        )
    if (colognola := context.desk("COL")) is not None and colognola.families:
        building, _ = _buildings(colognola.families)[0]
        plans.append(
            _ActivityPlan(
                type_name=_CULTURAL_EVENT,
                title="Merenda interculturale in cortile",
                place=f"{building}, cortile",
                desk=colognola,
                organisers="Portierato di Comunità",
                partners=(_PARENTS_COLOGNOLA, _PARISH_COLOGNOLA, _COOPERATIVE),
                notes="Ogni famiglia porta un piatto del proprio paese; musica e giochi per i bambini.",
                sessions=_weekly(this_saturday - timedelta(weeks=11), 1, time(16), time(19)),
                audience=_everyone(colognola.families),
                regulars=15,
                presence=1.0,
                others=(15, 40),
            )
        )
    if (lazzaretto := context.desk("LAZ")) is not None and lazzaretto.families:
        building, families = _buildings(lazzaretto.families)[0]
        plans.append(
            _ActivityPlan(
                type_name=_WORKSHOP,
                title="Laboratorio creativo: colori nell'androne",
                place=f"{building}, androne",
                desk=lazzaretto,
                organisers="Portierato di Comunità",
                partners=(_HOMEWORK_LAZZARETTO, _ELDERLY_CONCA_FIORITA),
                notes="Tre sabati per ridipingere l'ingresso con i residenti, bambini compresi.",
                sessions=_weekly(this_saturday - timedelta(weeks=10), 3, time(9, 30), time(12)),
                audience=_everyone(families),
                regulars=8,
                presence=0.7,
                others=(2, 6),
            )
        )
    return plans


def _fill_activities(uow: UnitOfWork, rng: random.Random, context: _Context) -> int:
    """Writes the planned activities with their partners and, for the sessions before today, the
    attendance: a group of regulars, each present at a session or not, plus a head count of others.

    Not through ``create_activity`` and ``set_attendance``, although they would accept this history:
    their own transactions would break the demo's one unit of work (see the module's docstring)."""
    session = uow.session
    types = dict(session.execute(select(ActivityType.name, ActivityType.id).where(ActivityType.retired.is_(False))).all())
    active_partners = session.scalars(select(PartnerOrganisation).where(PartnerOrganisation.retired.is_(False)))
    partners = {p.name: p for p in active_partners}
    written: list[tuple[_ActivityPlan, Activity, list[_Member]]] = []
    for plan in _activity_plans(rng, context):
        if plan.type_name not in types:
            continue
        regulars = rng.sample(plan.audience, min(plan.regulars, len(plan.audience)))
        activity = Activity(
            id=uuid.uuid4(),
            activity_type_id=types[plan.type_name],
            title=plan.title,
            place=plan.place,
            office_id=plan.desk.id,
            organisers=plan.organisers,
            notes=plan.notes,
        )
        activity.partners = [partners[name] for name in plan.partners if name in partners]
        activity.sessions = [
            ActivitySession(
                starts_at=starts_at,
                ends_at=ends_at,
                other_participants=rng.randint(*plan.others) if local_day(starts_at) < context.day else 0,
            )
            for starts_at, ends_at in plan.sessions
        ]
        session.add(activity)
        written.append((plan, activity, regulars))
    session.flush()  # attendances refer to their session by key only
    for plan, activity, regulars in written:
        for activity_session in activity.sessions:
            if local_day(activity_session.starts_at) < context.day:
                session.add_all(
                    Attendance(session_id=activity_session.id, person_id=m.id)
                    for m in regulars
                    if rng.random() < plan.presence
                )
    session.flush()
    return len(written)


# --- repayment plans --------------------------------------------------------------------------------------

PLAN_MIN_DEBT_CENTS = 50_000
"""Arrears below 500 EUR are paid off at once, without a plan."""
PLAN_SHARE = 0.4
"""Of the households owing at least :data:`PLAN_MIN_DEBT_CENTS`, the share that agreed a plan."""
MAX_PLANS = 600
"""Every step of a plan is its own transaction (see :func:`_fill_plans`): enough to time the plans list."""
_DUE_DAYS = (1, 5, 5, 10, 10, 15, 20, 25, 27, 31)
_MONTHS = ("gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic")
_BUCKET_DAYS = {
    AgingBucket.DAYS_1_30: (8, 26),
    AgingBucket.DAYS_31_60: (36, 56),
    AgingBucket.DAYS_61_90: (65, 86),
    AgingBucket.OVER_90: (100, 180),
}
"""Days in arrears of the oldest unpaid installment, well inside each aging bucket."""
_SUSPENSION_REASONS = (
    "Morosità incolpevole: perdita del lavoro, in attesa della NASpI.",
    "Ricovero ospedaliero dell'intestatario: reddito sospeso.",
    "Cassa integrazione a zero ore del percettore di reddito.",
)
_RESUMPTION_REASONS = (
    "Ripresa del lavoro: il piano riparte e le rate arretrate sono saldate.",
    "Reddito ripristinato (NASpI accolta): il piano riprende.",
)
_RENEGOTIATION_REASONS = (
    "Rata non sostenibile con il reddito attuale: nuova rata ridotta.",
    "Riduzione dell'orario di lavoro: il nucleo chiede una rata più bassa.",
)
_LAPSE_REASONS = (
    "Due rate non pagate e nessuna risposta al sollecito: decadenza dal piano.",
    "Rate non pagate oltre la tolleranza; il nucleo non si è presentato al colloquio.",
)
_WITHDRAWAL_REASONS = (
    "Il nucleo non ha accettato la rata proposta: chiede prima il contributo di solidarietà.",
    "L'intestatario non si è presentato alla firma.",
)
_REVERSAL_REASON = "Addebito SDD respinto dalla banca per fondi insufficienti."


@contextmanager
def _on_day(day: date) -> Iterator[None]:
    """The plan use cases read "today" from the clock, which demonstrations may pin (app/clock.py): a step
    taken on ``day`` is dated and checked against that day, and its rows are written as of then. The pin
    in force before (a test's, or none) is put back."""
    with clock.pinned(day):
        yield


@dataclass(frozen=True)
class _Debtor:
    """A household of the registry in arrears, as the plans section needs it."""

    id: uuid.UUID
    code: str
    office_code: str
    debt_cents: int
    """The arrears the plan is made from."""
    income_cents: int | None


@dataclass
class _PlanDesk:
    """The tenant manager at work: every step through the plans' use cases, on the day it was taken."""

    store: Store
    actor: Actor
    day: date
    grace_days: int
    statement_line: int
    plans: int = 0
    payments: int = 0
    latest_plan: dict[uuid.UUID, uuid.UUID] = field(default_factory=dict)
    """The newest plan of each household, whose situation gives the household's arrears."""

    @property
    def last_day(self) -> date:
        """The history ends yesterday: today is left to the operator."""
        return self.day - timedelta(days=1)

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self.store, self.actor)

    def create(self, on: date, form: PlanForm) -> uuid.UUID:
        with _on_day(on):
            plan_id = create_plan(self.uow(), form)
        self.plans += 1
        self.latest_plan[form.household_id] = plan_id
        return plan_id

    def sign(self, on: date, plan_id: uuid.UUID) -> None:
        with _on_day(on):
            sign_plan(self.uow(), plan_id, on)

    def decide(self, on: date, plan_id: uuid.UUID, to_state: PlanState, reason: str) -> None:
        with _on_day(on):
            change_state(self.uow(), plan_id, to_state, on, reason)

    def renegotiate(self, on: date, debtor: _Debtor, plan_id: uuid.UUID, terms: PlanTerms, reason: str) -> uuid.UUID:
        with _on_day(on):
            new_id = renegotiate(self.uow(), plan_id, terms, on, reason, debtor.office_code)
        self.plans += 1
        self.latest_plan[debtor.id] = new_id
        return new_id

    def schedule(self, plan_id: uuid.UUID) -> tuple[Installment, ...]:
        return plan_detail(UnitOfWork(self.store, self.actor, write=False), plan_id, self.day).schedule

    def pay(self, rng: random.Random, plan_id: uuid.UUID, payer: _Payer, paid_on: date, amount_cents: int) -> uuid.UUID:
        """At the desk, or read from the landlord's statement a few days later as the payments import does
        (:func:`add_payment` with ``imported``), with the statement's line number as reference."""
        if payer.method is PaymentMethod.STATEMENT:
            self.statement_line += rng.randint(1, 40)
            form = PaymentForm(paid_on, amount_cents, payer.method, f"EC-{paid_on.year}-{self.statement_line:06d}")
            with _on_day(min(paid_on + timedelta(days=rng.randint(2, 8)), self.last_day)), self.uow() as uow:
                plan = uow.session.get(RepaymentPlan, plan_id)
                assert plan is not None
                payment_id = add_payment(uow.session, plan, form, uow.actor, imported=True).id
                uow.commit()
        else:
            form = PaymentForm(paid_on, amount_cents, payer.method, payer.reference(rng), payer.note)
            with _on_day(paid_on):
                payment_id = record_payment(self.uow(), plan_id, form)
        self.payments += 1
        return payment_id

    def pay_all(self, rng: random.Random, plan_id: uuid.UUID, payer: _Payer, payments: Iterable[tuple[date, int]]) -> None:
        for paid_on, amount_cents in payments:
            self.pay(rng, plan_id, payer, paid_on, amount_cents)

    def reverse(self, on: date, payment_id: uuid.UUID, reason: str) -> None:
        with _on_day(on):
            reverse_payment(self.uow(), payment_id, reason)

    def start(
        self, rng: random.Random, debtor: _Debtor, first_due: date, due_day: int, terms: _Terms, items: int
    ) -> tuple[uuid.UUID, tuple[Installment, ...], date]:
        """A plan agreed a few weeks before its first installment and signed some days later."""
        start = first_due - timedelta(days=rng.randint(0, 10))
        created = start - timedelta(days=rng.randint(8, 30))
        signed = min(created + timedelta(days=rng.randint(1, 8)), start)
        plan_id = self.create(created, _plan_form(rng, debtor, created, terms.at(start, due_day), items))
        self.sign(signed, plan_id)
        return plan_id, self.schedule(plan_id), signed


@dataclass(frozen=True)
class _Terms:
    """How a story wants the debt spread, before its start date is known."""

    count: int | None = None
    installment_cents: int | None = None

    def at(self, start: date, due_day: int) -> PlanTerms:
        return PlanTerms(start, due_day, installment_count=self.count, installment_cents=self.installment_cents)


def _spread(rng: random.Random, total_cents: int, count: int) -> _Terms:
    """Half the plans by number of installments, half by an installment amount in whole 5 EUR."""
    if rng.random() < 0.5:
        return _Terms(count=count)
    return _Terms(installment_cents=max(1_000, total_cents // count // 500 * 500))


@dataclass(frozen=True)
class _Payer:
    """How a household pays its installments."""

    method: PaymentMethod
    note: str = ""

    def reference(self, rng: random.Random) -> str:
        if self.method is PaymentMethod.PAGOPA:
            return f"IUV {rng.randrange(10**16, 10**17)}"
        if self.method is PaymentMethod.BANK_TRANSFER:
            return f"CRO {rng.randrange(10**10, 10**11)}"
        if self.method is PaymentMethod.DIRECT_DEBIT:
            return f"SDD {rng.randrange(10**11, 10**12)}"
        if self.method is PaymentMethod.POSTAL_SLIP:
            return f"VCY {rng.randrange(10**7, 10**8)}"
        return ""


_STATEMENT, _PAGOPA, _TRANSFER, _DIRECT_DEBIT, _POSTAL_SLIP, _CASH = (
    _Payer(PaymentMethod.STATEMENT),
    _Payer(PaymentMethod.PAGOPA),
    _Payer(PaymentMethod.BANK_TRANSFER),
    _Payer(PaymentMethod.DIRECT_DEBIT),
    _Payer(PaymentMethod.POSTAL_SLIP),
    _Payer(PaymentMethod.CASH, "Versato alla cassa dell'ente gestore, ricevuta mostrata allo sportello."),
)
_PAYERS = (_STATEMENT, _STATEMENT, _PAGOPA, _TRANSFER, _DIRECT_DEBIT, _POSTAL_SLIP, _CASH)
"""How the households of further plans pay: a third through the landlord's statement."""


def _months_text(first: date, last: date) -> str:
    """A period as the landlord's statements write it: "gen-giu 2026", "ott 2025-mar 2026", "mag 2026"."""
    if (first.year, first.month) == (last.year, last.month):
        return f"{_MONTHS[first.month - 1]} {first.year}"
    if first.year == last.year:
        return f"{_MONTHS[first.month - 1]}-{_MONTHS[last.month - 1]} {last.year}"
    return f"{_MONTHS[first.month - 1]} {first.year}-{_MONTHS[last.month - 1]} {last.year}"


def _debt_items(rng: random.Random, total_cents: int, created: date, items: int) -> tuple[DebtItemForm, ...]:
    """The rent of the months before the plan; then the service charges of those months, or last year's
    balance; and something else (legal costs, a repair charged to the tenant)."""
    last = add_months(created.replace(day=1), -1)
    first = add_months(last, -rng.randint(3, 11))
    months = _months_text(first, last)
    if items == 1:
        return (DebtItemForm(DebtKind.RENT, months, total_cents),)
    other = min(rng.randint(40, 180) * 100, total_cents // 10) if items == 3 else 0
    charges = total_cents * rng.randint(10, 30) // 100
    charges_period = months if rng.random() < 0.6 else f"conguaglio {created.year - 1}"
    found = [
        DebtItemForm(DebtKind.RENT, months, total_cents - charges - other),
        DebtItemForm(DebtKind.SERVICE_CHARGES, charges_period, charges),
    ]
    if other:
        found.append(DebtItemForm(DebtKind.OTHER, rng.choice(("spese legali", "riparazione a carico")) + f" {last.year}", other))
    return tuple(found)


def _plan_form(rng: random.Random, debtor: _Debtor, created: date, terms: PlanTerms, items: int, notes: str = "") -> PlanForm:
    return PlanForm(debtor.id, debtor.office_code, _debt_items(rng, debtor.debt_cents, created, items), terms, notes)


def _month_due(day: date, months: int, due_day: int) -> date:
    """The due date ``months`` after the month of ``day`` (before it when negative)."""
    shifted = add_months(day.replace(day=1), months)
    return due_date_in_month(shifted.year, shifted.month, due_day)


def _installment_payments(
    rng: random.Random,
    schedule: Sequence[Installment],
    last_number: int,
    earliest: date,
    latest: date,
    *,
    split: int | None = None,
    lump: int | None = None,
) -> list[tuple[date, int]]:
    """Payments settling installments 1 to ``last_number`` around their due dates, between ``earliest``
    and ``latest``: installment ``split`` in two parts, and at ``lump`` one payment for two installments
    and a half (an overpayment the next installments take), the rest of the third paid when it falls due."""

    def near(due: date, low: int, high: int) -> date:
        return max(earliest, min(due + timedelta(days=rng.randint(low, high)), latest))

    payments = []
    number = 1
    while number <= last_number:
        installment = schedule[number - 1]
        if number == split:
            part = installment.amount_cents * rng.randint(35, 65) // 100
            payments.append((near(installment.due_date, -4, 0), part))
            payments.append((near(installment.due_date, 5, 9), installment.amount_cents - part))
        elif number == lump and number + 2 <= last_number:
            second, third = schedule[number], schedule[number + 1]
            half = third.amount_cents // 2
            payments.append((near(installment.due_date, -5, 2), installment.amount_cents + second.amount_cents + half))
            payments.append((near(third.due_date, -4, 3), third.amount_cents - half))
            number += 3
            continue
        else:
            payments.append((near(installment.due_date, -6, 4), installment.amount_cents))
        number += 1
    return payments


def _due_by(schedule: Sequence[Installment], day: date) -> int:
    return sum(1 for installment in schedule if installment.due_date <= day)


def _story_draft(desk: _PlanDesk, rng: random.Random, debtor: _Debtor, items: int) -> None:
    """Agreed days ago, not signed yet; when the household has an income, the installment is above an
    eighth of it, which is why the tenant manager is still talking it over."""
    created = desk.last_day - timedelta(days=rng.randint(0, 9))
    start = desk.day + timedelta(days=rng.randint(5, 25))
    if debtor.income_cents is not None:
        terms = _Terms(installment_cents=(debtor.income_cents // 8 * 5 // 4 + 499) // 500 * 500)
        notes = "La rata supera 1/8 del reddito: il nucleo valuta con il CAF prima di firmare."
    else:
        terms = _spread(rng, debtor.debt_cents, rng.randint(12, 30))
        notes = "In attesa della firma dell'intestatario."
    desk.create(created, _plan_form(rng, debtor, created, terms.at(start, rng.choice(_DUE_DAYS)), items, notes))


def _story_withdrawn(desk: _PlanDesk, rng: random.Random, debtor: _Debtor, items: int) -> None:
    """A draft the household did not sign: withdrawn, kept, and its arrears left as the registry has them."""
    created = desk.last_day - timedelta(days=rng.randint(20, 90))
    start = created + timedelta(days=rng.randint(10, 25))
    terms = _spread(rng, debtor.debt_cents, rng.randint(10, 24)).at(start, rng.choice(_DUE_DAYS))
    plan_id = desk.create(created, _plan_form(rng, debtor, created, terms, items))
    withdrawn_on = min(created + timedelta(days=rng.randint(5, 15)), desk.last_day)
    desk.decide(withdrawn_on, plan_id, PlanState.WITHDRAWN, rng.choice(_WITHDRAWAL_REASONS))


def _story_current(desk: _PlanDesk, rng: random.Random, debtor: _Debtor, items: int, payer: _Payer) -> None:
    """Running for some months, every installment paid: one in two parts, or two and a half at once."""
    months = rng.randint(5, 10)
    due_day = rng.choice(_DUE_DAYS)
    first_due = _month_due(desk.last_day, -months, due_day)
    terms = _spread(rng, debtor.debt_cents, months + rng.randint(8, 24))
    plan_id, schedule, signed = desk.start(rng, debtor, first_due, due_day, terms, items)
    paid = _due_by(schedule, desk.last_day)
    quirk = rng.randint(1, max(1, paid - 2))
    split, lump = (quirk, None) if rng.random() < 0.5 else (None, quirk)
    desk.pay_all(rng, plan_id, payer, _installment_payments(rng, schedule, paid, signed, desk.last_day, split=split, lump=lump))


def _story_late(desk: _PlanDesk, rng: random.Random, debtor: _Debtor, items: int, payer: _Payer, bucket: AgingBucket) -> None:
    """Paid regularly, then one installment not (or only in part, or paid by a direct debit that the bank
    sent back), so that on today the plan is in ``bucket``: the days in arrears are chosen first."""
    days_in_arrears = rng.randint(*_BUCKET_DAYS[bucket])
    unpaid_due = desk.day - timedelta(days=desk.grace_days + days_in_arrears)
    unpaid = rng.randint(3, 8)
    first_due = _month_due(unpaid_due, 1 - unpaid, unpaid_due.day)
    terms = _spread(rng, debtor.debt_cents, unpaid + rng.randint(6, 24))
    plan_id, schedule, signed = desk.start(rng, debtor, first_due, unpaid_due.day, terms, items)
    desk.pay_all(rng, plan_id, payer, _installment_payments(rng, schedule, unpaid - 1, signed, unpaid_due))
    missed = schedule[unpaid - 1]
    if payer.method is PaymentMethod.DIRECT_DEBIT:
        bounced = desk.pay(rng, plan_id, payer, missed.due_date, missed.amount_cents)
        desk.reverse(min(missed.due_date + timedelta(days=rng.randint(3, 8)), desk.last_day), bounced, _REVERSAL_REASON)
    elif rng.random() < 0.5:
        part = missed.amount_cents * rng.randint(30, 70) // 100
        desk.pay(rng, plan_id, payer, missed.due_date + timedelta(days=rng.randint(0, 3)), part)


def _story_suspended(desk: _PlanDesk, rng: random.Random, debtor: _Debtor, items: int, payer: _Payer) -> None:
    """Paid until the household lost its income; suspended since then (the days do not count as arrears)."""
    months = rng.randint(6, 11)
    due_day = rng.choice(_DUE_DAYS)
    first_due = _month_due(desk.last_day, -months, due_day)
    terms = _spread(rng, debtor.debt_cents, months + rng.randint(12, 30))
    plan_id, schedule, signed = desk.start(rng, debtor, first_due, due_day, terms, items)
    suspended_on = desk.day - timedelta(days=rng.randint(20, 75))
    paid = _due_by(schedule, suspended_on - timedelta(days=1))
    desk.pay_all(rng, plan_id, payer, _installment_payments(rng, schedule, paid, signed, suspended_on - timedelta(days=1)))
    desk.decide(suspended_on, plan_id, PlanState.SUSPENDED, rng.choice(_SUSPENSION_REASONS))


def _story_resumed(desk: _PlanDesk, rng: random.Random, debtor: _Debtor, items: int, payer: _Payer) -> None:
    """Suspended for a couple of months and running again: on the day it resumed the household paid the
    installments that fell due meanwhile, and it is up to date."""
    months = rng.randint(9, 13)
    due_day = rng.choice(_DUE_DAYS)
    first_due = _month_due(desk.last_day, -months, due_day)
    terms = _spread(rng, debtor.debt_cents, months + rng.randint(10, 24))
    plan_id, schedule, signed = desk.start(rng, debtor, first_due, due_day, terms, items)
    before = rng.randint(3, 5)
    suspended_on = schedule[before].due_date - timedelta(days=rng.randint(2, 8))
    desk.pay_all(rng, plan_id, payer, _installment_payments(rng, schedule, before, signed, suspended_on - timedelta(days=1)))
    desk.decide(suspended_on, plan_id, PlanState.SUSPENDED, rng.choice(_SUSPENSION_REASONS))
    resumed_on = schedule[before + 2].due_date + timedelta(days=rng.randint(3, 9))
    desk.decide(resumed_on, plan_id, PlanState.ACTIVE, rng.choice(_RESUMPTION_REASONS))
    caught_up = _due_by(schedule, resumed_on)
    desk.pay(rng, plan_id, payer, resumed_on, sum(i.amount_cents for i in schedule[before:caught_up]))
    rest = _installment_payments(rng, schedule, _due_by(schedule, desk.last_day), resumed_on, desk.last_day)
    desk.pay_all(rng, plan_id, payer, rest[caught_up:])


def _story_completed(desk: _PlanDesk, rng: random.Random, debtor: _Debtor, items: int, payer: _Payer) -> None:
    """A short plan, all paid; the tenant manager closed it a few days after the last payment."""
    count = rng.randint(4, 10)
    due_day = rng.choice(_DUE_DAYS)
    last_due = _month_due(desk.last_day - timedelta(days=rng.randint(50, 150)), 0, due_day)
    first_due = _month_due(last_due, 1 - count, due_day)
    plan_id, schedule, signed = desk.start(rng, debtor, first_due, due_day, _Terms(count=count), items)
    latest = desk.last_day - timedelta(days=1)
    payments = _installment_payments(rng, schedule, len(schedule), signed, latest, lump=rng.choice((None, 1, 2)))
    desk.pay_all(rng, plan_id, payer, payments)
    closed_on = min(payments[-1][0] + timedelta(days=rng.randint(2, 20)), desk.last_day)
    desk.decide(closed_on, plan_id, PlanState.COMPLETED, "Piano saldato: tutte le rate pagate.")


def _story_lapsed(desk: _PlanDesk, rng: random.Random, debtor: _Debtor, items: int, payer: _Payer) -> None:
    """Two installments missed after a few paid: the tenant manager confirmed the proposed lapse."""
    months = rng.randint(8, 14)
    due_day = rng.choice(_DUE_DAYS)
    first_due = _month_due(desk.last_day, -months, due_day)
    terms = _spread(rng, debtor.debt_cents, months + rng.randint(6, 24))
    plan_id, schedule, signed = desk.start(rng, debtor, first_due, due_day, terms, items)
    paid = rng.randint(2, months - 4)
    desk.pay_all(rng, plan_id, payer, _installment_payments(rng, schedule, paid, signed, schedule[paid].due_date))
    lapsed_on = min(schedule[paid + 1].due_date + timedelta(days=desk.grace_days + rng.randint(5, 25)), desk.last_day)
    desk.decide(lapsed_on, plan_id, PlanState.LAPSED, rng.choice(_LAPSE_REASONS))


def _story_renegotiated(desk: _PlanDesk, rng: random.Random, debtor: _Debtor, items: int, payer: _Payer) -> None:
    """An installment too high for the household's income (above an eighth of it, when known) paid for a
    few months, then in part; the plan was renegotiated to a lower installment, signed and kept since."""
    months = rng.randint(12, 18)
    due_day = rng.choice(_DUE_DAYS)
    first_due = _month_due(desk.last_day, -months, due_day)
    income = debtor.income_cents
    high = (income // 8 * 3 // 2 + 499) // 500 * 500 if income is not None else 0
    old_terms = _Terms(installment_cents=high) if 0 < high * 10 <= debtor.debt_cents else _Terms(count=rng.randint(10, 14))
    old_id, old_schedule, signed = desk.start(rng, debtor, first_due, due_day, old_terms, items)
    paid = rng.randint(3, 6)
    desk.pay_all(rng, old_id, payer, _installment_payments(rng, old_schedule, paid, signed, old_schedule[paid].due_date))
    struggling = old_schedule[paid]
    desk.pay(rng, old_id, payer, struggling.due_date + timedelta(days=rng.randint(5, 12)), struggling.amount_cents // 2)
    renegotiated_on = struggling.due_date + timedelta(days=desk.grace_days + rng.randint(10, 25))
    owed = debtor.debt_cents - sum(i.amount_cents for i in old_schedule[:paid]) - struggling.amount_cents // 2
    months_since = (desk.day.year - renegotiated_on.year) * 12 + desk.day.month - renegotiated_on.month
    lower = min(old_schedule[0].amount_cents * rng.randint(50, 70) // 100, owed // (months_since + rng.randint(6, 18)))
    if income is not None:
        lower = min(lower, income // 8)
    lower = max(lower, owed // 60, 1_000) // 500 * 500
    new_due_day = rng.choice(_DUE_DAYS)
    terms = PlanTerms(renegotiated_on + timedelta(days=rng.randint(5, 20)), new_due_day, installment_cents=lower)
    new_id = desk.renegotiate(renegotiated_on, debtor, old_id, terms, rng.choice(_RENEGOTIATION_REASONS))
    signed_again = min(renegotiated_on + timedelta(days=rng.randint(1, 6)), terms.start_date)
    desk.sign(signed_again, new_id)
    schedule = desk.schedule(new_id)
    due = _due_by(schedule, desk.last_day)
    desk.pay_all(rng, new_id, payer, _installment_payments(rng, schedule, due, signed_again, desk.last_day))


_Story = Callable[[_PlanDesk, random.Random, _Debtor, int], None]


def _late(payer: _Payer, bucket: AgingBucket) -> _Story:
    return lambda desk, rng, debtor, items: _story_late(desk, rng, debtor, items, payer, bucket)


def _paying(story: Callable[[_PlanDesk, random.Random, _Debtor, int, _Payer], None], payer: _Payer) -> _Story:
    return lambda desk, rng, debtor, items: story(desk, rng, debtor, items, payer)


_SHOWCASE: tuple[tuple[_Story, bool], ...] = (
    (_paying(_story_current, _STATEMENT), False),
    (_late(_DIRECT_DEBIT, AgingBucket.DAYS_1_30), False),
    (_paying(_story_renegotiated, _PAGOPA), True),
    (_story_draft, True),
    (_late(_TRANSFER, AgingBucket.OVER_90), False),
    (_paying(_story_completed, _STATEMENT), False),
    (_paying(_story_suspended, _TRANSFER), False),
    (_paying(_story_lapsed, _POSTAL_SLIP), False),
    (_late(_STATEMENT, AgingBucket.DAYS_31_60), False),
    (_late(_PAGOPA, AgingBucket.DAYS_61_90), False),
    (_paying(_story_resumed, _DIRECT_DEBIT), False),
    (_paying(_story_current, _PAGOPA), False),
    (_story_withdrawn, False),
)
"""One plan of every kind the tenant manager meets, in the order a small demo gets them; whether the
story wants a household with a known income (for the 1/8 warning)."""


def _any_story(rng: random.Random) -> _Story:
    """A further plan: mostly running and paid, some late, a few closed, suspended or still drafts."""
    payer = rng.choice(_PAYERS)
    kind = rng.choices(
        ("current", "late", "completed", "lapsed", "suspended", "renegotiated", "draft", "withdrawn"), (40, 25, 12, 8, 5, 5, 4, 1)
    )[0]
    if kind == "late":
        return _late(payer, rng.choice(list(_BUCKET_DAYS)))
    if kind in ("draft", "withdrawn"):
        return _story_draft if kind == "draft" else _story_withdrawn
    stories = {
        "current": _story_current,
        "completed": _story_completed,
        "lapsed": _story_lapsed,
        "suspended": _story_suspended,
        "renegotiated": _story_renegotiated,
    }
    return _paying(stories[kind], payer)


@dataclass(frozen=True)
class _PlansMade:
    plans: int
    payments: int


def _read_debtors(store: Store) -> list[_Debtor]:
    with UnitOfWork(store, COMMAND_LINE, write=False) as uow:
        rows = uow.session.execute(
            select(Household.id, Household.code, Office.code, Household.arrears_cents, Household.monthly_income_cents)
            .join(Office, Household.office_id == Office.id)
            .where(Household.arrears_cents >= PLAN_MIN_DEBT_CENTS, Office.active.is_(True))
            .order_by(Household.code)
        ).all()
    return [_Debtor(*row) for row in rows]


def _fill_plans(store: Store, actor: Actor, rng: random.Random, day: date) -> _PlansMade:
    """Repayment plans of households in arrears, in every state, spread over the desks, with their payments
    and decisions; then each household's arrears as the landlord's last statement gives them.

    Through the use cases, so that every rule of the plans holds: each step is its own transaction, taken on
    its own day by the tenant manager (:func:`_on_day`). So unlike the sections above they are written
    after the demo's unit of work, not in it. What a step needs in the past the use cases accept; what
    would be in the future (a signature, a payment, a decision) is never asked of them."""
    debtors = _read_debtors(store)
    if not debtors:
        return _PlansMade(0, 0)
    with UnitOfWork(store, actor, write=False) as uow:
        grace_days = read_setting(uow.session, "plan_grace_days")
    desk = _PlanDesk(store, actor, day, grace_days, statement_line=rng.randint(100, 900))
    pools: dict[str, list[_Debtor]] = {}
    for debtor in debtors:
        pools.setdefault(debtor.office_code, []).append(debtor)
    for pool in pools.values():
        rng.shuffle(pool)
    codes = sorted(pools)
    wanted = min(len(debtors), MAX_PLANS, max(len(_SHOWCASE), round(PLAN_SHARE * len(debtors))))
    for number in range(wanted):
        story, wants_income = _SHOWCASE[number] if number < len(_SHOWCASE) else (_any_story(rng), False)
        pool = next(pools[code] for code in itertools.islice(itertools.cycle(codes), number, number + len(codes)) if pools[code])
        debtor = next((d for d in pool if d.income_cents is not None), pool[0]) if wants_income else pool[0]
        pool.remove(debtor)
        items = number % 3 + 1 if number < len(_SHOWCASE) else rng.choice((1, 2, 2, 3))
        story(desk, rng, debtor, items)
    _update_arrears(desk)
    return _PlansMade(desk.plans, desk.payments)


def _update_arrears(desk: _PlanDesk) -> None:
    """A completed or lapsed plan set its household's arrears when it was closed (see :func:`change_state`)
    and a withdrawn draft left them as they were; for a running plan or a draft they are what the plan still
    owes on the landlord's last statement, at the end of last month."""
    statement_day = min(desk.day.replace(day=1) - timedelta(days=1), desk.last_day)
    running = plan_list(
        UnitOfWork(desk.store, desk.actor, write=False),
        PlanFilter(states=frozenset((PlanState.DRAFT, *OPEN_STATES))),
        on=statement_day,
    )
    owed = {
        row.household_id: row.situation.outstanding_cents
        for row in running.rows
        if desk.latest_plan.get(row.household_id) == row.plan_id
    }
    with _on_day(desk.last_day), desk.uow() as uow:
        for household in uow.session.scalars(select(Household).where(Household.id.in_(list(owed)))):
            household.arrears_cents = owed[household.id]
            household.arrears_as_of = statement_day
        uow.commit()


# --- contributions: the heating contribution of action L.1 and the outreach ------------------------------

HEATING_SHARE = 0.5
"""Of the households the L.1 rules could admit (centralised heating, an admitted area, assigned long
enough), the share whose ISEE of each programme year is in the range: the applicants and the households
the outreach list shows come from them."""
APPLICATION_SEASON = (10, 1)
"""Applications for a programme year open on 1 October, when the heating season starts."""
APPLICATION_SEASON_END = (12, 15)
MAX_HEATING_STORIES_PER_DESK = 12
"""Per programme year and desk: enough to show every state, few enough to leave most of the budget."""
_HEATING_COSTS = (38_000, 98_000)
"""The season's documented heating charges on the SAP bill, in cents."""
_BILL_MONTHS = ("ottobre-dicembre", "gennaio-marzo", "novembre-febbraio")
_UNDECIDED_NOTES = {
    True: (
        "Morosità non comunicata dall'ente gestore: l'inquilino presenta le ricevute dell'affitto pagato, ammessa.",
        "L'ente gestore conferma per telefono che il nucleo è in regola con l'affitto: ammessa.",
        "ISEE presentato allo sportello dopo la domanda, nel range: ammessa.",
    ),
    False: (
        "L'ente gestore segnala una morosità non coperta da un piano di rientro: respinta.",
        "L'inquilino non ha presentato l'ISEE entro il termine richiesto: respinta.",
    ),
}
_DRAFT_CANCEL_REASONS = (
    "L'inquilino ritira la domanda: ha già ricevuto un aiuto per le bollette dai servizi sociali.",
    "Domanda presentata due volte per errore: si tiene l'altra.",
)
_GRANT_CANCEL_REASONS = (
    "Il nucleo ha lasciato l'alloggio prima del pagamento.",
    "Bolletta presentata di un'altra stagione: la concessione è annullata.",
)
_RECEIPT_CANCEL_REASONS = ("Pagamento registrato per errore: l'inquilino aveva già ricevuto il contributo dai servizi sociali.",)
_PAYMENT_METHODS = (
    ReceiptMethod.SAP_ACCOUNT,
    ReceiptMethod.SAP_ACCOUNT,
    ReceiptMethod.CASH,
    ReceiptMethod.BANK_TRANSFER,
    ReceiptMethod.CHEQUE,
)
_PAYING_OPERATORS = {"CEL": "demo.educatrice", "COL": "demo.mediatore"}
"""Who pays at each desk; elsewhere the tenant manager."""
_OUTREACH_NOTES = (
    "Consegnato il volantino con i requisiti e i documenti da portare.",
    "Spiegato il contributo; l'inquilino porterà l'ISEE aggiornato.",
    "",
    "Lasciato un avviso nella cassetta della posta.",
)
_TERMS_ACT = "Determinazione dirigenziale n. 2187 del 24/09/2025 (esempio)"
_TERMS_CUP = "H14E25000000000"


def _heating_terms(session: Session, day: date) -> TermsView | None:
    """The L.1 terms in force on ``day``, or ``None`` when the programme has none yet."""
    try:
        programme = programme_row(session, HEATING)
        return terms_view(terms_row_on(session, programme, day))
    except ServiceError:
        return None


def _season(year: int) -> tuple[date, date]:
    return date(year, *APPLICATION_SEASON), date(year, *APPLICATION_SEASON_END)


def _shape_for_heating(rng: random.Random, households: Sequence[Household], day: date, terms: TermsView | None) -> int:
    """A share of the households the L.1 rules could admit get an ISEE in the range for every programme
    year whose applications opened before ``day``; returns the attestations added."""
    if terms is None:
        return 0
    years = [year for year in terms.years if _season(year)[0] < day]
    if not years:
        return 0
    low = terms.isee_min_cents + 20_000
    high = max(low, terms.isee_max_cents - 20_000)
    added = 0
    for household in households:
        assigned = household.assignment_date
        if not household.dwelling.centralised_heating or household.sap_area not in terms.areas or assigned is None:
            continue
        admitted = [y for y in years if assigned <= add_months(_season(y)[0], -terms.months_since_assignment)]
        if not admitted or rng.random() >= HEATING_SHARE:
            continue
        value = rng.randint(low, high)
        for attestation in household.attestations:
            if attestation.filing_date.year in admitted:
                attestation.value_cents = value if attestation.kind is IseeKind.ORDINARIO else max(low, value * rng.randint(85, 98) // 100)
        for year in admitted:
            if not any(a.kind is IseeKind.ORDINARIO and a.filing_date.year == year for a in household.attestations):
                filing = _day_between(rng, date(year, 1, 10), min(date(year, 6, 30), day))
                household.attestations.append(_attestation(rng, IseeKind.ORDINARIO, filing, value))
                added += 1
    return added


@dataclass(frozen=True)
class _Applicant:
    id: uuid.UUID
    code: str
    office_code: str
    outcome: Outcome
    """Of the checks on the first day of the season, before applying."""


@dataclass
class _ContributionsMade:
    applications: int = 0
    grants: int = 0
    receipts: int = 0
    contacts: int = 0


@dataclass
class _HeatingDesk:
    """The desks at work on L.1: each step through the contribution services, on its own day, by whom the
    rules want (the tenant manager; the coordinator for what only a coordinator decides; the desk's
    operator for a payment)."""

    store: Store
    manager: Actor
    coordinator: Actor
    payers: dict[str, Actor]
    day: date
    made: _ContributionsMade = field(default_factory=_ContributionsMade)
    receipt_cancelled: bool = False
    grant_cancelled: set[int] = field(default_factory=set)
    draft_cancelled: set[int] = field(default_factory=set)

    @property
    def last_day(self) -> date:
        return self.day - timedelta(days=1)

    def uow(self, actor: Actor | None = None) -> UnitOfWork:
        return UnitOfWork(self.store, actor or self.manager)


_Step = tuple[date, Callable[[], bool]]
"""A step of an application's story on its day; it returns whether the story goes on."""


def _weekday(day: date) -> date:
    """The desks take applications on working days: a Saturday or Sunday moves to the Monday."""
    return day + timedelta(days=(7 - day.weekday()) % 7 if day.weekday() >= 5 else 0)


def _heating_story(
    desk: _HeatingDesk, rng: random.Random, applicant: _Applicant, year: int, kind: str, number: int
) -> list[_Step]:
    """The steps of one application; ``kind`` is how far it goes: draft, withdrawn, assessed (eligible,
    rejected or decided by the coordinator), granted, granted then cancelled, paid, paid then its
    receipt cancelled."""
    first, last = _season(year)
    last = min(last, desk.last_day)
    span = (last - first).days
    early = kind in ("paid", "receipt_cancelled", "grant_cancelled", "granted")
    applied = _weekday(first + timedelta(days=rng.randint(0, max(0, span // 2 if early else span))))
    state: dict[str, Any] = {}
    steps: list[_Step] = []

    def create() -> bool:
        with_protocol = kind != "draft" and rng.random() < 0.7
        form = ApplicationForm(
            household_id=applicant.id,
            programme_code=HEATING,
            applied_on=applied.isoformat(),
            programme_year=str(year),
            protocol_number=_protocol_number(rng, year) if with_protocol else "",
            protocol_date=applied.isoformat() if with_protocol else "",
        )
        try:
            state["id"] = create_application(desk.uow(), form)
        except ServiceError:
            return False
        state["protocol"] = with_protocol
        desk.made.applications += 1
        return True

    steps.append((applied, create))
    if kind == "draft":
        return steps
    if kind == "withdrawn":
        steps.append((applied + timedelta(days=rng.randint(1, 12)), lambda: _cancel(desk, state, rng.choice(_DRAFT_CANCEL_REASONS), desk.manager)))
        return steps
    protocol_day = applied + timedelta(days=rng.randint(1, 6))

    def protocol() -> bool:
        if not state.get("protocol") and rng.random() < 0.75:
            record_protocol(desk.uow(), state["id"], _protocol_number(rng, year), protocol_day.isoformat())
        return True

    steps.append((protocol_day, protocol))
    assessed = protocol_day + timedelta(days=rng.randint(1, 6))

    def assess() -> bool:
        with desk.uow() as uow:
            contribution = uow.session.get(Contribution, state["id"])
            assert contribution is not None
            outcome = overall_outcome(stored_checks(contribution))
        if outcome is Outcome.UNDECIDED:
            admit = number % 2 == 0
            result = assess_application(desk.uow(desk.coordinator), state["id"], admit=admit, note=rng.choice(_UNDECIDED_NOTES[admit]))
        else:
            result = assess_application(desk.uow(), state["id"])
        return result is ContributionState.ELIGIBLE

    steps.append((assessed, assess))
    if kind == "assessed":
        return steps
    granted = assessed + timedelta(days=rng.randint(2, 10))

    def grant() -> bool:
        cost = rng.randint(*_HEATING_COSTS)
        if rng.random() < 0.15:
            cost = 52_465  # the average of 2025's grants, below the cap
        bill = f"bolletta SAP n. {rng.randint(100, 999)}/{year}, quota riscaldamento {rng.choice(_BILL_MONTHS)}"
        try:
            grant_contribution(desk.uow(), state["id"], f"{cost / 100:.2f}".replace(".", ","), bill, granted_on=granted.isoformat())
        except ValidationFailed:
            return False  # the budget or the household's cap is used up: the application stays eligible
        desk.made.grants += 1
        return True

    steps.append((granted, grant))
    if kind == "granted":
        return steps
    if kind == "grant_cancelled":
        steps.append((granted + timedelta(days=rng.randint(3, 15)), lambda: _cancel(desk, state, rng.choice(_GRANT_CANCEL_REASONS), desk.coordinator)))
        return steps
    paid = _weekday(granted + timedelta(days=rng.randint(2, 10)))
    method = _PAYMENT_METHODS[number % len(_PAYMENT_METHODS)]
    payer = desk.payers.get(applicant.office_code, desk.manager)

    def pay() -> bool:
        iban = _demo_iban(rng) if method is ReceiptMethod.BANK_TRANSFER else ""
        state["receipt"] = pay_contribution(desk.uow(payer), state["id"], paid.isoformat(), method, iban)
        desk.made.receipts += 1
        record_receipt_printed(desk.uow(payer), state["receipt"])
        return True

    steps.append((paid, pay))
    if number % 4 == 1:  # the tenant lost the receipt, or the landlord asked for a copy: a DUPLICATO

        def reprint() -> bool:
            record_receipt_printed(desk.uow(payer), state["receipt"])
            return True

        steps.append((paid + timedelta(days=rng.randint(5, 30)), reprint))
    if kind == "receipt_cancelled":

        def cancel() -> bool:
            with_reason = rng.choice(_RECEIPT_CANCEL_REASONS)
            cancel_receipt(desk.uow(desk.coordinator), state["receipt"], with_reason)
            return True

        steps.append((paid + timedelta(days=rng.randint(3, 12)), cancel))
    return steps


def _cancel(desk: _HeatingDesk, state: dict[str, Any], reason: str, actor: Actor) -> bool:
    cancel_application(desk.uow(actor), state["id"], reason)
    return True


def _protocol_number(rng: random.Random, year: int) -> str:
    """The Comune's general register: ``P.G. U0123456/2026``."""
    return f"P.G. E{rng.randint(100_000, 999_999):07d}/{year}"


def _demo_iban(rng: random.Random) -> str:
    """An Italian IBAN with correct check digits on a bank code reserved for examples (no real account)."""
    from stdnum import iban as stdnum_iban

    bban = f"{rng.choice('ABCDEFGHIJKLMNOPRSTUVWXYZ')}0000011111{rng.randint(0, 10**12 - 1):012d}"
    return f"IT{stdnum_iban.calc_check_digits(f'IT00{bban}')}{bban}"


def _read_applicants(store: Store, terms: TermsView, year: int, on: date, rng: random.Random) -> list[_Applicant]:
    """The households of the active desks with their outcome on ``on``, in random order."""
    with UnitOfWork(store, COMMAND_LINE, write=False) as uow:
        session = uow.session
        programme = programme_row(session, HEATING)
        terms_row = terms_row_on(session, programme, on)
        rows = session.execute(
            select(Household, Office.code)
            .join(Office, Household.office_id == Office.id)
            .where(Office.active.is_(True))
            .order_by(Household.code)
        ).all()
        rng.shuffle(rows)
        applicants = []
        for household, office_code in rows[:MAX_SCREENED]:
            facts = household_facts(session, programme, terms_row, household, on, year, excluding=None)
            outcome = overall_outcome(eligibility_checks(facts, terms.rules, on, year))
            applicants.append(_Applicant(household.id, household.code, office_code, outcome))
    return applicants


MAX_SCREENED = 1_500
"""Households screened for the applicants of a year: with a large demo the stories need no more."""

_KINDS_BY_OUTCOME = {
    Outcome.PASSED: ("paid", "paid", "paid", "granted", "assessed", "paid", "granted"),
    Outcome.FAILED: ("assessed",),
    Outcome.UNDECIDED: ("paid", "assessed"),
}
"""What becomes of the applications of each desk in a programme year, by what the checks say."""
_CANCELLED_STORIES = {"CEL": ("withdrawn", "receipt_cancelled"), "COL": ("grant_cancelled",), "LAZ": ("withdrawn",)}
"""Cancelled applications, by desk (the cancelled receipt only in the first programme year)."""


def _fill_contributions(store: Store, manager: Actor, rng: random.Random, day: date) -> _ContributionsMade:
    """L.1 applications in every state over the three desks and the programme years whose applications
    opened before today, with grants, payments and their receipts (some reprinted as DUPLICATO, one
    cancelled), then a few tenants informed from the outreach lists of both programmes.

    Through the services, like the plans (:func:`_fill_plans`): every step its own transaction on its own
    day. The steps of a year run in date order, so the receipts are numbered in the order they were paid;
    a step the rules refuse (the budget or a household's cap used up) ends that application's story."""
    with UnitOfWork(store, COMMAND_LINE, write=False) as uow:
        terms = _heating_terms(uow.session, day)
    coordinator = _actor(store, DEMO_ACCOUNTS[0].username)
    payers = {office_code: _actor(store, username) for office_code, username in _PAYING_OPERATORS.items()}
    desk = _HeatingDesk(store, manager, coordinator, payers, day)
    if terms is None:
        return desk.made
    years = [year for year in terms.years if _season(year)[0] < desk.last_day]
    if years:
        _fill_terms(store, coordinator, terms, min(_season(years[0])[0] - timedelta(days=7), desk.last_day))
    latest = max(years, default=None)
    for year in years:
        applicants = _read_applicants(store, terms, year, _season(year)[0], rng)
        stories: list[list[_Step]] = []
        by_desk: dict[str, dict[Outcome, list[_Applicant]]] = {}
        for applicant in applicants:
            by_desk.setdefault(applicant.office_code, {}).setdefault(applicant.outcome, []).append(applicant)
        number = 0
        for office_code in sorted(by_desk):
            pools = by_desk[office_code]
            passed = pools.get(Outcome.PASSED, [])
            kinds = list(_KINDS_BY_OUTCOME[Outcome.PASSED])
            specials = [*_CANCELLED_STORIES.get(office_code, ()), *(("draft",) if year == latest else ())]
            if year != years[0]:
                specials = [kind for kind in specials if kind != "receipt_cancelled"]
            kinds[1:1] = specials  # early, so a desk with few applicants still shows them
            kinds = kinds[:MAX_HEATING_STORIES_PER_DESK]
            keep = max(2, len(passed) // 3)  # some who look eligible do not apply: the outreach list shows them
            for kind, applicant in zip(kinds, passed[: max(0, len(passed) - keep)]):
                stories.append(_heating_story(desk, rng, applicant, year, kind, number))
                number += 1
            for outcome in (Outcome.FAILED, Outcome.UNDECIDED):
                for kind, applicant in zip(_KINDS_BY_OUTCOME[outcome], pools.get(outcome, [])):
                    stories.append(_heating_story(desk, rng, applicant, year, kind, number))
                    number += 1
        _run_stories(desk, stories)
    _fill_outreach(desk, rng)
    return desk.made


def _run_stories(desk: _HeatingDesk, stories: list[list[_Step]]) -> None:
    """Every story's steps in date order, each with the clock pinned to its day; a story whose step says
    stop (or falls after yesterday) goes no further."""
    order = itertools.count()
    queue = sorted(
        ((on, next(order), index, step) for index, steps in enumerate(stories) for on, step in steps),
        key=lambda item: (item[0], item[1]),
    )
    stopped: set[int] = set()
    for on, _, index, step in queue:
        if index in stopped:
            continue
        if on > desk.last_day:
            stopped.add(index)
            continue
        with _on_day(on):
            if not step():
                stopped.add(index)


def _fill_terms(store: Store, coordinator: Actor, terms: TermsView, on: date) -> None:
    """The coordinator completes the programme's terms with the act and the CUP the receipts print, on the
    same date they were in force from (no application used them yet)."""
    if terms.used or terms.act_reference:
        return
    form = dataclasses.replace(terms.form(), act_reference=_TERMS_ACT, cup=_TERMS_CUP)
    with _on_day(max(on, terms.effective_from)):
        save_terms(UnitOfWork(store, coordinator), HEATING, form)


def _fill_outreach(desk: _HeatingDesk, rng: random.Random) -> None:
    """For each programme, a few of the households its outreach list shows were informed in the last
    weeks; the others are left for the desk to inform."""
    for code in (HEATING, SOLIDARITY):
        with _on_day(desk.last_day):
            try:
                rows = outreach_list(UnitOfWork(desk.store, desk.manager, write=False), code, desk.last_day)
            except ServiceError:
                continue
        chosen = rng.sample(rows, min(len(rows) // 3, 5))
        for row in chosen:
            informed_on = _weekday(desk.last_day - timedelta(days=rng.randint(3, 40)))
            if informed_on > desk.last_day:
                informed_on -= timedelta(days=3)
            with _on_day(informed_on):
                record_informed(
                    desk.uow(),
                    code,
                    row.household_id,
                    informed_on.isoformat(),
                    rng.choice(list(InformedWay)),
                    rng.choice(_OUTREACH_NOTES),
                )
            desk.made.contacts += 1
