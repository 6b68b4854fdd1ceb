"""Printing a contribution's application form, its receipt and a receipts register through the shared
document viewer.

A receipt printed (on paper) or saved to a file is counted on the receipt, so the next copy says DUPLICATO
(DESIGN 2.4); the viewer closes after that one copy, so a second copy is rendered again (as DUPLICATO) and
counted too. A preview closed without printing or saving counts nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.clock import today
from app.services.contributions import receipts
from app.services.contributions.views import ApplicationView
from app.services.errors import ServiceError
from app.ui.context import DeskContext
from app.ui.text import say


def print_receipt(context: DeskContext, number: str, parent: QWidget) -> bool:
    """Shows the receipt (DUPLICATO when a copy was printed already, ANNULLATA when cancelled); True when
    printed or saved."""
    from app.printing.receipt import receipt_pdf
    from app.ui.document_viewer import show_document

    try:
        view = receipts.receipt_view(context.reader(), number)
    except ServiceError as refused:
        QMessageBox.warning(parent, QCoreApplication.translate("ReceiptPrinting", "Ricevuta"), say(refused.said))
        return False
    pdf = receipt_pdf(view, duplicate=view.next_copy_is_duplicate)
    title = QCoreApplication.translate("ReceiptPrinting", "Ricevuta %1").replace("%1", number)
    printed = show_document(parent, title, pdf, f"ricevuta-{number.replace('/', '-')}.pdf".lower(), one_copy=True)
    if printed:
        receipts.record_receipt_printed(context.uow(), number)
    return printed


def print_application(application: ApplicationView, parent: QWidget) -> bool:
    """The application form pre-filled with the checklist, for the tenant to sign."""
    from app.printing.contribution_application import application_pdf
    from app.ui.document_viewer import show_document

    title = QCoreApplication.translate("ReceiptPrinting", "Domanda di contributo – nucleo %1").replace("%1", application.household_code)
    name = f"domanda-{application.programme_code}-{application.household_code}-{application.programme_year}.pdf".lower()
    return show_document(parent, title, application_pdf(application), name)


def print_register(context: DeskContext, site: str, year: int, parent: QWidget) -> bool:
    """Every number of the series in order, with its state; the viewer's title is the interface's, the
    document's Italian."""
    from app.printing.receipts_register import receipts_register_pdf, register_title
    from app.ui.document_viewer import show_document

    lines = receipts.receipts_register(context.reader(), site, year)
    title = QCoreApplication.translate("ReceiptPrinting", "Registro delle ricevute %1/%2").replace("%1", site).replace("%2", str(year))
    document = receipts_register_pdf(register_title(site, year), lines, today())
    return show_document(parent, title, document, f"registro-ricevute-{site}-{year}.pdf".lower())
