"""Contribution programmes and their terms with the date each takes effect (DESIGN 2.3), and the budget
counter of a programme.

Terms are a coordinator's business (refused in the service for other roles). A change of terms is a new
row from a date on; a row already used by an application is never modified, so a decision keeps the
terms it was taken under. Two programmes come with every database: the heating contribution of action L.1
(which the desk grants and pays, with receipts) and the regional solidarity contribution (which the desk
only screens for, to inform tenants who look eligible).

The opening amount (what was spent before the program was used: 7,869.78 EUR to 15 households in 2025)
counts against the budget only: which households received it is not known to the program, so their cap
is counted from the applications entered here.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.clock import today
from app.messages import Message, counted, msg
from app.models.contribution import Contribution, ContributionProgramme, ProgrammeTerms
from app.services.contributions.eligibility import ProgrammeRules
from app.services.dates import DateError, format_date, parse_date
from app.services.errors import NotFound, ValidationFailed
from app.services.money import AmountError, format_amount, parse_amount
from app.services.permissions import require_coordinator
from app.services.unit_of_work import UnitOfWork
from app.vocabulary import ArrearsRule, CapPeriod, ContributionState, SapArea, StampDuty

HEATING = "L1"
SOLIDARITY = "SOLIDARIETA"
_SEED_NAMESPACE = uuid.UUID("5b1f0a4e-8a7c-4f0e-9d55-3c1f7f1b2a60")

SPENDING_STATES = (ContributionState.GRANTED, ContributionState.PAID)
"""Applications whose amount counts against the budget and the household's cap."""
OPEN_STATES = (ContributionState.DRAFT, ContributionState.ELIGIBLE, *SPENDING_STATES)
"""Applications that keep a household from applying again in the same programme year."""

def mark_cancelled(contribution: Contribution, by: str, reason: str) -> None:
    """A cancelled application leaves :data:`SPENDING_STATES`, so a granted or paid amount returns to the budget
    and to the household's cap; the state it had is kept with who cancelled it and why."""
    contribution.cancelled_from = contribution.state
    contribution.state = ContributionState.CANCELLED
    contribution.cancelled_on = today()
    contribution.cancelled_by_name = by
    contribution.cancel_reason = reason.strip()


FUNDING_STATEMENT = (
    "Progetto «Vivere SAP Bergamo – Partecipazione e lotta all'esclusione sociale nel servizio abitativo "
    "pubblico», finanziato da Regione Lombardia."
)
"""The funding line the L.1 receipts print (a document's text, Italian only); a coordinator may change it."""

SEED_NAMES = {HEATING: "Contributo spese di riscaldamento (azione L.1)", SOLIDARITY: "Contributo regionale di solidarietà"}
"""The names the programmes are stored with: data a coordinator may rename, printed on the documents."""
SEED_RECORDED_BY = {HEATING: "valori del progetto", SOLIDARITY: "valori della Regione"}
"""Who the first terms are recorded by, as the terms' history shows it (an author, as for the audit trail)."""


@dataclass(frozen=True)
class TermsForm:
    """The terms as typed on the programme screen (amounts and dates as text)."""

    effective_from: str
    years: str
    budget: str
    cap: str
    cap_period: CapPeriod
    isee_min: str
    isee_max: str
    months_since_assignment: str
    areas: tuple[SapArea, ...]
    centralised_heating_required: bool
    arrears_rule: ArrearsRule
    opening_spent: str = "0"
    opening_households: str = "0"
    stamp_duty: StampDuty = StampDuty.PAID
    stamp_exemption_rule: str = ""
    funding_statement: str = ""
    cup: str = ""
    act_reference: str = ""


