"""Group activities (:func:`fill_activities`): network meetings, condominium assemblies, courses and events with
their sessions and attendance, and the partner organisations of the neighbourhood networks that organise
them with the desks (:data:`DEMO_PARTNERS`, added by :func:`ensure_partners`).
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from app.demo.desk_context import DemoContext, DeskPlace, Family, Member
from app.demo.people import day_between
from app.models.activity import Activity, ActivitySession, Attendance
from app.models.catalogue import ActivityType, PartnerOrganisation
from app.services.catalogues import SEEDS, add_item, list_items
from app.services.dates import add_months
from app.services.local_time import local_day, local_moment
from app.services.registry.text_search import fold
from app.services.unit_of_work import Actor, Store, UnitOfWork
from app.vocabulary import CatalogueKind

_ASSEMBLY, _WORKSHOP, _COURSE, _CLEAN_UP, _CULTURAL_EVENT, _NETWORK_MEETING = SEEDS[CatalogueKind.ACTIVITY_TYPES]

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


def ensure_partners(store: Store, coordinator: Actor) -> None:
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
    desk: DeskPlace
    organisers: str
    partners: tuple[str, ...]
    notes: str
    sessions: tuple[tuple[datetime, datetime], ...]
    audience: tuple[Member, ...]
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


def _buildings(families: Iterable[Family]) -> list[tuple[str, list[Family]]]:
    """The buildings of these households with the households living there, the most populated first (in
    address order on a tie)."""
    buildings: dict[str, list[Family]] = {}
    for family in families:
        buildings.setdefault(family.building, []).append(family)
    return sorted(buildings.items(), key=lambda item: (-len(item[1]), item[0]))


def _everyone(families: Iterable[Family]) -> tuple[Member, ...]:
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


def _activity_plans(rng: random.Random, context: DemoContext) -> list[_ActivityPlan]:
    """The K.1 activities of source 001 and the networks of source 004, placed around today."""
    return [
        *_network_meetings(context),
        *_assemblies(rng, context),
        *_courses(context),
        *_events(context),
    ]


def _network_meetings(context: DemoContext) -> list[_ActivityPlan]:
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


def _assemblies(rng: random.Random, context: DemoContext) -> list[_ActivityPlan]:
    """Two condominium assemblies per desk, in two of its three most populated buildings, on a weekday
    evening in the past months or the coming two weeks; the building's adults are invited."""
    plans = []
    for desk in context.desks:
        largest = _buildings(desk.families)[:3]
        for building, families in rng.sample(largest, min(2, len(largest))):
            meeting = day_between(rng, context.first_day + timedelta(days=7), context.day + timedelta(days=14))
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


def _courses(context: DemoContext) -> list[_ActivityPlan]:
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


def _events(context: DemoContext) -> list[_ActivityPlan]:
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


def fill_activities(uow: UnitOfWork, rng: random.Random, context: DemoContext) -> int:
    """Writes the planned activities with their partners and, for the sessions before today, the
    attendance: a group of regulars, each present at a session or not, plus a head count of others.

    Not through ``create_activity`` and ``set_attendance``, although they would accept this history:
    their own transactions would break the demo's one unit of work (see :mod:`app.demo`)."""
    session = uow.session
    types = dict(session.execute(select(ActivityType.name, ActivityType.id).where(ActivityType.retired.is_(False))).all())
    active_partners = session.scalars(select(PartnerOrganisation).where(PartnerOrganisation.retired.is_(False)))
    partners = {p.name: p for p in active_partners}
    written: list[tuple[_ActivityPlan, Activity, list[Member]]] = []
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
