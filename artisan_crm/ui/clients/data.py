"""Reads the Clients UI needs that no service offers yet (run on the worker only)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from artisan_crm.storage import models


def tag_names(session: Session) -> tuple[str, ...]:
    """Every tag in use, alphabetical (for the list's tag filter)."""
    used = select(models.client_tag.c.tag_id).distinct()
    stmt = select(models.Tag.name).where(models.Tag.id.in_(used)).order_by(models.Tag.name)
    return tuple(session.scalars(stmt))


def client_count(session: Session) -> int:
    from sqlalchemy import func

    return int(session.scalar(select(func.count(models.Client.id))) or 0)
