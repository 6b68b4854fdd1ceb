from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from app import clock
from app.messages import Message
from app.models.audit import AuditEntry
from app.models.visit import FollowUp, Visit
from app.services.catalogues import set_retired
from app.services.desk import follow_ups, visits
from app.services.desk.follow_ups import FollowUpForm
from app.services.errors import PermissionDenied, ValidationFailed
from app.services.unit_of_work import COMMAND_LINE, UnitOfWork
from app.vocabulary import AgeBracket, CatalogueKind, Channel, Sex
from tests.conftest import TODAY, Desk
from tests.visit_samples import (
    ARREARS,
    DIGITAL,
    LISTENING,
    household_with_holder,
    lone_person,
    referral,
    rome,
    topic,
    visit_form,
)


def stored(desk: Desk, visit_id: uuid.UUID) -> Visit:
    with desk.uow(write=False) as uow:
        visit = uow.session.get(Visit, visit_id)
        assert visit is not None
        list(visit.topics)
        return visit


def follow_ups_of(desk: Desk, visit_id: uuid.UUID) -> list[FollowUp]:
    with desk.uow(write=False) as uow:
        return list(uow.session.scalars(select(FollowUp).where(FollowUp.visit_id == visit_id).order_by(FollowUp.created_at)))


def test_an_anonymous_contact_is_stored_with_sex_age_and_topics(desk: Desk) -> None:
    form = visit_form(
        desk,
        channel=Channel.PHONE,
        topic_ids=(topic(desk, ARREARS), topic(desk, LISTENING), topic(desk, ARREARS)),
        interpreter_language=" arabo ",
        notes="  chiede informazioni  ",
    )
    visit_id = visits.record_visit(desk.uow(desk.operator), form)

    visit = stored(desk, visit_id)
    assert visit.started_at == datetime(2026, 11, 18, 8, 30, tzinfo=UTC)
    assert visit.operator_id == desk.operator.operator_id
    assert (visit.person_id, visit.household_id) == (None, None)
    assert (visit.anonymous_sex, visit.anonymous_age_bracket) == (Sex.FEMALE, AgeBracket.FROM_30)
    assert [t.name for t in visit.topics] == [ARREARS, LISTENING]
    assert (visit.channel, visit.duration_minutes, visit.interpreter_language, visit.notes) == (
        Channel.PHONE, 20, "arabo", "chiede informazioni"
    )
    with desk.uow(write=False) as uow:
        entry = uow.session.scalars(select(AuditEntry).where(AuditEntry.entity_id == str(visit_id))).one()
    assert entry.operator_name == "Pierangela Ghilardi"
    assert json.loads(entry.changes)["topics"] == [None, sorted([str(topic(desk, ARREARS)), str(topic(desk, LISTENING))])]


def test_a_person_brings_their_household_and_no_anonymous_data(desk: Desk) -> None:
    household_id, holder_id = household_with_holder(desk)
    visit_id = visits.record_visit(desk.uow(desk.operator), visit_form(desk, person_id=holder_id))
    visit = stored(desk, visit_id)
    assert (visit.person_id, visit.household_id) == (holder_id, household_id)
    assert (visit.anonymous_sex, visit.anonymous_age_bracket) == (None, None)

    detail = visits.visit_detail(desk.uow(write=False), visit_id)
    assert (detail.person_name, detail.household_code, detail.office_name) == ("Mazzà Giulia", "N001", "Celadina")
    assert (detail.operator_name, detail.topic_names) == ("Pierangela Ghilardi", (LISTENING,))


def test_a_household_alone_or_a_person_without_household(desk: Desk) -> None:
    household_id, _ = household_with_holder(desk)
    person_id = lone_person(desk)
    for_household = stored(desk, visits.record_visit(desk.uow(desk.operator), visit_form(desk, household_id=household_id)))
    assert (for_household.person_id, for_household.household_id, for_household.anonymous_sex) == (None, household_id, None)
    for_person = stored(desk, visits.record_visit(desk.uow(desk.operator), visit_form(desk, person_id=person_id)))
    assert (for_person.person_id, for_person.household_id) == (person_id, None)