@dataclass(frozen=True)
class TermsView:
    id: uuid.UUID
    effective_from: date
    years: tuple[int, ...]
    budget_cents: int
    cap_cents: int
    cap_period: CapPeriod
    isee_min_cents: int
    isee_max_cents: int
    months_since_assignment: int
    areas: tuple[SapArea, ...]
    centralised_heating_required: bool
    arrears_rule: ArrearsRule
    opening_spent_cents: int
    opening_households: int
    stamp_duty: StampDuty
    stamp_exemption_rule: str
    funding_statement: str
    cup: str
    act_reference: str
    recorded_by_name: str
    used: int = 0
    """Applications decided under these terms (a used row is never changed)."""

    @property
    def rules(self) -> ProgrammeRules:
        return ProgrammeRules(
            years=self.years,
            cap_cents=self.cap_cents,
            cap_period=self.cap_period,
            isee_min_cents=self.isee_min_cents,
            isee_max_cents=self.isee_max_cents,
            months_since_assignment=self.months_since_assignment,
            areas=self.areas,
            centralised_heating_required=self.centralised_heating_required,
            arrears_rule=self.arrears_rule,
        )

    def form(self) -> TermsForm:
        return TermsForm(
            effective_from=format_date(self.effective_from),
            years=", ".join(str(year) for year in self.years),
            budget=format_amount(self.budget_cents, symbol=False),
            cap=format_amount(self.cap_cents, symbol=False),
            cap_period=self.cap_period,
            isee_min=format_amount(self.isee_min_cents, symbol=False),
            isee_max=format_amount(self.isee_max_cents, symbol=False),
            months_since_assignment=str(self.months_since_assignment),
            areas=self.areas,
            centralised_heating_required=self.centralised_heating_required,
            arrears_rule=self.arrears_rule,
            opening_spent=format_amount(self.opening_spent_cents, symbol=False),
            opening_households=str(self.opening_households),
            stamp_duty=self.stamp_duty,
            stamp_exemption_rule=self.stamp_exemption_rule,
            funding_statement=self.funding_statement,
            cup=self.cup,
            act_reference=self.act_reference,
        )


@dataclass(frozen=True)
class ProgrammeView:
    id: uuid.UUID
    code: str
    name: str
    issues_receipts: bool
    terms: tuple[TermsView, ...] = field(default=())
    """Oldest first."""

    def terms_on(self, day: date) -> TermsView | None:
        applying = [t for t in self.terms if t.effective_from <= day]
        return applying[-1] if applying else None


@dataclass(frozen=True)
class BudgetCounter:
    """What the section always shows: the budget and where it went."""

    budget_cents: int
    opening_cents: int
    opening_households: int
    granted_cents: int
    granted_count: int
    paid_cents: int
    paid_count: int

    @property
    def left_cents(self) -> int:
        return self.budget_cents - self.opening_cents - self.granted_cents - self.paid_cents


# --- seeds -------------------------------------------------------------------------------------------


def _seed_programmes() -> list[tuple[ContributionProgramme, ProgrammeTerms]]:
    heating = ContributionProgramme(
        id=uuid.uuid5(_SEED_NAMESPACE, HEATING),
        code=HEATING,
        name=SEED_NAMES[HEATING],
        issues_receipts=True,
    )
    heating_terms = ProgrammeTerms(
        id=uuid.uuid5(_SEED_NAMESPACE, f"{HEATING}:2025-01-01"),
        effective_from=date(2025, 1, 1),
        years="2025,2026",
        budget_cents=4_080_000,
        cap_cents=60_000,
        cap_period=CapPeriod.PROGRAMME,
        isee_min_cents=936_001,
        isee_max_cents=1_500_000,
        months_since_assignment=12,
        areas="accesso,protezione",
        centralised_heating_required=True,
        arrears_rule=ArrearsRule.PLAN_REQUIRED,
        opening_spent_cents=786_978,
        opening_households=15,
        stamp_duty=StampDuty.PAID,
        funding_statement=FUNDING_STATEMENT,
        recorded_by_name=SEED_RECORDED_BY[HEATING],
    )
    solidarity = ContributionProgramme(
        id=uuid.uuid5(_SEED_NAMESPACE, SOLIDARITY),
        code=SOLIDARITY,
        name=SEED_NAMES[SOLIDARITY],
        issues_receipts=False,
    )
    solidarity_terms = ProgrammeTerms(
        id=uuid.uuid5(_SEED_NAMESPACE, f"{SOLIDARITY}:2025-01-01"),
        effective_from=date(2025, 1, 1),
        years="2025,2026",
        budget_cents=0,
        cap_cents=270_000,
        cap_period=CapPeriod.YEAR,
        isee_min_cents=0,
        isee_max_cents=936_000,
        months_since_assignment=24,
        areas="protezione,accesso,permanenza",
        centralised_heating_required=False,
        arrears_rule=ArrearsRule.IGNORED,
        stamp_duty=StampDuty.PAID,
        recorded_by_name=SEED_RECORDED_BY[SOLIDARITY],
    )
    return [(heating, heating_terms), (solidarity, solidarity_terms)]


