"""Settings: the lists the desk picks from (topics, referral services, activity types, partners) and the
desk's own settings (proposed numbers, privacy notice). Keyboard where a person uses it."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from app.config import read_laptop_identity
from app.services.catalogues import add_item, list_items
from app.services.desk import visits
from app.services.settings import SETTINGS, get_setting, privacy_notice
from app.ui.context import DataEvents, DeskContext
from app.ui.settings.catalogues_tab import CatalogueItemDialog, CataloguesTab
from app.ui.settings.desk_tab import DeskSettingsTab
from app.ui.settings.settings_view import SettingsView
from app.vocabulary import CatalogueKind, Change, Role
from tests.conftest import Desk
from tests.ui.conftest import MessageBoxes, ModalDialogs, type_text
from tests.visit_samples import LISTENING, visit_form

CTRL = Qt.KeyboardModifier.ControlModifier


def push(qtbot: QtBot, button: QWidget) -> None:
    """A button pressed with the space bar (does nothing on a disabled button, as for a person)."""
    qtbot.keyClick(button, Qt.Key.Key_Space)


def column(table: QTableWidget, number: int) -> list[str]:
    return [table.item(row, number).text() for row in range(table.rowCount())]


def row_of(table: QTableWidget, name: str) -> list[str]:
    row = column(table, 0).index(name)
    return [table.item(row, number).text() for number in range(table.columnCount())]


def select_row(table: QTableWidget, name: str) -> None:
    table.setCurrentCell(column(table, 0).index(name), 0)


def names(context: DeskContext, kind: CatalogueKind, *, include_retired: bool = False) -> list[str]:
    return [item.name for item in list_items(context.reader(), kind, include_retired=include_retired)]


def context_as(desk: Desk, role: Role) -> DeskContext:
    actor = {Role.OPERATOR: desk.operator, Role.TENANT_MANAGER: desk.tenant_manager}[role]
    identity = read_laptop_identity(desk.paths)
    assert identity is not None
    return DeskContext(paths=desk.paths, store=desk.store, identity=identity, actor=actor, events=DataEvents())


def lists_tab(qtbot: QtBot, context: DeskContext) -> CataloguesTab:
    tab = CataloguesTab(context)
    qtbot.addWidget(tab)
    tab.show()
    focus_table(qtbot, tab)
    return tab


def focus_table(qtbot: QtBot, tab: CataloguesTab) -> None:
    """The tab's window active with the table focused, as after a click on it (its shortcuts need both;
    a dialog driven by the test does not give the activation back as a window manager would)."""
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.table.setFocus()


def settings_tab(qtbot: QtBot, context: DeskContext) -> DeskSettingsTab:
    tab = DeskSettingsTab(context)
    qtbot.addWidget(tab)
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    return tab


def retype(qtbot: QtBot, edit: QWidget, text: str) -> None:
    """Select all and type over, as a person correcting a field."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
    type_text(qtbot, edit, text)


def shown_error(tab: DeskSettingsTab, key: str) -> str:
    label = tab._fields[key][1]
    return label.text() if label.isVisible() else ""


# --- lists --------------------------------------------------------------------------------------------


