from __future__ import annotations

import json

import pytest
from sqlalchemy import delete, select

from app.models.audit import AuditEntry
from app.models.catalogue import Topic
from app.models.setting import Setting
from app.services import catalogues
from app.services.catalogues import add_item, delete_item, list_items, move_item, rename_item, set_retired
from app.services.desk import visits
from app.services.errors import NotFound, PermissionDenied, ValidationFailed
from app.services.first_run import add_missing_seeds
from app.services.settings import SETTINGS, all_settings, get_setting, privacy_notice, set_setting, set_settings
from app.vocabulary import CatalogueKind
from tests.conftest import Desk
from tests.visit_samples import LISTENING, topic, visit_form

# --- catalogues --------------------------------------------------------------------------------------


def names(desk: Desk, kind: CatalogueKind, *, include_retired: bool = False) -> list[str]:
    return [item.name for item in list_items(desk.uow(write=False), kind, include_retired=include_retired)]


def test_a_new_database_has_the_seeded_lists_in_design_order(desk: Desk) -> None:
    topics = names(desk, CatalogueKind.TOPICS)
    assert topics[0] == "Inserimento nuovi assegnatari (colloquio, regole condominiali, accoglienza)"
    assert topics[1:3] == ["Aggiornamento Anagrafe Utenza", "Contributo di solidarietà"]
    assert topics[-1] == "Altro" and len(topics) == 14
    assert {"Servizi Sociali", "CPAC", "Spazio compiti", "Ente gestore (ALER)", "CAF / Patronato", "Centro per l'impiego"} <= set(
        names(desk, CatalogueKind.REFERRAL_SERVICES)
    )
    assert names(desk, CatalogueKind.ACTIVITY_TYPES) == [
        "Assemblea di condominio",
        "Laboratorio",
        "Corso",
        "Evento / clean-up",
        "Evento culturale",
        "Riunione di rete di quartiere",
    ]
    assert names(desk, CatalogueKind.PARTNERS) == []


def test_seeded_items_have_the_same_ids_on_every_laptop(desk: Desk) -> None:
    assert topic(desk, LISTENING) == catalogues.seed_id(CatalogueKind.TOPICS, LISTENING)


def test_a_database_made_before_the_lists_gets_them_at_start_once(desk: Desk) -> None:
    with desk.uow() as uow:
        uow.session.execute(delete(Topic))
        uow.session.execute(delete(Setting).where(Setting.key == catalogues.SEED_MARKER))
        uow.commit()
    assert names(desk, CatalogueKind.TOPICS) == []

    add_missing_seeds(desk.store)
    assert len(names(desk, CatalogueKind.TOPICS)) == 14

    delete_item(desk.uow(), CatalogueKind.TOPICS, topic(desk, "Altro"))
    add_missing_seeds(desk.store)
    assert "Altro" not in names(desk, CatalogueKind.TOPICS), "a deleted seed must not come back at the next start"


def test_a_coordinator_adds_renames_and_reorders_items(desk: Desk) -> None:
    new_id = add_item(desk.uow(), CatalogueKind.TOPICS, "  Bonus  sociale   energia ")
    assert names(desk, CatalogueKind.TOPICS)[-1] == "Bonus sociale energia"

    move_item(desk.uow(), CatalogueKind.TOPICS, new_id, 0)
    items = list_items(desk.uow(write=False), CatalogueKind.TOPICS)
    assert items[0].name == "Bonus sociale energia"
    assert [item.position for item in items] == list(range(15))

    rename_item(desk.uow(), CatalogueKind.TOPICS, new_id, "Bonus energia")
    assert names(desk, CatalogueKind.TOPICS)[0] == "Bonus energia"


def test_a_name_already_in_the_list_is_refused_whatever_the_accents_and_case(desk: Desk) -> None:
    with pytest.raises(ValidationFailed) as refused:
        add_item(desk.uow(), CatalogueKind.TOPICS, "contributo di SOLIDARIETA")
    assert "«Contributo di solidarietà» è già nell'elenco" in refused.value.errors["name"]
    with pytest.raises(ValidationFailed) as empty:
        add_item(desk.uow(), CatalogueKind.REFERRAL_SERVICES, "   ")
    assert empty.value.errors == {"name": "Nome: campo obbligatorio."}


def test_partners_keep_kind_and_contact(desk: Desk) -> None:
    partner_id = add_item(
        desk.uow(), CatalogueKind.PARTNERS, "Associazione Celadina Insieme", kind_label="associazione", contact="Lucia, 035 000000"
    )
    rename_item(desk.uow(), CatalogueKind.PARTNERS, partner_id, "Celadina Insieme APS", contact="celadina@example.org")
    [partner] = list_items(desk.uow(write=False), CatalogueKind.PARTNERS)
    assert (partner.name, partner.kind_label, partner.contact) == ("Celadina Insieme APS", "associazione", "celadina@example.org")


def test_only_coordinators_change_the_lists(desk: Desk) -> None:
    listening = topic(desk, LISTENING)
    for attempt in (
        lambda: add_item(desk.uow(desk.operator), CatalogueKind.TOPICS, "Nuovo"),
        lambda: rename_item(desk.uow(desk.operator), CatalogueKind.TOPICS, listening, "Ascolto"),
        lambda: set_retired(desk.uow(desk.tenant_manager), CatalogueKind.TOPICS, listening, True),
        lambda: delete_item(desk.uow(desk.operator), CatalogueKind.TOPICS, listening),
        lambda: move_item(desk.uow(desk.operator), CatalogueKind.TOPICS, listening, 0),
    ):
        with pytest.raises(PermissionDenied, match="Solo un coordinatore"):
            attempt()
    assert LISTENING in names(desk, CatalogueKind.TOPICS)


