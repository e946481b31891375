"""Reminders: rule regeneration, due lists, snooze/done/dismiss, manual reminders, away panel.

The ``reminder`` table is the truth (DESIGN.md §5). A reminder is *open* when
pending or snoozed; its *effective due time* is ``snoozed_until`` when snoozed,
else ``due_at``. "Due at t" means open with effective due time <= t. Both halves
of that test are index range scans (``ix_reminder_state_due_at`` and
``ix_reminder_state_snoozed_until``).

Every function takes the Session of one user action and returns frozen
dataclasses; times are aware UTC datetimes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    and_,
    bindparam,
    case,
    func,
    literal_column,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from artisan_crm.domain.enums import (
    ContactKind,
    InvoiceKind,
    InvoiceStatus,
    JobStatus,
    QuoteStatus,
    ReminderKind,
    ReminderState,
)
from artisan_crm.domain.errors import (
    BusinessRuleError,
    NotFoundError,
    ValidationError,
)
from artisan_crm.domain.money import from_cents
from artisan_crm.domain.reminder_rules import (
    REMINDER_KIND_LABELS,
    UNFINISHED_JOBS,
    AppointmentFact,
    ExistingReminder,
    Facts,
    InvoiceFact,
    JobFact,
    MaintenanceFact,
    QuoteFact,
    RuleSettings,
    SnoozeChoice,
    WantedReminder,
    local_day,
    local_moment,
    reconcile,
    wanted_reminders,
)
from artisan_crm.i18n import QT_TRANSLATE_NOOP, Labels, translate
from artisan_crm.services.common import ensure_version
from artisan_crm.services.quotes import client_display_name
from artisan_crm.storage.database import record_change
from artisan_crm.storage.models import (
    Appointment,
    Client,
    ClientAddress,
    ClientContact,
    Invoice,
    Job,
    Payment,
    Quote,
    Reminder,
)
from artisan_crm.storage.types import UTCDateTime, utcnow

if TYPE_CHECKING:
    pass

OPEN_STATES = (ReminderState.PENDING, ReminderState.SNOOZED)
CLOSED_STATES = (ReminderState.DONE, ReminderState.DISMISSED)
_CHUNK = 500
# Money amounts read as raw cents: ``storage.types.Money`` subclasses do not declare
# ``cache_ok`` (SQLAlchemy warns, and the statement cache is bypassed) when a Money
# column appears in a Core select.
_PAYMENT_CENTS = literal_column("payment.amount", BigInteger)
_INVOICE_TOTAL_CENTS = literal_column("invoice.total_incl_vat", BigInteger)


# ---- Settings --------------------------------------------------------------------------------

# The delays are declared in config.Options and read by config.reminder_rule_settings.


# ---- Views ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ClientContactInfo:
    """What the artisan needs to call or go: name, first phone, first address (one line)."""

    client_id: int
    name: str
    phone: str
    address: str


@dataclass(frozen=True)
class ReminderView:
    id: int
    version: int
    kind: ReminderKind
    state: ReminderState
    due_at: datetime
    snoozed_until: datetime | None
    rule_key: str | None
    title: str
    note: str
    client_id: int | None
    client_name: str
    client_phone: str
    client_address: str
    quote_id: int | None
    job_id: int | None
    invoice_id: int | None
    appointment_id: int | None
    closed_at: datetime | None
    created_at: datetime

    @property
    def effective_due_at(self) -> datetime:
        if self.state == ReminderState.SNOOZED and self.snoozed_until is not None:
            return self.snoozed_until
        return self.due_at

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES

    @property
    def is_manual(self) -> bool:
        return self.rule_key is None

    @property
    def kind_label(self) -> str:
        return REMINDER_KIND_LABELS[self.kind]


@dataclass(frozen=True)
class ReminderPage:
    rows: tuple[ReminderView, ...]
    total: int


@dataclass(frozen=True)
class RegenerationResult:
    created: int
    updated: int
    dismissed: int
    wanted: int

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated or self.dismissed)


@dataclass(frozen=True)
class AwayPanel:
    """ "Pendant votre absence": every open reminder due now that this workstation never showed.

    ``items`` are ordered by effective due time. ``while_away`` are those that fell
    due after ``since`` (the last time this workstation was seen running);
    ``earlier`` were due before but never shown here (first start on a shared
    database, a reminder added late by another workstation).
    """

    since: datetime | None
    now: datetime
    items: tuple[ReminderView, ...]

    @property
    def while_away(self) -> tuple[ReminderView, ...]:
        if self.since is None:
            return self.items
        return tuple(r for r in self.items if r.effective_due_at > self.since)

    @property
    def earlier(self) -> tuple[ReminderView, ...]:
        if self.since is None:
            return ()
        return tuple(r for r in self.items if r.effective_due_at <= self.since)

    def __len__(self) -> int:
        return len(self.items)


# ---- SQL pieces --------------------------------------------------------------------------------


def effective_due_column() -> ColumnElement[datetime]:
    return case(
        (Reminder.state == ReminderState.SNOOZED, Reminder.snoozed_until),
        else_=Reminder.due_at,
    )


def _due_condition(now: datetime) -> ColumnElement[bool]:
    return or_(
        and_(Reminder.state == ReminderState.PENDING, Reminder.due_at <= now),
        and_(Reminder.state == ReminderState.SNOOZED, Reminder.snoozed_until <= now),
    )


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _name(row: Any, prefix: str = "") -> str:
    return client_display_name(
        getattr(row, f"{prefix}kind"),
        getattr(row, f"{prefix}first_name"),
        getattr(row, f"{prefix}last_name"),
        getattr(row, f"{prefix}company_name"),
        getattr(row, f"{prefix}client_id"),
    )


def contact_infos(
    session: Session, client_ids: Iterable[int | None]
) -> dict[int, ClientContactInfo]:
    """Name, first phone and first address (billing first) of each client, in three queries."""
    ids = sorted({i for i in client_ids if i is not None})
    names: dict[int, str] = {}
    phones: dict[int, str] = {}
    addresses: dict[int, str] = {}
    for chunk in _chunks(ids):
        for r in session.execute(
            select(
                Client.id.label("client_id"),
                Client.kind,
                Client.first_name,
                Client.last_name,
                Client.company_name,
            ).where(Client.id.in_(chunk))
        ):
            names[r.client_id] = _name(r)
        for cid, value in session.execute(
            select(ClientContact.client_id, ClientContact.value)
            .where(ClientContact.client_id.in_(chunk), ClientContact.kind != ContactKind.EMAIL)
            .order_by(ClientContact.client_id, ClientContact.position, ClientContact.id)
        ):
            phones.setdefault(cid, value)
        for a in session.execute(
            select(
                ClientAddress.client_id,
                ClientAddress.line1,
                ClientAddress.line2,
                ClientAddress.postcode,
                ClientAddress.city,
            )
            .where(ClientAddress.client_id.in_(chunk))
            .order_by(
                ClientAddress.client_id,
                ClientAddress.kind != "billing",
                ClientAddress.position,
                ClientAddress.id,
            )
        ):
            if a.client_id not in addresses:
                parts = (a.line1, a.line2, f"{a.postcode} {a.city}".strip())
                addresses[a.client_id] = ", ".join(p for p in parts if p)
    return {
        cid: ClientContactInfo(cid, names[cid], phones.get(cid, ""), addresses.get(cid, ""))
        for cid in ids
        if cid in names
    }


def _views(session: Session, reminders: Sequence[Reminder]) -> tuple[ReminderView, ...]:
    infos = contact_infos(session, (r.client_id for r in reminders))
    empty = ClientContactInfo(0, "", "", "")
    out = []
    for r in reminders:
        info = infos.get(r.client_id, empty) if r.client_id is not None else empty
        out.append(
            ReminderView(
                id=r.id,
                version=r.version,
                kind=ReminderKind(r.kind),
                state=ReminderState(r.state),
                due_at=r.due_at,
                snoozed_until=r.snoozed_until,
                rule_key=r.rule_key,
                title=r.title,
                note=r.note,
                client_id=r.client_id,
                client_name=info.name,
                client_phone=info.phone,
                client_address=info.address,
                quote_id=r.quote_id,
                job_id=r.job_id,
                invoice_id=r.invoice_id,
                appointment_id=r.appointment_id,
                closed_at=r.closed_at,
                created_at=r.created_at,
            )
        )
    return tuple(out)


def reminder_views(session: Session, ids: Iterable[int]) -> tuple[ReminderView, ...]:
    """Views of the given reminders, ordered by effective due time then id."""
    wanted = sorted(set(ids))
    rows: list[Reminder] = []
    for chunk in _chunks(wanted):
        rows.extend(session.scalars(select(Reminder).where(Reminder.id.in_(chunk))))
    views = _views(session, rows)
    return tuple(sorted(views, key=lambda v: (v.effective_due_at, v.id)))


# ---- Facts and regeneration --------------------------------------------------------------------


def load_facts(
    session: Session,
    now: datetime,
    settings: RuleSettings | None = None,
    *,
    client_ids: Sequence[int] | None = None,
) -> Facts:
    """Only the rows a rule can want, each read in one query with its client's name
    (only those of ``client_ids`` when given)."""
    s = settings or RuleSettings()

    def scoped(stmt: Any, column: Any) -> Any:
        return stmt if client_ids is None else stmt.where(column.in_(client_ids))

    def scoped_invoices(stmt: Any) -> Any:
        # Both sides of the join: else SQLite walks ix_invoice_status_due_on (all unpaid).
        if client_ids is None:
            return stmt
        return stmt.where(Invoice.client_id.in_(client_ids), Client.id.in_(client_ids))

    today = local_day(now, s.tz)
    names = (Client.kind, Client.first_name, Client.last_name, Client.company_name)
    quotes = tuple(
        QuoteFact(
            r.id, r.client_id, _name(r), r.number, QuoteStatus(r.status), r.sent_at,
            r.valid_until, r.title,
        )
        for r in session.execute(scoped(
            select(
                Quote.id, Quote.client_id, Quote.number, Quote.title, Quote.status,
                Quote.sent_at, Quote.valid_until, *names,
            )
            .join(Client, Client.id == Quote.client_id)
            .where(Quote.status == QuoteStatus.SENT), Quote.client_id
        ))
    )  # fmt: skip
    check_in_cutoff = today - timedelta(
        days=31 * max(s.check_in_months, 0) + s.check_in_stale_days + 31
    )
    jobs = tuple(
        JobFact(
            r.id, r.client_id, _name(r), r.title, JobStatus(r.status), r.deadline, r.completed_on
        )
        for r in session.execute(scoped(
            select(
                Job.id, Job.client_id, Job.title, Job.status, Job.deadline, Job.completed_on,
                *names,
            )
            .join(Client, Client.id == Job.client_id)
            .where(
                or_(
                    and_(Job.status.in_(UNFINISHED_JOBS), Job.deadline.is_not(None)),
                    and_(Job.status == JobStatus.DONE, Job.completed_on >= check_in_cutoff),
                )
            ), Job.client_id
        ))
    )  # fmt: skip
    # Correlated per invoice (index on payment.invoice_id): a scoped pass stays cheap.
    paid = func.coalesce(
        select(func.sum(_PAYMENT_CENTS))
        .where(Payment.invoice_id == Invoice.id)
        .correlate(Invoice)
        .scalar_subquery(),
        0,
    )
    invoices = tuple(
        InvoiceFact(
            r.id, r.client_id, _name(r), r.number, InvoiceStatus(r.status), InvoiceKind(r.kind),
            r.due_on, from_cents(int(r.total_cents)), from_cents(int(r.paid or 0)),
        )
        for r in session.execute(scoped_invoices(
            select(
                Invoice.id, Invoice.client_id, Invoice.number, Invoice.status, Invoice.kind,
                Invoice.due_on, _INVOICE_TOTAL_CENTS.label("total_cents"), paid.label("paid"), *names,
            )
            .join(Client, Client.id == Invoice.client_id)
            .where(
                Invoice.status == InvoiceStatus.ISSUED,
                Invoice.kind != InvoiceKind.CREDIT_NOTE,
                Invoice.due_on.is_not(None),
                paid < _INVOICE_TOTAL_CENTS,
            )
        ))
    )  # fmt: skip
    clients = tuple(
        MaintenanceFact(r.client_id, _name(r), True, r.maintenance_due_on, False)
        for r in session.execute(
            scoped(
                select(Client.id.label("client_id"), Client.maintenance_due_on, *names).where(
                    Client.maintenance_contract.is_(True),
                    Client.maintenance_due_on.is_not(None),
                    Client.archived.is_(False),
                ),
                Client.id,
            )
        )
    )
    appointments = tuple(
        _appointment_fact(r)
        for r in session.execute(
            scoped(
                _appointment_select().where(
                    Appointment.remind_minutes_before.is_not(None),
                    Appointment.starts_at >= now - timedelta(days=7),
                ),
                Appointment.client_id,
            )
        )
    )
    return Facts(quotes, jobs, invoices, clients, appointments)


def _appointment_select() -> Any:
    return select(
        Appointment.id,
        Appointment.client_id,
        Appointment.job_id,
        Appointment.starts_at,
        Appointment.duration_minutes,
        Appointment.remind_minutes_before,
        Appointment.purpose,
        Client.kind,
        Client.first_name,
        Client.last_name,
        Client.company_name,
    ).outerjoin(Client, Client.id == Appointment.client_id)


def _appointment_fact(r: Any) -> AppointmentFact:
    return AppointmentFact(
        id=r.id,
        client_id=r.client_id,
        client_name=_name(r) if r.client_id is not None else "",
        starts_at=r.starts_at,
        duration_minutes=r.duration_minutes,
        remind_minutes_before=r.remind_minutes_before,
        purpose=r.purpose or "",
        job_id=r.job_id,
    )


def _existing(session: Session, key_filter: ColumnElement[bool]) -> list[ExistingReminder]:
    """Open rule reminders in full; closed ones by key only (no datetime to decode)."""
    rows = [
        ExistingReminder(rid, key or "", True, due, title)
        for rid, key, due, title in session.execute(
            select(Reminder.id, Reminder.rule_key, Reminder.due_at, Reminder.title).where(
                key_filter, Reminder.state.in_(OPEN_STATES)
            )
        )
    ]
    rows += [
        ExistingReminder(rid, key or "", False, None, "")
        for rid, key in session.execute(
            select(Reminder.id, Reminder.rule_key).where(
                key_filter, Reminder.state.in_(CLOSED_STATES)
            )
        )
    ]
    return rows


def _insert_ignoring_duplicates(session: Session) -> Any:
    """INSERT ... ON CONFLICT (rule_key) DO NOTHING: another workstation may race us."""
    table: Any = Reminder.__table__
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(table).on_conflict_do_nothing(index_elements=["rule_key"])
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(table).on_conflict_do_nothing(index_elements=["rule_key"])


def _apply(
    session: Session,
    wanted: dict[str, WantedReminder],
    existing: list[ExistingReminder],
    now: datetime,
) -> RegenerationResult:
    plan = reconcile(wanted, existing)
    table: Any = Reminder.__table__
    if plan.to_insert:
        stmt = _insert_ignoring_duplicates(session)
        for chunk in _chunks(plan.to_insert, 1000):
            session.execute(
                stmt,
                [
                    {
                        "due_at": w.due_at,
                        "kind": w.kind,
                        "state": ReminderState.PENDING,
                        "rule_key": w.rule_key,
                        "title": w.title[:300],
                        "note": "",
                        "client_id": w.client_id,
                        "quote_id": w.quote_id,
                        "job_id": w.job_id,
                        "invoice_id": w.invoice_id,
                        "appointment_id": w.appointment_id,
                        "version": 1,
                        "created_at": now,
                        "updated_at": now,
                    }
                    for w in chunk
                ],
            )
    if plan.to_update:
        stmt = (
            update(table)
            .where(
                table.c.id == bindparam("row_id"),
                # no IN (...): expanding parameters cannot be used with executemany
                or_(*(table.c.state == state for state in OPEN_STATES)),
            )
            .values(
                due_at=bindparam("new_due", type_=UTCDateTime),
                title=bindparam("new_title"),
                updated_at=now,
                version=table.c.version + 1,
            )
        )
        session.execute(
            stmt,
            [
                {"row_id": rid, "new_due": w.due_at, "new_title": w.title[:300]}
                for rid, w in plan.to_update
            ],
        )
    for chunk in _chunks(plan.to_dismiss):
        session.execute(
            update(table)
            .where(table.c.id.in_(chunk), table.c.state.in_(OPEN_STATES))
            .values(
                state=ReminderState.DISMISSED,
                closed_at=now,
                updated_at=now,
                version=table.c.version + 1,
            )
        )
    result = RegenerationResult(
        len(plan.to_insert), len(plan.to_update), len(plan.to_dismiss), len(wanted)
    )
    if result.changed:
        record_change(session, "reminder", None)
        session.expire_all()
    return result


def regenerate_rule_reminders(
    session: Session,
    now: datetime,
    settings: RuleSettings | None = None,
    *,
    client_ids: Sequence[int] | None = None,
) -> RegenerationResult:
    """Bring every rule reminder in line with the facts at ``now`` (idempotent).

    Inserts wanted reminders that have no row yet, moves open ones whose due time
    or title changed, dismisses open ones whose reason vanished (``closed_at`` =
    ``now``); done and dismissed rows are never reopened.

    ``client_ids`` limits the work to those clients' facts and reminders (after an
    edit: milliseconds instead of seconds on 20,000 clients). Every rule reminder
    carries its client id, so the scope is exact.
    """
    ids = sorted(set(client_ids)) if client_ids is not None else None
    if ids is not None and len(ids) > 5_000:
        ids = None  # a bulk change: one full pass is cheaper than a huge IN list
    facts = load_facts(session, now, settings, client_ids=ids)
    wanted = wanted_reminders(facts, now, settings)
    key_filter: ColumnElement[bool] = Reminder.rule_key.is_not(None)
    if ids is not None:
        key_filter = and_(key_filter, Reminder.client_id.in_(ids))
    return _apply(session, wanted, _existing(session, key_filter), now)


def sync_appointment_reminders(
    session: Session,
    appointment_id: int,
    now: datetime,
    settings: RuleSettings | None = None,
) -> RegenerationResult:
    """Regenerate the reminder of one appointment (after it was created, moved or deleted)."""
    from artisan_crm.domain.reminder_rules import appointment_rule

    s = settings or RuleSettings()
    wanted: dict[str, WantedReminder] = {}
    row = session.execute(
        _appointment_select().where(Appointment.id == appointment_id)
    ).one_or_none()
    if row is not None:
        rule = appointment_rule(_appointment_fact(row), now, s)
        if rule is not None:
            wanted[rule.rule_key] = rule
    prefix = f"appointment:{appointment_id}:"
    existing = _existing(session, Reminder.rule_key.like(f"{prefix}%"))
    return _apply(session, wanted, existing, now)


# ---- Due reminders --------------------------------------------------------------------------


def due_now(session: Session, now: datetime) -> dict[int, datetime]:
    """Open reminders due at ``now``: id -> effective due time (a light query for the engine)."""
    out: dict[int, datetime] = {}
    for rid, due in session.execute(
        select(Reminder.id, Reminder.due_at).where(
            Reminder.state == ReminderState.PENDING, Reminder.due_at <= now
        )
    ):
        out[rid] = due
    for rid, until in session.execute(
        select(Reminder.id, Reminder.snoozed_until).where(
            Reminder.state == ReminderState.SNOOZED, Reminder.snoozed_until <= now
        )
    ):
        if until is not None:
            out[rid] = until
    return out


def list_due(session: Session, now: datetime) -> tuple[ReminderView, ...]:
    """Open reminders due at ``now`` (oldest first), with each client's phone and address."""
    return reminder_views(session, due_now(session, now))


