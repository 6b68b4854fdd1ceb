"""Backup rotation (pure): the 10 newest, plus the newest of each of the last 30 days in Rome."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from app.clock import ROME
from app.store.backups import KEEP_DAILY_DAYS, KEEP_NEWEST, backups_to_delete

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)  # 13:00 in Rome


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def rome_day(moment: datetime) -> date:
    return moment.astimezone(ROME).date()


def test_policy_numbers() -> None:
    assert (KEEP_NEWEST, KEEP_DAILY_DAYS) == (10, 30)


def test_nothing_to_rotate() -> None:
    assert backups_to_delete([], NOW) == set()
    few = [NOW - timedelta(days=400 * n) for n in range(10)]
    assert backups_to_delete(few, NOW) == set()


def test_many_backups_on_one_day_keep_the_10_newest() -> None:
    taken = [NOW - timedelta(minutes=10 * n) for n in range(40)]
    deleted = backups_to_delete(taken, NOW)
    assert deleted == set(taken[10:])


def test_one_backup_a_day_for_60_days_keeps_the_last_30_days() -> None:
    taken = [NOW - timedelta(days=n) for n in range(60)]
    deleted = backups_to_delete(taken, NOW)
    assert deleted == set(taken[30:])
    assert min(rome_day(t) for t in set(taken) - deleted) == date(2026, 10, 23)


def test_days_are_counted_in_rome_not_in_utc() -> None:
    eleven_today = [utc(2026, 11, 21, hour) for hour in range(1, 12)]  # 02:00-12:00 in Rome
    just_after_midnight_in_rome = utc(2026, 11, 20, 23, 30)  # 00:30 on 21/11 in Rome
    late_evening_in_rome = utc(2026, 11, 20, 22, 30)  # 23:30 on 20/11 in Rome
    deleted = backups_to_delete([*eleven_today, just_after_midnight_in_rome, late_evening_in_rome], NOW)
    # the oldest of the eleven is neither among the 10 newest nor the newest of its day
    assert deleted == {utc(2026, 11, 21, 1), just_after_midnight_in_rome}
    assert late_evening_in_rome not in deleted  # the newest of 20/11 in Rome


def test_the_thirtieth_day_back_is_the_last_one_kept() -> None:
    newest_ten = [NOW - timedelta(minutes=n) for n in range(10)]
    day_30 = datetime(2026, 10, 23, 8, 0, tzinfo=ROME)  # 29 days before 21/11
    day_30_earlier = datetime(2026, 10, 23, 7, 0, tzinfo=ROME)
    day_31 = datetime(2026, 10, 22, 23, 59, tzinfo=ROME)
    deleted = backups_to_delete([*newest_ten, day_30, day_30_earlier, day_31], NOW)
    assert deleted == {day_30_earlier, day_31}


def test_the_daily_window_follows_rome_across_the_change_of_time() -> None:
    # summer time ended on 25/10/2026; the window still starts on 23/10 at Rome midnight
    newest_ten = [NOW - timedelta(minutes=n) for n in range(10)]
    first_minute = datetime(2026, 10, 23, 0, 0, tzinfo=ROME)
    last_minute_before = datetime(2026, 10, 22, 23, 59, 59, tzinfo=ROME)
    assert first_minute.astimezone(UTC) == utc(2026, 10, 22, 22, 0)
    deleted = backups_to_delete([*newest_ten, first_minute, last_minute_before], NOW)
    assert deleted == {last_minute_before}


def test_the_10_newest_are_kept_however_old() -> None:
    ancient = [utc(2020, 1, 1) + timedelta(hours=n) for n in range(12)]
    deleted = backups_to_delete(ancient, NOW)
    assert deleted == set(sorted(ancient)[:2])


moments = st.datetimes(
    min_value=datetime(2026, 8, 1),
    max_value=datetime(2026, 11, 21, 11, 59),
    timezones=st.just(UTC),
)


@settings(max_examples=200)
@given(taken=st.lists(moments, unique=True, max_size=80))
def test_rotation_properties(taken: list[datetime]) -> None:
    deleted = backups_to_delete(taken, NOW)
    assert deleted <= set(taken)
    newest_first = sorted(taken, reverse=True)
    newest_ten = set(newest_first[:KEEP_NEWEST])
    assert not deleted & newest_ten

    first_kept_day = rome_day(NOW) - timedelta(days=KEEP_DAILY_DAYS - 1)
    newest_of_day: dict[date, datetime] = {}
    for moment in newest_first:
        newest_of_day.setdefault(rome_day(moment), moment)
    for day, moment in newest_of_day.items():
        if day >= first_kept_day:
            assert moment not in deleted

    for moment in taken:
        if moment not in newest_ten and rome_day(moment) < first_kept_day:
            assert moment in deleted
        if moment not in newest_ten and newest_of_day[rome_day(moment)] != moment:
            assert moment in deleted  # a second copy of the same day is not kept either


@settings(max_examples=200)
@given(taken=st.lists(moments, unique=True, max_size=80))
def test_rotating_twice_deletes_nothing_more(taken: list[datetime]) -> None:
    kept = set(taken) - backups_to_delete(taken, NOW)
    assert backups_to_delete(kept, NOW) == set()
