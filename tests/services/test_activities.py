"""Group activities with several sessions and attendance per session (today is Saturday 21/11/2026)."""

from __future__ import annotations

import json
import uuid
from datetime import date

import pytest
from sqlalchemy import select

from app.models.audit import AuditEntry
from app.models.catalogue import ActivityType, PartnerOrganisation
from app.services.desk.activities import (
    ActivityForm,
    SessionForm,
    activity_detail,
    add_attendee,
    create_activity,
    list_activities,
    remove_attendee,
    set_attendance,
    update_activity,
)
from app.services.errors import NeedsConfirmation, ValidationFailed
from tests.conftest import Desk
from tests.desk_records import add_household, catalogue_item, rome

COURSE_SESSIONS = [
    SessionForm(rome(2026, 11, 4, 18), rome(2026, 11, 4, 20)),
    SessionForm(rome(2026, 11, 11, 18), rome(2026, 11, 11, 20)),
    SessionForm(rome(2026, 11, 18, 18), rome(2026, 11, 18, 20)),
    SessionForm(rome(2026, 11, 25, 18), rome(2026, 11, 25, 20)),
]


def course_form(desk: Desk, **changes: object) -> ActivityForm:
    values: dict[str, object] = {
        "activity_type_id": catalogue_item(desk, ActivityType, "Corso"),
        "title": "Corso di alfabetizzazione digitale: SPID e PagoPA",
        "place": "Sala civica di Celadina",
        "office_code": "CEL",
        "organisers": "Francesca Soli",
        "partner_ids": [catalogue_item(desk, PartnerOrganisation, "Rete sociale Celadina", kind="rete di quartiere")],
        "notes": "Portare il telefono",
        "sessions": COURSE_SESSIONS,
    }
    values.update(changes)
    return ActivityForm(**values)  # type: ignore[arg-type]


def refusal(call: object) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as refused:
        call()  # type: ignore[operator]
    return refused.value.errors


def test_a_course_is_created_with_its_sessions_partners_and_desk(desk: Desk) -> None:
    activity_id = create_activity(desk.uow(desk.operator), course_form(desk))
    view = activity_detail(desk.uow(write=False), activity_id)
    assert (view.type_name, view.title, view.place, view.office_name, view.organisers) == (
        "Corso",
        "Corso di alfabetizzazione digitale: SPID e PagoPA",
        "Sala civica di Celadina",
        "Celadina",
        "Francesca Soli",
    )
    assert [(p.name, p.kind) for p in view.partners] == [("Rete sociale Celadina", "rete di quartiere")]
    assert [s.label for s in view.sessions] == ["04/11/2026 18:00", "11/11/2026 18:00", "18/11/2026 18:00", "25/11/2026 18:00"]
    assert view.sessions[0].ends_at == rome(2026, 11, 4, 20)
    assert (view.registered_persons, view.total_presences) == (0, 0)


def test_a_wrong_activity_is_refused_field_by_field(desk: Desk) -> None:
    errors = refusal(
        lambda: create_activity(
            desk.uow(),
            course_form(
                desk,
                activity_type_id=None,
                title="  ",
                office_code="XXX",
                sessions=[
                    SessionForm(rome(2026, 11, 4, 18), rome(2026, 11, 4, 17)),
                    SessionForm(rome(2026, 11, 11, 18)),
                    SessionForm(rome(2026, 11, 11, 18)),
                ],
            ),
        )
    )
    assert errors == {
        "title": "Titolo: campo obbligatorio.",
        "activity_type_id": "Tipo di attività: sceglierne uno dall'elenco.",
        "office_code": "Sportello: XXX non esiste.",
        "session_1": "Incontro 1: la fine deve venire dopo l'inizio.",
        "session_3": "Incontro 3: stesso inizio dell'incontro 2.",
    }
    assert refusal(lambda: create_activity(desk.uow(), course_form(desk, sessions=[])))["sessions"].startswith("Incontri:")
    assert list_activities(desk.uow(write=False), date_from=date(2026, 1, 1), date_to=date(2026, 12, 31)) == []


def test_a_retired_type_is_not_offered_for_a_new_activity(desk: Desk) -> None:
    type_id = catalogue_item(desk, ActivityType, "Torneo di bocce")
    with desk.uow() as uow:
        uow.session.get_one(ActivityType, type_id).retired = True
        uow.commit()
    errors = refusal(lambda: create_activity(desk.uow(), course_form(desk, activity_type_id=type_id)))
    assert errors == {"activity_type_id": "Tipo di attività: «Torneo di bocce» non è più in uso."}