def next_due_at(session: Session, now: datetime) -> datetime | None:
    """The earliest effective due time strictly after ``now`` (two index seeks)."""
    pending = session.scalar(
        select(func.min(Reminder.due_at)).where(
            Reminder.state == ReminderState.PENDING, Reminder.due_at > now
        )
    )
    snoozed = session.scalar(
        select(func.min(Reminder.snoozed_until)).where(
            Reminder.state == ReminderState.SNOOZED, Reminder.snoozed_until > now
        )
    )
    candidates = [d for d in (pending, snoozed) if d is not None]
    if not candidates:
        return None
    # min() over an aggregate loses the column type on some backends: normalise to UTC.
    return min(_aware(d) for d in candidates)


def _aware(value: datetime | str) -> datetime:
    if isinstance(value, str):  # SQLite returns min() of a DATETIME column as text
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


# ---- User actions -----------------------------------------------------------------------------


SNOOZE_LABELS: Labels[SnoozeChoice] = Labels(
    "Reminders",
    {
        SnoozeChoice.ONE_HOUR: QT_TRANSLATE_NOOP("Reminders", "In 1 hour"),
        SnoozeChoice.TOMORROW_MORNING: QT_TRANSLATE_NOOP("Reminders", "Tomorrow at 8:00"),
        SnoozeChoice.NEXT_WEEK: QT_TRANSLATE_NOOP("Reminders", "Next week (Monday 8:00)"),
    },
)


