"""The printed client summary (fiche client): what the artisan needs in hand before a visit.

Two steps, as everywhere in ``reports/``:

* :func:`gather_client_summary` reads everything in one read session (worker thread,
  no Qt) and returns a frozen :class:`ClientSummaryData`;
* :func:`render_client_summary` turns it into a :class:`PrintableDocument` (Jinja2 with
  autoescape, so a note containing ``<b>`` prints as text), painted by the shared
  QTextDocument code on a ``QPrinter`` (preview, paper) or a ``QPdfWriter``.

Several summaries (a selection in the client list) print as one job in which every
client keeps its own page numbers ("page 2 / 3") and footer: :func:`paint_documents`.

Options (:class:`SummaryOptions`) decide what is *gathered*, not only what is shown: a
summary printed without the rating never holds the category ("Vampire") or its reasons.

The summary is for the artisan himself: it follows the interface language. The
template's fixed text comes from :func:`summary_labels` (``{{ labels.phone }}``) so
that ``pyside6-lupdate`` finds it; amounts and dates follow the language too
(:mod:`artisan_crm.reports.formatting`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from jinja2 import Environment, FileSystemLoader
from sqlalchemy import func, select

from artisan_crm.domain.enums import (
    AddressKind,
    ClientKind,
    ContactKind,
    FeedbackStatus,
    JobStatus,
    QuoteStatus,
)
from artisan_crm.domain.quotes import PaymentState, days_ago_text
from artisan_crm.domain.rating import Category, RatingSettings
from artisan_crm.domain.reminder_rules import PARIS
from artisan_crm.domain.text import fold
from artisan_crm.i18n import QT_TRANSLATE_NOOP, Labels, language, plural, translate
from artisan_crm.reports import formatting as fmt
from artisan_crm.reports.documents import (
    PrintableDocument,
    keep_rows_whole,
    paint_documents,
    write_documents_pdf,
)
from artisan_crm.services.clients import (
    ClientTotals,
    ClientView,
    client_totals,
    display_name_of,
    get_client,
)
from artisan_crm.services.company import CompanyView, get_company
from artisan_crm.services.feedback import FeedbackView, list_feedback
from artisan_crm.services.interactions import InteractionView, interaction_title, list_interactions
from artisan_crm.services.invoices import InvoiceRow, list_invoices
from artisan_crm.services.jobs import JobRow, list_jobs
from artisan_crm.services.quotes import QuoteRow, list_quotes
from artisan_crm.services.rating import ClientRating, rate_client
from artisan_crm.services.reminders import ReminderFilters, ReminderView, list_reminders
from artisan_crm.services.time_entries import format_minutes
from artisan_crm.storage import models

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from artisan_crm.storage.database import Database

TEMPLATES = Path(__file__).with_name("templates")
TEMPLATE = "client_summary.html"

#: interactions printed when the full history is not asked for
DEFAULT_INTERACTIONS = 15
MAX_INTERACTIONS = 500
#: the whole history still has a ceiling: a 30-year client fits in a few dozen pages
FULL_HISTORY_LIMIT = 5_000
#: complaints printed without the full history (the newest; the count says how many more)
RECENT_COMPLAINTS = 10
#: rating reasons printed on each side (against / in favour)
REASONS_SHOWN = 3

OPEN_QUOTE_STATUSES = (QuoteStatus.SENT, QuoteStatus.DRAFT)
DUE_STATES = (PaymentState.OVERDUE, PaymentState.UNPAID, PaymentState.PARTIALLY_PAID)

_ENV = Environment(
    loader=FileSystemLoader(str(TEMPLATES)),
    autoescape=True,  # client text never becomes markup, whatever the file name
    trim_blocks=True,
    lstrip_blocks=True,
)
# Client text keeps its line breaks (one paragraph per line) but never becomes markup.
_ENV.filters["lines"] = lambda text: [p for p in str(text or "").splitlines() if p.strip()]


# ---- Options and data --------------------------------------------------------------------------


@dataclass(frozen=True)
class SummaryOptions:
    """What the print dialog (or the command line) asked for."""

    #: the rating category and its reasons ("Vampire" must not reach the client's hands)
    include_rating: bool = True
    #: every amount in euros (revenue, quotes, invoices, reasons quoting euros)
    include_amounts: bool = True
    #: every interaction and complaint, and the closed quotes, jobs and invoices
    full_history: bool = False
    #: interactions printed without the full history (the newest)
    interactions: int = DEFAULT_INTERACTIONS

    def __post_init__(self) -> None:
        if not 0 <= self.interactions <= MAX_INTERACTIONS:
            raise ValueError(f"interactions must be between 0 and {MAX_INTERACTIONS}")


@dataclass(frozen=True)
class PastDocument:
    """A closed quote, a finished job or a settled invoice (full history only)."""

    day: date | None
    kind: str
    reference: str
    title: str
    status: str
    amount: Decimal | None


@dataclass(frozen=True)
class ClientSummaryData:
    """Everything a client summary prints, read in one unit of work (no Qt, no ORM)."""

    client: ClientView
    company: CompanyView
    options: SummaryOptions
    printed_at: datetime
    client_since: date
    totals: ClientTotals
    #: "last 24 months": the period of the revenue, hours and rating
    period_label: str
    period_revenue: Decimal
    period_minutes: int
    #: None when the options leave the rating out
    rating: ClientRating | None
    referred_by: str
    referrals: tuple[str, ...]
    open_quotes: tuple[QuoteRow, ...]
    jobs: tuple[JobRow, ...]
    invoices_due: tuple[InvoiceRow, ...]
    reminders: tuple[ReminderView, ...]
    interactions: tuple[InteractionView, ...]
    complaints: tuple[FeedbackView, ...]
    complaints_total: int
    past_documents: tuple[PastDocument, ...] = ()

    @property
    def today(self) -> date:
        return self.printed_at.astimezone(ZoneInfo(PARIS)).date()


# ---- Gathering (worker thread) ----------------------------------------------------------------


def _local(moment: datetime) -> datetime:
    return moment.astimezone(ZoneInfo(PARIS))


def _day(value: Any) -> date | None:
    """MIN() over a date/datetime column: a date, a datetime or (SQLite) a string."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value) if len(value) > 10 else date.fromisoformat(value)
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return _local(value).date()
    return value


