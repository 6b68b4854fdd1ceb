"""Printing a plan's agreement and its reminder letter (sollecito) through the shared document viewer.

The documents are issued by the plan's desk, with the rules in force today (grace days and lapse
tolerance); a printed reminder is counted on the plan.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.clock import today
from app.services.offices import list_offices
from app.services.plans import plans as repayment_plans
from app.services.plans.plans import PlanView
from app.services.settings import get_setting
from app.ui.context import DeskContext

if TYPE_CHECKING:
    from app.printing.plan_agreement import PlanIssuer  # ReportLab only when printing


def _issuer(context: DeskContext, plan: PlanView) -> PlanIssuer:
    from app.printing.plan_agreement import PlanIssuer

    office = next((o for o in list_offices(context.reader(), include_inactive=True) if o.code == plan.office_code), None)
    return PlanIssuer(
        office_name=office.name if office else plan.office_name,
        office_address=office.address if office else "",
        printed_on=today(),
        lapse_tolerance=int(get_setting(context.reader(), "plan_lapse_tolerance")),
        operator_name=context.actor.name,
    )


def print_agreement(context: DeskContext, plan: PlanView, parent: QWidget) -> bool:
    """Shows the agreement (marked BOZZA until the plan is signed); True when it was printed."""
    from app.printing.plan_agreement import plan_agreement_pdf
    from app.ui.document_viewer import show_document

    pdf = plan_agreement_pdf(plan, _issuer(context, plan))
    title = QCoreApplication.translate("PlanPrinting", "Accordo del piano di rientro – nucleo %1").replace("%1", plan.household_code)
    return show_document(parent, title, pdf, f"piano-di-rientro-{plan.household_code}.pdf".lower())


def print_reminder(context: DeskContext, plan: PlanView, parent: QWidget) -> bool:
    """Shows the reminder letter for the overdue installments; a printed one is counted on the plan."""
    from app.printing.plan_reminder import plan_reminder_pdf
    from app.ui.document_viewer import show_document

    pdf = plan_reminder_pdf(plan, _issuer(context, plan))
    title = QCoreApplication.translate("PlanPrinting", "Sollecito – nucleo %1").replace("%1", plan.household_code)
    printed = show_document(parent, title, pdf, f"sollecito-{plan.household_code}-{today():%Y%m%d}.pdf".lower())
    if printed:
        repayment_plans.record_reminder_printed(context.uow(), plan.id)
    return printed