def snooze_target(
    choice: SnoozeChoice | date | datetime,
    now: datetime,
    settings: RuleSettings | None = None,
) -> datetime:
    """When a snooze ends: +1 h, tomorrow at the reminder time (8:00), next Monday, a date."""
    s = settings or RuleSettings()
    today = local_day(now, s.tz)
    if isinstance(choice, datetime):
        if choice.tzinfo is None:
            raise ValidationError(
                {"until": translate("Reminders", "The snooze time must include its time zone.")}
            )
        return choice.astimezone(UTC)
    if isinstance(choice, date):
        return local_moment(choice, s.reminder_time, s.tz)
    if choice == SnoozeChoice.ONE_HOUR:
        return now + timedelta(hours=1)
    if choice == SnoozeChoice.TOMORROW_MORNING:
        return local_moment(today + timedelta(days=1), s.reminder_time, s.tz)
    return local_moment(today + timedelta(days=7 - today.weekday()), s.reminder_time, s.tz)


def _load(session: Session, reminder_id: int, expected_version: int | None) -> Reminder:
    reminder = session.get(Reminder, reminder_id)
    if reminder is None:
        raise NotFoundError(
            translate("Reminders", "Reminder no. {id} does not exist (any more).").format(
                id=reminder_id
            )
        )
    ensure_version(reminder, expected_version, translate("Reminders", "This reminder"))
    return reminder


