"""Quick visit entry: one screen, opened with Ctrl+N from anywhere, completed without the mouse.

Left, who: the search finds the person as you type (↓ into the results, Enter picks), Alt+P adds a new
person with the minimum fields (saved first, so a later refusal of the visit never duplicates them),
Alt+A records an anonymous contact (sex and age bracket only). Right, what: desk, operator, date and time
prefilled and editable, channel, topics (each toggled by the key shown beside it when the list has the
focus), mediation language, duration, notes, referral, follow-up. Ctrl+Enter saves from anywhere, Enter
from a single-line field.

After the save, a person without a privacy notice is offered it, and a person whose funder data were
never asked gets the short participant step (which can be left for later).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QWidget,
)

from app.clock import now_utc, today
from app.messages import Message
from app.services.catalogues import list_items
from app.services.dates import DateError, format_date, format_local_datetime, parse_date, parse_local_datetime
from app.services.desk import appointments, visits
from app.services.desk.visits import FollowUpForm, VisitForm
from app.services.errors import ServiceError, ValidationFailed
from app.services.local_time import local_day
from app.services.offices import list_offices
from app.services.operators import list_operators
from app.services.registry import persons
from app.services.registry.forms import PersonForm
from app.services.registry.persons import PersonHit
from app.services.settings import get_setting, privacy_notice
from app.ui.context import DeskContext
from app.ui.forms import FormDialog, choice_box, is_ctrl_enter, line_edit, notes_edit, select_data
from app.ui.labels import date_placeholder, datetime_placeholder, sex_label
from app.ui.person_picker import PersonPicker
from app.ui.text import label
from app.vocabulary import AgeBracket, CatalogueKind, Channel, Sex

TOPIC_KEYS = "1234567890QWERTYUIOP"
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _referral_key(kind: CatalogueKind, item_id: uuid.UUID) -> str:
    """A referral goes to a service of the list or to a partner organisation: the choice keeps both apart
    (as text, which Qt keeps as it is in an item's data)."""
    return f"{kind.value}:{item_id.hex}"


def _referral_of(key: str | None) -> dict[CatalogueKind, uuid.UUID]:
    if not key:
        return {}
    kind, _, hex_id = key.partition(":")
    return {CatalogueKind(kind): uuid.UUID(hex=hex_id)}


@dataclass(frozen=True)
class VisitPrefill:
    """What an appointment (or another screen) already knows about the visit to record; the appointment,
    if any, is marked as attended by the visit once it is saved."""

    appointment_id: uuid.UUID | None = None
    person_id: uuid.UUID | None = None
    topic_ids: tuple[uuid.UUID, ...] = ()
    notes: str = ""
    office_code: str = ""
    started_at: datetime | None = None


class TopicList(QListWidget):
    """Checkable topics; when the list has the focus the key shown beside a topic toggles it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def add_topic(self, topic_id: uuid.UUID, name: str) -> None:
        row = self.count()
        key = TOPIC_KEYS[row] if row < len(TOPIC_KEYS) else ""
        item = QListWidgetItem(f"[{key}]  {name}" if key else name)
        item.setData(ID_ROLE, topic_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        self.addItem(item)

    def checked_ids(self) -> list[uuid.UUID]:
        return [
            self.item(row).data(ID_ROLE)
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, topic_ids: set[uuid.UUID]) -> None:
        for row in range(self.count()):
            item = self.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in topic_ids else Qt.CheckState.Unchecked)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if is_ctrl_enter(event):
            event.ignore()  # the form saves
            return
        text = event.text().upper()
        if text and text in TOPIC_KEYS and TOPIC_KEYS.index(text) < self.count():
            item = self.item(TOPIC_KEYS.index(text))
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            self.setCurrentItem(item)
            return
        if event.key() == Qt.Key.Key_Space and self.currentItem() is not None:
            item = self.currentItem()
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            return
        super().keyPressEvent(event)


class VisitEntryDialog(FormDialog):
    """Records a new visit, or edits one (``visit_id``); ``saved_id`` holds the visit once saved."""

    def __init__(
        self,
        context: DeskContext,
        *,
        visit_id: uuid.UUID | None = None,
        prefill: VisitPrefill | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Nuova visita") if visit_id is None else self.tr("Modifica visita"), parent)
        self._context = context
        self._visit_id = visit_id
        self._appointment_id = prefill.appointment_id if prefill else None
        self.saved_id: uuid.UUID | None = None
        self._mode = "person"
        reader = context.reader

        # --- who ---------------------------------------------------------------------------------
        who, after = self.add_stacked_column(self.tr("Chi"), self.tr("Dopo la visita"), stretch=2)
        self.picker = PersonPicker(
            context, self, empty_hint=self.tr("Nessuna persona trovata: Alt+P per aggiungerla, Alt+A per un contatto anonimo.")
        )
        self.search = self.picker.search
        who.addRow(self.picker)
        self.privacy = QLabel(self)
        self.privacy.setWordWrap(True)
        self.privacy_print = QPushButton(self.tr("Stampa informativa"), self)
        self.privacy_given = QPushButton(self.tr("Informativa consegnata oggi"), self)
        privacy_row = QHBoxLayout()
        privacy_row.addWidget(self.privacy_print)
        privacy_row.addWidget(self.privacy_given)
        who.addRow(self.privacy)
        who.addRow(privacy_row)
        self.same_as_last = QPushButton(self.tr("Come l'&ultima volta"), self)
        self.new_person_button = QPushButton(self.tr("Nuova &persona"), self)
        self.anonymous_button = QPushButton(self.tr("Contatto &anonimo"), self)
        mode_row = QHBoxLayout()
        for button in (self.new_person_button, self.anonymous_button, self.same_as_last):
            button.setAutoDefault(False)
            mode_row.addWidget(button)
        who.addRow(mode_row)

        self.new_person_box = QGroupBox(self.tr("Nuova persona (senza codice fiscale: «CF da completare»)"), self)
        new_form = QFormLayout(self.new_person_box)
        self.new_surname = self.add_field("new_surname", self.tr("Cognome"), line_edit(parent=self), new_form)
        self.new_name = self.add_field("new_name", self.tr("Nome"), line_edit(parent=self), new_form)
        self.new_codice_fiscale = self.add_field("new_codice_fiscale", self.tr("Codice fiscale"), line_edit(parent=self), new_form)
        self.new_phone = self.add_field("new_phone", self.tr("Telefono"), line_edit(parent=self), new_form)
        who.addRow(self.new_person_box)

        self.anonymous_box = QGroupBox(self.tr("Contatto anonimo"), self)
        anonymous_form = QFormLayout(self.anonymous_box)
        self.anonymous_sex = self.add_field(
            "anonymous_sex",
            self.tr("Sesso"),
            choice_box([(self.tr("scegliere…"), None)] + [(sex_label(sex), sex) for sex in Sex], parent=self),
            anonymous_form,
        )
        self.anonymous_age = self.add_field(
            "anonymous_age_bracket",
            self.tr("Età"),
            choice_box([(self.tr("scegliere…"), None)] + [(label(b), b) for b in AgeBracket], parent=self),
            anonymous_form,
        )
        who.addRow(self.anonymous_box)

        # --- what --------------------------------------------------------------------------------
        what = self.add_column(self.tr("Visita"), stretch=3)
        offices = list_offices(reader())
        self.office = self.add_field(
            "office_code",
            self.tr("Sportello"),
            choice_box([(o.name, o.code) for o in offices], context.identity.office_code, parent=self),
            what,
        )
        active = [o for o in list_operators(reader()) if o.active]
        self.operator = self.add_field(
            "operator_id", self.tr("Operatore"), choice_box([(o.full_name, o.id) for o in active], context.actor.operator_id, parent=self), what
        )
        self.when = self.add_field("started_at", self.tr("Data e ora"), line_edit(format_local_datetime(now_utc()), datetime_placeholder(), parent=self), what)
        self.opening = QLabel(self)
        self.opening.setStyleSheet("color: #8a5300;")
        what.addRow("", self.opening)
        self.channel = self.add_field(
            "channel", self.tr("Canale"), choice_box([(label(c), c) for c in Channel], Channel.DESK, parent=self), what
        )
        self.topics = self.add_field("topic_ids", self.tr("Argomenti"), TopicList(self), what)
        for item in list_items(reader(), CatalogueKind.TOPICS):
            self.topics.add_topic(item.id, item.name)
        self.topics.setMinimumHeight(min(24 * self.topics.count() + 6, 330))
        self.duration = self.add_field(
            "duration_minutes", self.tr("Durata (minuti)"), line_edit(str(get_setting(reader(), "visit_duration_minutes")), parent=self), what
        )
        self.language = self.add_field(
            "interpreter_language", self.tr("Mediazione linguistica"), line_edit(placeholder=self.tr("lingua, se c'è stata mediazione"), parent=self), what
        )
        self.notes = self.add_field("notes", self.tr("Note"), notes_edit(parent=self), what)

        referrals = list_items(reader(), CatalogueKind.REFERRAL_SERVICES)
        partners = list_items(reader(), CatalogueKind.PARTNERS)
        self.referral = self.add_field(
            "referral_service_id",
            self.tr("Inviato a"),
            choice_box(
                [(self.tr("nessun invio"), None)]
                + [(r.name, _referral_key(CatalogueKind.REFERRAL_SERVICES, r.id)) for r in referrals]
                + [(self.tr("ente partner: %1").replace("%1", p.name), _referral_key(CatalogueKind.PARTNERS, p.id)) for p in partners],
                parent=self,
            ),
            after,
        )
        self.referral_outcome = self.add_field(
            "referral_outcome", self.tr("Esito dell'invio"), line_edit(placeholder=self.tr("si può scrivere più avanti"), parent=self), after
        )
        self.follow_up = self.add_field("follow_up", self.tr("Da riprendere"), QCheckBox(self.tr("sì, con scadenza"), self), after)
        days = int(get_setting(reader(), "follow_up_days"))
        self.follow_up_due = self.add_field(
            "follow_up_due", self.tr("Entro il"), line_edit(format_date(today() + timedelta(days=days)), date_placeholder(), parent=self), after
        )
        self.follow_up_owner = self.add_field(
            "follow_up_owner", self.tr("Chi se ne occupa"), choice_box([(o.full_name, o.id) for o in active], context.actor.operator_id, parent=self), after
        )
        self.follow_up_text = self.add_field(
            "follow_up_description", self.tr("Cosa fare"), line_edit(placeholder=self.tr("es. richiamare per l'esito della domanda"), parent=self), after
        )
        self.name_buttons(self.tr("Salva (Ctrl+Invio)"), self.tr("Annulla"))

        self._connect_signals()
        self._set_mode("person")
        self._on_follow_up_toggled(False)
        self._on_when_changed()
        if visit_id is not None:
            self._load_visit(visit_id)
        elif prefill is not None:
            self._apply_prefill(prefill)
        self.resize(1100, 700)
        self.mark_clean()

    # --- wiring ------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Alt+P, Alt+A, Alt+U also when the buttons' mnemonics are not delivered (the window not active)."""
        if event.modifiers() == Qt.KeyboardModifier.AltModifier:
            buttons = {Qt.Key.Key_P: self.new_person_button, Qt.Key.Key_A: self.anonymous_button, Qt.Key.Key_U: self.same_as_last}
            button = buttons.get(Qt.Key(event.key()))
            if button is not None and button.isEnabled():
                button.click()
                return
        super().keyPressEvent(event)

    def focus_chain(self) -> list[QWidget]:
        """The search (or the new person's or anonymous fields) first, then what the visit was about."""
        return [self.picker.search, self.picker.results, *super().focus_chain()]

    @property
    def _person(self) -> PersonHit | None:
        return self.picker.person

    def _connect_signals(self) -> None:
        self.picker.picked.connect(self._on_picker_picked)
        self.new_person_button.clicked.connect(lambda: self._set_mode("new" if self._mode != "new" else "person"))
        self.anonymous_button.clicked.connect(lambda: self._set_mode("anonymous" if self._mode != "anonymous" else "person"))
        self.same_as_last.clicked.connect(self._on_same_as_last_clicked)
        self.privacy_print.clicked.connect(self._on_privacy_print_clicked)
        self.privacy_given.clicked.connect(self._on_privacy_given_clicked)
        self.follow_up.toggled.connect(self._on_follow_up_toggled)
        self.when.textChanged.connect(self._on_when_changed)
        self.office.currentIndexChanged.connect(self._on_when_changed)

    # --- who ---------------------------------------------------------------------------------------

    def _on_picker_picked(self, hit: PersonHit | None) -> None:
        self._show_privacy()
        self.same_as_last.setEnabled(hit is not None)
        if hit is not None:
            self.topics.setFocus()
            self.topics.setCurrentRow(0)

    def _choose(self, hit: PersonHit | None) -> None:
        self.picker.choose(hit)

    def _show_privacy(self) -> None:
        hit = self._person
        missing = hit is not None and hit.privacy_notice_date is None
        if hit is None:
            self.privacy.setText("")
        elif missing:
            self.privacy.setText(self.tr("⚠ Informativa privacy non ancora consegnata a questa persona."))
        else:
            self.privacy.setText(self.tr("Informativa privacy consegnata il %1.").replace("%1", format_date(hit.privacy_notice_date)))
        self.privacy.setVisible(hit is not None)
        self.privacy_print.setVisible(hit is not None)
        self.privacy_given.setVisible(missing)

    def _set_mode(self, mode: str) -> None:
        """``person`` (search), ``new`` (a person not yet registered) or ``anonymous``."""
        self._mode = mode
        self.new_person_box.setVisible(mode == "new")
        self.anonymous_box.setVisible(mode == "anonymous")
        self.picker.setEnabled(mode == "person")
        if mode == "new":
            self._choose(None)
            self.new_surname.setText(self.search.text().split(" ")[0].capitalize() if self.search.text() else "")
            self.new_surname.setFocus()
        elif mode == "anonymous":
            self._choose(None)
            self.anonymous_sex.setFocus()
        else:
            self.search.setFocus()

    def _on_same_as_last_clicked(self) -> None:
        if self._person is None:
            return
        template = visits.last_visit_template(self._context.reader(), self._person.id)
        if template is None:
            self.opening.setText(self.tr("Nessuna visita precedente per questa persona."))
            return
        self.topics.set_checked(set(template.topic_ids))
        self._select_referral(template.referral_service_id, template.referral_partner_id)

    def _on_privacy_print_clicked(self) -> None:
        from app.ui.registry.privacy import print_privacy_notice  # ReportLab and the viewer only when printing

        print_privacy_notice(self._context, self._person.id if self._person else None, self)

    def _on_privacy_given_clicked(self) -> None:
        if self._person is not None:
            self._record_privacy(self._person)

    def _record_privacy(self, hit: PersonHit) -> None:
        version = privacy_notice(self._context.reader()).version
        persons.record_privacy_notice(self._context.uow(), hit.id, today(), version)
        self._choose(persons.person_hit(self._context.reader(), hit.id))

    # --- what --------------------------------------------------------------------------------------

    def _on_follow_up_toggled(self, on: bool) -> None:
        for widget in (self.follow_up_due, self.follow_up_owner, self.follow_up_text):
            widget.setEnabled(on)

    def _on_when_changed(self) -> None:
        try:
            moment = parse_local_datetime(self.when.text())
        except DateError:
            self.opening.setText("")
            return
        office = next((o for o in list_offices(self._context.reader()) if o.code == self.office.currentData()), None)
        outside = office is not None and visits.outside_opening(office.slots, moment)
        self.opening.setText(self.tr("Fuori dall'orario di apertura dello sportello (si può registrare lo stesso).") if outside else "")

    # --- loading -----------------------------------------------------------------------------------

    def _apply_prefill(self, prefill: VisitPrefill) -> None:
        if prefill.person_id is not None:
            self._choose(persons.person_hit(self._context.reader(), prefill.person_id))
        self.topics.set_checked(set(prefill.topic_ids))
        if prefill.notes:
            self.notes.setPlainText(prefill.notes)
        if prefill.office_code:
            select_data(self.office, prefill.office_code)
        if prefill.started_at is not None:
            self.when.setText(format_local_datetime(prefill.started_at))

    def _load_visit(self, visit_id: uuid.UUID) -> None:
        view = visits.visit_detail(self._context.reader(), visit_id)
        self._add_edit_actions(view)
        if view.person_id is not None:
            self._choose(persons.person_hit(self._context.reader(), view.person_id))
        elif view.anonymous_sex is not None:
            self._set_mode("anonymous")
            select_data(self.anonymous_sex, view.anonymous_sex)
            select_data(self.anonymous_age, view.anonymous_age_bracket)
        select_data(self.office, view.office_code)
        select_data(self.operator, view.operator_id)
        self.when.setText(format_local_datetime(view.started_at))
        select_data(self.channel, view.channel)
        self.topics.set_checked(set(view.topic_ids))
        self.duration.setText(str(view.duration_minutes))
        self.language.setText(view.interpreter_language)
        self.notes.setPlainText(view.notes)
        self._select_referral(view.referral_service_id, view.referral_partner_id)
        self.referral_outcome.setText(view.referral_outcome)
        open_follow_up = view.follow_up
        if open_follow_up is not None:
            self.follow_up.setChecked(True)
            self.follow_up_due.setText(format_date(open_follow_up.due_date))
            select_data(self.follow_up_owner, open_follow_up.owner_id)
            self.follow_up_text.setText(open_follow_up.description)

    def _add_edit_actions(self, view: visits.VisitView) -> None:
        """An existing visit: its author (or a coordinator) edits or cancels it; its author deletes it on the
        day it was recorded. A cancelled visit is shown, not edited."""
        actor = self._context.actor
        if view.cancelled:
            self.banner.setText(
                self.tr("Visita annullata il %1 da %2: %3")
                .replace("%1", format_date(local_day(view.cancelled_at)))
                .replace("%2", view.cancelled_by_name)
                .replace("%3", view.cancel_reason)
            )
            self.banner.show()
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            return
        editable = visits.may_edit(actor, view.author_ids)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(editable)
        if editable:
            cancel = self.buttons.addButton(self.tr("Annulla la visita…"), QDialogButtonBox.ButtonRole.ActionRole)
            cancel.clicked.connect(self._on_cancel_visit_clicked)
        if visits.may_delete(actor, view.author_ids, view.created_at, today()):
            delete = self.buttons.addButton(self.tr("Elimina"), QDialogButtonBox.ButtonRole.DestructiveRole)
            delete.clicked.connect(self._on_delete_visit_clicked)

    def _on_cancel_visit_clicked(self) -> None:
        assert self._visit_id is not None
        reason, ok = QInputDialog.getText(self, self.tr("Annulla la visita"), self.tr("Motivo dell'annullamento:"))
        if not ok:
            return
        try:
            visits.cancel_visit(self._context.uow(), self._visit_id, reason)
        except ServiceError as refused:
            self.show_errors({"": refused.said})
            return
        self.mark_clean()
        self.accept()

    def _on_delete_visit_clicked(self) -> None:
        assert self._visit_id is not None
        answer = QMessageBox.question(self, self.tr("Elimina"), self.tr("Eliminare la visita registrata per errore?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            visits.delete_visit(self._context.uow(), self._visit_id)
        except ServiceError as refused:
            self.show_errors({"": refused.said})
            return
        self.mark_clean()
        self.accept()

    def _select_referral(self, service_id: uuid.UUID | None, partner_id: uuid.UUID | None) -> None:
        if service_id is not None:
            select_data(self.referral, _referral_key(CatalogueKind.REFERRAL_SERVICES, service_id))
        elif partner_id is not None:
            select_data(self.referral, _referral_key(CatalogueKind.PARTNERS, partner_id))
        else:
            select_data(self.referral, None)

    # --- saving ------------------------------------------------------------------------------------

    def _visit_form(self) -> VisitForm:
        errors: dict[str, Message | str] = {}
        try:
            started_at = parse_local_datetime(self.when.text())
        except DateError as error:
            errors["started_at"] = error.said
            started_at = now_utc()
        duration = self.duration.text().strip()
        if not duration.isdigit():
            errors["duration_minutes"] = self.tr("Scrivere i minuti come numero, per esempio 20.")
        follow_up: FollowUpForm | None = None
        if self.follow_up.isChecked():
            try:
                follow_up = FollowUpForm(
                    due_date=parse_date(self.follow_up_due.text()),
                    owner_id=self.follow_up_owner.currentData(),
                    description=self.follow_up_text.text(),
                )
            except DateError as error:
                errors["follow_up_due"] = error.said
        if self._mode == "person" and self._person is None:
            errors["search"] = self.tr(
                "Scegliere la persona (cercarla e premere Invio), oppure Alt+P per una persona nuova o Alt+A per un contatto anonimo."
            )
        if errors:
            raise ValidationFailed(errors)
        anonymous = self._mode == "anonymous"
        referral = _referral_of(self.referral.currentData())
        return VisitForm(
            office_code=self.office.currentData(),
            operator_id=self.operator.currentData(),
            started_at=started_at,
            duration_minutes=int(duration),
            channel=Channel(self.channel.currentData()),
            person_id=None if anonymous or self._person is None else self._person.id,
            household_id=None,
            anonymous_sex=self.anonymous_sex.currentData() if anonymous else None,
            anonymous_age_bracket=self.anonymous_age.currentData() if anonymous else None,
            topic_ids=tuple(self.topics.checked_ids()),
            interpreter_language=self.language.text(),
            notes=self.notes.toPlainText(),
            referral_service_id=referral.get(CatalogueKind.REFERRAL_SERVICES),
            referral_partner_id=referral.get(CatalogueKind.PARTNERS),
            referral_outcome=self.referral_outcome.text(),
            follow_up=follow_up,
        )

    def save(self, confirmed: bool) -> None:
        if self._mode == "new":
            self._save_new_person(confirmed)
        form = self._visit_form()
        if self._person is not None and self._person.privacy_notice_date is None and self._visit_id is None:
            answer = QMessageBox.question(
                self,
                self.tr("Informativa privacy"),
                self.tr("Questa persona non ha ancora ricevuto l'informativa privacy. Registrare che la riceve oggi?"),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self._record_privacy(self._person)
        if self._visit_id is None:
            self.saved_id = visits.record_visit(self._context.uow(), form)
            if self._appointment_id is not None:
                appointments.mark_attended(self._context.uow(), self._appointment_id, self.saved_id)
        else:
            visits.update_visit(self._context.uow(), self._visit_id, form)
            self.saved_id = self._visit_id
        if self._person is not None and self._visit_id is None and persons.needs_participant_data(self._context.reader(), self._person.id):
            from app.ui.registry.participant_dialog import ParticipantDialog

            ParticipantDialog(self._context, self._person.id, f"{self._person.surname} {self._person.name}", self).exec()

    def _save_new_person(self, confirmed: bool) -> None:
        """The new person is saved on its own first: if the visit is then refused, they are kept (and chosen)."""
        form = PersonForm(
            surname=self.new_surname.text(),
            name=self.new_name.text(),
            codice_fiscale=self.new_codice_fiscale.text(),
            phone=self.new_phone.text(),
        )
        try:
            person_id = persons.add_person(self._context.uow(), form, confirmed=confirmed)
        except ValidationFailed as refused:
            raise ValidationFailed({f"new_{name}": message for name, message in refused.field_messages.items()}) from None
        self._set_mode("person")
        self._choose(persons.person_hit(self._context.reader(), person_id))
