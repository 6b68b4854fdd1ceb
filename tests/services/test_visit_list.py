from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.dialects import sqlite

from app.services.desk import visits
from app.services.desk.follow_ups import FollowUpForm, close_follow_up, list_follow_ups
from app.services.desk.visit_list import VisitFilter, VisitSort, count_query, count_visits, page_query, visit_page
from app.vocabulary import Channel, FollowUpState
from tests.conftest import Desk
from tests.visit_samples import ARREARS, DIGITAL, LISTENING, household_with_holder, lone_person, referral, rome, topic, visit_form


def page(desk: Desk, visit_filter: VisitFilter = VisitFilter(), sort: VisitSort = VisitSort.STARTED_AT, descending: bool = True, offset: int = 0, limit: int = 100) -> list:
    return visit_page(desk.uow(write=False), visit_filter, sort, descending, offset, limit)


def test_rows_show_names_topics_referral_and_follow_up(desk: Desk) -> None:
    household_id, holder_id = household_with_holder(desk)
    visits.record_visit(
        desk.uow(desk.operator),
        visit_form(
            desk,
            person_id=holder_id,
            topic_ids=(topic(desk, LISTENING), topic(desk, ARREARS)),
            referral_service_id=referral(desk, "Servizi Sociali"),
            follow_up=FollowUpForm(date(2026, 12, 2)),
        ),
    )
    visits.record_visit(desk.uow(desk.operator), visit_form(desk, household_id=household_id, started_at=rome(2026, 11, 18, 10)))
    visits.record_visit(
        desk.uow(desk.coordinator),
        visit_form(desk, started_at=rome(2026, 11, 18, 11), channel=Channel.PHONE, follow_up=FollowUpForm(date(2026, 11, 20))),
    )

    anonymous, household_only, holder = page(desk)
    assert (holder.person_label, holder.household_code, holder.operator_name, holder.office_code) == (
        "Mazzà Giulia", "N001", "Pierangela Ghilardi", "CEL"
    )
    assert holder.topics == f"{ARREARS}, {LISTENING}"  # the list's order, not the order picked
    assert (holder.referral, str(holder.follow_up), holder.follow_up_state) == ("Servizi Sociali", "entro il 02/12/2026", FollowUpState.OPEN)
    assert (str(household_only.person_label), household_only.household_code, household_only.follow_up) == ("nucleo N001", "N001", None)
    assert (anonymous.person_label, anonymous.channel, anonymous.operator_name) == ("", Channel.PHONE, "Antonio Negro")
    assert (str(anonymous.follow_up), anonymous.follow_up_state, anonymous.anonymous) == ("scaduto il 20/11/2026", FollowUpState.OVERDUE, True)

    [due] = [f for f in list_follow_ups(desk.uow(write=False)) if f.due_date == date(2026, 11, 20)]
    close_follow_up(desk.uow(desk.operator), due.id, "fatto")
    assert str(page(desk)[0].follow_up) == "chiuso"


def test_the_period_is_made_of_whole_rome_days_across_the_clock_change(desk: Desk) -> None:
    # 25 October 2026: clocks go back at 03:00, the day lasts 25 hours
    for moment in (rome(2026, 10, 24, 23, 59), rome(2026, 10, 25, 0, 10), rome(2026, 10, 25, 23, 50), rome(2026, 10, 26, 0, 0)):
        visits.record_visit(desk.uow(desk.operator), visit_form(desk, started_at=moment))
    one_day = VisitFilter(date_from=date(2026, 10, 25), date_to=date(2026, 10, 25))
    assert [r.started_at for r in page(desk, one_day, descending=False)] == [rome(2026, 10, 25, 0, 10), rome(2026, 10, 25, 23, 50)]
    assert count_visits(desk.uow(write=False), one_day) == 2
    assert count_visits(desk.uow(write=False), VisitFilter(date_to=date(2026, 10, 24))) == 1


def test_each_filter_keeps_only_what_it_says(desk: Desk) -> None:
    household_id, holder_id = household_with_holder(desk)
    other_id = lone_person(desk)
    digital = topic(desk, DIGITAL)
    by_operator = visits.record_visit(desk.uow(desk.operator), visit_form(desk, person_id=holder_id, topic_ids=(digital, topic(desk, LISTENING))))
    by_coordinator = visits.record_visit(desk.uow(desk.coordinator), visit_form(desk, person_id=other_id, channel=Channel.HOME_VISIT))
    at_colognola = visits.record_visit(
        desk.uow(desk.operator), visit_form(desk, office_code="COL", follow_up=FollowUpForm(date(2026, 12, 1)))
    )
    cancelled = visits.record_visit(desk.uow(desk.operator), visit_form(desk, household_id=household_id))
    visits.cancel_visit(desk.uow(desk.operator), cancelled, "doppia")

    def ids(visit_filter: VisitFilter) -> set:
        return {row.id for row in page(desk, visit_filter)}

    assert ids(VisitFilter(office_code="COL")) == {at_colognola}
    assert ids(VisitFilter(office_code="CEL", include_cancelled=False)) == {by_operator, by_coordinator}
    assert ids(VisitFilter(operator_id=desk.coordinator.operator_id)) == {by_coordinator}
    assert ids(VisitFilter(topic_id=digital)) == {by_operator}
    assert ids(VisitFilter(channel=Channel.HOME_VISIT)) == {by_coordinator}
    assert ids(VisitFilter(person_id=holder_id)) == {by_operator}
    assert ids(VisitFilter(household_id=household_id)) == {by_operator, cancelled}
    assert ids(VisitFilter(open_follow_ups=True)) == {at_colognola}
    assert ids(VisitFilter(office_code="LAZ")) == set()
    assert {(row.id, row.cancelled) for row in page(desk, VisitFilter(household_id=household_id))} == {
        (by_operator, False),
        (cancelled, True),
    }
    assert count_visits(desk.uow(write=False), VisitFilter(office_code="CEL")) == 3


