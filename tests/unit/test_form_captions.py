"""Under its field a refusal drops the field's name, which the caption already shows (app/ui/forms.py)."""

from __future__ import annotations

from app.ui.forms import without_caption


def test_the_field_name_is_dropped_under_its_own_caption() -> None:
    assert without_caption("Cognome: campo obbligatorio.", "Cognome") == "Campo obbligatorio."


def test_a_caption_with_an_alt_letter_is_still_recognised() -> None:
    assert without_caption("Data: la data 99/99/2026 non esiste nel calendario.", "&Data") == "La data 99/99/2026 non esiste nel calendario."
    assert without_caption("Date: the date does not exist.", "D&ate") == "The date does not exist."


def test_a_refusal_about_another_field_keeps_its_name() -> None:
    assert without_caption("Telefono: scrivere il numero completo.", "&Nome") == "Telefono: scrivere il numero completo."
    assert without_caption("Nessun nome", "Nome") == "Nessun nome"
