"""The contributions section (issue 5): the budget counter of L.1 always visible at the top, and tabs for
the applications, the receipts register, the outreach list and the programme's terms.

Applications and receipts are a few hundred at most: each list is loaded whole from one service call.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.clock import today
from app.services.contributions import applications as contributions
from app.services.contributions import programmes as contribution_programmes
from app.services.contributions import receipts
from app.services.contributions.applications import ApplicationRow
from app.services.contributions.programmes import HEATING, BudgetCounter
from app.services.contributions.views import RegisterLine
from app.services.dates import format_date
from app.services.errors import ServiceError
from app.services.money import format_amount
from app.ui.context import DeskContext
from app.ui.contributions.dialogs import ApplicationDialog, ReasonDialog
from app.ui.contributions.outreach_view import OutreachView
from app.ui.forms import filter_row
from app.ui.labels import sap_area_label
from app.ui.tables import ActionTable, fill_table, readonly_table, selected_key
from app.ui.tasks import Task
from app.ui.text import count_text, label, say
from app.vocabulary import Change, ContributionState, Role

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
COUNTER_STYLE = "background: #eef4fb; border: 1px solid #b8cde6; padding: 6px; font-weight: bold;"


def years_text(years: tuple[int, ...] | list[int]) -> str:
    """2025–2026 for consecutive years, 2024, 2026 otherwise."""
    ordered = sorted(set(years))
    if len(ordered) > 1 and ordered == list(range(ordered[0], ordered[-1] + 1)):
        return f"{ordered[0]}–{ordered[-1]}"
    return ", ".join(str(year) for year in ordered)


def counter_text(counter: BudgetCounter, years: tuple[int, ...] | list[int] = ()) -> str:
    """The banner; the budget covers every year of the programme, so the years are named."""
    return (
        QCoreApplication.translate(
            "ContributionsView", "Budget %9: %1 · erogato prima %2 (%3 nuclei) · concessi %4 (%5) · pagati %6 (%7) · disponibili %8"
        )
        .replace("%9", years_text(years))
        .replace("%1", format_amount(counter.budget_cents))
        .replace("%2", format_amount(counter.opening_cents))
        .replace("%3", str(counter.opening_households))
        .replace("%4", str(counter.granted_count))
        .replace("%5", format_amount(counter.granted_cents))
        .replace("%6", str(counter.paid_count))
        .replace("%7", format_amount(counter.paid_cents))
        .replace("%8", format_amount(counter.left_cents))
    )


class ApplicationsTab(QWidget):
    HOUSEHOLD, HOLDER, YEAR, APPLIED, STATE, PROTOCOL, COST, GRANTED, RECEIPT = range(9)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._rows: list[ApplicationRow] = []
        self.year = QComboBox(self)
        self.year.addItem(self.tr("tutte"), None)
        programme = contribution_programmes.programme_view(context.reader(), HEATING)
        for year in sorted({y for terms in programme.terms for y in terms.years}, reverse=True):
            self.year.addItem(str(year), year)
        self.state = QComboBox(self)
        self.state.addItem(self.tr("tutti"), None)
        for state in ContributionState:
            self.state.addItem(label(state), state)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("nucleo, cognome o protocollo"))
        self.search.setClearButtonEnabled(True)
        self.table = readonly_table(
            [
                self.tr("Nucleo"),
                self.tr("Intestatario"),
                self.tr("Annualità"),
                self.tr("Presentata"),
                self.tr("Stato"),
                self.tr("Protocollo"),
                self.tr("Spesa"),
                self.tr("Concesso"),
                self.tr("Ricevuta"),
            ],
            self,
            ActionTable,
        )
        self.table.setWordWrap(False)
        self.count = QLabel(self)
        self.new_button = QPushButton(self.tr("&Nuova domanda…"), self)
        self.open_button = QPushButton(self.tr("A&pri"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filter_row(self, [(self.tr("Ann&ualità"), self.year), (self.tr("S&tato"), self.state), (self.tr("&Cerca"), self.search)]))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.year.currentIndexChanged.connect(self.reload)
        self.state.currentIndexChanged.connect(self.reload)
        self.search.textChanged.connect(self.reload)
        self.table.activated_row.connect(self._on_open_button_clicked)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.open_button.clicked.connect(self._on_open_button_clicked)

    def reload(self) -> None:
        shown = selected_key(self.table)
        state = self.state.currentData()
        self._rows = contributions.list_applications(
            self._context.reader(),
            HEATING,
            year=self.year.currentData(),
            states=(ContributionState(state),) if state else (),
            query=self.search.text().strip(),
        )
        fill_table(self.table, [(row.id, self._cells(row)) for row in self._rows])
        for row in range(self.table.rowCount()):
            for column in (self.COST, self.GRANTED):
                self.table.item(row, column).setTextAlignment(RIGHT)
        for row, data in enumerate(self._rows):
            if data.state is ContributionState.CANCELLED and data.granted_cents is not None:
                item = self.table.item(row, self.GRANTED)
                item.setForeground(QBrush(QColor("#777777")))
                item.setToolTip(self.tr("Domanda annullata: l'importo di %1 non è impegnato.").replace("%1", format_amount(data.granted_cents)))
        if shown is not None:
            self.select(shown)  # type: ignore[arg-type]
        self.count.setText(
            count_text(len(self._rows), self.tr("1 domanda"), self.tr("%n domande")) if self._rows else self.tr("Nessuna domanda con questi filtri.")
        )
        self._update_buttons()

    def _cells(self, row: ApplicationRow) -> list[str]:
        return [
            row.household_code,
            row.holder_name,
            str(row.programme_year),
            format_date(row.applied_on),
            label(row.state),
            row.protocol_number,
            format_amount(row.heating_cost_cents) if row.heating_cost_cents is not None else "",
            self._granted(row),
            row.receipt_number,
        ]

    def _granted(self, row: ApplicationRow) -> str:
        """A cancelled application commits no money: its amount does not show as granted."""
        if row.granted_cents is None:
            return ""
        if row.state is ContributionState.CANCELLED:
            return self.tr("annullato")
        return format_amount(row.granted_cents)

    def select(self, application_id: uuid.UUID) -> None:
        for number, row in enumerate(self._rows):
            if row.id == application_id:
                self.table.selectRow(number)

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(selected_key(self.table) is not None)

    def new_application(self, household_id: uuid.UUID | None = None, label: str = "") -> None:
        dialog = ApplicationDialog(self._context, household_id, label, self)
        if dialog.exec() and dialog.saved_id is not None:
            self.reload()
            self.open_application(dialog.saved_id)

    def _on_new_button_clicked(self) -> None:
        self.new_application()

    def open_application(self, application_id: uuid.UUID) -> None:
        from app.ui.contributions.window import ContributionWindow

        ContributionWindow(self._context, application_id, self).exec()
        self.reload()
        self.select(application_id)

    def _on_open_button_clicked(self) -> None:
        key = selected_key(self.table)
        if isinstance(key, uuid.UUID):
            self.open_application(key)


class ReceiptsTab(QWidget):
    NUMBER, DATE, BENEFICIARY, HOUSEHOLD, AMOUNT, COPIES, STATE = range(7)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._lines: list[RegisterLine] = []
        self.series = QComboBox(self)
        self.table = readonly_table(
            [self.tr("Numero"), self.tr("Data"), self.tr("Beneficiario"), self.tr("Nucleo"), self.tr("Importo"), self.tr("Copie"), self.tr("Stato")],
            self,
            ActionTable,
        )
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(self.BENEFICIARY, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(self.BENEFICIARY, 200)
        self.count = QLabel(self)
        self.preview_button = QPushButton(self.tr("Anteprima/S&tampa…"), self)
        self.cancel_button = QPushButton(self.tr("Ann&ulla ricevuta…"), self)
        self.cancel_button.setVisible(context.actor.role is Role.COORDINATOR)
        self.register_button = QPushButton(self.tr("Registro &PDF…"), self)
        self.export_button = QPushButton(self.tr("Esporta E&xcel…"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        for button in (self.preview_button, self.cancel_button, self.register_button, self.export_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(filter_row(self, [(self.tr("Se&rie"), self.series)]))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.series.currentIndexChanged.connect(self._on_series_current_index_changed)
        self.table.activated_row.connect(self._on_preview_button_clicked)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.preview_button.clicked.connect(self._on_preview_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.register_button.clicked.connect(self._on_register_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)

    def reload(self) -> None:
        chosen = self.series.currentData()
        series = receipts.receipt_series(self._context.reader())
        own = (self._context.identity.site_code, today().year)
        if own not in series:
            series = [own, *series]
        self.series.blockSignals(True)
        self.series.clear()
        for site, year in series:
            self.series.addItem(f"{site}/{year}", (site, year))
        index = next((i for i, s in enumerate(series) if chosen is not None and tuple(chosen) == s), 0)
        self.series.setCurrentIndex(index)
        self.series.blockSignals(False)
        self._fill()

    def _on_series_current_index_changed(self) -> None:
        self._fill()

    def chosen_series(self) -> tuple[str, int] | None:
        data = self.series.currentData()
        return (data[0], int(data[1])) if data else None

    def _fill(self) -> None:
        shown = selected_key(self.table)
        series = self.chosen_series()
        self._lines = receipts.receipts_register(self._context.reader(), *series) if series else []
        missing = receipts.receipts_to_rebuild(self._context.reader(), *series) if series else []
        rows = [(line.number, self._cells(line)) for line in self._lines]
        rows += [(number, [number, "", "", "", "", "", self.tr("da ricostruire (manca dopo un ripristino)")]) for number in missing]
        fill_table(self.table, sorted(rows, key=lambda row: str(row[0])))
        for row in range(self.table.rowCount()):
            self.table.item(row, self.AMOUNT).setTextAlignment(RIGHT)
            self.table.item(row, self.COPIES).setTextAlignment(RIGHT)
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).text() == shown:
                self.table.selectRow(row)
        valid = [line for line in self._lines if line.cancelled_on is None]
        self.count.setText(
            count_text(len(self._lines), self.tr("1 ricevuta"), self.tr("%n ricevute"))
            + " · "
            + self.tr("valide: %1").replace("%1", format_amount(sum(line.amount_cents for line in valid)))
            if self._lines
            else self.tr("Nessuna ricevuta in questa serie: le ricevute nascono quando si registra il pagamento di un contributo.")
        )
        self._update_buttons()

    def _cells(self, line: RegisterLine) -> list[str]:
        state = (
            self.tr("annullata il %1: %2").replace("%1", format_date(line.cancelled_on)).replace("%2", line.cancel_reason)
            if line.cancelled_on
            else self.tr("valida")
        )
        return [line.number, format_date(line.issued_on), line.beneficiary_name, line.household_code, format_amount(line.amount_cents), str(line.print_count), state]

    def _selected(self) -> RegisterLine | None:
        key = selected_key(self.table)
        return next((line for line in self._lines if line.number == key), None)

    def _update_buttons(self) -> None:
        line = self._selected()
        self.preview_button.setEnabled(line is not None)
        self.cancel_button.setEnabled(line is not None and line.cancelled_on is None)
        self.register_button.setEnabled(bool(self._lines))
        self.export_button.setEnabled(bool(self._lines))

    def _on_preview_button_clicked(self) -> None:
        from app.ui.contributions.printing import print_receipt

        line = self._selected()
        if line is not None and print_receipt(self._context, line.number, self):
            self._fill()

    def _on_cancel_button_clicked(self) -> None:
        line = self._selected()
        if line is None:
            return

        def cancel(reason: str) -> None:
            receipts.cancel_receipt(self._context.uow(), line.number, reason)

        dialog = ReasonDialog(
            self.tr("Annulla la ricevuta %1").replace("%1", line.number),
            self.tr("La ricevuta resta nel registro con il suo numero e stampa ANNULLATA; il pagamento è annullato e l'importo torna nel budget."),
            cancel,
            self.tr("&Annulla la ricevuta"),
            self,
        )
        if dialog.exec():
            self._fill()

    def _on_register_button_clicked(self) -> None:
        from app.ui.contributions.printing import print_register

        series = self.chosen_series()
        if series is not None:
            print_register(self._context, series[0], series[1], self)

    def _on_export_button_clicked(self) -> None:
        from app.services.exports import export_receipts  # openpyxl only when exporting

        series = self.chosen_series()
        if series is None:
            return
        site, year = series
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Esporta il registro delle ricevute"), f"ricevute-{site}-{year}.xlsx".lower(), "*.xlsx")
        if not target:
            return
        reader = self._context.reader()
        Task(
            self,
            lambda _progress: export_receipts(reader, Path(target), "xlsx", site=site, year=year),
            lambda rows: QMessageBox.information(
                self, self.tr("Esportazione"), count_text(rows, self.tr("1 ricevuta esportata in %1"), self.tr("%n ricevute esportate in %1")).replace("%1", target)
            ),
            lambda error: QMessageBox.warning(
                self,
                self.tr("Esportazione"),
                self.tr("Esportazione non riuscita: %1").replace("%1", say(error.said) if isinstance(error, ServiceError) else str(error)),
            ),
        ).start()


class ProgrammeTab(QWidget):
    """The terms in force and their history; the coordinator changes them from a date on."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.programme = QComboBox(self)
        for programme in contribution_programmes.list_programmes(context.reader()):
            self.programme.addItem(programme.name, programme.code)
        self.programme.setMaximumWidth(420)
        self.text = QTextBrowser(self)
        self.edit_button = QPushButton(self.tr("&Modifica le condizioni…"), self)
        self.edit_button.setVisible(context.actor.role is Role.COORDINATOR)
        self.read_only = QLabel(self.tr("Solo un coordinatore può modificare le condizioni."), self)
        self.read_only.setVisible(context.actor.role is not Role.COORDINATOR)
        buttons = QHBoxLayout()
        buttons.addWidget(self.read_only, 1)
        buttons.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filter_row(self, [(self.tr("&Programma"), self.programme)]))
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.programme.currentIndexChanged.connect(self.reload)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)

    def reload(self) -> None:
        code = self.programme.currentData()
        if not code:
            return
        programme = contribution_programmes.programme_view(self._context.reader(), code)
        in_force = programme.terms_on(today())
        parts = [f"<h3>{programme.name}</h3>"]
        for terms in reversed(programme.terms):
            heading = (
                self.tr("In vigore dal %1 (condizioni attuali)") if terms is in_force else self.tr("Dal %1")
            ).replace("%1", format_date(terms.effective_from))
            rows = [
                (self.tr("Annualità"), ", ".join(str(y) for y in terms.years)),
                (self.tr("Budget"), format_amount(terms.budget_cents)),
                (self.tr("Tetto per nucleo"), f"{format_amount(terms.cap_cents)} {label(terms.cap_period)}"),
                (self.tr("ISEE"), self.tr("da %1 a %2").replace("%1", format_amount(terms.isee_min_cents)).replace("%2", format_amount(terms.isee_max_cents))),
                (self.tr("Mesi dall'assegnazione"), str(terms.months_since_assignment)),
                (self.tr("Aree SAP"), ", ".join(sap_area_label(a) for a in terms.areas)),
                (self.tr("Riscaldamento centralizzato"), self.tr("richiesto") if terms.centralised_heating_required else self.tr("non richiesto")),
                (self.tr("Morosità"), label(terms.arrears_rule)),
                (self.tr("Già erogato prima"), self.tr("%1 a %2 nuclei").replace("%1", format_amount(terms.opening_spent_cents)).replace("%2", str(terms.opening_households))),
                (self.tr("Bollo"), label(terms.stamp_duty) + (f" – {terms.stamp_exemption_rule}" if terms.stamp_exemption_rule else "")),
                (self.tr("Finanziamento"), terms.funding_statement),
                (self.tr("CUP"), terms.cup),
                (self.tr("Atto"), terms.act_reference),
                (self.tr("Registrate da"), terms.recorded_by_name),
            ]
            table = "".join(f"<tr><td><b>{caption}</b></td><td>{value}</td></tr>" for caption, value in rows)
            parts.append(f"<h4>{heading}</h4><table cellspacing='2' cellpadding='2'>{table}</table>")
        self.text.setHtml("".join(parts))

    def _on_edit_button_clicked(self) -> None:
        from app.ui.contributions.programme_dialog import TermsDialog

        programme = contribution_programmes.programme_view(self._context.reader(), self.programme.currentData())
        if TermsDialog(self._context, programme, self).exec():
            self.reload()


