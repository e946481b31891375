"""iCalendar export (RFC 5545): CRLF, folding at 75 octets, escaping, stable UIDs."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from artisan_crm.domain.enums import JobStatus
from artisan_crm.services.appointments import AppointmentDraft, create_appointment
from artisan_crm.services.calendar_export import (
    CalendarEvent,
    build_ics,
    calendar_events,
    escape_text,
    export_calendar,
    fold_line,
)
from artisan_crm.storage import models as m
from artisan_crm.storage.database import Database

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def unfold(text: str) -> list[str]:
    return text.replace("\r\n ", "").split("\r\n")


def test_escaping_and_folding() -> None:
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    line = "DESCRIPTION:" + "é" * 100
    folded = fold_line(line)
    parts = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in parts)
    assert all(p.startswith(" ") for p in parts[1:])
    assert "".join(p[1:] if i else p for i, p in enumerate(parts)) == line


def test_build_ics_is_valid_rfc5545() -> None:
    event = CalendarEvent(
        uid="appointment-1@artisan-crm",
        summary="RDV Dupont, cuisine; étage 2",
        start=datetime(2026, 3, 12, 13, 0, tzinfo=UTC),
        end=datetime(2026, 3, 12, 14, 30, tzinfo=UTC),
        description="Apporter :\nmètre laser, niveau " + "x" * 120,
        location="3 rue des Lilas, 69003 Lyon",
        alarm_minutes_before=60,
    )
    allday = CalendarEvent(
        "job-2-deadline@artisan-crm", "Échéance", date(2026, 3, 14), date(2026, 3, 15)
    )
    text = build_ics([event, allday], now=NOW)
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    lines = unfold(text)
    assert lines[0] == "BEGIN:VCALENDAR" and "END:VCALENDAR" in lines
    assert "VERSION:2.0" in lines and any(line.startswith("PRODID:") for line in lines)
    assert "DTSTART:20260312T130000Z" in lines and "DTEND:20260312T143000Z" in lines
    assert "DTSTAMP:20260310T090000Z" in lines
    assert "SUMMARY:RDV Dupont\\, cuisine\\; étage 2" in lines
    assert "LOCATION:3 rue des Lilas\\, 69003 Lyon" in lines
    assert "TRIGGER:-PT60M" in lines
    assert "DTSTART;VALUE=DATE:20260314" in lines and "DTEND;VALUE=DATE:20260315" in lines
    assert lines.count("BEGIN:VEVENT") == lines.count("END:VEVENT") == 2


def test_export_from_database_has_stable_uids(db: Database, tmp_path: Path) -> None:
    with db.write() as s:
        c = m.Client(first_name="Léa", last_name="Martin")
        s.add(c)
        s.flush()
        s.add(
            m.Job(
                client_id=c.id,
                title="Toiture",
                status=JobStatus.PLANNED,
                deadline=date(2026, 3, 20),
            )
        )
        s.add(
            m.Job(client_id=c.id, title="Finie", status=JobStatus.DONE, deadline=date(2026, 3, 20))
        )
        cid = c.id
    view, _ = db.run_write(
        create_appointment,
        AppointmentDraft(NOW + timedelta(days=1), 45, cid, purpose="Visite, devis"),
        now=NOW,
    )
    path = tmp_path / "agenda.ics"
    with db.read() as s:
        assert export_calendar(s, path, now=NOW) == 2
        first = path.read_bytes()
        export_calendar(s, path, now=NOW)
        events = calendar_events(s)
    assert path.read_bytes() == first  # same data, same file
    assert {e.uid for e in events} == {
        f"appointment-{view.id}@artisan-crm",
        "job-1-deadline@artisan-crm",
    }
    text = first.decode("utf-8")
    assert "SUMMARY:RDV Léa Martin" in unfold(text)
    assert "DESCRIPTION:Visite\\, devis" in unfold(text)
