"""Repayment plans as the tenant manager works them: a plan typed with its preview, a payment, decisions,
and the list with its totals."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services.plans import plans as repayment_plans
from app.services.plans.plans import PaymentForm
from app.ui.context import DeskContext
from app.ui.forms import select_data
from app.ui.plans.dialogs import DecisionDialog, PaymentDialog, PlanDialog
from app.ui.plans.plans_view import PlansView
from app.ui.plans.window import PlanWindow
from app.vocabulary import AgingBucket, PaymentMethod, PlanState
from tests.conftest import Desk
from tests.plan_samples import active_plan, plan_form
from tests.ui.conftest import MessageBoxes, ModalDialogs, press, push, shown_errors, type_here
from tests.visit_samples import household_with_holder

CTRL = Qt.KeyboardModifier.ControlModifier


def test_a_plan_is_typed_with_the_keyboard_and_its_preview_is_what_is_stored(qtbot: QtBot, desk: Desk, context: DeskContext) -> None:
    household_id, _ = household_with_holder(desk)
    dialog = PlanDialog(context, household_id, "N001")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.focusWidget() is dialog.amounts[next(iter(dialog.amounts))]  # the rent amount comes first
    type_here(qtbot, dialog, "1.000,00")
    press(qtbot, dialog, Qt.Key.Key_Tab)
    type_here(qtbot, dialog, "gen-giu 2026")
    for _ in range(5):  # past the other debts, to the start date
        press(qtbot, dialog, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.start_date
    dialog.start_date.selectAll()
    type_here(qtbot, dialog, "01/12/2026")
    press(qtbot, dialog, Qt.Key.Key_Tab)
    dialog.due_day.selectAll()
    type_here(qtbot, dialog, "31")
    press(qtbot, dialog, Qt.Key.Key_Tab)  # mode: number of installments
    press(qtbot, dialog, Qt.Key.Key_Tab)
    dialog.installments.selectAll()
    type_here(qtbot, dialog, "3")
    qtbot.waitUntil(lambda: dialog.preview.rowCount() == 3)
    shown = [[dialog.preview.item(r, c).text() for c in range(3)] for r in range(3)]
    assert shown == [["1", "31/12/2026", "333,33 €"], ["2", "31/01/2027", "333,33 €"], ["3", "28/02/2027", "333,34 €"]]
    assert "1.000,00 € in 3 rate" in dialog.preview_summary.text()
    press(qtbot, dialog, Qt.Key.Key_Return, CTRL)

    assert not dialog.isVisible() and dialog.saved_id is not None
    plan = repayment_plans.plan_detail(desk.uow(write=False), dialog.saved_id)
    assert plan.state is PlanState.DRAFT
    assert [(i.due_date, i.amount_cents) for i in plan.schedule] == [
        (date(2026, 12, 31), 33_333),
        (date(2027, 1, 31), 33_333),
        (date(2027, 2, 28), 33_334),
    ]
    assert [(d.period, d.amount_cents) for d in plan.debt_items] == [("gen-giu 2026", 100_000)]


def test_the_preview_warns_and_a_missing_period_keeps_the_form_open(qtbot: QtBot, desk: Desk, context: DeskContext) -> None:
    household_id, _ = household_with_holder(desk)
    dialog = PlanDialog(context, household_id, "N001")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.amounts[next(iter(dialog.amounts))].setText("1.000,00")
    select_data(dialog.mode, "amount")
    dialog.installments.setText("300")
    dialog.refresh_preview()
    assert [dialog.preview.item(r, 2).text() for r in range(dialog.preview.rowCount())] == ["300,00 €"] * 3 + ["100,00 €"]
    press(qtbot, dialog, Qt.Key.Key_Return, CTRL)
    assert dialog.isVisible() and dialog.saved_id is None
    assert "periodo" in dialog.banner.text()
    assert dialog.amounts[next(iter(dialog.amounts))].text() == "1.000,00"  # nothing typed is lost


def test_a_payment_is_recorded_from_the_plan_window(qtbot: QtBot, desk: Desk, context: DeskContext, dialogs: ModalDialogs) -> None:
    _, plan_id = active_plan(desk)
    window = PlanWindow(context, plan_id)
    qtbot.addWidget(window)
    window.show()
    assert "Proposta" in window.proposal.text() and window.proposal.isVisible()  # two installments missed
    assert window.figures["days_late"].text().startswith("67 ")
    assert window.figures["days_in_arrears"].text().startswith("57 ")

    def pay(dialog: PaymentDialog) -> None:
        assert dialog.amount.text() == "333,33"  # the oldest installment still due
        dialog.amount.setText("400,00")
        dialog.reference.setText("CRO 123")
        press(qtbot, dialog, Qt.Key.Key_Return)

    dialogs.drive(PaymentDialog, pay)
    push(qtbot, window.pay_button)

    plan = repayment_plans.plan_detail(desk.uow(write=False), plan_id)
    [payment] = plan.payments
    assert (payment.amount_cents, payment.reference, payment.paid_on) == (40_000, "CRO 123", date(2026, 11, 21))
    assert window.figures["paid"].text() == "400,00 €"
    assert window.schedule.item(0, 5).text() == "pagata il 21/11/2026"
    assert window.schedule.item(1, 3).text() == "66,67 €"  # the overpayment went to the next installment


def test_a_decision_is_confirmed_with_its_reason(qtbot: QtBot, desk: Desk, context: DeskContext, dialogs: ModalDialogs) -> None:
    household_id, plan_id = active_plan(desk)
    window = PlanWindow(context, plan_id)
    qtbot.addWidget(window)
    window.show()

    def decide(dialog: DecisionDialog) -> None:
        assert dialog.chosen_state() is PlanState.LAPSED  # the program's proposal is preselected
        press(qtbot, dialog, Qt.Key.Key_Return)  # without a reason: refused
        assert dialog.isVisible() and "motivo" in shown_errors(dialog)["reason"].lower()
        dialog.reason.setText("due rate non pagate, nessun contatto")
        press(qtbot, dialog, Qt.Key.Key_Return)

    dialogs.drive(DecisionDialog, decide)
    push(qtbot, window.decide_button)

    plan = repayment_plans.plan_detail(desk.uow(write=False), plan_id)
    assert plan.state is PlanState.LAPSED
    assert plan.state_changes[-1].reason == "due rate non pagate, nessun contatto"
    assert window.state.text() == "Stato: decaduto" and not window.pay_button.isEnabled()
    from app.services.registry.households import household_detail

    assert household_detail(desk.uow(write=False), household_id).arrears_cents == 100_000


def test_the_list_shows_the_riskiest_plan_first_with_the_totals(qtbot: QtBot, desk: Desk, context: DeskContext, message_boxes: MessageBoxes) -> None:
    _, late = active_plan(desk, code="N001")
    _, paying = active_plan(desk, code="N002")
    for paid_on, cents in ((date(2026, 9, 15), 33_333), (date(2026, 10, 15), 33_333), (date(2026, 11, 15), 33_334)):
        repayment_plans.record_payment(desk.uow(), paying, PaymentForm(paid_on, cents, PaymentMethod.PAGOPA))
    view = PlansView(context)
    qtbot.addWidget(view)
    view.show()
    assert [view.table.item(r, view.HOUSEHOLD).text() for r in range(view.table.rowCount())] == ["N001", "N002"]
    assert view.table.item(0, view.BUCKET).text() == "31-60 giorni"
    assert view.table.item(1, view.PROPOSAL).text() == "concluderlo?"
    assert "residuo 1.000,00 €" in view.totals.text() and "scaduto 1.000,00 €" in view.totals.text()
    select_data(view.bucket, AgingBucket.CURRENT)
    assert [view.table.item(r, view.HOUSEHOLD).text() for r in range(view.table.rowCount())] == ["N002"]
    assert late != paying


def test_the_household_page_lists_its_plans_and_starts_a_new_one(
    qtbot: QtBot, desk: Desk, context: DeskContext, dialogs: ModalDialogs
) -> None:
    from app.services.timeline import TimelineKind
    from app.ui.registry.household_page import HouseholdPage

    household_id, plan_id = active_plan(desk)
    repayment_plans.change_state(desk.uow(), plan_id, PlanState.LAPSED, date(2026, 11, 21), "nessun pagamento")
    page = HouseholdPage(context)
    qtbot.addWidget(page)
    page.show_household(household_id)
    page.show()
    assert page.plans.rowCount() == 1 and page.plans.item(0, 1).text() == "decaduto"
    titles = [str(entry.title) for entry in page._timeline if entry.kind is TimelineKind.PLAN]
    assert titles == ["Piano di rientro decaduto", "Piano di rientro preparato", "Piano di rientro firmato e attivo"]

    opened: list[PlanWindow] = []
    dialogs.drive(PlanWindow, lambda window: (opened.append(window), window.accept()))

    def new_plan(dialog: PlanDialog) -> None:
        dialog.amounts[next(iter(dialog.amounts))].setText("600")
        dialog.periods[next(iter(dialog.periods))].setText("lug-nov 2026")
        dialog.installments.setText("6")
        press(qtbot, dialog, Qt.Key.Key_Return, CTRL)

    dialogs.drive(PlanDialog, new_plan)
    push(qtbot, page.new_plan_button)  # Alt+P at the desk (QTest does not route mnemonics)

    assert [type(d).__name__ for d in dialogs.opened] == ["PlanDialog", "PlanWindow"], shown_errors(dialogs.opened[0]) if dialogs.opened else "no dialog"
    assert page.plans.rowCount() == 2 and page.plans.item(0, 1).text() == "bozza"
    [window] = opened  # the new plan opens at once, ready for its agreement
    assert window.plan is not None and window.plan.total_cents == 60_000


def test_the_landlords_statement_is_previewed_then_imported(qtbot: QtBot, desk: Desk, context: DeskContext, tmp_path: Path, message_boxes: MessageBoxes) -> None:
    from app.ui.plans.payment_import_dialog import PaymentImportDialog

    _, plan_id = active_plan(desk)
    statement = tmp_path / "estratto.csv"
    statement.write_text(
        "codice_nucleo;data;importo;riferimento\nN001;15/09/2026;333,33;EC-1\nN999;16/09/2026;10,00;EC-2\n", encoding="utf-8"
    )
    dialog = PaymentImportDialog(context, statement)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert "1 pagamento da importare (333,33 €)" in dialog.summary.text()
    assert "riga 3" in dialog.problems.toPlainText() and not dialog.import_button.isEnabled()
    dialog.skip_invalid.setChecked(True)
    push(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    [payment] = repayment_plans.plan_detail(desk.uow(write=False), plan_id).payments
    assert (payment.reference, payment.amount_cents, payment.imported) == ("EC-1", 33_333, True)
    assert "Importato 1 pagamento" in message_boxes.texts("information")[0]


def test_the_agreement_and_the_reminder_are_printed_from_the_plan_window(
    qtbot: QtBot, desk: Desk, context: DeskContext, dialogs: ModalDialogs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrintDialog

    from app.ui.document_viewer import DocumentViewer
    from tests.ui.test_document_viewer import accept_printing_to

    household_id, _ = household_with_holder(desk)
    draft = repayment_plans.create_plan(desk.uow(), plan_form(household_id))
    printed = tmp_path / "stampa.pdf"
    monkeypatch.setattr(QPrintDialog, "exec", accept_printing_to(printed))
    seen: list[str] = []
    texts: list[str] = []

    def print_and_close(viewer: DocumentViewer) -> None:
        seen.append(viewer.windowTitle())
        texts.append("\n".join(page.extract_text() for page in PdfReader(io.BytesIO(viewer.pdf_bytes)).pages))
        push(qtbot, viewer.print_button)
        push(qtbot, viewer.close_button)

    dialogs.drive(DocumentViewer, print_and_close)
    window = PlanWindow(context, draft)
    qtbot.addWidget(window)
    window.show()
    assert not window.reminder_button.isEnabled()  # a draft has nothing overdue to remind
    push(qtbot, window.agreement_button)
    agreement = texts[-1]
    assert "BOZZA" in agreement and "333,34 €" in agreement and printed.stat().st_size > 0

    repayment_plans.sign_plan(desk.uow(), draft, date(2026, 9, 1))
    window.reload()
    push(qtbot, window.reminder_button)
    reminder = texts[-1]
    assert "sollecito" in reminder.lower() and "1.000,00 €" in reminder
    assert seen == ["Accordo del piano di rientro – nucleo N001", "Sollecito – nucleo N001"]
    assert repayment_plans.plan_detail(desk.uow(write=False), draft).reminders_printed == 1


def test_the_list_exports_what_it_shows(qtbot: QtBot, desk: Desk, context: DeskContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, message_boxes: MessageBoxes) -> None:
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog

    active_plan(desk, code="N001")
    household_id, _ = household_with_holder(desk, code="N002", surname="Rota", name="Sofia")
    repayment_plans.create_plan(desk.uow(), plan_form(household_id))  # a draft waiting for its signature: listed too
    closed_id, _ = household_with_holder(desk, code="N003", surname="Pesenti", name="Anna")
    withdrawn = repayment_plans.create_plan(desk.uow(), plan_form(closed_id))
    repayment_plans.change_state(desk.uow(), withdrawn, PlanState.WITHDRAWN, date(2026, 11, 21), "non firmato")
    target = tmp_path / "piani.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kwargs: (str(target), "*.xlsx"))
    view = PlansView(context)
    qtbot.addWidget(view)
    view.show()
    assert (view.table.item(1, view.STATE).text(), view.table.item(1, view.STATE).toolTip().startswith("da firmare")) == ("bozza", True)
    push(qtbot, view.xlsx_button)
    qtbot.waitUntil(lambda: bool(message_boxes.texts("information")))

    assert message_boxes.texts("information") == [f"2 piani esportati in {target}"]
    sheet = load_workbook(target).active
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == ["N001", "N002"]


def test_a_late_plan_is_renegotiated_from_its_window(qtbot: QtBot, desk: Desk, context: DeskContext, dialogs: ModalDialogs, message_boxes: MessageBoxes) -> None:
    _, old = active_plan(desk)
    repayment_plans.record_payment(desk.uow(), old, PaymentForm(date(2026, 9, 15), 33_333, PaymentMethod.PAGOPA))
    window = PlanWindow(context, old)
    qtbot.addWidget(window)
    window.show()

    def renegotiate(dialog: PlanDialog) -> None:
        assert dialog.owed_label.text() == "Residuo del piano del 01/09/2026: 666,67 €"
        dialog.start_date.setText("01/12/2026")
        dialog.due_day.setText("5")
        dialog.installments.setText("4")
        dialog.refresh_preview()
        assert [dialog.preview.item(r, 2).text() for r in range(4)] == ["166,66 €", "166,66 €", "166,66 €", "166,69 €"]
        press(qtbot, dialog, Qt.Key.Key_Return, CTRL)  # without a reason: refused
        assert dialog.isVisible()
        dialog.reason.setText("reddito ridotto, rata più bassa")
        press(qtbot, dialog, Qt.Key.Key_Return, CTRL)

    dialogs.drive(PlanDialog, renegotiate)
    push(qtbot, window.renegotiate_button)

    assert window.plan is not None and window.plan.id != old  # the window now shows the new plan
    assert (window.plan.state, window.plan.total_cents, window.plan.replaces_plan_id) == (PlanState.DRAFT, 66_667, old)
    assert repayment_plans.plan_detail(desk.uow(write=False), old).state is PlanState.RENEGOTIATED
    assert message_boxes.texts("question") == ["Stampare adesso l'accordo da far firmare?"]
