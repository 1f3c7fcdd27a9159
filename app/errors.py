"""Typed errors every layer raises for conditions a user can understand and fix.

The message is Vietnamese and ready to show: the command line prints it on one line, the window
shows it in a dialog. Anything that is *not* an `AppError` is a bug and goes to the crash log.
"""

from __future__ import annotations


class AppError(Exception):
    """A failure with a message meant for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InputError(AppError):
    """The user's input (a file, a date, a field) is not acceptable; nothing was changed."""


class NotFoundError(AppError):
    """The record asked for does not exist (any more)."""


class ConflictError(AppError):
    """Someone else changed the record since it was read (version mismatch), or a duplicate."""


class StorageError(AppError):
    """The database cannot be opened, read or written (corrupt, locked, foreign, too new, disk full)."""


class DatabaseBusyError(StorageError):
    """Another program holds the database's write lock longer than we wait."""


class PermissionDeniedError(AppError):
    """The acting user's role does not allow this write (`app.domain.roles`); nothing was changed."""
