"""Reminder rules: facts in, wanted reminders out (DESIGN.md §5). Pure Python.

:func:`wanted_reminders` takes plain facts (quotes, jobs, invoices, clients with a
maintenance contract, appointments), a ``now`` and a :class:`RuleSettings`, and
returns every reminder the rules want, each with a **stable rule key**. The service
layer upserts them by key, so regeneration is idempotent, and dismisses a pending
reminder whose key is no longer wanted (its reason vanished).

Rule keys (never change their shape: they identify rows already in databases)::

    quote:<id>:followup:1 / quote:<id>:followup:2 / quote:<id>:last_call
    job:<id>:deadline:<YYYY-MM-DD>      job:<id>:late:<YYYY-MM-DD>
    job:<id>:check_in
    invoice:<id>:overdue:1 / :2 / :3    (courteous, firm, formal notice)
    client:<id>:maintenance:<YYYY-MM-DD>
    appointment:<id>:<YYYYMMDDTHHMMZ>

A job deadline, a maintenance occurrence and an appointment time are part of the
key: moving them makes a *new* reminder (the old pending one is dismissed), so a
reminder already marked done for the old date does not hide the new one.

Day-based reminders fall due at ``RuleSettings.reminder_time`` (08:00) local time in
``RuleSettings.zone`` (Europe/Paris); see :func:`local_moment` for the DST rule.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import NamedTuple
from zoneinfo import ZoneInfo

from artisan_crm.domain.enums import (
    InvoiceKind,
    InvoiceStatus,
    JobStatus,
    QuoteStatus,
    ReminderKind,
)
from artisan_crm.domain.quotes import format_euros
from artisan_crm.i18n import QT_TRANSLATE_NOOP, Labels, language, translate
from artisan_crm.i18n import format_time as _format_time

PARIS = "Europe/Paris"
UNFINISHED_JOBS = frozenset({JobStatus.PLANNED, JobStatus.IN_PROGRESS})

REMINDER_KIND_LABELS: Labels[ReminderKind] = Labels(
    "Reminders",
    {
        ReminderKind.QUOTE_FOLLOWUP: QT_TRANSLATE_NOOP("Reminders", "Quote follow-up"),
        ReminderKind.JOB_DEADLINE: QT_TRANSLATE_NOOP("Reminders", "Job deadline"),
        ReminderKind.JOB_LATE: QT_TRANSLATE_NOOP("Reminders", "Job running late"),
        ReminderKind.INVOICE_OVERDUE: QT_TRANSLATE_NOOP("Reminders", "Unpaid invoice"),
        ReminderKind.CHECK_IN: QT_TRANSLATE_NOOP("Reminders", "Check in"),
        ReminderKind.MAINTENANCE: QT_TRANSLATE_NOOP("Reminders", "Annual maintenance"),
        ReminderKind.APPOINTMENT: QT_TRANSLATE_NOOP("Reminders", "Appointment"),
        ReminderKind.MANUAL: QT_TRANSLATE_NOOP("Reminders", "Reminder"),
    },
)


# ---- Settings ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class RuleSettings:
    """The delays of every rule (user settings; see ``config.Options`` and ``config.reminder_rule_settings``)."""

    quote_followup_1_days: int = 7
    quote_followup_2_days: int = 14
    quote_last_call_days_before_expiry: int = 3
    job_deadline_days_before: int = 2
    invoice_courteous_days: int = 1
    invoice_firm_days: int = 15
    invoice_formal_notice_days: int = 30
    check_in_months: int = 6
    #: a "prendre des nouvelles" still pending this many days after it fell due is dropped
    check_in_stale_days: int = 60
    appointment_minutes_before: int = 60
    reminder_time: time = time(8, 0)
    zone: str = PARIS

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.zone)


# ---- Facts ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class QuoteFact:
    id: int
    client_id: int
    client_name: str
    number: str
    status: QuoteStatus
    sent_at: datetime | None
    valid_until: date | None
    title: str = ""


@dataclass(frozen=True)
class JobFact:
    id: int
    client_id: int
    client_name: str
    title: str
    status: JobStatus
    deadline: date | None
    completed_on: date | None


@dataclass(frozen=True)
class InvoiceFact:
    id: int
    client_id: int
    client_name: str
    number: str | None
    status: InvoiceStatus
    kind: InvoiceKind
    due_on: date | None
    total_incl_vat: Decimal
    paid: Decimal

    @property
    def remaining(self) -> Decimal:
        return self.total_incl_vat - self.paid

    @property
    def is_open(self) -> bool:
        return (
            self.status == InvoiceStatus.ISSUED
            and self.kind != InvoiceKind.CREDIT_NOTE
            and self.remaining > 0
        )


@dataclass(frozen=True)
class MaintenanceFact:
    client_id: int
    client_name: str
    maintenance_contract: bool
    maintenance_due_on: date | None
    archived: bool = False


@dataclass(frozen=True)
class AppointmentFact:
    id: int
    client_id: int | None
    client_name: str
    starts_at: datetime
    duration_minutes: int
    remind_minutes_before: int | None
    purpose: str = ""
    job_id: int | None = None


@dataclass(frozen=True)
class Facts:
    quotes: tuple[QuoteFact, ...] = ()
    jobs: tuple[JobFact, ...] = ()
    invoices: tuple[InvoiceFact, ...] = ()
    clients: tuple[MaintenanceFact, ...] = ()
    appointments: tuple[AppointmentFact, ...] = ()


@dataclass(frozen=True)
class WantedReminder:
    rule_key: str
    kind: ReminderKind
    due_at: datetime  # aware, UTC
    title: str
    client_id: int | None = None
    quote_id: int | None = None
    job_id: int | None = None
    invoice_id: int | None = None
    appointment_id: int | None = None


# ---- Time helpers ---------------------------------------------------------------------------


def local_moment(day: date, at: time, zone: ZoneInfo | str = PARIS) -> datetime:
    """The UTC instant of wall-clock ``at`` on ``day`` in ``zone``.

    DST rule (stated once, used everywhere):

    * a local time that does **not exist** (spring forward: 02:30 on the last Sunday
      of March in Paris) is read with the offset in force *before* the change, i.e.
      it is shifted forward by the length of the gap (02:30 -> 03:30 CEST);
    * a local time that happens **twice** (fall back: 02:30 on the last Sunday of
      October) means the *first* occurrence (summer time, ``fold=0``).

    So every local day yields exactly one instant: a yearly reminder is neither
    skipped nor doubled across DST changes.
    """
    tz = ZoneInfo(zone) if isinstance(zone, str) else zone
    naive = datetime.combine(day, at.replace(tzinfo=None))
    # zoneinfo with fold=0 gives, for a gap, the pre-transition offset (the forward shift
    # above) and, for an overlap, the first occurrence: exactly the rule.
    return naive.replace(tzinfo=tz, fold=0).astimezone(UTC)


def local_day(moment: datetime, zone: ZoneInfo | str = PARIS) -> date:
    tz = ZoneInfo(zone) if isinstance(zone, str) else zone
    return moment.astimezone(tz).date()


def add_months(day: date, months: int) -> date:
    """Same day ``months`` later, clamped to the month's end (31 Aug + 6 months = 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def yearly_occurrence(anchor: date, year: int) -> date:
    """The anniversary of ``anchor`` in ``year`` (29 February -> 28 February otherwise)."""
    last = calendar.monthrange(year, anchor.month)[1]
    return date(year, anchor.month, min(anchor.day, last))