def get_reminder(session: Session, reminder_id: int) -> ReminderView:
    return _views(session, [_load(session, reminder_id, None)])[0]


def snooze(
    session: Session,
    reminder_id: int,
    until: SnoozeChoice | date | datetime,
    *,
    expected_version: int,
    now: datetime | None = None,
    settings: RuleSettings | None = None,
) -> ReminderView:
    """Put an open reminder off until ``until`` (a :class:`SnoozeChoice`, a date or a moment)."""
    now = now or utcnow()
    target = snooze_target(until, now, settings)
    if target <= now:
        raise ValidationError(
            {"until": translate("Reminders", "Choose a snooze time in the future.")}
        )
    reminder = _load(session, reminder_id, expected_version)
    if reminder.state not in OPEN_STATES:
        raise BusinessRuleError(
            translate(
                "Reminders",
                "This reminder is already done or dismissed: it can no longer be snoozed.",
            )
        )
    reminder.state = ReminderState.SNOOZED
    reminder.snoozed_until = target
    session.flush()
    return get_reminder(session, reminder_id)


def _close(
    session: Session,
    reminder_id: int,
    state: ReminderState,
    expected_version: int,
    now: datetime | None,
) -> ReminderView:
    reminder = session.get(Reminder, reminder_id)
    if reminder is not None and reminder.state == state:
        # Already done on another workstation: the wanted outcome holds, no conflict.
        return get_reminder(session, reminder_id)
    reminder = _load(session, reminder_id, expected_version)
    reminder.state = state
    reminder.closed_at = now or utcnow()
    session.flush()
    return get_reminder(session, reminder_id)


