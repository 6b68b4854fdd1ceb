"""A desk's coming openings from its weekly slots, in Rome time across the clock changes (pure rules)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.clock import ROME
from app.services.desk.appointments import coming_openings, opening_containing
from app.services.desk.day import desk_openings_at
from app.services.offices import Slot

WEDNESDAY_MORNING = Slot(2, time(9), time(12))
THURSDAY_MORNING = Slot(3, time(9), time(12))
THURSDAY_AFTERNOON = Slot(3, time(14), time(17))


def rome(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=ROME)


def utc(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def test_openings_are_labelled_as_the_desk_writes_them() -> None:
    openings = coming_openings([WEDNESDAY_MORNING], rome(2026, 11, 21, 10), 2)
    assert [str(o.local_label) for o in openings] == ["mercoledì 25/11/2026 9:00-12:00", "mercoledì 02/12/2026 9:00-12:00"]
    assert openings[0].starts_at == utc(2026, 11, 25, 8) and openings[0].ends_at == utc(2026, 11, 25, 11)
    assert openings[0].starts_at.tzinfo is UTC


def test_the_week_the_clocks_go_forward_keeps_nine_o_clock_at_nine() -> None:
    # summer time starts on Sunday 29 March 2026: 9:00 is 08:00 UTC before, 07:00 UTC after
    openings = coming_openings([WEDNESDAY_MORNING], rome(2026, 3, 21), 3)
    assert [o.starts_at for o in openings] == [utc(2026, 3, 25, 8), utc(2026, 4, 1, 7), utc(2026, 4, 8, 7)]
    assert all(o.starts_at.astimezone(ROME).time() == time(9) for o in openings)
    assert all(o.ends_at - o.starts_at == timedelta(hours=3) for o in openings)


def test_the_week_the_clocks_go_back_keeps_nine_o_clock_at_nine() -> None:
    # summer time ends on Sunday 25 October 2026
    openings = coming_openings([WEDNESDAY_MORNING], rome(2026, 10, 19), 2)
    assert [o.starts_at for o in openings] == [utc(2026, 10, 21, 7), utc(2026, 10, 28, 8)]
    assert [str(o.local_label) for o in openings] == [
        "mercoledì 21/10/2026 9:00-12:00",
        "mercoledì 28/10/2026 9:00-12:00",
    ]


def test_an_opening_across_the_change_in_the_night_lasts_what_the_clock_says() -> None:
    night = Slot(6, time(1), time(4))  # Sunday 1:00-4:00: on 29 March 2026 the hour 2:00-3:00 does not exist
    spring, = coming_openings([night], rome(2026, 3, 28), 1)
    assert (spring.starts_at, spring.ends_at) == (utc(2026, 3, 29, 0), utc(2026, 3, 29, 2))
    autumn, = coming_openings([night], rome(2026, 10, 24), 1)  # on 25 October 2:00-3:00 happens twice
    assert (autumn.starts_at, autumn.ends_at) == (utc(2026, 10, 24, 23), utc(2026, 10, 25, 3))


def test_two_slots_on_the_same_day_come_in_time_order() -> None:
    openings = coming_openings([THURSDAY_AFTERNOON, THURSDAY_MORNING], rome(2026, 11, 21), 3)
    assert [str(o.local_label) for o in openings] == [
        "giovedì 26/11/2026 9:00-12:00",
        "giovedì 26/11/2026 14:00-17:00",
        "giovedì 03/12/2026 9:00-12:00",
    ]


def test_between_two_slots_of_the_day_the_afternoon_one_comes_first() -> None:
    openings = coming_openings([THURSDAY_MORNING, THURSDAY_AFTERNOON], rome(2026, 11, 26, 12, 30), 2)
    assert [str(o.local_label) for o in openings] == ["giovedì 26/11/2026 14:00-17:00", "giovedì 03/12/2026 9:00-12:00"]


def test_an_opening_under_way_is_still_coming_until_it_ends() -> None:
    during = coming_openings([WEDNESDAY_MORNING], rome(2026, 11, 25, 10, 15), 1)
    assert [str(o.local_label) for o in during] == ["mercoledì 25/11/2026 9:00-12:00"]
    at_closing = coming_openings([WEDNESDAY_MORNING], rome(2026, 11, 25, 12), 1)
    assert [str(o.local_label) for o in at_closing] == ["mercoledì 02/12/2026 9:00-12:00"]


def test_the_moment_may_be_given_in_any_zone() -> None:
    from_utc = coming_openings([WEDNESDAY_MORNING], utc(2026, 11, 25, 8, 30), 1)
    assert from_utc[0].starts_at == utc(2026, 11, 25, 8)


def test_nothing_to_offer_without_slots_or_count() -> None:
    assert coming_openings([], rome(2026, 11, 21), 5) == []
    assert coming_openings([WEDNESDAY_MORNING], rome(2026, 11, 21), 0) == []
    assert coming_openings([Slot(2, time(12), time(9))], rome(2026, 11, 21), 3) == []


def test_a_naive_moment_is_refused() -> None:
    with pytest.raises(ValueError):
        coming_openings([WEDNESDAY_MORNING], datetime(2026, 11, 21, 10), 1)


def test_an_appointment_must_fit_wholly_inside_an_opening() -> None:
    slots = [WEDNESDAY_MORNING]
    assert opening_containing(slots, rome(2026, 11, 25, 11, 40), rome(2026, 11, 25, 12)) is not None
    assert opening_containing(slots, rome(2026, 11, 25, 11, 50), rome(2026, 11, 25, 12, 10)) is None
    assert opening_containing(slots, rome(2026, 11, 25, 8, 50), rome(2026, 11, 25, 9, 10)) is None
    assert opening_containing(slots, rome(2026, 11, 26, 9), rome(2026, 11, 26, 9, 20)) is None


def test_where_the_desk_stands_during_after_and_between_openings() -> None:
    slots = [THURSDAY_MORNING, THURSDAY_AFTERNOON]
    during = desk_openings_at(slots, rome(2026, 11, 26, 10))
    assert during.open_now and [(t.open_now, t.over) for t in during.today] == [(True, False), (False, False)]
    assert during.next_opening is not None and str(during.next_opening.local_label) == "giovedì 26/11/2026 14:00-17:00"
    evening = desk_openings_at(slots, rome(2026, 11, 26, 18))
    assert not evening.open_now and [t.over for t in evening.today] == [True, True]
    assert evening.next_opening is not None and str(evening.next_opening.local_label) == "giovedì 03/12/2026 9:00-12:00"
    saturday = desk_openings_at(slots, rome(2026, 11, 21, 10))
    assert saturday.today == () and not saturday.open_now
    assert saturday.next_opening is not None and str(saturday.next_opening.local_label) == "giovedì 26/11/2026 9:00-12:00"


SLOTS = st.lists(
    st.builds(
        lambda weekday, start, length: Slot(weekday, time(start), time(start + length)),
        st.integers(0, 6),
        st.integers(6, 18),
        st.integers(1, 5),
    ),
    min_size=1,
    max_size=4,
)


@settings(max_examples=200)
@given(
    slots=SLOTS,
    after=st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2030, 12, 31)),
    count=st.integers(1, 12),
)
def test_openings_come_in_order_match_a_slot_and_have_not_ended(slots: list[Slot], after: datetime, count: int) -> None:
    moment = after.replace(tzinfo=UTC)
    openings = coming_openings(slots, moment, count)
    assert len(openings) == count
    assert all(o.ends_at > moment for o in openings)
    assert all(a.starts_at <= b.starts_at for a, b in zip(openings, openings[1:]))
    for opening in openings:
        local = opening.starts_at.astimezone(ROME)
        assert any(s.weekday == local.weekday() and s.starts == local.time() for s in slots)
