"""Operators, desks and the first run of a laptop: who may do what, and what is refused with which message."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import time
from pathlib import Path

import pytest
from sqlalchemy import select

from app.config import Paths, read_laptop_identity, resolve_paths
from app.models.office import Office
from app.models.operator import Operator, Site
from app.services.errors import NeedsConfirmation, PermissionDenied, ValidationFailed
from app.services.first_run import FirstRunForm, complete_first_run, prepare_new_database, propose_site_code
from app.services.offices import OfficeView, Slot, list_offices, parse_slots, save_office
from app.services.operators import (
    LoginRefused,
    OperatorForm,
    change_own_password,
    create_operator,
    list_operators,
    log_in,
    reset_password,
    update_operator,
)
from app.services.unit_of_work import Actor, Store, UnitOfWork
from app.store.opening import open_database
from app.vocabulary import Role
from tests.conftest import COORDINATOR, OPERATOR, TENANT_MANAGER, Desk

WRONG_CREDENTIALS = "Nome utente o password non corretti."
DEACTIVATED = "Questo utente è disattivato: rivolgersi a un coordinatore."
READER = Actor(operator_id=None, name="test", role=Role.OPERATOR)


def operator_named(desk: Desk, username: str):  # type: ignore[no-untyped-def]
    return next(o for o in list_operators(desk.uow(write=False)) if o.username == username)


def stored_operators(desk: Desk) -> dict[str, tuple[str, Role, bool, str]]:
    with desk.uow(write=False) as uow:
        return {
            o.username: (o.full_name, o.role, o.active, o.password_hash) for o in uow.session.scalars(select(Operator))
        }


def stored_offices(desk: Desk) -> list[OfficeView]:
    return list_offices(desk.uow(write=False), include_inactive=True)


# --- coordinator-only actions are refused in the services ------------------------------------------


@pytest.fixture(params=["operator", "tenant_manager"])
def not_a_coordinator(request: pytest.FixtureRequest, desk: Desk) -> Actor:
    return getattr(desk, request.param)  # type: ignore[no-any-return]


COORDINATOR_ONLY: dict[str, tuple[Callable[[Desk, UnitOfWork], object], str]] = {
    "create operator": (
        lambda desk, uow: create_operator(uow, OperatorForm("nuovo", "Nuovo Operatore", Role.COORDINATOR, "CEL"), "password-lunga"),
        "Solo un coordinatore può aggiungere operatori.",
    ),
    "promote oneself": (
        lambda desk, uow: update_operator(
            uow, operator_named(desk, OPERATOR[0]).id, OperatorForm(OPERATOR[0], OPERATOR[1], Role.COORDINATOR, "CEL")
        ),
        "Solo un coordinatore può modificare gli operatori.",
    ),
    "deactivate the coordinator": (
        lambda desk, uow: update_operator(
            uow, operator_named(desk, COORDINATOR[0]).id, OperatorForm(COORDINATOR[0], COORDINATOR[1], Role.COORDINATOR, "CEL", active=False)
        ),
        "Solo un coordinatore può modificare gli operatori.",
    ),
    "reset a password": (
        lambda desk, uow: reset_password(uow, operator_named(desk, COORDINATOR[0]).id, "presa-di-potere"),
        "Solo un coordinatore può reimpostare le password.",
    ),
    "edit a desk": (
        lambda desk, uow: save_office(uow, OfficeView("CEL", "Celadina chiusa", "", False, ())),
        "Solo un coordinatore può modificare gli sportelli.",
    ),
    "add a desk": (
        lambda desk, uow: save_office(uow, OfficeView("MON", "Monterosso", "via Monterosso", True, ()), new=True),
        "Solo un coordinatore può modificare gli sportelli.",
    ),
}


@pytest.mark.parametrize("action", list(COORDINATOR_ONLY))
def test_coordinator_only_actions_are_refused_to_other_roles_and_store_nothing(
    desk: Desk, not_a_coordinator: Actor, action: str
) -> None:
    run, message = COORDINATOR_ONLY[action]
    operators_before, offices_before = stored_operators(desk), stored_offices(desk)

    with pytest.raises(PermissionDenied) as refused:
        run(desk, desk.uow(not_a_coordinator))

    assert refused.value.message == message
    assert stored_operators(desk) == operators_before
    assert stored_offices(desk) == offices_before
    log_in(desk.store, COORDINATOR[0], COORDINATOR[2])


def test_a_coordinator_can_do_what_the_others_cannot(desk: Desk) -> None:
    create_operator(desk.uow(), OperatorForm("mediatore", "Karim Benali", Role.OPERATOR, "COL"), "password-lunga")
    karim = operator_named(desk, "mediatore")
    update_operator(desk.uow(), karim.id, OperatorForm("mediatore", "Karim Benali", Role.TENANT_MANAGER, "LAZ"))
    reset_password(desk.uow(), karim.id, "nuova-password")

    assert (operator_named(desk, "mediatore").role, operator_named(desk, "mediatore").office_code) == (Role.TENANT_MANAGER, "LAZ")
    assert log_in(desk.store, "mediatore", "nuova-password").role is Role.TENANT_MANAGER


# --- login -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("username", "password"),
    [(COORDINATOR[0], "sbagliata1"), (COORDINATOR[0], ""), ("nessuno", COORDINATOR[2]), ("", "")],
)
def test_login_refuses_a_wrong_password_or_an_unknown_user_with_one_message(desk: Desk, username: str, password: str) -> None:
    with pytest.raises(LoginRefused) as refused:
        log_in(desk.store, username, password)
    assert refused.value.message == WRONG_CREDENTIALS


def test_login_ignores_case_and_spaces_of_the_username(desk: Desk) -> None:
    actor = log_in(desk.store, "  Coord ", COORDINATOR[2])
    assert (actor.name, actor.role) == (COORDINATOR[1], Role.COORDINATOR)


def test_a_deactivated_operator_cannot_log_in_but_the_password_is_checked_first(desk: Desk) -> None:
    educatrice = operator_named(desk, OPERATOR[0])
    update_operator(desk.uow(), educatrice.id, OperatorForm(OPERATOR[0], OPERATOR[1], Role.OPERATOR, "CEL", active=False))

    with pytest.raises(LoginRefused) as refused:
        log_in(desk.store, OPERATOR[0], OPERATOR[2])
    assert refused.value.message == DEACTIVATED
    with pytest.raises(LoginRefused) as guessed:
        log_in(desk.store, OPERATOR[0], "indovino1")
    assert guessed.value.message == WRONG_CREDENTIALS  # says nothing about the account to a guesser


# --- at least one active coordinator ----------------------------------------------------------------


@pytest.mark.parametrize(
    "change",
    [
        OperatorForm(COORDINATOR[0], COORDINATOR[1], Role.OPERATOR, "CEL"),
        OperatorForm(COORDINATOR[0], COORDINATOR[1], Role.TENANT_MANAGER, "CEL"),
        OperatorForm(COORDINATOR[0], COORDINATOR[1], Role.COORDINATOR, "CEL", active=False),
    ],
    ids=["demoted to operator", "demoted to tenant manager", "deactivated"],
)
def test_the_last_active_coordinator_cannot_be_demoted_or_deactivated(desk: Desk, change: OperatorForm) -> None:
    coordinator = operator_named(desk, COORDINATOR[0])

    with pytest.raises(ValidationFailed) as refused:
        update_operator(desk.uow(), coordinator.id, change)

    assert refused.value.errors == {
        "role": "Deve restare almeno un coordinatore attivo: nominarne un altro prima di cambiare questo."
    }
    assert stored_operators(desk)[COORDINATOR[0]][1:3] == (Role.COORDINATOR, True)


def test_with_a_second_coordinator_the_first_can_step_down(desk: Desk) -> None:
    create_operator(desk.uow(), OperatorForm("vice", "Fabio Soli", Role.COORDINATOR, "CEL"), "password-lunga")
    coordinator = operator_named(desk, COORDINATOR[0])
    update_operator(desk.uow(), coordinator.id, OperatorForm(COORDINATOR[0], COORDINATOR[1], Role.OPERATOR, "CEL"))
    assert operator_named(desk, COORDINATOR[0]).role is Role.OPERATOR

    vice = operator_named(desk, "vice")
    with pytest.raises(ValidationFailed):
        update_operator(desk.uow(), vice.id, OperatorForm("vice", "Fabio Soli", Role.COORDINATOR, "CEL", active=False))


def test_the_role_may_come_as_its_plain_value(desk: Desk) -> None:
    """What a combo box gives back: "coordinator", not ``Role.COORDINATOR``; renaming is not demoting."""
    coordinator = operator_named(desk, COORDINATOR[0])
    update_operator(desk.uow(), coordinator.id, OperatorForm(COORDINATOR[0], "Antonio Maria Negro", "coordinator", "CEL"))  # type: ignore[arg-type]
    assert stored_operators(desk)[COORDINATOR[0]][:3] == ("Antonio Maria Negro", Role.COORDINATOR, True)
    create_operator(desk.uow(), OperatorForm("f.soli", "Fabio Soli", "tenant_manager", "CEL"), "password-lunga")  # type: ignore[arg-type]
    assert log_in(desk.store, "f.soli", "password-lunga").role is Role.TENANT_MANAGER


def test_an_inactive_coordinator_does_not_count_as_the_remaining_one(desk: Desk) -> None:
    create_operator(
        desk.uow(), OperatorForm("vecchio", "Ex Coordinatore", Role.COORDINATOR, "CEL", active=False), "password-lunga"
    )
    coordinator = operator_named(desk, COORDINATOR[0])
    with pytest.raises(ValidationFailed):
        update_operator(desk.uow(), coordinator.id, OperatorForm(COORDINATOR[0], COORDINATOR[1], Role.OPERATOR, "CEL"))


# --- passwords ---------------------------------------------------------------------------------------


def test_changing_ones_own_password_needs_the_current_one(desk: Desk) -> None:
    with pytest.raises(ValidationFailed) as refused:
        change_own_password(desk.uow(desk.operator), "non-la-mia", "nuovissima1")
    assert refused.value.errors == {"current_password": "La password attuale non è corretta."}
    assert log_in(desk.store, OPERATOR[0], OPERATOR[2])

    change_own_password(desk.uow(desk.operator), OPERATOR[2], "nuovissima1")
    assert log_in(desk.store, OPERATOR[0], "nuovissima1").name == OPERATOR[1]
    with pytest.raises(LoginRefused):
        log_in(desk.store, OPERATOR[0], OPERATOR[2])


@pytest.mark.parametrize(
    ("new", "message"),
    [
        ("corta", "La password deve avere almeno 8 caratteri."),
        (" spazio-davanti", "La password non può iniziare o finire con uno spazio."),
    ],
)
def test_a_weak_new_password_is_refused_everywhere(desk: Desk, new: str, message: str) -> None:
    with pytest.raises(ValidationFailed) as own:
        change_own_password(desk.uow(desk.operator), OPERATOR[2], new)
    assert own.value.errors == {"new_password": message}
    with pytest.raises(ValidationFailed) as reset:
        reset_password(desk.uow(), operator_named(desk, OPERATOR[0]).id, new)
    assert reset.value.errors == {"password": message}
    with pytest.raises(ValidationFailed) as created:
        create_operator(desk.uow(), OperatorForm("nuova", "Nuova Persona", Role.OPERATOR), new)
    assert created.value.errors == {"password": message}
    assert log_in(desk.store, OPERATOR[0], OPERATOR[2])
    assert "nuova" not in stored_operators(desk)


def test_passwords_are_never_stored_in_clear(desk: Desk) -> None:
    for username, _, password in (COORDINATOR, OPERATOR, TENANT_MANAGER):
        stored = stored_operators(desk)[username][3]
        assert password not in stored and stored.startswith("scrypt$")


# --- usernames ---------------------------------------------------------------------------------------


def test_usernames_are_stored_lower_case_and_are_unique_whatever_the_case(desk: Desk) -> None:
    create_operator(desk.uow(), OperatorForm("  F.Soli ", "Fabio Soli", Role.OPERATOR, "COL"), "password-lunga")
    assert stored_operators(desk)["f.soli"][0] == "Fabio Soli"
    assert log_in(desk.store, "F.SOLI", "password-lunga").name == "Fabio Soli"

    with pytest.raises(ValidationFailed) as refused:
        create_operator(desk.uow(), OperatorForm("F.SOLI", "Francesca Soli", Role.OPERATOR), "password-lunga")

    assert refused.value.errors == {"username": "Nome utente: «f.soli» è già usato."}
    assert [o.full_name for o in list_operators(desk.uow(write=False)) if o.username == "f.soli"] == ["Fabio Soli"]


@pytest.mark.parametrize("username", ["a", "mario rossi", "-mario", "mário", "x" * 41, ""])
def test_a_badly_formed_username_is_refused(desk: Desk, username: str) -> None:
    with pytest.raises(ValidationFailed) as refused:
        create_operator(desk.uow(), OperatorForm(username, "Mario Rossi", Role.OPERATOR), "password-lunga")
    assert refused.value.errors["username"].startswith("Nome utente: da 2 a 40 caratteri")
    assert len(stored_operators(desk)) == 3


def test_the_full_name_is_required_and_the_desk_must_exist(desk: Desk) -> None:
    with pytest.raises(ValidationFailed) as unnamed:
        create_operator(desk.uow(), OperatorForm("mario", "  ", Role.OPERATOR), "password-lunga")
    assert unnamed.value.errors == {"full_name": "Nome e cognome: campo obbligatorio."}
    with pytest.raises(ValidationFailed) as nowhere:
        create_operator(desk.uow(), OperatorForm("mario", "Mario Rossi", Role.OPERATOR, "XYZ"), "password-lunga")
    assert nowhere.value.errors == {"office_code": "Sportello: XYZ non esiste."}
    assert "mario" not in stored_operators(desk)


# --- desks and their opening slots ------------------------------------------------------------------


def cel_with(slots: tuple[Slot, ...]) -> OfficeView:
    return OfficeView("CEL", "Celadina", "via Pizzo Tre Signori 2, Bergamo", True, slots)


def test_a_coordinator_changes_the_slots_of_a_desk(desk: Desk) -> None:
    save_office(desk.uow(), cel_with((Slot(3, time(14), time(17)), Slot(2, time(9), time(12)))))
    cel = next(o for o in stored_offices(desk) if o.code == "CEL")
    assert str(cel.opening_label()) == "mercoledì 09:00-12:00, giovedì 14:00-17:00"


@pytest.mark.parametrize(
    ("slots", "message"),
    [
        ((Slot(2, time(9), time(12)), Slot(2, time(11), time(13))), "Due orari di mercoledì si sovrappongono."),
        ((Slot(2, time(9), time(12)), Slot(2, time(9), time(10))), "Due orari di mercoledì si sovrappongono."),
        ((Slot(4, time(12), time(9)),), "Orario 1 (venerdì): l'inizio deve precedere la fine."),
        ((Slot(1, time(9), time(12)), Slot(4, time(10), time(10))), "Orario 2 (venerdì): l'inizio deve precedere la fine."),
        ((Slot(7, time(9), time(12)),), "Orario 1: giorno non valido."),
    ],
    ids=["overlap", "same start", "start after end", "empty slot", "no such day"],
)
def test_bad_slots_are_refused_and_the_desk_keeps_its_hours(desk: Desk, slots: tuple[Slot, ...], message: str) -> None:
    with pytest.raises(ValidationFailed) as refused:
        save_office(desk.uow(), cel_with(slots))
    assert refused.value.errors == {"slots": message}
    cel = next(o for o in stored_offices(desk) if o.code == "CEL")
    assert str(cel.opening_label()) == "mercoledì 09:00-12:00"


def test_back_to_back_slots_on_the_same_day_are_fine(desk: Desk) -> None:
    save_office(desk.uow(), cel_with((Slot(2, time(9), time(12)), Slot(2, time(12), time(13, 30)))))
    cel = next(o for o in stored_offices(desk) if o.code == "CEL")
    assert str(cel.opening_label()) == "mercoledì 09:00-12:00, mercoledì 12:00-13:30"


def test_a_new_desk_needs_a_free_code_and_a_name(desk: Desk) -> None:
    save_office(desk.uow(), OfficeView(" mon ", "Monterosso", "via Monterosso 1", True, (Slot(0, time(9), time(11)),)), new=True)
    assert str(next(o for o in stored_offices(desk) if o.code == "MON").opening_label()) == "lunedì 09:00-11:00"

    with pytest.raises(ValidationFailed) as taken:
        save_office(desk.uow(), OfficeView("CEL", "Altra Celadina", "", True, ()), new=True)
    assert taken.value.errors == {"code": "Codice: esiste già uno sportello CEL."}
    with pytest.raises(ValidationFailed) as bad:
        save_office(desk.uow(), OfficeView("MON-2", "", "", True, ()), new=True)
    assert bad.value.errors == {"code": "Codice: da 1 a 8 lettere o cifre, senza spazi.", "name": "Nome: campo obbligatorio."}
    assert [o.code for o in stored_offices(desk)] == ["CEL", "COL", "LAZ", "MON"]


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("mercoledì 9:00-12:00", [Slot(2, time(9), time(12))]),
        ("mer 9-12", [Slot(2, time(9), time(12))]),
        ("Mercoledi 9.30 - 12", [Slot(2, time(9, 30), time(12))]),
        ("  GIOVEDÌ   14:00-17:30  ", [Slot(3, time(14), time(17, 30))]),
        ("lun 9-12\n\nven 14-16\n", [Slot(0, time(9), time(12)), Slot(4, time(14), time(16))]),
        ("domenica 10-11", [Slot(6, time(10), time(11))]),
        ("", []),
    ],
)
def test_parse_slots_reads_what_people_write(text: str, slots: list[Slot]) -> None:
    assert parse_slots(text) == slots


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("9-12", "Riga 1: scrivere per esempio «mercoledì 9:00-12:00»."),
        ("mer 9-12\nmartedì mattina", "Riga 2: scrivere per esempio «mercoledì 9:00-12:00»."),
        ("xyz 9-12", "Riga 1: scrivere per esempio «mercoledì 9:00-12:00»."),
        ("mer 9 12", "Riga 1: scrivere per esempio «mercoledì 9:00-12:00»."),
        ("mer 9:5-12", "Riga 1: scrivere per esempio «mercoledì 9:00-12:00»."),
        ("mer 25-26", "Riga 1: orario non valido."),
        ("lun 9-10\nmer 9:75-12", "Riga 2: orario non valido."),
    ],
)
def test_parse_slots_names_the_bad_line(text: str, message: str) -> None:
    with pytest.raises(ValidationFailed) as refused:
        parse_slots(text)
    assert refused.value.errors == {"slots": message}


# --- first run ---------------------------------------------------------------------------------------


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[tuple[Paths, Store]]:
    paths = resolve_paths(tmp_path / "fresh")
    opened = open_database(paths, create=True)
    store = Store(opened.engine, "")
    prepare_new_database(store)
    yield paths, store
    opened.engine.dispose()


def test_a_fresh_database_offers_the_three_desks_and_proposes_their_codes(fresh: tuple[Paths, Store]) -> None:
    paths, store = fresh
    assert [o.code for o in list_offices(UnitOfWork(store, READER, write=False))] == ["CEL", "COL", "LAZ"]
    assert [propose_site_code(store, code) for code in ("CEL", "COL", "LAZ")] == ["CEL", "COL", "LAZ"]
    assert read_laptop_identity(paths) is None



def test_the_first_run_registers_the_laptop_and_the_first_coordinator(fresh: tuple[Paths, Store]) -> None:
    paths, store = fresh
    identity = complete_first_run(paths, store, FirstRunForm("COL", "col", "A.Negro", "Antonio Negro", "coordinatore1"))

    assert (identity.site_code, identity.office_code) == ("COL", "COL")
    assert read_laptop_identity(paths) == identity
    actor = log_in(store, "a.negro", "coordinatore1")
    assert (actor.name, actor.role) == ("Antonio Negro", Role.COORDINATOR)
    with UnitOfWork(store, actor, write=False) as uow:
        assert [(s.code, s.site) for s in uow.session.scalars(select(Site))] == [("COL", "COL")]


def test_a_second_laptop_of_the_same_desk_is_proposed_the_next_code(desk: Desk) -> None:
    assert propose_site_code(desk.store, "CEL") == "CEL2"
    assert propose_site_code(desk.store, "COL") == "COL"
    complete_first_run(desk.paths, desk.store, FirstRunForm("CEL", "CEL2"))
    assert propose_site_code(desk.store, "CEL") == "CEL3"


def test_a_taken_site_code_needs_confirmation_and_then_no_new_operator_is_asked(desk: Desk) -> None:
    desk.paths.laptop_file.unlink()

    with pytest.raises(NeedsConfirmation) as question:
        complete_first_run(desk.paths, desk.store, FirstRunForm("CEL", "CEL"))

    assert "Il codice postazione CEL è già registrato in questo database" in question.value.warnings[0]
    assert "numeri di ricevuta doppi" in question.value.warnings[0]
    assert read_laptop_identity(desk.paths) is None

    identity = complete_first_run(desk.paths, desk.store, FirstRunForm("CEL", "CEL"), confirmed=True)
    assert read_laptop_identity(desk.paths) == identity
    with desk.uow(write=False) as uow:
        assert uow.session.scalars(select(Site.code)).all() == ["CEL"]
    assert len(stored_operators(desk)) == 3


@pytest.mark.parametrize("site_code", ["C", "2CEL", "CEL-2", "CEL 2", "CELADINA1", "", "ÇEL"])
def test_a_badly_formed_site_code_is_refused(fresh: tuple[Paths, Store], site_code: str) -> None:
    paths, store = fresh
    with pytest.raises(ValidationFailed) as refused:
        complete_first_run(paths, store, FirstRunForm("CEL", site_code, "coord", "Antonio Negro", "coordinatore1"))
    assert refused.value.errors == {
        "site_code": "Codice postazione: da 2 a 8 lettere maiuscole o cifre, che inizia con una lettera (es. CEL2)."
    }
    assert read_laptop_identity(paths) is None
    with pytest.raises(LoginRefused):
        log_in(store, "coord", "coordinatore1")


def test_a_first_run_with_a_bad_coordinator_registers_nothing(fresh: tuple[Paths, Store]) -> None:
    paths, store = fresh
    with pytest.raises(ValidationFailed) as refused:
        complete_first_run(paths, store, FirstRunForm("CEL", "CEL", "", "", "corta"))
    assert set(refused.value.errors) == {"username", "full_name", "password"}
    assert read_laptop_identity(paths) is None
    assert propose_site_code(store, "CEL") == "CEL"
    with UnitOfWork(store, READER, write=False) as uow:
        assert uow.session.scalars(select(Operator)).all() == []
        assert len(uow.session.scalars(select(Office)).all()) == 3
