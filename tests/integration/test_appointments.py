"""Appointments: CRUD with validation, and the reminder each one raises."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from artisan_crm.domain.enums import ReminderKind, ReminderState
from artisan_crm.domain.errors import ConflictError, NotFoundError, ValidationError
from artisan_crm.services.appointments import (
    AppointmentDraft,
    create_appointment,
    delete_appointment,
    list_appointments,
    update_appointment,
)
from artisan_crm.storage import models as m
from artisan_crm.storage.database import Database

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
START = datetime(2026, 3, 12, 13, 0, tzinfo=UTC)


def client(db: Database) -> int:
    with db.write() as s:
        c = m.Client(first_name="Léa", last_name="Martin")
        c.addresses = [m.ClientAddress(line1="1 place Bellecour", postcode="69002", city="Lyon")]
        s.add(c)
        s.flush()
        return c.id


def reminders(db: Database) -> list[tuple[str | None, ReminderState, datetime]]:
    with db.read() as s:
        return [
            (r.rule_key, r.state, r.due_at)
            for r in s.scalars(
                select(m.Reminder).where(m.Reminder.kind == ReminderKind.APPOINTMENT)
            )
        ]


def test_create_raises_reminder_one_hour_before(db: Database) -> None:
    cid = client(db)
    draft = AppointmentDraft(START, 90, cid, purpose="Métré cuisine", to_bring="Mètre laser")
    view, changes = db.run_write(create_appointment, draft, now=NOW)
    assert changes.touches("appointment", "reminder")
    assert view.client_name == "Léa Martin"
    assert view.address == "1 place Bellecour, 69002 Lyon"  # the client's address by default
    assert view.ends_at == START + timedelta(minutes=90)
    assert reminders(db) == [
        (f"appointment:{view.id}:20260312T1300Z", ReminderState.PENDING, START - timedelta(hours=1))
    ]


def test_move_then_delete(db: Database) -> None:
    cid = client(db)
    view, _ = db.run_write(create_appointment, AppointmentDraft(START, 60, cid), now=NOW)
    later = START + timedelta(days=1)
    moved, _ = db.run_write(
        update_appointment, view.id, AppointmentDraft(later, 60, cid, remind_minutes_before=30),
        version=view.version, now=NOW,
    )  # fmt: skip
    states = sorted(reminders(db), key=lambda r: r[2])
    assert [s for _, s, _ in states] == [ReminderState.DISMISSED, ReminderState.PENDING]
    assert states[1][2] == later - timedelta(minutes=30)
    with pytest.raises(ConflictError):
        db.run_write(delete_appointment, view.id, version=view.version)
    db.run_write(delete_appointment, view.id, version=moved.version)
    assert reminders(db) == []  # ON DELETE CASCADE
    with pytest.raises(NotFoundError):
        db.run_write(delete_appointment, view.id, version=moved.version)


def test_no_reminder_when_asked(db: Database) -> None:
    cid = client(db)
    db.run_write(create_appointment, AppointmentDraft(START, 60, cid, remind_minutes_before=None))
    assert reminders(db) == []


@pytest.mark.parametrize(
    ("draft", "field", "words"),
    [
        (AppointmentDraft(START, 0, purpose="x"), "duration_minutes", "durée"),
        (AppointmentDraft(START, -5, purpose="x"), "duration_minutes", "durée"),
        (AppointmentDraft(START, 25 * 60, purpose="x"), "duration_minutes", "24 heures"),
        (AppointmentDraft(datetime(2026, 3, 12, 13), 60, purpose="x"), "starts_at", "heure"),
        (AppointmentDraft(START, 60), "purpose", "client"),
        (
            AppointmentDraft(START, 60, purpose="x", remind_minutes_before=-1),
            "remind_minutes_before",
            "rappel",
        ),
    ],
)
def test_validation_messages_in_french(
    db: Database, draft: AppointmentDraft, field: str, words: str
) -> None:
    with pytest.raises(ValidationError) as err:
        db.run_write(create_appointment, draft)
    assert field in err.value.field_errors
    assert words in err.value.field_errors[field]


def test_unknown_client_refused(db: Database) -> None:
    with pytest.raises(NotFoundError):
        db.run_write(create_appointment, AppointmentDraft(START, 60, 999))


def test_list_by_period(db: Database) -> None:
    cid = client(db)
    for day in range(3):
        db.run_write(
            create_appointment, AppointmentDraft(START + timedelta(days=day), 60, cid), now=NOW
        )
    with db.read() as s:
        got = list_appointments(s, START, START + timedelta(days=2))
        mine = list_appointments(s, START, START + timedelta(days=9), client_id=cid + 1)
    assert [a.starts_at for a in got] == [START, START + timedelta(days=1)]
    assert mine == ()
