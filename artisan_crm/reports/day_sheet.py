"""The printable day sheet (feuille de route) for a day or a week.

Data come from ``services.today``; the HTML is a Jinja2 template with autoescape
on (client text never becomes markup); painting and PDF reuse
:class:`artisan_crm.reports.documents.PrintableDocument` (QTextDocument ->
QPrinter / QPdfWriter).

The sheet is for the artisan himself: it follows the interface language. The
template's fixed text comes from :func:`sheet_labels` (``{{ labels.phone }}``), so
that ``pyside6-lupdate`` finds it; times, dates and amounts follow the language too.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from babel.dates import format_date
from jinja2 import Environment, FileSystemLoader

from artisan_crm.domain.reminder_rules import RuleSettings, french_time, local_day
from artisan_crm.i18n import format_time, language, locale_name, translate
from artisan_crm.reports import formatting as fmt
from artisan_crm.services.today import TodayOverview, WeekAgenda, today_overview, week_agenda

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from artisan_crm.reports.documents import PrintableDocument
    from artisan_crm.services.appointments import AppointmentView
    from artisan_crm.services.reminders import ReminderView
    from artisan_crm.services.today import DeadlineItem
    from artisan_crm.storage.database import Database

TEMPLATES = Path(__file__).with_name("templates")
TEMPLATE = "day_sheet.html.j2"

_ENV = Environment(
    loader=FileSystemLoader(str(TEMPLATES)),
    autoescape=True,  # the file ends in .j2: select_autoescape would not catch it
    trim_blocks=True,
    lstrip_blocks=True,
)


def long_day(day: date) -> str:
    """``lundi 23 novembre 2026`` / ``Monday 23 November 2026``."""
    return format_date(day, format="EEEE d MMMM y", locale=locale_name())


def _capitalized(text: str) -> str:
    """First letter upper case, the rest untouched (``str.capitalize`` would lower "November")."""
    return text[:1].upper() + text[1:]


def _time(moment: datetime, zone: ZoneInfo | str) -> str:
    """``9 h``, ``14 h 30`` (French typography) / ``09:00``, ``14:30``."""
    if language() == "fr":
        return french_time(moment, zone)
    return format_time(moment.astimezone(ZoneInfo(zone) if isinstance(zone, str) else zone))


def _days(n: int) -> str:
    # Singular for exactly 1 in both languages: the sheet always printed "0 jours".
    if abs(n) == 1:
        return translate("DaySheet", "{n} day").format(n=n)
    return translate("DaySheet", "{n} days").format(n=n)


def sheet_labels() -> dict[str, str]:
    """The template's fixed text, in the interface language."""
    return {
        "time": translate("DaySheet", "Time"),
        "client": translate("DaySheet", "Client"),
        "phone": translate("DaySheet", "Phone"),
        "address": translate("DaySheet", "Address"),
        "purpose": translate("DaySheet", "Purpose"),
        "to_bring": translate("DaySheet", "To bring"),
        "no_appointments": translate("DaySheet", "No appointments."),
        "reminder_due": translate("DaySheet", "Due"),
        "to_do": translate("DaySheet", "To do"),
        "deadline": translate("DaySheet", "Deadline"),
        "job": translate("DaySheet", "Job"),
        "appointments": translate("DaySheet", "Appointments"),
        "reminders_today": translate("DaySheet", "Today's reminders"),
        "reminders_today_and_overdue": translate("DaySheet", "Today's and overdue reminders"),
        "nothing_to_remind": translate("DaySheet", "Nothing to remind today."),
        "job_deadlines": translate("DaySheet", "Job deadlines (7 days)"),
        "no_deadlines": translate("DaySheet", "No deadlines this week."),
        "quotes_awaiting": translate("DaySheet", "Quotes awaiting an answer"),
        "quote": translate("DaySheet", "Quote"),
        "sent_on": translate("DaySheet", "Sent on"),
        "waiting": translate("DaySheet", "Waiting"),
        "amount_incl_vat": translate("DaySheet", "Amount incl. VAT"),
        "no_quotes": translate("DaySheet", "No quotes awaiting an answer."),
        "overdue_invoices": translate("DaySheet", "Overdue invoices"),
        "invoice": translate("DaySheet", "Invoice"),
        "due_on": translate("DaySheet", "Due on"),
        "late": translate("DaySheet", "Late"),
        "remaining": translate("DaySheet", "Still due"),
        "no_invoices": translate("DaySheet", "No overdue invoices."),
        "nothing_planned": translate("DaySheet", "Nothing planned."),
    }


def _printed_on(day: date) -> str:
    return translate("DaySheet", "Printed on {date}").format(date=f"{day:%d/%m/%Y}")


def _appointment(a: AppointmentView, s: RuleSettings) -> dict[str, str]:
    return {
        "time": f"{_time(a.starts_at, s.tz)} – {_time(a.ends_at, s.tz)}",
        "client": a.client_name,
        "phone": a.client_phone,
        "address": a.address,
        "purpose": a.purpose,
        "to_bring": a.to_bring,
    }


