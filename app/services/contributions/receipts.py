"""Receipts of paid contributions (DESIGN 2.4): gap-free numbering, printing with DUPLICATO counted,
cancellation with ANNULLATA, and the register of a series.

Numbering: one series per site code (laptop) and calendar year of the issue date, ``CEL/2026/0007``. The
number comes from a counter row incremented in the transaction that stores the receipt. On SQLite a
writing unit of work begins with ``BEGIN IMMEDIATE`` (app/store/engine.py), so a second process waits for the first
to commit before it reads the counter; on PostgreSQL the counter row is locked (``FOR UPDATE``). A failed
transaction rolls back the counter with the receipt, so no number is skipped, and a number is never
reused because receipts are never deleted.

Printing (app/printing/receipt.py renders the view): every printed or saved copy is counted with
:func:`record_receipt_printed`; the first is the original, every later one prints DUPLICATO (the command
line can also force the mark). A receipt the desk only previews is not counted. A cancelled receipt prints
ANNULLATA with its reason.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import today
from app.config import raise_receipt_mark, receipt_marks
from app.messages import RecordedSentence, UnreadableText, msg
from app.models.contribution import Contribution, Receipt, ReceiptCounter
from app.models.household import Household
from app.models.office import Office
from app.services.contributions.programmes import mark_cancelled, terms_row_on, terms_view
from app.services.contributions.receipt_rules import amount_in_words, parse_receipt_number, receipt_number, stamp_duty_line
from app.services.contributions.views import ReceiptView, RegisterLine
from app.services.errors import NotFound, ValidationFailed
from app.services.permissions import require_coordinator
from app.services.registry.households import dwelling_address, holder_of
from app.services.unit_of_work import UnitOfWork
from app.vocabulary import ContributionState

PLACE = "Bergamo"

PURPOSE = "Contributo alle spese di riscaldamento della stagione, annualità {year} (spesa documentata: {bill})"
"""The receipt's purpose as it is printed, and stored with the receipt so that a reprint says it as issued:
a document's text, Italian only."""

CANCELLED_WITH_RECEIPT = RecordedSentence(msg("ricevuta {number} annullata: {reason}"))
"""The reason stored on a paid application when its receipt is cancelled, around the reason the operator
typed; read back as its message (:meth:`RecordedSentence.read`)."""


def issue_receipt(uow: UnitOfWork, contribution: Contribution) -> Receipt:
    """Inside the caller's (writing) transaction: the next number of the laptop's series for the year of
    issue, and every field the receipt prints, copied from the contribution, the registry and the
    programme's terms in force today.

    A receipt is issued today, whatever the payment's date: numbers then follow their dates within a
    series, and a series of a past year is never added to. The receipt's issuer lines (funding, CUP,
    determina, stamp duty) are today's terms, so a CUP recorded after the application reaches its receipt."""
    session = uow.session
    issued_on = today()
    site = uow.store.site_code
    sequence = next_sequence(session, site, issued_on.year, issued_before=_receipt_mark(uow, site, issued_on.year))
    paths = uow.store.paths
    if paths is not None:
        uow.after_commit(lambda: raise_receipt_mark(paths, site, issued_on.year, sequence))
    household = session.get(Household, contribution.household_id)
    assert household is not None
    holder = holder_of(session, household.id)
    dwelling = household.dwelling
    office = session.get(Office, household.office_id) if household.office_id else None
    terms = terms_view(terms_row_on(session, contribution.programme, issued_on))
    amount = contribution.granted_cents or 0
    programme = contribution.programme
    receipt = Receipt(
        number=receipt_number(site, issued_on.year, sequence),
        series_site=site,
        year=issued_on.year,
        sequence=sequence,
        contribution_id=contribution.id,
        household_id=household.id,
        beneficiary_name=f"{holder.surname} {holder.name}".strip() if holder else household.code,
        beneficiary_fiscal_code=(holder.codice_fiscale or "") if holder else "",
        beneficiary_address=", ".join(
            part
            for part in (
                dwelling_address(dwelling.street, dwelling.house_number, dwelling.staircase, dwelling.floor, dwelling.unit),
                "Bergamo",
            )
            if part
        ),
        amount_cents=amount,
        amount_words=amount_in_words(amount),
        purpose=PURPOSE.format(year=contribution.programme_year, bill=contribution.bill_reference),
        programme_name=programme.name,
        programme_year=contribution.programme_year,
        issued_on=issued_on,
        place=PLACE,
        office_name=office.name if office else "",
        issued_by_name=uow.actor.name,
        payment_method=contribution.payment_method,
        iban=contribution.iban,
        act_reference=terms.act_reference,
        funding_statement=terms.funding_statement,
        cup=terms.cup,
        stamp_duty_line=stamp_duty_line(amount, terms.stamp_duty, terms.stamp_exemption_rule),
    )
    session.add(receipt)
    return receipt


