"""The pure rules of repayment plans (DESIGN 2.2 and 2.5, issue 4): the schedule, how payments settle it,
and the plan's situation on a date, suspensions included."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.services.money import MAX_CENTS
from app.services.plans.rules import (
    MAX_INSTALLMENTS,
    Installment,
    Payment,
    Period,
    ScheduleError,
    aging_bucket,
    allocate,
    due_date_in_month,
    due_dates,
    periods_overlap,
    schedule_by_amount,
    schedule_by_count,
    schedule_warnings,
    situation,
    tiny_last_installment,
)
from app.vocabulary import AgingBucket

GRACE = 10


def amounts(schedule: list[Installment]) -> list[int]:
    return [i.amount_cents for i in schedule]


def dates(schedule: list[Installment]) -> list[date]:
    return [i.due_date for i in schedule]


def plan_2026() -> list[Installment]:
    """1.000,00 € in 3 from 01/09/2026 on the 15th: 333,33 on 15/09 and 15/10, 333,34 on 15/11."""
    return schedule_by_count(100_000, date(2026, 9, 1), 15, 3)


# --- due dates ---------------------------------------------------------------------------------------


def test_the_first_installment_falls_on_the_first_due_day_after_the_start() -> None:
    assert due_dates(date(2026, 9, 1), 15, 3) == [date(2026, 9, 15), date(2026, 10, 15), date(2026, 11, 15)]


def test_a_start_on_the_due_day_itself_is_the_first_due_date() -> None:
    assert due_dates(date(2026, 9, 15), 15, 2) == [date(2026, 9, 15), date(2026, 10, 15)]


def test_a_start_after_the_due_day_moves_the_first_installment_to_the_next_month() -> None:
    assert due_dates(date(2026, 9, 16), 15, 2) == [date(2026, 10, 15), date(2026, 11, 15)]


def test_a_start_late_in_december_moves_into_the_next_year() -> None:
    assert due_dates(date(2026, 12, 20), 5, 3) == [date(2027, 1, 5), date(2027, 2, 5), date(2027, 3, 5)]


def test_due_day_31_falls_on_the_last_day_of_shorter_months_and_comes_back_to_31() -> None:
    assert due_dates(date(2026, 1, 1), 31, 6) == [
        date(2026, 1, 31),
        date(2026, 2, 28),
        date(2026, 3, 31),
        date(2026, 4, 30),
        date(2026, 5, 31),
        date(2026, 6, 30),
    ]


def test_due_day_29_in_february_of_a_leap_year_and_of_a_common_year() -> None:
    assert due_dates(date(2028, 1, 30), 29, 3) == [date(2028, 2, 29), date(2028, 3, 29), date(2028, 4, 29)]
    assert due_dates(date(2027, 1, 30), 29, 3) == [date(2027, 2, 28), date(2027, 3, 29), date(2027, 4, 29)]


def test_due_day_30_and_31_in_february_of_a_leap_year() -> None:
    assert due_dates(date(2028, 2, 1), 31, 2) == [date(2028, 2, 29), date(2028, 3, 31)]
    assert due_dates(date(2028, 2, 1), 30, 2) == [date(2028, 2, 29), date(2028, 3, 30)]


def test_a_start_on_the_last_day_of_february_with_due_day_31_is_that_day() -> None:
    """The due day 31 of February is the 28th, so a plan starting on the 28th pays that same day."""
    assert due_dates(date(2026, 2, 28), 31, 2) == [date(2026, 2, 28), date(2026, 3, 31)]
    assert due_dates(date(2028, 2, 28), 31, 2) == [date(2028, 2, 29), date(2028, 3, 31)]


def test_a_start_on_feb_29_with_due_day_29() -> None:
    assert due_dates(date(2028, 2, 29), 29, 2) == [date(2028, 2, 29), date(2028, 3, 29)]


def test_a_start_on_the_31st_with_due_day_30_goes_to_the_next_month() -> None:
    assert due_dates(date(2026, 1, 31), 30, 2) == [date(2026, 2, 28), date(2026, 3, 30)]


def test_due_date_in_month_clamps_to_the_month_end() -> None:
    assert due_date_in_month(2026, 4, 31) == date(2026, 4, 30)
    assert due_date_in_month(2024, 2, 31) == date(2024, 2, 29)
    assert due_date_in_month(2100, 2, 29) == date(2100, 2, 28)
    assert due_date_in_month(2026, 4, 1) == date(2026, 4, 1)


@pytest.mark.parametrize("due_day", [0, 32, -1])
def test_a_due_day_outside_1_to_31_is_refused(due_day: int) -> None:
    with pytest.raises(ScheduleError, match="da 1 a 31"):
        due_dates(date(2026, 9, 1), due_day, 3)


# --- schedule by number of installments -------------------------------------------------------------


def test_equal_installments_rounded_down_with_the_remainder_on_the_last() -> None:
    schedule = plan_2026()
    assert schedule == [
        Installment(1, date(2026, 9, 15), 33_333),
        Installment(2, date(2026, 10, 15), 33_333),
        Installment(3, date(2026, 11, 15), 33_334),
    ]


@pytest.mark.parametrize(
    ("total", "count", "expected"),
    [
        (100_000, 4, [25_000] * 4),
        (100, 1, [100]),
        (3, 3, [1, 1, 1]),
        (5, 3, [1, 1, 3]),
        (123_457, 12, [10_288] * 11 + [10_289]),
        (99_999, 100, [999] * 99 + [1_098]),
    ],
)
def test_schedule_by_count_examples(total: int, count: int, expected: list[int]) -> None:
    schedule = schedule_by_count(total, date(2026, 1, 10), 10, count)
    assert amounts(schedule) == expected
    assert [i.number for i in schedule] == list(range(1, count + 1))
    assert schedule[0].due_date == date(2026, 1, 10)


@pytest.mark.parametrize("total", [0, -1, -100_000])
def test_a_debt_of_zero_or_less_is_refused(total: int) -> None:
    with pytest.raises(ScheduleError, match="maggiore di zero"):
        schedule_by_count(total, date(2026, 9, 1), 15, 3)
    with pytest.raises(ScheduleError, match="maggiore di zero"):
        schedule_by_amount(total, date(2026, 9, 1), 15, 1_000)


@pytest.mark.parametrize("count", [0, -3, MAX_INSTALLMENTS + 1])
def test_a_number_of_installments_outside_the_bounds_is_refused(count: int) -> None:
    with pytest.raises(ScheduleError, match=f"da 1 a {MAX_INSTALLMENTS}"):
        schedule_by_count(100_000_000, date(2026, 9, 1), 15, count)


def test_the_largest_number_of_installments_is_accepted() -> None:
    schedule = schedule_by_count(100_000_000, date(2026, 9, 1), 15, MAX_INSTALLMENTS)
    assert len(schedule) == MAX_INSTALLMENTS
    assert schedule[-1].due_date == date(2026 + MAX_INSTALLMENTS // 12, 8, 15)


def test_more_installments_than_cents_is_refused_so_that_none_is_zero() -> None:
    with pytest.raises(ScheduleError, match="almeno un centesimo"):
        schedule_by_count(2, date(2026, 9, 1), 15, 3)


def test_a_bad_due_day_is_refused_by_the_schedule_too() -> None:
    with pytest.raises(ScheduleError):
        schedule_by_count(100_000, date(2026, 9, 1), 0, 3)


# --- schedule by installment amount -----------------------------------------------------------------


def test_installment_amount_mode_leaves_a_tiny_last_installment_shown_as_such() -> None:
    schedule = schedule_by_amount(100_001, date(2026, 9, 1), 15, 25_000)
    assert amounts(schedule) == [25_000, 25_000, 25_000, 25_000, 1]
    assert dates(schedule)[-1] == date(2027, 1, 15)
    assert tiny_last_installment(schedule)
    assert schedule_warnings(schedule, None, 120).tiny_last


def test_installment_amount_mode_with_an_exact_division_has_no_extra_installment() -> None:
    schedule = schedule_by_amount(100_000, date(2026, 9, 1), 15, 25_000)
    assert amounts(schedule) == [25_000] * 4
    assert not tiny_last_installment(schedule)


def test_installment_amount_mode_with_a_large_rest_is_not_tiny() -> None:
    schedule = schedule_by_amount(100_000, date(2026, 9, 1), 15, 30_000)
    assert amounts(schedule) == [30_000, 30_000, 30_000, 10_000]
    assert not tiny_last_installment(schedule)


def test_the_tiny_threshold_is_a_quarter_of_the_installment() -> None:
    assert amounts(schedule_by_amount(42_499, date(2026, 9, 1), 15, 10_000))[-1] == 2_499
    assert tiny_last_installment(schedule_by_amount(42_499, date(2026, 9, 1), 15, 10_000))
    assert not tiny_last_installment(schedule_by_amount(42_500, date(2026, 9, 1), 15, 10_000))


def test_an_installment_larger_than_the_debt_gives_one_installment_of_the_debt() -> None:
    schedule = schedule_by_amount(5_000, date(2026, 9, 1), 15, 25_000)
    assert schedule == [Installment(1, date(2026, 9, 15), 5_000)]
    assert not tiny_last_installment(schedule)


@pytest.mark.parametrize("installment", [0, -1])
def test_an_installment_amount_of_zero_or_less_is_refused(installment: int) -> None:
    with pytest.raises(ScheduleError, match="importo della rata"):
        schedule_by_amount(100_000, date(2026, 9, 1), 15, installment)


def test_an_installment_amount_needing_too_many_installments_is_refused() -> None:
    with pytest.raises(ScheduleError, match=f"servirebbero {MAX_INSTALLMENTS + 1} rate"):
        schedule_by_amount(MAX_INSTALLMENTS * 100 + 1, date(2026, 9, 1), 15, 100)
    assert len(schedule_by_amount(MAX_INSTALLMENTS * 100, date(2026, 9, 1), 15, 100)) == MAX_INSTALLMENTS


# --- warnings ---------------------------------------------------------------------------------------


def test_an_installment_above_an_eighth_of_the_monthly_income_is_a_warning() -> None:
    schedule = plan_2026()  # the largest installment is 333,34
    assert schedule_warnings(schedule, 266_671, 120).above_income_share  # 1/8 = 333,33...
    assert not schedule_warnings(schedule, 266_672, 120).above_income_share  # 1/8 = 333,34 exactly
    assert not schedule_warnings(schedule, None, 120).above_income_share
    messages = schedule_warnings(schedule, 200_000, 120).messages(120, 200_000)
    assert [str(message) for message in messages] == [
        "La rata supera 1/8 del reddito mensile del nucleo (2.000,00 €: 1/8 è 250,00 €): il piano potrebbe non essere sostenibile."
    ]


def test_a_plan_longer_than_the_maximum_is_a_warning() -> None:
    at_maximum = schedule_by_count(1_200_000, date(2026, 1, 1), 1, 120)
    beyond = schedule_by_count(1_210_000, date(2026, 1, 1), 1, 121)
    assert schedule_warnings(at_maximum, None, 120).months == 120
    assert not schedule_warnings(at_maximum, None, 120).longer_than_maximum
    warnings = schedule_warnings(beyond, None, 120)
    assert warnings.longer_than_maximum
    assert [str(message) for message in warnings.messages(120, None)] == ["Il piano dura 121 mesi, oltre il massimo di 120."]
    assert [str(message) for message in schedule_warnings(at_maximum, None, 24).messages(24, None)] == [
        "Il piano dura 120 mesi, oltre il massimo di 24."
    ]


def test_a_sustainable_plan_has_no_warnings() -> None:
    assert schedule_warnings(plan_2026(), 500_000, 120).messages(120, 500_000) == []


# --- allocation ---------------------------------------------------------------------------------------


def paid(statuses: list) -> list[int]:  # type: ignore[type-arg]
    return [s.paid_cents for s in statuses]


def test_a_partial_payment_leaves_the_rest_of_the_installment_due() -> None:
    statuses = allocate(plan_2026(), [Payment(date(2026, 9, 15), 20_000)])
    assert paid(statuses) == [20_000, 0, 0]
    assert statuses[0].due_cents == 13_333
    assert statuses[0].paid_on is None


def test_an_overpayment_is_credited_to_the_next_installments() -> None:
    statuses = allocate(plan_2026(), [Payment(date(2026, 9, 14), 70_000)])
    assert paid(statuses) == [33_333, 33_333, 3_334]
    assert [s.paid_on for s in statuses] == [date(2026, 9, 14), date(2026, 9, 14), None]


def test_payments_settle_the_oldest_installment_first_and_record_the_day_it_was_settled() -> None:
    statuses = allocate(
        plan_2026(),
        [Payment(date(2026, 10, 20), 30_000), Payment(date(2026, 9, 10), 10_000), Payment(date(2026, 11, 2), 60_000)],
    )
    assert paid(statuses) == [33_333, 33_333, 33_334]
    assert [s.paid_on for s in statuses] == [date(2026, 10, 20), date(2026, 11, 2), date(2026, 11, 2)]


def test_paying_more_than_the_plan_never_credits_more_than_the_total() -> None:
    statuses = allocate(plan_2026(), [Payment(date(2026, 9, 1), 150_000)])
    assert paid(statuses) == [33_333, 33_333, 33_334]


def test_no_payments_leave_everything_due() -> None:
    assert paid(allocate(plan_2026(), [])) == [0, 0, 0]


# --- situation ------------------------------------------------------------------------------------------


def test_the_situation_before_anything_falls_due() -> None:
    s = situation(plan_2026(), [], date(2026, 9, 1), GRACE)
    assert (s.total_cents, s.paid_cents, s.outstanding_cents, s.overdue_cents) == (100_000, 0, 100_000, 0)
    assert (s.overdue_count, s.missed_count, s.days_late, s.days_in_arrears) == (0, 0, 0, 0)
    assert s.bucket is AgingBucket.CURRENT
    assert s.next_due is not None and s.next_due.number == 1


def test_on_the_due_date_itself_the_installment_is_not_yet_late() -> None:
    s = situation(plan_2026(), [], date(2026, 9, 15), GRACE)
    assert s.overdue_count == 0
    assert s.days_late == 0
    assert s.next_due is not None and s.next_due.due_date == date(2026, 9, 15)


def test_days_late_count_from_the_oldest_unpaid_due_date_and_arrears_after_the_grace_period() -> None:
    schedule = plan_2026()
    within_grace = situation(schedule, [], date(2026, 9, 25), GRACE)
    assert (within_grace.days_late, within_grace.days_in_arrears, within_grace.missed_count) == (10, 0, 0)
    assert within_grace.overdue_count == 1
    assert within_grace.bucket is AgingBucket.CURRENT
    first_day = situation(schedule, [], date(2026, 9, 26), GRACE)
    assert (first_day.days_late, first_day.days_in_arrears, first_day.missed_count) == (11, 1, 1)
    assert first_day.bucket is AgingBucket.DAYS_1_30


def test_the_situation_today_of_an_unpaid_plan() -> None:
    s = situation(plan_2026(), [], date(2026, 11, 21), GRACE)
    assert (s.overdue_count, s.overdue_cents, s.missed_count) == (3, 100_000, 2)
    assert s.days_late == 67  # since 15/09
    assert s.days_in_arrears == 57  # since 26/09
    assert s.bucket is AgingBucket.DAYS_31_60
    assert s.next_due is None


def test_a_payment_within_the_grace_period_is_not_missed() -> None:
    s = situation(plan_2026(), [Payment(date(2026, 9, 25), 33_333)], date(2026, 10, 1), GRACE)
    assert (s.overdue_count, s.missed_count, s.days_late, s.days_in_arrears) == (0, 0, 0, 0)
    assert s.next_due is not None and s.next_due.number == 2


def test_a_partially_paid_installment_stays_overdue_for_what_is_left() -> None:
    s = situation(plan_2026(), [Payment(date(2026, 9, 15), 33_000)], date(2026, 10, 1), GRACE)
    assert (s.paid_cents, s.outstanding_cents, s.overdue_cents, s.overdue_count) == (33_000, 67_000, 333, 1)
    assert s.days_late == 16
    assert s.missed_count == 1


def test_only_payments_made_by_the_day_count() -> None:
    payments = [Payment(date(2026, 9, 10), 33_333), Payment(date(2026, 10, 30), 66_667)]
    before = situation(plan_2026(), payments, date(2026, 10, 29), GRACE)
    assert (before.paid_cents, before.overdue_cents, before.days_late, before.missed_count) == (33_333, 33_333, 14, 1)
    after = situation(plan_2026(), payments, date(2026, 10, 30), GRACE)
    assert after.fully_paid
    assert (after.paid_cents, after.outstanding_cents, after.overdue_count, after.days_late) == (100_000, 0, 0, 0)
    assert after.next_due is None


def test_missed_counts_each_installment_past_its_own_grace_period() -> None:
    schedule = plan_2026()
    assert situation(schedule, [], date(2026, 10, 25), GRACE).missed_count == 1
    assert situation(schedule, [], date(2026, 10, 26), GRACE).missed_count == 2
    assert situation(schedule, [], date(2026, 11, 26), GRACE).missed_count == 3
    assert situation(schedule, [], date(2026, 11, 26), 0).missed_count == 3
    assert situation(schedule, [], date(2026, 9, 16), 0).missed_count == 1


@pytest.mark.parametrize(
    ("days", "bucket"),
    [
        (0, AgingBucket.CURRENT),
        (1, AgingBucket.DAYS_1_30),
        (30, AgingBucket.DAYS_1_30),
        (31, AgingBucket.DAYS_31_60),
        (60, AgingBucket.DAYS_31_60),
        (61, AgingBucket.DAYS_61_90),
        (90, AgingBucket.DAYS_61_90),
        (91, AgingBucket.OVER_90),
        (1000, AgingBucket.OVER_90),
    ],
)
def test_aging_buckets(days: int, bucket: AgingBucket) -> None:
    assert aging_bucket(days) is bucket


def test_the_bucket_follows_the_days_in_arrears_of_the_oldest_unpaid_installment() -> None:
    schedule = plan_2026()
    assert situation(schedule, [], date(2026, 10, 25), GRACE).bucket is AgingBucket.DAYS_1_30  # 30 days
    assert situation(schedule, [], date(2026, 10, 26), GRACE).bucket is AgingBucket.DAYS_31_60  # 31
    assert situation(schedule, [], date(2026, 11, 24), GRACE).bucket is AgingBucket.DAYS_31_60  # 60
    assert situation(schedule, [], date(2026, 11, 25), GRACE).bucket is AgingBucket.DAYS_61_90  # 61
    assert situation(schedule, [], date(2026, 12, 24), GRACE).bucket is AgingBucket.DAYS_61_90  # 90
    assert situation(schedule, [], date(2026, 12, 25), GRACE).bucket is AgingBucket.OVER_90  # 91


# --- suspensions -----------------------------------------------------------------------------------------


def test_days_in_arrears_do_not_grow_while_the_plan_is_suspended() -> None:
    schedule = plan_2026()
    suspended = [Period(date(2026, 10, 1), None)]
    at_start = situation(schedule, [], date(2026, 9, 30), GRACE, suspended)
    assert at_start.days_in_arrears == 5
    for day in (date(2026, 10, 1), date(2026, 10, 31), date(2027, 3, 1)):
        s = situation(schedule, [], day, GRACE, suspended)
        assert s.days_in_arrears == 5
        assert s.bucket is AgingBucket.DAYS_1_30
    assert situation(schedule, [], date(2027, 3, 1), GRACE, suspended).days_late == 167


def test_after_a_suspension_ends_arrears_grow_again_from_where_they_stopped() -> None:
    schedule = plan_2026()
    suspensions = [Period(date(2026, 10, 1), date(2026, 10, 31))]
    s = situation(schedule, [], date(2026, 11, 21), GRACE, suspensions)
    assert s.days_in_arrears == 57 - 31
    assert s.days_late == 67


def test_an_installment_falling_due_during_a_suspension_is_not_missed_while_suspended() -> None:
    schedule = plan_2026()
    suspensions = [Period(date(2026, 10, 1), None)]
    s = situation(schedule, [Payment(date(2026, 9, 15), 33_333)], date(2026, 11, 30), GRACE, suspensions)
    assert s.overdue_count == 2
    assert (s.missed_count, s.days_in_arrears) == (0, 0)
    assert s.bucket is AgingBucket.CURRENT


def test_a_suspension_within_the_grace_period_postpones_its_end() -> None:
    """Due 15/09, suspended 16-20/09: the ten grace days run on 21-30/09, arrears count from 01/10."""
    schedule = plan_2026()
    within = [Period(date(2026, 9, 16), date(2026, 9, 20))]
    assert situation(schedule, [], date(2026, 9, 30), GRACE, within).days_in_arrears == 0
    assert situation(schedule, [], date(2026, 10, 5), GRACE, within).days_in_arrears == 5


def test_an_installment_due_during_a_suspension_gets_its_whole_grace_period_after_it() -> None:
    """Due 15/10 while suspended 01/10-20/11: active again on 21/11, it is missed only after 01/12."""
    schedule = plan_2026()
    paid_first = [Payment(date(2026, 9, 15), 33_333)]
    suspensions = [Period(date(2026, 10, 1), date(2026, 11, 20))]
    back = situation(schedule, paid_first, date(2026, 11, 21), GRACE, suspensions)
    assert (back.missed_count, back.days_in_arrears, back.bucket) == (0, 0, AgingBucket.CURRENT)
    assert back.days_late == 37  # calendar days: the tenant is late, but not in arrears
    assert situation(schedule, paid_first, date(2026, 12, 1), GRACE, suspensions).days_in_arrears == 1


def test_a_suspension_starting_after_the_day_asked_changes_nothing() -> None:
    later = [Period(date(2026, 12, 1), None)]
    assert situation(plan_2026(), [], date(2026, 11, 21), GRACE, later).days_in_arrears == 57


def test_several_suspensions_are_all_left_out() -> None:
    suspensions = [Period(date(2026, 10, 1), date(2026, 10, 10)), Period(date(2026, 11, 1), date(2026, 11, 5))]
    assert situation(plan_2026(), [], date(2026, 11, 21), GRACE, suspensions).days_in_arrears == 57 - 10 - 5


def test_overlapping_periods_are_not_left_out_twice() -> None:
    """The services never store overlapping suspensions, but merged data from two laptops might."""
    suspensions = [Period(date(2026, 10, 1), date(2026, 10, 20)), Period(date(2026, 10, 11), date(2026, 10, 31))]
    assert situation(plan_2026(), [], date(2026, 11, 21), GRACE, suspensions).days_in_arrears == 57 - 31


@pytest.mark.parametrize(
    ("a", "b", "overlap"),
    [
        (Period(date(2026, 1, 1), date(2026, 1, 31)), Period(date(2026, 2, 1), None), False),
        (Period(date(2026, 1, 1), date(2026, 1, 31)), Period(date(2026, 1, 31), None), True),
        (Period(date(2026, 1, 1), None), Period(date(2030, 1, 1), date(2030, 1, 2)), True),
        (Period(date(2026, 1, 10), date(2026, 1, 10)), Period(date(2026, 1, 10), date(2026, 1, 10)), True),
        (Period(date(2026, 3, 1), date(2026, 3, 5)), Period(date(2026, 1, 1), date(2026, 2, 28)), False),
        (Period(date(2026, 1, 1), date(2026, 12, 31)), Period(date(2026, 5, 1), date(2026, 5, 2)), True),
    ],
)
def test_periods_overlap(a: Period, b: Period, overlap: bool) -> None:
    assert periods_overlap(a, b) is overlap
    assert periods_overlap(b, a) is overlap


# --- properties -----------------------------------------------------------------------------------------

starts = st.dates(min_value=date(2020, 1, 1), max_value=date(2040, 12, 31))
due_days = st.integers(1, 31)


@st.composite
def schedules(draw: st.DrawFn) -> list[Installment]:
    total = draw(st.integers(1, 10_000_000))
    count = draw(st.integers(1, min(total, 36)))
    return schedule_by_count(total, draw(starts), draw(due_days), count)


@st.composite
def payment_lists(draw: st.DrawFn, schedule: list[Installment]) -> list[Payment]:
    first = schedule[0].due_date - timedelta(days=40)
    last = schedule[-1].due_date + timedelta(days=60)
    total = sum(i.amount_cents for i in schedule)
    return draw(
        st.lists(
            st.builds(Payment, st.dates(min_value=first, max_value=last), st.integers(1, max(1, total // 2))),
            max_size=8,
        )
    )


@settings(max_examples=300)
@given(total=st.integers(1, MAX_CENTS), count=st.integers(1, MAX_INSTALLMENTS), start=starts, due_day=due_days)
def test_installments_by_count_always_sum_to_the_debt_and_none_is_zero(total: int, count: int, start: date, due_day: int) -> None:
    if count > total:
        with pytest.raises(ScheduleError):
            schedule_by_count(total, start, due_day, count)
        return
    schedule = schedule_by_count(total, start, due_day, count)
    assert len(schedule) == count
    assert sum(amounts(schedule)) == total
    assert all(amount > 0 for amount in amounts(schedule))
    assert all(a == schedule[0].amount_cents for a in amounts(schedule)[:-1])
    assert 0 <= schedule[-1].amount_cents - schedule[0].amount_cents < count


@settings(max_examples=300)
@given(total=st.integers(1, MAX_CENTS), installment=st.integers(1, MAX_CENTS), start=starts, due_day=due_days)
def test_installments_by_amount_always_sum_to_the_debt_and_none_is_zero(total: int, installment: int, start: date, due_day: int) -> None:
    try:
        schedule = schedule_by_amount(total, start, due_day, installment)
    except ScheduleError:
        assert -(-total // installment) > MAX_INSTALLMENTS
        return
    assert sum(amounts(schedule)) == total
    assert all(0 < amount <= installment for amount in amounts(schedule))
    assert all(amount == installment for amount in amounts(schedule)[:-1])


@settings(max_examples=300)
@given(start=starts, due_day=due_days, count=st.integers(1, 150))
def test_due_dates_strictly_increase_one_per_month(start: date, due_day: int, count: int) -> None:
    found = due_dates(start, due_day, count)
    assert len(found) == count
    assert found[0] >= start
    assert found[0] - start < timedelta(days=31)
    month_before = date(found[0].year, found[0].month, 1) - timedelta(days=1)
    assert due_date_in_month(month_before.year, month_before.month, due_day) < start
    for earlier, later in itertools.pairwise(found):
        assert later > earlier
        assert (later.year * 12 + later.month) - (earlier.year * 12 + earlier.month) == 1
    for day in found:
        last_of_month = due_date_in_month(day.year, day.month, 31).day
        assert day.day == min(due_day, last_of_month)


@settings(max_examples=300)
@given(data=st.data(), schedule=schedules())
def test_allocation_never_loses_or_invents_a_cent(data: st.DataObject, schedule: list[Installment]) -> None:
    payments = data.draw(payment_lists(schedule))
    statuses = allocate(schedule, payments)
    total = sum(amounts(schedule))
    assert sum(s.paid_cents for s in statuses) == min(total, sum(p.amount_cents for p in payments))
    assert all(0 <= s.paid_cents <= s.amount_cents for s in statuses)
    # oldest first: an installment is touched only when every earlier one is fully paid
    for earlier, later in itertools.pairwise(statuses):
        if later.paid_cents > 0:
            assert earlier.due_cents == 0
    for s in statuses:
        assert (s.paid_on is not None) == (s.due_cents == 0)
        if s.paid_on is not None:
            paid_by_then = sum(p.amount_cents for p in payments if p.paid_on <= s.paid_on)
            assert paid_by_then >= sum(i.amount_cents for i in schedule[: s.number])
            paid_before = sum(p.amount_cents for p in payments if p.paid_on < s.paid_on)
            assert paid_before < sum(i.amount_cents for i in schedule[: s.number])


@settings(max_examples=200)
@given(data=st.data(), schedule=schedules())
def test_the_situation_is_the_same_whatever_order_the_payments_are_given_in(data: st.DataObject, schedule: list[Installment]) -> None:
    payments = data.draw(payment_lists(schedule))
    shuffled = data.draw(st.permutations(payments))
    on = data.draw(st.dates(min_value=schedule[0].due_date - timedelta(days=5), max_value=schedule[-1].due_date + timedelta(days=120)))
    suspensions = [Period(schedule[0].due_date + timedelta(days=20), schedule[0].due_date + timedelta(days=50))]
    assert situation(schedule, payments, on, GRACE, suspensions) == situation(schedule, shuffled, on, GRACE, suspensions)
    assert situation(schedule, payments, on, GRACE) == situation(schedule, list(reversed(payments)), on, GRACE)


@st.composite
def periods(draw: st.DrawFn) -> Period:
    start = draw(st.dates(min_value=date(2026, 1, 1), max_value=date(2027, 12, 31)))
    length = draw(st.none() | st.integers(0, 120))
    return Period(start, None if length is None else start + timedelta(days=length))


@settings(max_examples=300)
@given(
    due=st.dates(min_value=date(2026, 1, 1), max_value=date(2027, 6, 30)),
    grace=st.integers(0, 60),
    later=st.integers(-10, 500),
    suspensions=st.lists(periods(), max_size=4),
)
def test_days_in_arrears_are_the_active_days_after_the_due_date_less_the_grace_period(
    due: date, grace: int, later: int, suspensions: list[Period]
) -> None:
    schedule = [Installment(1, due, 10_000)]
    on = due + timedelta(days=later)
    s = situation(schedule, [], on, grace, suspensions)
    active_days = 0
    day = due + timedelta(days=1)
    while day <= on:
        if not any(p.starts_on <= day and (p.ends_on is None or day <= p.ends_on) for p in suspensions):
            active_days += 1
        day += timedelta(days=1)
    expected = max(0, active_days - grace)
    assert s.days_in_arrears == expected
    assert s.days_late == max(0, later)
    assert s.missed_count == (1 if expected else 0)
    assert s.bucket is aging_bucket(expected)


@settings(max_examples=200)
@given(data=st.data(), schedule=schedules())
def test_the_situation_adds_up(data: st.DataObject, schedule: list[Installment]) -> None:
    payments = data.draw(payment_lists(schedule))
    on = data.draw(st.dates(min_value=schedule[0].due_date - timedelta(days=5), max_value=schedule[-1].due_date + timedelta(days=120)))
    s = situation(schedule, payments, on, GRACE)
    paid_by_then = sum(p.amount_cents for p in payments if p.paid_on <= on)
    assert s.paid_cents == min(s.total_cents, paid_by_then)
    assert s.paid_cents + s.outstanding_cents == s.total_cents
    assert 0 <= s.overdue_cents <= s.outstanding_cents
    assert s.missed_count <= s.overdue_count
    assert s.days_in_arrears <= max(0, s.days_late - GRACE)
    if s.next_due is not None:
        assert s.next_due.due_date >= on and s.next_due.due_cents > 0