def _reminder(r: ReminderView, today: date, s: RuleSettings) -> dict[str, Any]:
    due = r.effective_due_at
    day = local_day(due, s.tz)
    if day == today:
        when = _time(due, s.tz)
    elif day.year == today.year:
        when = f"{day:%d/%m} {_time(due, s.tz)}"
    else:
        when = f"{day:%d/%m/%Y}"
    return {
        "when": when,
        "late": day < today,
        "title": r.title,
        "note": r.note,
        "client": r.client_name,
        "phone": r.client_phone,
    }


def _deadline(d: DeadlineItem) -> dict[str, Any]:
    day = f"{d.deadline:%d/%m}"
    if d.days_left < 0:
        when = translate("DaySheet", "{date} ({days} late)").format(
            date=day, days=_days(-d.days_left)
        )
    elif d.days_left == 0:
        when = translate("DaySheet", "{date} (today)").format(date=day)
    else:
        # French "J-3": three days before the deadline
        left = (
            translate("DaySheet", "{date} (in {n} day)")
            if d.days_left == 1
            else translate("DaySheet", "{date} (in {n} days)")
        )
        when = left.format(date=day, n=d.days_left)
    return {
        "when": when,
        "late": d.days_left < 0,
        "title": d.title or translate("DaySheet", "Job no. {id}").format(id=d.job_id),
        "client": d.client_name,
        "phone": d.client_phone,
        "address": d.client_address,
    }


def render_day_html(
    overview: TodayOverview,
    *,
    company_name: str = "",
    settings: RuleSettings | None = None,
    printed_on: date | None = None,
) -> str:
    s = settings or RuleSettings()
    today = overview.today
    return _ENV.get_template(TEMPLATE).render(
        mode="day",
        labels=sheet_labels(),
        title=translate("DaySheet", "Day sheet"),
        subtitle=_capitalized(long_day(today)),
        company_name=company_name,
        printed_on=_printed_on(printed_on or local_day(overview.now, s.tz)),
        appointments=[_appointment(a, s) for a in overview.appointments],
        overdue=[_reminder(r, today, s) for r in overview.overdue_reminders],
        reminders=[_reminder(r, today, s) for r in overview.today_reminders],
        deadlines=[_deadline(d) for d in overview.deadlines],
        quotes=[
            {
                "number": q.number,
                "title": q.title,
                "client": q.client_name,
                "phone": q.client_phone,
                "sent_on": f"{q.sent_on:%d/%m/%Y}" if q.sent_on else "",
                "waiting": _days(q.days_waiting),
                "amount": fmt.money(q.total_incl_vat),
            }
            for q in overview.quotes_awaiting
        ],
        invoices=[
            {
                "number": i.number,
                "client": i.client_name,
                "phone": i.client_phone,
                "due_on": f"{i.due_on:%d/%m/%Y}",
                "late": _days(i.days_late),
                "remaining": fmt.money(i.remaining),
            }
            for i in overview.overdue_invoices
        ],
    )


def render_week_html(
    agenda: WeekAgenda,
    *,
    company_name: str = "",
    settings: RuleSettings | None = None,
    printed_on: date | None = None,
) -> str:
    s = settings or RuleSettings()
    sunday = agenda.days[-1].day
    return _ENV.get_template(TEMPLATE).render(
        mode="week",
        labels=sheet_labels(),
        title=translate("DaySheet", "Week"),
        subtitle=translate("DaySheet", "From {start} to {end}").format(
            start=long_day(agenda.monday), end=long_day(sunday)
        ),
        company_name=company_name,
        printed_on=_printed_on(printed_on or date.today()),
        days=[
            {
                "label": _capitalized(long_day(d.day)),
                "appointments": [_appointment(a, s) for a in d.appointments],
                "reminders": [_reminder(r, d.day, s) for r in d.reminders],
                "deadlines": [_deadline(x) for x in d.deadlines],
            }
            for d in agenda.days
        ],
    )


def _company_name(session: Session) -> str:
    try:
        from artisan_crm.services.company import get_company

        return get_company(session).name
    except Exception:  # no company row yet: the sheet prints without it
        return ""


def day_sheet_document(
    session: Session,
    day: date,
    now: datetime,
    *,
    week: bool = False,
    settings: RuleSettings | None = None,
) -> PrintableDocument:
    """The day (or its week) as a printable document (needs no Qt until painted)."""
    from artisan_crm.reports.documents import PrintableDocument

    s = settings or RuleSettings()
    company = _company_name(session)
    printed_on = local_day(now, s.tz)
    if week:
        agenda = week_agenda(session, day, s, today=printed_on)
        html = render_week_html(agenda, company_name=company, settings=s, printed_on=printed_on)
        title = translate("DaySheet", "Week of {date}").format(date=f"{agenda.monday:%d/%m/%Y}")
    else:
        overview = today_overview(session, day, now, s)
        html = render_day_html(overview, company_name=company, settings=s, printed_on=printed_on)
        title = translate("DaySheet", "Day sheet for {date}").format(date=f"{day:%d/%m/%Y}")
    return PrintableDocument(html=html, title=title, footer=title)


def write_day_sheet_pdf(
    db: Database,
    day: date,
    path: Path | str,
    *,
    now: datetime,
    week: bool = False,
    settings: RuleSettings | None = None,
) -> int:
    """Write the day (or week) sheet as a PDF; returns the number of pages."""
    with db.read() as session:
        document = day_sheet_document(session, day, now, week=week, settings=settings)
    return document.write_pdf(path)