def test_a_coordinator_adds_renames_and_moves_a_topic_with_the_keyboard(
    qtbot: QtBot, context: DeskContext, dialogs: ModalDialogs
) -> None:
    tab = lists_tab(qtbot, context)
    assert tab.selector.currentText() == "Argomenti delle visite"
    assert column(tab.table, 0) == names(context, CatalogueKind.TOPICS)

    def add(dialog: CatalogueItemDialog) -> None:
        assert dialog.windowTitle() == "Nuova voce"
        assert dialog.focusWidget() is dialog.name
        type_text(qtbot, dialog.name, "Sfratti e sgomberi")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    dialogs.drive(CatalogueItemDialog, add)
    with qtbot.waitSignal(context.events.changed) as changed:
        push(qtbot, tab.add_button)
    assert changed.args == [frozenset({Change.CATALOGUES})]
    assert column(tab.table, 0)[-2:] == ["Altro", "Sfratti e sgomberi"]
    assert tab.table.item(tab.table.currentRow(), 0).text() == "Sfratti e sgomberi"
    assert row_of(tab.table, "Sfratti e sgomberi") == ["Sfratti e sgomberi", "in uso"]

    def rename(dialog: CatalogueItemDialog) -> None:
        assert dialog.windowTitle() == "Rinomina voce"
        retype(qtbot, dialog.name, "Sfratti, sgomberi e decadenze")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    dialogs.drive(CatalogueItemDialog, rename)
    focus_table(qtbot, tab)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)  # Enter on the selected row edits it
    assert column(tab.table, 0)[-1] == "Sfratti, sgomberi e decadenze"

    focus_table(qtbot, tab)
    qtbot.keyClick(tab.table, Qt.Key.Key_Up, CTRL)
    assert names(context, CatalogueKind.TOPICS)[-2:] == ["Sfratti, sgomberi e decadenze", "Altro"]
    qtbot.keyClick(tab.table, Qt.Key.Key_Up, CTRL)
    assert names(context, CatalogueKind.TOPICS)[-3:] == ["Sfratti, sgomberi e decadenze", "Partecipazione a eventi, assemblee, laboratori", "Altro"]
    assert tab.table.item(tab.table.currentRow(), 0).text() == "Sfratti, sgomberi e decadenze"
    push(qtbot, tab.down_button)
    assert names(context, CatalogueKind.TOPICS)[-2:] == ["Sfratti, sgomberi e decadenze", "Altro"]
    assert column(tab.table, 0) == names(context, CatalogueKind.TOPICS)


def test_the_first_item_cannot_go_up_nor_the_last_down(qtbot: QtBot, context: DeskContext) -> None:
    tab = lists_tab(qtbot, context)
    before = names(context, CatalogueKind.TOPICS)
    assert tab.table.currentRow() == 0 and not tab.up_button.isEnabled()
    qtbot.keyClick(tab.table, Qt.Key.Key_Up, CTRL)
    select_row(tab.table, "Altro")
    assert not tab.down_button.isEnabled()
    qtbot.keyClick(tab.table, Qt.Key.Key_Down, CTRL)
    assert names(context, CatalogueKind.TOPICS) == before


def test_a_used_topic_is_retired_and_put_back_but_not_deleted(
    qtbot: QtBot, context: DeskContext, desk: Desk, message_boxes: MessageBoxes
) -> None:
    visits.record_visit(desk.uow(desk.operator), visit_form(desk))
    tab = lists_tab(qtbot, context)
    select_row(tab.table, LISTENING)
    assert tab.retire_button.text() == "Ritira"

    with qtbot.waitSignal(context.events.changed):
        push(qtbot, tab.retire_button)
    assert row_of(tab.table, LISTENING) == [LISTENING, "ritirato"]
    assert tab.retire_button.text() == "Rimetti in uso"
    assert LISTENING not in names(context, CatalogueKind.TOPICS)
    assert LISTENING in names(context, CatalogueKind.TOPICS, include_retired=True)

    message_boxes.answer = QMessageBox.StandardButton.Yes
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert message_boxes.texts("question") == [f"Eliminare «{LISTENING}» dall'elenco?"]
    [refusal] = message_boxes.texts("warning")
    assert refusal.startswith(f"«{LISTENING}» è già stato usato: non si può eliminare.")
    assert LISTENING in column(tab.table, 0)
    assert LISTENING in names(context, CatalogueKind.TOPICS, include_retired=True)

    push(qtbot, tab.retire_button)
    assert row_of(tab.table, LISTENING) == [LISTENING, "in uso"]
    assert LISTENING in names(context, CatalogueKind.TOPICS)


