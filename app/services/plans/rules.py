"""Pure rules of repayment plans (DESIGN 2.2 and 2.5): the schedule, how payments settle it, and the
plan's situation on a date. No I/O: the services feed stored rows in and store what comes out.

Choices the design leaves open, decided here:

* Plans are monthly. The due day is the same every month; 29-31 fall on the last day of shorter months,
  and a month never borrows the day from the previous one (due day 31: 31/01, 28/02, 31/03).
* Payments settle installments oldest first by their total up to a date, so the situation does not depend
  on the order in which payments were typed in. A payment's own date decides when it counts.
* "Days late" counts calendar days from the oldest unpaid due date. "Days in arrears" counts the days after
  that installment's grace period, leaving out the days the plan was suspended (morosità incolpevole):
  the grace period itself runs only on days the plan is active.
  The aging bucket and the missed installments use days in arrears, so a suspension stops both.
* An installment is *missed* while it is unpaid after its grace period (DESIGN 2.5). One paid late and
  caught up no longer counts: the tolerance asks whether the plan is failing now, not whether it ever was.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from app.messages import Message, msg
from app.services.money import split_installments
from app.vocabulary import AgingBucket

MAX_INSTALLMENTS = 600
"""A safety bound well beyond any plan (50 years): the maximum-months setting warns far below it."""


class ScheduleError(ValueError):
    """The schedule cannot be built from these figures; ``said`` tells why, for the form to show it next to
    the figures (the exception's own text is its Italian, for the log)."""

    def __init__(self, said: Message) -> None:
        super().__init__(str(said))
        self.said = said


class Installment(NamedTuple):
    """Named tuples rather than dataclasses for the rows a situation is made of: the plans list builds
    a hundred thousand of them, and a tuple is built several times faster (benchmarks/plans.py)."""

    number: int
    due_date: date
    amount_cents: int


def due_date_in_month(year: int, month: int, due_day: int) -> date:
    """The due day of that month, or its last day when the month is shorter."""
    return date(year, month, min(due_day, calendar.monthrange(year, month)[1]))


def due_dates(start: date, due_day: int, count: int) -> list[date]:
    """``count`` monthly due dates, the first on the first due day on or after ``start``."""
    if not 1 <= due_day <= 31:
        raise ScheduleError(msg("Il giorno di scadenza va da 1 a 31."))
    first = due_date_in_month(start.year, start.month, due_day)
    offset = 0 if first >= start else 1
    dates = []
    for index in range(offset, offset + count):
        year, month = divmod(start.year * 12 + start.month - 1 + index, 12)
        dates.append(due_date_in_month(year, month + 1, due_day))
    return dates


def schedule_by_count(total_cents: int, start: date, due_day: int, count: int) -> list[Installment]:
    """Equal installments rounded down to the cent, the remainder on the last (1.000,00 in 3: 333,33,
    333,33, 333,34)."""
    if total_cents <= 0:
        raise ScheduleError(msg("Il debito del piano deve essere maggiore di zero."))
    if not 1 <= count <= MAX_INSTALLMENTS:
        raise ScheduleError(msg("Il numero di rate va da 1 a {maximum}.").fill(maximum=MAX_INSTALLMENTS))
    if count > total_cents:
        raise ScheduleError(msg("Troppe rate: ogni rata deve essere di almeno un centesimo."))
    amounts = split_installments(total_cents, count)
    return [Installment(n, day, amount) for n, (day, amount) in enumerate(zip(due_dates(start, due_day, count), amounts), 1)]


def schedule_by_amount(total_cents: int, start: date, due_day: int, installment_cents: int) -> list[Installment]:
    """Installments of the given amount and a last one with what is left (possibly tiny: shown as such)."""
    if total_cents <= 0:
        raise ScheduleError(msg("Il debito del piano deve essere maggiore di zero."))
    if installment_cents <= 0:
        raise ScheduleError(msg("L'importo della rata deve essere maggiore di zero."))
    full, rest = divmod(total_cents, installment_cents)
    count = full + (1 if rest else 0)
    if count > MAX_INSTALLMENTS:
        too_many = msg("Con questa rata servirebbero {count} rate: al massimo {maximum}.")
        raise ScheduleError(too_many.fill(count=count, maximum=MAX_INSTALLMENTS))
    amounts = [installment_cents] * full + ([rest] if rest else [])
    return [Installment(n, day, amount) for n, (day, amount) in enumerate(zip(due_dates(start, due_day, count), amounts), 1)]


def tiny_last_installment(schedule: Sequence[Installment]) -> bool:
    """The last installment is less than a quarter of the others: worth a look before signing."""
    return len(schedule) > 1 and schedule[-1].amount_cents * 4 < schedule[0].amount_cents


@dataclass(frozen=True)
class ScheduleWarnings:
    above_income_share: bool
    """An installment exceeds 1/8 of the household's monthly income (DESIGN 2.5)."""
    months: int
    longer_than_maximum: bool
    tiny_last: bool

    def messages(self, max_months: int, monthly_income_cents: int | None) -> list[Message]:
        from app.services.money import format_amount

        found = []
        if self.above_income_share and monthly_income_cents is not None:
            found.append(
                msg(
                    "La rata supera 1/8 del reddito mensile del nucleo ({income}: 1/8 è {share}): "
                    "il piano potrebbe non essere sostenibile."
                ).fill(income=format_amount(monthly_income_cents), share=format_amount(monthly_income_cents // 8))
            )
        if self.longer_than_maximum:
            too_long = msg("Il piano dura {months} mesi, oltre il massimo di {max_months}.")
            found.append(too_long.fill(months=self.months, max_months=max_months))
        if self.tiny_last:
            found.append(msg("L'ultima rata è molto più piccola delle altre."))
        return found


def schedule_warnings(schedule: Sequence[Installment], monthly_income_cents: int | None, max_months: int) -> ScheduleWarnings:
    months = _months_spanned(schedule)
    largest = max(i.amount_cents for i in schedule)
    return ScheduleWarnings(
        above_income_share=monthly_income_cents is not None and largest * 8 > monthly_income_cents,
        months=months,
        longer_than_maximum=months > max_months,
        tiny_last=tiny_last_installment(schedule),
    )


def _months_spanned(schedule: Sequence[Installment]) -> int:
    first, last = schedule[0].due_date, schedule[-1].due_date
    return (last.year - first.year) * 12 + last.month - first.month + 1


# --- payments and situation --------------------------------------------------------------------------


class Payment(NamedTuple):
    paid_on: date
    amount_cents: int


class Period(NamedTuple):
    """Days from ``starts_on`` to ``ends_on`` included; ``ends_on=None``: still going."""

    starts_on: date
    ends_on: date | None


class InstallmentStatus(NamedTuple):
    number: int
    due_date: date
    amount_cents: int
    paid_cents: int
    paid_on: date | None
    """The day it became fully paid; ``None`` while something is still due."""

    @property
    def due_cents(self) -> int:
        return self.amount_cents - self.paid_cents


def allocate(schedule: Sequence[Installment], payments: Iterable[Payment]) -> list[InstallmentStatus]:
    """Payments (up to whatever date the caller chose) settle installments oldest first; an overpayment
    of one installment goes to the next ones. The paid total is never lost nor invented: the sum of
    ``paid_cents`` is the paid total, capped at the plan's total."""
    ordered = sorted(payments, key=lambda p: (p.paid_on, p.amount_cents))
    statuses = []
    payment_index, paid_so_far, covered_before = 0, 0, 0
    for installment in schedule:
        covered_after = covered_before + installment.amount_cents
        paid_on = None
        while payment_index < len(ordered) and paid_so_far < covered_after:
            paid_so_far += ordered[payment_index].amount_cents
            if paid_so_far >= covered_after:
                paid_on = ordered[payment_index].paid_on
            payment_index += 1
        if paid_on is None and paid_so_far >= covered_after:
            paid_on = statuses[-1].paid_on if statuses else None
        paid = max(0, min(installment.amount_cents, paid_so_far - covered_before))
        statuses.append(InstallmentStatus(installment.number, installment.due_date, installment.amount_cents, paid, paid_on))
        covered_before = covered_after
    return statuses


def aging_bucket(days_in_arrears: int) -> AgingBucket:
    if days_in_arrears <= 0:
        return AgingBucket.CURRENT
    if days_in_arrears <= 30:
        return AgingBucket.DAYS_1_30
    if days_in_arrears <= 60:
        return AgingBucket.DAYS_31_60
    if days_in_arrears <= 90:
        return AgingBucket.DAYS_61_90
    return AgingBucket.OVER_90


@dataclass(frozen=True)
class Situation:
    on: date
    total_cents: int
    paid_cents: int
    outstanding_cents: int
    overdue_cents: int
    overdue_count: int
    """Installments past their due date and not fully paid."""
    missed_count: int
    """Installments still unpaid after their grace period (DESIGN 2.5), suspended days left out."""
    days_late: int
    """Calendar days since the oldest unpaid due date."""
    days_in_arrears: int
    """Days after that installment's grace period, without the days of suspension."""
    bucket: AgingBucket
    next_due: InstallmentStatus | None
    """The first installment not fully paid that falls due on or after ``on``."""
    installments: tuple[InstallmentStatus, ...]

    @property
    def fully_paid(self) -> bool:
        return self.outstanding_cents == 0


def situation(
    schedule: Sequence[Installment],
    payments: Iterable[Payment],
    on: date,
    grace_days: int,
    suspensions: Iterable[Period] = (),
) -> Situation:
    """The plan as it stands at the end of day ``on``: only payments made by then count."""
    counted = [p for p in payments if p.paid_on <= on]
    statuses = allocate(schedule, counted)
    total = sum(i.amount_cents for i in schedule)
    paid = sum(s.paid_cents for s in statuses)
    overdue = [s for s in statuses if s.due_date < on and s.due_cents > 0]
    periods = list(suspensions)
    arrears_days = [_days_in_arrears(s.due_date, on, grace_days, periods) for s in overdue]
    oldest = overdue[0] if overdue else None
    days_in_arrears = arrears_days[0] if arrears_days else 0
    return Situation(
        on=on,
        total_cents=total,
        paid_cents=paid,
        outstanding_cents=total - paid,
        overdue_cents=sum(s.due_cents for s in overdue),
        overdue_count=len(overdue),
        missed_count=sum(1 for days in arrears_days if days > 0),
        days_late=(on - oldest.due_date).days if oldest else 0,
        days_in_arrears=days_in_arrears,
        bucket=aging_bucket(days_in_arrears),
        next_due=next((s for s in statuses if s.due_date >= on and s.due_cents > 0), None),
        installments=tuple(statuses),
    )


def _days_in_arrears(due: date, on: date, grace_days: int, suspensions: Sequence[Period]) -> int:
    """The days after the due date up to ``on`` that fall outside every suspension, less the grace days.

    The grace period runs on those same days: an installment that fell due while the plan was suspended
    gets its whole grace period after the plan is active again, instead of being missed the day it
    returns. A day inside two suspensions is left out once (the services never store overlapping
    suspensions, but data merged from two laptops might)."""
    if on <= due:
        return 0
    first = due + timedelta(days=1)
    active = (on - first).days + 1
    counted_until = due
    for period in sorted(suspensions, key=lambda p: p.starts_on):
        start = max(period.starts_on, counted_until + timedelta(days=1), first)
        end = min(period.ends_on or on, on)
        if end >= start:
            active -= (end - start).days + 1
            counted_until = end
    return max(0, active - grace_days)


def periods_overlap(a: Period, b: Period) -> bool:
    a_end, b_end = a.ends_on or date.max, b.ends_on or date.max
    return a.starts_on <= b_end and b.starts_on <= a_end
