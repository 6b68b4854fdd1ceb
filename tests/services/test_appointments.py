"""Appointments at a desk: who may be booked when, what the day's list shows, and what becomes of them.

Today is pinned to Saturday 21/11/2026; the desk CEL opens on Wednesdays 9:00-12:00.
"""

from __future__ import annotations

import json
import uuid
from datetime import date

import pytest
from sqlalchemy import select

from app import clock
from app.models.appointment import Appointment
from app.models.audit import AuditEntry
from app.models.catalogue import Topic
from app.services.desk.appointments import (
    AppointmentForm,
    appointment_prefill,
    appointments_on,
    book_appointment,
    cancel_appointment,
    desk_openings,
    mark_attended,
    mark_no_show,
)
from app.services.errors import NeedsConfirmation, PermissionDenied, ValidationFailed
from app.services.unit_of_work import COMMAND_LINE, UnitOfWork
from app.vocabulary import AppointmentStatus
from tests.conftest import Desk
from tests.desk_records import add_household, add_visit, catalogue_item, rome

WEDNESDAY = date(2026, 11, 25)


def book(desk: Desk, form: AppointmentForm, *, confirmed: bool = False) -> uuid.UUID:
    return book_appointment(desk.uow(desk.operator), form, confirmed=confirmed)


def day_list(desk: Desk, day: date = WEDNESDAY, **options: bool) -> list[tuple[str, str, str, str]]:
    return [
        (a.time_label, a.name, a.phone, str(a.status.label))
        for a in appointments_on(desk.uow(write=False), "CEL", day, **options)
    ]


def refusal(desk: Desk, form: AppointmentForm) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as refused:
        book(desk, form)
    return refused.value.errors


def test_a_registered_person_is_booked_into_the_next_opening(desk: Desk) -> None:
    holder, = add_household(desk, "N001", ("Mazzà", "Giulia"), phone="333 1234567")
    topic = catalogue_item(desk, Topic, "Contributo riscaldamento L.1")
    opening = desk_openings(desk.uow(write=False), "CEL", count=1)[0]
    assert str(opening.local_label) == "mercoledì 25/11/2026 9:00-12:00"
    book(desk, AppointmentForm("CEL", rome(2026, 11, 25, 9, 20), 20, person_id=holder, topic_id=topic, note="porta l'ISEE"))
    view, = appointments_on(desk.uow(write=False), "CEL", WEDNESDAY)
    assert (view.time_label, view.name, view.phone, view.household_code) == ("9:20-9:40", "Mazzà Giulia", "333 1234567", "N001")
    assert (view.topic_name, view.note, view.status, view.visit_id) == (
        "Contributo riscaldamento L.1",
        "porta l'ISEE",
        AppointmentStatus.BOOKED,
        None,
    )
    assert view.booked_by_name == "Pierangela Ghilardi"
    assert appointments_on(desk.uow(write=False), "COL", WEDNESDAY) == []
    assert appointments_on(desk.uow(write=False), "CEL", date(2026, 12, 2)) == []


def test_someone_not_registered_is_booked_by_name_and_phone(desk: Desk) -> None:
    book(desk, AppointmentForm("CEL", rome(2026, 11, 25, 10), 30, contact_name="Samira B.", contact_phone="+39 340 555 1212"))
    assert day_list(desk) == [("10:00-10:30", "Samira B.", "+39 340 555 1212", "prenotato")]


def test_a_person_or_a_name_with_a_phone_is_required(desk: Desk) -> None:
    at = rome(2026, 11, 25, 10)
    assert "oppure scrivere nome e telefono" in refusal(desk, AppointmentForm("CEL", at))["person_id"]
    assert "per poterla richiamare" in refusal(desk, AppointmentForm("CEL", at, contact_name="Samira B."))["contact_phone"]
    short = refusal(desk, AppointmentForm("CEL", at, contact_name="Samira B.", contact_phone="340"))
    assert "almeno 6 cifre" in short["contact_phone"]
    assert day_list(desk) == []


def test_every_wrong_field_is_reported_at_once(desk: Desk) -> None:
    errors = refusal(desk, AppointmentForm("CEL", rome(2026, 11, 18, 10), 0))
    assert set(errors) == {"starts_at", "duration_minutes", "person_id"}
    assert errors["starts_at"] == "Data e ora: 18/11/2026 10:00 è già passato; scegliere una delle prossime aperture."
    assert errors["duration_minutes"] == "Durata: tra 5 e 240 minuti."


def test_an_appointment_must_fall_inside_an_opening_of_the_desk(desk: Desk) -> None:
    person = {"contact_name": "Samira B.", "contact_phone": "340 5551212"}
    thursday = refusal(desk, AppointmentForm("CEL", rome(2026, 11, 26, 10), **person))
    assert thursday["starts_at"] == (
        "Data e ora: lo sportello CEL è aperto mercoledì 9:00-12:00; scegliere un orario di apertura."
    )
    too_early = refusal(desk, AppointmentForm("CEL", rome(2026, 11, 25, 8, 30), **person))
    assert "aperto mercoledì 9:00-12:00" in too_early["starts_at"]
    overrun = refusal(desk, AppointmentForm("CEL", rome(2026, 11, 25, 11, 50), 20, **person))
    assert overrun["starts_at"] == (
        "Data e ora: l'appuntamento finirebbe alle 12:10, dopo la chiusura delle 12:00; anticiparlo o accorciarlo."
    )
    book(desk, AppointmentForm("CEL", rome(2026, 11, 25, 11, 40), 20, **person))
    book(desk, AppointmentForm("COL", rome(2026, 11, 24, 9), 20, **person))
    assert day_list(desk) == [("11:40-12:00", "Samira B.", "340 5551212", "prenotato")]


