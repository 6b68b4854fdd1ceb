"""Shared fixtures: a pinned "today", and one migrated, configured template database copied per test."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("PORTIERATO_HOME", None)
os.environ.pop("PORTIERATO_DATABASE_URL", None)

import pytest

from app import clock
from app.config import Paths, resolve_paths
from app.services.first_run import FirstRunForm, complete_first_run, prepare_new_database
from app.services.operators import OperatorForm, create_operator, log_in
from app.services.unit_of_work import Actor, Store, UnitOfWork
from app.store.opening import open_database
from app.vocabulary import Role

TODAY = date(2026, 11, 21)
COORDINATOR = ("coord", "Antonio Negro", "coordinatore1")
OPERATOR = ("educatrice", "Pierangela Ghilardi", "operatore1")
TENANT_MANAGER = ("tenant", "Anna Maria Calvi", "tenantmgr1")


@pytest.fixture(autouse=True)
def pinned_today() -> Iterator[date]:
    clock.pin_today(TODAY)
    yield TODAY
    clock.pin_today(None)


@dataclass
class Desk:
    """A configured laptop (site CEL) on its own copy of the template database."""

    paths: Paths
    store: Store
    coordinator: Actor
    operator: Actor
    tenant_manager: Actor

    def uow(self, actor: Actor | None = None, *, write: bool = True) -> UnitOfWork:
        return UnitOfWork(self.store, actor or self.coordinator, write=write)


@pytest.fixture(scope="session")
def template_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    clock.pin_today(TODAY)
    home = tmp_path_factory.mktemp("template")
    paths = resolve_paths(home)
    opened = open_database(paths, create=True)
    store = Store(opened.engine, "")
    prepare_new_database(store)
    complete_first_run(paths, store, FirstRunForm("CEL", "CEL", COORDINATOR[0], COORDINATOR[1], COORDINATOR[2]))
    coordinator = log_in(store, COORDINATOR[0], COORDINATOR[2])
    for username, full_name, password, role in (
        (*OPERATOR, Role.OPERATOR),
        (*TENANT_MANAGER, Role.TENANT_MANAGER),
    ):
        create_operator(UnitOfWork(store, coordinator), OperatorForm(username, full_name, role, "CEL"), password)
    opened.engine.dispose()
    for leftover in home.glob("portierato.sqlite3-*"):
        leftover.unlink()
    clock.pin_today(None)
    return home


def copy_home(template: Path, target: Path) -> Paths:
    shutil.copytree(template, target, dirs_exist_ok=True)
    return resolve_paths(target)


@pytest.fixture
def desk(template_home: Path, tmp_path: Path) -> Iterator[Desk]:
    paths = copy_home(template_home, tmp_path / "home")
    opened = open_database(paths)
    store = Store(opened.engine, "CEL", paths)
    yield Desk(
        paths=paths,
        store=store,
        coordinator=log_in(store, COORDINATOR[0], COORDINATOR[2]),
        operator=log_in(store, OPERATOR[0], OPERATOR[2]),
        tenant_manager=log_in(store, TENANT_MANAGER[0], TENANT_MANAGER[2]),
    )
    opened.engine.dispose()
