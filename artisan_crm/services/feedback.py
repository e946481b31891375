"""Complaints and what they taught: kept, searchable across clients, resolved.

A demanding client's criticism is a resource ("the silicone joint was not clean":
next time, tape the edges). ``list_feedback(search=...)`` finds it again, accent- and
case-insensitively, through the feedback text and the client's name.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session

from artisan_crm.domain.enums import ClientKind, FeedbackStatus
from artisan_crm.domain.errors import NotFoundError, ValidationError
from artisan_crm.domain.text import fold, search_terms
from artisan_crm.i18n import QT_TRANSLATE_NOOP, translate
from artisan_crm.services.clients import display_name_of
from artisan_crm.services.common import ensure_version
from artisan_crm.storage import models

#: Categories offered by the form (free text is accepted too), in English; the category
#: chosen is stored as shown, in the language of the interface at the time.
_FEEDBACK_CATEGORIES = (
    QT_TRANSLATE_NOOP("Feedback", "Quality of work"),
    QT_TRANSLATE_NOOP("Feedback", "Site cleanliness"),
    QT_TRANSLATE_NOOP("Feedback", "Delay"),
    QT_TRANSLATE_NOOP("Feedback", "Price / invoice"),
    QT_TRANSLATE_NOOP("Feedback", "Communication"),
    QT_TRANSLATE_NOOP("Feedback", "Behaviour"),
    QT_TRANSLATE_NOOP("Feedback", "Equipment"),
    QT_TRANSLATE_NOOP("Feedback", "Other"),
)


def feedback_categories() -> list[str]:
    """The categories the form offers, in the interface's language."""
    return [translate("Feedback", text) for text in _FEEDBACK_CATEGORIES]


# Accent-insensitive matching in SQL, the same on both backends without extensions:
# SQLite gets our own ``fold()`` as an SQL function on the connection (its lower()
# ignores non-ASCII letters); PostgreSQL folds with translate() (no unaccent needed).
# Feedback rows are few: a scan is fine.
_SQLITE_FOLD = "artisan_fold"
# The accented lower-case Latin-1 letters ("àáâ...ýÿ") and their plain letters ("aaa...yy").
_ACCENTED = "".join(
    c for c in map(chr, range(0xE0, 0x100)) if len(unicodedata.normalize("NFD", c)) > 1
)
_PLAIN = "".join(unicodedata.normalize("NFD", c)[0] for c in _ACCENTED)


def folded_sql(session: Session, expr: ColumnElement[str]) -> ColumnElement[str]:
    """``expr`` lower-cased without accents, as :func:`artisan_crm.domain.text.fold` does."""
    if session.get_bind().dialect.name == "sqlite":
        raw = session.connection().connection.dbapi_connection
        raw.create_function(_SQLITE_FOLD, 1, _fold_or_none, deterministic=True)  # type: ignore[union-attr]
        return getattr(func, _SQLITE_FOLD)(expr)
    lowered = func.translate(func.lower(expr), _ACCENTED, _PLAIN)
    return func.replace(func.replace(lowered, "œ", "oe"), "æ", "ae")


def _fold_or_none(value: str | None) -> str | None:
    return None if value is None else fold(value)


@dataclass(frozen=True)
class FeedbackDraft:
    client_id: int
    criticism: str
    category: str = ""
    received_on: date | None = None
    resolution: str = ""
    lesson_learned: str = ""
    led_to_improvement: bool = False
    interaction_id: int | None = None


@dataclass(frozen=True)
class FeedbackView:
    id: int
    version: int
    client_id: int
    client_name: str
    interaction_id: int | None
    received_on: date
    category: str
    criticism: str
    resolution: str
    lesson_learned: str
    status: FeedbackStatus
    led_to_improvement: bool

    @property
    def is_resolved(self) -> bool:
        return self.status == FeedbackStatus.RESOLVED


def _validate(draft: FeedbackDraft) -> None:
    errors: dict[str, str] = {}
    if not draft.criticism.strip():
        errors["criticism"] = translate("Feedback", "Describe what the client complained about.")
    if len(draft.category) > 60:
        errors["category"] = translate("Feedback", "The category is limited to 60 characters.")
    if draft.received_on is not None and draft.received_on > date.today():
        errors["received_on"] = translate(
            "Feedback", "The date of the complaint cannot be in the future."
        )
    if errors:
        raise ValidationError(errors)


def _select() -> Select[models.Feedback, ClientKind, str, str, str]:
    c = models.Client
    return select(models.Feedback, c.kind, c.first_name, c.last_name, c.company_name).join(
        c, c.id == models.Feedback.client_id
    )


def _to_view(row: models.Feedback, kind: str, first: str, last: str, company: str) -> FeedbackView:
    return FeedbackView(
        id=row.id,
        version=row.version,
        client_id=row.client_id,
        client_name=display_name_of(kind, first, last, company, row.client_id),
        interaction_id=row.interaction_id,
        received_on=row.received_on,
        category=row.category,
        criticism=row.criticism,
        resolution=row.resolution,
        lesson_learned=row.lesson_learned,
        status=FeedbackStatus(row.status),
        led_to_improvement=row.led_to_improvement,
    )


def _no_such_feedback(feedback_id: int) -> str:
    return translate("Feedback", "This complaint (no. {id}) does not exist (any more).").format(
        id=feedback_id
    )