def test_every_problem_of_a_visit_is_named_by_its_field(desk: Desk) -> None:
    retired = topic(desk, DIGITAL)
    set_retired(desk.uow(), CatalogueKind.TOPICS, retired, True)
    form = visit_form(
        desk,
        office_code="XYZ",
        started_at=rome(2026, 11, 22, 9, 0),
        duration_minutes=-5,
        anonymous_sex=None,
        anonymous_age_bracket=None,
        topic_ids=(),
        referral_outcome="preso appuntamento",
        follow_up=FollowUpForm(due_date=date(2026, 11, 1)),
    )
    with pytest.raises(ValidationFailed) as refused:
        visits.record_visit(desk.uow(desk.operator), form)
    assert refused.value.errors == {
        "office_code": "Sportello: scegliere uno sportello.",
        "started_at": "Data e ora: il 22/11/2026 è nel futuro.",
        "duration_minutes": "Durata: non può essere negativa.",
        "anonymous_sex": "Sesso: per un contatto anonimo indicare almeno sesso e fascia d'età.",
        "anonymous_age_bracket": "Età: per un contatto anonimo indicare la fascia d'età.",
        "topic_ids": "Argomenti: sceglierne almeno uno.",
        "referral_outcome": "Esito dell'invio: indicare prima a quale servizio è stato inviato.",
        "follow_up_due": "Scadenza: il 01/11/2026 viene prima della visita (22/11/2026).",
    }

    with pytest.raises(ValidationFailed) as retired_topic:
        visits.record_visit(desk.uow(desk.operator), visit_form(desk, topic_ids=(retired,), duration_minutes=9 * 60))
    assert "non è più in uso" in retired_topic.value.errors["topic_ids"]
    assert "più di 8 ore" in retired_topic.value.errors["duration_minutes"]
    with desk.uow(write=False) as uow:
        assert uow.session.scalars(select(Visit)).all() == []


def test_later_today_is_not_the_future_but_a_retired_referral_is_refused(desk: Desk) -> None:
    late_tonight = rome(2026, 11, 21, 23, 30)
    visit_id = visits.record_visit(desk.uow(desk.operator), visit_form(desk, started_at=late_tonight, duration_minutes=0))
    assert stored(desk, visit_id).started_at == late_tonight

    caf = referral(desk, "CAF / Patronato")
    set_retired(desk.uow(), CatalogueKind.REFERRAL_SERVICES, caf, True)
    with pytest.raises(ValidationFailed) as refused:
        visits.record_visit(desk.uow(desk.operator), visit_form(desk, referral_service_id=caf))
    assert refused.value.errors == {"referral_service_id": "Inviato a: «CAF / Patronato» non è più in uso, sceglierne un altro."}


def test_a_naive_moment_is_a_programming_error(desk: Desk) -> None:
    with pytest.raises(ValueError, match="naive"):
        visits.record_visit(desk.uow(desk.operator), visit_form(desk, started_at=datetime(2026, 11, 18, 9, 30)))


def test_the_visit_is_recorded_under_an_operator(desk: Desk) -> None:
    with pytest.raises(ValidationFailed) as refused:
        visits.record_visit(UnitOfWork(desk.store, COMMAND_LINE), visit_form(desk))
    assert set(refused.value.errors) == {"operator_id"}
    visit_id = visits.record_visit(UnitOfWork(desk.store, COMMAND_LINE), visit_form(desk, operator_id=desk.operator.operator_id))
    assert stored(desk, visit_id).operator_id == desk.operator.operator_id


