"""Errors a user can understand: each carries a French message ready to show.

Services and storage raise these; the UI shows ``str(error)`` in a dialog and
the CLI prints it on stderr. Nothing here knows about Qt.
"""

from __future__ import annotations


class UserFacingError(Exception):
    """Base class: ``str(exc)`` is a complete French sentence for the user."""

    #: process exit status used by the CLI for this kind of error
    exit_code = 1


class ValidationError(UserFacingError):
    """One or more fields are wrong. ``field_errors`` maps a field name to its message."""

    exit_code = 2

    def __init__(self, field_errors: dict[str, str]) -> None:
        self.field_errors = dict(field_errors)
        super().__init__(" ".join(self.field_errors.values()))


class NotFoundError(UserFacingError):
    exit_code = 3


class ConflictError(UserFacingError):
    """The record was modified on another workstation since it was read."""

    exit_code = 4

    def __init__(self, what: str = "Cet élément") -> None:
        super().__init__(
            f"{what} a été modifié sur un autre poste depuis son ouverture. "
            "Rechargez-le pour voir la version à jour ; vos modifications n'ont pas été enregistrées."
        )


class BusinessRuleError(UserFacingError):
    """An action the rules forbid (sending an empty quote, paying more than due...)."""

    exit_code = 5


class StorageError(UserFacingError):
    """Opening or using the database failed; the database file was left untouched."""

    exit_code = 10


class NotADatabaseError(StorageError):
    exit_code = 11


class DatabaseCorruptError(StorageError):
    exit_code = 12


class DatabaseTooNewError(StorageError):
    exit_code = 13


class DatabaseUnreachableError(StorageError):
    exit_code = 14


class DataDirError(StorageError):
    exit_code = 15