def test_an_unused_item_is_deleted_after_the_question(
    qtbot: QtBot, context: DeskContext, message_boxes: MessageBoxes
) -> None:
    add_item(context.uow(), CatalogueKind.REFERRAL_SERVICES, "Sportello sbagliato")
    tab = lists_tab(qtbot, context)
    tab.selector.setFocus()
    qtbot.keyClick(tab.selector, Qt.Key.Key_Down)
    assert tab.selector.currentText() == "Servizi a cui si invia"
    select_row(tab.table, "Sportello sbagliato")

    push(qtbot, tab.delete_button)  # the question is answered No: nothing happens
    assert "Sportello sbagliato" in names(context, CatalogueKind.REFERRAL_SERVICES)

    message_boxes.answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(context.events.changed):
        push(qtbot, tab.delete_button)
    assert message_boxes.texts("warning") == []
    assert "Sportello sbagliato" not in column(tab.table, 0)
    assert "Sportello sbagliato" not in names(context, CatalogueKind.REFERRAL_SERVICES, include_retired=True)


def test_a_taken_name_is_shown_under_the_name_and_the_dialog_stays(
    qtbot: QtBot, context: DeskContext, dialogs: ModalDialogs
) -> None:
    tab = lists_tab(qtbot, context)

    def add(dialog: CatalogueItemDialog) -> None:
        type_text(qtbot, dialog.name, "altro")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    dialogs.drive(CatalogueItemDialog, add)
    push(qtbot, tab.add_button)
    dialog = dialogs.opened[0]
    assert dialog.isVisible()
    error = dialog._fields["name"][1]
    assert error.isVisible() and error.text().startswith("«Altro» è già nell'elenco")
    assert names(context, CatalogueKind.TOPICS).count("Altro") == 1


def test_a_partner_is_added_with_its_kind_and_contact_and_edited(
    qtbot: QtBot, context: DeskContext, dialogs: ModalDialogs
) -> None:
    tab = lists_tab(qtbot, context)
    tab.selector.setFocus()
    qtbot.keyClick(tab.selector, Qt.Key.Key_End)
    assert tab.selector.currentText() == "Organizzazioni partner"
    assert tab.table.rowCount() == 0
    assert [tab.table.horizontalHeaderItem(c).text() for c in range(4)] == ["Nome", "Tipo", "Contatto", "Stato"]
    assert tab.rename_button.text() == "Modifica…"

    def add(dialog: CatalogueItemDialog) -> None:
        assert dialog.windowTitle() == "Nuova organizzazione partner"
        type_text(qtbot, dialog.focusWidget(), "Associazione Genitori Celadina")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        type_text(qtbot, dialog.focusWidget(), "associazione")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        type_text(qtbot, dialog.focusWidget(), "Laura Rota, 035 123456")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    dialogs.drive(CatalogueItemDialog, add)
    with qtbot.waitSignal(context.events.changed):
        push(qtbot, tab.add_button)
    assert row_of(tab.table, "Associazione Genitori Celadina") == [
        "Associazione Genitori Celadina",
        "associazione",
        "Laura Rota, 035 123456",
        "in uso",
    ]
    [partner] = list_items(context.reader(), CatalogueKind.PARTNERS)
    assert (partner.name, partner.kind_label, partner.contact) == ("Associazione Genitori Celadina", "associazione", "Laura Rota, 035 123456")

    def new_contact(dialog: CatalogueItemDialog) -> None:
        assert dialog.windowTitle() == "Modifica organizzazione partner"
        assert dialog.kind_label.text() == "associazione"
        retype(qtbot, dialog.contact, "genitori.celadina@example.it")
        qtbot.keyClick(dialog.contact, Qt.Key.Key_Return)

    dialogs.drive(CatalogueItemDialog, new_contact)
    push(qtbot, tab.rename_button)
    [partner] = list_items(context.reader(), CatalogueKind.PARTNERS)
    assert (partner.kind_label, partner.contact) == ("associazione", "genitori.celadina@example.it")
    assert row_of(tab.table, "Associazione Genitori Celadina")[2] == "genitori.celadina@example.it"


