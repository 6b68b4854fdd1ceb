"""Messages (app/messages.py): Italian by default, translated text and values alike, collected by lupdate."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from app.messages import Message, RecordedSentence, counted, joined, msg, say_in_italian
from app.vocabulary import PlanState, Sex

APP = Path(__file__).resolve().parents[2] / "app"
ENGLISH = {
    "Il piano è nello stato «{state}».": "The plan is «{state}».",
    "bozza": "draft",
    "{n} riga non valida": "{n} invalid row",
    "{n} righe non valide": "{n} invalid rows",
    "Cognome: campo obbligatorio.": "Surname: required.",
}


def english(text: str) -> str:
    return ENGLISH.get(text, text)


def test_a_message_reads_in_italian_and_renders_its_values_translated() -> None:
    said = msg("Il piano è nello stato «{state}».").fill(state=PlanState.DRAFT)

    assert str(said) == "Il piano è nello stato «bozza»."
    assert said.render(english) == "The plan is «draft»."


def test_a_message_refuses_values_it_has_no_field_for_and_fails_to_render_with_a_field_left_empty() -> None:
    with pytest.raises(KeyError, match="not fields"):
        msg("Nessun campo.").fill(extra=1)
    half = msg("{a} e {b}").fill(a=1)
    with pytest.raises(KeyError):
        str(half)
    assert str(half.fill(b=2)) == "1 e 2"


def test_a_counted_message_takes_its_other_values_afterwards() -> None:
    payments = counted(3, msg("Importato {n} pagamento ({total})"), msg("Importati {n} pagamenti ({total})"))

    assert str(payments.fill(total="12,00 €")) == "Importati 3 pagamenti (12,00 €)"


def test_a_message_without_values_is_its_text_even_with_braces_in_a_translation() -> None:
    assert msg("bozza").render(lambda _: "{not a field}") == "{not a field}"


def test_counted_agrees_with_the_number_in_italian_digits() -> None:
    one, many = msg("{n} riga non valida"), msg("{n} righe non valide")

    assert str(counted(1, one, many)) == "1 riga non valida"
    assert str(counted(12345, one, many)) == "12.345 righe non valide"
    assert counted(2, one, many).render(english) == "2 invalid rows"


def test_joined_messages_are_each_translated() -> None:
    both = joined([msg("Cognome: campo obbligatorio."), Message("Importo: 12,00 €")], "; ")

    assert str(both) == "Cognome: campo obbligatorio.; Importo: 12,00 €"
    assert both.render(english) == "Surname: required.; Importo: 12,00 €"


def test_plain_text_and_labelled_values_are_said_in_italian() -> None:
    assert say_in_italian(Sex.FEMALE) == "femmina"
    assert say_in_italian("Mazzà Giulia") == "Mazzà Giulia"
    assert say_in_italian(msg("bozza")) == "bozza"


def msg_calls(file: Path) -> list[ast.Call]:
    return [
        node
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "msg"
    ]


def test_every_message_is_a_single_plain_literal_that_lupdate_can_collect() -> None:
    """lupdate reads the first argument of ``msg(...)`` as written: an f-string would be collected with its
    braces and never found again, a second argument or a computed text not at all."""
    wrong = [
        f"{file.relative_to(APP.parent)}:{call.lineno}"
        for file in sorted(APP.rglob("*.py"))
        for call in msg_calls(file)
        if len(call.args) != 1 or call.keywords or not (isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str))
    ]
    assert wrong == []


def test_the_scan_sees_messages_where_they_are() -> None:
    assert len(msg_calls(APP / "vocabulary.py")) > 50


def test_a_recorded_sentence_is_stored_in_italian_and_read_back_as_its_message() -> None:
    closing = RecordedSentence(msg("Chiuso perché la visita è stata annullata: {reason}"))
    english = {"Chiuso perché la visita è stata annullata: {reason}": "Closed because the visit was cancelled: {reason}"}

    stored = closing.written(reason="persona sbagliata: ricontrollare")

    assert stored == "Chiuso perché la visita è stata annullata: persona sbagliata: ricontrollare"
    read = closing.read(stored)
    assert isinstance(read, Message)
    assert read.render(lambda text: english.get(text, text)) == "Closed because the visit was cancelled: persona sbagliata: ricontrollare"
    assert closing.read("Richiamato, tutto a posto") == "Richiamato, tutto a posto"