def _client_since(session: Session, client: ClientView) -> date:
    """The first trace of the client: card created, or an older quote, invoice or contact
    (imported clients get a recent card for an old relationship)."""
    q, inv, it = models.Quote, models.Invoice, models.Interaction
    cid = client.id
    row = session.execute(
        select(
            select(func.min(q.issued_on)).where(q.client_id == cid).scalar_subquery(),
            select(func.min(inv.issued_on)).where(inv.client_id == cid).scalar_subquery(),
            select(func.min(it.occurred_at)).where(it.client_id == cid).scalar_subquery(),
        )
    ).one()
    days = [d for d in (_day(client.created_at), *map(_day, row)) if d is not None]
    return min(days)


def _referrals(session: Session, client: ClientView) -> tuple[str, tuple[str, ...]]:
    c = models.Client
    referred_by = ""
    if client.referred_by_id is not None:
        row = session.execute(
            select(c.kind, c.first_name, c.last_name, c.company_name, c.id).where(
                c.id == client.referred_by_id
            )
        ).one_or_none()
        if row is not None:
            referred_by = display_name_of(*row)
    rows = session.execute(
        select(c.kind, c.first_name, c.last_name, c.company_name, c.id)
        .where(c.referred_by_id == client.id)
        .order_by(c.created_at, c.id)
    )
    return referred_by, tuple(display_name_of(*r) for r in rows)


def _past_documents(session: Session, client_id: int, today: date) -> tuple[PastDocument, ...]:
    docs: list[PastDocument] = []
    for q in list_quotes(session, client_id=client_id, today=today, limit=FULL_HISTORY_LIMIT):
        if q.status in OPEN_QUOTE_STATUSES:
            continue
        docs.append(
            PastDocument(
                q.issued_on,
                translate("ClientSummary", "Quote"),
                q.number,
                q.title,
                q.age_text,
                q.total_incl_vat,
            )
        )
    for j in list_jobs(
        session, client_id=client_id, include_finished=True, today=today, limit=FULL_HISTORY_LIMIT
    ):
        if j.status not in (JobStatus.DONE, JobStatus.CANCELLED):
            continue
        status = j.status_label
        if j.completed_on:
            status = translate("ClientSummary", "{status} on {date}").format(
                status=status, date=fmt.short_date(j.completed_on)
            )
        docs.append(
            PastDocument(
                j.completed_on or j.planned_start, translate("ClientSummary", "Job"),
                j.quote_number or "", j.title, status, None,
            )
        )  # fmt: skip
    for i in list_invoices(session, client_id=client_id, today=today, limit=FULL_HISTORY_LIMIT):
        if i.state in (*DUE_STATES, PaymentState.DRAFT):
            continue
        docs.append(
            PastDocument(
                i.issued_on, i.kind_label, i.number or "", i.title, i.state_label, i.total_incl_vat
            )
        )
    docs.sort(key=lambda d: d.day or date.min, reverse=True)
    return tuple(docs)


