"""Operators: login, and their management by coordinators (enforced here, DESIGN 2)."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select

from app.messages import msg
from app.models.office import Office
from app.models.operator import Operator
from app.services.errors import NotFound, ServiceError, ValidationFailed
from app.services.passwords import hash_password, password_problem, verify_password
from app.services.permissions import require_coordinator
from app.services.unit_of_work import Actor, Store, UnitOfWork
from app.vocabulary import Role

USERNAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,39}$")


class LoginRefused(ServiceError):
    pass


@dataclass(frozen=True)
class OperatorView:
    id: uuid.UUID
    username: str
    full_name: str
    role: Role
    active: bool
    office_code: str


@dataclass(frozen=True)
class OperatorForm:
    username: str
    full_name: str
    role: Role
    office_code: str = ""
    active: bool = True


def log_in(store: Store, username: str, password: str) -> Actor:
    system = Actor(operator_id=None, name="accesso", role=Role.OPERATOR)
    with UnitOfWork(store, system, write=False) as uow:
        operator = uow.session.scalars(
            select(Operator).where(Operator.username == username.strip().lower())
        ).one_or_none()
        if operator is None or not verify_password(password, operator.password_hash):
            raise LoginRefused(msg("Nome utente o password non corretti."))
        if not operator.active:
            raise LoginRefused(msg("Questo utente è disattivato: rivolgersi a un coordinatore."))
        return Actor(operator_id=operator.id, name=operator.full_name, role=operator.role)


def any_operator_exists(store: Store) -> bool:
    system = Actor(operator_id=None, name="avvio", role=Role.OPERATOR)
    with UnitOfWork(store, system, write=False) as uow:
        return uow.session.scalar(select(func.count()).select_from(Operator)) > 0


def list_operators(uow: UnitOfWork) -> list[OperatorView]:
    with uow:
        rows = uow.session.execute(
            select(Operator, Office.code).outerjoin(Office, Operator.office_id == Office.id).order_by(Operator.full_name)
        )
        return [
            OperatorView(op.id, op.username, op.full_name, op.role, op.active, code or "") for op, code in rows
        ]


def _check_form(form: OperatorForm) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not USERNAME_PATTERN.match(form.username.strip().lower()):
        errors["username"] = msg("Nome utente: da 2 a 40 caratteri tra lettere minuscole, cifre, punto, trattino.")
    if not form.full_name.strip():
        errors["full_name"] = msg("Nome e cognome: campo obbligatorio.")
    return errors


def _office_id(uow: UnitOfWork, code: str) -> uuid.UUID | None:
    if not code:
        return None
    office_id = uow.session.scalar(select(Office.id).where(Office.code == code))
    if office_id is None:
        raise ValidationFailed({"office_code": msg("Sportello: {code} non esiste.").fill(code=code)})
    return office_id


def create_operator(uow: UnitOfWork, form: OperatorForm, password: str) -> uuid.UUID:
    """Coordinator only, except inside the first-run transaction (see app/services/first_run.py)."""
    require_coordinator(uow.actor, msg("aggiungere operatori"))
    with uow:
        operator_id = add_operator_row(uow, form, password)
        uow.commit()
        return operator_id


def add_operator_row(uow: UnitOfWork, form: OperatorForm, password: str) -> uuid.UUID:
    """Adds the operator inside the caller's transaction."""
    errors = _check_form(form)
    problem = password_problem(password)
    if problem:
        errors["password"] = problem
    username = form.username.strip().lower()
    if not errors and uow.session.scalar(select(Operator.id).where(Operator.username == username)):
        errors["username"] = msg("Nome utente: «{username}» è già usato.").fill(username=username)
    if errors:
        raise ValidationFailed(errors)
    operator = Operator(
        username=username,
        full_name=form.full_name.strip(),
        role=Role(form.role),
        password_hash=hash_password(password),
        active=form.active,
        office_id=_office_id(uow, form.office_code),
    )
    uow.session.add(operator)
    uow.session.flush()
    return operator.id


def _operator(uow: UnitOfWork, operator_id: uuid.UUID) -> Operator:
    operator = uow.session.get(Operator, operator_id)
    if operator is None:
        raise NotFound(msg("Operatore non trovato."))
    return operator


def update_operator(uow: UnitOfWork, operator_id: uuid.UUID, form: OperatorForm) -> None:
    """Edit name, role, desk and active flag; the username stays (it is in the audit trail)."""
    require_coordinator(uow.actor, msg("modificare gli operatori"))
    errors = _check_form(form)
    errors.pop("username", None)
    if errors:
        raise ValidationFailed(errors)
    role = Role(form.role)  # a combo box hands back the plain string value
    with uow:
        operator = _operator(uow, operator_id)
        losing_coordinator = operator.role is Role.COORDINATOR and operator.active and (
            role is not Role.COORDINATOR or not form.active
        )
        if losing_coordinator and _active_coordinators(uow) <= 1:
            raise ValidationFailed(
                {"role": msg("Deve restare almeno un coordinatore attivo: nominarne un altro prima di cambiare questo.")}
            )
        operator.full_name = form.full_name.strip()
        operator.role = role
        operator.active = form.active
        operator.office_id = _office_id(uow, form.office_code)
        uow.commit()


def _active_coordinators(uow: UnitOfWork) -> int:
    return uow.session.scalar(
        select(func.count()).select_from(Operator).where(Operator.role == Role.COORDINATOR, Operator.active.is_(True))
    )


def reset_password(uow: UnitOfWork, operator_id: uuid.UUID, new_password: str) -> None:
    require_coordinator(uow.actor, msg("reimpostare le password"))
    problem = password_problem(new_password)
    if problem:
        raise ValidationFailed({"password": problem})
    with uow:
        _operator(uow, operator_id).password_hash = hash_password(new_password)
        uow.commit()


def change_own_password(uow: UnitOfWork, current_password: str, new_password: str) -> None:
    problem = password_problem(new_password)
    if problem:
        raise ValidationFailed({"new_password": problem})
    if uow.actor.operator_id is None:
        raise ValidationFailed({"current_password": msg("Nessun operatore collegato.")})
    with uow:
        operator = _operator(uow, uow.actor.operator_id)
        if not verify_password(current_password, operator.password_hash):
            raise ValidationFailed({"current_password": msg("La password attuale non è corretta.")})
        operator.password_hash = hash_password(new_password)
        uow.commit()