def _receipt_mark(uow: UnitOfWork, site: str, year: int) -> int:
    paths = uow.store.paths
    return 0 if paths is None else receipt_marks(paths).get((site, year), 0)


def next_sequence(session: Session, site: str, year: int, *, issued_before: int = 0) -> int:
    """The counter row of the series, taken and incremented in the caller's transaction.

    ``issued_before`` is the laptop's high-water mark of the series: after a restore of an older backup the
    counter is behind it, and the higher of the two wins, so that no number is issued twice (issue 10)."""
    counter = session.scalar(
        select(ReceiptCounter)
        .where(ReceiptCounter.series_site == site, ReceiptCounter.year == year)
        .with_for_update()
    )
    if counter is None:
        counter = ReceiptCounter(series_site=site, year=year, last_number=0)
        session.add(counter)
    counter.last_number = max(counter.last_number, issued_before) + 1
    return counter.last_number


# --- reading and printing ------------------------------------------------------------------------------


def receipt_view(uow: UnitOfWork, number: str) -> ReceiptView:
    with uow:
        return _view(uow.session, _receipt(uow.session, number))


def record_receipt_printed(uow: UnitOfWork, number: str) -> int:
    """Counts a printed (or saved) copy; returns the number of copies so far."""
    with uow:
        receipt = _receipt(uow.session, number)
        receipt.print_count += 1
        uow.commit()
        return receipt.print_count


def cancel_receipt(uow: UnitOfWork, number: str, reason: str) -> None:
    """Coordinator only. The receipt is kept with its number and prints ANNULLATA; the payment is cancelled
    with it, so the contribution is cancelled and its amount returns to the budget."""
    require_coordinator(uow.actor, msg("annullare una ricevuta"))
    if not reason.strip():
        raise ValidationFailed({"reason": msg("Motivo dell'annullamento: campo obbligatorio.")})
    with uow:
        session = uow.session
        receipt = _receipt(session, number)
        if receipt.cancelled_on is not None:
            raise ValidationFailed({"reason": msg("La ricevuta {number} è già annullata.").fill(number=receipt.number)})
        _mark_receipt_cancelled(receipt, uow.actor.name, reason)
        contribution = session.get(Contribution, receipt.contribution_id)
        if contribution is not None and contribution.state is ContributionState.PAID:
            mark_cancelled(contribution, uow.actor.name, CANCELLED_WITH_RECEIPT.written(number=receipt.number, reason=reason.strip()))
        uow.commit()


def cancel_live_receipt(session: Session, contribution_id: uuid.UUID, by: str, reason: str) -> None:
    """Inside the caller's transaction: the receipt of a paid contribution being cancelled is cancelled too."""
    receipt = session.scalar(
        select(Receipt).where(Receipt.contribution_id == contribution_id, Receipt.cancelled_on.is_(None))
    )
    if receipt is not None:
        _mark_receipt_cancelled(receipt, by, reason)


def _mark_receipt_cancelled(receipt: Receipt, by: str, reason: str) -> None:
    receipt.cancelled_on = today()
    receipt.cancelled_by_name = by
    receipt.cancel_reason = reason.strip()