def seed_programmes(uow: UnitOfWork) -> bool:
    """Adds the programmes a database lacks, inside the caller's transaction (fixed ids, so laptops that
    seed separately hold the same rows). ``False`` when there was nothing to add."""
    session = uow.session
    existing = set(session.scalars(select(ContributionProgramme.code)))
    added = False
    for programme, terms in _seed_programmes():
        if programme.code in existing:
            continue
        terms.programme_id = programme.id
        session.add(programme)
        session.add(terms)
        added = True
    return added


def programmes_seeded(session: Session) -> bool:
    codes = set(session.scalars(select(ContributionProgramme.code)))
    return {HEATING, SOLIDARITY} <= codes


# --- reading -----------------------------------------------------------------------------------------


def list_programmes(uow: UnitOfWork) -> list[ProgrammeView]:
    """Programmes that pay (L.1) first, then those screened only."""
    with uow:
        programmes = uow.session.scalars(
            select(ContributionProgramme).order_by(ContributionProgramme.issues_receipts.desc(), ContributionProgramme.name)
        ).all()
        return [programme_view_in(uow.session, programme) for programme in programmes]


def programme_view(uow: UnitOfWork, code: str) -> ProgrammeView:
    with uow:
        return programme_view_in(uow.session, programme_row(uow.session, code))


def programme_row(session: Session, code: str) -> ContributionProgramme:
    programme = session.scalar(select(ContributionProgramme).where(ContributionProgramme.code == code))
    if programme is None:
        raise NotFound(msg("Programma «{code}» non trovato.").fill(code=code))
    return programme


def programme_view_in(session: Session, programme: ContributionProgramme) -> ProgrammeView:
    used = dict(
        session.execute(
            select(Contribution.terms_id, func.count())
            .where(Contribution.programme_id == programme.id)
            .group_by(Contribution.terms_id)
        ).all()
    )
    return ProgrammeView(
        id=programme.id,
        code=programme.code,
        name=programme.name,
        issues_receipts=programme.issues_receipts,
        terms=tuple(terms_view(terms, used.get(terms.id, 0)) for terms in programme.terms),
    )


def terms_view(terms: ProgrammeTerms, used: int = 0) -> TermsView:
    return TermsView(
        id=terms.id,
        effective_from=terms.effective_from,
        years=tuple(int(year) for year in terms.years.split(",") if year.strip()),
        budget_cents=terms.budget_cents,
        cap_cents=terms.cap_cents,
        cap_period=terms.cap_period,
        isee_min_cents=terms.isee_min_cents,
        isee_max_cents=terms.isee_max_cents,
        months_since_assignment=terms.months_since_assignment,
        areas=tuple(SapArea(area) for area in terms.areas.split(",") if area),
        centralised_heating_required=terms.centralised_heating_required,
        arrears_rule=terms.arrears_rule,
        opening_spent_cents=terms.opening_spent_cents,
        opening_households=terms.opening_households,
        stamp_duty=terms.stamp_duty,
        stamp_exemption_rule=terms.stamp_exemption_rule,
        funding_statement=terms.funding_statement,
        cup=terms.cup,
        act_reference=terms.act_reference,
        recorded_by_name=terms.recorded_by_name,
        used=used,
    )