def get_feedback(session: Session, feedback_id: int) -> FeedbackView:
    found = session.execute(_select().where(models.Feedback.id == feedback_id)).one_or_none()
    if found is None:
        raise NotFoundError(_no_such_feedback(feedback_id))
    return _to_view(*found)


def create_feedback(session: Session, draft: FeedbackDraft) -> FeedbackView:
    """Record a criticism received outside a logged contact (a review, a letter...)."""
    _validate(draft)
    if session.get(models.Client, draft.client_id) is None:
        raise NotFoundError(
            translate("Feedback", "Client no. {id} does not exist (any more).").format(
                id=draft.client_id
            )
        )
    resolved = bool(draft.resolution.strip())
    row = models.Feedback(
        client_id=draft.client_id,
        interaction_id=draft.interaction_id,
        received_on=draft.received_on or date.today(),
        category=draft.category.strip(),
        criticism=draft.criticism.strip(),
        resolution=draft.resolution.strip(),
        lesson_learned=draft.lesson_learned.strip(),
        led_to_improvement=draft.led_to_improvement,
        status=FeedbackStatus.RESOLVED if resolved else FeedbackStatus.OPEN,
    )
    session.add(row)
    session.flush()
    return get_feedback(session, row.id)


def _load(session: Session, feedback_id: int, expected_version: int | None) -> models.Feedback:
    row = session.get(models.Feedback, feedback_id)
    if row is None:
        raise NotFoundError(_no_such_feedback(feedback_id))
    ensure_version(row, expected_version, translate("Feedback", "This complaint"))
    return row


def update_feedback(
    session: Session,
    feedback_id: int,
    *,
    expected_version: int,
    criticism: str | None = None,
    category: str | None = None,
    received_on: date | None = None,
    resolution: str | None = None,
    lesson_learned: str | None = None,
    led_to_improvement: bool | None = None,
) -> FeedbackView:
    """Change the given fields only (None = unchanged)."""
    row = _load(session, feedback_id, expected_version)
    merged = FeedbackDraft(
        client_id=row.client_id,
        criticism=row.criticism if criticism is None else criticism,
        category=row.category if category is None else category,
        received_on=row.received_on if received_on is None else received_on,
        resolution=row.resolution if resolution is None else resolution,
        lesson_learned=row.lesson_learned if lesson_learned is None else lesson_learned,
        led_to_improvement=(
            row.led_to_improvement if led_to_improvement is None else led_to_improvement
        ),
    )
    _validate(merged)
    row.criticism = merged.criticism.strip()
    row.category = merged.category.strip()
    row.received_on = merged.received_on or row.received_on
    row.resolution = merged.resolution.strip()
    row.lesson_learned = merged.lesson_learned.strip()
    row.led_to_improvement = merged.led_to_improvement
    session.flush()
    return get_feedback(session, row.id)


def resolve_feedback(
    session: Session,
    feedback_id: int,
    *,
    resolution: str,
    lesson_learned: str = "",
    led_to_improvement: bool = False,
    expected_version: int | None = None,
) -> FeedbackView:
    """Close a complaint, saying how it was settled and what to do differently."""
    if not resolution.strip():
        raise ValidationError(
            {"resolution": translate("Feedback", "Say how the complaint was settled.")}
        )
    row = _load(session, feedback_id, expected_version)
    row.resolution = resolution.strip()
    if lesson_learned.strip():
        row.lesson_learned = lesson_learned.strip()
    row.led_to_improvement = led_to_improvement
    row.status = FeedbackStatus.RESOLVED
    session.flush()
    return get_feedback(session, row.id)


def reopen_feedback(
    session: Session, feedback_id: int, *, expected_version: int | None = None
) -> FeedbackView:
    row = _load(session, feedback_id, expected_version)
    row.status = FeedbackStatus.OPEN
    session.flush()
    return get_feedback(session, row.id)


def list_feedback(
    session: Session,
    *,
    search: str = "",
    client_id: int | None = None,
    status: FeedbackStatus | None = None,
    category: str | None = None,
    limit: int = 200,
    offset: int = 0,
) -> tuple[FeedbackView, ...]:
    """Feedback across clients, newest first; every word of ``search`` must appear in the
    criticism, category, resolution, lesson or the client's name (accents/case ignored)."""
    fb = models.Feedback
    stmt = _select()
    text = folded_sql(
        session, fb.criticism + " " + fb.category + " " + fb.resolution + " " + fb.lesson_learned
    )
    for term in search_terms(search):
        escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = f"%{escaped}%"
        stmt = stmt.where(
            or_(
                text.like(pattern, escape="\\"),
                models.Client.search_text.like(pattern, escape="\\"),
            )
        )
    if client_id is not None:
        stmt = stmt.where(fb.client_id == client_id)
    if status is not None:
        stmt = stmt.where(fb.status == status)
    if category:
        stmt = stmt.where(fb.category == category)
    stmt = stmt.order_by(fb.received_on.desc(), fb.id.desc()).limit(limit).offset(offset)
    return tuple(_to_view(*row) for row in session.execute(stmt))


__all__ = [
    "FeedbackDraft",
    "FeedbackView",
    "create_feedback",
    "feedback_categories",
    "folded_sql",
    "get_feedback",
    "list_feedback",
    "reopen_feedback",
    "resolve_feedback",
    "update_feedback",
]