def test_a_visit_with_a_follow_up_and_a_referral(desk: Desk) -> None:
    household_id, holder_id = household_with_holder(desk)
    social = referral(desk, "Servizi Sociali")
    form = visit_form(
        desk,
        person_id=holder_id,
        referral_service_id=social,
        follow_up=FollowUpForm(due_date=date(2026, 12, 2), description=" richiamare per l'esito "),
    )
    visit_id = visits.record_visit(desk.uow(desk.operator), form)

    [follow_up] = follow_ups_of(desk, visit_id)
    assert (follow_up.owner_id, follow_up.due_date, follow_up.description) == (
        desk.operator.operator_id, date(2026, 12, 2), "richiamare per l'esito"
    )
    assert (follow_up.person_id, follow_up.household_id, follow_up.closed_at) == (holder_id, household_id, None)
    detail = visits.visit_detail(desk.uow(write=False), visit_id)
    assert detail.referral_service_name == "Servizi Sociali"
    assert detail.follow_up is not None and detail.follow_up.owner_name == "Pierangela Ghilardi"
    assert detail.form.follow_up == FollowUpForm(date(2026, 12, 2), desk.operator.operator_id, "richiamare per l'esito")


def test_outside_the_opening_is_allowed_and_shown(desk: Desk) -> None:
    inside = visits.record_visit(desk.uow(desk.operator), visit_form(desk))
    saturday = visits.record_visit(desk.uow(desk.operator), visit_form(desk, started_at=rome(2026, 11, 21, 10, 0)))
    assert not visits.visit_detail(desk.uow(write=False), inside).outside_opening
    assert visits.visit_detail(desk.uow(write=False), saturday).outside_opening


def test_the_author_or_a_coordinator_edits_a_visit(desk: Desk) -> None:
    visit_id = visits.record_visit(desk.uow(desk.operator), visit_form(desk))
    changed = visit_form(desk, duration_minutes=45, topic_ids=(topic(desk, DIGITAL),), notes="SPID attivato")

    with pytest.raises(PermissionDenied, match="Solo chi ha registrato la visita o un coordinatore"):
        visits.update_visit(desk.uow(desk.tenant_manager), visit_id, changed)
    assert stored(desk, visit_id).duration_minutes == 20

    visits.update_visit(desk.uow(desk.operator), visit_id, changed)
    visit = stored(desk, visit_id)
    assert (visit.duration_minutes, [t.name for t in visit.topics], visit.notes) == (45, [DIGITAL], "SPID attivato")
    with desk.uow(write=False) as uow:
        update = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.entity_id == str(visit_id), AuditEntry.action == "update")
        ).one()
    changes = json.loads(update.changes)
    assert changes["duration_minutes"] == [20, 45]
    assert changes["topics"] == [[str(topic(desk, LISTENING))], [str(topic(desk, DIGITAL))]]

    visits.update_visit(desk.uow(desk.coordinator), visit_id, visit_form(desk, duration_minutes=30, topic_ids=(topic(desk, DIGITAL),)))
    assert stored(desk, visit_id).duration_minutes == 30


def test_an_unchanged_save_writes_nothing(desk: Desk) -> None:
    visit_id = visits.record_visit(desk.uow(desk.operator), visit_form(desk))
    view = visits.visit_detail(desk.uow(write=False), visit_id)
    visits.update_visit(desk.uow(desk.operator), visit_id, view.form)
    with desk.uow(write=False) as uow:
        assert uow.session.scalars(select(AuditEntry.action).where(AuditEntry.entity_id == str(visit_id))).all() == ["insert"]


def test_who_recorded_a_visit_for_a_colleague_may_still_correct_it(desk: Desk) -> None:
    visit_id = visits.record_visit(desk.uow(desk.tenant_manager), visit_form(desk, operator_id=desk.operator.operator_id))
    assert stored(desk, visit_id).operator_id == desk.operator.operator_id
    visits.update_visit(desk.uow(desk.tenant_manager), visit_id, visit_form(desk, operator_id=desk.operator.operator_id, duration_minutes=5))
    visits.update_visit(desk.uow(desk.operator), visit_id, visit_form(desk, operator_id=desk.operator.operator_id, duration_minutes=6))
    assert stored(desk, visit_id).duration_minutes == 6


