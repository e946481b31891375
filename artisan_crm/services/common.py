"""Checks every use case shares."""

from __future__ import annotations

from typing import Protocol

from artisan_crm.domain.errors import ConflictError


class _Versioned(Protocol):
    version: int


def ensure_version(row: _Versioned, expected: int | None, what: str) -> None:
    """Refuse to change ``row`` when it moved on since the user loaded ``expected``
    (another workstation saved it); ``None`` means the caller did not load a version."""
    if expected is not None and row.version != expected:
        raise ConflictError(what)