def gather_client_summary(
    session: Session,
    client_id: int,
    options: SummaryOptions | None = None,
    *,
    rating_settings: RatingSettings | None = None,
    now: datetime | None = None,
) -> ClientSummaryData:
    """Read one client's summary (raises ``NotFoundError`` for an unknown client)."""
    options = options or SummaryOptions()
    now = now or datetime.now(UTC)
    today = _local(now).date()
    client = get_client(session, client_id)
    totals = client_totals(session, client_id)
    settings = rating_settings or RatingSettings()
    # The rating's period figures give the revenue and hours "over the period" even when the
    # verdict itself is left out; the verdict is then dropped here, before any rendering.
    rated = rate_client(session, client_id, settings=settings, today=today)
    referred_by, referrals = _referrals(session, client)
    interaction_limit = FULL_HISTORY_LIMIT if options.full_history else options.interactions
    complaint_limit = FULL_HISTORY_LIMIT if options.full_history else RECENT_COMPLAINTS
    complaints_total = int(
        session.scalar(
            select(func.count(models.Feedback.id)).where(models.Feedback.client_id == client_id)
        )
        or 0
    )
    return ClientSummaryData(
        client=client,
        company=get_company(session),
        options=options,
        printed_at=now,
        client_since=_client_since(session, client),
        totals=totals,
        period_label=translate("ClientSummary", "last {months} months").format(
            months=settings.period_months
        ),
        period_revenue=Decimal(rated.figures.revenue_cents) / 100,
        period_minutes=rated.figures.minutes,
        rating=rated if options.include_rating else None,
        referred_by=referred_by,
        referrals=referrals,
        open_quotes=tuple(
            list_quotes(session, client_id=client_id, status=OPEN_QUOTE_STATUSES, today=today)
        ),
        jobs=tuple(list_jobs(session, client_id=client_id, today=today)),
        invoices_due=tuple(
            list_invoices(session, client_id=client_id, state=DUE_STATES, today=today)
        ),
        reminders=list_reminders(session, ReminderFilters(client_id=client_id)).rows,
        interactions=(
            list_interactions(session, client_id, limit=interaction_limit)
            if interaction_limit
            else ()
        ),
        complaints=list_feedback(session, client_id=client_id, limit=complaint_limit),
        complaints_total=complaints_total,
        past_documents=_past_documents(session, client_id, today) if options.full_history else (),
    )


def gather_client_summaries(
    session: Session,
    client_ids: Sequence[int],
    options: SummaryOptions | None = None,
    *,
    rating_settings: RatingSettings | None = None,
    now: datetime | None = None,
) -> tuple[ClientSummaryData, ...]:
    """Several summaries (a selection in the client list) in the same read session."""
    now = now or datetime.now(UTC)
    return tuple(
        gather_client_summary(session, cid, options, rating_settings=rating_settings, now=now)
        for cid in client_ids
    )


# ---- Rendering (pure: no database, no Qt) -----------------------------------------------------

_KIND_LABELS = Labels(
    "ClientSummary",
    {
        ClientKind.PERSON: QT_TRANSLATE_NOOP("ClientSummary", "Individual"),
        ClientKind.COMPANY: QT_TRANSLATE_NOOP("ClientSummary", "Business"),
    },
)
_CONTACT_LABELS = Labels(
    "ClientSummary",
    {
        ContactKind.PHONE: QT_TRANSLATE_NOOP("ClientSummary", "Tel."),
        ContactKind.MOBILE: QT_TRANSLATE_NOOP("ClientSummary", "Mobile"),
        ContactKind.EMAIL: QT_TRANSLATE_NOOP("ClientSummary", "Email"),
    },
)
_CATEGORY_CLASSES = {
    Category.GEM: "gem",
    Category.GOOD: "good",
    Category.WATCH: "watch",
    Category.VAMPIRE: "vampire",
    Category.NOT_ENOUGH_DATA: "unknown",
}


def _labelled(label: str, value: str) -> str:
    """``Contact : Jean Martin`` (French typography) / ``Contact: Jean Martin``."""
    return translate("ClientSummary", "{label}: {value}").format(label=label, value=value)


