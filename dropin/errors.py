"""Errors a user can be shown. Every message is a whole, translated sentence."""

from __future__ import annotations


class DropinError(Exception):
    """Base for expected failures: the message is safe to show to the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.message


class ValidationError(DropinError):
    """Input that cannot be saved. ``field`` names the offending input, if any."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class PermissionDenied(DropinError):
    """The logged-in user's role does not allow this action."""


class NotFound(DropinError):
    """A record that was asked for does not exist (or is voided)."""


class Conflict(DropinError):
    """The action clashes with data already saved (double booking, duplicate, ...)."""


class WrongPassphrase(DropinError):
    """The database could not be opened with the given passphrase."""


class StorageError(DropinError):
    """The database file could not be written (disk full, read-only, locked)."""


class LoginFailed(DropinError):
    """Wrong user name or password, or the account is locked or disabled."""