def test_pages_follow_each_other_without_gaps_or_repeats_even_at_the_same_minute(desk: Desk) -> None:
    recorded = {visits.record_visit(desk.uow(desk.operator), visit_form(desk, started_at=rome(2026, 11, 18, 9, 30 + i // 3))) for i in range(12)}
    seen = []
    for offset in range(0, 12, 5):
        seen.extend(row.id for row in page(desk, offset=offset, limit=5))
    assert len(seen) == 12 and set(seen) == recorded
    times = [row.started_at for row in page(desk)]
    assert times == sorted(times, reverse=True)


@pytest.mark.parametrize(
    ("sort", "key"),
    [
        (VisitSort.OPERATOR, lambda row: row.operator_name),
        (VisitSort.OFFICE, lambda row: row.office_code),
        (VisitSort.CHANNEL, lambda row: row.channel.value),
        (VisitSort.PERSON, lambda row: str(row.person_label).lower()),
    ],
)
def test_sorting_is_done_over_every_visit(desk: Desk, sort: VisitSort, key) -> None:
    people = [lone_person(desk, surname, "X") for surname in ("Zanchi", "Belotti", "Rota")]
    for index, person_id in enumerate(people):
        actor = desk.coordinator if index % 2 else desk.operator
        visits.record_visit(
            desk.uow(actor),
            visit_form(desk, person_id=person_id, office_code=("CEL", "COL", "LAZ")[index], channel=list(Channel)[index], started_at=rome(2026, 11, 10 + index)),
        )
    ascending = page(desk, sort=sort, descending=False)
    assert [key(r) for r in ascending] == sorted(key(r) for r in ascending)
    assert [r.id for r in page(desk, sort=sort, descending=True)] == [r.id for r in reversed(ascending)]
    assert [key(r) for r in page(desk, sort=sort, descending=False, limit=1)] == [key(ascending[0])]


def plan(desk: Desk, statement) -> str:
    compiled = statement.compile(desk.store.engine, compile_kwargs={"literal_binds": True})
    with desk.store.engine.connect() as connection:
        return "\n".join(row[3] for row in connection.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))


def test_a_desk_and_a_month_is_one_range_scan_of_the_desk_index(desk: Desk) -> None:
    month = VisitFilter(date_from=date(2026, 10, 1), date_to=date(2026, 10, 31), office_code="CEL")
    for statement in (page_query(month, VisitSort.STARTED_AT, True, 0, 100), count_query(month)):
        steps = plan(desk, statement)
        assert "ix_visits_by_office_and_time (office_id=? AND started_at>? AND started_at<?)" in steps, steps
        assert "SCAN visits" not in steps, steps
    operator_steps = plan(desk, page_query(VisitFilter(date_from=date(2026, 10, 1), operator_id=desk.operator.operator_id), VisitSort.STARTED_AT, True, 0, 100))
    assert "ix_visits_by_operator_and_time" in operator_steps and "SCAN visits" not in operator_steps, operator_steps
    period_steps = plan(desk, page_query(VisitFilter(date_from=date(2026, 10, 1)), VisitSort.STARTED_AT, True, 0, 100))
    assert "ix_visits_by_time" in period_steps and "SCAN visits" not in period_steps, period_steps


def test_a_page_of_one_desk_and_month_is_read_from_the_desk_index_alone(desk: Desk) -> None:
    """Which visits make a page comes from the index on (office, time) and the row's position, without
    reading the visits themselves (see the rowid ordering in app/services/desk/visit_list.py)."""
    october = VisitFilter(office_code="CEL", date_from=date(2026, 10, 1), date_to=date(2026, 10, 31))
    statement = page_query(october, VisitSort.STARTED_AT, True, 0, 100)
    sql = str(statement.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    with desk.uow(write=False) as uow:
        plan = [row[-1] for row in uow.session.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql)]
    assert any("COVERING INDEX ix_visits_by_office_and_time" in step for step in plan), plan
