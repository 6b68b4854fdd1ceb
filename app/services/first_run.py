"""First run of a laptop: which desk it serves, its site code, and the first coordinator (DESIGN 1).

The site code is stamped on every row and receipt the laptop writes and never changes afterwards, so it
is chosen once here. It is proposed from the desk (``CEL``; a second laptop of the same desk ``CEL2``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select

from app.config import LaptopIdentity, Paths, write_laptop_identity
from app.messages import msg
from app.models.office import Office
from app.models.operator import Operator, Site
from app.services.catalogues import catalogues_seeded, seed_catalogues
from app.services.contributions.programmes import programmes_seeded, seed_programmes
from app.services.errors import NeedsConfirmation, ValidationFailed
from app.services.offices import office_by_code, seed_offices
from app.services.operators import OperatorForm, add_operator_row
from app.services.unit_of_work import Actor, Store, UnitOfWork
from app.vocabulary import Role

SITE_CODE_PATTERN = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")
FIRST_RUN = Actor(operator_id=None, name="primo avvio", role=Role.COORDINATOR)
SEEDING = Actor(operator_id=None, name="aggiornamento del programma", role=Role.COORDINATOR)


@dataclass(frozen=True)
class FirstRunForm:
    office_code: str
    site_code: str
    username: str = ""
    full_name: str = ""
    password: str = ""


def prepare_new_database(store: Store) -> None:
    """Seeds the project's desks when the database has none, so the wizard can offer them, and the
    configurable lists (topics, referral services, activity types) and the contribution programmes."""
    with UnitOfWork(store, FIRST_RUN) as uow:
        if uow.session.scalar(select(func.count()).select_from(Office)) == 0:
            seed_offices(uow)
        seed_catalogues(uow)
        seed_programmes(uow)
        uow.commit()


def add_missing_seeds(store: Store) -> None:
    """At every start: a database made before a seeded list existed (the catalogues came with schema
    0002, the contribution programmes with 0004) gets it now. Costs two reads when there is nothing to
    add, and writes nothing then."""
    with UnitOfWork(store, SEEDING, write=False) as uow:
        if catalogues_seeded(uow.session) and programmes_seeded(uow.session):
            return
    with UnitOfWork(store, SEEDING) as uow:
        if seed_catalogues(uow) | seed_programmes(uow):
            uow.commit()


def needs_first_operator(store: Store) -> bool:
    with UnitOfWork(store, FIRST_RUN, write=False) as uow:
        return uow.session.scalar(select(func.count()).select_from(Operator)) == 0


def propose_site_code(store: Store, office_code: str) -> str:
    with UnitOfWork(store, FIRST_RUN, write=False) as uow:
        taken = set(uow.session.scalars(select(Site.code)))
    if office_code not in taken:
        return office_code
    number = 2
    while f"{office_code}{number}" in taken:
        number += 1
    return f"{office_code}{number}"


def complete_first_run(paths: Paths, store: Store, form: FirstRunForm, *, confirmed: bool = False) -> LaptopIdentity:
    """Registers this laptop (and the first coordinator when the database has no operator) in one transaction."""
    site_code = form.site_code.strip().upper()
    errors: dict[str, str] = {}
    if not SITE_CODE_PATTERN.match(site_code):
        errors["site_code"] = msg("Codice postazione: da 2 a 8 lettere maiuscole o cifre, che inizia con una lettera (es. CEL2).")
    if errors:
        raise ValidationFailed(errors)
    store.site_code = site_code
    with UnitOfWork(store, FIRST_RUN) as uow:
        office = office_by_code(uow, form.office_code)
        existing = uow.session.scalars(select(Site).where(Site.code == site_code)).one_or_none()
        if existing is not None and not confirmed:
            raise NeedsConfirmation(
                [
                    msg("Il codice postazione {site_code} è già registrato in questo database. Usarlo solo se questo computer sostituisce quello che lo usava: due computer attivi con lo stesso codice produrrebbero numeri di ricevuta doppi.").fill(site_code=site_code)
                ]
            )
        if existing is None:
            uow.session.add(Site(code=site_code, office_id=office.id))
        if uow.session.scalar(select(func.count()).select_from(Operator)) == 0:
            add_operator_row(
                uow,
                OperatorForm(username=form.username, full_name=form.full_name, role=Role.COORDINATOR, office_code=office.code),
                form.password,
            )
        uow.commit()
    identity = LaptopIdentity(site_code=site_code, office_code=office.code)
    write_laptop_identity(paths, identity)
    return identity
