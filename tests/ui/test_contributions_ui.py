"""The heating contribution at the desk: from a new application to the printed receipt, the budget counter,
refusals, the programme's terms (coordinator only), the outreach list and the receipts register."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.services.contributions import applications as contributions
from app.services.contributions import programmes as contribution_programmes
from app.services.contributions import receipts
from app.services.contributions.programmes import HEATING
from app.ui.context import DeskContext
from app.ui.contributions.contributions_view import ContributionsView, ProgrammeTab, ReceiptsTab
from app.ui.contributions.dialogs import ApplicationDialog, GrantDialog, InformedDialog, PaymentDialog, ReasonDialog
from app.ui.contributions.outreach_view import OutreachView
from app.ui.contributions.programme_dialog import TermsDialog
from app.ui.contributions.window import ContributionWindow
from app.ui.forms import select_data
from app.vocabulary import ContributionState, InformedWay
from tests.conftest import Desk
from tests.contribution_samples import draft, eligible, eligible_household, granted, paid
from tests.ui.conftest import MessageBoxes, ModalDialogs, press, push, shown_errors, type_here

CTRL = Qt.KeyboardModifier.ControlModifier


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_from_a_new_application_to_the_printed_receipt(
    qtbot: QtBot, desk: Desk, context: DeskContext, dialogs: ModalDialogs, message_boxes: MessageBoxes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtPrintSupport import QPrintDialog

    from app.ui.document_viewer import DocumentViewer
    from tests.ui.test_document_viewer import accept_printing_to

    household_id = eligible_household(desk)
    view = ContributionsView(context)
    qtbot.addWidget(view)
    view.show()
    assert "Budget 2025–2026: 40.800,00 € · erogato prima 7.869,78 € (15 nuclei)" in view.counter.text()
    printed = tmp_path / "stampante.pdf"
    monkeypatch.setattr(QPrintDialog, "exec", accept_printing_to(printed))
    receipt_texts: list[str] = []
    counters: list[str] = []

    def apply(dialog: ApplicationDialog) -> None:
        type_here(qtbot, dialog, "Mazz")
        press(qtbot, dialog, Qt.Key.Key_Return)  # one person found: picked
        qtbot.waitUntil(lambda: dialog.checks.rowCount() == 6)
        marks = [dialog.checks.item(row, 0).text() for row in range(6)]
        assert marks == ["✓"] * 6
        assert "12.345,67" in " ".join(dialog.checks.item(row, 2).text() for row in range(6))
        press(qtbot, dialog, Qt.Key.Key_Return, CTRL)

    def grant(dialog: GrantDialog) -> None:
        type_here(qtbot, dialog, "650,00")
        qtbot.waitUntil(lambda: "Importo proposto: 600,00 €" in dialog.figures.text())
        press(qtbot, dialog, Qt.Key.Key_Tab)
        type_here(qtbot, dialog, "Bolletta 2026/118")
        press(qtbot, dialog, Qt.Key.Key_Return, CTRL)

    def pay(dialog: PaymentDialog) -> None:
        counters.append(view.counter.text())
        press(qtbot, dialog, Qt.Key.Key_Return, CTRL)

    def print_receipt(viewer: DocumentViewer) -> None:
        receipt_texts.append(pdf_text(viewer.pdf_bytes))
        push(qtbot, viewer.print_button)
        push(qtbot, viewer.close_button)

    def work(window: ContributionWindow) -> None:
        assert window.application is not None and window.application.state is ContributionState.DRAFT
        message_boxes.answer = QMessageBox.StandardButton.Yes
        push(qtbot, window.assess_button)
        assert window.application.state is ContributionState.ELIGIBLE
        push(qtbot, window.grant_button)
        assert window.application.state is ContributionState.GRANTED
        push(qtbot, window.pay_button)
        assert window.application.state is ContributionState.PAID
        window.accept()

    dialogs.drive(ApplicationDialog, apply)
    dialogs.drive(GrantDialog, grant)
    dialogs.drive(PaymentDialog, pay)
    dialogs.drive(DocumentViewer, print_receipt)
    dialogs.drive(ContributionWindow, work)
    push(qtbot, view.applications.new_button)

    [row] = contributions.list_applications(desk.uow(write=False), HEATING)
    assert row.household_id == household_id and row.state is ContributionState.PAID and row.granted_cents == 60_000
    assert "concessi 1 (600,00 €)" in counters[0]
    (text,) = receipt_texts
    assert row.receipt_number in text and "seicento/00" in text and "DUPLICATO" not in text
    assert printed.stat().st_size > 0
    assert receipts.receipt_view(desk.uow(write=False), row.receipt_number).print_count == 1
    assert "pagati 1 (600,00 €)" in view.counter.text() and "disponibili 32.330,22 €" in view.counter.text()
    assert view.applications.table.item(0, 8).text() == row.receipt_number
    assert message_boxes.texts("warning") == []


def test_a_grant_beyond_the_budget_is_refused_with_the_figures_and_keeps_what_was_typed(
    qtbot: QtBot, desk: Desk, context: DeskContext, dialogs: ModalDialogs, message_boxes: MessageBoxes
) -> None:
    current = contribution_programmes.programme_view(desk.uow(write=False), HEATING).terms[-1]
    contribution_programmes.save_terms(desk.uow(), HEATING, replace(current.form(), effective_from="01/11/2026", budget="7.869,78"))
    application = eligible(desk, eligible_household(desk))
    kept: list[str] = []

    def grant(dialog: GrantDialog) -> None:
        type_here(qtbot, dialog, "500,00")
        press(qtbot, dialog, Qt.Key.Key_Tab)
        type_here(qtbot, dialog, "Bolletta 7")
        press(qtbot, dialog, Qt.Key.Key_Return, CTRL)
        assert dialog.isVisible()
        kept.extend([dialog.cost.text(), dialog.bill.text()])
        assert "Budget esaurito" in shown_errors(dialog)["amount"]

    dialogs.drive(GrantDialog, grant)
    window = ContributionWindow(context, application)
    qtbot.addWidget(window)
    window.show()
    push(qtbot, window.grant_button)

    assert kept == ["500,00", "Bolletta 7"]
    (warning,) = message_boxes.texts("warning")
    assert "Budget esaurito" in warning and "restano 0,00 € del budget" in warning
    assert contributions.application_view(desk.uow(write=False), application).state is ContributionState.ELIGIBLE


def test_only_a_coordinator_changes_the_programme_terms(qtbot: QtBot, desk: Desk, context: DeskContext, dialogs: ModalDialogs) -> None:
    operator_tab = ProgrammeTab(replace(context, actor=desk.operator))
    qtbot.addWidget(operator_tab)
    operator_tab.reload()
    assert not operator_tab.edit_button.isVisible() and "40.800,00 €" in operator_tab.text.toPlainText()

    def edit(dialog: TermsDialog) -> None:
        dialog.budget.selectAll()
        dialog.budget.setFocus()
        type_here(qtbot, dialog, "50.000,00")
        dialog.areas.boxes[next(iter(dialog.areas.boxes))].setChecked(True)
        press(qtbot, dialog, Qt.Key.Key_Return, CTRL)

    dialogs.drive(TermsDialog, edit)
    tab = ProgrammeTab(context)
    qtbot.addWidget(tab)
    tab.show()
    tab.reload()
    push(qtbot, tab.edit_button)

    assert contribution_programmes.budget_counter(desk.uow(write=False), HEATING).budget_cents == 5_000_000
    assert "In vigore dal 21/11/2026 (condizioni attuali)" in tab.text.toPlainText()
    assert "50.000,00 €" in tab.text.toPlainText() and "40.800,00 €" in tab.text.toPlainText()  # the history stays


def test_an_informed_tenant_is_recorded_from_the_outreach_list(qtbot: QtBot, desk: Desk, context: DeskContext, dialogs: ModalDialogs) -> None:
    eligible_household(desk)
    view = OutreachView(context)
    qtbot.addWidget(view)
    view.show()
    view.reload()
    assert view.table.rowCount() == 1 and view.table.item(0, 0).text() == "N001"

    def inform(dialog: InformedDialog) -> None:
        select_data(dialog.way, InformedWay.PHONE)
        dialog.note.setText("richiamerà")
        press(qtbot, dialog, Qt.Key.Key_Return, CTRL)

    dialogs.drive(InformedDialog, inform)
    push(qtbot, view.informed_button)

    assert view.table.item(0, view.INFORMED).text() == "21/11/2026 per telefono (Antonio Negro): richiamerà"
    detail = view.detail.toPlainText()
    assert "Perché:" in detail and "Da verificare:" in detail and "richiamerà" in detail


def open_window(qtbot: QtBot, context: DeskContext, application: object) -> ContributionWindow:
    window = ContributionWindow(context, application)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def test_valuta_asks_before_deciding_and_no_leaves_the_draft(qtbot: QtBot, desk: Desk, context: DeskContext, message_boxes: MessageBoxes) -> None:
    application = draft(desk, eligible_household(desk))
    window = open_window(qtbot, context, application)
    assert window.assess_button.text() == "Valu&ta…"

    push(qtbot, window.assess_button)  # the answer is No

    assert message_boxes.texts("question") == ["Ammettere la domanda? Tutti i requisiti risultano soddisfatti."]
    assert contributions.application_view(desk.uow(write=False), application).state is ContributionState.DRAFT

    message_boxes.answer = QMessageBox.StandardButton.Yes
    push(qtbot, window.assess_button)
    assert window.application is not None and window.application.state is ContributionState.ELIGIBLE


def test_valuta_names_the_failed_rule_before_rejecting(qtbot: QtBot, desk: Desk, context: DeskContext, message_boxes: MessageBoxes) -> None:
    application = draft(desk, eligible_household(desk, isee="99.999,00"))
    window = open_window(qtbot, context, application)
    message_boxes.answer = QMessageBox.StandardButton.Yes

    push(qtbot, window.assess_button)

    (question,) = message_boxes.texts("question")
    assert question.startswith("Respingere la domanda? Un requisito non è soddisfatto: ") and "99.999,00" in question
    assert window.application is not None and window.application.state is ContributionState.REJECTED


def test_verifica_di_nuovo_says_what_it_found(qtbot: QtBot, desk: Desk, context: DeskContext) -> None:
    application = draft(desk, eligible_household(desk))
    window = open_window(qtbot, context, application)
    assert not window.status.isVisible()

    push(qtbot, window.recheck_button)

    assert window.status.isVisible()
    assert window.status.text() == "Requisiti verificati di nuovo il 21/11/2026: 6 soddisfatti, 0 da verificare, 0 non soddisfatti."
    assert window.checks.rowCount() == 6


def test_the_window_opens_on_the_button_of_the_next_step(qtbot: QtBot, desk: Desk, context: DeskContext) -> None:
    expected = [
        (draft(desk, eligible_household(desk, "N001")), "assess_button"),
        (eligible(desk, eligible_household(desk, "N002", "Rossi", codice_fiscale="")), "grant_button"),
        (granted(desk, eligible_household(desk, "N003", "Bianchi")), "pay_button"),
        (paid(desk, eligible_household(desk, "N004", "Verdi"))[0], "receipt_button"),
    ]
    for application, button in expected:
        window = open_window(qtbot, context, application)
        assert window.focusWidget() is getattr(window, button), button
        window.close()


def test_a_cancelled_application_shows_no_granted_money(qtbot: QtBot, desk: Desk, context: DeskContext) -> None:
    application = granted(desk, eligible_household(desk))
    contributions.cancel_application(desk.uow(), application, "rinuncia")
    view = ContributionsView(context)
    qtbot.addWidget(view)
    view.show()

    tab = view.applications
    assert tab.table.item(0, tab.STATE).text() != ""
    assert tab.table.item(0, tab.GRANTED).text() == "annullato"


def test_the_register_lists_the_receipt_and_a_cancelled_one_shows_its_state(
    qtbot: QtBot, desk: Desk, context: DeskContext, dialogs: ModalDialogs
) -> None:
    _, number = paid(desk, eligible_household(desk))
    tab = ReceiptsTab(context)
    qtbot.addWidget(tab)
    tab.show()
    tab.reload()
    assert tab.series.currentText() == "CEL/2026"
    assert [tab.table.item(0, c).text() for c in (0, 1, 3, 4, 5, 6)] == [number, "21/11/2026", "N001", "600,00 €", "0", "valida"]

    def cancel(dialog: ReasonDialog) -> None:
        type_here(qtbot, dialog, "importo sbagliato")
        press(qtbot, dialog, Qt.Key.Key_Return, CTRL)

    dialogs.drive(ReasonDialog, cancel)
    push(qtbot, tab.cancel_button)

    assert tab.table.item(0, tab.STATE).text() == "annullata il 21/11/2026: importo sbagliato"
    assert not tab.cancel_button.isEnabled()
    assert receipts.receipt_view(desk.uow(write=False), number).cancelled


def test_a_receipt_saved_from_the_household_timeline_is_a_counted_copy(
    qtbot: QtBot, desk: Desk, context: DeskContext, dialogs: ModalDialogs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from app.services.timeline import TimelineKind
    from app.ui.document_viewer import DocumentViewer
    from app.ui.registry.household_page import HouseholdPage

    household = eligible_household(desk)
    _, number = paid(desk, household)
    page = HouseholdPage(context)
    qtbot.addWidget(page)
    page.show_household(household)
    page.show()
    receipt_row = next(i for i, entry in enumerate(page._timeline) if entry.kind is TimelineKind.RECEIPT)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(tmp_path / "ricevuta"), ""))
    saved: list[bytes] = []

    def save(viewer: DocumentViewer) -> None:
        push(qtbot, viewer.save_button)
        saved.append(viewer.pdf_bytes)
        viewer.accept()

    def print_from_window(window: ContributionWindow) -> None:
        push(qtbot, window.receipt_button)
        window.accept()

    dialogs.drive(DocumentViewer, save)
    dialogs.drive(ContributionWindow, print_from_window)
    page.timeline.selectRow(receipt_row)
    page._on_timeline_activated()  # Enter on the timeline's row

    assert [type(d).__name__ for d in dialogs.opened] == ["ContributionWindow", "DocumentViewer"]
    assert (tmp_path / "ricevuta.pdf").read_bytes() == saved[0]
    assert number in pdf_text(saved[0]) and "DUPLICATO" not in pdf_text(saved[0])
    assert receipts.receipt_view(desk.uow(write=False), number).next_copy_is_duplicate
