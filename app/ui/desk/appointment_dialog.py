"""Booking a person (or just a name and a phone number) into one of the desk's coming openings."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtWidgets import QLabel, QWidget

from app.clock import ROME
from app.services.catalogues import list_items
from app.services.desk.appointments import AppointmentForm, book_appointment, desk_openings
from app.services.errors import ValidationFailed
from app.services.offices import list_offices
from app.ui.context import DeskContext
from app.ui.forms import FormDialog, choice_box, line_edit, notes_edit
from app.ui.person_picker import PersonPicker
from app.ui.text import say
from app.vocabulary import CatalogueKind


class AppointmentDialog(FormDialog):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Nuovo appuntamento"), parent)
        self._context = context
        self.saved_id: object | None = None
        who = self.add_column(self.tr("Con chi"))
        self.picker = PersonPicker(context, self, empty_hint=self.tr("Non registrata: scrivere nome e telefono qui sotto."))
        who.addRow(self.picker)
        self.contact_name = self.add_field(
            "contact_name", self.tr("Oppure nome"), line_edit(placeholder=self.tr("chi non è ancora registrato"), parent=self), who
        )
        self.contact_phone = self.add_field("contact_phone", self.tr("Telefono"), line_edit(parent=self), who)
        when = self.add_column(self.tr("Quando"))
        offices = list_offices(context.reader())
        self.office = self.add_field(
            "office_code", self.tr("Sportello"), choice_box([(o.name, o.code) for o in offices], context.identity.office_code, parent=self), when
        )
        self.opening = self.add_field("opening", self.tr("Apertura"), choice_box([], parent=self), when)
        self.at = self.add_field("starts_at", self.tr("Ora"), line_edit(placeholder=self.tr("es. 10:30"), parent=self), when)
        self.duration = self.add_field("duration_minutes", self.tr("Durata (minuti)"), line_edit("20", parent=self), when)
        topics = list_items(context.reader(), CatalogueKind.TOPICS)
        self.topic = self.add_field(
            "topic_id", self.tr("Argomento"), choice_box([(self.tr("da definire"), None)] + [(t.name, t.id) for t in topics], parent=self), when
        )
        self.note = self.add_field("note", self.tr("Note"), notes_edit(parent=self), when)
        self.note.setMaximumHeight(400)  # the person search on the left makes the dialog tall: the note fills it
        self.hours = QLabel(self)
        when.addRow("", self.hours)
        self.office.currentIndexChanged.connect(self._on_office_changed)
        self.opening.currentIndexChanged.connect(self._on_opening_changed)
        self._on_office_changed()
        self.resize(900, 460)
        self.mark_clean()

    def focus_chain(self) -> list[QWidget]:
        """The person search first: most appointments are for someone already registered."""
        return [self.picker.search, self.picker.results, *super().focus_chain()]

    def _on_office_changed(self) -> None:
        self.opening.clear()
        for opening in desk_openings(self._context.reader(), self.office.currentData()):
            self.opening.addItem(say(opening.local_label), opening)
        self._on_opening_changed()

    def _on_opening_changed(self) -> None:
        opening = self.opening.currentData()
        if opening is not None and not self.at.text().strip():
            self.at.setText(f"{opening.starts_at.astimezone(ROME):%H:%M}")

    def _starts_at(self) -> datetime:
        opening = self.opening.currentData()
        if opening is None:
            raise ValidationFailed({"opening": self.tr("Lo sportello non ha aperture nelle prossime settimane: controllare gli orari.")})
        hours, _, minutes = self.at.text().strip().replace(".", ":").partition(":")
        if not hours.isdigit() or (minutes and not minutes.isdigit()) or int(hours) > 23 or int(minutes or 0) > 59:
            raise ValidationFailed({"starts_at": self.tr("Scrivere l'ora come 10:30.")})
        day = opening.starts_at.astimezone(ROME).date()
        return datetime.combine(day, time(int(hours), int(minutes or 0)), ROME)

    def save(self, confirmed: bool) -> None:
        duration = self.duration.text().strip()
        if not duration.isdigit():
            raise ValidationFailed({"duration_minutes": self.tr("Scrivere i minuti come numero, per esempio 20.")})
        person = self.picker.person
        self.saved_id = book_appointment(
            self._context.uow(),
            AppointmentForm(
                office_code=self.office.currentData(),
                starts_at=self._starts_at(),
                duration_minutes=int(duration),
                person_id=person.id if person else None,
                contact_name=self.contact_name.text(),
                contact_phone=self.contact_phone.text(),
                topic_id=self.topic.currentData(),
                note=self.note.toPlainText(),
            ),
            confirmed=confirmed,
        )