def maintenance_occurrences(anchor: date, today: date) -> list[date]:
    """Occurrences wanted on ``today``: the latest one not after today (if any), and the next.

    The recurrence starts at ``anchor`` (the date the user set); nothing before it.
    """
    wanted: list[date] = []
    for year in range(max(anchor.year, today.year - 1), today.year + 2):
        occurrence = yearly_occurrence(anchor, year)
        if occurrence >= anchor:
            wanted.append(occurrence)
    past = [d for d in wanted if d <= today]
    future = [d for d in wanted if d > today]
    return past[-1:] + future[:1]


def french_date(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def french_time(moment: datetime, zone: ZoneInfo | str = PARIS) -> str:
    """``9 h``, ``14 h 30`` (French typography); ``09:00``, ``14:30`` in English."""
    tz = ZoneInfo(zone) if isinstance(zone, str) else zone
    local = moment.astimezone(tz)
    if language() == "en":
        return _format_time(local)
    return f"{local.hour}\u00a0h" + (f"\u00a0{local.minute:02d}" if local.minute else "")


# ---- Rules ------------------------------------------------------------------------------------


def _quote_rules(q: QuoteFact, s: RuleSettings, tz: ZoneInfo) -> Iterator[WantedReminder]:
    if q.status != QuoteStatus.SENT or q.sent_at is None:
        return
    sent_day = local_day(q.sent_at, tz)
    last_day = (
        q.valid_until - timedelta(days=s.quote_last_call_days_before_expiry)
        if q.valid_until is not None
        else None
    )
    if q.title:
        what = translate("Reminders", "quote {number} “{title}”").format(
            number=q.number, title=q.title
        )
    else:
        what = translate("Reminders", "quote {number}").format(number=q.number)
    common = {"client_id": q.client_id, "quote_id": q.id}
    for n, days, template in (
        (
            1,
            s.quote_followup_1_days,
            translate("Reminders", "Follow up {client}: {quote} sent on {date}, still unanswered"),
        ),
        (
            2,
            s.quote_followup_2_days,
            translate(
                "Reminders",
                "Follow up {client} a second time: {quote} sent on {date}, still unanswered",
            ),
        ),
    ):
        day = sent_day + timedelta(days=days)
        # A follow-up on or after the last call is useless: the last call covers it.
        if last_day is not None and day >= last_day:
            continue
        yield WantedReminder(
            f"quote:{q.id}:followup:{n}",
            ReminderKind.QUOTE_FOLLOWUP,
            local_moment(day, s.reminder_time, tz),
            template.format(client=q.client_name, quote=what, date=french_date(sent_day)),
            **common,
        )
    if last_day is not None and q.valid_until is not None and last_day > sent_day:
        yield WantedReminder(
            f"quote:{q.id}:last_call",
            ReminderKind.QUOTE_FOLLOWUP,
            local_moment(last_day, s.reminder_time, tz),
            translate(
                "Reminders",
                "Last follow-up of {client}: {quote} expires on {date} "
                "(a yes followed by silence is not a no)",
            ).format(client=q.client_name, quote=what, date=french_date(q.valid_until)),
            **common,
        )


def _job_rules(j: JobFact, today: date, s: RuleSettings, tz: ZoneInfo) -> Iterator[WantedReminder]:
    if j.title:
        name = translate("Reminders", "“{title}”").format(title=j.title)
    else:
        name = translate("Reminders", "no. {id}").format(id=j.id)
    common = {"client_id": j.client_id, "job_id": j.id}
    if j.status in UNFINISHED_JOBS and j.deadline is not None:
        stamp = j.deadline.isoformat()
        yield WantedReminder(
            f"job:{j.id}:deadline:{stamp}",
            ReminderKind.JOB_DEADLINE,
            local_moment(
                j.deadline - timedelta(days=s.job_deadline_days_before), s.reminder_time, tz
            ),
            translate("Reminders", "Job {job} ({client}) to be finished by {date}").format(
                job=name, client=j.client_name, date=french_date(j.deadline)
            ),
            **common,
        )
        yield WantedReminder(
            f"job:{j.id}:late:{stamp}",
            ReminderKind.JOB_LATE,
            local_moment(j.deadline + timedelta(days=1), s.reminder_time, tz),
            translate(
                "Reminders", "Job {job} ({client}) running late: deadline of {date} passed"
            ).format(job=name, client=j.client_name, date=french_date(j.deadline)),
            **common,
        )
    if j.status == JobStatus.DONE and j.completed_on is not None and s.check_in_months > 0:
        day = add_months(j.completed_on, s.check_in_months)
        if (today - day).days <= s.check_in_stale_days:
            yield WantedReminder(
                f"job:{j.id}:check_in",
                ReminderKind.CHECK_IN,
                local_moment(day, s.reminder_time, tz),
                translate(
                    "Reminders", "Check in with {client} (job {job} finished on {date})"
                ).format(client=j.client_name, job=name, date=french_date(j.completed_on)),
                **common,
            )


def _invoice_rules(i: InvoiceFact, s: RuleSettings, tz: ZoneInfo) -> Iterator[WantedReminder]:
    if not i.is_open or i.due_on is None:
        return
    number = i.number or translate("Reminders", "no. {id}").format(id=i.id)
    rest = format_euros(i.remaining)
    levels = (
        (1, s.invoice_courteous_days, translate("Reminders", "Courteous reminder")),
        (2, s.invoice_firm_days, translate("Reminders", "Firm reminder")),
        (3, s.invoice_formal_notice_days, translate("Reminders", "Formal notice")),
    )
    for level, days, label in levels:
        yield WantedReminder(
            f"invoice:{i.id}:overdue:{level}",
            ReminderKind.INVOICE_OVERDUE,
            local_moment(i.due_on + timedelta(days=days), s.reminder_time, tz),
            translate(
                "Reminders",
                "{level}: invoice {number} ({client}) due on {date}, {amount} still owed",
            ).format(
                level=label,
                number=number,
                client=i.client_name,
                date=french_date(i.due_on),
                amount=rest,
            ),
            client_id=i.client_id,
            invoice_id=i.id,
        )


def _maintenance_rules(
    c: MaintenanceFact, today: date, s: RuleSettings, tz: ZoneInfo
) -> Iterator[WantedReminder]:
    if not c.maintenance_contract or c.maintenance_due_on is None or c.archived:
        return
    for day in maintenance_occurrences(c.maintenance_due_on, today):
        yield WantedReminder(
            f"client:{c.client_id}:maintenance:{day.isoformat()}",
            ReminderKind.MAINTENANCE,
            local_moment(day, s.reminder_time, tz),
            translate(
                "Reminders", "Annual maintenance of {client} to schedule (due on {date})"
            ).format(client=c.client_name, date=french_date(day)),
            client_id=c.client_id,
        )


def appointment_rule(a: AppointmentFact, now: datetime, s: RuleSettings) -> WantedReminder | None:
    """The reminder of one appointment, wanted until the appointment is over."""
    if a.remind_minutes_before is None:
        return None
    if now >= a.starts_at + timedelta(minutes=max(a.duration_minutes, 0)):
        return None
    start = a.starts_at.astimezone(UTC)
    day = french_date(local_day(start, s.tz))
    at = french_time(start, s.tz)
    if a.client_name:
        title = translate("Reminders", "Appointment with {client} on {date} at {time}").format(
            client=a.client_name, date=day, time=at
        )
    else:
        title = translate("Reminders", "Appointment on {date} at {time}").format(date=day, time=at)
    if a.purpose.strip():
        title = translate("Reminders", "{appointment}: {purpose}").format(
            appointment=title, purpose=a.purpose.strip().splitlines()[0]
        )
    return WantedReminder(
        f"appointment:{a.id}:{start:%Y%m%dT%H%MZ}",
        ReminderKind.APPOINTMENT,
        start - timedelta(minutes=a.remind_minutes_before),
        title,
        client_id=a.client_id,
        job_id=a.job_id,
        appointment_id=a.id,
    )


def wanted_reminders(
    facts: Facts, now: datetime, settings: RuleSettings | None = None
) -> dict[str, WantedReminder]:
    """Every reminder the rules want at ``now``, by rule key (deterministic)."""
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    s = settings or RuleSettings()
    tz = s.tz
    today = local_day(now, tz)
    out: dict[str, WantedReminder] = {}

    def add(items: Iterable[WantedReminder]) -> None:
        for item in items:
            out[item.rule_key] = item

    for q in facts.quotes:
        add(_quote_rules(q, s, tz))
    for j in facts.jobs:
        add(_job_rules(j, today, s, tz))
    for i in facts.invoices:
        add(_invoice_rules(i, s, tz))
    for c in facts.clients:
        add(_maintenance_rules(c, today, s, tz))
    for a in facts.appointments:
        wanted = appointment_rule(a, now, s)
        if wanted is not None:
            out[wanted.rule_key] = wanted
    return out


# ---- Reconciliation (pure): what to insert, update, dismiss ---------------------------------


class ExistingReminder(NamedTuple):
    """A rule reminder already stored (only what reconciliation needs; a tuple: 100k+ rows)."""

    id: int
    rule_key: str
    is_open: bool  # pending or snoozed
    due_at: datetime | None  # only needed for open rows
    title: str


@dataclass(frozen=True)
class ReconcilePlan:
    to_insert: tuple[WantedReminder, ...]
    to_update: tuple[tuple[int, WantedReminder], ...]
    to_dismiss: tuple[int, ...]


def reconcile(
    wanted: dict[str, WantedReminder], existing: Iterable[ExistingReminder]
) -> ReconcilePlan:
    """Upsert by rule key; never reopen a closed reminder; dismiss open ones not wanted."""
    seen: set[str] = set()
    updates: list[tuple[int, WantedReminder]] = []
    dismiss: list[int] = []
    for row in existing:
        seen.add(row.rule_key)
        want = wanted.get(row.rule_key)
        if not row.is_open:
            continue  # done or dismissed: the user's (or an earlier) decision stands
        if want is None:
            dismiss.append(row.id)
        elif want.due_at != row.due_at or want.title != row.title:
            updates.append((row.id, want))
    inserts = tuple(w for key, w in sorted(wanted.items()) if key not in seen)
    return ReconcilePlan(inserts, tuple(updates), tuple(sorted(dismiss)))


class SnoozeChoice(StrEnum):
    """The quick snooze choices offered next to a reminder."""

    ONE_HOUR = "1h"
    TOMORROW_MORNING = "tomorrow"
    NEXT_WEEK = "next_week"