def _colon() -> str:
    """What separates a label from its text: `` : `` in French, ``: `` in English."""
    return " : " if language() == "fr" else ": "


def _sentence(parts: Iterable[str], *, capital: bool = True) -> str:
    """``["marge horaire 21 €/h…", "62 % du temps…"]`` -> ``"Marge horaire 21 €/h… ; 62 %…."``"""
    separator = " ; " if language() == "fr" else "; "
    text = separator.join(p.strip().rstrip(".") for p in parts if p.strip())
    if not text:
        return ""
    first = text[:1].upper() if capital else text[:1].lower()
    return first + text[1:] + "."


def _duration_since(start: date, today: date) -> str:
    months = (today.year - start.year) * 12 + today.month - start.month - (today.day < start.day)
    if months < 1:
        return translate("ClientSummary", "less than a month")
    if months < 12:
        return _months(months)
    years, rest = divmod(months, 12)
    text = plural(
        years, translate("ClientSummary", "{n} year"), translate("ClientSummary", "{n} years")
    ).format(n=years)
    if not rest:
        return text
    return translate("ClientSummary", "{years} and {months}").format(
        years=text, months=_months(rest)
    )


def _months(n: int) -> str:
    return plural(
        n, translate("ClientSummary", "{n} month"), translate("ClientSummary", "{n} months")
    ).format(n=n)


def _rating_context(data: ClientSummaryData) -> dict[str, Any] | None:
    rated = data.rating
    if rated is None:
        return None
    rating = rated.rating
    reasons = list(rating.reasons)
    if not data.options.include_amounts:
        reasons = [r for r in reasons if "€" not in r.text]
    verdict_is_fair = rated.category in (Category.GEM, Category.GOOD)
    main = [r.text for r in reasons if r.fair == verdict_is_fair][:REASONS_SHOWN]
    other = [r.text for r in reasons if r.fair != verdict_is_fair][:REASONS_SHOWN]
    if not rating.judged:
        main, other = [r.text for r in reasons][:1], []
    score = f"{rating.score}/100" if rating.score is not None else ""
    other_label = (
        translate("ClientSummary", "Against them")
        if verdict_is_fair
        else translate("ClientSummary", "In their favour")
    )
    other_text = _sentence(other, capital=False)
    return {
        "label": rated.category.label,
        "heading": translate("ClientSummary", "Rating: {category}").format(
            category=rated.category.label
        ),
        "css": _CATEGORY_CLASSES[rated.category],
        "score": score,
        "score_text": translate("ClientSummary", "– score {score} over the {period}").format(
            score=score, period=data.period_label
        ),
        "main": _sentence(main),
        "other_label": other_label,
        "other": other_text,
        "other_text": _labelled(other_label, other_text) if other_text else "",
    }


def _identity(client: ClientView, *, private: bool) -> dict[str, Any]:
    person = " ".join(p for p in (client.title, client.first_name, client.last_name) if p)
    contacts = [
        {
            "kind": _CONTACT_LABELS.get(c.kind, ""),
            "value": c.value,
            "label": c.label,
        }
        for c in sorted(client.contacts, key=lambda c: c.kind == ContactKind.EMAIL)
    ]
    billing = [a for a in client.addresses if a.kind == AddressKind.BILLING]
    sites = [a for a in client.addresses if a.kind != AddressKind.BILLING]

    def address(a: Any, *, billing: bool) -> dict[str, Any]:
        lines = [a.line1, a.line2, f"{a.postcode} {a.city}".strip()]
        if a.country and a.country != "FR":
            lines.append(a.country)
        if billing:
            heading = (
                translate("ClientSummary", "Address ({label}):").format(label=a.label)
                if a.label
                else translate("ClientSummary", "Address:")
            )
        else:
            heading = (
                translate("ClientSummary", "{label}:").format(label=a.label) if a.label else ""
            )
        return {"label": a.label, "heading": heading, "lines": [x for x in lines if x]}

    # "Individual · Contact : Jean Martin · SIRET : …" under the client's name
    facts: list[str] = [_KIND_LABELS.get(client.kind, "")]
    if client.kind == ClientKind.COMPANY and person:
        facts.append(_labelled(translate("ClientSummary", "Contact"), person))
    if client.siret:
        facts.append(_labelled(translate("ClientSummary", "SIRET"), client.siret))
    if client.vat_number:
        facts.append(_labelled(translate("ClientSummary", "VAT no."), client.vat_number))
    if client.tags and private:
        # The artisan's own labels ("à surveiller"...) are as private as the rating.
        facts.append(_labelled(translate("ClientSummary", "Tags"), ", ".join(client.tags)))
    if client.maintenance_contract:
        contract = (
            translate("ClientSummary", "yes, next visit on {date}").format(
                date=fmt.short_date(client.maintenance_due_on)
            )
            if client.maintenance_due_on
            else translate("ClientSummary", "yes")
        )
        facts.append(_labelled(translate("ClientSummary", "Maintenance contract"), contract))
    return {
        "facts": facts,
        "contacts": contacts,
        "billing": [address(a, billing=True) for a in billing],
        "sites": [address(a, billing=False) for a in sites],
    }


