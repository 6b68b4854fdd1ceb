"""The laptop and the demo operators: the first run of a new laptop as desk CEL, the documented demo accounts
(:data:`DEMO_ACCOUNTS`) and the actors the sections write as.

First of the sections because every other one writes as one of these operators, or gives them work (the
desks' rosters name them by their usernames: :data:`COORDINATOR`, :data:`TENANT_MANAGER`, :data:`EDUCATOR`,
:data:`MEDIATOR`).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.config import Paths, read_laptop_identity
from app.models.operator import Operator
from app.services.first_run import (
    FirstRunForm,
    complete_first_run,
    prepare_new_database,
    propose_site_code,
)
from app.services.operators import OperatorForm, create_operator
from app.services.passwords import verify_password
from app.services.unit_of_work import COMMAND_LINE, Actor, Store, UnitOfWork
from app.vocabulary import Role

FIRST_RUN_OFFICE = "CEL"


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    full_name: str
    role: Role


DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount("demo.coord", "demo-coord", "Marta Locatelli", Role.COORDINATOR),
    DemoAccount("demo.tenant", "demo-tenant", "Paolo Carminati", Role.TENANT_MANAGER),
    DemoAccount("demo.educatrice", "demo-educ", "Chiara Pesenti", Role.OPERATOR),
    DemoAccount("demo.mediatore", "demo-medi", "Youssef Benali", Role.OPERATOR),
)
"""Fixed and documented in the README; the first is the coordinator the demo data is written by."""
_ACCOUNT_OFFICES = {"demo.coord": "CEL", "demo.tenant": "", "demo.educatrice": "CEL", "demo.mediatore": "COL"}

COORDINATOR, TENANT_MANAGER, EDUCATOR, MEDIATOR = (account.username for account in DEMO_ACCOUNTS)
"""The demo usernames by what they do, as the desks' rosters and the sections name them."""


def configure_laptop(paths: Paths, store: Store) -> None:
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


def ensure_accounts(store: Store) -> tuple[DemoAccount, ...]:
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
    actor = actor_of(store, coordinator.username)
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


def plan_manager(store: Store) -> Actor:
    """The demo tenant manager; the coordinator if that account was already there with another role."""
    tenant = actor_of(store, TENANT_MANAGER)
    return tenant if tenant.role in (Role.TENANT_MANAGER, Role.COORDINATOR) else actor_of(store, DEMO_ACCOUNTS[0].username)


def actor_of(store: Store, username: str) -> Actor:
    with UnitOfWork(store, COMMAND_LINE, write=False) as uow:
        operator = uow.session.scalars(select(Operator).where(Operator.username == username)).one()
        return Actor(operator_id=operator.id, name=operator.full_name, role=operator.role)