@pytest.mark.parametrize("role", [Role.OPERATOR, Role.TENANT_MANAGER])
def test_other_roles_see_the_lists_and_the_settings_read_only(
    qtbot: QtBot, desk: Desk, dialogs: ModalDialogs, message_boxes: MessageBoxes, role: Role
) -> None:
    context = context_as(desk, role)
    before = names(context, CatalogueKind.TOPICS)
    tab = lists_tab(qtbot, context)
    dialogs.drive(CatalogueItemDialog, lambda dialog: None)
    assert column(tab.table, 0) == before
    buttons = [tab.add_button, tab.rename_button, tab.retire_button, tab.delete_button, tab.up_button, tab.down_button]
    assert not any(button.isEnabled() for button in buttons)
    assert any(label.text() == "Solo i coordinatori possono modificare gli elenchi." for label in tab.findChildren(QLabel))
    tab.table.selectRow(1)
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Delete):
        qtbot.keyClick(tab.table, key)
    qtbot.keyClick(tab.table, Qt.Key.Key_Up, CTRL)
    for button in buttons:
        push(qtbot, button)
    assert dialogs.opened == [] and message_boxes.shown == []
    assert names(context, CatalogueKind.TOPICS) == before

    settings = settings_tab(qtbot, context)
    assert not settings.save_button.isEnabled() and settings.preview_button.isEnabled()
    follow_up = settings.field("follow_up_days")
    assert isinstance(follow_up, QLineEdit) and follow_up.isReadOnly()
    retype(qtbot, follow_up, "30")
    qtbot.keyClick(follow_up, Qt.Key.Key_Return)
    qtbot.keyClick(follow_up, Qt.Key.Key_S, CTRL)
    assert follow_up.text() == "14" and get_setting(context.reader(), "follow_up_days") == 14


def test_the_settings_view_has_the_two_new_tabs(qtbot: QtBot, context: DeskContext) -> None:
    view = SettingsView(context)
    qtbot.addWidget(view)
    titles = [view.tabText(index) for index in range(view.count())]
    assert titles[2:4] == ["Elenchi", "Impostazioni dello sportello"]
    assert view.widget(2) is view.catalogues and view.widget(3) is view.desk_settings


# --- desk settings ------------------------------------------------------------------------------------


def test_every_declared_setting_has_its_field_with_the_stored_value(qtbot: QtBot, context: DeskContext) -> None:
    tab = settings_tab(qtbot, context)
    assert set(tab._fields) == set(SETTINGS)
    assert tab.field("follow_up_days").text() == "14"  # type: ignore[union-attr]
    assert tab.field("privacy_notice_text").toPlainText() == SETTINGS["privacy_notice_text"].default  # type: ignore[union-attr]


def test_a_coordinator_changes_the_follow_up_days_and_the_privacy_notice(
    qtbot: QtBot, context: DeskContext, message_boxes: MessageBoxes
) -> None:
    tab = settings_tab(qtbot, context)
    retype(qtbot, tab.field("follow_up_days"), "21")
    text = tab.field("privacy_notice_text")
    assert isinstance(text, QPlainTextEdit)
    text.setFocus()
    qtbot.keyClick(text, Qt.Key.Key_End, CTRL)
    for _ in range(2):
        qtbot.keyClick(text, Qt.Key.Key_Return)  # new lines, not "save"
    type_text(qtbot, text, "Aggiornamento")
    qtbot.keyClick(text, Qt.Key.Key_Return)
    type_text(qtbot, text, "Questa versione è valida dal 1° dicembre 2026.")
    assert get_setting(context.reader(), "privacy_notice_text") == SETTINGS["privacy_notice_text"].default
    retype(qtbot, tab.field("privacy_notice_version"), "2026-2")

    with qtbot.waitSignal(context.events.changed) as changed:
        qtbot.keyClick(tab.field("privacy_notice_version"), Qt.Key.Key_Return)

    assert changed.args == [frozenset({Change.SETTINGS})]
    assert message_boxes.shown == []
    assert tab.message.text() == "Impostazioni salvate."
    assert get_setting(context.reader(), "follow_up_days") == 21
    notice = privacy_notice(context.reader())
    assert notice.version == "2026-2"
    assert notice.text.endswith("\n\nAggiornamento\nQuesta versione è valida dal 1° dicembre 2026.")
    assert tab.changes() == {}