def mark_done(
    session: Session, reminder_id: int, *, expected_version: int, now: datetime | None = None
) -> ReminderView:
    return _close(session, reminder_id, ReminderState.DONE, expected_version, now)


def dismiss(
    session: Session, reminder_id: int, *, expected_version: int, now: datetime | None = None
) -> ReminderView:
    return _close(session, reminder_id, ReminderState.DISMISSED, expected_version, now)


@dataclass(frozen=True)
class ManualReminderDraft:
    """ "Rappeler ce client jeudi à 9 h": ``due_at`` is aware (use ``local_moment`` for 9 h)."""

    title: str
    due_at: datetime
    note: str = ""
    client_id: int | None = None
    quote_id: int | None = None
    job_id: int | None = None
    invoice_id: int | None = None


def create_manual_reminder(
    session: Session, draft: ManualReminderDraft, *, now: datetime | None = None
) -> ReminderView:
    """A reminder the user asked for; its client is taken from the quote, job or invoice."""
    errors: dict[str, str] = {}
    title = draft.title.strip()
    if not title:
        errors["title"] = translate(
            "Reminders",
            "Enter what the reminder is about (for example “Call back about the quote”).",
        )
    elif len(title) > 300:
        errors["title"] = translate(
            "Reminders", "The reminder subject must not be longer than 300 characters."
        )
    if draft.due_at.tzinfo is None:
        errors["due_at"] = translate("Reminders", "The reminder date must include its time zone.")
    if errors:
        raise ValidationError(errors)
    client_id = draft.client_id
    for model, value, field_name, missing, elsewhere in (
        (
            Quote,
            draft.quote_id,
            "quote_id",
            translate("Reminders", "Quote no. {id} does not exist (any more)."),
            translate("Reminders", "Quote no. {id} belongs to another client."),
        ),
        (
            Job,
            draft.job_id,
            "job_id",
            translate("Reminders", "Job no. {id} does not exist (any more)."),
            translate("Reminders", "Job no. {id} belongs to another client."),
        ),
        (
            Invoice,
            draft.invoice_id,
            "invoice_id",
            translate("Reminders", "Invoice no. {id} does not exist (any more)."),
            translate("Reminders", "Invoice no. {id} belongs to another client."),
        ),
    ):
        if value is None:
            continue
        owner = session.scalar(select(model.client_id).where(model.id == value))
        if owner is None:
            raise NotFoundError(missing.format(id=value))
        if client_id is not None and owner != client_id:
            raise ValidationError({field_name: elsewhere.format(id=value)})
        client_id = owner
    if client_id is not None and session.get(Client, client_id) is None:
        raise NotFoundError(
            translate("Reminders", "Client no. {id} does not exist (any more).").format(
                id=client_id
            )
        )
    moment = now or utcnow()
    reminder = Reminder(
        due_at=draft.due_at.astimezone(UTC),
        kind=ReminderKind.MANUAL,
        state=ReminderState.PENDING,
        title=title,
        note=draft.note,
        client_id=client_id,
        quote_id=draft.quote_id,
        job_id=draft.job_id,
        invoice_id=draft.invoice_id,
        created_at=moment,
        updated_at=moment,
    )
    session.add(reminder)
    session.flush()
    return get_reminder(session, reminder.id)


