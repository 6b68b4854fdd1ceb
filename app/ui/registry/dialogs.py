"""Create and edit forms of the registry: household (with its holder), person, ISEE, change of holder."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QWidget

from app.clock import today
from app.services.dates import DateError, format_date, parse_date
from app.services.errors import ValidationFailed
from app.services.offices import list_offices
from app.services.registry import households
from app.services.registry.codice_fiscale import InvalidCodiceFiscale, birth_date_from_code, parse_codice_fiscale
from app.services.registry.forms import HouseholdForm, IseeForm, PersonForm
from app.services.registry.households import MemberView
from app.services.registry.isee import isee_valid_until
from app.ui.context import DeskContext
from app.ui.forms import FormDialog, W, choice_box, line_edit, notes_edit
from app.ui.labels import amount_placeholder, date_placeholder, sap_area_choices, sex_choices
from app.ui.text import choices
from app.vocabulary import IseeKind


class PersonFields(QObject):
    """The person fields shared by the person form and the holder part of a new household.

    When a valid codice fiscale is typed, empty birth date and sex are filled from it: one less thing
    to type with the tenant waiting. A disagreement is left to the service's warning.
    """

    def __init__(self, dialog: FormDialog, form: PersonForm, *, prefix: str = "", layout: QFormLayout | None = None) -> None:
        super().__init__(dialog)

        def add(name: str, label: str, widget: W) -> W:
            return dialog.add_field(prefix + name, label, widget, layout)

        self.surname = add("surname", self.tr("Cognome"), line_edit(form.surname, parent=dialog))
        self.name = add("name", self.tr("Nome"), line_edit(form.name, parent=dialog))
        self.hint = QLabel()
        self.codice_fiscale = dialog.add_field(
            prefix + "codice_fiscale",
            self.tr("Codice fiscale"),
            line_edit(form.codice_fiscale, self.tr("vuoto se non disponibile: «CF da completare»"), parent=dialog),
            layout,
            hint=self.hint,
        )
        self.codice_fiscale.setMaxLength(20)
        self.birth_date = add("birth_date", self.tr("Data di nascita"), line_edit(form.birth_date, date_placeholder(), parent=dialog))
        self.sex = add("sex", self.tr("Sesso"), choice_box(sex_choices(), form.sex, parent=dialog))
        self.phone = add("phone", self.tr("Telefono"), line_edit(form.phone, parent=dialog))
        self.email = add("email", self.tr("E-mail"), line_edit(form.email, parent=dialog))
        self.language = add(
            "preferred_language",
            self.tr("Lingua preferita"),
            line_edit(form.preferred_language, self.tr("per la mediazione, es. arabo"), parent=dialog),
        )
        self._dialog = dialog
        self.codice_fiscale.textChanged.connect(self._on_codice_fiscale_text_changed)
        self._on_codice_fiscale_text_changed(self.codice_fiscale.text())

    def _on_codice_fiscale_text_changed(self, text: str) -> None:
        if not text.strip():
            self.hint.setText(self.tr("Senza codice fiscale la persona resta nell'elenco «Dati da completare»."))
            return
        try:
            parsed = parse_codice_fiscale(text)
        except InvalidCodiceFiscale:
            self.hint.setText(self.tr("Codice non valido: controllare i caratteri.") if len(text.strip()) >= 16 else "")
            return
        born = birth_date_from_code(parsed, today())
        self.hint.setText(self.tr("Codice valido: nata/o il %1").replace("%1", format_date(born)))
        if not self.birth_date.text().strip():
            self.birth_date.setText(format_date(born))
        if not self.sex.currentData():
            self.sex.setCurrentIndex(self.sex.findData(parsed.sex.value))

    def form(self, notes: str = "") -> PersonForm:
        return PersonForm(
            surname=self.surname.text(),
            name=self.name.text(),
            codice_fiscale=self.codice_fiscale.text(),
            birth_date=self.birth_date.text(),
            sex=self.sex.currentData() or "",
            phone=self.phone.text(),
            email=self.email.text(),
            preferred_language=self.language.text(),
            notes=notes,
        )


class HouseholdDialog(FormDialog):
    """New household with its holder (``household_id`` None), or the household's own data."""

    def __init__(self, context: DeskContext, household_id: uuid.UUID | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Nuovo nucleo") if household_id is None else self.tr("Modifica nucleo"), parent)
        self._context = context
        self._household_id = household_id
        self.saved_id: uuid.UUID | None = household_id
        current = (
            households.household_detail(context.reader(), household_id).form
            if household_id is not None
            else HouseholdForm(code="", street="", office_code=context.identity.office_code, centralised_heating=True)
        )
        left = self.add_column(self.tr("Nucleo e alloggio"))
        self.code = self.add_field("code", self.tr("Codice nucleo"), line_edit(current.code, self.tr("come nell'Anagrafe Utenza"), parent=self), left)
        self.street = self.add_field("street", self.tr("Indirizzo"), line_edit(current.street, self.tr("es. via Pizzo Tre Signori"), parent=self), left)
        self.house_number = self.add_field("house_number", self.tr("Civico"), line_edit(current.house_number, parent=self), left)
        self.staircase = self.add_field("staircase", self.tr("Scala"), line_edit(current.staircase, parent=self), left)
        self.floor = self.add_field("floor", self.tr("Piano"), line_edit(current.floor, parent=self), left)
        self.unit = self.add_field("unit", self.tr("Interno"), line_edit(current.unit, parent=self), left)
        self.neighbourhood = self.add_field("neighbourhood", self.tr("Quartiere"), line_edit(current.neighbourhood, parent=self), left)
        heating = QCheckBox(self.tr("riscaldamento centralizzato"), self)
        heating.setChecked(current.centralised_heating)
        self.heating = self.add_field("centralised_heating", self.tr("Riscaldamento"), heating, left)
        middle = self.add_column(self.tr("Assegnazione e situazione"))
        self.assignment_date = self.add_field("assignment_date", self.tr("Data di assegnazione"), line_edit(current.assignment_date, date_placeholder(), parent=self), middle)
        self.area = self.add_field("sap_area", self.tr("Area SAP"), choice_box(sap_area_choices(), current.sap_area, parent=self), middle)
        offices = list_offices(context.reader())
        self.office = self.add_field(
            "office_code",
            self.tr("Sportello di riferimento"),
            choice_box([(self.tr("nessuno"), "")] + [(o.name, o.code) for o in offices], current.office_code, parent=self),
            middle,
        )
        self.income = self.add_field("monthly_income", self.tr("Reddito mensile (€)"), line_edit(current.monthly_income, amount_placeholder(), parent=self), middle)
        arrears = QCheckBox(self.tr("nota all'ente gestore"), self)
        arrears.setChecked(current.arrears_known)
        self.arrears_known = self.add_field("arrears_known", self.tr("Morosità"), arrears, middle)
        self.arrears_amount = self.add_field("arrears_amount", self.tr("Importo morosità (€)"), line_edit(current.arrears_amount, self.tr("0 se in regola"), parent=self), middle)
        self.arrears_as_of = self.add_field("arrears_as_of", self.tr("Morosità alla data"), line_edit(current.arrears_as_of, date_placeholder(), parent=self), middle)
        self.notes = self.add_field("notes", self.tr("Note"), notes_edit(current.notes, parent=self), middle)
        self.holder: PersonFields | None = None
        if household_id is None:
            right = self.add_column(self.tr("Intestatario"))
            self.holder = PersonFields(self, PersonForm(surname="", name=""), prefix="holder_", layout=right)
        arrears.toggled.connect(self._on_arrears_known_toggled)
        self._on_arrears_known_toggled(arrears.isChecked())
        self.mark_clean()

    def _on_arrears_known_toggled(self, known: bool) -> None:
        self.arrears_amount.setEnabled(known)
        self.arrears_as_of.setEnabled(known)
        if known and not self.arrears_as_of.text():
            self.arrears_as_of.setText(format_date(today()))

    def household_form(self) -> HouseholdForm:
        def text(widget: QLineEdit) -> str:
            return widget.text()

        return HouseholdForm(
            code=text(self.code),
            street=text(self.street),
            house_number=text(self.house_number),
            staircase=text(self.staircase),
            floor=text(self.floor),
            unit=text(self.unit),
            neighbourhood=text(self.neighbourhood),
            centralised_heating=self.heating.isChecked(),
            assignment_date=text(self.assignment_date),
            sap_area=self.area.currentData() or "",
            monthly_income=text(self.income),
            arrears_known=self.arrears_known.isChecked(),
            arrears_amount=text(self.arrears_amount),
            arrears_as_of=text(self.arrears_as_of),
            office_code=self.office.currentData() or "",
            notes=self.notes.toPlainText(),
        )

    def save(self, confirmed: bool) -> None:
        if self.holder is not None:
            self.saved_id = households.create_household(
                self._context.uow(), self.household_form(), self.holder.form(), confirmed=confirmed
            )
        else:
            assert self._household_id is not None
            households.update_household(self._context.uow(), self._household_id, self.household_form())


class PersonDialog(FormDialog):
    """A new member of a household (``person_id`` None) or an existing person's data."""

    def __init__(
        self,
        context: DeskContext,
        *,
        household_id: uuid.UUID | None = None,
        person_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Nuovo componente") if person_id is None else self.tr("Modifica persona"), parent)
        self._context = context
        self._household_id = household_id
        self._person_id = person_id
        current = households.person_form(context.reader(), person_id) if person_id else PersonForm(surname="", name="")
        self.person = PersonFields(self, current)
        self.notes = self.add_field("notes", self.tr("Note"), notes_edit(current.notes, parent=self))
        self.setMinimumWidth(460)
        self.mark_clean()

    def save(self, confirmed: bool) -> None:
        form = self.person.form(self.notes.toPlainText())
        if self._person_id is None:
            assert self._household_id is not None
            households.add_member(self._context.uow(), self._household_id, form, confirmed=confirmed)
        else:
            households.update_person(self._context.uow(), self._person_id, form, confirmed=confirmed)


class IseeDialog(FormDialog):
    def __init__(
        self,
        context: DeskContext,
        *,
        household_id: uuid.UUID | None = None,
        attestation_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Nuova attestazione ISEE") if attestation_id is None else self.tr("Modifica attestazione ISEE"), parent)
        self._context = context
        self._household_id = household_id
        self._attestation_id = attestation_id
        current = (
            households.attestation_form(context.reader(), attestation_id)
            if attestation_id
            else IseeForm(kind=IseeKind.ORDINARIO.value, filing_date="", value="")
        )
        self.kind = self.add_field(
            "kind",
            self.tr("Tipo"),
            choice_box(choices(IseeKind), current.kind, parent=self),
        )
        self.protocol = self.add_field("protocol", self.tr("Protocollo INPS"), line_edit(current.protocol, "INPS-ISEE-2026-XXXXXXXXX-00", parent=self))
        self.filing_date = self.add_field("filing_date", self.tr("Data di presentazione"), line_edit(current.filing_date, date_placeholder(), parent=self))
        self.value = self.add_field("value", self.tr("Valore ISEE (€)"), line_edit(current.value, amount_placeholder(), parent=self))
        self.validity = QLabel(self)
        self.form.addRow(self.tr("Validità"), self.validity)
        self.kind.currentIndexChanged.connect(self._on_inputs_changed)
        self.filing_date.textChanged.connect(self._on_inputs_changed)
        self._on_inputs_changed()
        self.setMinimumWidth(440)
        self.mark_clean()

    def _on_inputs_changed(self) -> None:
        try:
            filed = parse_date(self.filing_date.text())
        except DateError:
            self.validity.setText(self.tr("si calcola dalla data di presentazione"))
            return
        until = isee_valid_until(IseeKind(self.kind.currentData()), filed)
        self.validity.setText(self.tr("valida fino al %1").replace("%1", format_date(until)))

    def _form(self) -> IseeForm:
        return IseeForm(
            kind=self.kind.currentData(),
            filing_date=self.filing_date.text(),
            value=self.value.text(),
            protocol=self.protocol.text(),
        )

    def save(self, confirmed: bool) -> None:
        if self._attestation_id is None:
            assert self._household_id is not None
            households.add_attestation(self._context.uow(), self._household_id, self._form(), confirmed=confirmed)
        else:
            households.update_attestation(self._context.uow(), self._attestation_id, self._form(), confirmed=confirmed)


class HolderChangeDialog(FormDialog):
    """Voltura: which member becomes holder, from when, why."""

    def __init__(self, context: DeskContext, household_id: uuid.UUID, members: list[MemberView], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Cambio di intestatario"), parent)
        self._context = context
        self._household_id = household_id
        self.member = self.add_field("new_holder", self.tr("Nuovo intestatario"), choice_box([(m.full_name, m.id) for m in members], parent=self))
        self.changed_on = self.add_field("changed_on", self.tr("Dal giorno"), line_edit(format_date(today()), date_placeholder(), parent=self))
        self.reason = self.add_field("reason", self.tr("Motivo"), line_edit(placeholder=self.tr("es. decesso, separazione"), parent=self))
        self.setMinimumWidth(420)
        self.mark_clean()

    def save(self, confirmed: bool) -> None:
        try:
            on: date = parse_date(self.changed_on.text())
        except DateError as error:
            raise ValidationFailed({"changed_on": error.said}) from None
        households.change_holder(
            self._context.uow(), self._household_id, self.member.currentData(), on, self.reason.text()
        )
