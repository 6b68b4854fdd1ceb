"""Printing the privacy notice (DESIGN 2.7) for a person, or blank, through the shared document viewer."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.clock import today
from app.services.offices import list_offices
from app.services.registry.persons import person_summary
from app.services.settings import privacy_notice
from app.ui.context import DeskContext


def print_privacy_notice(context: DeskContext, person_id: uuid.UUID | None, parent: QWidget) -> bool:
    """Shows the notice in the viewer; True when it was printed."""
    from app.printing.privacy_notice import PrivacyNoticeData, privacy_notice_pdf
    from app.ui.document_viewer import show_document

    notice = privacy_notice(context.reader())
    office = next((o for o in list_offices(context.reader()) if o.code == context.identity.office_code), None)
    person = person_summary(context.reader(), person_id) if person_id is not None else None
    name = f"{person.surname} {person.name}" if person else None
    pdf = privacy_notice_pdf(
        PrivacyNoticeData(
            title=notice.title,
            text=notice.text,
            version=notice.version,
            office_name=office.name if office else "",
            office_address=office.address if office else "",
            printed_on=today(),
            person_name=name,
        )
    )
    suggested = f"informativa-privacy-{name or 'in-bianco'}.pdf".replace(" ", "-").lower()
    return show_document(parent, QCoreApplication.translate("PrivacyNotice", "Informativa privacy"), pdf, suggested)
