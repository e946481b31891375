"""The client card's history: one list, newest first, of everything that happened.

Interactions, quotes, jobs, invoices, payments, time entries, appointments, feedback
and reminders each come from their own indexed query (newest ``limit`` rows per kind,
``ORDER BY ... DESC LIMIT``); the few rows are then merged in Python. A UNION ALL
across tables would mix DATE and TIMESTAMP columns, which SQLite and PostgreSQL type
differently, for no gain at this size.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from artisan_crm.domain.enums import (
    FeedbackStatus,
    InvoiceKind,
    InvoiceStatus,
    JobStatus,
    PaymentMethod,
    QuoteStatus,
    ReminderKind,
    ReminderState,
)
from artisan_crm.domain.errors import NotFoundError
from artisan_crm.domain.quotes import JOB_STATUS_LABELS, QUOTE_STATUS_LABELS
from artisan_crm.i18n import QT_TRANSLATE_NOOP, Labels, format_money, language, translate
from artisan_crm.services.clients import ClientTotals, ClientView, client_totals, get_client
from artisan_crm.services.interactions import interaction_title
from artisan_crm.services.time_entries import TIME_KIND_LABELS, format_minutes
from artisan_crm.storage import models


class TimelineKind(StrEnum):
    INTERACTION = "interaction"
    QUOTE = "quote"
    JOB = "job"
    INVOICE = "invoice"
    PAYMENT = "payment"
    TIME_ENTRY = "time_entry"
    APPOINTMENT = "appointment"
    FEEDBACK = "feedback"
    REMINDER = "reminder"


TIMELINE_KIND_LABELS: Labels[TimelineKind] = Labels(
    "Timeline",
    {
        TimelineKind.INTERACTION: QT_TRANSLATE_NOOP("Timeline", "Contact"),
        TimelineKind.QUOTE: QT_TRANSLATE_NOOP("Timeline", "Quote"),
        TimelineKind.JOB: QT_TRANSLATE_NOOP("Timeline", "Job"),
        TimelineKind.INVOICE: QT_TRANSLATE_NOOP("Timeline", "Invoice"),
        TimelineKind.PAYMENT: QT_TRANSLATE_NOOP("Timeline", "Payment"),
        TimelineKind.TIME_ENTRY: QT_TRANSLATE_NOOP("Timeline", "Time spent"),
        TimelineKind.APPOINTMENT: QT_TRANSLATE_NOOP("Timeline", "Appointment"),
        TimelineKind.FEEDBACK: QT_TRANSLATE_NOOP("Timeline", "Complaint"),
        TimelineKind.REMINDER: QT_TRANSLATE_NOOP("Timeline", "Reminder"),
    },
)

_INVOICE_KIND_LABELS: Labels[InvoiceKind] = Labels(
    "Timeline",
    {
        InvoiceKind.STANDARD: QT_TRANSLATE_NOOP("Timeline", "Invoice"),
        InvoiceKind.DEPOSIT: QT_TRANSLATE_NOOP("Timeline", "Deposit invoice"),
        InvoiceKind.FINAL: QT_TRANSLATE_NOOP("Timeline", "Final invoice"),
        InvoiceKind.CREDIT_NOTE: QT_TRANSLATE_NOOP("Timeline", "Credit note"),
    },
)
_INVOICE_STATUS_LABELS: Labels[InvoiceStatus] = Labels(
    "Timeline",
    {
        InvoiceStatus.DRAFT: QT_TRANSLATE_NOOP("Timeline", "Draft"),
        InvoiceStatus.ISSUED: QT_TRANSLATE_NOOP("Timeline", "Issued"),
        InvoiceStatus.CANCELLED: QT_TRANSLATE_NOOP("Timeline", "Cancelled by credit note"),
    },
)
#: "By {method}" (lower case: they end a sentence)
_PAYMENT_METHOD_LABELS: Labels[PaymentMethod] = Labels(
    "Timeline",
    {
        PaymentMethod.TRANSFER: QT_TRANSLATE_NOOP("Timeline", "bank transfer"),
        PaymentMethod.CHEQUE: QT_TRANSLATE_NOOP("Timeline", "cheque"),
        PaymentMethod.CASH: QT_TRANSLATE_NOOP("Timeline", "cash"),
        PaymentMethod.CARD: QT_TRANSLATE_NOOP("Timeline", "card"),
        PaymentMethod.OTHER: QT_TRANSLATE_NOOP("Timeline", "other means"),
    },
)
_REMINDER_STATE_LABELS: Labels[ReminderState] = Labels(
    "Timeline",
    {
        ReminderState.PENDING: QT_TRANSLATE_NOOP("Timeline", "To do"),
        ReminderState.SNOOZED: QT_TRANSLATE_NOOP("Timeline", "Snoozed"),
        ReminderState.DONE: QT_TRANSLATE_NOOP("Timeline", "Done"),
        ReminderState.DISMISSED: QT_TRANSLATE_NOOP("Timeline", "Dismissed"),
    },
)


@dataclass(frozen=True)
class TimelineItem:
    """One event of a client's history.

    ``date`` is the day shown; ``at`` the exact moment when the source has one (calls,
    appointments, reminders), None for day-only facts (quote issued, payment received).
    ``related_id`` is the id of the row in the table named by ``kind``.
    """

    kind: TimelineKind
    date: dt.date
    title: str
    detail: str
    amount: Decimal | None
    related_id: int
    at: dt.datetime | None = None
    minutes: int | None = None
    #: a complaint, an overdue invoice...: shown with a warning colour
    flagged: bool = False

    @property
    def kind_label(self) -> str:
        return TIMELINE_KIND_LABELS[self.kind]

    def sort_key(self) -> tuple[dt.date, int, dt.datetime]:
        """Newest first: by day, then day-only facts before timed ones, then by time."""
        timed = self.at is not None
        return (self.date, 0 if timed else 1, self.at or _EPOCH)


_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def _local_day(moment: dt.datetime) -> dt.date:
    """The day on the user's calendar (datetimes are stored in UTC)."""
    return moment.astimezone().date()