class ContributionsView(QWidget):
    SHOWS = frozenset(
        {
            Change.CONTRIBUTIONS,
            Change.RECEIPTS,
            Change.OUTREACH,
            Change.PROGRAMMES,
            Change.HOUSEHOLDS,
            Change.PERSONS,
            Change.PLANS,
        }
    )
    """The kinds of data this view shows: it refreshes when a commit changed one of them."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._loaded = False
        self.counter = QLabel(self)
        self.counter.setStyleSheet(COUNTER_STYLE)
        self.counter.setWordWrap(True)
        self.counter.setToolTip(self.tr("Contributo riscaldamento (azione L.1): il budget e dove è andato"))
        self.applications = ApplicationsTab(context, self)
        self.receipts = ReceiptsTab(context, self)
        self.outreach = OutreachView(context, self)
        self.programme = ProgrammeTab(context, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.applications, self.tr("&Domande"))
        self.tabs.addTab(self.receipts, self.tr("Ric&evute"))
        self.tabs.addTab(self.outreach, self.tr("Da inf&ormare"))
        self.tabs.addTab(self.programme, self.tr("Pro&gramma"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.counter)
        layout.addWidget(self.tabs, 1)
        self._context.events.changed.connect(self._on_events_changed)

    def reload(self) -> None:
        self._loaded = True
        try:
            reader = self._context.reader()
            programme = contribution_programmes.programme_view(reader, HEATING)
            in_force = programme.terms_on(today())
            years = sorted(in_force.years) if in_force is not None else []
            self.counter.setText(counter_text(contribution_programmes.budget_counter(reader, HEATING), years))
        except ServiceError as refused:
            self.counter.setText(say(refused.said))
        self.applications.reload()
        self.receipts.reload()
        self.outreach.reload()
        self.programme.reload()

    def _on_events_changed(self, changes: frozenset[Change]) -> None:
        if changes & self.SHOWS and self._loaded:
            self.reload()

    def new_application(self, household_id: uuid.UUID, label: str) -> None:
        self.tabs.setCurrentWidget(self.applications)
        self.applications.new_application(household_id, label)

    def focus_first(self) -> None:
        self.applications.table.setFocus()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if not self._loaded:
            self.reload()
        super().showEvent(event)
