"""The first run of a laptop: its desk, its site code and the first coordinator."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from app.config import LaptopIdentity, Paths
from app.services.errors import ValidationFailed
from app.services.first_run import FIRST_RUN, FirstRunForm, complete_first_run, needs_first_operator, propose_site_code
from app.services.offices import list_offices
from app.services.unit_of_work import Store, UnitOfWork
from app.ui.forms import FormDialog, choice_box, line_edit
from app.ui.labels import opening_label


class FirstRunDialog(FormDialog):
    """Which desk this laptop serves, its site code, and (on an empty database) the first coordinator."""

    def __init__(self, paths: Paths, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Primo avvio di Portierato"), parent)
        self._paths = paths
        self._store = store
        self.identity: LaptopIdentity | None = None
        self._needs_operator = needs_first_operator(store)
        self.add_intro(
            self.tr(
                "Benvenuti. Indicare lo sportello di questo computer e il suo codice postazione: il codice "
                "compare sulle ricevute e non si potrà cambiare. Un secondo computer dello stesso sportello "
                "usa un codice diverso (es. CEL2)."
            )
        )
        self.setMinimumWidth(560)
        offices = list_offices(UnitOfWork(store, FIRST_RUN, write=False))
        self.office = choice_box([(f"{o.name} ({o.code}) – {opening_label(o)}", o.code) for o in offices], parent=self)
        self.add_field("office_code", self.tr("Sportello"), self.office)
        self.site = line_edit(parent=self)
        self.site.setMaxLength(8)
        self.add_field("site_code", self.tr("Codice postazione"), self.site)
        self._proposed = ""
        self.office.currentIndexChanged.connect(self._on_office_current_index_changed)
        self._on_office_current_index_changed()
        if self._needs_operator:
            heading = QLabel(self.tr("<b>Primo coordinatore</b> (potrà poi aggiungere gli altri operatori)"), self)
            self.form.addRow(heading)
            self.username = line_edit(placeholder=self.tr("es. a.negro"), parent=self)
            self.add_field("username", self.tr("Nome utente"), self.username)
            self.full_name = line_edit(parent=self)
            self.add_field("full_name", self.tr("Nome e cognome"), self.full_name)
            self.password = line_edit(parent=self)
            self.password.setEchoMode(QLineEdit.EchoMode.Password)
            self.add_field("password", self.tr("Password"), self.password)
            self.repeat = line_edit(parent=self)
            self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
            self.add_field("repeat", self.tr("Ripetere la password"), self.repeat)
        self.name_buttons(self.tr("Inizia"), self.tr("Esci"))
        self.mark_clean()

    def _on_office_current_index_changed(self) -> None:
        if self.site.text() in ("", self._proposed):
            self._proposed = propose_site_code(self._store, self.office.currentData())
            self.site.setText(self._proposed)

    def save(self, confirmed: bool) -> None:
        if self._needs_operator and self.password.text() != self.repeat.text():
            raise ValidationFailed({"repeat": self.tr("Le due password non coincidono.")})
        self.identity = complete_first_run(
            self._paths,
            self._store,
            FirstRunForm(
                office_code=self.office.currentData(),
                site_code=self.site.text(),
                username=self.username.text() if self._needs_operator else "",
                full_name=self.full_name.text() if self._needs_operator else "",
                password=self.password.text() if self._needs_operator else "",
            ),
            confirmed=confirmed,
        )