def test_a_new_text_with_the_old_version_asks_first(
    qtbot: QtBot, context: DeskContext, message_boxes: MessageBoxes
) -> None:
    tab = settings_tab(qtbot, context)
    retype(qtbot, tab.field("privacy_notice_text"), "Testo breve dell'informativa.")
    qtbot.keyClick(tab.field("privacy_notice_text"), Qt.Key.Key_S, CTRL)

    [question] = message_boxes.texts("question")
    assert question.startswith("Il testo dell'informativa è cambiato ma la versione è sempre «2026-1».")
    assert privacy_notice(context.reader()).text == SETTINGS["privacy_notice_text"].default
    assert tab.focusWidget() is tab.field("privacy_notice_version")

    message_boxes.answer = QMessageBox.StandardButton.Yes
    push(qtbot, tab.save_button)
    notice = privacy_notice(context.reader())
    assert (notice.text, notice.version) == ("Testo breve dell'informativa.", "2026-1")


def test_an_invalid_number_is_shown_under_its_field_and_nothing_is_saved(
    qtbot: QtBot, context: DeskContext
) -> None:
    tab = settings_tab(qtbot, context)
    retype(qtbot, tab.field("privacy_notice_title"), "Informativa privacy del Portierato")
    retype(qtbot, tab.field("follow_up_days"), "due settimane")
    retype(qtbot, tab.field("informal_notes_months"), "0")
    qtbot.keyClick(tab.field("informal_notes_months"), Qt.Key.Key_Return)

    assert shown_error(tab, "follow_up_days") == "Scrivere un numero intero."
    assert shown_error(tab, "informal_notes_months") == "Il valore minimo è 1."
    assert shown_error(tab, "privacy_notice_title") == ""
    assert tab.message.text() == "Niente è stato salvato: correggere i campi segnalati."
    assert tab.focusWidget() is tab.field("follow_up_days")
    assert tab.field("follow_up_days").text() == "due settimane"  # type: ignore[union-attr]
    assert get_setting(context.reader(), "follow_up_days") == 14
    assert get_setting(context.reader(), "informal_notes_months") == 24
    assert privacy_notice(context.reader()).title == "Informativa sul trattamento dei dati personali"

    retype(qtbot, tab.field("follow_up_days"), "10")
    assert shown_error(tab, "follow_up_days") == ""
    retype(qtbot, tab.field("informal_notes_months"), "12")
    qtbot.keyClick(tab.field("informal_notes_months"), Qt.Key.Key_Return)
    assert (get_setting(context.reader(), "follow_up_days"), get_setting(context.reader(), "informal_notes_months")) == (10, 12)
    assert privacy_notice(context.reader()).title == "Informativa privacy del Portierato"


def test_the_print_preview_saves_first_and_shows_the_new_notice(
    qtbot: QtBot, context: DeskContext, message_boxes: MessageBoxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[bytes] = []

    def show_document(_parent: object, _title: str, pdf: bytes, _name: str) -> bool:
        shown.append(pdf)
        return False

    monkeypatch.setattr("app.ui.document_viewer.show_document", show_document)
    tab = settings_tab(qtbot, context)
    retype(qtbot, tab.field("privacy_notice_title"), "Informativa per gli inquilini")
    retype(qtbot, tab.field("privacy_notice_version"), "2026-3")

    push(qtbot, tab.preview_button)  # asked to save first; answered No: no preview, nothing saved
    assert message_boxes.texts("question") == ["L'anteprima mostra l'informativa salvata. Salvare adesso le modifiche?"]
    assert shown == [] and privacy_notice(context.reader()).version == "2026-1"

    message_boxes.answer = QMessageBox.StandardButton.Yes
    push(qtbot, tab.preview_button)
    assert privacy_notice(context.reader()).title == "Informativa per gli inquilini"
    [pdf] = shown
    first_page = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Informativa per gli inquilini" in first_page and "Versione 2026-3" in first_page
