"""Pure rules of visits: the desk's opening on the Rome clock, who may edit or delete, follow-up labels."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.clock import ROME
from app.services.desk.follow_ups import follow_up_label
from app.services.desk.visits import may_delete, may_edit, outside_opening
from app.services.offices import Slot
from app.services.unit_of_work import Actor
from app.vocabulary import FollowUpState, Role

WEDNESDAY_MORNING = (Slot(2, time(9), time(12)),)
"""CEL: Wednesday 9:00-12:00."""


def utc(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


@pytest.mark.parametrize(
    ("moment", "outside"),
    [
        # winter (CET, UTC+1): 9:30 in Bergamo is 8:30 UTC
        (utc(2026, 11, 18, 8, 30), False),
        (utc(2026, 11, 18, 7, 59), True),  # 8:59
        (utc(2026, 11, 18, 10, 59), False),  # 11:59
        (utc(2026, 11, 18, 11, 0), True),  # 12:00: closed
        # summer (CEST, UTC+2): 9:30 in Bergamo is 7:30 UTC
        (utc(2026, 7, 1, 7, 30), False),
        (utc(2026, 7, 1, 10, 30), True),  # 12:30, while 10:30 UTC in winter is 11:30, inside
        (utc(2026, 11, 18, 10, 30), False),
        # the Wednesdays around the spring change (29 March 2026) and the autumn one (25 October 2026)
        (utc(2026, 3, 25, 8, 0), False),  # 9:00 CET
        (utc(2026, 4, 1, 7, 0), False),  # 9:00 CEST
        (utc(2026, 4, 1, 6, 59), True),  # 8:59 CEST
        (utc(2026, 10, 21, 9, 59), False),  # 11:59 CEST
        (utc(2026, 10, 28, 10, 59), False),  # 11:59 CET
        (utc(2026, 10, 28, 11, 0), True),
        # another day of the week
        (utc(2026, 11, 19, 8, 30), True),  # Thursday 9:30
        # late on Tuesday in UTC, already Wednesday in Bergamo: 23:30 UTC = 00:30 Wednesday, still closed
        (utc(2026, 11, 17, 23, 30), True),
    ],
)
def test_opening_is_read_on_the_rome_clock(moment: datetime, outside: bool) -> None:
    assert outside_opening(WEDNESDAY_MORNING, moment) is outside


def test_any_of_several_openings_counts_and_no_opening_means_outside() -> None:
    slots = (Slot(1, time(9), time(12)), Slot(3, time(14), time(17)))
    thursday_afternoon = datetime(2026, 11, 19, 16, 45, tzinfo=ROME)
    assert not outside_opening(slots, thursday_afternoon)
    assert outside_opening(slots, thursday_afternoon.replace(hour=17))
    assert outside_opening((), thursday_afternoon)


def test_a_naive_moment_is_refused() -> None:
    with pytest.raises(ValueError):
        outside_opening(WEDNESDAY_MORNING, datetime(2026, 11, 18, 9, 30))


moments = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2035, 12, 31), timezones=st.just(UTC))
zones = st.sampled_from([UTC, ROME, ZoneInfo("America/New_York"), ZoneInfo("Asia/Tokyo"), timezone(timedelta(hours=5, minutes=30))])


@given(moment=moments, zone=zones)
def test_the_answer_depends_on_the_instant_not_on_the_zone_it_is_written_in(moment: datetime, zone: object) -> None:
    assert outside_opening(WEDNESDAY_MORNING, moment) == outside_opening(WEDNESDAY_MORNING, moment.astimezone(zone))  # type: ignore[arg-type]


@given(moment=moments)
def test_inside_means_wednesday_between_nine_and_noon_in_bergamo(moment: datetime) -> None:
    wall = moment.astimezone(ROME)
    expected_inside = wall.weekday() == 2 and time(9) <= wall.time() < time(12)
    assert outside_opening(WEDNESDAY_MORNING, moment) is not expected_inside


AUTHOR = uuid.uuid4()
RECORDER = uuid.uuid4()
OTHER = uuid.uuid4()


def actor(operator_id: uuid.UUID | None, role: Role = Role.OPERATOR) -> Actor:
    return Actor(operator_id=operator_id, name="x", role=role)


def test_authors_and_coordinators_edit_others_do_not() -> None:
    authors = {AUTHOR, RECORDER}
    assert may_edit(actor(AUTHOR), authors) and may_edit(actor(RECORDER), authors)
    assert may_edit(actor(OTHER, Role.COORDINATOR), authors)
    assert not may_edit(actor(OTHER), authors)
    assert not may_edit(actor(OTHER, Role.TENANT_MANAGER), authors)
    assert not may_edit(actor(None, Role.OPERATOR), authors)


def test_only_an_author_deletes_and_only_on_the_rome_day_of_recording() -> None:
    # recorded at 23:30 UTC on 20 November: already 21 November in Bergamo
    recorded = utc(2026, 11, 20, 23, 30)
    authors = {AUTHOR}
    assert may_delete(actor(AUTHOR), authors, recorded, date(2026, 11, 21))
    assert not may_delete(actor(AUTHOR), authors, recorded, date(2026, 11, 20))
    assert not may_delete(actor(AUTHOR), authors, recorded, date(2026, 11, 22))
    assert not may_delete(actor(OTHER, Role.COORDINATOR), authors, recorded, date(2026, 11, 21))


@pytest.mark.parametrize(
    ("state", "due", "label"),
    [
        (FollowUpState.OPEN, date(2026, 12, 5), "entro il 05/12/2026"),
        (FollowUpState.OVERDUE, date(2026, 11, 1), "scaduto il 01/11/2026"),
        (FollowUpState.CLOSED, None, "chiuso"),
        (None, None, None),
    ],
)
def test_follow_up_labels(state: FollowUpState | None, due: date | None, label: str | None) -> None:
    said = follow_up_label(state, due)
    assert (None if said is None else str(said)) == label
