"""What services tell the caller when they refuse: always with Italian messages meant for the operator."""

from __future__ import annotations


class ServiceError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationFailed(ServiceError):
    """Some fields are wrong; ``errors`` maps each field name to what to fix. Nothing was saved."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(errors.values()))
        self.errors = errors


class NeedsConfirmation(ServiceError):
    """Nothing is wrong for sure, but a person should look first: call again with ``confirmed=True``."""

    def __init__(self, warnings: list[str]) -> None:
        super().__init__(" ".join(warnings))
        self.warnings = warnings


class PermissionDenied(ServiceError):
    pass


class NotFound(ServiceError):
    pass
