"""Logging a contact with a client in two clicks: call, visit, e-mail, SMS, meeting, note.

A contact flagged as a complaint also opens a :class:`models.Feedback` record (what
was criticised, to be resolved and learned from, see ``services/feedback.py``). A
contact can also log the time it took as a time entry (``log_time=True``), so that
the client's rating counts it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from artisan_crm.domain.enums import Direction, FeedbackStatus, InteractionChannel, TimeKind
from artisan_crm.domain.errors import NotFoundError, ValidationError
from artisan_crm.i18n import QT_TRANSLATE_NOOP, Labels, translate
from artisan_crm.services.common import ensure_version
from artisan_crm.storage import models
from artisan_crm.storage.database import record_change

CHANNEL_LABELS: Labels[InteractionChannel] = Labels(
    "Interactions",
    {
        InteractionChannel.CALL: QT_TRANSLATE_NOOP("Interactions", "Call"),
        InteractionChannel.VISIT: QT_TRANSLATE_NOOP("Interactions", "Visit"),
        InteractionChannel.EMAIL: QT_TRANSLATE_NOOP("Interactions", "E-mail"),
        InteractionChannel.SMS: QT_TRANSLATE_NOOP("Interactions", "SMS"),
        InteractionChannel.MEETING: QT_TRANSLATE_NOOP("Interactions", "Meeting"),
        InteractionChannel.NOTE: QT_TRANSLATE_NOOP("Interactions", "Note"),
    },
)

DIRECTION_LABELS: Labels[Direction] = Labels(
    "Interactions",
    {
        Direction.INBOUND: QT_TRANSLATE_NOOP("Interactions", "incoming"),
        Direction.OUTBOUND: QT_TRANSLATE_NOOP("Interactions", "outgoing"),
        Direction.NONE: "",
    },
)

# Whole titles, so that each language can agree its words ("Visite reçue" in French).
_TITLES: Labels[tuple[InteractionChannel, Direction]] = Labels(
    "Interactions",
    {
        (InteractionChannel.CALL, Direction.INBOUND): QT_TRANSLATE_NOOP(
            "Interactions", "Incoming call"
        ),
        (InteractionChannel.CALL, Direction.OUTBOUND): QT_TRANSLATE_NOOP(
            "Interactions", "Outgoing call"
        ),
        (InteractionChannel.VISIT, Direction.INBOUND): QT_TRANSLATE_NOOP(
            "Interactions", "Incoming visit"
        ),
        (InteractionChannel.VISIT, Direction.OUTBOUND): QT_TRANSLATE_NOOP(
            "Interactions", "Outgoing visit"
        ),
        (InteractionChannel.EMAIL, Direction.INBOUND): QT_TRANSLATE_NOOP(
            "Interactions", "Incoming e-mail"
        ),
        (InteractionChannel.EMAIL, Direction.OUTBOUND): QT_TRANSLATE_NOOP(
            "Interactions", "Outgoing e-mail"
        ),
        (InteractionChannel.SMS, Direction.INBOUND): QT_TRANSLATE_NOOP(
            "Interactions", "Incoming SMS"
        ),
        (InteractionChannel.SMS, Direction.OUTBOUND): QT_TRANSLATE_NOOP(
            "Interactions", "Outgoing SMS"
        ),
        (InteractionChannel.MEETING, Direction.INBOUND): QT_TRANSLATE_NOOP(
            "Interactions", "Incoming meeting"
        ),
        (InteractionChannel.MEETING, Direction.OUTBOUND): QT_TRANSLATE_NOOP(
            "Interactions", "Outgoing meeting"
        ),
        (InteractionChannel.NOTE, Direction.INBOUND): QT_TRANSLATE_NOOP(
            "Interactions", "Incoming note"
        ),
        (InteractionChannel.NOTE, Direction.OUTBOUND): QT_TRANSLATE_NOOP(
            "Interactions", "Outgoing note"
        ),
    },
)


def interaction_title(channel: InteractionChannel, direction: Direction) -> str:
    """ "Incoming call", "Outgoing visit", "SMS" ("Appel reçu", "Visite émise", "SMS")."""
    key = (InteractionChannel(channel), Direction(direction))
    if key in _TITLES:
        return _TITLES[key]
    return CHANNEL_LABELS[key[0]]


#: The kind of time a contact costs, when it is also logged as a time entry.
CHANNEL_TIME_KIND: dict[InteractionChannel, TimeKind] = {
    InteractionChannel.CALL: TimeKind.PHONE,
    InteractionChannel.SMS: TimeKind.PHONE,
    InteractionChannel.EMAIL: TimeKind.ADMIN,
    InteractionChannel.NOTE: TimeKind.ADMIN,
    InteractionChannel.VISIT: TimeKind.ON_SITE,
    InteractionChannel.MEETING: TimeKind.ON_SITE,
}

MAX_MINUTES = 24 * 60
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class InteractionDraft:
    """What the "log a contact" form holds; only ``client_id`` and ``channel`` are needed."""

    client_id: int
    channel: InteractionChannel = InteractionChannel.CALL
    direction: Direction = Direction.NONE
    summary: str = ""
    minutes: int = 0
    #: None = now
    occurred_at: datetime | None = None
    is_complaint: bool = False
    is_discount_request: bool = False
    is_change_request: bool = False
    #: category of the complaint (feedback), when ``is_complaint``
    complaint_category: str = ""
    #: also record ``minutes`` as a (non-billable) time entry
    log_time: bool = False


@dataclass(frozen=True)
class InteractionView:
    id: int
    version: int
    client_id: int
    occurred_at: datetime
    channel: InteractionChannel
    direction: Direction
    summary: str
    minutes: int
    is_complaint: bool
    is_discount_request: bool
    is_change_request: bool
    #: the feedback opened by this contact (complaints), if any
    feedback_id: int | None = None
    #: the time entry logged with this contact, if any
    time_entry_id: int | None = None

    @property
    def title(self) -> str:
        return interaction_title(self.channel, self.direction)


def _now() -> datetime:
    return datetime.now(UTC)


def validate_interaction(draft: InteractionDraft, *, now: datetime | None = None) -> datetime:
    """Check a draft (a message per field); returns the moment, defaulted to now."""
    now = now or _now()
    errors: dict[str, str] = {}
    occurred = draft.occurred_at or now
    if occurred.tzinfo is None:
        errors["occurred_at"] = translate(
            "Interactions", "The date of the contact must include a time zone."
        )
    elif occurred < EARLIEST:
        errors["occurred_at"] = translate(
            "Interactions", "The date of the contact is too far back (before 2000)."
        )
    elif occurred > now + timedelta(days=1):
        errors["occurred_at"] = translate(
            "Interactions", "A contact cannot be dated in the future."
        )
    if draft.minutes < 0:
        errors["minutes"] = translate("Interactions", "The duration cannot be negative.")
    elif draft.minutes > MAX_MINUTES:
        errors["minutes"] = translate("Interactions", "A contact cannot last more than 24 hours.")
    if draft.log_time and draft.minutes <= 0:
        errors["minutes"] = translate(
            "Interactions", "Enter the duration to add it to the time spent."
        )
    if draft.channel == InteractionChannel.NOTE and not draft.summary.strip():
        errors["summary"] = translate("Interactions", "A note cannot be empty.")
    if draft.is_complaint and not draft.summary.strip():
        errors["summary"] = translate(
            "Interactions", "Describe the complaint: what the client complained about."
        )
    if errors:
        raise ValidationError(errors)
    return occurred


def _client_exists(session: Session, client_id: int) -> None:
    if session.scalar(select(models.Client.id).where(models.Client.id == client_id)) is None:
        raise NotFoundError(
            translate("Interactions", "Client no. {id} does not exist (any more).").format(
                id=client_id
            )
        )


def _to_view(
    row: models.Interaction, feedback_id: int | None = None, time_entry_id: int | None = None
) -> InteractionView:
    return InteractionView(
        id=row.id,
        version=row.version,
        client_id=row.client_id,
        occurred_at=row.occurred_at,
        channel=InteractionChannel(row.channel),
        direction=Direction(row.direction),
        summary=row.summary,
        minutes=row.minutes,
        is_complaint=row.is_complaint,
        is_discount_request=row.is_discount_request,
        is_change_request=row.is_change_request,
        feedback_id=feedback_id,
        time_entry_id=time_entry_id,
    )


def log_interaction(
    session: Session, draft: InteractionDraft, *, now: datetime | None = None
) -> InteractionView:
    """Record a contact; a complaint opens a feedback record, ``log_time`` a time entry."""
    occurred = validate_interaction(draft, now=now)
    _client_exists(session, draft.client_id)
    row = models.Interaction(
        client_id=draft.client_id,
        occurred_at=occurred,
        channel=draft.channel,
        direction=draft.direction,
        summary=draft.summary.strip(),
        minutes=draft.minutes,
        is_complaint=draft.is_complaint,
        is_discount_request=draft.is_discount_request,
        is_change_request=draft.is_change_request,
    )
    session.add(row)
    session.flush()
    feedback_id = None
    if draft.is_complaint:
        feedback = models.Feedback(
            client_id=draft.client_id,
            interaction_id=row.id,
            received_on=occurred.astimezone().date(),
            category=draft.complaint_category.strip(),
            criticism=draft.summary.strip(),
            status=FeedbackStatus.OPEN,
        )
        session.add(feedback)
        session.flush()
        feedback_id = feedback.id
    time_entry_id = None
    if draft.log_time:
        kind = TimeKind.COMPLAINT if draft.is_complaint else CHANNEL_TIME_KIND[draft.channel]
        entry = models.TimeEntry(
            client_id=draft.client_id,
            work_date=occurred.astimezone().date(),
            minutes=draft.minutes,
            kind=kind,
            billable=False,
            note=translate("Interactions", "{channel}: {summary}").format(
                channel=CHANNEL_LABELS[draft.channel], summary=draft.summary.strip()
            )[:300],
        )
        session.add(entry)
        session.flush()
        time_entry_id = entry.id
    return _to_view(row, feedback_id, time_entry_id)


def _load(session: Session, interaction_id: int) -> models.Interaction:
    row = session.get(models.Interaction, interaction_id)
    if row is None:
        raise NotFoundError(
            translate("Interactions", "This contact (no. {id}) does not exist (any more).").format(
                id=interaction_id
            )
        )
    return row


def update_interaction(
    session: Session,
    interaction_id: int,
    draft: InteractionDraft,
    *,
    expected_version: int,
    now: datetime | None = None,
) -> InteractionView:
    """Correct a logged contact. Turning it into a complaint opens a feedback record;
    an existing feedback is kept when the flag is removed (it may hold lessons)."""
    row = _load(session, interaction_id)
    ensure_version(row, expected_version, translate("Interactions", "This contact"))
    occurred = validate_interaction(
        InteractionDraft(**{**draft.__dict__, "log_time": False}), now=now
    )
    row.occurred_at = occurred
    row.channel = draft.channel
    row.direction = draft.direction
    row.summary = draft.summary.strip()
    row.minutes = draft.minutes
    row.is_discount_request = draft.is_discount_request
    row.is_change_request = draft.is_change_request
    feedback_id = session.scalar(
        select(models.Feedback.id).where(models.Feedback.interaction_id == row.id)
    )
    if draft.is_complaint and not row.is_complaint and feedback_id is None:
        feedback = models.Feedback(
            client_id=row.client_id,
            interaction_id=row.id,
            received_on=occurred.astimezone().date(),
            category=draft.complaint_category.strip(),
            criticism=row.summary,
        )
        session.add(feedback)
        session.flush()
        feedback_id = feedback.id
    row.is_complaint = draft.is_complaint
    session.flush()
    return _to_view(row, feedback_id)


def delete_interaction(
    session: Session, interaction_id: int, *, expected_version: int | None = None
) -> None:
    """Remove a contact logged by mistake (its feedback, if any, stays: SET NULL)."""
    row = _load(session, interaction_id)
    ensure_version(row, expected_version, translate("Interactions", "This contact"))
    session.execute(delete(models.Interaction).where(models.Interaction.id == interaction_id))
    record_change(session, "interaction", interaction_id)
    session.expunge(row)


def list_interactions(
    session: Session,
    client_id: int,
    *,
    since: date | None = None,
    limit: int = 200,
) -> tuple[InteractionView, ...]:
    """A client's contacts, newest first."""
    it = models.Interaction
    stmt = select(it).where(it.client_id == client_id)
    if since is not None:
        stmt = stmt.where(
            it.occurred_at >= datetime(since.year, since.month, since.day, tzinfo=UTC)
        )
    stmt = stmt.order_by(it.occurred_at.desc(), it.id.desc()).limit(limit)
    rows = list(session.scalars(stmt))
    feedback: dict[int | None, int] = {
        interaction_id: feedback_id
        for interaction_id, feedback_id in session.execute(
            select(models.Feedback.interaction_id, models.Feedback.id).where(
                models.Feedback.interaction_id.in_([r.id for r in rows])
            )
        )
    }
    return tuple(_to_view(r, feedback.get(r.id)) for r in rows)


__all__ = [
    "CHANNEL_LABELS",
    "CHANNEL_TIME_KIND",
    "DIRECTION_LABELS",
    "InteractionDraft",
    "InteractionView",
    "delete_interaction",
    "interaction_title",
    "list_interactions",
    "log_interaction",
    "update_interaction",
    "validate_interaction",
]
