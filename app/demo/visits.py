"""Visits and follow-ups (:func:`fill_visits`): six months of contacts at the desks, on the phone, at home and in
the courtyards, with their topics, referrals and follow-ups.

The later sections read the visits made (:class:`VisitMade`); the appointments weigh and pick topics as the
visits do (:func:`topic_weights`, :func:`pick_topics`).
"""

from __future__ import annotations

import itertools
import random
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from app.demo.accounts import EDUCATOR, MEDIATOR, TENANT_MANAGER
from app.demo.desk_context import (
    DemoContext,
    DeskPlace,
    Family,
    Member,
    moment_at,
    poisson,
    some_time,
)
from app.demo.people import day_between
from app.models.catalogue import Topic
from app.models.visit import FollowUp, Visit
from app.services.catalogues import SEEDS
from app.services.desk.appointments import openings_on_day
from app.services.local_time import local_day
from app.services.unit_of_work import UnitOfWork
from app.vocabulary import AgeBracket, CatalogueKind, Channel, Sex

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
class VisitMade:
    """A visit as the sections after it need it."""

    id: uuid.UUID
    office_id: uuid.UUID
    operator_id: uuid.UUID
    started_at: datetime
    channel: Channel
    person: Member | None
    topic_id: uuid.UUID
    """The first topic: what the appointment that led to the visit was booked for."""
    cancelled: bool


def topic_weights(family: Family | None, member: Member | None, interpreter: bool, day: date) -> dict[str, float]:
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


def pick_topics(rng: random.Random, weights: dict[str, float], available: dict[str, Topic], count: int) -> list[Topic]:
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
    context: DemoContext
    made: list[VisitMade] = field(default_factory=list)
    visits: list[Visit] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)
    seen: set[tuple[uuid.UUID, date]] = field(default_factory=set)

    def add(
        self, desk: DeskPlace, cumulative: list[float], channel: Channel, started_at: datetime, minutes: int
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
        topics = pick_topics(rng, topic_weights(family, member, interpreter, day), context.topics, count)
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
            visit.cancelled_at = min(recorded_at + timedelta(hours=rng.randint(2, 72)), moment_at(context.day, 0))
            visit.cancelled_by_id = operator_id
            visit.cancel_reason = rng.choice(_CANCEL_REASONS)
        elif member is not None and rng.random() < FOLLOW_UP_SHARE:
            self.follow_ups.append(self._follow_up(visit, texts, day, recorded_at))
        self.visits.append(visit)
        self.made.append(
            VisitMade(visit.id, desk.id, operator_id, started_at, channel, member, topics[0].id, cancelled)
        )

    def _operator(self, desk: DeskPlace, channel: Channel, interpreter: bool, topics: list[Topic]) -> uuid.UUID:
        """The desk's roster; the mediator for interpreting, the educator at home, the tenant manager
        joining for repayment plans."""
        rng, operators = self.rng, self.context.operators
        if channel is Channel.HOME_VISIT:
            wanted = EDUCATOR if rng.random() < 0.75 else MEDIATOR
        elif interpreter and rng.random() < 0.6:
            wanted = MEDIATOR
        elif any(t.name == _ARREARS for t in topics) and rng.random() < 0.4:
            wanted = TENANT_MANAGER
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
            closing_day = day_between(rng, day + timedelta(days=1), last_closing_day)
            follow_up.closed_at = some_time(rng, closing_day, 9, 17)
            follow_up.closed_by_id = owner_id
            follow_up.closing_note = rng.choice(_CLOSING_NOTES)
        return follow_up


def fill_visits(uow: UnitOfWork, rng: random.Random, context: DemoContext) -> list[VisitMade]:
    """Six months of contacts up to yesterday: the desks' visits in their opening hours, phone calls on
    working days, the educator's home visits and a few contacts in the courtyards, with their topics,
    referrals and follow-ups. Today is left to the operator (and its appointments are still booked), so
    the demo does not depend on the hour it is made at.

    Not through ``record_visit`` (see :mod:`app.demo`): follow-ups are closed and visits cancelled
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
                count = min(len(marks), poisson(rng, expected))
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
                for _ in range(poisson(rng, min(cap, per_household * followed))):
                    work.add(desk, weights, channel, some_time(rng, day, *hours), rng.choice(durations))
    session = uow.session
    session.add_all(work.visits)
    session.flush()  # follow-ups refer to their visit by key only: the visits go in first
    session.add_all(work.follow_ups)
    session.flush()
    return work.made