def test_a_topic_retired_after_the_visit_stays_on_it_when_edited(desk: Desk) -> None:
    digital = topic(desk, DIGITAL)
    visit_id = visits.record_visit(desk.uow(desk.operator), visit_form(desk, topic_ids=(digital,)))
    set_retired(desk.uow(), CatalogueKind.TOPICS, digital, True)

    visits.update_visit(desk.uow(desk.operator), visit_id, visit_form(desk, topic_ids=(digital,), notes="aggiunta una nota"))
    assert [t.name for t in stored(desk, visit_id).topics] == [DIGITAL]

    other = visits.record_visit(desk.uow(desk.operator), visit_form(desk))
    with pytest.raises(ValidationFailed, match="non è più in uso"):
        visits.update_visit(desk.uow(desk.operator), other, visit_form(desk, topic_ids=(digital,)))


def test_editing_changes_the_open_follow_up_or_adds_one_and_never_removes_it(desk: Desk) -> None:
    visit_id = visits.record_visit(desk.uow(desk.operator), visit_form(desk, follow_up=FollowUpForm(date(2026, 12, 2))))
    visits.update_visit(desk.uow(desk.operator), visit_id, visit_form(desk, follow_up=FollowUpForm(date(2026, 12, 9), desk.coordinator.operator_id)))
    [follow_up] = follow_ups_of(desk, visit_id)
    assert (follow_up.due_date, follow_up.owner_id) == (date(2026, 12, 9), desk.coordinator.operator_id)

    visits.update_visit(desk.uow(desk.operator), visit_id, visit_form(desk, follow_up=None, notes="altro"))
    assert len(follow_ups_of(desk, visit_id)) == 1


def test_a_cancelled_visit_stays_visible_with_its_reason_and_closes_its_follow_ups(desk: Desk) -> None:
    visit_id = visits.record_visit(desk.uow(desk.operator), visit_form(desk, follow_up=FollowUpForm(date(2026, 12, 2))))

    with pytest.raises(ValidationFailed) as no_reason:
        visits.cancel_visit(desk.uow(desk.operator), visit_id, "  ")
    assert no_reason.value.errors == {"reason": "Motivo dell'annullamento: campo obbligatorio."}
    with pytest.raises(PermissionDenied):
        visits.cancel_visit(desk.uow(desk.tenant_manager), visit_id, "doppia")

    visits.cancel_visit(desk.uow(desk.coordinator), visit_id, "registrata due volte")
    detail = visits.visit_detail(desk.uow(write=False), visit_id)
    assert detail.cancelled and detail.cancel_reason == "registrata due volte"
    assert detail.cancelled_by_name == "Antonio Negro"
    [follow_up] = follow_ups_of(desk, visit_id)
    assert follow_up.closed_at is not None
    assert follow_up.closing_note == "Chiuso perché la visita è stata annullata: registrata due volte"
    with desk.uow(write=False) as uow:
        [shown] = follow_ups.visit_follow_ups(uow.session, visit_id)
    english = {"Chiuso perché la visita è stata annullata: {reason}": "Closed because the visit was cancelled: {reason}"}
    assert isinstance(shown.closing_note, Message)  # the screens say the program's words in their language
    assert shown.closing_note.render(lambda text: english.get(text, text)) == "Closed because the visit was cancelled: registrata due volte"

    with pytest.raises(ValidationFailed, match="annullata: non si può modificare"):
        visits.update_visit(desk.uow(desk.coordinator), visit_id, visit_form(desk))
    with pytest.raises(ValidationFailed, match="già annullata"):
        visits.cancel_visit(desk.uow(desk.coordinator), visit_id, "di nuovo")