def _glance(data: ClientSummaryData) -> list[tuple[str, str]]:
    today = data.today
    money = data.options.include_amounts
    t = data.totals
    rows = [
        (
            translate("ClientSummary", "Client since"),
            f"{fmt.short_date(data.client_since)} ({_duration_since(data.client_since, today)})",
        )
    ]
    last_contact = translate("ClientSummary", "Last contact")
    if t.last_contact is not None:
        day = _local(t.last_contact).date()
        rows.append((last_contact, f"{fmt.short_date(day)}, {days_ago_text((today - day).days)}"))
    else:
        rows.append((last_contact, translate("ClientSummary", "no contact recorded")))
    if money:
        rows.append(
            (
                translate("ClientSummary", "Revenue excl. VAT ({period})").format(
                    period=data.period_label
                ),
                fmt.money(data.period_revenue),
            )
        )
    rows.append(
        (
            translate("ClientSummary", "Time spent ({period})").format(period=data.period_label),
            format_minutes(data.period_minutes)
            if data.period_minutes
            else translate("ClientSummary", "none"),
        )
    )
    if money and t.amount_due:
        rows.append((translate("ClientSummary", "Still to pay"), fmt.money(t.amount_due)))
    contacts = plural(
        t.interactions,
        translate("ClientSummary", "{n} interaction"),
        translate("ClientSummary", "{n} interactions"),
    ).format(n=t.interactions)
    if t.complaints:
        contacts = translate(
            "ClientSummary", "{interactions}, {n} of them about a complaint"
        ).format(interactions=contacts, n=t.complaints)
    if data.complaints_total:
        n = data.complaints_total
        contacts = plural(
            n,
            translate("ClientSummary", "{interactions}; {n} complaint recorded"),
            translate("ClientSummary", "{interactions}; {n} complaints recorded"),
        ).format(interactions=contacts, n=n)
    rows.append((translate("ClientSummary", "Interactions"), contacts))
    origin = data.client.source
    if data.referred_by:
        origin = translate("ClientSummary", "referred by {name}").format(name=data.referred_by)
        # The source is what the artisan typed (or the demo wrote): skip the one that only
        # says "referred by a client", in either language.
        plain_referral = {
            fold("recommandé par un client"),  # fr-only
            fold(translate("ClientSummary", "referred by a client")),
        }
        if data.client.source and fold(data.client.source) not in plain_referral:
            origin = f"{data.client.source}, {origin}"
    if origin:
        rows.append((translate("ClientSummary", "Source"), origin))
    if data.referrals:
        count = len(data.referrals)
        rows.append(
            (
                translate("ClientSummary", "Referrer"),
                plural(
                    count,
                    translate("ClientSummary", "referred {n} client: {names}"),
                    translate("ClientSummary", "referred {n} clients: {names}"),
                ).format(n=count, names=", ".join(data.referrals)),
            )
        )
    return rows


def _interaction(i: InteractionView) -> dict[str, Any]:
    local = _local(i.occurred_at)
    flags = [
        label
        for flag, label in (
            (i.is_complaint, translate("ClientSummary", "complaint")),
            (i.is_discount_request, translate("ClientSummary", "discount request")),
            (i.is_change_request, translate("ClientSummary", "change request")),
        )
        if flag
    ]
    return {
        "when": f"{local:%d/%m/%Y}",
        "time": f"{local:%H:%M}",
        "kind": interaction_title(i.channel, i.direction),
        "flags": ", ".join(flags),
        "complaint": i.is_complaint,
        "summary": i.summary,
        "minutes": format_minutes(i.minutes) if i.minutes else "",
    }