def test_a_used_item_cannot_be_deleted_but_can_be_retired(desk: Desk) -> None:
    listening = topic(desk, LISTENING)
    visits.record_visit(desk.uow(desk.operator), visit_form(desk))

    with pytest.raises(ValidationFailed) as refused:
        delete_item(desk.uow(), CatalogueKind.TOPICS, listening)
    assert "già stato usato" in refused.value.errors["item"] and "Ritirarlo" in refused.value.errors["item"]

    set_retired(desk.uow(), CatalogueKind.TOPICS, listening, True)
    assert LISTENING not in names(desk, CatalogueKind.TOPICS)
    assert LISTENING in names(desk, CatalogueKind.TOPICS, include_retired=True)


def test_an_unused_item_is_deleted_and_the_audit_keeps_it(desk: Desk) -> None:
    other = topic(desk, "Altro")
    delete_item(desk.uow(), CatalogueKind.TOPICS, other)
    assert "Altro" not in names(desk, CatalogueKind.TOPICS, include_retired=True)
    with desk.uow(write=False) as uow:
        entry = uow.session.scalars(select(AuditEntry).where(AuditEntry.entity_id == str(other), AuditEntry.action == "delete")).one()
    assert json.loads(entry.changes)["name"] == ["Altro", None]
    with pytest.raises(NotFound):
        delete_item(desk.uow(), CatalogueKind.TOPICS, other)


# --- settings ----------------------------------------------------------------------------------------


def test_every_setting_reads_its_default_until_changed(desk: Desk) -> None:
    values = all_settings(desk.uow(write=False))
    assert values == {key: declaration.default for key, declaration in SETTINGS.items()}
    assert values["follow_up_days"] == 14
    assert values["visit_duration_minutes"] == 15
    assert values["privacy_notice_version"] == "2026-1"
    assert values["informal_notes_months"] == 24


def test_the_privacy_notice_names_the_controller_the_purpose_and_the_rights(desk: Desk) -> None:
    notice = privacy_notice(desk.uow(write=False))
    assert notice.version == "2026-1"
    assert notice.title == "Informativa sul trattamento dei dati personali"
    for words in (
        "Il titolare del trattamento è il Comune di Bergamo",
        "Vivere SAP Bergamo",
        "interesse pubblico",
        "Responsabile della protezione dei dati, contattabile tramite i recapiti",
        "Garante per la protezione dei dati personali",
        "preferisco non rispondere",
    ):
        assert words in notice.text
    assert "[" not in notice.text, "no placeholder may be left for someone to fill"


def test_a_coordinator_changes_a_setting_and_its_type_is_checked(desk: Desk) -> None:
    set_setting(desk.uow(), "follow_up_days", "21")
    assert get_setting(desk.uow(write=False), "follow_up_days") == 21
    set_setting(desk.uow(), "privacy_notice_version", " 2027-1 ")
    assert get_setting(desk.uow(write=False), "privacy_notice_version") == "2027-1"

    with pytest.raises(ValidationFailed) as not_a_number:
        set_setting(desk.uow(), "follow_up_days", "due settimane")
    assert not_a_number.value.errors == {"follow_up_days": "Giorni proposti per la scadenza di un seguito: scrivere un numero intero."}
    with pytest.raises(ValidationFailed) as too_long:
        set_setting(desk.uow(), "visit_duration_minutes", 600)
    assert "il valore massimo è 480" in too_long.value.errors["visit_duration_minutes"]
    with pytest.raises(ValidationFailed):
        set_setting(desk.uow(), "privacy_notice_text", "   ")
    with pytest.raises(NotFound):
        set_setting(desk.uow(), "colore_preferito", "blu")
    assert get_setting(desk.uow(write=False), "follow_up_days") == 21


def test_only_coordinators_change_settings(desk: Desk) -> None:
    with pytest.raises(PermissionDenied):
        set_setting(desk.uow(desk.operator), "follow_up_days", 7)
    assert get_setting(desk.uow(write=False), "follow_up_days") == 14


def test_a_stored_value_that_no_longer_fits_reads_as_the_default(desk: Desk) -> None:
    with desk.uow() as uow:
        uow.session.add(Setting(key="follow_up_days", value=json.dumps("quattordici")))
        uow.commit()
    assert get_setting(desk.uow(write=False), "follow_up_days") == 14


def test_several_settings_are_stored_together_or_not_at_all(desk: Desk) -> None:
    with pytest.raises(ValidationFailed) as refused:
        set_settings(desk.uow(), {"privacy_notice_version": "2027-1", "follow_up_days": "mille"})
    assert set(refused.value.errors) == {"follow_up_days"}
    assert get_setting(desk.uow(write=False), "privacy_notice_version") == "2026-1"
    set_settings(desk.uow(), {"privacy_notice_version": "2027-1", "follow_up_days": "21"})
    assert get_setting(desk.uow(write=False), "privacy_notice_version") == "2027-1"
    assert get_setting(desk.uow(write=False), "follow_up_days") == 21
