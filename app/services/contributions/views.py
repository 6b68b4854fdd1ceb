"""Plain views of contribution applications and receipts: what the screens, the printouts (app/printing)
and the exports read. Built by app/services/contributions/applications.py and app/services/contributions/receipts.py inside their
transactions, so nothing here touches the database."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from app.messages import Message
from app.services.contributions.eligibility import RuleCheck
from app.vocabulary import ContributionState, ReceiptMethod


@dataclass(frozen=True)
class ApplicationView:
    """An application (domanda) as the desk sees it and the printed form shows it."""

    id: uuid.UUID
    programme_code: str
    programme_name: str
    programme_year: int
    state: ContributionState
    applied_on: date
    household_id: uuid.UUID
    household_code: str
    holder_name: str
    holder_fiscal_code: str
    holder_birth_date: date | None
    holder_phone: str
    address: str
    office_name: str
    checks: tuple[RuleCheck, ...]
    """The checklist as stored with the application (its snapshot), one line per rule."""
    checked_on: date
    protocol_number: str
    protocol_date: date | None
    created_by_name: str
    assessed_on: date | None
    assessed_by_name: str
    assessment_note: str
    heating_cost_cents: int | None
    bill_reference: str
    granted_cents: int | None
    granted_on: date | None
    granted_by_name: str
    paid_on: date | None
    paid_by_name: str
    payment_method: ReceiptMethod | None
    iban: str
    cancelled_on: date | None
    cancelled_by_name: str
    cancel_reason: Message | str
    """As typed, or the note a cancelled receipt left (translated)."""
    receipt_number: str
    """The receipt issued when the grant was paid ("" before)."""
    cap_cents: int
    """The cap per household of the terms the application is decided under."""
    household_granted_cents: int
    """What the household already has from the programme (granted or paid, this application excluded)."""


@dataclass(frozen=True)
class ReceiptView:
    """Every field a receipt prints, as stored when it was issued (DESIGN 2.4)."""

    id: uuid.UUID
    number: str
    issued_on: date
    place: str
    office_name: str
    household_code: str
    beneficiary_name: str
    beneficiary_fiscal_code: str
    beneficiary_address: str
    amount_cents: int
    amount_words: str
    """As written on Italian receipts and cheques: ``seicento/00``."""
    purpose: str
    programme_name: str
    programme_year: int
    payment_method: ReceiptMethod
    iban: str
    act_reference: str
    funding_statement: str
    cup: str
    stamp_duty_line: str
    issued_by_name: str
    print_count: int
    """Copies printed so far; the next print is a DUPLICATO when this is above zero."""
    cancelled_on: date | None
    cancelled_by_name: str
    cancel_reason: str

    @property
    def cancelled(self) -> bool:
        return self.cancelled_on is not None

    @property
    def next_copy_is_duplicate(self) -> bool:
        """The original was printed already: the next copy says DUPLICATO."""
        return self.print_count > 0


@dataclass(frozen=True)
class RegisterLine:
    """One number of a receipts series, in order, with its state."""

    number: str
    issued_on: date
    beneficiary_name: str
    household_code: str
    amount_cents: int
    programme_year: int
    print_count: int
    cancelled_on: date | None
    cancel_reason: str