def _reminder(r: ReminderView, today: date) -> dict[str, Any]:
    day = _local(r.effective_due_at).date()
    return {
        "when": fmt.short_date(day),
        "late": day < today,
        "title": r.title,
        "note": r.note,
        "snoozed": r.state.value == "snoozed",
    }


def _job(j: JobRow) -> dict[str, Any]:
    return {
        "title": j.title or translate("ClientSummary", "Job no. {id}").format(id=j.id),
        "quote": j.quote_number or "",
        "quote_text": translate("ClientSummary", "quote {number}").format(number=j.quote_number)
        if j.quote_number
        else "",
        "status": j.status_label,
        "start": fmt.short_date(j.planned_start),
        "deadline": fmt.short_date(j.deadline),
        "late": j.late_text,
        "hours": format_minutes(j.planned_minutes) if j.planned_minutes else "",
    }


def _complaint(f: FeedbackView) -> dict[str, Any]:
    resolved = f.status == FeedbackStatus.RESOLVED
    return {
        "when": fmt.short_date(f.received_on),
        "category": f.category,
        "criticism": f.criticism,
        "resolved": resolved,
        "resolution": f.resolution,
        "lesson": f.lesson_learned,
        "lesson_text": translate("ClientSummary", "Lesson: {lesson}").format(
            lesson=f.lesson_learned
        )
        if f.lesson_learned
        else "",
    }


def summary_labels() -> dict[str, str]:
    """The template's fixed text, in the interface language."""
    return {
        "your_company": translate("ClientSummary", "Your company"),
        "tel": translate("ClientSummary", "Tel."),
        "client_summary": translate("ClientSummary", "Client summary"),
        "archived": translate("ClientSummary", "Archived client."),
        "how_to_reach": translate("ClientSummary", "How to reach them"),
        "no_phone_or_email": translate("ClientSummary", "No phone or email."),
        "site_addresses": translate("ClientSummary", "Site addresses"),
        "no_other_address": translate("ClientSummary", "None other than the client's address."),
        "no_address": translate("ClientSummary", "No address."),
        "at_a_glance": translate("ClientSummary", "The relationship at a glance"),
        "in_progress": translate("ClientSummary", "In progress"),
        "nothing_in_progress": translate(
            "ClientSummary",
            "Nothing in progress: no quote awaiting an answer, open job, invoice to pay"
            " or reminder.",
        ),
        "quote": translate("ClientSummary", "Quote"),
        "subject": translate("ClientSummary", "Subject"),
        "since": translate("ClientSummary", "Since"),
        "valid_until": translate("ClientSummary", "Valid until"),
        "amount_incl_vat": translate("ClientSummary", "Amount incl. VAT"),
        "open_quotes_total": translate("ClientSummary", "Total of the quotes awaiting an answer"),
        "job": translate("ClientSummary", "Job"),
        "status": translate("ClientSummary", "Status"),
        "start": translate("ClientSummary", "Start"),
        "deadline": translate("ClientSummary", "Deadline"),
        "planned_hours": translate("ClientSummary", "Planned hours"),
        "invoice": translate("ClientSummary", "Invoice"),
        "issued_on": translate("ClientSummary", "Issued on"),
        "due_date": translate("ClientSummary", "Due date"),
        "payment_state": translate("ClientSummary", "Payment"),
        "still_to_pay": translate("ClientSummary", "Still to pay"),
        "invoices_total": translate("ClientSummary", "Total still due"),
        "due": translate("ClientSummary", "Due"),
        "to_do": translate("ClientSummary", "To do"),
        "snoozed": translate("ClientSummary", "(snoozed)"),
        "history": translate("ClientSummary", "History"),
        "date": translate("ClientSummary", "Date"),
        "contact": translate("ClientSummary", "Contact"),
        "summary": translate("ClientSummary", "Summary"),
        "duration": translate("ClientSummary", "Duration"),
        "no_interactions": translate("ClientSummary", "No interaction recorded."),
        "received_on": translate("ClientSummary", "Received on"),
        "criticism": translate("ClientSummary", "What the client complained about"),
        "handling": translate("ClientSummary", "Handling and lesson learnt"),
        "resolved": translate("ClientSummary", "Resolved"),
        "to_handle": translate("ClientSummary", "To handle"),
        "no_complaints": translate("ClientSummary", "No complaints."),
        "notes": translate("ClientSummary", "Notes"),
        "no_notes": translate("ClientSummary", "No notes."),
        "document": translate("ClientSummary", "Document"),
        "no_closed_documents": translate("ClientSummary", "No closed documents."),
        "colon": _colon(),
    }


