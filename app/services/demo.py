"""Demo data: a fresh home filled with realistic fictional tenants, so anyone can try the program at once.

``portierato demo`` calls :func:`fill_demo`. It configures the laptop when it is new (desk CEL), adds the
demo operators of every role (:data:`DEMO_ACCOUNTS`, printed by the command and shown in the README) and
fills the registry: SAP households in the streets of the three desks' neighbourhoods and a few others,
their members with Italian and foreign names, ISEE attestations, arrears and incomes spread so that every
screen and every rule (for example the L.1 heating contribution range) has cases to show.

Everything is fictional by construction: names are drawn at random from common first names and surnames,
birth dates are random, so the codici fiscali computed from them (valid in form and check letter, built
with the official rules) belong to nobody in particular; e-mail addresses use the reserved
``example.*`` domains so that no message can ever reach a real mailbox.

The demo is repeatable: the same seed on the same day gives the same data. Each section (today the
registry; later visits, plans, contributions) is one function with its own random generator derived from
the seed, so adding a section never changes what the others produce. All the data of a run is written in
one unit of work acting as the demo coordinator, so the audit trail and the site stamps are those of any
other change, and a failure leaves nothing half written.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, select
from stdnum.it import codicefiscale as stdnum_cf

from app.clock import today
from app.config import Paths, read_laptop_identity
from app.models.dwelling import Dwelling
from app.models.household import HolderChange, Household, IseeAttestation, IseeKind, SapArea
from app.models.office import Office
from app.models.operator import Operator, Role
from app.models.person import HouseholdRole, Person, Sex
from app.services.codice_fiscale import MONTH_LETTERS, codice_fiscale_key
from app.services.dates import add_months
from app.services.errors import ServiceError
from app.services.first_run import (
    FirstRunForm,
    add_missing_seeds,
    complete_first_run,
    prepare_new_database,
    propose_site_code,
)
from app.services.households import set_derived_columns
from app.services.isee import isee_valid_until
from app.services.operators import OperatorForm, create_operator
from app.services.passwords import verify_password
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
    with UnitOfWork(store, _actor(store, DEMO_ACCOUNTS[0].username)) as uow:
        registry = _fill_registry(uow, random.Random(f"{seed}:registry"), households, today())
        uow.commit()
    return DemoReport(
        accounts=accounts,
        households=registry.households,
        persons=registry.persons,
        attestations=registry.attestations,
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


def _fill_registry(uow: UnitOfWork, rng: random.Random, count: int, day: date) -> _Registry:
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