def test_attendance_counts_distinct_persons_and_presences(desk: Desk) -> None:
    giulia, luca = add_household(desk, "N001", ("Mazzà", "Giulia"), ("Mazzà", "Luca"))
    amina, = add_household(desk, "N002", ("Haddad", "Amina"))
    activity_id = create_activity(desk.uow(desk.operator), course_form(desk))
    first, second, third, _ = activity_detail(desk.uow(write=False), activity_id).sessions
    set_attendance(desk.uow(desk.operator), first.id, [giulia, luca, giulia], 3)
    set_attendance(desk.uow(desk.operator), second.id, [giulia, amina], 0)
    assert add_attendee(desk.uow(desk.operator), third.id, amina) is True
    assert add_attendee(desk.uow(desk.operator), third.id, amina) is False
    view = activity_detail(desk.uow(write=False), activity_id)
    assert [[a.name for a in s.attendees] for s in view.sessions] == [
        ["Mazzà Giulia", "Mazzà Luca"],
        ["Haddad Amina", "Mazzà Giulia"],
        ["Haddad Amina"],
        [],
    ]
    assert [a.household_code for a in view.sessions[1].attendees] == ["N002", "N001"]
    assert [s.presences for s in view.sessions] == [5, 2, 1, 0]
    assert (view.registered_persons, view.other_participants, view.total_presences) == (3, 3, 8)


def test_setting_attendance_replaces_the_list(desk: Desk) -> None:
    giulia, luca = add_household(desk, "N001", ("Mazzà", "Giulia"), ("Mazzà", "Luca"))
    activity_id = create_activity(desk.uow(), course_form(desk))
    first = activity_detail(desk.uow(write=False), activity_id).sessions[0]
    set_attendance(desk.uow(), first.id, [giulia, luca], 4)
    set_attendance(desk.uow(), first.id, [luca], 2)
    assert remove_attendee(desk.uow(), first.id, giulia) is False
    session = activity_detail(desk.uow(write=False), activity_id).sessions[0]
    assert ([a.name for a in session.attendees], session.other_participants) == (["Mazzà Luca"], 2)
    assert remove_attendee(desk.uow(), first.id, luca) is True
    assert activity_detail(desk.uow(write=False), activity_id).sessions[0].attendees == ()


def test_attendance_is_refused_for_a_future_session_a_negative_count_or_an_unknown_person(desk: Desk) -> None:
    giulia, = add_household(desk, "N001", ("Mazzà", "Giulia"))
    activity_id = create_activity(desk.uow(), course_form(desk))
    sessions = activity_detail(desk.uow(write=False), activity_id).sessions
    future = refusal(lambda: set_attendance(desk.uow(), sessions[3].id, [giulia], 0))
    assert future == {
        "session": "L'incontro è del 25/11/2026 18:00: le presenze si registrano dal giorno dell'incontro."
    }
    assert refusal(lambda: set_attendance(desk.uow(), sessions[0].id, [giulia], -1)) == {
        "other_participants": "Altri partecipanti: un numero da 0 a 10000."
    }
    assert "non è nell'anagrafe" in refusal(lambda: set_attendance(desk.uow(), sessions[0].id, [uuid.uuid4()], 0))["person_ids"]
    assert activity_detail(desk.uow(write=False), activity_id).total_presences == 0


def test_editing_adds_moves_and_removes_sessions_matched_by_id(desk: Desk) -> None:
    activity_id = create_activity(desk.uow(), course_form(desk))
    stored = activity_detail(desk.uow(write=False), activity_id).form()
    first, second, third, fourth = stored.sessions
    moved = SessionForm(rome(2026, 11, 12, 17), rome(2026, 11, 12, 19), second.id)
    added = SessionForm(rome(2026, 12, 2, 18), rome(2026, 12, 2, 20))
    update_activity(
        desk.uow(),
        activity_id,
        course_form(desk, title="Corso SPID", partner_ids=[], sessions=[first, moved, fourth, added]),
    )
    view = activity_detail(desk.uow(write=False), activity_id)
    assert view.title == "Corso SPID" and view.partners == ()
    assert [s.label for s in view.sessions] == ["04/11/2026 18:00", "12/11/2026 17:00", "25/11/2026 18:00", "02/12/2026 18:00"]
    assert [s.id for s in view.sessions][:3] == [first.id, second.id, fourth.id]
    assert third.id not in {s.id for s in view.sessions}


def test_removing_a_session_with_attendance_asks_first_and_the_audit_keeps_it(desk: Desk) -> None:
    giulia, = add_household(desk, "N001", ("Mazzà", "Giulia"))
    activity_id = create_activity(desk.uow(), course_form(desk))
    first, *others = activity_detail(desk.uow(write=False), activity_id).form().sessions
    set_attendance(desk.uow(), first.id, [giulia], 2)  # type: ignore[arg-type]
    form = course_form(desk, sessions=others)
    with pytest.raises(NeedsConfirmation) as asked:
        update_activity(desk.uow(), activity_id, form)
    assert asked.value.warnings[0] == "L'incontro del 04/11/2026 18:00 ha 3 presenze, che verranno cancellate."
    assert len(activity_detail(desk.uow(write=False), activity_id).sessions) == 4
    update_activity(desk.uow(), activity_id, form, confirmed=True)
    view = activity_detail(desk.uow(write=False), activity_id)
    assert [s.label for s in view.sessions] == ["11/11/2026 18:00", "18/11/2026 18:00", "25/11/2026 18:00"]
    assert view.total_presences == 0
    with desk.uow(write=False) as uow:
        deleted = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "attendances", AuditEntry.action == "delete")
        ).one()
    assert json.loads(deleted.changes)["person_id"] == [str(giulia), None]