def summary_context(data: ClientSummaryData) -> dict[str, Any]:
    """The template's variables (plain strings: the template only lays them out)."""
    money = data.options.include_amounts
    today = data.today
    c = data.client
    printed_local = _local(data.printed_at)
    interactions_total = data.totals.interactions
    shown = len(data.interactions)
    if shown == 0:
        interactions_title = translate("ClientSummary", "Latest interactions")
    elif shown >= interactions_total:
        interactions_title = (
            translate("ClientSummary", "Interactions ({n})").format(n=shown)
            if data.options.full_history
            else translate("ClientSummary", "Latest interactions (all {n})").format(n=shown)
        )
    else:
        interactions_title = translate(
            "ClientSummary", "Latest interactions ({shown} of {total})"
        ).format(shown=shown, total=interactions_total)
    complaints_shown = len(data.complaints)
    complaints_more = max(0, data.complaints_total - complaints_shown)
    past_count = len(data.past_documents)
    return {
        "labels": summary_labels(),
        "doc_title": _document_title(c.display_name),
        "company": data.company,
        "has_logo": bool(data.company.logo_png),
        "printed_on": translate("ClientSummary", "Printed on {date} at {time}").format(
            date=fmt.long_date(today), time=f"{printed_local:%H:%M}"
        ),
        "client_name": c.display_name,
        "client_number": c.id,
        "client_number_text": translate("ClientSummary", "Client no. {number}").format(number=c.id),
        "archived": c.archived,
        "identity": _identity(c, private=data.options.include_rating),
        "glance": _glance(data),
        "rating": _rating_context(data),
        "rating_period": data.period_label,
        "show_amounts": money,
        "full_history": data.options.full_history,
        "open_quotes_title": translate("ClientSummary", "Quotes awaiting an answer ({n})").format(
            n=len(data.open_quotes)
        ),
        "jobs_title": translate("ClientSummary", "Jobs in progress or planned ({n})").format(
            n=len(data.jobs)
        ),
        "invoices_title": translate("ClientSummary", "Invoices to pay ({n})").format(
            n=len(data.invoices_due)
        ),
        "reminders_title": translate("ClientSummary", "Reminders to do ({n})").format(
            n=len(data.reminders)
        ),
        "complaints_title": translate(
            "ClientSummary", "Complaints and how they were handled ({n})"
        ).format(n=complaints_shown + complaints_more)
        if data.complaints
        else translate("ClientSummary", "Complaints and how they were handled"),
        "complaints_more_text": plural(
            complaints_more,
            translate(
                "ClientSummary",
                "… and {n} older complaint (print the full history to see every one).",
            ),
            translate(
                "ClientSummary",
                "… and {n} older complaints (print the full history to see every one).",
            ),
        ).format(n=complaints_more),
        "past_documents_title": translate(
            "ClientSummary", "Closed quotes, jobs and invoices ({n})"
        ).format(n=past_count),
        "open_quotes": [
            {
                "number": q.number,
                "title": q.title,
                "status": q.status_label,
                "age": q.age_text,
                "valid_until": fmt.short_date(q.valid_until),
                "expired": q.valid_until is not None and q.valid_until < today,
                "amount": fmt.money(q.total_incl_vat),
            }
            for q in data.open_quotes
        ],
        "open_quotes_total": fmt.money(
            sum((q.total_incl_vat for q in data.open_quotes), Decimal(0))
        ),
        "jobs": [_job(j) for j in data.jobs],
        "invoices": [
            {
                "number": i.number or translate("ClientSummary", "draft"),
                "title": i.title,
                "issued_on": fmt.short_date(i.issued_on),
                "due_on": fmt.short_date(i.due_on),
                "late": i.days_late > 0,
                "state": i.state_label,
                "total": fmt.money(i.total_incl_vat),
                "total_text": translate("ClientSummary", "of {total}").format(
                    total=fmt.money(i.total_incl_vat)
                ),
                "remaining": fmt.money(i.remaining),
            }
            for i in data.invoices_due
        ],
        "invoices_total": fmt.money(sum((i.remaining for i in data.invoices_due), Decimal(0))),
        "reminders": [_reminder(r, today) for r in data.reminders],
        "interactions_title": interactions_title,
        "interactions": [_interaction(i) for i in data.interactions],
        "complaints": [_complaint(f) for f in data.complaints],
        "complaints_more": complaints_more,
        "notes": c.notes,
        "past_documents": [
            {
                "when": fmt.short_date(d.day),
                "kind": d.kind,
                "reference": d.reference,
                "title": d.title,
                "status": d.status,
                "amount": fmt.money(d.amount) if d.amount is not None else "",
            }
            for d in data.past_documents
        ],
    }


