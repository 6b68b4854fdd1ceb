from __future__ import annotations

from datetime import date

import pytest

from app.services.desk import follow_ups, visits
from app.services.desk.follow_ups import FollowUpForm
from app.services.errors import ValidationFailed
from app.services.operators import OperatorForm, list_operators, update_operator
from app.vocabulary import FollowUpState, Role
from tests.conftest import Desk
from tests.visit_samples import household_with_holder, lone_person, rome, visit_form


def test_the_list_puts_the_overdue_first_with_names_and_visit_date(desk: Desk) -> None:
    _, holder_id = household_with_holder(desk)
    person_id = lone_person(desk)
    visits.record_visit(
        desk.uow(desk.operator),
        visit_form(desk, person_id=holder_id, follow_up=FollowUpForm(date(2026, 12, 5), description="richiamare")),
    )
    visits.record_visit(
        desk.uow(desk.operator),
        visit_form(desk, person_id=person_id, started_at=rome(2026, 11, 4), follow_up=FollowUpForm(date(2026, 11, 11), desk.coordinator.operator_id)),
    )
    visits.record_visit(desk.uow(desk.operator), visit_form(desk, follow_up=FollowUpForm(date(2026, 11, 21))))

    listed = follow_ups.list_follow_ups(desk.uow(write=False))
    assert [(f.due_date, f.state) for f in listed] == [
        (date(2026, 11, 11), FollowUpState.OVERDUE),
        (date(2026, 11, 21), FollowUpState.OPEN),
        (date(2026, 12, 5), FollowUpState.OPEN),
    ]
    overdue, due_today, later = listed
    assert (overdue.person_name, overdue.household_code, overdue.owner_name) == ("Diop Aminata", "", "Antonio Negro")
    assert overdue.visit_started_at == rome(2026, 11, 4)
    assert (due_today.person_name, due_today.overdue) == ("", False)
    assert (later.person_name, later.household_code, later.description, later.office_code) == ("Mazzà Giulia", "N001", "richiamare", "CEL")

    mine = follow_ups.list_follow_ups(desk.uow(write=False), owner_id=desk.operator.operator_id)
    assert [f.due_date for f in mine] == [date(2026, 11, 21), date(2026, 12, 5)]
    due_now = follow_ups.list_follow_ups(desk.uow(write=False), due_until=date(2026, 11, 21))
    assert [f.due_date for f in due_now] == [date(2026, 11, 11), date(2026, 11, 21)]


def test_filtering_by_desk(desk: Desk) -> None:
    visits.record_visit(desk.uow(desk.operator), visit_form(desk, follow_up=FollowUpForm(date(2026, 12, 1))))
    visits.record_visit(desk.uow(desk.operator), visit_form(desk, office_code="COL", follow_up=FollowUpForm(date(2026, 12, 2))))
    assert [f.office_code for f in follow_ups.list_follow_ups(desk.uow(write=False), office_code="COL")] == ["COL"]
    assert len(follow_ups.list_follow_ups(desk.uow(write=False))) == 2


def test_closing_records_who_when_and_the_outcome(desk: Desk) -> None:
    visit_id = visits.record_visit(desk.uow(desk.operator), visit_form(desk, follow_up=FollowUpForm(date(2026, 12, 1))))
    [open_one] = follow_ups.list_follow_ups(desk.uow(write=False))

    follow_ups.close_follow_up(desk.uow(desk.coordinator), open_one.id, " domanda accolta ")
    assert follow_ups.list_follow_ups(desk.uow(write=False)) == []
    [closed] = follow_ups.list_follow_ups(desk.uow(write=False), open_only=False)
    assert (closed.state, closed.closed_by_name, closed.closing_note) == (FollowUpState.CLOSED, "Antonio Negro", "domanda accolta")
    assert closed.closed_at is not None and not closed.overdue
    assert visits.visit_detail(desk.uow(write=False), visit_id).follow_up is None

    with pytest.raises(ValidationFailed, match="già chiuso"):
        follow_ups.close_follow_up(desk.uow(desk.operator), open_one.id, "")


def test_a_follow_up_added_to_an_existing_visit(desk: Desk) -> None:
    _, holder_id = household_with_holder(desk)
    visit_id = visits.record_visit(desk.uow(desk.operator), visit_form(desk, person_id=holder_id))

    with pytest.raises(ValidationFailed) as refused:
        follow_ups.add_follow_up(desk.uow(desk.operator), visit_id, FollowUpForm(date(2026, 11, 17)))
    assert refused.value.errors == {"due_date": "Scadenza: il 17/11/2026 viene prima della visita (18/11/2026)."}

    follow_ups.add_follow_up(desk.uow(desk.coordinator), visit_id, FollowUpForm(date(2026, 11, 18), description="portare ISEE"))
    [added] = follow_ups.list_follow_ups(desk.uow(write=False))
    assert (added.visit_id, added.person_name, added.owner_name) == (visit_id, "Mazzà Giulia", "Pierangela Ghilardi")

    visits.cancel_visit(desk.uow(desk.operator), visit_id, "errore")
    with pytest.raises(ValidationFailed) as on_cancelled:
        follow_ups.add_follow_up(desk.uow(desk.operator), visit_id, FollowUpForm(date(2026, 12, 1)))
    assert "annullata" in on_cancelled.value.errors["visit"]


def test_an_inactive_owner_is_refused(desk: Desk) -> None:
    manager = next(o for o in list_operators(desk.uow(write=False)) if o.role is Role.TENANT_MANAGER)
    update_operator(desk.uow(), manager.id, OperatorForm(manager.username, manager.full_name, manager.role, "CEL", active=False))
    with pytest.raises(ValidationFailed) as refused:
        visits.record_visit(desk.uow(desk.operator), visit_form(desk, follow_up=FollowUpForm(date(2026, 12, 1), manager.id)))
    assert refused.value.errors == {"follow_up_owner": "Chi se ne occupa: Anna Maria Calvi è disattivato, sceglierne un altro."}