def test_one_presence_to_lose_is_said_in_the_singular(desk: Desk) -> None:
    activity_id = create_activity(desk.uow(), course_form(desk))
    first, *others = activity_detail(desk.uow(write=False), activity_id).form().sessions
    set_attendance(desk.uow(), first.id, [], 1)  # type: ignore[arg-type]
    with pytest.raises(NeedsConfirmation) as asked:
        update_activity(desk.uow(), activity_id, course_form(desk, sessions=others))
    assert asked.value.warnings == ["L'incontro del 04/11/2026 18:00 ha 1 presenza, che verrà cancellata.", "Eliminare comunque?"]


def test_a_session_with_attendance_cannot_move_into_the_future_nor_take_a_stranger_id(desk: Desk) -> None:
    giulia, = add_household(desk, "N001", ("Mazzà", "Giulia"))
    activity_id = create_activity(desk.uow(), course_form(desk))
    other_id = create_activity(desk.uow(), course_form(desk, title="Altro"))
    first, *others = activity_detail(desk.uow(write=False), activity_id).form().sessions
    foreign = activity_detail(desk.uow(write=False), other_id).sessions[0]
    set_attendance(desk.uow(), first.id, [giulia], 0)  # type: ignore[arg-type]
    to_future = SessionForm(rome(2026, 12, 9, 18), None, first.id)
    errors = refusal(
        lambda: update_activity(
            desk.uow(), activity_id, course_form(desk, sessions=[to_future, *others, SessionForm(rome(2026, 12, 16, 18), None, foreign.id)])
        )
    )
    assert errors == {
        "session_1": "Incontro 1: ha già delle presenze, non può essere spostato a una data futura.",
        "session_5": "Incontro 5: non appartiene a questa attività.",
    }


def test_the_list_shows_activities_with_a_session_in_the_period(desk: Desk) -> None:
    giulia, luca = add_household(desk, "N001", ("Mazzà", "Giulia"), ("Mazzà", "Luca"))
    course = create_activity(desk.uow(), course_form(desk))
    network_type = catalogue_item(desk, ActivityType, "Riunione di rete di quartiere")
    network = create_activity(
        desk.uow(),
        ActivityForm(
            activity_type_id=network_type,
            title="Rete sociale di Colognola",
            office_code="COL",
            sessions=[SessionForm(rome(2026, 10, 6, 20, 30))],
        ),
    )
    sessions = activity_detail(desk.uow(write=False), course).sessions
    set_attendance(desk.uow(), sessions[0].id, [giulia, luca], 1)
    set_attendance(desk.uow(), sessions[1].id, [giulia], 0)
    network_session = activity_detail(desk.uow(write=False), network).sessions[0]
    set_attendance(desk.uow(), network_session.id, [], 27)

    def titles(**filters: object) -> list[str]:
        return [row.title for row in list_activities(desk.uow(write=False), **filters)]  # type: ignore[arg-type]

    year = {"date_from": date(2026, 1, 1), "date_to": date(2026, 12, 31)}
    assert titles(**year) == ["Corso di alfabetizzazione digitale: SPID e PagoPA", "Rete sociale di Colognola"]
    assert titles(date_from=date(2026, 11, 25), date_to=date(2026, 11, 25)) == ["Corso di alfabetizzazione digitale: SPID e PagoPA"]
    assert titles(date_from=date(2026, 10, 7), date_to=date(2026, 11, 3)) == []
    assert titles(**year, office_code="COL") == ["Rete sociale di Colognola"]
    assert titles(**year, type_id=network_type) == ["Rete sociale di Colognola"]
    row = list_activities(desk.uow(write=False), **year)[0]  # type: ignore[arg-type]
    assert (row.type_name, row.office_code, row.session_count, row.registered_persons, row.total_presences) == (
        "Corso",
        "CEL",
        4,
        2,
        4,
    )
    assert (row.first_session_at, row.last_session_at) == (rome(2026, 11, 4, 18), rome(2026, 11, 25, 18))
    other = list_activities(desk.uow(write=False), **year)[1]  # type: ignore[arg-type]
    assert (other.registered_persons, other.total_presences) == (0, 27)


def test_a_session_listed_twice_is_refused(desk: Desk) -> None:
    activity_id = create_activity(desk.uow(), course_form(desk))
    first, second, *_ = activity_detail(desk.uow(write=False), activity_id).form().sessions
    twice = SessionForm(rome(2026, 11, 5, 18), None, first.id)
    errors = refusal(lambda: update_activity(desk.uow(), activity_id, course_form(desk, sessions=[first, second, twice])))
    assert errors == {"session_3": "Incontro 3: compare due volte."}
