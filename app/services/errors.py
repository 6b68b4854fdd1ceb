"""What services tell the caller when they refuse, as messages (app/messages.py) the screens translate.

``message``, ``errors`` and ``warnings`` give the Italian text the command line prints and the log keeps;
the screens show ``said``, ``field_messages`` and ``warning_messages`` in the interface's language.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from app.messages import Message, joined


class ServiceError(Exception):
    def __init__(self, said: Message) -> None:
        super().__init__(str(said))
        self.said = said

    @property
    def message(self) -> str:
        return str(self.said)


class ValidationFailed(ServiceError):
    """Some fields are wrong; ``field_messages`` maps each field name to what to fix. Nothing was saved."""

    def __init__(self, errors: Mapping[str, Message]) -> None:
        self.field_messages = dict(errors)
        super().__init__(joined(self.field_messages.values(), "; "))

    @property
    def errors(self) -> dict[str, str]:
        return {name: str(said) for name, said in self.field_messages.items()}


class NeedsConfirmation(ServiceError):
    """Nothing is wrong for sure, but a person should look first: call again with ``confirmed=True``."""

    def __init__(self, warnings: Sequence[Message]) -> None:
        self.warning_messages = list(warnings)
        super().__init__(joined(self.warning_messages, " "))

    @property
    def warnings(self) -> list[str]:
        return [str(said) for said in self.warning_messages]


class PermissionDenied(ServiceError):
    pass


class NotFound(ServiceError):
    pass
