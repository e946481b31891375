"""The Today screen and the week agenda: what to do, whom to call, where to go.

Every item carries the client's name, first phone and address, so the artisan can
call or drive there from the list (and from the printed day sheet).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import BigInteger, func, literal_column, select
from sqlalchemy.orm import Session

from artisan_crm.domain.enums import InvoiceKind, InvoiceStatus, JobStatus, QuoteStatus
from artisan_crm.domain.money import from_cents
from artisan_crm.domain.reminder_rules import UNFINISHED_JOBS, RuleSettings, local_day, local_moment
from artisan_crm.i18n import translate
from artisan_crm.services.appointments import AppointmentView, list_appointments
from artisan_crm.services.reminders import (
    ClientContactInfo,
    ReminderFilters,
    ReminderView,
    contact_infos,
    list_reminders,
)
from artisan_crm.storage.models import Invoice, Job, Payment, Quote

WEEK = 7
_NO_CLIENT = ClientContactInfo(0, "", "", "")
_QUOTE_TOTAL_CENTS = literal_column("quote.total_incl_vat", BigInteger)
_INVOICE_TOTAL_CENTS = literal_column("invoice.total_incl_vat", BigInteger)
_PAYMENT_CENTS = literal_column("payment.amount", BigInteger)


@dataclass(frozen=True)
class DeadlineItem:
    job_id: int
    title: str
    status: JobStatus
    deadline: date
    #: negative when late
    days_left: int
    client_id: int
    client_name: str
    client_phone: str
    client_address: str


@dataclass(frozen=True)
class AwaitingQuote:
    quote_id: int
    number: str
    title: str
    sent_on: date | None
    days_waiting: int
    valid_until: date | None
    total_incl_vat: Decimal
    client_id: int
    client_name: str
    client_phone: str
    client_address: str


@dataclass(frozen=True)
class OverdueInvoice:
    invoice_id: int
    number: str
    due_on: date
    days_late: int
    remaining: Decimal
    client_id: int
    client_name: str
    client_phone: str
    client_address: str


@dataclass(frozen=True)
class TodayOverview:
    today: date
    now: datetime
    #: open reminders due before today (oldest first)
    overdue_reminders: tuple[ReminderView, ...]
    #: open reminders falling due today (earlier today or later today)
    today_reminders: tuple[ReminderView, ...]
    appointments: tuple[AppointmentView, ...]
    #: unfinished jobs whose deadline is within 7 days, late ones first
    deadlines: tuple[DeadlineItem, ...]
    quotes_awaiting: tuple[AwaitingQuote, ...]
    overdue_invoices: tuple[OverdueInvoice, ...]

    @property
    def is_empty(self) -> bool:
        return not any(
            (
                self.overdue_reminders,
                self.today_reminders,
                self.appointments,
                self.deadlines,
                self.quotes_awaiting,
                self.overdue_invoices,
            )
        )


@dataclass(frozen=True)
class AgendaDay:
    day: date
    appointments: tuple[AppointmentView, ...]
    reminders: tuple[ReminderView, ...]
    deadlines: tuple[DeadlineItem, ...]


@dataclass(frozen=True)
class WeekAgenda:
    monday: date
    days: tuple[AgendaDay, ...]


def _day_bounds(day: date, settings: RuleSettings) -> tuple[datetime, datetime]:
    return (
        local_moment(day, time(0, 0), settings.tz),
        local_moment(day + timedelta(days=1), time(0, 0), settings.tz),
    )


def _deadlines(session: Session, first: date | None, last: date, today: date) -> list[DeadlineItem]:
    stmt = select(Job.id, Job.title, Job.status, Job.deadline, Job.client_id).where(
        Job.status.in_(UNFINISHED_JOBS), Job.deadline.is_not(None), Job.deadline <= last
    )
    if first is not None:
        stmt = stmt.where(Job.deadline >= first)
    rows = session.execute(stmt.order_by(Job.deadline, Job.id)).all()
    infos = contact_infos(session, (r.client_id for r in rows))
    out = []
    for r in rows:
        info = infos.get(r.client_id, _NO_CLIENT)
        out.append(
            DeadlineItem(
                r.id, r.title, JobStatus(r.status), r.deadline, (r.deadline - today).days,
                r.client_id, info.name, info.phone, info.address,
            )
        )  # fmt: skip
    return out


def quotes_awaiting_answer(
    session: Session, today: date, settings: RuleSettings | None = None
) -> tuple[AwaitingQuote, ...]:
    s = settings or RuleSettings()
    rows = session.execute(
        select(
            Quote.id, Quote.number, Quote.title, Quote.sent_at, Quote.valid_until, Quote.client_id,
            _QUOTE_TOTAL_CENTS.label("total_cents"),
        )
        .where(Quote.status == QuoteStatus.SENT)
        .order_by(Quote.sent_at, Quote.id)
    ).all()  # fmt: skip
    infos = contact_infos(session, (r.client_id for r in rows))
    out = []
    for r in rows:
        info = infos.get(r.client_id, _NO_CLIENT)
        sent_on = local_day(r.sent_at, s.tz) if r.sent_at else None
        out.append(
            AwaitingQuote(
                r.id, r.number, r.title, sent_on, (today - sent_on).days if sent_on else 0,
                r.valid_until, from_cents(int(r.total_cents or 0)),
                r.client_id, info.name, info.phone, info.address,
            )
        )  # fmt: skip
    return tuple(out)


def overdue_invoices(session: Session, today: date) -> tuple[OverdueInvoice, ...]:
    paid = (
        select(Payment.invoice_id, func.sum(_PAYMENT_CENTS).label("paid"))
        .group_by(Payment.invoice_id)
        .subquery()
    )
    rows = session.execute(
        select(
            Invoice.id, Invoice.number, Invoice.due_on, Invoice.client_id,
            (_INVOICE_TOTAL_CENTS - func.coalesce(paid.c.paid, 0)).label("remaining_cents"),
        )
        .outerjoin(paid, paid.c.invoice_id == Invoice.id)
        .where(
            Invoice.status == InvoiceStatus.ISSUED,
            Invoice.kind != InvoiceKind.CREDIT_NOTE,
            Invoice.due_on < today,
            func.coalesce(paid.c.paid, 0) < _INVOICE_TOTAL_CENTS,
        )
        .order_by(Invoice.due_on, Invoice.id)
    ).all()  # fmt: skip
    infos = contact_infos(session, (r.client_id for r in rows))
    out = []
    for r in rows:
        info = infos.get(r.client_id, _NO_CLIENT)
        out.append(
            OverdueInvoice(
                r.id, r.number or translate("Today", "no. {id}").format(id=r.id), r.due_on,
                (today - r.due_on).days,
                from_cents(int(r.remaining_cents)), r.client_id, info.name, info.phone,
                info.address,
            )
        )  # fmt: skip
    return tuple(out)


def today_overview(
    session: Session, today: date, now: datetime, settings: RuleSettings | None = None
) -> TodayOverview:
    """Everything for the Today screen in a handful of indexed queries."""
    s = settings or RuleSettings()
    start, end = _day_bounds(today, s)
    reminders = list_reminders(session, ReminderFilters(due_before=end, limit=10_000)).rows
    return TodayOverview(
        today=today,
        now=now,
        overdue_reminders=tuple(r for r in reminders if r.effective_due_at < start),
        today_reminders=tuple(r for r in reminders if r.effective_due_at >= start),
        appointments=list_appointments(session, start, end),
        deadlines=tuple(_deadlines(session, None, today + timedelta(days=WEEK - 1), today)),
        quotes_awaiting=quotes_awaiting_answer(session, today, s),
        overdue_invoices=overdue_invoices(session, today),
    )


def week_agenda(
    session: Session,
    monday: date,
    settings: RuleSettings | None = None,
    *,
    today: date | None = None,
) -> WeekAgenda:
    """Monday to Sunday of the week holding ``monday`` (any day is moved to its Monday)."""
    s = settings or RuleSettings()
    monday = monday - timedelta(days=monday.weekday())
    sunday = monday + timedelta(days=WEEK - 1)
    start, _ = _day_bounds(monday, s)
    _, end = _day_bounds(sunday, s)
    appointments = list_appointments(session, start, end, limit=5_000)
    reminders = list_reminders(
        session, ReminderFilters(due_from=start, due_before=end, limit=10_000)
    ).rows
    deadlines = _deadlines(session, monday, sunday, today or monday)
    days = []
    for offset in range(WEEK):
        day = monday + timedelta(days=offset)
        days.append(
            AgendaDay(
                day,
                tuple(a for a in appointments if local_day(a.starts_at, s.tz) == day),
                tuple(r for r in reminders if local_day(r.effective_due_at, s.tz) == day),
                tuple(d for d in deadlines if d.deadline == day),
            )
        )
    return WeekAgenda(monday, tuple(days))