def test_unknown_desk_person_or_retired_topic_are_refused(desk: Desk) -> None:
    topic = catalogue_item(desk, Topic, "Vecchio argomento")
    with desk.uow() as uow:
        uow.session.get_one(Topic, topic).retired = True
        uow.commit()
    errors = refusal(desk, AppointmentForm("XXX", rome(2026, 11, 25, 10), person_id=uuid.uuid4(), topic_id=topic))
    assert errors == {
        "office_code": "Sportello: XXX non esiste.",
        "person_id": "Persona: non trovata nell'anagrafe.",
        "topic_id": "Argomento: «Vecchio argomento» non è più in uso; sceglierne un altro.",
    }
    no_desk = refusal(desk, AppointmentForm("", rome(2026, 11, 25, 10), contact_name="Samira B.", contact_phone="3405551212"))
    assert no_desk == {"office_code": "Sportello: scegliere uno sportello."}


def test_the_same_person_twice_at_the_same_time_is_refused(desk: Desk) -> None:
    holder, = add_household(desk, "N001", ("Mazzà", "Giulia"))
    book(desk, AppointmentForm("CEL", rome(2026, 11, 25, 9), 30, person_id=holder))
    errors = refusal(desk, AppointmentForm("CEL", rome(2026, 11, 25, 9, 15), 20, person_id=holder))
    assert errors == {"starts_at": "Data e ora: Mazzà Giulia ha già un appuntamento alle 9:00 in questo sportello."}
    book(desk, AppointmentForm("CEL", rome(2026, 11, 25, 9, 30), 20, person_id=holder))  # right after: allowed
    assert [row[0] for row in day_list(desk)] == ["9:00-9:30", "9:30-9:50"]


def test_the_same_unregistered_name_is_recognised_whatever_the_accents(desk: Desk) -> None:
    book(desk, AppointmentForm("CEL", rome(2026, 11, 25, 9), contact_name="Nicolò Bruni", contact_phone="3401112222"))
    errors = refusal(desk, AppointmentForm("CEL", rome(2026, 11, 25, 9, 10), contact_name="nicolo bruni", contact_phone="3401112222"))
    assert "Nicolò Bruni ha già un appuntamento alle 9:00" in errors["starts_at"]


def test_another_person_at_the_same_time_is_a_warning_to_confirm(desk: Desk) -> None:
    giulia, = add_household(desk, "N001", ("Mazzà", "Giulia"))
    book(desk, AppointmentForm("CEL", rome(2026, 11, 25, 9), 30, person_id=giulia))
    second = AppointmentForm("CEL", rome(2026, 11, 25, 9, 10), 20, contact_name="Samira B.", contact_phone="3405551212")
    with pytest.raises(NeedsConfirmation) as asked:
        book(desk, second)
    assert asked.value.warnings[0] == "Alle 9:00 è già prenotato Mazzà Giulia."
    assert len(day_list(desk)) == 1
    book(desk, second, confirmed=True)
    assert [row[1] for row in day_list(desk)] == ["Mazzà Giulia", "Samira B."]


def test_a_cancelled_appointment_frees_its_time_and_keeps_the_reason(desk: Desk) -> None:
    giulia, = add_household(desk, "N001", ("Mazzà", "Giulia"))
    first = book(desk, AppointmentForm("CEL", rome(2026, 11, 25, 9), person_id=giulia, note="ISEE"))
    with pytest.raises(ValidationFailed) as no_reason:
        cancel_appointment(desk.uow(desk.operator), first, "  ")
    assert no_reason.value.errors["reason"].startswith("Motivo: campo obbligatorio")
    cancel_appointment(desk.uow(desk.operator), first, "ha telefonato, è malata")
    assert day_list(desk) == []
    cancelled, = appointments_on(desk.uow(write=False), "CEL", WEDNESDAY, include_cancelled=True)
    assert cancelled.status is AppointmentStatus.CANCELLED
    assert (cancelled.note, cancelled.cancel_reason) == ("ISEE", "ha telefonato, è malata")
    book(desk, AppointmentForm("CEL", rome(2026, 11, 25, 9), person_id=giulia))
    with pytest.raises(ValidationFailed) as twice:
        cancel_appointment(desk.uow(desk.operator), first, "di nuovo")
    assert twice.value.errors["status"] == "Non si può annullare: l'appuntamento è già «annullato»."


