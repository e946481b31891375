"""Counts per entity, for `artisan-crm db stats`, support and the first-start check."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from artisan_crm.storage import models

COUNTED = {
    "clients": models.Client,
    "contacts": models.ClientContact,
    "addresses": models.ClientAddress,
    "interactions": models.Interaction,
    "feedback": models.Feedback,
    "quotes": models.Quote,
    "quote_lines": models.QuoteLine,
    "jobs": models.Job,
    "invoices": models.Invoice,
    "payments": models.Payment,
    "time_entries": models.TimeEntry,
    "appointments": models.Appointment,
    "reminders": models.Reminder,
    "catalog_items": models.CatalogItem,
}


def database_stats(session: Session) -> dict[str, int]:
    """Row counts per entity, in a stable order."""
    return {
        name: int(session.scalar(select(func.count()).select_from(model)) or 0)
        for name, model in COUNTED.items()
    }


def is_empty(session: Session) -> bool:
    """True when the user has no client yet (the first-start choice is offered)."""
    return session.scalar(select(models.Client.id).limit(1)) is None
