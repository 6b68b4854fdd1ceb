"""Texts meant for a person, carried as a key and its values, so that each screen says them in its language.

Services cannot call Qt's ``tr``, and the command line and the printed documents speak Italian while the
interface may be English. So what a service says (a refusal, a warning, a proposal, a timeline title, a
label of the vocabulary) is a :class:`Message`: the Italian text with ``{name}`` fields, which is also
the key of its translation, and the values to put in them. ``str(message)`` is the Italian sentence; the
interface translates the text, and each value that is itself a message or a labelled value, through Qt
(``app/ui/text.py``).

Texts are written inside :func:`msg` calls as plain string literals: ``pyside6-lupdate`` collects them
(it is told that ``msg`` marks text as Qt's ``QT_TR_NOOP`` does), all in the one translation context
:data:`CONTEXT`; an f-string or a computed text would be collected wrongly, and a test refuses them.
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

CONTEXT = ""
"""The translation context of every message: lupdate files ``QT_TR_NOOP`` texts outside a Qt class there."""

Translate = Callable[[str], str]
"""From the Italian text of a message to the text to show (the identity for Italian)."""


@dataclass(frozen=True)
class Message:
    text: str
    """The Italian text, with ``{name}`` fields; also the key of its translation."""
    values: tuple[tuple[str, object], ...] = ()
    """What goes into the fields: text and numbers as they are; messages, and values with a ``label``
    message (the vocabulary's enums), translated too."""

    def fill(self, **values: object) -> Message:
        """The same message with values for its fields, added to those it already has: a message may be
        filled in steps (:func:`counted` fills ``{n}``, its caller the rest). A name that is not one of its
        fields is a mistake, refused at once; a field left without a value fails when it is rendered."""
        unknown = set(values) - _fields(self.text)
        if unknown:
            raise KeyError(f"{sorted(unknown)} are not fields of {self.text!r}")
        return Message(self.text, (*self.values, *values.items()))

    def render(self, translate: Translate) -> str:
        """The sentence with every text translated by ``translate``, its own and its values' alike."""
        if not self.values:
            return translate(self.text)
        return translate(self.text).format_map(_rendered(dict(self.values), translate))

    def __str__(self) -> str:
        return self.render(_italian)


class UnreadableText(ValueError):
    """What a person typed cannot be read as the value asked for; ``said`` tells what to type instead."""

    def __init__(self, said: Message) -> None:
        super().__init__(str(said))
        self.said = said


@dataclass(frozen=True)
class RecordedSentence:
    """A sentence the program itself writes into a record, beside what a person typed (the note that closes
    a cancelled visit's follow-ups, a cancelled receipt's note on its application). Records keep Italian
    text, as the audit trail does; read back, a text of this sentence's shape becomes its message again,
    so each screen says it in its language. Any other text (typed by a person, an older wording) reads as
    it was written."""

    message: Message

    def written(self, **values: str) -> str:
        """The Italian text to store."""
        return str(self.message.fill(**values))

    def read(self, text: str) -> Message | str:
        found = self._pattern.fullmatch(text)
        return self.message.fill(**found.groupdict()) if found else text

    @functools.cached_property
    def _pattern(self) -> re.Pattern[str]:
        pieces = re.split(r"\{(\w+)\}", self.message.text)
        parts = [re.escape(piece) if index % 2 == 0 else f"(?P<{piece}>.*)" for index, piece in enumerate(pieces)]
        return re.compile("".join(parts), re.DOTALL)


def msg(text: str) -> Message:
    """Marks ``text`` (a plain string literal) for translation; fill its fields with :meth:`Message.fill`."""
    return Message(text)


def joined(messages: Iterable[Message | str], separator: str) -> Message:
    """Several messages as one, each translated on its own (the joining text needs no translation); plain
    text among them (a name, a note as typed) stays as it is."""
    parts = list(messages)
    text = separator.join(f"{{part{index}}}" for index in range(len(parts)))
    return Message(text, tuple((f"part{index}", part) for index, part in enumerate(parts)))


def counted(number: int, one: Message, many: Message) -> Message:
    """``one`` or ``many``, whichever agrees with ``number``, its ``{n}`` field filled with the number in
    Italian digits (``12.345``). Two messages rather than Qt's ``%n`` forms: Italian is the source
    language, and each form gets its own translation."""
    return (one if number == 1 else many).fill(n=f"{number:,}".replace(",", "."))


def say_in_italian(value: object) -> str:
    """A message, a labelled value or plain text as the command line and the documents print it."""
    return render_value(value, _italian)


def render_value(value: object, translate: Translate) -> str:
    if isinstance(value, Message):
        return value.render(translate)
    label = getattr(value, "label", None)
    if isinstance(label, Message):
        return label.render(translate)
    return str(value)


def _rendered(values: Mapping[str, object], translate: Translate) -> dict[str, str]:
    return {name: render_value(value, translate) for name, value in values.items()}


def _fields(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


def _italian(text: str) -> str:
    return text