def terms_row_on(session: Session, programme: ContributionProgramme, day: date) -> ProgrammeTerms:
    """The terms in force on ``day``; refused (with the first date) before the programme's terms begin."""
    terms = session.scalar(
        select(ProgrammeTerms)
        .where(ProgrammeTerms.programme_id == programme.id, ProgrammeTerms.effective_from <= day)
        .order_by(ProgrammeTerms.effective_from.desc())
        .limit(1)
    )
    if terms is None:
        raise ValidationFailed({"applied_on": msg("Il programma «{name}» non ha condizioni in vigore il {day}.").fill(name=programme.name, day=format_date(day))})
    return terms


def budget_counter(uow: UnitOfWork, code: str, on: date | None = None) -> BudgetCounter:
    """Budget and opening amount from the terms in force on ``on`` (today by default)."""
    with uow:
        session = uow.session
        programme = programme_row(session, code)
        return budget_counter_in(session, programme, terms_row_on(session, programme, on or today()))


def budget_counter_in(session: Session, programme: ContributionProgramme, terms: ProgrammeTerms) -> BudgetCounter:
    (granted_count, granted_cents), (paid_count, paid_cents) = spending(session, programme)
    return BudgetCounter(
        budget_cents=terms.budget_cents,
        opening_cents=terms.opening_spent_cents,
        opening_households=terms.opening_households,
        granted_cents=granted_cents,
        granted_count=granted_count,
        paid_cents=paid_cents,
        paid_count=paid_count,
    )


def spending(session: Session, programme: ContributionProgramme) -> tuple[tuple[int, int], tuple[int, int]]:
    """(count, cents) of the programme's granted and of its paid contributions."""
    totals = {
        state: (count, cents or 0)
        for state, count, cents in session.execute(
            select(Contribution.state, func.count(), func.sum(Contribution.granted_cents))
            .where(Contribution.programme_id == programme.id, Contribution.state.in_(SPENDING_STATES))
            .group_by(Contribution.state)
        )
    }
    return totals.get(ContributionState.GRANTED, (0, 0)), totals.get(ContributionState.PAID, (0, 0))


# --- changing the terms ------------------------------------------------------------------------------


def save_terms(uow: UnitOfWork, code: str, form: TermsForm, *, name: str | None = None) -> uuid.UUID:
    """Coordinator only. Terms from a date on: a new row, or the replacement of the row of the same date
    when no application used it yet (a used row is refused, so past decisions keep their terms)."""
    require_coordinator(uow.actor, msg("modificare le condizioni di un programma"))
    values = _checked_terms(form)
    if name is not None and not name.strip():
        raise ValidationFailed({"name": msg("Nome del programma: campo obbligatorio.")})
    with uow:
        session = uow.session
        programme = programme_row(session, code)
        if name is not None and name.strip() != programme.name:
            programme.name = name.strip()
        same_day = next((t for t in programme.terms if t.effective_from == values["effective_from"]), None)
        (_, granted), (_, paid) = spending(session, programme)
        committed = values["opening_spent_cents"] + granted + paid  # type: ignore[operator]
        if values["budget_cents"] < committed:  # type: ignore[operator]
            raise ValidationFailed(
                {
                    "budget": msg("Budget: non può essere inferiore a quanto già erogato, concesso e pagato ({amount}).").fill(
                        amount=format_amount(committed)
                    )
                }
            )
        if same_day is not None:
            used = session.scalar(select(func.count()).where(Contribution.terms_id == same_day.id)) or 0
            if used:
                raise ValidationFailed(
                    {
                        "effective_from": msg(
                            "Le condizioni in vigore dal {effective_from} sono già state usate per {applications} e non si "
                            "cambiano: indicare la data da cui valgono le nuove condizioni."
                        ).fill(
                            effective_from=format_date(same_day.effective_from),
                            applications=counted(used, msg("{n} domanda"), msg("{n} domande")),
                        )
                    }
                )
            terms = same_day
        else:
            terms = ProgrammeTerms(programme_id=programme.id)
            session.add(terms)
        for key, value in values.items():
            setattr(terms, key, value)
        terms.recorded_by_name = uow.actor.name
        uow.commit()
        return terms.id


