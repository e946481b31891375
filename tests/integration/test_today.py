"""Today overview and week agenda."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from artisan_crm.domain.enums import ContactKind, InvoiceStatus, JobStatus, QuoteStatus
from artisan_crm.services.appointments import AppointmentDraft, create_appointment
from artisan_crm.services.reminders import ManualReminderDraft, create_manual_reminder
from artisan_crm.services.today import today_overview, week_agenda
from artisan_crm.storage import models as m
from artisan_crm.storage.database import Database

TODAY = date(2026, 3, 10)  # a Tuesday
NOW = datetime(2026, 3, 10, 6, 0, tzinfo=UTC)


def seed(db: Database) -> int:
    with db.write() as s:
        c = m.Client(first_name="Paul", last_name="Roche")
        c.contacts = [m.ClientContact(kind=ContactKind.PHONE, value="04 78 00 00 00")]
        c.addresses = [m.ClientAddress(line1="2 quai Perrache", postcode="69002", city="Lyon")]
        s.add(c)
        s.flush()
        s.add_all([
            m.Quote(number="DEV-2026-0009", client_id=c.id, status=QuoteStatus.SENT,
                    issued_on=date(2026, 3, 1), sent_at=datetime(2026, 3, 2, 9, tzinfo=UTC),
                    total_incl_vat=Decimal("880.00")),
            m.Quote(number="DEV-2026-0010", client_id=c.id, status=QuoteStatus.ACCEPTED,
                    issued_on=date(2026, 3, 1)),
            m.Job(client_id=c.id, title="Cuisine", status=JobStatus.PLANNED, deadline=date(2026, 3, 14)),
            m.Job(client_id=c.id, title="Garage", status=JobStatus.IN_PROGRESS, deadline=date(2026, 3, 5)),
            m.Job(client_id=c.id, title="Loin", status=JobStatus.PLANNED, deadline=date(2026, 4, 30)),
            m.Job(client_id=c.id, title="Fini", status=JobStatus.DONE, deadline=date(2026, 3, 11)),
            m.Invoice(client_id=c.id, number="FAC-2026-0004", status=InvoiceStatus.ISSUED,
                      due_on=date(2026, 3, 1), total_incl_vat=Decimal("500.00")),
            m.Invoice(client_id=c.id, number="FAC-2026-0005", status=InvoiceStatus.ISSUED,
                      due_on=date(2026, 3, 20), total_incl_vat=Decimal("500.00")),
        ])  # fmt: skip
        return c.id


def test_today_overview(db: Database) -> None:
    cid = seed(db)
    db.run_write(
        create_appointment,
        AppointmentDraft(datetime(2026, 3, 10, 13, tzinfo=UTC), 60, cid),
        now=NOW,
    )
    db.run_write(
        create_appointment,
        AppointmentDraft(datetime(2026, 3, 11, 13, tzinfo=UTC), 60, cid),
        now=NOW,
    )
    db.run_write(
        create_manual_reminder, ManualReminderDraft("Hier", NOW - timedelta(days=1), client_id=cid)
    )
    db.run_write(
        create_manual_reminder,
        ManualReminderDraft("Ce soir", NOW + timedelta(hours=12), client_id=cid),
    )
    db.run_write(
        create_manual_reminder, ManualReminderDraft("Demain", NOW + timedelta(days=1, hours=2))
    )
    with db.read() as s:
        o = today_overview(s, TODAY, NOW)
    assert [r.title for r in o.overdue_reminders] == ["Hier"]
    assert [r.title for r in o.today_reminders][-1] == "Ce soir"
    assert "Demain" not in [r.title for r in o.today_reminders]
    assert [a.starts_at.day for a in o.appointments] == [10]
    assert [(d.title, d.days_left) for d in o.deadlines] == [("Garage", -5), ("Cuisine", 4)]
    assert [q.number for q in o.quotes_awaiting] == ["DEV-2026-0009"]
    assert o.quotes_awaiting[0].days_waiting == 8
    assert o.quotes_awaiting[0].total_incl_vat == Decimal("880.00")
    (inv,) = o.overdue_invoices
    assert (inv.number, inv.days_late, inv.remaining) == ("FAC-2026-0004", 9, Decimal("500.00"))
    for item in (o.deadlines[0], o.quotes_awaiting[0], inv, o.overdue_reminders[0]):
        assert item.client_phone == "04 78 00 00 00"
        assert item.client_address == "2 quai Perrache, 69002 Lyon"
    assert not o.is_empty


def test_week_agenda(db: Database) -> None:
    cid = seed(db)
    db.run_write(
        create_appointment,
        AppointmentDraft(datetime(2026, 3, 11, 13, tzinfo=UTC), 60, cid),
        now=NOW,
    )
    with db.read() as s:
        week = week_agenda(s, TODAY)  # any day: its Monday
    assert week.monday == date(2026, 3, 9)
    assert [d.day for d in week.days] == [date(2026, 3, 9) + timedelta(days=i) for i in range(7)]
    wednesday = week.days[2]
    assert len(wednesday.appointments) == 1 and len(wednesday.reminders) == 1  # its 1 h reminder
    assert [d.title for d in week.days[5].deadlines] == ["Cuisine"]
