"""Reminder services on SQLite and PostgreSQL: regeneration, due lists, user actions."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, text

from artisan_crm.domain.enums import (
    ContactKind,
    InvoiceStatus,
    JobStatus,
    QuoteStatus,
    ReminderKind,
    ReminderState,
)
from artisan_crm.domain.errors import ConflictError, NotFoundError, ValidationError
from artisan_crm.services import reminders as R
from artisan_crm.storage import models as m
from artisan_crm.storage.database import Database

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def seed(db: Database) -> dict[str, int]:
    with db.write() as s:
        c = m.Client(first_name="Jean", last_name="Dupont", maintenance_contract=True,
                     maintenance_due_on=date(2026, 6, 1))  # fmt: skip
        c.contacts = [m.ClientContact(kind=ContactKind.MOBILE, value="06 12 34 56 78")]
        c.addresses = [m.ClientAddress(line1="3 rue des Lilas", postcode="69003", city="Lyon")]
        s.add(c)
        s.flush()
        q = m.Quote(number="DEV-2026-0001", client_id=c.id, status=QuoteStatus.SENT,
                    issued_on=date(2026, 3, 1), valid_until=date(2026, 4, 1),
                    sent_at=datetime(2026, 3, 1, 10, tzinfo=UTC))  # fmt: skip
        j = m.Job(client_id=c.id, title="Salle de bain", status=JobStatus.IN_PROGRESS,
                  deadline=date(2026, 3, 12))  # fmt: skip
        i = m.Invoice(client_id=c.id, number="FAC-2026-0001", status=InvoiceStatus.ISSUED,
                      issued_on=date(2026, 2, 1), due_on=date(2026, 3, 3),
                      total_incl_vat=Decimal("1200.00"))  # fmt: skip
        s.add_all([q, j, i])
        s.flush()
        return {"client": c.id, "quote": q.id, "job": j.id, "invoice": i.id}


def by_key(db: Database) -> dict[str, m.Reminder]:
    with db.read() as s:
        rows = s.scalars(select(m.Reminder).where(m.Reminder.rule_key.is_not(None))).all()
        s.expunge_all()  # keep the loaded values after the read session ends
        return {r.rule_key: r for r in rows if r.rule_key}


def test_regeneration_is_idempotent(db: Database) -> None:
    ids = seed(db)
    first, changes = db.run_write(R.regenerate_rule_reminders, NOW)
    assert first.created == first.wanted > 0 and changes.touches("reminder")
    snapshot = {k: (r.id, r.due_at, r.title, r.version) for k, r in by_key(db).items()}
    second, changes = db.run_write(R.regenerate_rule_reminders, NOW)
    assert (second.created, second.updated, second.dismissed) == (0, 0, 0)
    assert not changes
    assert {k: (r.id, r.due_at, r.title, r.version) for k, r in by_key(db).items()} == snapshot
    assert f"quote:{ids['quote']}:followup:1" in snapshot
    assert f"invoice:{ids['invoice']}:overdue:3" in snapshot
    assert f"client:{ids['client']}:maintenance:2026-06-01" in snapshot


def test_reason_gone_dismisses_and_done_is_never_resurrected(db: Database) -> None:
    ids = seed(db)
    db.run_write(R.regenerate_rule_reminders, NOW)
    rows = by_key(db)
    done_key = f"quote:{ids['quote']}:followup:1"
    R_done = rows[done_key]
    db.run_write(R.mark_done, R_done.id, expected_version=R_done.version, now=NOW)
    later = NOW + timedelta(hours=2)
    with db.write() as s:
        s.get(m.Quote, ids["quote"]).status = QuoteStatus.ACCEPTED
        s.get(m.Job, ids["job"]).status = JobStatus.DONE
        s.get(m.Job, ids["job"]).completed_on = date(2026, 3, 10)
        s.add(
            m.Payment(invoice_id=ids["invoice"], paid_on=date(2026, 3, 10), amount=Decimal("1200"))
        )
    result, _ = db.run_write(R.regenerate_rule_reminders, later)
    assert result.dismissed > 0
    rows = by_key(db)
    assert rows[done_key].state == ReminderState.DONE  # the user's decision stands
    for key, row in rows.items():
        reason_gone = (
            key.startswith(("quote:", "invoice:")) or ":deadline:" in key or ":late:" in key
        )
        if reason_gone and key != done_key:
            assert row.state == ReminderState.DISMISSED, key
            assert row.closed_at == later
    assert rows[f"job:{ids['job']}:check_in"].state == ReminderState.PENDING
    # Reopen the quote's reason: the done one stays done, the dismissed ones stay dismissed.
    with db.write() as s:
        s.get(m.Quote, ids["quote"]).status = QuoteStatus.SENT
    again, _ = db.run_write(R.regenerate_rule_reminders, later)
    assert again.created == 0
    assert by_key(db)[done_key].state == ReminderState.DONE


def test_due_next_snooze_done_dismiss(db: Database) -> None:
    seed(db)
    db.run_write(R.regenerate_rule_reminders, NOW)
    with db.read() as s:
        due = R.list_due(s, NOW)
        nxt = R.next_due_at(s, NOW)
    assert due and all(r.effective_due_at <= NOW for r in due)
    assert [r.effective_due_at for r in due] == sorted(r.effective_due_at for r in due)
    assert due[0].client_phone == "06 12 34 56 78"
    assert due[0].client_address == "3 rue des Lilas, 69003 Lyon"
    assert nxt is not None and nxt > NOW
    first = due[0]
    snoozed, _ = db.run_write(
        R.snooze, first.id, R.SnoozeChoice.ONE_HOUR, expected_version=first.version, now=NOW
    )
    assert snoozed.state == ReminderState.SNOOZED
    assert snoozed.effective_due_at == NOW + timedelta(hours=1)
    with db.read() as s:
        assert first.id not in {r.id for r in R.list_due(s, NOW)}
        assert first.id in {r.id for r in R.list_due(s, NOW + timedelta(hours=1))}
        assert R.next_due_at(s, NOW) == min(nxt, NOW + timedelta(hours=1))
    with pytest.raises(ConflictError):
        db.run_write(R.mark_done, first.id, expected_version=first.version, now=NOW)
    done, _ = db.run_write(R.mark_done, first.id, expected_version=snoozed.version, now=NOW)
    assert done.state == ReminderState.DONE and done.closed_at == NOW
    # Done twice (another workstation was quicker): no conflict, still done.
    again, _ = db.run_write(R.mark_done, first.id, expected_version=snoozed.version, now=NOW)
    assert again.state == ReminderState.DONE
    second = due[1]
    gone, _ = db.run_write(R.dismiss, second.id, expected_version=second.version, now=NOW)
    assert gone.state == ReminderState.DISMISSED
    with db.read() as s:
        assert {first.id, second.id}.isdisjoint(
            r.id for r in R.list_due(s, NOW + timedelta(days=9))
        )


def test_snooze_targets() -> None:
    now = datetime(2026, 3, 12, 15, 0, tzinfo=UTC)  # a Thursday
    assert R.snooze_target(R.SnoozeChoice.ONE_HOUR, now) == now + timedelta(hours=1)
    tomorrow = R.snooze_target(R.SnoozeChoice.TOMORROW_MORNING, now).astimezone(PARIS)
    assert (tomorrow.date(), tomorrow.hour) == (date(2026, 3, 13), 8)
    week = R.snooze_target(R.SnoozeChoice.NEXT_WEEK, now).astimezone(PARIS)
    assert (week.date(), week.hour) == (date(2026, 3, 16), 8)
    day = R.snooze_target(date(2026, 4, 2), now).astimezone(PARIS)
    assert (day.date(), day.hour) == (date(2026, 4, 2), 8)


def test_snooze_in_the_past_refused(db: Database) -> None:
    seed(db)
    view, _ = db.run_write(
        R.create_manual_reminder, R.ManualReminderDraft("Rappeler", NOW), now=NOW
    )
    with pytest.raises(ValidationError):
        db.run_write(R.snooze, view.id, NOW - timedelta(minutes=1), expected_version=1, now=NOW)


def test_manual_reminder(db: Database) -> None:
    ids = seed(db)
    thursday_9 = datetime(2026, 3, 12, 9, 0, tzinfo=PARIS)
    view, changes = db.run_write(
        R.create_manual_reminder,
        R.ManualReminderDraft("Rappeler ce client", thursday_9, note="pour le devis",
                              quote_id=ids["quote"]),
        now=NOW,
    )  # fmt: skip
    assert changes.touches("reminder")
    assert view.kind == ReminderKind.MANUAL and view.is_manual
    assert view.client_id == ids["client"] and view.client_name == "Jean Dupont"
    assert view.due_at == thursday_9.astimezone(UTC)
    with pytest.raises(ValidationError) as err:
        db.run_write(R.create_manual_reminder, R.ManualReminderDraft("  ", NOW))
    assert "objet" in str(err.value)
    with pytest.raises(NotFoundError):
        db.run_write(R.create_manual_reminder, R.ManualReminderDraft("x", NOW, job_id=999))
    # Regeneration leaves manual reminders alone.
    db.run_write(R.regenerate_rule_reminders, NOW)
    with db.read() as s:
        assert R.get_reminder(s, view.id).state == ReminderState.PENDING


def test_list_reminders_filters(db: Database) -> None:
    ids = seed(db)
    db.run_write(R.regenerate_rule_reminders, NOW)
    with db.read() as s:
        everything = R.list_reminders(s)
        invoices = R.list_reminders(s, R.ReminderFilters(kinds=(ReminderKind.INVOICE_OVERDUE,)))
        quote_only = R.list_reminders(s, R.ReminderFilters(quote_id=ids["quote"]))
        due = R.list_reminders(s, R.ReminderFilters(due_before=NOW))
        page = R.list_reminders(s, R.ReminderFilters(limit=2, offset=1))
        found = R.list_reminders(s, R.ReminderFilters(search="mise en demeure"))
        closed = R.list_reminders(s, R.ReminderFilters(states=(ReminderState.DONE,)))
    assert everything.total == len(everything.rows) > 5
    assert invoices.total == 3
    assert all(r.quote_id == ids["quote"] for r in quote_only.rows) and quote_only.total == 3
    assert all(r.effective_due_at < NOW for r in due.rows)
    assert page.rows == everything.rows[1:3] and page.total == everything.total
    assert [r.rule_key for r in found.rows] == [f"invoice:{ids['invoice']}:overdue:3"]
    assert closed.total == 0


def test_away_panel(db: Database) -> None:
    seed(db)
    db.run_write(R.regenerate_rule_reminders, NOW)
    since = NOW - timedelta(days=3)
    with db.read() as s:
        panel = R.away_panel(s, since, NOW)
        all_due = R.list_due(s, NOW)
        shown = {r.id: r.effective_due_at for r in all_due[:2]}
        rest = R.away_panel(s, since, NOW, notified=shown)
    assert all(since < r.effective_due_at <= NOW for r in panel.items)
    assert panel.while_away == panel.items
    assert {r.id for r in rest.items} == {r.id for r in all_due} - set(shown)
    assert {r.id for r in rest.earlier} | {r.id for r in rest.while_away} == {
        r.id for r in rest.items
    }


def test_next_due_uses_the_index(sqlite_db: Database) -> None:
    """EXPLAIN QUERY PLAN of the very statements ``next_due_at`` runs: index seeks, no scan."""
    from sqlalchemy import event

    seen: list[tuple[str, object]] = []

    def capture(_conn, _cursor, statement, parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
        if "FROM reminder" in statement:
            seen.append((statement, parameters))

    event.listen(sqlite_db.engine, "before_cursor_execute", capture)
    try:
        with sqlite_db.read() as s:
            assert R.next_due_at(s, NOW) is None
    finally:
        event.remove(sqlite_db.engine, "before_cursor_execute", capture)
    assert len(seen) == 2
    with sqlite_db.engine.connect() as conn:
        for statement, parameters in seen:
            plan = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters).all()
            details = " ".join(str(row[-1]) for row in plan)
            assert "SCAN" not in details, details
            assert "ix_reminder_state_due_at" in details or (
                "ix_reminder_state_snoozed_until" in details
            ), details
    with sqlite_db.engine.connect() as conn:
        first = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {seen[0][0]}", seen[0][1]).all()
    assert "ix_reminder_state_due_at" in " ".join(str(r[-1]) for r in first)


def test_appointment_reminder_key_cascade(db: Database) -> None:
    """Deleting the subject deletes its reminders (FK ON DELETE CASCADE), on both backends."""
    ids = seed(db)
    db.run_write(R.regenerate_rule_reminders, NOW)
    with db.write() as s:
        s.execute(text("DELETE FROM payment"))
        s.execute(text("DELETE FROM reminder WHERE invoice_id = :i"), {"i": ids["invoice"]})
    assert not [k for k in by_key(db) if k.startswith("invoice:")]


def test_scoped_regeneration_touches_only_those_clients(db: Database) -> None:
    ids = seed(db)
    with db.write() as s:
        other = m.Client(first_name="Autre", last_name="Client")
        s.add(other)
        s.flush()
        s.add(
            m.Job(
                client_id=other.id, title="X", status=JobStatus.PLANNED, deadline=date(2026, 4, 1)
            )
        )
        other_id = other.id
    scoped, _ = db.run_write(R.regenerate_rule_reminders, NOW, client_ids=[other_id])
    assert scoped.created == 2
    assert all(k.startswith("job:") for k in by_key(db))
    full, _ = db.run_write(R.regenerate_rule_reminders, NOW)
    assert full.created > 0 and full.dismissed == 0
    # Scoped to the first client after its quote is accepted: the other one is untouched.
    with db.write() as s:
        s.get(m.Quote, ids["quote"]).status = QuoteStatus.ACCEPTED
    again, _ = db.run_write(R.regenerate_rule_reminders, NOW, client_ids=[ids["client"]])
    assert again.dismissed == 3 and again.created == 0
    assert (db.run_write(R.regenerate_rule_reminders, NOW)[0].changed) is False
