"""What a unit of work says it changed (app/services/unit_of_work.py): the kinds of the rows it committed.

Screens refresh from these kinds, so they must follow from what was written, including what a service
wrote besides its own rows (a lapsed plan updates its household's arrears), and nothing that was rolled
back.
"""

from __future__ import annotations

from datetime import date

import pytest

from app.services.errors import ValidationFailed
from app.services.plans import plans as repayment_plans
from app.services.registry import households, persons
from app.services.registry.forms import PersonForm
from app.services.unit_of_work import UnitOfWork
from app.vocabulary import Change, PlanState
from tests.conftest import Desk
from tests.plan_samples import active_plan


def announcing(desk: Desk, heard: list[frozenset[Change]]) -> UnitOfWork:
    return UnitOfWork(desk.store, desk.tenant_manager, on_commit=heard.append)


def test_lapsing_a_plan_reports_the_plan_and_the_household_whose_arrears_it_set(desk: Desk) -> None:
    _, plan_id = active_plan(desk)
    heard: list[frozenset[Change]] = []
    uow = announcing(desk, heard)

    repayment_plans.change_state(uow, plan_id, PlanState.LAPSED, date(2026, 11, 21), "Nessun pagamento.")

    assert uow.changes == {Change.PLANS, Change.HOUSEHOLDS}
    assert heard == [frozenset({Change.PLANS, Change.HOUSEHOLDS})]


def test_a_privacy_notice_reports_persons_and_a_new_member_the_household_too(desk: Desk) -> None:
    household_id, _ = active_plan(desk)
    holder = households.household_detail(desk.uow(write=False), household_id).holder
    assert holder is not None
    heard: list[frozenset[Change]] = []

    persons.record_privacy_notice(announcing(desk, heard), holder.id, date(2026, 11, 21), "2026-1")
    households.add_member(announcing(desk, heard), household_id, PersonForm(surname="Rossi", name="Luca"))

    assert heard == [frozenset({Change.PERSONS}), frozenset({Change.PERSONS, Change.HOUSEHOLDS})]


def test_a_refused_change_and_a_reading_report_nothing(desk: Desk) -> None:
    _, plan_id = active_plan(desk)
    heard: list[frozenset[Change]] = []

    with pytest.raises(ValidationFailed):
        repayment_plans.change_state(announcing(desk, heard), plan_id, PlanState.DRAFT, date(2026, 11, 21), "x")
    repayment_plans.plan_detail(UnitOfWork(desk.store, desk.tenant_manager, write=False, on_commit=heard.append), plan_id)

    assert heard == []


def test_what_is_rolled_back_is_not_reported_and_what_is_committed_is_heard_once_the_block_ends(desk: Desk) -> None:
    household_id, _ = active_plan(desk)
    heard: list[frozenset[Change]] = []
    uow = announcing(desk, heard)
    with uow:
        households.household_row(uow.session, household_id).notes = "scritto e poi annullato"
        uow.session.flush()
        uow.session.rollback()
        person = households.holder_of(uow.session, household_id)
        assert person is not None
        person.email = "nuovo@example.org"
        uow.commit()
        assert heard == []  # the session is still open: the views would read in the middle of the block
    assert heard == [frozenset({Change.PERSONS})]