def render_summary_html(data: ClientSummaryData) -> str:
    return _ENV.get_template(TEMPLATE).render(summary_context(data))


def _document_title(name: str) -> str:
    return translate("ClientSummary", "Client summary – {name}").format(name=name)


def render_client_summary(data: ClientSummaryData) -> PrintableDocument:
    """The printable summary (pure: no database; Qt only when painted)."""
    name = data.client.display_name
    parts = [
        data.company.name,
        _document_title(name),
        translate("ClientSummary", "printed on {date}").format(date=fmt.short_date(data.today)),
    ]
    return PrintableDocument(
        html=render_summary_html(data),
        title=_document_title(name),
        footer=" · ".join(p for p in parts if p),
        logo_png=data.company.logo_png,
        extra={"client_id": data.client.id, "client_name": name},
    )


def client_summary_document(
    session: Session,
    client_id: int,
    options: SummaryOptions | None = None,
    *,
    rating_settings: RatingSettings | None = None,
    now: datetime | None = None,
) -> PrintableDocument:
    data = gather_client_summary(
        session, client_id, options, rating_settings=rating_settings, now=now
    )
    return render_client_summary(data)


# ---- Several summaries in one print job -------------------------------------------------------


def summary_file_name(name: str, client_id: int, used: set[str] | None = None) -> str:
    """A portable file name from the client's name: ``"Hélène Lefèvre" -> "Helene-Lefevre.pdf"``.

    Only ASCII letters, digits, ``-`` and ``_``; at most 80 characters; the client's number
    is added when the name is empty or already taken in ``used`` (which is updated).
    """
    import unicodedata

    ascii_name = (
        unicodedata.normalize("NFKD", name.replace("œ", "oe").replace("Œ", "OE"))
        .encode("ascii", "ignore")
        .decode()
    )
    stem = re.sub(r"[^A-Za-z0-9_]+", "-", ascii_name).strip("-_")[:80].strip("-_")
    if not stem:
        stem = f"client-{client_id}"
    if used is not None:
        if stem.lower() in used:
            stem = f"{stem}-{client_id}"
        used.add(stem.lower())
    return f"{stem}.pdf"


def write_client_summary_pdf(
    db: Database,
    client_id: int,
    path: Path | str,
    options: SummaryOptions | None = None,
    *,
    rating_settings: RatingSettings | None = None,
    now: datetime | None = None,
) -> int:
    """Write one client's summary as a PDF; returns the number of pages."""
    with db.read() as session:
        data = gather_client_summary(
            session, client_id, options, rating_settings=rating_settings, now=now
        )
    return write_documents_pdf([render_client_summary(data)], path)


def active_client_ids(session: Session) -> list[int]:
    c = models.Client
    return list(session.scalars(select(c.id).where(c.archived.is_(False)).order_by(c.id)))


def write_active_summaries(
    db: Database,
    directory: Path | str,
    options: SummaryOptions | None = None,
    *,
    rating_settings: RatingSettings | None = None,
    now: datetime | None = None,
) -> list[tuple[Path, int]]:
    """One PDF per non-archived client in ``directory``; returns ``(path, pages)`` per file.

    Each client is read in its own short read session (no session stays open while the
    PDFs are painted).
    """
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    now = now or datetime.now(UTC)
    with db.read() as session:
        ids = active_client_ids(session)
    used: set[str] = set()
    written = []
    for client_id in ids:
        with db.read() as session:
            data = gather_client_summary(
                session, client_id, options, rating_settings=rating_settings, now=now
            )
        path = directory / summary_file_name(data.client.display_name, client_id, used)
        written.append((path, write_documents_pdf([render_client_summary(data)], path)))
    return written


__all__ = [
    "DEFAULT_INTERACTIONS",
    "ClientSummaryData",
    "SummaryOptions",
    "active_client_ids",
    "client_summary_document",
    "gather_client_summaries",
    "gather_client_summary",
    "keep_rows_whole",
    "paint_documents",
    "render_client_summary",
    "summary_file_name",
    "write_active_summaries",
    "write_client_summary_pdf",
    "write_documents_pdf",
]