# ---- Lists ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReminderFilters:
    states: tuple[ReminderState, ...] = OPEN_STATES
    kinds: tuple[ReminderKind, ...] = ()
    client_id: int | None = None
    quote_id: int | None = None
    job_id: int | None = None
    invoice_id: int | None = None
    #: effective due time strictly before / at or after
    due_before: datetime | None = None
    due_from: datetime | None = None
    manual_only: bool = False
    search: str = ""
    limit: int = 200
    offset: int = 0


def list_reminders(session: Session, filters: ReminderFilters | None = None) -> ReminderPage:
    """Reminders matching ``filters``, by effective due time; ``total`` ignores the page."""
    f = filters or ReminderFilters()
    due = effective_due_column()
    conditions: list[ColumnElement[bool]] = []
    if f.states:
        conditions.append(Reminder.state.in_(f.states))
    if f.kinds:
        conditions.append(Reminder.kind.in_(f.kinds))
    for column, value in (
        (Reminder.client_id, f.client_id),
        (Reminder.quote_id, f.quote_id),
        (Reminder.job_id, f.job_id),
        (Reminder.invoice_id, f.invoice_id),
    ):
        if value is not None:
            conditions.append(column == value)
    if f.due_before is not None:
        conditions.append(due < f.due_before)
    if f.due_from is not None:
        conditions.append(due >= f.due_from)
    if f.manual_only:
        conditions.append(Reminder.rule_key.is_(None))
    if f.search.strip():
        term = (
            f.search.strip().lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        )
        conditions.append(func.lower(Reminder.title).like(f"%{term}%", escape="\\"))
    total = session.scalar(select(func.count(Reminder.id)).where(*conditions)) or 0
    rows = session.scalars(
        select(Reminder)
        .where(*conditions)
        .order_by(due, Reminder.id)
        .limit(max(f.limit, 0))
        .offset(max(f.offset, 0))
    ).all()
    return ReminderPage(_views(session, rows), int(total))


def away_panel(
    session: Session,
    last_seen_at: datetime | None,
    now: datetime,
    *,
    notified: Mapping[int, datetime] | None = None,
) -> AwayPanel:
    """The "Pendant votre absence" list at start.

    Every open reminder due at ``now`` that this workstation has not shown yet for
    its current due time (``notified``: reminder id -> effective due time already
    shown, from the workstation's :class:`~artisan_crm.scheduling.notification_log.NotificationLog`).
    Without ``notified``, falls back to what fell due after ``last_seen_at``.
    """
    due = due_now(session, now)
    if notified is not None:
        ids = [rid for rid, at in due.items() if notified.get(rid) != at]
    elif last_seen_at is not None:
        ids = [rid for rid, at in due.items() if at > last_seen_at]
    else:
        ids = list(due)
    return AwayPanel(last_seen_at, now, reminder_views(session, ids))
