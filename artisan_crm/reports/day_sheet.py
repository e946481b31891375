"""The printable day sheet (feuille de route) for a day or a week.

Data come from ``services.today``; the HTML is a Jinja2 template with autoescape
on (client text never becomes markup); painting and PDF reuse
:class:`artisan_crm.reports.documents.PrintableDocument` (QTextDocument ->
QPrinter / QPdfWriter).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from babel.dates import format_date
from jinja2 import Environment, FileSystemLoader

from artisan_crm.domain.quotes import format_euros
from artisan_crm.domain.reminder_rules import RuleSettings, french_time, local_day
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
LOCALE = "fr_FR"

_ENV = Environment(
    loader=FileSystemLoader(str(TEMPLATES)),
    autoescape=True,  # the file ends in .j2: select_autoescape would not catch it
    trim_blocks=True,
    lstrip_blocks=True,
)


def long_day(day: date) -> str:
    """``lundi 23 novembre 2026``."""
    return format_date(day, format="EEEE d MMMM y", locale=LOCALE)


def _days(n: int) -> str:
    return f"{n} jour" if abs(n) == 1 else f"{n} jours"


def _appointment(a: AppointmentView, s: RuleSettings) -> dict[str, str]:
    return {
        "time": f"{french_time(a.starts_at, s.tz)} – {french_time(a.ends_at, s.tz)}",
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
        when = french_time(due, s.tz)
    elif day.year == today.year:
        when = f"{day:%d/%m} {french_time(due, s.tz)}"
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
    if d.days_left < 0:
        when = f"{d.deadline:%d/%m} (retard {_days(-d.days_left)})"
    elif d.days_left == 0:
        when = f"{d.deadline:%d/%m} (aujourd'hui)"
    else:
        when = f"{d.deadline:%d/%m} (J-{d.days_left})"
    return {
        "when": when,
        "late": d.days_left < 0,
        "title": d.title or f"Chantier n°{d.job_id}",
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
        title="Feuille de route",
        subtitle=long_day(today).capitalize(),
        company_name=company_name,
        printed_on=f"{printed_on or local_day(overview.now, s.tz):%d/%m/%Y}",
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
                "amount": format_euros(q.total_incl_vat),
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
                "remaining": format_euros(i.remaining),
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
        title="Semaine",
        subtitle=f"Du {long_day(agenda.monday)} au {long_day(sunday)}",
        company_name=company_name,
        printed_on=f"{printed_on or date.today():%d/%m/%Y}",
        days=[
            {
                "label": long_day(d.day).capitalize(),
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
        title = f"Semaine du {agenda.monday:%d/%m/%Y}"
    else:
        overview = today_overview(session, day, now, s)
        html = render_day_html(overview, company_name=company, settings=s, printed_on=printed_on)
        title = f"Feuille de route du {day:%d/%m/%Y}"
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