def test_the_author_deletes_a_visit_on_the_day_it_was_recorded(desk: Desk) -> None:
    visit_id = visits.record_visit(desk.uow(desk.operator), visit_form(desk, follow_up=FollowUpForm(date(2026, 12, 2))))
    for someone in (desk.coordinator, desk.tenant_manager):
        with pytest.raises(PermissionDenied, match="Annullarla invece"):
            visits.delete_visit(desk.uow(someone), visit_id)

    visits.delete_visit(desk.uow(desk.operator), visit_id)
    with desk.uow(write=False) as uow:
        assert uow.session.get(Visit, visit_id) is None
        assert uow.session.scalars(select(FollowUp)).all() == []
        deleted = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.entity_id == str(visit_id), AuditEntry.action == "delete")
        ).one()
    assert json.loads(deleted.changes)["duration_minutes"] == [20, None]


def test_the_next_day_a_visit_can_only_be_cancelled(desk: Desk) -> None:
    visit_id = visits.record_visit(desk.uow(desk.operator), visit_form(desk))
    clock.pin_today(TODAY + timedelta(days=1))
    with pytest.raises(PermissionDenied) as refused:
        visits.delete_visit(desk.uow(desk.operator), visit_id)
    assert "registrata (questa il 21/11/2026)" in refused.value.message
    assert "Annullarla invece, indicando il motivo" in refused.value.message
    assert stored(desk, visit_id).cancelled_at is None


def test_same_as_last_visit_copies_topics_and_referral_still_in_use(desk: Desk) -> None:
    person_id = lone_person(desk)
    assert visits.last_visit_template(desk.uow(write=False), person_id) is None

    cpac, social = referral(desk, "CPAC"), referral(desk, "Servizi Sociali")
    visits.record_visit(
        desk.uow(desk.operator),
        visit_form(desk, person_id=person_id, started_at=rome(2026, 11, 4), topic_ids=(topic(desk, ARREARS),), referral_service_id=social),
    )
    latest = visits.record_visit(
        desk.uow(desk.operator),
        visit_form(desk, person_id=person_id, topic_ids=(topic(desk, DIGITAL), topic(desk, LISTENING)), referral_service_id=cpac),
    )
    template = visits.last_visit_template(desk.uow(write=False), person_id)
    assert template is not None
    assert (set(template.topic_ids), template.referral_service_id) == ({topic(desk, DIGITAL), topic(desk, LISTENING)}, cpac)

    set_retired(desk.uow(), CatalogueKind.TOPICS, topic(desk, DIGITAL), True)
    set_retired(desk.uow(), CatalogueKind.REFERRAL_SERVICES, cpac, True)
    assert visits.last_visit_template(desk.uow(write=False), person_id) == ((topic(desk, LISTENING),), None, None)

    visits.cancel_visit(desk.uow(desk.operator), latest, "persona sbagliata")
    assert visits.last_visit_template(desk.uow(write=False), person_id) == ((topic(desk, ARREARS),), social, None)


def test_a_person_is_referred_to_a_partner_organisation_of_the_registry(desk: Desk) -> None:
    from app.services.catalogues import add_item
    from app.vocabulary import CatalogueKind

    parish = add_item(desk.uow(), CatalogueKind.PARTNERS, "Parrocchia di Celadina", kind_label="parrocchia")
    _, person_id = household_with_holder(desk)
    visit_id = visits.record_visit(
        desk.uow(), visit_form(desk, person_id=person_id, referral_partner_id=parish, referral_outcome="pacco alimentare")
    )
    view = visits.visit_detail(desk.uow(write=False), visit_id)
    assert (view.referral_partner_name, view.referral_service_id, view.referral_outcome) == ("Parrocchia di Celadina", None, "pacco alimentare")
    assert visits.last_visit_template(desk.uow(write=False), person_id).referral_partner_id == parish  # type: ignore[union-attr]
    with pytest.raises(ValidationFailed) as both:
        visits.record_visit(desk.uow(), visit_form(desk, referral_service_id=referral(desk, "CAF / Patronato"), referral_partner_id=parish))
    assert both.value.errors["referral_service_id"] == "Inviato a: un servizio o un ente partner, non entrambi."
