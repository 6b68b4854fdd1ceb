"""Households that meet the heating contribution's rules, and applications brought to a given state."""

from __future__ import annotations

import uuid
from dataclasses import replace

from app.clock import today as desk_today
from app.services.contributions import applications as contributions
from app.services.contributions import programmes as contribution_programmes
from app.services.contributions.applications import ApplicationForm
from app.services.contributions.programmes import HEATING, TermsForm
from app.services.registry import households
from app.services.registry.forms import HouseholdForm, IseeForm, PersonForm
from app.vocabulary import ReceiptMethod
from tests.conftest import Desk

ELIGIBLE = HouseholdForm(
    code="N001",
    street="via Pizzo Tre Signori",
    house_number="2",
    neighbourhood="Celadina",
    centralised_heating=True,
    assignment_date="15/03/2024",
    sap_area="accesso",
    arrears_known=True,
    arrears_amount="0",
    arrears_as_of="30/09/2026",
    office_code="CEL",
)
"""On the pinned today (2026-11-21) every L.1 rule passes once an ISEE in range is added."""


def eligible_household(
    desk: Desk,
    code: str = "N001",
    surname: str = "Mazzà",
    name: str = "Giulia",
    isee: str = "12.345,67",
    *,
    codice_fiscale: str = "",
    **changes: object,
) -> uuid.UUID:
    household_id = households.create_household(
        desk.uow(),
        replace(ELIGIBLE, code=code, **changes),  # type: ignore[arg-type]
        PersonForm(surname=surname, name=name, codice_fiscale=codice_fiscale, phone="035 123456"),
        confirmed=True,
    )
    if isee:
        households.add_attestation(
            desk.uow(), household_id, IseeForm(kind="ordinario", filing_date="15/01/2026", value=isee), confirmed=True
        )
    return household_id


def draft(desk: Desk, household_id: uuid.UUID, applied_on: str = "20/11/2026") -> uuid.UUID:
    return contributions.create_application(desk.uow(), ApplicationForm(household_id, HEATING, applied_on))


def eligible(desk: Desk, household_id: uuid.UUID) -> uuid.UUID:
    application = draft(desk, household_id)
    contributions.assess_application(desk.uow(), application)
    return application


def granted(desk: Desk, household_id: uuid.UUID, cost: str = "600,00") -> uuid.UUID:
    application = eligible(desk, household_id)
    contributions.grant_contribution(desk.uow(desk.tenant_manager), application, cost, "Bolletta 2026/118 riscaldamento")
    return application


def paid(desk: Desk, household_id: uuid.UUID, cost: str = "600,00") -> tuple[uuid.UUID, str]:
    application = granted(desk, household_id, cost)
    number = contributions.pay_contribution(desk.uow(desk.operator), application, "21/11/2026", ReceiptMethod.SAP_ACCOUNT)
    return application, number


def terms_form(desk: Desk, code: str = HEATING, **changes: object) -> TermsForm:
    """The terms of ``code`` in force today as the programme screen fills them, with ``changes``."""
    view = contribution_programmes.programme_view(desk.uow(write=False), code)
    current = view.terms_on(desk_today())
    assert current is not None
    return replace(current.form(), **changes)  # type: ignore[arg-type]


def save_terms(desk: Desk, code: str = HEATING, **changes: object) -> uuid.UUID:
    """New terms for ``code`` saved by the coordinator (from 01/11/2026 unless ``effective_from`` is given)."""
    changes.setdefault("effective_from", "01/11/2026")
    return contribution_programmes.save_terms(desk.uow(), code, terms_form(desk, code, **changes))


def many_eligible(desk: Desk, count: int, prefix: str = "M") -> list[uuid.UUID]:
    """``count`` eligible drafts assessed eligible, each for its own household (codes M001, M002, ...)."""
    return [eligible(desk, eligible_household(desk, f"{prefix}{index:03d}", surname=f"Nucleo{index}")) for index in range(1, count + 1)]
