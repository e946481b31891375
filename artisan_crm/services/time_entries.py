"""Time spent per client (optionally on a job or a quote): what the rating counts.

Every minute counts, billable or not: quote preparation, travel, phone calls and
chasing payments are where a "vampire" client's cost hides (DESIGN.md §6).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from artisan_crm.domain.enums import TimeKind
from artisan_crm.domain.errors import NotFoundError, ValidationError
from artisan_crm.i18n import QT_TRANSLATE_NOOP, Labels, format_date, language, translate
from artisan_crm.services.common import ensure_version
from artisan_crm.storage import models
from artisan_crm.storage.database import record_change

TIME_KIND_LABELS: Labels[TimeKind] = Labels(
    "TimeEntries",
    {
        TimeKind.ON_SITE: QT_TRANSLATE_NOOP("TimeEntries", "On-site work"),
        TimeKind.TRAVEL: QT_TRANSLATE_NOOP("TimeEntries", "Travel"),
        TimeKind.PHONE: QT_TRANSLATE_NOOP("TimeEntries", "Phone"),
        TimeKind.QUOTE_PREPARATION: QT_TRANSLATE_NOOP("TimeEntries", "Quote preparation"),
        TimeKind.ADMIN: QT_TRANSLATE_NOOP("TimeEntries", "Paperwork"),
        TimeKind.AFTER_SALES: QT_TRANSLATE_NOOP("TimeEntries", "After-sales service"),
        TimeKind.COMPLAINT: QT_TRANSLATE_NOOP("TimeEntries", "Complaint handling"),
        TimeKind.PAYMENT_CHASING: QT_TRANSLATE_NOOP("TimeEntries", "Payment chasing"),
    },
)

#: Usually billable or not, the form's default when the kind is chosen.
DEFAULT_BILLABLE: dict[TimeKind, bool] = {
    TimeKind.ON_SITE: True,
    TimeKind.TRAVEL: True,
    TimeKind.PHONE: False,
    TimeKind.QUOTE_PREPARATION: False,
    TimeKind.ADMIN: False,
    TimeKind.AFTER_SALES: False,
    TimeKind.COMPLAINT: False,
    TimeKind.PAYMENT_CHASING: False,
}

#: One entry is one day at most.
MAX_MINUTES = 24 * 60
EARLIEST_DATE = date(2000, 1, 1)
#: Planned work can be logged ahead, but not years ahead (a typo in the year).
MAX_DAYS_AHEAD = 366


def format_minutes(minutes: int) -> str:
    """``95 -> "1 h 35"``, ``45 -> "45 min"``, ``120 -> "2 h"`` (French);
    ``95 -> "1 h 35 min"`` in English (the same otherwise)."""
    hours, rest = divmod(int(minutes), 60)
    if not hours:
        return f"{rest} min"
    if not rest:
        return f"{hours} h"
    if language() == "en":
        return f"{hours} h {rest:02d} min"
    return f"{hours} h {rest:02d}"


@dataclass(frozen=True)
class TimeEntryDraft:
    client_id: int
    work_date: date
    minutes: int
    kind: TimeKind
    billable: bool = True
    job_id: int | None = None
    quote_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class TimeEntryView:
    id: int
    version: int
    client_id: int
    work_date: date
    minutes: int
    kind: TimeKind
    billable: bool
    job_id: int | None
    quote_id: int | None
    note: str

    @property
    def kind_label(self) -> str:
        return TIME_KIND_LABELS[self.kind]

    @property
    def duration(self) -> str:
        return format_minutes(self.minutes)


@dataclass(frozen=True)
class TimeSummary:
    """Sums over a list of entries (computed in SQL)."""

    minutes: int
    billable_minutes: int
    by_kind: tuple[tuple[TimeKind, int], ...]

    @property
    def non_billable_minutes(self) -> int:
        return self.minutes - self.billable_minutes


def validate_time_entry(
    session: Session, draft: TimeEntryDraft, *, today: date | None = None
) -> None:
    """A message per wrong field; the job/quote must belong to the same client."""
    today = today or date.today()
    errors: dict[str, str] = {}
    if not isinstance(draft.minutes, int) or draft.minutes <= 0:
        errors["minutes"] = translate("TimeEntries", "Enter a positive duration (in minutes).")
    elif draft.minutes > MAX_MINUTES:
        errors["minutes"] = translate(
            "TimeEntries", "An entry cannot exceed 24 hours: split it by day."
        )
    if draft.work_date < EARLIEST_DATE:
        errors["work_date"] = translate("TimeEntries", "The date {date} is too far back.").format(
            date=format_date(draft.work_date)
        )
    elif draft.work_date > today + timedelta(days=MAX_DAYS_AHEAD):
        errors["work_date"] = translate(
            "TimeEntries", "The date {date} is more than a year ahead: check the year."
        ).format(date=format_date(draft.work_date))
    try:
        TimeKind(draft.kind)
    except ValueError:
        errors["kind"] = translate("TimeEntries", "Choose the kind of time spent.")
    if len(draft.note) > 300:
        errors["note"] = translate("TimeEntries", "The note is limited to 300 characters.")
    if session.scalar(select(models.Client.id).where(models.Client.id == draft.client_id)) is None:
        raise NotFoundError(
            translate("TimeEntries", "Client no. {id} does not exist (any more).").format(
                id=draft.client_id
            )
        )
    if draft.job_id is not None:
        owner = session.scalar(select(models.Job.client_id).where(models.Job.id == draft.job_id))
        if owner is None:
            errors["job_id"] = translate("TimeEntries", "This job does not exist (any more).")
        elif owner != draft.client_id:
            errors["job_id"] = translate("TimeEntries", "This job belongs to another client.")
    if draft.quote_id is not None:
        owner = session.scalar(
            select(models.Quote.client_id).where(models.Quote.id == draft.quote_id)
        )
        if owner is None:
            errors["quote_id"] = translate("TimeEntries", "This quote does not exist (any more).")
        elif owner != draft.client_id:
            errors["quote_id"] = translate("TimeEntries", "This quote belongs to another client.")
    if errors:
        raise ValidationError(errors)


def _to_view(row: models.TimeEntry) -> TimeEntryView:
    return TimeEntryView(
        id=row.id,
        version=row.version,
        client_id=row.client_id,
        work_date=row.work_date,
        minutes=row.minutes,
        kind=TimeKind(row.kind),
        billable=row.billable,
        job_id=row.job_id,
        quote_id=row.quote_id,
        note=row.note,
    )


def _apply(row: models.TimeEntry, draft: TimeEntryDraft) -> None:
    row.client_id = draft.client_id
    row.work_date = draft.work_date
    row.minutes = draft.minutes
    row.kind = TimeKind(draft.kind)
    row.billable = draft.billable
    row.job_id = draft.job_id
    row.quote_id = draft.quote_id
    row.note = draft.note.strip()


def create_time_entry(
    session: Session, draft: TimeEntryDraft, *, today: date | None = None
) -> TimeEntryView:
    validate_time_entry(session, draft, today=today)
    row = models.TimeEntry()
    _apply(row, draft)
    session.add(row)
    session.flush()
    return _to_view(row)


def _load(session: Session, entry_id: int) -> models.TimeEntry:
    row = session.get(models.TimeEntry, entry_id)
    if row is None:
        raise NotFoundError(
            translate(
                "TimeEntries", "This time entry (no. {id}) does not exist (any more)."
            ).format(id=entry_id)
        )
    return row


def get_time_entry(session: Session, entry_id: int) -> TimeEntryView:
    return _to_view(_load(session, entry_id))


def update_time_entry(
    session: Session,
    entry_id: int,
    draft: TimeEntryDraft,
    *,
    expected_version: int,
    today: date | None = None,
) -> TimeEntryView:
    row = _load(session, entry_id)
    ensure_version(row, expected_version, translate("TimeEntries", "This time entry"))
    validate_time_entry(session, draft, today=today)
    _apply(row, draft)
    session.flush()
    return _to_view(row)


def delete_time_entry(
    session: Session, entry_id: int, *, expected_version: int | None = None
) -> None:
    row = _load(session, entry_id)
    ensure_version(row, expected_version, translate("TimeEntries", "This time entry"))
    session.expunge(row)
    session.execute(delete(models.TimeEntry).where(models.TimeEntry.id == entry_id))
    record_change(session, "time_entry", entry_id)


def _filters(
    client_id: int | None,
    job_id: int | None,
    quote_id: int | None,
    date_from: date | None,
    date_to: date | None,
    kind: TimeKind | None,
    billable: bool | None,
) -> list:
    te = models.TimeEntry
    conditions = []
    if client_id is not None:
        conditions.append(te.client_id == client_id)
    if job_id is not None:
        conditions.append(te.job_id == job_id)
    if quote_id is not None:
        conditions.append(te.quote_id == quote_id)
    if date_from is not None:
        conditions.append(te.work_date >= date_from)
    if date_to is not None:
        conditions.append(te.work_date <= date_to)
    if kind is not None:
        conditions.append(te.kind == kind)
    if billable is not None:
        conditions.append(te.billable.is_(billable))
    return conditions


def list_time_entries(
    session: Session,
    *,
    client_id: int | None = None,
    job_id: int | None = None,
    quote_id: int | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    kind: TimeKind | None = None,
    billable: bool | None = None,
    limit: int = 500,
    offset: int = 0,
) -> tuple[TimeEntryView, ...]:
    """Entries newest first, filtered in SQL."""
    te = models.TimeEntry
    conditions = _filters(client_id, job_id, quote_id, date_from, date_to, kind, billable)
    stmt = (
        select(te)
        .where(*conditions)
        .order_by(te.work_date.desc(), te.id.desc())
        .limit(limit)
        .offset(offset)
    )
    return tuple(_to_view(r) for r in session.scalars(stmt))


def summarise_time(
    session: Session,
    *,
    client_id: int | None = None,
    job_id: int | None = None,
    quote_id: int | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
) -> TimeSummary:
    """Total, billable and per-kind minutes (GROUP BY in SQL)."""
    te = models.TimeEntry
    conditions = _filters(client_id, job_id, quote_id, date_from, date_to, None, None)
    rows = session.execute(
        select(te.kind, te.billable, func.sum(te.minutes))
        .where(*conditions)
        .group_by(te.kind, te.billable)
    ).all()
    by_kind: dict[TimeKind, int] = {}
    total = billable_total = 0
    for kind, billable, minutes in rows:
        minutes = int(minutes or 0)
        total += minutes
        if billable:
            billable_total += minutes
        by_kind[TimeKind(kind)] = by_kind.get(TimeKind(kind), 0) + minutes
    ordered = tuple((k, by_kind[k]) for k in TimeKind if k in by_kind)
    return TimeSummary(minutes=total, billable_minutes=billable_total, by_kind=ordered)


__all__ = [
    "DEFAULT_BILLABLE",
    "TIME_KIND_LABELS",
    "TimeEntryDraft",
    "TimeEntryView",
    "TimeSummary",
    "create_time_entry",
    "delete_time_entry",
    "format_minutes",
    "get_time_entry",
    "list_time_entries",
    "summarise_time",
    "update_time_entry",
    "validate_time_entry",
]
