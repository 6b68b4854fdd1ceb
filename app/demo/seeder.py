"""The demo's entry point: :func:`fill_demo` fills an empty database and returns the :class:`DemoReport` the
command prints.

Only the orchestration lives here: the checks before anything is written, then the sections in order, each
with its own random generator derived from the seed, the registry and the desks' work in one unit of work,
the repayment plans and the contributions after it (see the package's docstring, :mod:`app.demo`).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from sqlalchemy import func, select

from app.clock import today
from app.config import Paths
from app.demo.accounts import (
    DEMO_ACCOUNTS,
    DemoAccount,
    actor_of,
    configure_laptop,
    ensure_accounts,
    plan_manager,
)
from app.demo.activities import ensure_partners, fill_activities
from app.demo.appointments import fill_appointments
from app.demo.contributions import fill_contributions
from app.demo.desk_context import read_context
from app.demo.participants import fill_participants
from app.demo.plans import fill_plans
from app.demo.registry import fill_registry
from app.demo.visits import fill_visits
from app.messages import msg
from app.models.household import Household
from app.models.operator import Operator
from app.services.errors import ServiceError
from app.services.first_run import add_missing_seeds
from app.services.unit_of_work import COMMAND_LINE, Store, UnitOfWork

MAX_HOUSEHOLDS = 20_000
"""Bergamo's municipal SAP stock is about a thousand dwellings: far more is only useful to time the program."""


class DemoRefused(ServiceError):
    """The demo was not created; ``message`` says why, in Italian. Nothing was written."""


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


def fill_demo(paths: Paths, store: Store, *, households: int = 300, seed: int = 2026) -> DemoReport:
    """Fills an empty database with fictional data; refuses (:class:`DemoRefused`) one that holds households."""
    if not 1 <= households <= MAX_HOUSEHOLDS:
        limit = f"{MAX_HOUSEHOLDS:,}".replace(",", ".")
        raise DemoRefused(msg("Il numero di nuclei della demo deve essere tra 1 e {limit}.").fill(limit=limit))
    with UnitOfWork(store, COMMAND_LINE, write=False) as uow:
        if uow.session.scalar(select(func.count()).select_from(Household)):
            raise DemoRefused(msg("Il database contiene già dei nuclei: la demo si crea solo su un database vuoto."))
        demo_usernames = {account.username for account in DEMO_ACCOUNTS}
        others = uow.session.scalars(select(Operator.username).where(Operator.username.not_in(demo_usernames))).all()
        if others:
            raise DemoRefused(
                msg("Il database ha già degli utenti ({usernames}): la demo si crea solo su un database nuovo, mai sui dati di uno sportello.").fill(
                    usernames=", ".join(sorted(others))
                )
            )
    configure_laptop(paths, store)
    add_missing_seeds(store)
    accounts = ensure_accounts(store)
    coordinator = actor_of(store, DEMO_ACCOUNTS[0].username)
    ensure_partners(store, coordinator)
    day = today()
    with UnitOfWork(store, coordinator) as uow:
        registry = fill_registry(uow, random.Random(f"{seed}:registry"), households, day, random.Random(f"{seed}:heating"))
        context = read_context(uow.session, day)
        visits = fill_visits(uow, random.Random(f"{seed}:visits"), context)
        fill_participants(uow, random.Random(f"{seed}:participants"), context, visits)
        appointments = fill_appointments(uow, random.Random(f"{seed}:appointments"), context, visits)
        activities = fill_activities(uow, random.Random(f"{seed}:activities"), context)
        uow.commit()
    plans = fill_plans(store, plan_manager(store), random.Random(f"{seed}:plans"), day)
    contributions = fill_contributions(store, plan_manager(store), random.Random(f"{seed}:contributions"), day)
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
