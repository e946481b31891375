"""Errors a user can understand: each carries a message ready to show (translated).

Services and storage raise these; the UI shows ``str(error)`` in a dialog and
the CLI prints it on stderr. Nothing here knows about Qt.
"""

from __future__ import annotations

from artisan_crm.i18n import translate


class UserFacingError(Exception):
    """Base class: ``str(exc)`` is a complete sentence for the user, in the interface language."""

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

    def __init__(self, what: str | None = None) -> None:
        """``what``: the record, already translated ("The company settings"); default "This item"."""
        if what is None:
            what = translate("Errors", "This item")
        # Mid-sentence, and never the subject of a participle: French agrees it with the
        # noun (« Cette facture a été modifiée »), which one sentence cannot do for all.
        super().__init__(
            translate(
                "Errors",
                "Another workstation changed {what} in the meantime. Reload to see the "
                "current version; your changes were not saved.",
            ).format(what=what[:1].lower() + what[1:])
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
