"""Appointments and job deadlines as an iCalendar file (RFC 5545) for phones and agendas.

Timed events are written in UTC (``DTSTART:20260312T080000Z``), which every client
shows in its own zone: no VTIMEZONE to get wrong. Deadlines are all-day events
(``VALUE=DATE``). Lines end with CRLF and are folded at 75 octets without cutting
a UTF-8 character; text values are escaped (backslash, semicolon, comma, newline).
UIDs are stable (``appointment-12@<namespace>``), so importing again updates
events instead of duplicating them; ``SEQUENCE`` follows the row version.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from artisan_crm import __version__
from artisan_crm.domain.reminder_rules import UNFINISHED_JOBS
from artisan_crm.i18n import translate
from artisan_crm.services.reminders import contact_infos
from artisan_crm.storage.models import Appointment, Job

DEFAULT_NAMESPACE = "artisan-crm"
FOLD_OCTETS = 75


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    summary: str
    start: datetime | date  # aware datetime (timed) or date (all-day)
    end: datetime | date
    description: str = ""
    location: str = ""
    sequence: int = 0
    last_modified: datetime | None = None
    alarm_minutes_before: int | None = None


def escape_text(value: str) -> str:
    """RFC 5545 §3.3.11 TEXT escaping."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold_line(line: str) -> str:
    """Fold one content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 sequence."""
    data = line.encode("utf-8")
    if len(data) <= FOLD_OCTETS:
        return line
    parts: list[str] = []
    current = ""
    size = 0
    limit = FOLD_OCTETS
    for char in line:
        n = len(char.encode("utf-8"))
        if size + n > limit:
            parts.append(current)
            current, size = char, n
            limit = FOLD_OCTETS - 1  # continuation lines start with one space
        else:
            current += char
            size += n
    parts.append(current)
    return "\r\n ".join(parts)


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _event_lines(event: CalendarEvent, stamp: datetime) -> list[str]:
    lines = ["BEGIN:VEVENT", f"UID:{event.uid}", f"DTSTAMP:{_utc(stamp)}"]
    if isinstance(event.start, datetime):
        assert isinstance(event.end, datetime)
        lines += [f"DTSTART:{_utc(event.start)}", f"DTEND:{_utc(event.end)}"]
    else:
        lines += [
            f"DTSTART;VALUE=DATE:{event.start:%Y%m%d}",
            f"DTEND;VALUE=DATE:{event.end:%Y%m%d}",
            "TRANSP:TRANSPARENT",
        ]
    lines.append(f"SUMMARY:{escape_text(event.summary)}")
    if event.description:
        lines.append(f"DESCRIPTION:{escape_text(event.description)}")
    if event.location:
        lines.append(f"LOCATION:{escape_text(event.location)}")
    lines.append(f"SEQUENCE:{event.sequence}")
    if event.last_modified is not None:
        lines.append(f"LAST-MODIFIED:{_utc(event.last_modified)}")
    if event.alarm_minutes_before is not None:
        lines += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{escape_text(event.summary)}",
            f"TRIGGER:-PT{event.alarm_minutes_before}M",
            "END:VALARM",
        ]
    lines.append("END:VEVENT")
    return lines


def build_ics(
    events: Iterable[CalendarEvent], *, now: datetime, calendar_name: str = "Artisan CRM"
) -> str:
    """The whole iCalendar text (CRLF line ends, folded)."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//Artisan CRM//artisan-crm {__version__}//FR",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(calendar_name)}",
    ]
    for event in events:
        lines += _event_lines(event, now)
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + "\r\n" for line in lines)


def _phone(number: str) -> str:
    return translate("CalendarExport", "Tel. {phone}").format(phone=number)


def calendar_events(
    session: Session,
    *,
    start: datetime | None = None,
    end: datetime | None = None,
    namespace: str = DEFAULT_NAMESPACE,
) -> list[CalendarEvent]:
    """Appointments (timed) and deadlines of unfinished jobs (all-day) in ``[start, end)``."""
    stmt = select(Appointment)
    if start is not None:
        stmt = stmt.where(Appointment.starts_at >= start)
    if end is not None:
        stmt = stmt.where(Appointment.starts_at < end)
    appointments = list(session.scalars(stmt.order_by(Appointment.starts_at, Appointment.id)))
    job_stmt = select(Job).where(Job.status.in_(UNFINISHED_JOBS), Job.deadline.is_not(None))
    if start is not None:
        job_stmt = job_stmt.where(Job.deadline >= start.date())
    if end is not None:
        job_stmt = job_stmt.where(Job.deadline <= end.date())
    jobs = list(session.scalars(job_stmt.order_by(Job.deadline, Job.id)))
    infos = contact_infos(
        session, [a.client_id for a in appointments] + [j.client_id for j in jobs]
    )
    events: list[CalendarEvent] = []
    for a in appointments:
        info = infos.get(a.client_id) if a.client_id is not None else None
        who = info.name if info else ""
        if who:
            summary = translate("CalendarExport", "Appointment with {name}").format(name=who)
        elif a.purpose:
            summary = a.purpose.splitlines()[0]
        else:
            summary = translate("CalendarExport", "Appointment")
        details = [a.purpose]
        if a.to_bring:
            details.append(
                translate("CalendarExport", "To bring: {items}").format(items=a.to_bring)
            )
        if info and info.phone:
            details.append(_phone(info.phone))
        events.append(
            CalendarEvent(
                uid=f"appointment-{a.id}@{namespace}",
                summary=summary,
                start=a.starts_at,
                end=a.starts_at + timedelta(minutes=a.duration_minutes),
                description="\n".join(d for d in details if d),
                location=a.address or (info.address if info else ""),
                sequence=max(a.version - 1, 0),
                last_modified=a.updated_at,
                alarm_minutes_before=a.remind_minutes_before,
            )
        )
    for j in jobs:
        assert j.deadline is not None
        info = infos.get(j.client_id)
        name = info.name if info else ""
        title = j.title or translate("CalendarExport", "no. {id}").format(id=j.id)
        summary = translate("CalendarExport", "Job deadline: {title}").format(title=title)
        events.append(
            CalendarEvent(
                uid=f"job-{j.id}-deadline@{namespace}",
                summary=summary + (f" ({name})" if name else ""),
                start=j.deadline,
                end=j.deadline + timedelta(days=1),
                description=_phone(info.phone) if info and info.phone else "",
                location=info.address if info else "",
                sequence=max(j.version - 1, 0),
                last_modified=j.updated_at,
            )
        )
    return events


def export_calendar(
    session: Session,
    path: Path,
    *,
    now: datetime,
    start: datetime | None = None,
    end: datetime | None = None,
) -> int:
    """Write the ``.ics`` file atomically; returns the number of events."""
    events = calendar_events(session, start=start, end=end)
    data = build_ics(events, now=now).encode("utf-8")
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
    return len(events)
