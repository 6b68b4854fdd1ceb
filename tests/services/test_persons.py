from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import select, text

from app.models.participant import ParticipantProfile
from app.models.person import Person
from app.services.errors import NeedsConfirmation, NotFound, ValidationFailed
from app.services.registry import households, persons
from app.services.registry.forms import HouseholdForm, PersonForm
from app.services.registry.persons import ParticipantForm
from app.vocabulary import Answer, Education, LabourStatus
from tests.conftest import TODAY, Desk
from tests.visit_samples import household_with_holder, lone_person


def test_search_finds_a_person_by_any_word_typed_and_shows_the_household(desk: Desk) -> None:
    household_with_holder(desk, "N001", "Mazzà", "Giulia")
    household_with_holder(desk, "N002", "Rossi", "Mario")
    lone_person(desk, "Mazzoleni", "Anna")

    hits = persons.search_persons(desk.uow(write=False), "mazz")
    assert [(h.surname, h.name) for h in hits] == [("Mazzà", "Giulia"), ("Mazzoleni", "Anna")]
    giulia, anna = hits
    assert (giulia.household_code, giulia.address) == ("N001", "via Pizzo Tre Signori 2")
    assert (anna.household_id, anna.household_code, anna.address) == (None, "", "")

    assert [h.name for h in persons.search_persons(desk.uow(write=False), "giulia MAZZA")] == ["Giulia"]
    assert [h.name for h in persons.search_persons(desk.uow(write=False), "n002")] == ["Mario"]
    assert [h.name for h in persons.search_persons(desk.uow(write=False), "pizzo rossi")] == ["Mario"]
    assert persons.search_persons(desk.uow(write=False), "mazza mario") == []


def test_search_masks_the_codice_fiscale_and_finds_by_it(desk: Desk) -> None:
    person_id = persons.add_person(desk.uow(), PersonForm(surname="Conti", name="Chiara", codice_fiscale="CNTCHR83T41D969D"))
    [hit] = persons.search_persons(desk.uow(write=False), "cntchr83")
    assert hit.id == person_id
    assert hit.codice_fiscale_masked == "CNTCHR••••••••9D"


def test_search_stops_at_the_limit_in_name_order(desk: Desk) -> None:
    for name in ("Zeno", "Bruno", "Aldo", "Carla"):
        lone_person(desk, "Rota", name)
    hits = persons.search_persons(desk.uow(write=False), "rota", limit=2)
    assert [h.name for h in hits] == ["Aldo", "Bruno"]


def test_the_search_walks_the_name_index(desk: Desk) -> None:
    statement = persons.search_page_query("mazza giu", 20)
    compiled = statement.compile(desk.store.engine, compile_kwargs={"literal_binds": True})
    with desk.store.engine.connect() as connection:
        plan = " | ".join(row[3] for row in connection.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))
    assert "ix_persons_by_name" in plan, plan
    assert "TEMP B-TREE" not in plan.split("|")[0], plan


def test_a_person_without_household_and_without_code_is_added_to_complete(desk: Desk) -> None:
    person_id = persons.add_person(desk.uow(desk.operator), PersonForm(surname="  Benali ", name="Youssef", phone="333 1234567"))
    summary = persons.person_summary(desk.uow(write=False), person_id)
    assert (summary.surname, summary.name, summary.codice_fiscale, summary.household_id) == ("Benali", "Youssef", None, None)
    assert summary.phone == "333 1234567"
    assert summary.needs_participant_data
    assert [p.surname for p in households.persons_to_complete(desk.uow(write=False))] == ["Benali"]
    with desk.uow(write=False) as uow:
        person = uow.session.get(Person, person_id)
        assert person is not None and (person.search_text, person.sort_name) == ("benali youssef", "benali youssef")


def test_adding_a_person_reuses_the_registry_checks(desk: Desk) -> None:
    households.create_household(
        desk.uow(), HouseholdForm(code="N001", street="via Rovelli", house_number="3"),
        PersonForm(surname="Rossi", name="Mario", codice_fiscale="RSSMRA45C12F205C"),
    )
    with pytest.raises(ValidationFailed) as taken:
        persons.add_person(desk.uow(), PersonForm(surname="Rossi", name="Mario", codice_fiscale="RSSMRAQRCMNFNLRG"))
    assert "appartiene già a Rossi Mario, nucleo N001" in taken.value.errors["codice_fiscale"]

    with pytest.raises(ValidationFailed) as missing:
        persons.add_person(desk.uow(), PersonForm(surname="", name="Anna", codice_fiscale="XXX"))
    assert set(missing.value.errors) == {"surname", "codice_fiscale"}

    disagreeing = PersonForm(surname="Conti", name="Chiara", codice_fiscale="CNTCHR83T41D969D", birth_date="02/12/1983")
    with pytest.raises(NeedsConfirmation):
        persons.add_person(desk.uow(), disagreeing)
    persons.add_person(desk.uow(), disagreeing, confirmed=True)
    assert [h.name for h in persons.search_persons(desk.uow(write=False), "conti")] == ["Chiara"]


def test_the_privacy_notice_is_recorded_with_date_and_version(desk: Desk) -> None:
    person_id = lone_person(desk)
    assert persons.person_hit(desk.uow(write=False), person_id).privacy_notice_date is None

    persons.record_privacy_notice(desk.uow(desk.operator), person_id, TODAY, "2026-1")
    hit = persons.person_hit(desk.uow(write=False), person_id)
    assert (hit.privacy_notice_date, hit.privacy_notice_version) == (TODAY, "2026-1")

    with pytest.raises(ValidationFailed) as refused:
        persons.record_privacy_notice(desk.uow(), person_id, date(2026, 12, 1), "")
    assert set(refused.value.errors) == {"privacy_notice_date", "privacy_notice_version"}
    with pytest.raises(NotFound):
        persons.person_hit(desk.uow(write=False), uuid.uuid4())


def test_participant_data_are_asked_once_and_completed_later(desk: Desk) -> None:
    person_id = lone_person(desk)
    assert persons.needs_participant_data(desk.uow(write=False), person_id)
    assert persons.participant_profile(desk.uow(write=False), person_id) is None

    persons.save_participant_profile(
        desk.uow(desk.operator), person_id, ParticipantForm(labour_status=LabourStatus.UNEMPLOYED, disability=Answer.PREFERS_NOT)
    )
    assert not persons.needs_participant_data(desk.uow(write=False), person_id)
    assert persons.person_hit(desk.uow(write=False), person_id).has_participant_profile

    persons.save_participant_profile(
        desk.uow(desk.operator),
        person_id,
        ParticipantForm(labour_status=LabourStatus.UNEMPLOYED, education=Education.ISCED_3_4, disability=Answer.PREFERS_NOT),
    )
    assert persons.participant_profile(desk.uow(write=False), person_id) == ParticipantForm(
        labour_status=LabourStatus.UNEMPLOYED, education=Education.ISCED_3_4, disability=Answer.PREFERS_NOT
    )
    with desk.uow(write=False) as uow:
        profile = uow.session.scalars(select(ParticipantProfile).where(ParticipantProfile.person_id == person_id)).one()
    assert profile.recorded_on == TODAY


def test_citizenship_is_a_fact_not_a_sensitive_question(desk: Desk) -> None:
    person_id = lone_person(desk)
    with pytest.raises(ValidationFailed) as refused:
        persons.save_participant_profile(desk.uow(), person_id, ParticipantForm(third_country_national=Answer.PREFERS_NOT))
    assert "third_country_national" in refused.value.errors
    assert persons.needs_participant_data(desk.uow(write=False), person_id)
