"""Group activities (issue 3, point 8): the activity with its sessions and partners, and who came to a session.

Sessions are typed one per line, as the desk writes them on paper: ``25/11/2026 18:00-20:00`` (the end may
be left out). A line keeps the stored session it came from while it is corrected, so moving a meeting to
another time keeps its attendance; a line taken off the list removes the session (the service asks first
when it had presences). The lines are put in date order when saving, so "Incontro 2" in a message is the
second line on screen.

Attendance (seed 004: network meetings of 15-35 people, many not in the registry) is the registered persons
present, found by name, plus a head count of the others. Each session keeps its own draft while the
operator moves between sessions, so switching session never loses what was entered.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from app.clock import ROME, today
from app.messages import Message, joined
from app.services.catalogues import CatalogueItemView, add_item, list_items
from app.services.dates import DateError, format_local_datetime, parse_local_datetime
from app.services.desk.activities import (
    MAX_OTHER_PARTICIPANTS,
    ActivityForm,
    ActivityView,
    SessionForm,
    activity_detail,
    create_activity,
    set_attendance,
    update_activity,
)
from app.services.errors import ServiceError, ValidationFailed
from app.services.local_time import local_day
from app.services.offices import list_offices
from app.services.registry.persons import PersonHit
from app.ui.context import DeskContext
from app.ui.forms import FormDialog, choice_box, line_edit, select_data
from app.ui.person_picker import PersonPicker
from app.ui.tables import ID_ROLE
from app.ui.text import say
from app.vocabulary import CatalogueKind

SESSION_LINE = re.compile(r"^(?P<day>\S+)\s+(?P<start>\d{1,2}[:.]\d{2})(?:\s*[-–]\s*(?P<end>\d{1,2}[:.]\d{2}))?$")
FIRST_SESSION_TIMES = "18:00-20:00"
"""A new activity starts with one session today at the usual evening time of a network meeting (seed 004)."""


class SessionLineError(ValueError):
    """The line is not ``gg/mm/aaaa hh:mm-hh:mm``; the dialog says how to write it."""


def read_session_line(text: str) -> tuple[datetime, datetime | None]:
    """``25/11/2026 18:00-20:00`` (Rome wall-clock time, end optional) -> aware start and end.

    Raises :class:`SessionLineError` when the shape is wrong, ``DateError`` (with its own message) when the
    shape is right but the date or time does not exist."""
    match = SESSION_LINE.match(" ".join(text.split()))
    if match is None:
        raise SessionLineError(text)
    day = match.group("day")
    starts_at = parse_local_datetime(f"{day} {match.group('start')}")
    end = match.group("end")
    return starts_at, parse_local_datetime(f"{day} {end}") if end else None


def session_line(starts_at: datetime, ends_at: datetime | None) -> str:
    start = format_local_datetime(starts_at)
    return f"{start}-{ends_at.astimezone(ROME):%H:%M}" if ends_at is not None else start


def following_session_line(starts_at: datetime, ends_at: datetime | None) -> str:
    """The same time a week later: courses and workshops meet weekly, so "add" proposes the next meeting.
    Arithmetic on Rome wall-clock time keeps 18:00 at 18:00 across a change of the clocks."""
    week = timedelta(days=7)
    return session_line(starts_at.astimezone(ROME) + week, ends_at.astimezone(ROME) + week if ends_at else None)


class RemovableList(QListWidget):
    """A list where Delete (Backspace on a Mac keyboard) takes the selected line off."""

    removed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentRow() >= 0:
            self.takeItem(self.currentRow())
            self.removed.emit()
            return
        super().keyPressEvent(event)


class SessionList(RemovableList):
    """One line per session, edited in place (F2, a double click, or typing over the selected line); Insert
    asks for one more. Each line carries the id of the stored session it shows (``None`` for a new one)."""

    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Insert:
            self.add_requested.emit()
            return
        super().keyPressEvent(event)

    def add_line(self, text: str, session_id: uuid.UUID | None = None) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, session_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.addItem(item)
        return item

    def lines(self) -> list[tuple[str, uuid.UUID | None]]:
        return [(self.item(row).text(), self.item(row).data(ID_ROLE)) for row in range(self.count())]

    def put_in_order(self, order: list[int]) -> None:
        """Rearranges the lines: ``order`` lists the current rows in their new order."""
        current = self.currentItem()
        items = [self.takeItem(0) for _ in range(self.count())]
        for row in order:
            self.addItem(items[row])
        if current is not None:
            self.setCurrentItem(current)


class PartnerList(QListWidget):
    """The partner organisations, each with a check box; Space ticks the selected one."""

    def add_partner(self, partner_id: uuid.UUID, text: str, contact: str, checked: bool) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, partner_id)
        item.setToolTip(contact)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.addItem(item)
        return item

    def checked_ids(self) -> list[uuid.UUID]:
        return [
            self.item(row).data(ID_ROLE) for row in range(self.count()) if self.item(row).checkState() == Qt.CheckState.Checked
        ]


class ActivityDialog(FormDialog):
    """A new activity (``activity_id`` is ``None``) or an existing one; ``saved_id`` holds it once saved."""

    _PARTNER_FIELDS = {"name": "partner_name", "kind_label": "partner_kind", "contact": "partner_contact"}
    """The catalogue service's field names for a new partner, and the fields of this form that show them."""

    def __init__(self, context: DeskContext, activity_id: uuid.UUID | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Nuova attività") if activity_id is None else self.tr("Modifica attività"), parent)
        self._context = context
        self._activity_id = activity_id
        self.saved_id: uuid.UUID | None = None
        self._clean_sessions: list[tuple[str, uuid.UUID | None]] = []
        reader = context.reader
        view = activity_detail(reader(), activity_id) if activity_id is not None else None

        what = self.add_column(self.tr("Attività"))
        types = [
            t
            for t in list_items(reader(), CatalogueKind.ACTIVITY_TYPES, include_retired=True)
            if not t.retired or (view and t.id == view.activity_type_id)
        ]
        choose = [(self.tr("scegliere…"), None)] if view is None else []
        self.activity_type = self.add_field(
            "activity_type_id",
            self.tr("Tipo"),
            choice_box(choose + [(t.name, t.id) for t in types], view.activity_type_id if view else None, parent=self),
            what,
        )
        title = line_edit(view.title if view else "", self.tr("es. Riunione della rete sociale di quartiere"), parent=self)
        self.activity_title = self.add_field("title", self.tr("Titolo"), title, what)
        place = line_edit(view.place if view else "", self.tr("es. Spazio Polaresco, via del Polaresco 15"), parent=self)
        self.place = self.add_field("place", self.tr("Luogo"), place, what)
        offices = [o for o in list_offices(reader(), include_inactive=True) if o.active or (view and o.code == view.office_code)]
        self.office = self.add_field(
            "office_code",
            self.tr("Sportello"),
            choice_box(
                [(self.tr("nessuno (attività cittadina)"), "")] + [(o.name, o.code) for o in offices],
                view.office_code if view else context.identity.office_code,
                parent=self,
            ),
            what,
        )
        organisers = line_edit(view.organisers if view else "", self.tr("chi la organizza e la conduce"), parent=self)
        self.organisers = self.add_field("organisers", self.tr("Organizzatori"), organisers, what)
        for box in (self.activity_type, self.office):  # as wide as the other fields, so that errors under them fit
            box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        notes = QPlainTextEdit(view.notes if view else "", self)  # grows to the height of the lists beside it
        notes.setTabChangesFocus(True)
        self.notes = self.add_field("notes", self.tr("Note"), notes, what)

        when, partners = self.add_stacked_column(self.tr("Incontri"), self.tr("Enti partner"))
        sessions_hint = QLabel(self.tr("Una riga per incontro: gg/mm/aaaa hh:mm-hh:mm\nF2 corregge, Ins aggiunge, Canc toglie."), self)
        self.sessions = self.add_field("sessions", self.tr("Quando"), SessionList(self), when, hint=sessions_hint)
        # two short lines of its own: wrapped, its height would depend on the width, which the dialog's
        # minimum size does not follow, and the new-partner fields below would be squeezed
        sessions_hint.setWordWrap(False)
        self.add_session_button = QPushButton(self.tr("Aggiungi incontro (Ins)"), self)
        self.remove_session_button = QPushButton(self.tr("Togli incontro (Canc)"), self)
        session_buttons = QHBoxLayout()
        session_buttons.addWidget(self.add_session_button)
        session_buttons.addWidget(self.remove_session_button)
        session_buttons.addStretch(1)
        when.addRow("", session_buttons)
        if view is None:
            self.sessions.add_line(f"{today():%d/%m/%Y} {FIRST_SESSION_TIMES}")
        else:
            for stored in view.sessions:
                self.sessions.add_line(session_line(stored.starts_at, stored.ends_at), stored.id)
        self.sessions.setCurrentRow(0)

        self.partners = self.add_field("partner_ids", self.tr("Partner"), PartnerList(self), partners)
        self._fill_partners(view)
        self.new_partner_button = QPushButton(self.tr("Nuovo ente…"), self)
        self.new_partner_button.setVisible(context.actor.is_coordinator)
        partners.addRow("", self.new_partner_button)
        self.new_partner_box = QGroupBox(self.tr("Nuovo ente nell'elenco"), self)
        new_form = QFormLayout(self.new_partner_box)
        self.partner_name = self.add_field("partner_name", self.tr("Nome"), line_edit(parent=self), new_form)
        self.partner_kind = self.add_field(
            "partner_kind", self.tr("Tipo"), line_edit(placeholder=self.tr("associazione, scuola, parrocchia…"), parent=self), new_form
        )
        self.partner_contact = self.add_field(
            "partner_contact", self.tr("Contatto"), line_edit(placeholder=self.tr("persona, telefono o e-mail"), parent=self), new_form
        )
        self.add_partner_button = QPushButton(self.tr("Aggiungi all'elenco"), self)
        new_form.addRow("", self.add_partner_button)
        self.new_partner_box.hide()
        partners.addRow(self.new_partner_box)

        self.name_buttons(self.tr("Salva (Ctrl+Invio)"), self.tr("Annulla"))
        self._save_shortcuts = [QShortcut(QKeySequence(keys), self) for keys in ("Ctrl+Return", "Ctrl+Enter")]
        self._connect_signals()
        self.resize(1000, 620)
        self.mark_clean()

    def _fill_partners(self, view: ActivityView | None) -> None:
        """The partners in use, plus the retired ones this activity already has (kept, and marked)."""
        chosen = {p.id for p in view.partners} if view else set()
        for partner in list_items(self._context.reader(), CatalogueKind.PARTNERS, include_retired=True):
            if partner.retired and partner.id not in chosen:
                continue
            self.partners.add_partner(partner.id, self._partner_text(partner), partner.contact, partner.id in chosen)

    def _partner_text(self, partner: CatalogueItemView) -> str:
        text = f"{partner.name} ({partner.kind_label})" if partner.kind_label else partner.name
        return text + " " + self.tr("– non più in uso") if partner.retired else text

    def _connect_signals(self) -> None:
        self.sessions.add_requested.connect(self._on_add_session_clicked)
        self.sessions.itemChanged.connect(lambda _item: self._clear_error("sessions"))
        self.sessions.removed.connect(lambda: self._clear_error("sessions"))
        self.add_session_button.clicked.connect(self._on_add_session_clicked)
        self.remove_session_button.clicked.connect(self._on_remove_session_clicked)
        self.new_partner_button.clicked.connect(self._on_new_partner_clicked)
        self.add_partner_button.clicked.connect(self._on_add_partner_clicked)
        for shortcut in self._save_shortcuts:
            shortcut.activated.connect(self.submit)

    # --- sessions ------------------------------------------------------------------------------------

    def _on_add_session_clicked(self) -> None:
        """A new line a week after the last readable one (or empty), opened for typing over it."""
        proposal = ""
        for text, _ in reversed(self.sessions.lines()):
            try:
                proposal = following_session_line(*read_session_line(text))
            except ValueError:
                continue
            break
        item = self.sessions.add_line(proposal)
        self.sessions.setCurrentItem(item)
        self.sessions.setFocus()
        self.sessions.editItem(item)

    def _on_remove_session_clicked(self) -> None:
        if self.sessions.currentRow() >= 0:
            self.sessions.takeItem(self.sessions.currentRow())
            self._clear_error("sessions")
        self.sessions.setFocus()

    def _session_forms(self) -> list[SessionForm]:
        """The lines read and put in date order; a line that cannot be read is named by its number."""
        read: list[tuple[datetime, datetime | None, uuid.UUID | None]] = []
        problems: list[str] = []
        for number, (text, session_id) in enumerate(self.sessions.lines(), start=1):
            try:
                starts_at, ends_at = read_session_line(text)
            except SessionLineError:
                problems.append(
                    self.tr("Incontro %1: «%2» non si legge; scrivere gg/mm/aaaa hh:mm-hh:mm, per esempio 25/11/2026 18:00-20:00.")
                    .replace("%1", str(number))
                    .replace("%2", text.strip())
                )
                continue
            except DateError as error:
                problems.append(self.tr("Incontro %1: %2").replace("%1", str(number)).replace("%2", say(error.said)))
                continue
            read.append((starts_at, ends_at, session_id))
        if problems:
            raise ValidationFailed({"sessions": "\n".join(problems)})
        order = sorted(range(len(read)), key=lambda row: read[row][0])
        self.sessions.put_in_order(order)
        return [SessionForm(read[row][0], read[row][1], read[row][2]) for row in order]

    # --- partners ------------------------------------------------------------------------------------

    def _on_new_partner_clicked(self) -> None:
        self.new_partner_box.setVisible(not self.new_partner_box.isVisible())
        if self.new_partner_box.isVisible():
            self.partner_name.setFocus()

    def _on_add_partner_clicked(self) -> None:
        """The organisation goes into the catalogue at once (coordinators only, checked by the service) and
        is ticked for this activity."""
        name, kind, contact = self.partner_name.text(), self.partner_kind.text(), self.partner_contact.text()
        try:
            partner_id = add_item(self._context.uow(), CatalogueKind.PARTNERS, name, kind_label=kind, contact=contact)
        except ValidationFailed as refused:
            self.show_errors({self._PARTNER_FIELDS.get(field, field): message for field, message in refused.field_messages.items()})
            return
        except ServiceError as refused:
            self.show_errors({"partner_name": refused.said})
            return
        added = next(p for p in list_items(self._context.reader(), CatalogueKind.PARTNERS) if p.id == partner_id)
        item = self.partners.add_partner(added.id, self._partner_text(added), added.contact, True)
        for edit in (self.partner_name, self.partner_kind, self.partner_contact):
            edit.clear()
        for name in self._PARTNER_FIELDS.values():
            self._clear_error(name)
        self.new_partner_box.hide()
        self.partners.setCurrentItem(item)
        self.partners.setFocus()

    # --- saving --------------------------------------------------------------------------------------

    def save(self, confirmed: bool) -> None:
        form = ActivityForm(
            activity_type_id=self.activity_type.currentData(),
            title=self.activity_title.text(),
            place=self.place.text(),
            office_code=self.office.currentData() or "",
            organisers=self.organisers.text(),
            partner_ids=self.partners.checked_ids(),
            notes=self.notes.toPlainText(),
            sessions=self._session_forms(),
        )
        try:
            if self._activity_id is None:
                self.saved_id = create_activity(self._context.uow(), form)
            else:
                update_activity(self._context.uow(), self._activity_id, form, confirmed=confirmed)
                self.saved_id = self._activity_id
        except ValidationFailed as refused:
            raise ValidationFailed(_sessions_under_their_list(refused.field_messages)) from None

    def mark_clean(self) -> None:
        super().mark_clean()
        self._clean_sessions = self.sessions.lines()

    def is_dirty(self) -> bool:
        """The session lines count too: the base form sees only how many lines there are, not their text."""
        return super().is_dirty() or self.sessions.lines() != self._clean_sessions

    # --- keyboard ------------------------------------------------------------------------------------

    def focus_chain(self) -> list[QWidget]:
        """The buttons that work on a list come right after it."""
        chain: list[QWidget] = []
        followers: dict[QWidget, list[QWidget]] = {
            self.sessions: [self.add_session_button, self.remove_session_button],
            self.partners: [self.new_partner_button],
            self.partner_contact: [self.add_partner_button],
        }
        for widget in super().focus_chain():
            chain += [widget, *followers.get(widget, [])]
        return chain

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Enter in the new-partner fields adds the partner: it must not save the whole activity."""
        new_partner = (self.partner_name, self.partner_kind, self.partner_contact)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focusWidget() in new_partner:
            self._on_add_partner_clicked()
            return
        super().keyPressEvent(event)


def _sessions_under_their_list(errors: Mapping[str, Message]) -> dict[str, Message]:
    """The service names each session's problem ``session_<n>``; on screen they all go under the list."""
    placed = {name: message for name, message in errors.items() if not name.startswith("session_")}
    per_session = [message for name, message in errors.items() if name.startswith("session_")]
    if per_session:
        above = [placed["sessions"]] if "sessions" in placed else []
        placed["sessions"] = joined([*above, *per_session], "\n")
    return placed


@dataclass
class _Draft:
    """One session's attendance as being entered: (person id, line shown) pairs and the head count."""

    present: list[tuple[uuid.UUID, str]]
    others: int

    def key(self) -> tuple[tuple[uuid.UUID, ...], int]:
        return tuple(person_id for person_id, _ in self.present), self.others


class AttendanceDialog(FormDialog):
    """Who came to a session: the session, the registered persons present, and how many others came."""

    def __init__(self, context: DeskContext, activity_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Presenze"), parent)
        self._context = context
        view = activity_detail(context.reader(), activity_id)
        self.setWindowTitle(self.tr("Presenze – %1").replace("%1", view.title))
        what = (f"<b>{escape(view.title)}</b>", escape(view.type_name), escape(view.place))
        intro = self.add_intro(" · ".join(part for part in what if part))
        intro.setTextFormat(Qt.TextFormat.RichText)
        self._drafts = {
            s.id: _Draft([(a.person_id, self._attendee_text(a.name, a.household_code)) for a in s.attendees], s.other_participants)
            for s in view.sessions
        }
        self._saved: dict[uuid.UUID, tuple[tuple[uuid.UUID, ...], int]] = {}
        """What is stored for each session (set by :meth:`mark_clean`), to tell which drafts changed."""
        self._shown: uuid.UUID | None = None
        held = [s for s in view.sessions if local_day(s.starts_at) <= today()]
        latest = (held or list(view.sessions))[-1]

        who = self.add_column(self.tr("Chi c'era"), stretch=3)
        self.session = self.add_field(
            "session",
            self.tr("Incontro"),
            choice_box([(session_line(s.starts_at, s.ends_at), s.id) for s in view.sessions], latest.id, parent=self),
            who,
        )
        self.session.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)  # room for its error
        self.picker = PersonPicker(
            context, self, empty_hint=self.tr("Nessuna persona trovata: chi non è registrato si conta tra gli altri partecipanti.")
        )
        self.picker.chosen.hide()
        self.feedback = QLabel(self.tr("Invio aggiunge la persona trovata ai presenti."), self)
        self.add_field("search", self.tr("Cerca"), self.picker, who, hint=self.feedback)

        present = self.add_column(self.tr("Presenti"), stretch=2)
        self.present = self.add_field(
            "person_ids",
            self.tr("Registrati"),
            RemovableList(self),
            present,
            hint=QLabel(self.tr("Canc toglie la persona scelta."), self),
        )
        self.present.setMinimumHeight(150)
        others = QSpinBox(self)
        others.setRange(0, MAX_OTHER_PARTICIPANTS)
        self.others = self.add_field("other_participants", self.tr("Altri, non registrati"), others, present)
        self.totals = QLabel(self)
        self.totals.setWordWrap(True)
        present.addRow(self.totals)

        self.name_buttons(self.tr("Salva (Ctrl+Invio)"), self.tr("Annulla"))
        self._save_shortcuts = [QShortcut(QKeySequence(keys), self) for keys in ("Ctrl+Return", "Ctrl+Enter")]
        self._connect_signals()
        self._show_draft(latest.id)
        self.resize(1060, 500)
        self.mark_clean()

    def _connect_signals(self) -> None:
        self.session.currentIndexChanged.connect(self._on_session_changed)
        self.picker.picked.connect(self._on_picker_picked)
        self.present.removed.connect(self._on_present_removed)
        self.others.valueChanged.connect(self._show_totals)
        for shortcut in self._save_shortcuts:
            shortcut.activated.connect(self.submit)

    def _attendee_text(self, name: str, household_code: str) -> str:
        return self.tr("%1 – nucleo %2").replace("%1", name).replace("%2", household_code) if household_code else name

    # --- drafts --------------------------------------------------------------------------------------

    def _keep_draft(self) -> None:
        if self._shown is None:
            return
        lines = [(self.present.item(row).data(ID_ROLE), self.present.item(row).text()) for row in range(self.present.count())]
        self._drafts[self._shown] = _Draft(lines, self.others.value())

    def _show_draft(self, session_id: uuid.UUID) -> None:
        draft = self._drafts[session_id]
        self._shown = session_id
        self.present.clear()
        for person_id, text in draft.present:
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, person_id)
            self.present.addItem(item)
        self.others.setValue(draft.others)
        self._show_totals()

    def _on_session_changed(self) -> None:
        self._keep_draft()
        self._show_draft(self.session.currentData())
        self.show_errors({})

    def _show_totals(self) -> None:
        registered, others = self.present.count(), self.others.value()
        self.totals.setText(
            self.tr("%1 registrati + %2 altri = %3 presenze a questo incontro.")
            .replace("%1", str(registered))
            .replace("%2", str(others))
            .replace("%3", str(registered + others))
        )

    # --- persons present -----------------------------------------------------------------------------

    def _on_picker_picked(self, hit: PersonHit | None) -> None:
        """The person found goes on the list (once), and the search is ready for the next name."""
        if hit is None:
            return
        rows = [row for row in range(self.present.count()) if self.present.item(row).data(ID_ROLE) == hit.id]
        if rows:
            self.present.setCurrentRow(rows[0])
            self.feedback.setText(self.tr("%1 è già tra i presenti.").replace("%1", hit.full_name))
        else:
            item = QListWidgetItem(self._attendee_text(hit.full_name, hit.household_code))
            item.setData(ID_ROLE, hit.id)
            self.present.addItem(item)
            self.present.setCurrentItem(item)
            self.feedback.setText(self.tr("Aggiunta ai presenti: %1.").replace("%1", hit.full_name))
            self._clear_error("person_ids")
            self._show_totals()
        self.picker.search.clear()
        self.picker.search.setFocus()

    def _on_present_removed(self) -> None:
        self._clear_error("person_ids")
        self._show_totals()

    # --- saving --------------------------------------------------------------------------------------

    def save(self, confirmed: bool) -> None:
        """Every session whose draft changed is saved; a refused one is brought on screen with its messages.
        Saving a session again is harmless (the service replaces its list), so a retry after a refusal is safe."""
        self._keep_draft()
        for session_id, draft in self._drafts.items():
            if draft.key() == self._saved[session_id]:
                continue
            try:
                set_attendance(self._context.uow(), session_id, [person_id for person_id, _ in draft.present], draft.others)
            except ServiceError:
                select_data(self.session, session_id)
                raise
            self._saved[session_id] = draft.key()

    def mark_clean(self) -> None:
        super().mark_clean()
        self._keep_draft()
        self._saved = {session_id: draft.key() for session_id, draft in self._drafts.items()}

    def is_dirty(self) -> bool:
        """Only the attendance counts: choosing another session is not a change."""
        self._keep_draft()
        return any(draft.key() != self._saved[session_id] for session_id, draft in self._drafts.items())

    def focus_chain(self) -> list[QWidget]:
        """The picker is two stops, its search and its results."""
        return [self.session, self.picker.search, self.picker.results, self.present, self.others]

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """The search has the focus: names are what the operator types first."""
        super().showEvent(event)
        self.picker.search.setFocus(Qt.FocusReason.TabFocusReason)