def receipt_series(uow: UnitOfWork) -> list[tuple[str, int]]:
    """Every (site, year) series with at least one receipt, newest year first."""
    with uow:
        return list(
            uow.session.execute(
                select(Receipt.series_site, Receipt.year)
                .distinct()
                .order_by(Receipt.year.desc(), Receipt.series_site)
            )
        )


def receipts_register(uow: UnitOfWork, site: str | None = None, year: int | None = None, *, since: date | None = None, until: date | None = None) -> list[RegisterLine]:
    """Every number of the chosen series in order (all series when none is chosen), cancelled ones too."""
    statement = (
        select(Receipt, Household.code)
        .join(Household, Household.id == Receipt.household_id)
        .order_by(Receipt.year, Receipt.series_site, Receipt.sequence)
    )
    if site is not None:
        statement = statement.where(Receipt.series_site == site)
    if year is not None:
        statement = statement.where(Receipt.year == year)
    if since is not None:
        statement = statement.where(Receipt.issued_on >= since)
    if until is not None:
        statement = statement.where(Receipt.issued_on <= until)
    with uow:
        return [
            RegisterLine(
                number=receipt.number,
                issued_on=receipt.issued_on,
                beneficiary_name=receipt.beneficiary_name,
                household_code=code,
                amount_cents=receipt.amount_cents,
                programme_year=receipt.programme_year,
                print_count=receipt.print_count,
                cancelled_on=receipt.cancelled_on,
                cancel_reason=receipt.cancel_reason,
            )
            for receipt, code in uow.session.execute(statement)
        ]


def receipts_to_rebuild(uow: UnitOfWork, site: str, year: int) -> list[str]:
    """Numbers of the series issued but missing from the database: after a restore of an older backup the
    laptop's high-water mark (or the counter) is ahead of the receipts. They are never issued again, and the
    register shows them as "da ricostruire" until each is rebuilt under its own number."""
    paths = uow.store.paths
    mark = 0 if paths is None else receipt_marks(paths).get((site, year), 0)
    with uow:
        counted = uow.session.scalar(
            select(ReceiptCounter.last_number).where(ReceiptCounter.series_site == site, ReceiptCounter.year == year)
        )
        present = set(uow.session.scalars(select(Receipt.sequence).where(Receipt.series_site == site, Receipt.year == year)))
    last = max(mark, counted or 0)
    return [receipt_number(site, year, sequence) for sequence in range(1, last + 1) if sequence not in present]


def _receipt(session: Session, number: str) -> Receipt:
    try:
        site, year, sequence = parse_receipt_number(number)
    except UnreadableText as error:
        raise NotFound(error.said) from None
    receipt = session.scalar(
        select(Receipt).where(Receipt.series_site == site, Receipt.year == year, Receipt.sequence == sequence)
    )
    if receipt is None:
        raise NotFound(msg("La ricevuta {number} non esiste.").fill(number=receipt_number(site, year, sequence)))
    return receipt


def _view(session: Session, receipt: Receipt) -> ReceiptView:
    household = session.get(Household, receipt.household_id)
    return ReceiptView(
        id=receipt.id,
        number=receipt.number,
        issued_on=receipt.issued_on,
        place=receipt.place,
        office_name=receipt.office_name,
        household_code=household.code if household else "",
        beneficiary_name=receipt.beneficiary_name,
        beneficiary_fiscal_code=receipt.beneficiary_fiscal_code,
        beneficiary_address=receipt.beneficiary_address,
        amount_cents=receipt.amount_cents,
        amount_words=receipt.amount_words,
        purpose=receipt.purpose,
        programme_name=receipt.programme_name,
        programme_year=receipt.programme_year,
        payment_method=receipt.payment_method,
        iban=receipt.iban,
        act_reference=receipt.act_reference,
        funding_statement=receipt.funding_statement,
        cup=receipt.cup,
        stamp_duty_line=receipt.stamp_duty_line,
        issued_by_name=receipt.issued_by_name,
        print_count=receipt.print_count,
        cancelled_on=receipt.cancelled_on,
        cancelled_by_name=receipt.cancelled_by_name,
        cancel_reason=receipt.cancel_reason,
    )
