"""The first screens of a laptop (first run, login) and the screens around the registry: settings,
maintenance, persons to complete, one household's page and the registry import. Keyboard first."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QTableWidget
from pytestqt.qtbot import QtBot

from app.config import LaptopIdentity, Paths, read_laptop_identity, resolve_paths
from app.services.errors import NotFound
from app.services.first_run import prepare_new_database
from app.services.offices import list_offices
from app.services.operators import LoginRefused, list_operators, log_in
from app.services.registry import households
from app.services.registry.forms import HouseholdForm, PersonForm
from app.services.unit_of_work import Store, UnitOfWork
from app.store.backups import backup_problem, list_backups
from app.store.opening import open_database
from app.ui.context import DataEvents, DeskContext
from app.ui.first_run_dialog import FirstRunDialog
from app.ui.i18n import LANGUAGE_KEY, chosen_language
from app.ui.import_dialog import BAD_ROW_COLOUR, ImportDialog
from app.ui.login_dialog import LoginDialog
from app.ui.registry.dialogs import HolderChangeDialog, IseeDialog, PersonDialog
from app.ui.registry.household_page import HouseholdPage
from app.ui.registry.to_complete_view import ToCompleteView
from app.ui.settings.settings_view import (
    MaintenanceTab,
    OfficeDialog,
    OfficesTab,
    OperatorDialog,
    OperatorsTab,
    PasswordDialog,
    PreferencesTab,
)
from app.vocabulary import Change, Role
from tests.conftest import COORDINATOR, OPERATOR, Desk
from tests.registry_files import write_csv
from tests.ui.conftest import MessageBoxes, ModalDialogs, press, push, shown_errors, type_here, type_text

SAME_PASSWORDS = "Le due password non coincidono."


# --- helpers --------------------------------------------------------------------------------------


def column(table: QTableWidget, number: int) -> list[str]:
    return [table.item(row, number).text() for row in range(table.rowCount())]


def select_row(table: QTableWidget, text: str) -> None:
    """The row whose first cell reads ``text`` becomes current (a click on it)."""
    row = column(table, 0).index(text)
    table.setCurrentCell(row, 0)


@pytest.fixture
def fresh_home(tmp_path: Path) -> Iterator[tuple[Paths, Store]]:
    """A laptop started for the first time: a new database with the project's desks and nothing else."""
    paths = resolve_paths(tmp_path / "fresh")
    opened = open_database(paths, create=True)
    store = Store(opened.engine, "")
    prepare_new_database(store)
    yield paths, store
    opened.engine.dispose()


def context_of(desk: Desk, role: Role) -> DeskContext:
    actor = {Role.COORDINATOR: desk.coordinator, Role.OPERATOR: desk.operator, Role.TENANT_MANAGER: desk.tenant_manager}[role]
    identity = read_laptop_identity(desk.paths)
    assert identity is not None
    return DeskContext(paths=desk.paths, store=desk.store, identity=identity, actor=actor, events=DataEvents())


# --- first run ------------------------------------------------------------------------------------