def _checked_terms(form: TermsForm) -> dict[str, object]:
    errors: dict[str, Message] = {}
    values: dict[str, object] = {}

    def amount(key: str, text: str, label: Message) -> int:
        try:
            return parse_amount(text)
        except AmountError as error:
            errors[key] = msg("{label}: {error}").fill(label=label, error=error.said)
            return 0

    def whole(key: str, text: str, label: Message, low: int, high: int) -> int:
        if not text.strip().isdigit() or not low <= int(text.strip()) <= high:
            errors[key] = msg("{label}: scrivere un numero intero da {low} a {high}.").fill(label=label, low=low, high=high)
            return 0
        return int(text.strip())

    try:
        values["effective_from"] = parse_date(form.effective_from)
    except DateError as error:
        errors["effective_from"] = msg("In vigore dal: {error}").fill(error=error.said)
    years = [part.strip() for part in form.years.replace(";", ",").split(",") if part.strip()]
    if not years or not all(y.isdigit() and 2000 <= int(y) <= 2100 for y in years):
        errors["years"] = msg("Annualità: scrivere gli anni separati da virgole, per esempio 2025, 2026.")
    else:
        values["years"] = ",".join(str(y) for y in sorted({int(y) for y in years}))
    values["budget_cents"] = amount("budget", form.budget, msg("Budget"))
    values["cap_cents"] = amount("cap", form.cap, msg("Tetto per nucleo"))
    if "cap" not in errors and values["cap_cents"] == 0:
        errors["cap"] = msg("Tetto per nucleo: indicare un importo maggiore di zero.")
    values["cap_period"] = CapPeriod(form.cap_period)
    values["isee_min_cents"] = amount("isee_min", form.isee_min, msg("ISEE minimo"))
    values["isee_max_cents"] = amount("isee_max", form.isee_max, msg("ISEE massimo"))
    if "isee_min" not in errors and "isee_max" not in errors and values["isee_min_cents"] > values["isee_max_cents"]:  # type: ignore[operator]
        errors["isee_max"] = msg("ISEE massimo: deve essere almeno l'ISEE minimo.")
    values["months_since_assignment"] = whole("months_since_assignment", form.months_since_assignment, msg("Mesi dall'assegnazione"), 0, 240)
    if not form.areas:
        errors["areas"] = msg("Aree SAP ammesse: sceglierne almeno una.")
    values["areas"] = ",".join(SapArea(area).value for area in form.areas)
    values["centralised_heating_required"] = form.centralised_heating_required
    values["arrears_rule"] = ArrearsRule(form.arrears_rule)
    values["opening_spent_cents"] = amount("opening_spent", form.opening_spent or "0", msg("Già erogato"))
    values["opening_households"] = whole("opening_households", form.opening_households or "0", msg("Nuclei già beneficiari"), 0, 100_000)
    if "budget" not in errors and "opening_spent" not in errors and values["opening_spent_cents"] > values["budget_cents"]:  # type: ignore[operator]
        errors["opening_spent"] = msg("Già erogato: non può superare il budget.")
    values["stamp_duty"] = StampDuty(form.stamp_duty)
    values["stamp_exemption_rule"] = form.stamp_exemption_rule.strip()
    if values["stamp_duty"] is StampDuty.EXEMPT and not values["stamp_exemption_rule"]:
        errors["stamp_exemption_rule"] = msg("Norma di esenzione dal bollo: scrivere la norma che la ricevuta deve citare.")
    values["funding_statement"] = form.funding_statement.strip()
    values["cup"] = form.cup.strip().upper()
    if len(values["cup"]) > 20:  # type: ignore[arg-type]
        errors["cup"] = msg("CUP: al massimo 20 caratteri (il CUP ne ha 15).")
    values["act_reference"] = form.act_reference.strip()[:200]
    if errors:
        raise ValidationFailed(errors)
    return values