def _day(day: dt.date) -> str:
    return f"{day:%d/%m/%Y}"


def _clip(text: str, size: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"


def _titled(head: str, title: str | None) -> str:
    """``Quote DEV-2026-0001: Kitchen`` (the head alone without a title)."""
    if not title:
        return head
    return translate("Timeline", "{head}: {title}").format(head=head, title=title)


def _amount_left(remaining: Decimal) -> str:
    if language() == "en":
        amount = format_money(remaining)
    else:
        amount = f"{remaining:.2f} €".replace(".", ",")
    return translate("Timeline", "{amount} left").format(amount=amount)


def _interactions(session: Session, client_id: int, limit: int) -> Iterator[TimelineItem]:
    it = models.Interaction
    stmt = (
        select(it)
        .where(it.client_id == client_id)
        .order_by(it.occurred_at.desc(), it.id.desc())
        .limit(limit)
    )
    for row in session.scalars(stmt):
        title = interaction_title(row.channel, row.direction)
        flags = [
            label
            for flag, label in (
                (row.is_complaint, translate("Timeline", "complaint")),
                (row.is_discount_request, translate("Timeline", "discount request")),
                (row.is_change_request, translate("Timeline", "change request")),
            )
            if flag
        ]
        if flags:
            title += f" ({', '.join(flags)})"
        detail = _clip(row.summary)
        if row.minutes:
            detail = (
                f"{detail} — {format_minutes(row.minutes)}"
                if detail
                else format_minutes(row.minutes)
            )
        yield TimelineItem(
            kind=TimelineKind.INTERACTION,
            date=_local_day(row.occurred_at),
            at=row.occurred_at,
            title=title,
            detail=detail,
            amount=None,
            related_id=row.id,
            minutes=row.minutes or None,
            flagged=row.is_complaint,
        )


def _quotes(session: Session, client_id: int, limit: int) -> Iterator[TimelineItem]:
    q = models.Quote
    stmt = (
        select(q.id, q.number, q.title, q.status, q.issued_on, q.total_incl_vat)
        .where(q.client_id == client_id)
        .order_by(q.issued_on.desc(), q.id.desc())
        .limit(limit)
    )
    for qid, number, title, status, issued_on, incl in session.execute(stmt):
        yield TimelineItem(
            kind=TimelineKind.QUOTE,
            date=issued_on,
            title=_titled(translate("Timeline", "Quote {number}").format(number=number), title),
            detail=QUOTE_STATUS_LABELS[QuoteStatus(status)],
            amount=incl,
            related_id=qid,
            flagged=status == QuoteStatus.REFUSED,
        )


def _jobs(session: Session, client_id: int, limit: int) -> Iterator[TimelineItem]:
    j = models.Job
    day = func.coalesce(j.completed_on, j.planned_start)
    stmt = (
        select(j.id, j.title, j.status, j.planned_start, j.deadline, j.completed_on, j.created_at)
        .where(j.client_id == client_id)
        .order_by(day.desc().nulls_last(), j.id.desc())
        .limit(limit)
    )
    for jid, title, status, start, deadline, completed, created in session.execute(stmt):
        status = JobStatus(status)
        when = completed or start or _local_day(created)
        parts = [JOB_STATUS_LABELS[status]]
        if completed:
            parts.append(translate("Timeline", "finished on {date}").format(date=_day(completed)))
        elif deadline:
            parts.append(translate("Timeline", "due on {date}").format(date=_day(deadline)))
        yield TimelineItem(
            kind=TimelineKind.JOB,
            date=when,
            title=_titled(translate("Timeline", "Job"), title),
            detail=", ".join(parts),
            amount=None,
            related_id=jid,
        )


def _invoices(
    session: Session, client_id: int, limit: int, today: dt.date
) -> Iterator[TimelineItem]:
    inv = models.Invoice
    paid_sum = (
        select(func.coalesce(func.sum(models.Payment.amount), 0))
        .where(models.Payment.invoice_id == inv.id)
        .correlate(inv)
        .scalar_subquery()
    )
    stmt = (
        select(
            inv.id,
            inv.number,
            inv.kind,
            inv.status,
            inv.title,
            inv.issued_on,
            inv.due_on,
            inv.created_at,
            inv.total_incl_vat,
            paid_sum,
        )
        .where(inv.client_id == client_id)
        .order_by(inv.issued_on.desc().nulls_first(), inv.id.desc())
        .limit(limit)
    )
    for iid, number, kind, status, title, issued, due, created, total, paid in session.execute(
        stmt
    ):
        kind, status = InvoiceKind(kind), InvoiceStatus(status)
        label = _INVOICE_KIND_LABELS[kind]
        head = (
            f"{label} {number}"
            if number
            else translate("Timeline", "{label} (draft)").format(label=label)
        )
        detail = _INVOICE_STATUS_LABELS[status]
        late = False
        if status == InvoiceStatus.ISSUED and kind != InvoiceKind.CREDIT_NOTE:
            remaining = total - (paid or Decimal(0))
            if remaining <= 0:
                detail = translate("Timeline", "Paid")
            else:
                late = due is not None and due < today
                detail = _amount_left(remaining)
                if due:
                    due_text = translate("Timeline", "due on {date}").format(date=_day(due))
                    detail += f", {due_text}"
                if late:
                    detail = translate("Timeline", "{detail} (overdue)").format(detail=detail)
        yield TimelineItem(
            kind=TimelineKind.INVOICE,
            date=issued or _local_day(created),
            title=_titled(head, title),
            detail=detail,
            amount=total,
            related_id=iid,
            flagged=late,
        )


def _payments(session: Session, client_id: int, limit: int) -> Iterator[TimelineItem]:
    p, inv = models.Payment, models.Invoice
    stmt = (
        select(p.id, p.paid_on, p.amount, p.method, p.note, inv.number)
        .join(inv, inv.id == p.invoice_id)
        .where(inv.client_id == client_id)
        .order_by(p.paid_on.desc(), p.id.desc())
        .limit(limit)
    )
    for pid, paid_on, amount, method, note, number in session.execute(stmt):
        detail = translate("Timeline", "By {method}").format(
            method=_PAYMENT_METHOD_LABELS[PaymentMethod(method)]
        )
        if note:
            detail += f" — {_clip(note)}"
        yield TimelineItem(
            kind=TimelineKind.PAYMENT,
            date=paid_on,
            title=translate("Timeline", "Payment received (invoice {number})").format(number=number)
            if number
            else translate("Timeline", "Payment received"),
            detail=detail,
            amount=amount,
            related_id=pid,
        )


def _time_entries(session: Session, client_id: int, limit: int) -> Iterator[TimelineItem]:
    te = models.TimeEntry
    stmt = (
        select(te.id, te.work_date, te.minutes, te.kind, te.billable, te.note)
        .where(te.client_id == client_id)
        .order_by(te.work_date.desc(), te.id.desc())
        .limit(limit)
    )
    for tid, work_date, minutes, kind, billable, note in session.execute(stmt):
        detail = (
            translate("Timeline", "billable") if billable else translate("Timeline", "not billable")
        )
        if note:
            detail += f" — {_clip(note)}"
        yield TimelineItem(
            kind=TimelineKind.TIME_ENTRY,
            date=work_date,
            title=translate("Timeline", "{kind}: {duration}").format(
                kind=TIME_KIND_LABELS[kind], duration=format_minutes(minutes)
            ),
            detail=detail,
            amount=None,
            related_id=tid,
            minutes=minutes,
        )


def _appointments(session: Session, client_id: int, limit: int) -> Iterator[TimelineItem]:
    a = models.Appointment
    stmt = (
        select(a.id, a.starts_at, a.duration_minutes, a.address, a.purpose)
        .where(a.client_id == client_id)
        .order_by(a.starts_at.desc(), a.id.desc())
        .limit(limit)
    )
    for aid, starts_at, duration, address, purpose in session.execute(stmt):
        local = starts_at.astimezone()
        detail = ", ".join(p for p in (_clip(purpose), address) if p)
        yield TimelineItem(
            kind=TimelineKind.APPOINTMENT,
            date=local.date(),
            at=starts_at,
            title=translate("Timeline", "Appointment at {time} ({duration})").format(
                time=f"{local:%H:%M}", duration=format_minutes(duration)
            ),
            detail=detail,
            amount=None,
            related_id=aid,
            minutes=duration,
        )


def _feedback(session: Session, client_id: int, limit: int) -> Iterator[TimelineItem]:
    f = models.Feedback
    stmt = (
        select(f.id, f.received_on, f.category, f.criticism, f.status, f.resolution)
        .where(f.client_id == client_id)
        .order_by(f.received_on.desc(), f.id.desc())
        .limit(limit)
    )
    for fid, received_on, category, criticism, status, resolution in session.execute(stmt):
        resolved = status == FeedbackStatus.RESOLVED
        if resolved and resolution:
            state = translate("Timeline", "Resolved: {resolution}").format(
                resolution=_clip(resolution, 80)
            )
        else:
            state = (
                translate("Timeline", "Resolved")
                if resolved
                else translate("Timeline", "To handle")
            )
        yield TimelineItem(
            kind=TimelineKind.FEEDBACK,
            date=received_on,
            title=translate("Timeline", "Complaint ({category})").format(category=category)
            if category
            else translate("Timeline", "Complaint"),
            detail=f"{_clip(criticism)} — {state}" if criticism else state,
            amount=None,
            related_id=fid,
            flagged=not resolved,
        )


def _reminders(session: Session, client_id: int, limit: int) -> Iterator[TimelineItem]:
    r = models.Reminder
    # A reminder about one of the client's documents belongs to the card too.
    quote_ids = select(models.Quote.id).where(models.Quote.client_id == client_id)
    job_ids = select(models.Job.id).where(models.Job.client_id == client_id)
    invoice_ids = select(models.Invoice.id).where(models.Invoice.client_id == client_id)
    stmt = (
        select(r.id, r.due_at, r.kind, r.state, r.title, r.note)
        .where(
            or_(
                r.client_id == client_id,
                r.quote_id.in_(quote_ids),
                r.job_id.in_(job_ids),
                r.invoice_id.in_(invoice_ids),
            )
        )
        .order_by(r.due_at.desc(), r.id.desc())
        .limit(limit)
    )
    for rid, due_at, kind, state, title, note in session.execute(stmt):
        state = ReminderState(state)
        detail = _REMINDER_STATE_LABELS[state]
        if note:
            detail += f" — {_clip(note)}"
        yield TimelineItem(
            kind=TimelineKind.REMINDER,
            date=_local_day(due_at),
            at=due_at,
            title=title
            or translate("Timeline", "Reminder ({kind})").format(kind=ReminderKind(kind).value),
            detail=detail,
            amount=None,
            related_id=rid,
        )


def client_timeline(
    session: Session,
    client_id: int,
    limit: int = 100,
    *,
    kinds: Iterable[TimelineKind] | None = None,
    today: dt.date | None = None,
) -> tuple[TimelineItem, ...]:
    """The newest ``limit`` events of a client's history, newest first."""
    if session.get(models.Client, client_id) is None:
        raise NotFoundError(
            translate("Timeline", "Client no. {id} does not exist (any more).").format(id=client_id)
        )
    if limit <= 0:
        return ()
    today = today or dt.date.today()
    wanted = set(kinds) if kinds is not None else set(TimelineKind)
    sources: list[Iterable[TimelineItem]] = []
    producers = {
        TimelineKind.INTERACTION: lambda: _interactions(session, client_id, limit),
        TimelineKind.QUOTE: lambda: _quotes(session, client_id, limit),
        TimelineKind.JOB: lambda: _jobs(session, client_id, limit),
        TimelineKind.INVOICE: lambda: _invoices(session, client_id, limit, today),
        TimelineKind.PAYMENT: lambda: _payments(session, client_id, limit),
        TimelineKind.TIME_ENTRY: lambda: _time_entries(session, client_id, limit),
        TimelineKind.APPOINTMENT: lambda: _appointments(session, client_id, limit),
        TimelineKind.FEEDBACK: lambda: _feedback(session, client_id, limit),
        TimelineKind.REMINDER: lambda: _reminders(session, client_id, limit),
    }
    for kind, produce in producers.items():
        if kind in wanted:
            sources.append(sorted(produce(), key=TimelineItem.sort_key, reverse=True))
    merged = heapq.merge(*sources, key=TimelineItem.sort_key, reverse=True)
    return tuple(item for _, item in zip(range(limit), merged, strict=False))


@dataclass(frozen=True)
class ClientCard:
    """Everything the client card shows, read in one unit of work."""

    client: ClientView
    totals: ClientTotals
    timeline: tuple[TimelineItem, ...]


def get_client_card(session: Session, client_id: int, timeline_limit: int = 100) -> ClientCard:
    return ClientCard(
        client=get_client(session, client_id),
        totals=client_totals(session, client_id),
        timeline=client_timeline(session, client_id, timeline_limit),
    )


__all__ = [
    "TIMELINE_KIND_LABELS",
    "ClientCard",
    "TimelineItem",
    "TimelineKind",
    "client_timeline",
    "get_client_card",
]