def test_first_run_with_the_keyboard_registers_the_desk_and_the_coordinator(
    qtbot: QtBot, fresh_home: tuple[Paths, Store]
) -> None:
    paths, store = fresh_home
    dialog = FirstRunDialog(paths, store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.focusWidget() is dialog.office
    assert (dialog.office.currentData(), dialog.site.text()) == ("CEL", "CEL")

    press(qtbot, dialog, Qt.Key.Key_Down)
    assert (dialog.office.currentData(), dialog.site.text()) == ("COL", "COL")
    press(qtbot, dialog, Qt.Key.Key_Down)
    assert (dialog.office.currentData(), dialog.site.text()) == ("LAZ", "LAZ")
    press(qtbot, dialog, Qt.Key.Key_Up)
    assert dialog.site.text() == "COL"

    press(qtbot, dialog, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.site
    press(qtbot, dialog, Qt.Key.Key_Tab)
    type_here(qtbot, dialog, "A.Negro")
    press(qtbot, dialog, Qt.Key.Key_Tab)
    type_here(qtbot, dialog, "Antonio Negro")
    press(qtbot, dialog, Qt.Key.Key_Tab)
    type_here(qtbot, dialog, "coordinatore1")
    press(qtbot, dialog, Qt.Key.Key_Tab)
    type_here(qtbot, dialog, "coordinatore2")
    assert (dialog.username.text(), dialog.full_name.text()) == ("A.Negro", "Antonio Negro")
    press(qtbot, dialog, Qt.Key.Key_Return)

    assert dialog.isVisible()
    assert shown_errors(dialog) == {"repeat": SAME_PASSWORDS}
    assert dialog.focusWidget() is dialog.repeat
    assert read_laptop_identity(paths) is None
    assert dialog.username.text() == "A.Negro" and dialog.password.text() == "coordinatore1"

    press(qtbot, dialog, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_here(qtbot, dialog, "coordinatore1")
    press(qtbot, dialog, Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.identity == LaptopIdentity(site_code="COL", office_code="COL")
    assert json.loads(paths.laptop_file.read_text(encoding="utf-8")) == {"site_code": "COL", "office_code": "COL"}
    actor = log_in(store, "a.negro", "coordinatore1")
    assert (actor.name, actor.role) == ("Antonio Negro", Role.COORDINATOR)


def test_a_site_code_typed_by_hand_is_kept_when_the_desk_changes(qtbot: QtBot, fresh_home: tuple[Paths, Store]) -> None:
    paths, store = fresh_home
    dialog = FirstRunDialog(paths, store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.site.selectAll()
    qtbot.keyClicks(dialog.site, "cel9")
    qtbot.keyClick(dialog.office, Qt.Key.Key_Down)
    assert (dialog.office.currentData(), dialog.site.text()) == ("COL", "cel9")


def test_first_run_refusals_are_shown_under_their_fields(qtbot: QtBot, fresh_home: tuple[Paths, Store]) -> None:
    paths, store = fresh_home
    dialog = FirstRunDialog(paths, store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.site.selectAll()
    qtbot.keyClicks(dialog.site, "9X")
    qtbot.keyClick(dialog.site, Qt.Key.Key_Return)
    assert shown_errors(dialog) == {
        "site_code": "Da 2 a 8 lettere maiuscole o cifre, che inizia con una lettera (es. CEL2)."
    }
    dialog.site.selectAll()
    qtbot.keyClicks(dialog.site, "CEL")
    qtbot.keyClicks(dialog.username, "a")
    qtbot.keyClicks(dialog.password, "corta")
    qtbot.keyClicks(dialog.repeat, "corta")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    errors = shown_errors(dialog)
    assert set(errors) == {"username", "full_name", "password"}
    assert errors["password"] == "La password deve avere almeno 8 caratteri."
    assert dialog.isVisible() and read_laptop_identity(paths) is None


# --- login ----------------------------------------------------------------------------------------


def login_dialog(qtbot: QtBot, desk: Desk, failed: list[bool] | None = None) -> LoginDialog:
    failure = failed if failed is not None else [False]
    dialog = LoginDialog(LaptopIdentity("CEL", "CEL"), lambda: failure[0], lambda: desk.store)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_wrong_password_is_refused_in_italian_and_cleared(qtbot: QtBot, desk: Desk) -> None:
    dialog = login_dialog(qtbot, desk)
    assert dialog.focusWidget() is dialog.username
    type_here(qtbot, dialog, COORDINATOR[0])
    press(qtbot, dialog, Qt.Key.Key_Tab)
    type_here(qtbot, dialog, "sbagliata")
    press(qtbot, dialog, Qt.Key.Key_Return)

    assert dialog.isVisible() and dialog.actor is None
    assert shown_errors(dialog) == {"password": "Nome utente o password non corretti."}
    assert dialog.password.text() == "" and dialog.username.text() == COORDINATOR[0]
    assert dialog.focusWidget() is dialog.password

    type_here(qtbot, dialog, COORDINATOR[2])
    press(qtbot, dialog, Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor == desk.coordinator


def test_a_deactivated_operator_is_told_so_at_login(qtbot: QtBot, desk: Desk) -> None:
    from app.services.operators import OperatorForm, update_operator

    educatrice = next(o for o in list_operators(desk.uow(write=False)) if o.username == OPERATOR[0])
    update_operator(desk.uow(), educatrice.id, OperatorForm(OPERATOR[0], OPERATOR[1], Role.OPERATOR, "CEL", active=False))
    dialog = login_dialog(qtbot, desk)
    qtbot.keyClicks(dialog.username, OPERATOR[0])
    qtbot.keyClicks(dialog.password, OPERATOR[2])
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert shown_errors(dialog) == {"password": "Questo utente è disattivato: rivolgersi a un coordinatore."}
    assert dialog.actor is None and dialog.isVisible()


def test_the_login_closes_itself_when_the_database_cannot_be_opened(qtbot: QtBot, desk: Desk) -> None:
    failed = [False]
    dialog = login_dialog(qtbot, desk, failed)
    qtbot.keyClicks(dialog.username, COORDINATOR[0])
    failed[0] = True
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.actor is None


# --- settings: operators --------------------------------------------------------------------------


def test_a_coordinator_adds_an_operator_with_the_keyboard(
    qtbot: QtBot, context: DeskContext, dialogs: ModalDialogs
) -> None:
    tab = OperatorsTab(context)
    qtbot.addWidget(tab)
    tab.show()
    assert column(tab.table, 0) == ["Anna Maria Calvi", "Antonio Negro", "Pierangela Ghilardi"]

    def fill(dialog: OperatorDialog) -> None:
        assert dialog.windowTitle() == "Nuovo operatore"
        type_here(qtbot, dialog, "F.Soli")
        press(qtbot, dialog, Qt.Key.Key_Tab)
        type_here(qtbot, dialog, "Fabio Soli")
        press(qtbot, dialog, Qt.Key.Key_Tab)
        press(qtbot, dialog, Qt.Key.Key_Down)  # operatore -> tenant manager
        press(qtbot, dialog, Qt.Key.Key_Tab)
        press(qtbot, dialog, Qt.Key.Key_Down)  # Celadina (this laptop's desk) -> Colognola
        press(qtbot, dialog, Qt.Key.Key_Tab)
        press(qtbot, dialog, Qt.Key.Key_Tab)  # active stays ticked
        type_here(qtbot, dialog, "benvenuto1")
        press(qtbot, dialog, Qt.Key.Key_Tab)
        type_here(qtbot, dialog, "benvenuto1")
        press(qtbot, dialog, Qt.Key.Key_Return)

    dialogs.drive(OperatorDialog, fill)
    with qtbot.waitSignal(context.events.changed) as changed:
        push(qtbot, tab.add_button)

    assert changed.args == [frozenset({Change.OPERATORS})]
    assert len(dialogs.opened) == 1 and not dialogs.opened[0].isVisible()
    row = column(tab.table, 0).index("Fabio Soli")
    assert [tab.table.item(row, c).text() for c in range(5)] == ["Fabio Soli", "f.soli", "tenant manager", "COL", "attivo"]
    actor = log_in(context.store, "f.soli", "benvenuto1")
    assert (actor.name, actor.role) == ("Fabio Soli", Role.TENANT_MANAGER)


def test_a_taken_username_is_shown_under_the_field_and_the_form_stays(
    qtbot: QtBot, context: DeskContext, dialogs: ModalDialogs
) -> None:
    tab = OperatorsTab(context)
    qtbot.addWidget(tab)

    def fill(dialog: OperatorDialog) -> None:
        qtbot.keyClicks(dialog.username, "COORD")
        qtbot.keyClicks(dialog.full_name, "Altro Coordinatore")
        qtbot.keyClicks(dialog.password, "password-lunga")
        qtbot.keyClicks(dialog.repeat, "password-lunga")
        qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)

    dialogs.drive(OperatorDialog, fill)
    push(qtbot, tab.add_button)

    dialog = dialogs.opened[0]
    assert dialog.isVisible()
    assert shown_errors(dialog) == {"username": "«coord» è già usato."}
    assert tab.table.rowCount() == 3


def test_a_coordinator_changes_an_operators_role(qtbot: QtBot, context: DeskContext, dialogs: ModalDialogs) -> None:
    tab = OperatorsTab(context)
    qtbot.addWidget(tab)
    select_row(tab.table, "Pierangela Ghilardi")

    def change_role(dialog: OperatorDialog) -> None:
        assert dialog.windowTitle() == "Modifica operatore"
        assert not dialog.username.isEnabled() and dialog.username.text() == OPERATOR[0]
        assert dialog.focusWidget() is dialog.full_name
        press(qtbot, dialog, Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.role and dialog.role.currentData() == Role.OPERATOR
        press(qtbot, dialog, Qt.Key.Key_Down)
        press(qtbot, dialog, Qt.Key.Key_Return)

    dialogs.drive(OperatorDialog, change_role)
    push(qtbot, tab.edit_button)

    row = column(tab.table, 0).index("Pierangela Ghilardi")
    assert tab.table.item(row, 2).text() == "tenant manager"
    assert log_in(context.store, OPERATOR[0], OPERATOR[2]).role is Role.TENANT_MANAGER


def test_the_only_coordinator_corrects_their_own_name(qtbot: QtBot, context: DeskContext, dialogs: ModalDialogs) -> None:
    """The role combo box gives back the role as a plain string: the service must still see "coordinator"."""
    tab = OperatorsTab(context)
    qtbot.addWidget(tab)
    select_row(tab.table, "Antonio Negro")

    def rename(dialog: OperatorDialog) -> None:
        press(qtbot, dialog, Qt.Key.Key_End)
        type_here(qtbot, dialog, " Maria")
        press(qtbot, dialog, Qt.Key.Key_Return)

    dialogs.drive(OperatorDialog, rename)
    push(qtbot, tab.edit_button)

    assert not dialogs.opened[0].isVisible(), shown_errors(dialogs.opened[0])
    assert "Antonio Negro Maria" in column(tab.table, 0)
    assert log_in(context.store, COORDINATOR[0], COORDINATOR[2]).role is Role.COORDINATOR


def test_the_last_coordinator_cannot_demote_themselves_from_the_form(
    qtbot: QtBot, context: DeskContext, dialogs: ModalDialogs
) -> None:
    tab = OperatorsTab(context)
    qtbot.addWidget(tab)
    select_row(tab.table, "Antonio Negro")

    def demote(dialog: OperatorDialog) -> None:
        qtbot.keyClick(dialog.role, Qt.Key.Key_Up)
        qtbot.keyClick(dialog.full_name, Qt.Key.Key_Return)

    dialogs.drive(OperatorDialog, demote)
    push(qtbot, tab.edit_button)

    assert shown_errors(dialogs.opened[0]) == {
        "role": "Deve restare almeno un coordinatore attivo: nominarne un altro prima di cambiare questo."
    }
    assert log_in(context.store, COORDINATOR[0], COORDINATOR[2]).role is Role.COORDINATOR


def test_a_coordinator_resets_a_password_and_the_operator_logs_in_with_it(
    qtbot: QtBot, context: DeskContext, dialogs: ModalDialogs, message_boxes: MessageBoxes
) -> None:
    tab = OperatorsTab(context)
    qtbot.addWidget(tab)
    select_row(tab.table, "Pierangela Ghilardi")

    def new_password(dialog: PasswordDialog) -> None:
        assert dialog.windowTitle() == "Nuova password per Pierangela Ghilardi"
        type_here(qtbot, dialog, "nuova-chiave")
        press(qtbot, dialog, Qt.Key.Key_Tab)
        type_here(qtbot, dialog, "nuova-chiav")
        press(qtbot, dialog, Qt.Key.Key_Return)
        assert shown_errors(dialog) == {"repeat": SAME_PASSWORDS}
        type_here(qtbot, dialog, "e")
        press(qtbot, dialog, Qt.Key.Key_Return)

    dialogs.drive(PasswordDialog, new_password)
    push(qtbot, tab.password_button)

    assert message_boxes.shown == [
        ("information", "Nuova password per Pierangela Ghilardi", "Password reimpostata. Comunicarla di persona all'operatore.")
    ]
    assert log_in(context.store, OPERATOR[0], "nuova-chiave").name == OPERATOR[1]
    with pytest.raises(LoginRefused):
        log_in(context.store, OPERATOR[0], OPERATOR[2])


def test_a_too_short_new_password_is_shown_under_the_new_password(
    qtbot: QtBot, context: DeskContext, dialogs: ModalDialogs, message_boxes: MessageBoxes
) -> None:
    tab = OperatorsTab(context)
    qtbot.addWidget(tab)
    select_row(tab.table, "Pierangela Ghilardi")

    def short(dialog: PasswordDialog) -> None:
        qtbot.keyClicks(dialog.new, "corta")
        qtbot.keyClicks(dialog.repeat, "corta")
        qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)

    dialogs.drive(PasswordDialog, short)
    push(qtbot, tab.password_button)

    assert shown_errors(dialogs.opened[0]) == {"new_password": "La password deve avere almeno 8 caratteri."}
    assert message_boxes.shown == []
    assert log_in(context.store, OPERATOR[0], OPERATOR[2])


@pytest.mark.parametrize("role", [Role.OPERATOR, Role.TENANT_MANAGER])
def test_other_roles_see_settings_read_only(qtbot: QtBot, desk: Desk, dialogs: ModalDialogs, role: Role) -> None:
    context = context_of(desk, role)
    operators_tab, offices_tab, maintenance = OperatorsTab(context), OfficesTab(context), MaintenanceTab(context)
    for widget in (operators_tab, offices_tab, maintenance):
        qtbot.addWidget(widget)
        widget.show()
    dialogs.drive(OperatorDialog, lambda dialog: None)
    dialogs.drive(OfficeDialog, lambda dialog: None)

    assert operators_tab.table.rowCount() == 3 and offices_tab.table.rowCount() == 3
    disabled = [operators_tab.add_button, operators_tab.edit_button, operators_tab.password_button]
    disabled += [offices_tab.add_button, offices_tab.edit_button, maintenance.restore_button]
    assert not any(button.isEnabled() for button in disabled)
    assert maintenance.backup_button.isEnabled() and maintenance.check_button.isEnabled()
    assert any(label.text() == "Solo i coordinatori possono modificare gli operatori." for label in operators_tab.findChildren(QLabel))

    for table in (operators_tab.table, offices_tab.table):
        cell = table.visualItemRect(table.item(0, 0)).center()
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    for button in disabled:
        push(qtbot, button)
    assert dialogs.opened == []


def test_the_service_refusal_reaches_the_form_of_a_non_coordinator(qtbot: QtBot, desk: Desk) -> None:
    context = context_of(desk, Role.OPERATOR)
    dialog = OperatorDialog(context, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "intruso")
    qtbot.keyClicks(dialog.full_name, "Intruso")
    qtbot.keyClicks(dialog.password, "password-lunga")
    qtbot.keyClicks(dialog.repeat, "password-lunga")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.banner.isVisible() and dialog.banner.text() == "Solo un coordinatore può aggiungere operatori."
    assert "intruso" not in {o.username for o in list_operators(desk.uow(write=False))}


# --- settings: desks ------------------------------------------------------------------------------


def edit_slots(qtbot: QtBot, dialog: OfficeDialog, lines: Sequence[str]) -> None:
    dialog.slots.setFocus()
    qtbot.keyClick(dialog.slots, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    for number, line in enumerate(lines):
        if number:
            qtbot.keyClick(dialog.slots, Qt.Key.Key_Return)  # a new line, not "save"
        type_text(qtbot, dialog.slots, line)
    assert dialog.isVisible()
    qtbot.keyClick(dialog.slots, Qt.Key.Key_Tab)
    press(qtbot, dialog, Qt.Key.Key_Return)


def test_a_coordinator_changes_a_desks_opening_hours(qtbot: QtBot, context: DeskContext, dialogs: ModalDialogs) -> None:
    tab = OfficesTab(context)
    qtbot.addWidget(tab)
    tab.show()
    select_row(tab.table, "COL")
    dialogs.drive(OfficeDialog, lambda dialog: edit_slots(qtbot, dialog, ["giovedì 14-16", "martedì 9:00-12:00"]))

    with qtbot.waitSignal(context.events.changed) as changed:
        push(qtbot, tab.edit_button)

    assert changed.args == [frozenset({Change.OFFICES})]
    assert not dialogs.opened[0].isVisible()
    row = column(tab.table, 0).index("COL")
    assert tab.table.item(row, 3).text() == "martedì 09:00-12:00, giovedì 14:00-16:00"
    colognola = next(o for o in list_offices(context.reader()) if o.code == "COL")
    assert str(colognola.opening_label()) == "martedì 09:00-12:00, giovedì 14:00-16:00"


def test_an_unreadable_slot_line_is_shown_and_nothing_changes(qtbot: QtBot, context: DeskContext, dialogs: ModalDialogs) -> None:
    tab = OfficesTab(context)
    qtbot.addWidget(tab)
    select_row(tab.table, "CEL")
    dialogs.drive(OfficeDialog, lambda dialog: edit_slots(qtbot, dialog, ["mercoledì 9-12", "il giovedì pomeriggio"]))

    push(qtbot, tab.edit_button)

    dialog = dialogs.opened[0]
    assert dialog.isVisible()
    assert shown_errors(dialog) == {"slots": "Riga 2: scrivere per esempio «mercoledì 9:00-12:00»."}
    assert dialog.slots.toPlainText() == "mercoledì 9-12\nil giovedì pomeriggio"
    assert str(next(o for o in list_offices(context.reader()) if o.code == "CEL").opening_label()) == "mercoledì 09:00-12:00"


def test_overlapping_slots_are_refused_in_the_form(qtbot: QtBot, context: DeskContext, dialogs: ModalDialogs) -> None:
    tab = OfficesTab(context)
    qtbot.addWidget(tab)
    select_row(tab.table, "CEL")
    dialogs.drive(OfficeDialog, lambda dialog: edit_slots(qtbot, dialog, ["mer 9-12", "mer 11-13"]))
    push(qtbot, tab.edit_button)
    assert shown_errors(dialogs.opened[0]) == {"slots": "Due orari di mercoledì si sovrappongono."}


# --- settings: maintenance ------------------------------------------------------------------------


def test_a_backup_on_request_is_written_and_listed(qtbot: QtBot, context: DeskContext) -> None:
    tab = MaintenanceTab(context)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.table.rowCount() == 0
    assert tab.report.text() == "Nessuna copia ancora: la prima si farà alla chiusura del programma."

    push(qtbot, tab.backup_button)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)

    [backup] = list_backups(context.paths)
    assert backup.reason == "manuale" and backup_problem(backup.path) is None
    assert [tab.table.item(0, c).text() for c in (0, 1, 3)] == [backup.taken_at_text, "su richiesta", backup.path.name]
    assert tab.report.text() == f"Copia scritta in {backup.path}"


def test_the_database_check_shows_its_report(qtbot: QtBot, context: DeskContext) -> None:
    tab = MaintenanceTab(context)
    qtbot.addWidget(tab)
    tab.show()

    push(qtbot, tab.check_button)
    qtbot.waitUntil(lambda: "Integrità" in tab.report.text())

    lines = tab.report.text().splitlines()
    assert lines[0] == f"Database: {context.paths.database}"
    assert "Integrità: nessun problema." in lines
    assert "Riferimenti: tutti validi." in lines
    assert any(line.startswith("Contenuto: 0 nuclei, 0 persone, 0 ISEE, 3 operatori") for line in lines)
    assert "Postazione: CEL (sportello CEL)." in lines


# --- persons to complete --------------------------------------------------------------------------


def new_household(context: DeskContext, code: str, surname: str, name: str, codice_fiscale: str = "") -> uuid.UUID:
    return households.create_household(
        context.uow(),
        HouseholdForm(code=code, street="via Rovelli", house_number="3", neighbourhood="Celadina"),
        PersonForm(surname=surname, name=name, codice_fiscale=codice_fiscale),
    )


def test_completing_the_codice_fiscale_takes_the_person_off_the_list(
    qtbot: QtBot, context: DeskContext, dialogs: ModalDialogs
) -> None:
    new_household(context, "BG-1", "Conti", "Chiara")
    new_household(context, "BG-2", "Mazzà", "Giulia", "MZZGLI80A41A794N")
    view = ToCompleteView(context)
    qtbot.addWidget(view)
    view.show()
    assert column(view.table, 0) == ["Conti Chiara"] and column(view.table, 2) == ["BG-1"]
    assert view.summary.text() == "1 persona senza codice fiscale: completarla appena possibile."

    def complete(dialog: PersonDialog) -> None:
        assert dialog.person.surname.text() == "Conti"
        qtbot.keyClicks(dialog.person.codice_fiscale, "cntchr83t41d969d")
        assert dialog.person.birth_date.text() == "01/12/1983"
        qtbot.keyClick(dialog.person.codice_fiscale, Qt.Key.Key_Return)

    dialogs.drive(PersonDialog, complete)
    with qtbot.waitSignal(context.events.changed):
        qtbot.keyClick(view.table, Qt.Key.Key_Return)

    assert view.table.rowCount() == 0
    assert view.summary.text() == "Nessun dato da completare: tutte le persone hanno il codice fiscale."
    assert households.persons_to_complete(context.reader()) == []
    holder = households.household_detail(context.reader(), households.search_households(context.reader(), "BG-1")[0].id).holder
    assert holder is not None and holder.codice_fiscale == "CNTCHR83T41D969D"


# --- one household's page -------------------------------------------------------------------------


def test_members_holder_change_leaving_and_isee_on_the_household_page(
    qtbot: QtBot, context: DeskContext, dialogs: ModalDialogs, message_boxes: MessageBoxes
) -> None:
    household_id = new_household(context, "BG-10", "Rossi", "Mario")
    page = HouseholdPage(context)
    qtbot.addWidget(page)
    page.show()
    page.show_household(household_id)
    assert page.title.text() == "Nucleo BG-10 – Rossi Mario"
    assert column(page.members, 0) == ["Rossi Mario"]

    def new_member(dialog: PersonDialog) -> None:
        type_here(qtbot, dialog, "Rossi")
        press(qtbot, dialog, Qt.Key.Key_Tab)
        type_here(qtbot, dialog, "Giulia")
        press(qtbot, dialog, Qt.Key.Key_Return)

    dialogs.drive(PersonDialog, new_member)
    with qtbot.waitSignal(context.events.changed):
        push(qtbot, page.add_member_button)
    assert sorted(zip(column(page.members, 0), column(page.members, 1), column(page.members, 2))) == [
        ("Rossi Giulia", "componente", "CF da completare"),
        ("Rossi Mario", "intestatario", "CF da completare"),
    ]

    def voltura(dialog: HolderChangeDialog) -> None:
        assert dialog.member.currentText() == "Rossi Giulia"
        assert dialog.changed_on.text() == "21/11/2026"
        qtbot.keyClicks(dialog.reason, "separazione")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)

    dialogs.drive(HolderChangeDialog, voltura)
    with qtbot.waitSignal(context.events.changed):
        push(qtbot, page.holder_button)
    assert page.title.text() == "Nucleo BG-10 – Rossi Giulia"
    assert page.history.text() == "21/11/2026: da Rossi Mario a Rossi Giulia (separazione)"
    roles = dict(zip(column(page.members, 0), column(page.members, 1)))
    assert roles == {"Rossi Giulia": "intestatario", "Rossi Mario": "componente"}

    message_boxes.answer = QMessageBox.StandardButton.Yes
    select_row(page.members, "Rossi Giulia")
    push(qtbot, page.leave_button)
    assert message_boxes.texts("warning") == [
        "L'intestatario non può uscire dal nucleo: prima registrare il cambio di intestatario."
    ]
    assert page.members.rowCount() == 2

    select_row(page.members, "Rossi Mario")
    with qtbot.waitSignal(context.events.changed):
        push(qtbot, page.leave_button)
    assert message_boxes.texts("question")[-1] == "Rossi Mario non fa più parte del nucleo? La persona resta registrata."
    assert column(page.members, 0) == ["Rossi Giulia"]
    assert [m.full_name for m in households.household_detail(context.reader(), household_id).members] == ["Rossi Giulia"]

    def isee(dialog: IseeDialog) -> None:
        press(qtbot, dialog, Qt.Key.Key_Tab)
        type_here(qtbot, dialog, "INPS-ISEE-2026-123456789-00")
        press(qtbot, dialog, Qt.Key.Key_Tab)
        type_here(qtbot, dialog, "10/01/2026")
        press(qtbot, dialog, Qt.Key.Key_Tab)
        type_text(qtbot, dialog.focusWidget(), "12.345,67")
        press(qtbot, dialog, Qt.Key.Key_Return)

    dialogs.drive(IseeDialog, isee)
    with qtbot.waitSignal(context.events.changed):
        push(qtbot, page.add_isee_button)
    assert [page.isee.item(0, c).text() for c in range(5)] == [
        "ordinario",
        "12.345,67 €",
        "10/01/2026",
        "31/12/2026",
        "valida, è quella che conta oggi",
    ]

    with qtbot.waitSignal(context.events.changed):
        push(qtbot, page.delete_isee_button)
    assert page.isee.rowCount() == 0
    assert households.household_detail(context.reader(), household_id).attestations == ()


def test_without_another_member_the_holder_change_explains_what_to_do_first(
    qtbot: QtBot, context: DeskContext, dialogs: ModalDialogs, message_boxes: MessageBoxes
) -> None:
    page = HouseholdPage(context)
    qtbot.addWidget(page)
    page.show_household(new_household(context, "BG-11", "Rossi", "Mario"))
    dialogs.drive(HolderChangeDialog, lambda dialog: None)
    push(qtbot, page.holder_button)
    assert dialogs.opened == []
    assert message_boxes.texts("information") == ["Aggiungere prima il nuovo intestatario come componente del nucleo."]


def test_declining_the_question_keeps_the_member_and_the_isee(
    qtbot: QtBot, context: DeskContext, message_boxes: MessageBoxes
) -> None:
    from app.services.registry.forms import IseeForm

    household_id = new_household(context, "BG-12", "Rossi", "Mario")
    households.add_member(context.uow(), household_id, PersonForm(surname="Rossi", name="Luca"))
    households.add_attestation(context.uow(), household_id, IseeForm(kind="ordinario", filing_date="10/01/2026", value="9.000"), confirmed=True)
    page = HouseholdPage(context)
    qtbot.addWidget(page)
    page.show_household(household_id)
    select_row(page.members, "Rossi Luca")
    push(qtbot, page.leave_button)
    push(qtbot, page.delete_isee_button)
    assert len(message_boxes.texts("question")) == 2
    detail = households.household_detail(context.reader(), household_id)
    assert len(detail.members) == 2 and len(detail.attestations) == 1
    assert page.members.rowCount() == 2 and page.isee.rowCount() == 1


def test_the_page_follows_changes_made_elsewhere_and_goes_back_when_the_household_is_gone(
    qtbot: QtBot, context: DeskContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    household_id = new_household(context, "BG-13", "Rossi", "Mario")
    page = HouseholdPage(context)
    qtbot.addWidget(page)
    page.show_household(household_id)
    elsewhere = UnitOfWork(context.store, context.actor)  # another window's or laptop's commit, not yet announced
    households.add_member(elsewhere, household_id, PersonForm(surname="Rossi", name="Luca"))
    context.events.announce(frozenset({Change.OPERATORS}))
    assert page.members.rowCount() == 1
    context.events.announce(frozenset({Change.PERSONS}))
    assert page.members.rowCount() == 2

    def gone(*_: object) -> None:
        raise NotFound("Nucleo non trovato.")

    monkeypatch.setattr(households, "household_detail", gone)  # e.g. a restore without this household
    with qtbot.waitSignal(page.back_requested):
        context.events.announce(frozenset({Change.HOUSEHOLDS}))
    assert page.household_id is None


# --- registry import ------------------------------------------------------------------------------

GIULIA = {
    "codice_nucleo": "N001",
    "codice_fiscale": "MZZGLI80A41A794N",
    "cognome": "Mazzà",
    "nome": "Giulia",
    "data_nascita": "01/01/1980",
    "sesso": "F",
    "ruolo": "intestatario",
    "indirizzo": "via Pizzo Tre Signori",
    "civico": "2",
    "quartiere": "Celadina",
    "riscaldamento_centralizzato": "sì",
    "data_assegnazione": "15/03/2010",
    "area": "accesso",
    "isee_tipo": "ordinario",
    "isee_protocollo": "INPS-ISEE-2026-123456789-00",
    "isee_data_presentazione": "10/01/2026",
    "isee_valore": "12.345,67",
}
LUCA = {"codice_nucleo": "N001", "cognome": "Mazzà", "nome": "Luca", "ruolo": "componente"}
MARIO_BAD_DATE = {
    "codice_nucleo": "N002",
    "cognome": "Rossi",
    "nome": "Mario",
    "data_nascita": "31/02/1945",
    "ruolo": "intestatario",
    "indirizzo": "via Lazzaretto",
    "civico": "1",
    "quartiere": "Lazzaretto",
}




def import_dialog(qtbot: QtBot, context: DeskContext, path: Path) -> ImportDialog:
    dialog = ImportDialog(context, path)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_import_preview_shows_bad_rows_and_imports_the_valid_households_once_asked(
    qtbot: QtBot, context: DeskContext, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    path = write_csv(tmp_path / "anagrafe.csv", [GIULIA, LUCA, MARIO_BAD_DATE])
    dialog = import_dialog(qtbot, context, path)
    assert dialog.windowTitle() == "Importa anagrafe – anagrafe.csv"

    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3)

    assert [dialog.table.verticalHeaderItem(r).text() for r in range(3)] == ["2", "3", "4"]
    assert [dialog.table.horizontalHeaderItem(c).text() for c in range(3)] == ["codice_nucleo", "codice_fiscale", "cognome"]
    assert [dialog.table.item(r, 3).text() for r in range(3)] == ["Giulia", "Luca", "Mario"]
    colours = [dialog.table.item(r, 0).background().color() for r in range(3)]
    assert colours[2] == BAD_ROW_COLOUR and BAD_ROW_COLOUR not in colours[:2]
    assert dialog.summary.text().startswith("Il file contiene 2 nuclei e 3 persone. 1 riga non è valida (in rosso)")
    assert dialog.problems.isVisible()
    assert dialog.problems.toPlainText().startswith("riga 4, data_nascita – ")
    assert "31/02/1945" in dialog.problems.toPlainText()
    assert dialog.skip_invalid.isVisible() and not dialog.import_button.isEnabled()
    assert households.count_households(context.reader(), "") == 0

    qtbot.keyClick(dialog.skip_invalid, Qt.Key.Key_Space)
    assert dialog.skip_invalid.isChecked() and dialog.import_button.isEnabled()

    with qtbot.waitSignal(context.events.changed, check_params_cb=lambda kinds: Change.HOUSEHOLDS in kinds):
        push(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.report is not None and dialog.report.households_created == 1 and dialog.report.skipped_households == 1
    assert message_boxes.shown == [("information", "Importazione", str(dialog.report.summary()))]
    [row] = households.search_households(context.reader(), "")
    detail = households.household_detail(context.reader(), row.id)
    assert detail.code == "N001"
    assert sorted(m.full_name for m in detail.members) == ["Mazzà Giulia", "Mazzà Luca"]
    assert [a.value_cents for a in detail.attestations] == [1_234_567]


def test_a_clean_file_can_be_imported_at_once(qtbot: QtBot, context: DeskContext, tmp_path: Path) -> None:
    dialog = import_dialog(qtbot, context, write_csv(tmp_path / "anagrafe.csv", [GIULIA, LUCA]))
    qtbot.waitUntil(dialog.import_button.isEnabled)
    assert dialog.summary.text() == "Il file contiene 1 nucleo e 2 persone. Nessun errore: si può importare."
    assert not dialog.skip_invalid.isVisible() and not dialog.problems.isVisible()

    with qtbot.waitSignal(context.events.changed, check_params_cb=lambda kinds: Change.HOUSEHOLDS in kinds):
        push(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [r.code for r in households.search_households(context.reader(), "")] == ["N001"]


def test_a_file_without_the_required_columns_says_which_and_cannot_be_imported(
    qtbot: QtBot, context: DeskContext, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "elenco.csv", [GIULIA], columns=["codice_nucleo", "cognome", "nome"])
    dialog = import_dialog(qtbot, context, path)
    qtbot.waitUntil(lambda: "mancano le colonne" in dialog.summary.text())
    assert dialog.summary.text().startswith("elenco.csv: mancano le colonne codice_fiscale, data_nascita")
    assert not dialog.import_button.isEnabled()
    assert households.count_households(context.reader(), "") == 0


def test_own_password_and_interface_language_in_my_profile(
    qtbot: QtBot, context: DeskContext, dialogs: ModalDialogs, message_boxes: MessageBoxes
) -> None:
    tab = PreferencesTab(context)
    qtbot.addWidget(tab)

    def change(dialog: PasswordDialog) -> None:
        type_here(qtbot, dialog, "sbagliata1")
        press(qtbot, dialog, Qt.Key.Key_Tab)
        type_here(qtbot, dialog, "altra-chiave")
        press(qtbot, dialog, Qt.Key.Key_Tab)
        type_here(qtbot, dialog, "altra-chiave")
        press(qtbot, dialog, Qt.Key.Key_Return)
        assert shown_errors(dialog) == {"current_password": "La password attuale non è corretta."}
        dialog.current.setText(COORDINATOR[2])
        press(qtbot, dialog, Qt.Key.Key_Return)

    dialogs.drive(PasswordDialog, change)
    push(qtbot, tab.password_button)
    assert message_boxes.texts("information") == ["Password cambiata."]
    assert log_in(context.store, COORDINATOR[0], "altra-chiave").name == COORDINATOR[1]

    tab.language.setCurrentIndex(tab.language.findData("en"))
    assert QSettings().value(LANGUAGE_KEY) == "en"
    assert chosen_language() == "en"
    tab.language.setCurrentIndex(tab.language.findData("it"))
    assert chosen_language() == "it"
