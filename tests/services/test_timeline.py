"""A household's and a person's history, newest first (today is Saturday 21/11/2026)."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from app import clock
from app.messages import render_value, say_in_italian
from app.models.catalogue import ActivityType, Topic
from app.services.desk.activities import ActivityForm, SessionForm, activity_detail, create_activity, set_attendance
from app.services.desk.appointments import AppointmentForm, book_appointment, cancel_appointment, mark_attended, mark_no_show
from app.services.errors import NotFound
from app.services.timeline import TimelineEntry, TimelineKind, household_timeline, person_timeline
from app.vocabulary import AgeBracket, Channel, Sex
from tests.conftest import Desk
from tests.desk_records import add_follow_up, add_household, add_visit, catalogue_item, household_of, rome


def state(entry: TimelineEntry) -> str:
    return "" if entry.state is None else say_in_italian(entry.state)


def history(entries: list[TimelineEntry]) -> list[tuple[str, str, str, str]]:
    return [(e.kind.value, e.when.astimezone(clock.ROME).strftime("%d/%m %H:%M"), e.person_name, state(e)) for e in entries]


@pytest.fixture
def family(desk: Desk) -> dict[str, uuid.UUID]:
    """The Mazzà household (Giulia, holder; Luca, member), a stranger, and their recorded history."""
    giulia, luca = add_household(desk, "N001", ("Mazzà", "Giulia"), ("Mazzà", "Luca"))
    stranger, = add_household(desk, "N002", ("Haddad", "Amina"))
    household = household_of(desk, giulia)
    rent = catalogue_item(desk, Topic, "Piano di rientro / morosità")
    heating = catalogue_item(desk, Topic, "Contributo riscaldamento L.1")
    first = add_visit(desk, rome(2026, 11, 4, 9, 30), by=desk.operator, person_id=giulia, household_id=household, topic_ids=[rent, heating])
    add_visit(desk, rome(2026, 11, 10, 15), by=desk.coordinator, household_id=household, channel=Channel.PHONE, topic_ids=[rent])
    add_visit(desk, rome(2026, 11, 11, 10), by=desk.operator, person_id=luca, cancel_reason="persona sbagliata")
    add_visit(desk, rome(2026, 11, 12, 10), by=desk.operator, person_id=stranger)
    add_visit(desk, rome(2026, 11, 12, 11), by=desk.operator, anonymous=(Sex.FEMALE, AgeBracket.FROM_30))
    add_follow_up(desk, date(2026, 11, 18), owner=desk.operator, description="Richiamare per l'ISEE", visit_id=first)
    add_follow_up(
        desk, date(2026, 11, 6), owner=desk.operator, person_id=luca, description="Iscrizione CPAC",
        closed_at=rome(2026, 11, 7, 10), closing_note="iscritto",
    )
    add_follow_up(desk, date(2026, 11, 30), owner=desk.operator, person_id=stranger, description="altro nucleo")
    no_show = book_appointment(desk.uow(desk.operator), AppointmentForm("CEL", rome(2026, 11, 25, 9), person_id=luca))
    book_appointment(desk.uow(desk.operator), AppointmentForm("CEL", rome(2026, 12, 2, 9), person_id=giulia, note="porta le bollette"))
    cancelled = book_appointment(desk.uow(desk.operator), AppointmentForm("CEL", rome(2026, 12, 9, 9), person_id=giulia))
    cancel_appointment(desk.uow(desk.operator), cancelled, "rinviato")
    attended = book_appointment(desk.uow(desk.operator), AppointmentForm("CEL", rome(2026, 12, 16, 9), person_id=giulia))
    mark_attended(desk.uow(desk.operator), attended, first)
    assembly = create_activity(
        desk.uow(),
        ActivityForm(
            activity_type_id=catalogue_item(desk, ActivityType, "Assemblea di condominio"),
            title="Assemblea via Pizzo Tre Signori 2",
            place="Cortile",
            sessions=[SessionForm(rome(2026, 11, 16, 18))],
        ),
    )
    session = activity_detail(desk.uow(write=False), assembly).sessions[0]
    set_attendance(desk.uow(), session.id, [luca, stranger], 5)
    clock.pin_today(date(2026, 11, 26))
    mark_no_show(desk.uow(desk.operator), no_show)
    return {"giulia": giulia, "luca": luca, "stranger": stranger, "household": household, "assembly": assembly}


def test_a_household_sees_its_members_history_newest_first(desk: Desk, family: dict[str, uuid.UUID]) -> None:
    entries = household_timeline(desk.uow(write=False), family["household"])
    assert history(entries) == [
        ("appointment", "02/12 09:00", "Mazzà Giulia", "prenotato"),
        ("appointment", "25/11 09:00", "Mazzà Luca", "non presentato"),
        ("follow_up", "18/11 00:00", "Mazzà Giulia", "scaduto"),
        ("attendance", "16/11 18:00", "Mazzà Luca", "presente"),
        ("visit", "11/11 10:00", "Mazzà Luca", "annullata"),
        ("visit", "10/11 15:00", "", ""),
        ("follow_up", "06/11 00:00", "Mazzà Luca", "chiuso"),
        ("visit", "04/11 09:30", "Mazzà Giulia", ""),
    ]
    assert all(a.when >= b.when for a, b in zip(entries, entries[1:]))


def test_entries_say_what_happened(desk: Desk, family: dict[str, uuid.UUID]) -> None:
    entries = household_timeline(desk.uow(write=False), family["household"])
    by_time = {e.when.astimezone(clock.ROME).strftime("%d/%m %H:%M"): e for e in entries}
    visit = by_time["04/11 09:30"]
    assert str(visit.title) == "Accesso allo sportello · Celadina"
    assert str(visit.detail) == "Piano di rientro / morosità, Contributo riscaldamento L.1 · operatore Pierangela Ghilardi"
    phone = by_time["10/11 15:00"]
    assert str(phone.title) == "Telefonata · Celadina"
    assert str(phone.detail) == "Piano di rientro / morosità · operatore Antonio Negro"
    cancelled = by_time["11/11 10:00"]
    assert cancelled.cancelled and str(cancelled.detail).endswith("annullata: persona sbagliata")
    follow_up = by_time["18/11 00:00"]
    assert str(follow_up.title) == "Da fare: Richiamare per l'ISEE"
    assert (follow_up.all_day, follow_up.person_id) == (True, family["giulia"])
    assert str(follow_up.detail) == "entro il 18/11/2026 · responsabile Pierangela Ghilardi"
    closed = by_time["06/11 00:00"]
    assert str(closed.detail) == "chiuso il 07/11/2026: iscritto · responsabile Pierangela Ghilardi"
    attendance = by_time["16/11 18:00"]
    assert (attendance.title, str(attendance.detail), attendance.ref_id) == (
        "Assemblea via Pizzo Tre Signori 2",
        "Assemblea di condominio · Cortile",
        family["assembly"],
    )
    appointment = by_time["02/12 09:00"]
    assert (str(appointment.title), str(appointment.detail)) == ("Appuntamento · Celadina", "ore 9:00 · porta le bollette")


ENGLISH = {
    "Telefonata": "Phone call",
    "{topics} · operatore {operator}": "{topics} · operator {operator}",
    "Da fare: {task}": "To do: {task}",
    "entro il {day}": "by {day}",
    "{when} · responsabile {owner}": "{when} · owner {owner}",
    "scaduto": "overdue",
    "annullata: {reason}": "cancelled: {reason}",
    "annullata": "cancelled",
}


def english(value: object) -> str:
    return render_value(value, lambda text: ENGLISH.get(text, text))


def test_entries_render_in_another_language_titles_details_and_states_alike(desk: Desk, family: dict[str, uuid.UUID]) -> None:
    entries = household_timeline(desk.uow(write=False), family["household"])
    by_time = {e.when.astimezone(clock.ROME).strftime("%d/%m %H:%M"): e for e in entries}
    phone = by_time["10/11 15:00"]
    assert english(phone.title) == "Phone call · Celadina"
    assert english(phone.detail) == "Piano di rientro / morosità · operator Antonio Negro"
    follow_up = by_time["18/11 00:00"]
    assert (english(follow_up.title), english(follow_up.detail), english(follow_up.state)) == (
        "To do: Richiamare per l'ISEE",
        "by 18/11/2026 · owner Pierangela Ghilardi",
        "overdue",
    )
    cancelled = by_time["11/11 10:00"]
    assert english(cancelled.detail).endswith("cancelled: persona sbagliata") and english(cancelled.state) == "cancelled"


def test_a_person_sees_only_their_own_history(desk: Desk, family: dict[str, uuid.UUID]) -> None:
    assert history(person_timeline(desk.uow(write=False), family["luca"])) == [
        ("appointment", "25/11 09:00", "Mazzà Luca", "non presentato"),
        ("attendance", "16/11 18:00", "Mazzà Luca", "presente"),
        ("visit", "11/11 10:00", "Mazzà Luca", "annullata"),
        ("follow_up", "06/11 00:00", "Mazzà Luca", "chiuso"),
    ]
    assert [e.kind for e in person_timeline(desk.uow(write=False), family["stranger"])] == [
        TimelineKind.FOLLOW_UP,
        TimelineKind.ATTENDANCE,
        TimelineKind.VISIT,
    ]


def test_an_empty_history_and_an_unknown_household(desk: Desk) -> None:
    person, = add_household(desk, "N009", ("Rota", "Piero"))
    assert household_timeline(desk.uow(write=False), household_of(desk, person)) == []
    with pytest.raises(NotFound):
        household_timeline(desk.uow(write=False), uuid.uuid4())
    with pytest.raises(NotFound):
        person_timeline(desk.uow(write=False), uuid.uuid4())


def test_a_households_timeline_holds_its_contribution_steps_receipts_and_outreach(desk: Desk) -> None:
    from app.services.contributions.outreach import record_informed
    from app.services.contributions.programmes import SOLIDARITY
    from app.services.contributions.receipts import cancel_receipt
    from app.vocabulary import InformedWay
    from tests.contribution_samples import eligible_household, paid

    household = eligible_household(desk)
    record_informed(desk.uow(desk.operator), SOLIDARITY, household, "10/11/2026", InformedWay.PHONE, "non interessata")
    _application, number = paid(desk, household, "524,65")
    cancel_receipt(desk.uow(), number, "importo sbagliato")

    entries = [e for e in household_timeline(desk.uow(write=False), household) if e.kind is not TimelineKind.VISIT]
    assert [(e.kind.value, e.when.astimezone(clock.ROME).date(), str(e.title), e.cancelled) for e in entries] == [
        ("contribution", date(2026, 11, 21), "Domanda di contributo annullata", True),
        ("contribution", date(2026, 11, 21), "Contributo pagato: 524,65 €", False),
        ("contribution", date(2026, 11, 21), "Contributo concesso: 524,65 €", False),
        ("contribution", date(2026, 11, 21), "Domanda di contributo ammessa", False),
        ("receipt", date(2026, 11, 21), "Ricevuta CEL/2026/0001: 524,65 €", True),
        ("contribution", date(2026, 11, 20), "Domanda di contributo presentata", False),
        ("outreach", date(2026, 11, 10), "Informato: Contributo regionale di solidarietà", False),
    ]
    cancelled = entries[0]
    assert "ricevuta CEL/2026/0001 annullata: importo sbagliato" in str(cancelled.detail)
    assert str(cancelled.detail).endswith(desk.coordinator.name)
    assert "annullata il 21/11/2026: importo sbagliato" in str(entries[4].detail)
    assert str(entries[6].detail) == "per telefono · non interessata · " + desk.operator.name