ENGLISH = {
    "Non si può {action}: l'appuntamento è già «{status}».": "Cannot {action}: the appointment is already «{status}».",
    "annullare": "cancel",
    "annullato": "cancelled",
    "{weekday} {day} {starts}-{ends}": "{weekday} {day} {starts}-{ends}",
    "mercoledì": "Wednesday",
}


def test_a_refusal_and_an_opening_are_said_with_their_values_translated(desk: Desk) -> None:
    booked = book(desk, AppointmentForm("CEL", rome(2026, 11, 25, 9), contact_name="Samira B.", contact_phone="3405551212"))
    cancel_appointment(desk.uow(desk.operator), booked, "ha disdetto")
    with pytest.raises(ValidationFailed) as twice:
        cancel_appointment(desk.uow(desk.operator), booked, "di nuovo")
    said = twice.value.field_messages["status"]
    assert said.render(lambda text: ENGLISH.get(text, text)) == "Cannot cancel: the appointment is already «cancelled»."
    opening = desk_openings(desk.uow(write=False), "CEL", count=1)[0]
    assert opening.local_label.render(lambda text: ENGLISH.get(text, text)) == "Wednesday 25/11/2026 9:00-12:00"


def test_a_no_show_is_recorded_only_once_the_time_has_come(desk: Desk) -> None:
    booked = book(desk, AppointmentForm("CEL", rome(2026, 11, 25, 9), contact_name="Samira B.", contact_phone="3405551212"))
    with pytest.raises(ValidationFailed) as early:
        mark_no_show(desk.uow(desk.operator), booked)
    assert "non è ancora il momento" in early.value.errors["status"]
    clock.pin_today(date(2026, 11, 26))
    mark_no_show(desk.uow(desk.operator), booked)
    assert day_list(desk) == [("9:00-9:20", "Samira B.", "3405551212", "non presentato")]


def test_an_appointment_becomes_a_visit_prefilled_and_linked(desk: Desk) -> None:
    giulia, = add_household(desk, "N001", ("Mazzà", "Giulia"))
    topic = catalogue_item(desk, Topic, "Piano di rientro / morosità")
    booked = book(desk, AppointmentForm("CEL", rome(2026, 11, 25, 10), person_id=giulia, topic_id=topic, note="rata di dicembre"))
    prefill = appointment_prefill(desk.uow(write=False), booked)
    assert (prefill.person_id, prefill.topic_ids, prefill.note, prefill.office_code) == (
        giulia,
        (topic,),
        "rata di dicembre",
        "CEL",
    )
    assert prefill.starts_at == rome(2026, 11, 25, 10) and prefill.household_id is not None
    visit = add_visit(desk, prefill.starts_at, by=desk.operator, person_id=giulia, topic_ids=prefill.topic_ids)
    mark_attended(desk.uow(desk.operator), booked, visit)
    view, = appointments_on(desk.uow(write=False), "CEL", WEDNESDAY)
    assert (view.status, view.visit_id) == (AppointmentStatus.ATTENDED, visit)
    mark_attended(desk.uow(desk.operator), booked, visit)  # the same link again changes nothing
    with pytest.raises(ValidationFailed) as again:
        appointment_prefill(desk.uow(write=False), booked)
    assert again.value.errors["status"] == "L'appuntamento è già registrato come visita."


def test_a_late_arrival_after_a_no_show_still_becomes_a_visit(desk: Desk) -> None:
    booked = book(desk, AppointmentForm("CEL", rome(2026, 11, 25, 9), contact_name="Samira B.", contact_phone="3405551212"))
    clock.pin_today(date(2026, 11, 26))
    mark_no_show(desk.uow(desk.operator), booked)
    visit = add_visit(desk, rome(2026, 11, 25, 11), by=desk.operator)
    mark_attended(desk.uow(desk.operator), booked, visit)
    assert day_list(desk)[0][3] == "presentato"
    other = book(desk, AppointmentForm("CEL", rome(2026, 12, 2, 9), contact_name="Samira B.", contact_phone="3405551212"))
    with pytest.raises(ValidationFailed) as taken:
        mark_attended(desk.uow(desk.operator), other, visit)
    assert taken.value.errors["visit_id"] == "La visita è già collegata a un altro appuntamento."


def test_the_booking_is_audited_with_the_operator(desk: Desk) -> None:
    booked = book(desk, AppointmentForm("CEL", rome(2026, 11, 25, 9), contact_name="Samira B.", contact_phone="3405551212"))
    with desk.uow(write=False) as uow:
        entry = uow.session.scalars(select(AuditEntry).where(AuditEntry.entity_id == str(booked))).one()
        stored = uow.session.get_one(Appointment, booked)
        assert stored.booked_by_id == desk.operator.operator_id
    assert (entry.operator_name, entry.site) == ("Pierangela Ghilardi", "CEL")
    assert json.loads(entry.changes)["status"] == [None, "booked"]


def test_the_command_line_cannot_book_for_nobody(desk: Desk) -> None:
    form = AppointmentForm("CEL", rome(2026, 11, 25, 9), contact_name="Samira B.", contact_phone="3405551212")
    with pytest.raises(PermissionDenied):
        book_appointment(UnitOfWork(desk.store, COMMAND_LINE), form)
