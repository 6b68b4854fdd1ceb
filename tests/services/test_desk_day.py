"""The start screen of desk CEL (open on Wednesdays 9:00-12:00): opening, appointments, visits, follow-ups."""

from __future__ import annotations

from datetime import date

import pytest

from app.models.catalogue import Topic
from app.services.desk.appointments import AppointmentForm, book_appointment, cancel_appointment
from app.services.desk.day import DeskDayCounts, desk_day
from app.services.errors import NotFound
from app.vocabulary import AgeBracket, Sex
from tests.conftest import Desk
from tests.desk_records import add_follow_up, add_household, add_visit, catalogue_item, household_of, rome

WEDNESDAY_10 = rome(2026, 11, 25, 10)


def test_a_wednesday_morning_at_the_desk(desk: Desk) -> None:
    giulia, = add_household(desk, "N001", ("Mazzà", "Giulia"))
    household = household_of(desk, giulia)
    topic = catalogue_item(desk, Topic, "Contributo riscaldamento L.1")
    operator, colleague = desk.operator, desk.coordinator
    book_appointment(desk.uow(operator), AppointmentForm("CEL", rome(2026, 11, 25, 9), person_id=giulia, topic_id=topic))
    book_appointment(desk.uow(operator), AppointmentForm("CEL", rome(2026, 11, 25, 10, 30), contact_name="Samira B.", contact_phone="3405551212"))
    dropped = book_appointment(desk.uow(operator), AppointmentForm("CEL", rome(2026, 11, 25, 11), contact_name="Ugo R.", contact_phone="3405551313"))
    cancel_appointment(desk.uow(operator), dropped, "non può venire")
    book_appointment(desk.uow(operator), AppointmentForm("COL", rome(2026, 11, 24, 9), contact_name="Altro sportello", contact_phone="3405551414"))

    add_visit(desk, rome(2026, 11, 25, 0, 30), by=operator, household_id=household)  # 23:30 UTC the day before
    add_visit(desk, rome(2026, 11, 25, 9, 5), by=operator, person_id=giulia, topic_ids=[topic])
    add_visit(desk, rome(2026, 11, 25, 9, 40), by=colleague, anonymous=(Sex.FEMALE, AgeBracket.FROM_30))
    add_visit(desk, rome(2026, 11, 25, 9, 50), by=operator, person_id=giulia, cancel_reason="doppione")
    add_visit(desk, rome(2026, 11, 24, 23, 30), by=operator, person_id=giulia)
    add_visit(desk, rome(2026, 11, 25, 9), by=operator, office="COL", person_id=giulia)

    add_follow_up(desk, date(2026, 11, 20), owner=operator, office="COL", person_id=giulia, description="Richiamare")
    add_follow_up(desk, date(2026, 11, 25), owner=operator, household_id=household, description="Bollette")
    add_follow_up(desk, date(2026, 11, 26), owner=operator, description="domani")
    add_follow_up(desk, date(2026, 11, 2), owner=operator, description="chiuso", closed_at=rome(2026, 11, 3, 10))
    add_follow_up(desk, date(2026, 11, 18), owner=colleague, person_id=giulia, description="Pratica ALER")
    add_follow_up(desk, date(2026, 11, 19), owner=colleague, office="COL", description="altro sportello")

    day = desk_day(desk.uow(write=False), "CEL", operator_id=operator.operator_id, now=WEDNESDAY_10)

    assert (day.office_name, day.day) == ("Celadina", date(2026, 11, 25))
    assert day.openings.open_now
    assert [str(t.opening.local_label) for t in day.openings.today] == ["mercoledì 25/11/2026 9:00-12:00"]
    assert day.openings.next_opening is not None
    assert str(day.openings.next_opening.local_label) == "mercoledì 02/12/2026 9:00-12:00"
    assert [(a.time_label, a.name, a.topic_name) for a in day.appointments] == [
        ("9:00-9:20", "Mazzà Giulia", "Contributo riscaldamento L.1"),
        ("10:30-10:50", "Samira B.", ""),
    ]
    assert [(v.time_label, str(v.who), v.topics, v.operator_name, v.cancelled) for v in day.visits] == [
        ("0:30", "nucleo N001", (), "Pierangela Ghilardi", False),
        ("9:05", "Mazzà Giulia", ("Contributo riscaldamento L.1",), "Pierangela Ghilardi", False),
        ("9:40", "Anonimo (femmina, 30-54 anni)", (), "Antonio Negro", False),
        ("9:50", "Mazzà Giulia", (), "Pierangela Ghilardi", True),
    ]
    assert [(f.description, f.due_date, f.days_late, f.office_code, str(f.who)) for f in day.mine] == [
        ("Richiamare", date(2026, 11, 20), 5, "COL", "Mazzà Giulia"),
        ("Bollette", date(2026, 11, 25), 0, "CEL", "nucleo N001"),
    ]
    assert [(f.description, f.owner_name, f.overdue) for f in day.desk] == [("Pratica ALER", "Antonio Negro", True)]
    assert day.counts == DeskDayCounts(appointments=2, waiting=2, visits=3, mine=2, desk=1, overdue=2)


def test_a_saturday_shows_the_next_opening_and_nothing_to_do(desk: Desk) -> None:
    day = desk_day(desk.uow(write=False), "CEL", operator_id=desk.operator.operator_id)
    assert day.day == date(2026, 11, 21)
    assert (day.openings.today, day.openings.open_now) == ((), False)
    assert day.openings.next_opening is not None
    assert str(day.openings.next_opening.local_label) == "mercoledì 25/11/2026 9:00-12:00"
    assert (day.appointments, day.visits, day.mine, day.desk) == ((), (), (), ())
    assert day.counts == DeskDayCounts(0, 0, 0, 0, 0, 0)


def test_after_closing_the_opening_is_over_and_without_an_operator_all_is_the_desk_s(desk: Desk) -> None:
    add_follow_up(desk, date(2026, 11, 24), owner=desk.operator, description="a")
    add_follow_up(desk, date(2026, 11, 25), owner=desk.coordinator, description="b")
    day = desk_day(desk.uow(write=False), "CEL", operator_id=None, now=rome(2026, 11, 25, 12, 30))
    assert [(t.open_now, t.over) for t in day.openings.today] == [(False, True)]
    assert day.mine == () and [f.description for f in day.desk] == ["a", "b"]


def test_an_unknown_desk(desk: Desk) -> None:
    with pytest.raises(NotFound):
        desk_day(desk.uow(write=False), "XXX", operator_id=None)
