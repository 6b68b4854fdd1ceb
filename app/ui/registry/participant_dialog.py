"""The funder's participant data (DESIGN 2.6): a compact step after a person's first visit.

Every item may stay "non chiesto" and be completed later from the person's page; the sensitive ones
accept "preferisce non rispondere". Only counts ever leave the program (reports are aggregate).
"""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QWidget

from app.services.registry import persons
from app.services.registry.persons import ParticipantForm
from app.ui.context import DeskContext
from app.ui.forms import FormDialog, choice_box
from app.ui.labels import not_asked_label
from app.ui.text import label
from app.vocabulary import Answer, Education, LabourStatus


class ParticipantDialog(FormDialog):
    def __init__(self, context: DeskContext, person_id: uuid.UUID, person_name: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Dati per il finanziatore – %1").replace("%1", person_name), parent)
        self._context = context
        self._person_id = person_id
        current = persons.participant_profile(context.reader(), person_id) or ParticipantForm()
        self.add_intro(
            self.tr(
                "Domande chieste una volta sola per il programma europeo che finanzia il progetto; i dati "
                "servono solo per conteggi anonimi. Ogni voce si può lasciare «non chiesto» e completare più avanti."
            )
        )

        def choices(values: list[tuple[str, object]], value: object, name: str, label: str) -> None:
            self.add_field(name, label, choice_box([(not_asked_label(), None), *values], value, parent=self))

        choices([(label(s), s) for s in LabourStatus], current.labour_status, "labour_status", self.tr("Condizione lavorativa"))
        choices([(label(e), e) for e in Education], current.education, "education", self.tr("Titolo di studio"))
        yes_no = [(label(Answer.YES), Answer.YES), (label(Answer.NO), Answer.NO)]
        sensitive = [*yes_no, (label(Answer.PREFERS_NOT), Answer.PREFERS_NOT)]
        choices(yes_no, current.third_country_national, "third_country_national", self.tr("Cittadinanza di un paese extra UE"))
        choices(sensitive, current.foreign_background, "foreign_background", self.tr("Origine straniera"))
        choices(sensitive, current.minority, "minority", self.tr("Appartenenza a una minoranza (es. comunità rom)"))
        choices(sensitive, current.disability, "disability", self.tr("Disabilità"))
        choices(sensitive, current.homeless_or_excluded, "homeless_or_excluded", self.tr("Senza dimora o esclusione abitativa"))
        self.name_buttons(self.tr("Salva"), self.tr("Più tardi"))
        self.setMinimumWidth(560)
        self.mark_clean()

    def is_dirty(self) -> bool:
        return False  # "Più tardi" is a normal answer here, not a loss

    def save(self, confirmed: bool) -> None:
        def value(name: str) -> object:
            return self.field(name).currentData()  # type: ignore[attr-defined]

        persons.save_participant_profile(
            self._context.uow(),
            self._person_id,
            ParticipantForm(
                labour_status=value("labour_status"),
                education=value("education"),
                third_country_national=value("third_country_national"),
                foreign_background=value("foreign_background"),
                minority=value("minority"),
                disability=value("disability"),
                homeless_or_excluded=value("homeless_or_excluded"),
            ),
        )
