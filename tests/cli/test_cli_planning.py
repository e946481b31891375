"""`artisan-crm reminders|print day|calendar export`."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from artisan_crm.cli import main
from artisan_crm.domain.enums import InvoiceStatus, QuoteStatus
from artisan_crm.storage import models as m
from artisan_crm.storage.database import open_database


@pytest.fixture
def seeded(private_home: Path) -> Path:
    assert main(["db", "upgrade"]) == 0
    db = open_database(f"sqlite:///{private_home / 'artisan_crm.sqlite3'}")
    try:
        with db.write() as s:
            c = m.Client(first_name="Jean", last_name="Dupont <b>")
            s.add(c)
            s.flush()
            s.add(m.Quote(number="DEV-2026-0001", client_id=c.id, status=QuoteStatus.SENT,
                          issued_on=date(2026, 3, 1), valid_until=date(2026, 4, 1),
                          sent_at=datetime(2026, 3, 1, 10, tzinfo=UTC)))  # fmt: skip
            s.add(m.Invoice(client_id=c.id, number="FAC-2026-0001", status=InvoiceStatus.ISSUED,
                            due_on=date(2026, 3, 3), total_incl_vat=Decimal("100")))  # fmt: skip
    finally:
        db.dispose()
    return private_home


def test_regenerate_then_list(seeded: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["reminders", "regenerate", "--at", "2026-03-10T09:00"]) == 0
    assert "créé(s)" in capsys.readouterr().out
    assert main(["reminders", "list", "--due", "--at", "2026-03-10T09:00", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["rule_key"] for r in rows] == ["invoice:1:overdue:1", "quote:1:followup:1"]
    assert main(["reminders", "list", "--due", "--at", "2026-03-01T09:00"]) == 0
    assert capsys.readouterr().out.strip() == "Aucun rappel dû."
    assert main(["reminders", "list"]) == 0
    out = capsys.readouterr().out
    assert "Mise en demeure" in out and "DEV-2026-0001" in out


def test_bad_moment_is_a_usage_error(seeded: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["reminders", "list", "--at", "demain"])
    assert exit_info.value.code == 2
    assert "moment invalide" in capsys.readouterr().err


def test_print_day_and_week(
    seeded: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["reminders", "regenerate", "--at", "2026-03-10T09:00"])
    day = tmp_path / "jour.pdf"
    assert main(["print", "day", "10/03/2026", str(day), "--at", "2026-03-10T07:00"]) == 0
    assert day.read_bytes().startswith(b"%PDF")
    assert "Feuille de route du 10/03/2026" in capsys.readouterr().out
    week = tmp_path / "semaine.pdf"
    assert main(["print", "day", "2026-03-10", str(week), "--week"]) == 0
    assert week.read_bytes().startswith(b"%PDF")


def test_day_sheet_html_escapes_client_text(seeded: Path) -> None:
    from artisan_crm.reports.day_sheet import day_sheet_document

    db = open_database(f"sqlite:///{seeded / 'artisan_crm.sqlite3'}")
    try:
        with db.read() as s:
            doc = day_sheet_document(s, date(2026, 3, 10), datetime(2026, 3, 10, 9, tzinfo=UTC))
    finally:
        db.dispose()
    assert "Dupont &lt;b&gt;" in doc.html and "Dupont <b>" not in doc.html


def test_calendar_export(seeded: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "agenda.ics"
    assert main(["calendar", "export", str(path)]) == 0
    assert path.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert "événement(s) exporté(s)" in capsys.readouterr().out


def test_export_calendar_spelling(
    seeded: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`artisan-crm export calendar FILE` (beside `export clients`) writes the same file."""
    from datetime import timedelta

    db = open_database(f"sqlite:///{seeded / 'artisan_crm.sqlite3'}")
    try:
        with db.write() as s:
            s.add(
                m.Appointment(
                    starts_at=datetime.now(UTC) + timedelta(days=1), purpose="Visite chaudière"
                )
            )
    finally:
        db.dispose()
    path = tmp_path / "agenda.ics"
    assert main(["export", "calendar", str(path)]) == 0
    text = path.read_bytes().decode("utf-8")
    assert text.startswith("BEGIN:VCALENDAR\r\n") and "BEGIN:VEVENT\r\n" in text
    assert "Visite chaudière" in text
    assert "événement(s) exporté(s)" in capsys.readouterr().out
