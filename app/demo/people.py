"""Who the tenants are: where a family comes from (:class:`Origin`: names, birthplaces, language), how a
household is composed (:func:`draw_composition`) and the persons made from that, named as an Italian
registry has them and with unique codici fiscali (:class:`People`, :func:`make_members`).

The appointments section draws people from here too, for the contacts not in the registry
(:func:`draw_origin`, :data:`MOBILE_PREFIXES`), and the other sections draw their random days with
:func:`day_between`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from app.demo.codice_fiscale import compose_codice_fiscale, plain_letters
from app.models.person import Person
from app.services.registry.codice_fiscale import codice_fiscale_key
from app.vocabulary import HouseholdRole, Sex


@dataclass(frozen=True)
class Origin:
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
ITALIAN_NORTH = Origin(
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
ITALIAN_SOUTH = Origin(
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


def _foreign(z_code: str, language: str, surnames: str, men: str, women: str) -> Origin:
    return Origin(tuple(surnames.split(", ")), tuple(men.split(", ")), tuple(women.split(", ")), (z_code,), language)


FOREIGN_ORIGINS: tuple[tuple[Origin, int], ...] = (
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


def other_sex(sex: Sex) -> Sex:
    return Sex.MALE if sex is Sex.FEMALE else Sex.FEMALE


def draw_composition(rng: random.Random) -> list[_MemberPlan]:
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
        return [holder, _MemberPlan("spouse", other_sex(holder.sex), max(60, holder.age + rng.randint(-6, 4)))]
    if kind == "parent":
        holder = _MemberPlan("holder", rng.choice((Sex.FEMALE, Sex.MALE)), rng.randint(40, 62))
        parent_sex = Sex.FEMALE if rng.random() < 0.75 else Sex.MALE
        return [holder, _MemberPlan("parent", parent_sex, min(97, holder.age + rng.randint(22, 38)))]
    if kind == "single_parent":
        holder = _MemberPlan("holder", Sex.FEMALE if rng.random() < 0.85 else Sex.MALE, rng.randint(25, 55))
        return [holder, *_children(rng, holder.age, rng.choices((1, 2, 3), weights=(45, 40, 15))[0])]
    holder = _MemberPlan("holder", Sex.MALE if rng.random() < 0.6 else Sex.FEMALE, rng.randint(28, 58))
    spouse = _MemberPlan("spouse", other_sex(holder.sex), max(20, holder.age + rng.randint(-8, 5)))
    if kind == "family":
        count = rng.choices((1, 2, 3, 4), weights=(35, 35, 20, 10))[0]
        return [holder, spouse, *_children(rng, min(holder.age, spouse.age), count)]
    parent_sex = Sex.FEMALE if rng.random() < 0.75 else Sex.MALE
    parent = _MemberPlan("parent", parent_sex, min(95, holder.age + rng.randint(22, 34)))
    return [holder, spouse, *_children(rng, min(holder.age, spouse.age), rng.randint(1, 3)), parent]


def _children(rng: random.Random, youngest_parent_age: int, count: int) -> list[_MemberPlan]:
    oldest = max(0, min(28, youngest_parent_age - 19))
    return [_MemberPlan("child", rng.choice((Sex.FEMALE, Sex.MALE)), rng.randint(0, oldest)) for _ in range(count)]


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year that is not leap
        return day.replace(year=day.year + years, day=28)


def day_between(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randint(0, max(0, (last - first).days)))


def _birth_date(rng: random.Random, day: date, age: int) -> date:
    """A birth date that makes the person exactly ``age`` years old on ``day``."""
    return day_between(rng, add_years(day, -age - 1) + timedelta(days=1), add_years(day, -age))


MOBILE_PREFIXES = ("320", "328", "333", "335", "338", "340", "347", "348", "349", "366", "388", "392")


class People:
    """Builds persons with unique codici fiscali: a code already taken moves the birth date back one day.

    Omocode variants (a digit replaced by a letter) cannot tell two demo persons apart here, because the
    registry rightly treats every spelling of a code as the same person (``Person.codice_fiscale_key``).
    """

    def __init__(self, rng: random.Random, day: date, taken: set[str]) -> None:
        self.rng = rng
        self.day = day
        self.taken = taken

    def person(self, origin: Origin, surname: str, plan: _MemberPlan, first_names: set[str]) -> Person:
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
        local = f"{plain_letters(name)}.{plain_letters(surname)}".lower()
        return f"{local}{self.rng.randint(1, 99)}@{self.rng.choice(('example.com', 'example.org', 'example.net'))}"


def draw_origin(rng: random.Random) -> Origin:
    """About six households in ten are Italian (a third of them from the South), four foreign."""
    roll = rng.random()
    if roll < 0.36:
        return ITALIAN_NORTH
    if roll < 0.6:
        return ITALIAN_SOUTH
    return rng.choices([origin for origin, _ in FOREIGN_ORIGINS], weights=[weight for _, weight in FOREIGN_ORIGINS])[0]


def make_members(rng: random.Random, people: People, origin: Origin, plans: list[_MemberPlan]) -> list[Person]:
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
