"""The client list (aggregates, sorting, filters), the card (totals, timeline) and the
archive / delete / undo actions, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from artisan_crm.domain.enums import (
    Direction,
    InteractionChannel,
    InvoiceKind,
    InvoiceStatus,
    JobStatus,
    QuoteStatus,
    ReminderKind,
    TimeKind,
)
from artisan_crm.domain.errors import BusinessRuleError, ConflictError, NotFoundError
from artisan_crm.services import clients as svc
from artisan_crm.services import interactions, time_entries, timeline
from artisan_crm.storage import models
from artisan_crm.storage.database import Database

NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)


def _client(db: Database, last: str, first: str = "", city: str = "Lyon", **kw: object) -> int:
    draft = svc.ClientDraft(
        first_name=first,
        last_name=last,
        addresses=(svc.AddressDraft("1 rue X", "", "69003", city),) if city else (),
        **kw,  # type: ignore[arg-type]
    )
    view, _ = db.run_write(svc.create_client, draft)
    return view.id


def _history(db: Database, client_id: int) -> dict[str, int]:
    """A quote (sent), an accepted quote with job and invoice partly paid, a credit-noted
    invoice, time entries, a reminder and an appointment, written with the ORM."""
    with db.write() as s:
        sent = models.Quote(
            number=f"DEV-2026-{client_id:04d}",
            client_id=client_id,
            title="Salle de bain",
            status=QuoteStatus.SENT,
            issued_on=date(2026, 2, 1),
            total_excl_vat=Decimal("1000.00"),
            total_vat=Decimal("100.00"),
            total_incl_vat=Decimal("1100.00"),
        )
        accepted = models.Quote(
            number=f"DEV-2025-{client_id:04d}",
            client_id=client_id,
            title="Chaudière",
            status=QuoteStatus.ACCEPTED,
            issued_on=date(2025, 11, 3),
            total_excl_vat=Decimal("2000.00"),
            total_vat=Decimal("400.00"),
            total_incl_vat=Decimal("2400.00"),
        )
        s.add_all([sent, accepted])
        s.flush()
        job = models.Job(
            client_id=client_id,
            quote_id=accepted.id,
            title="Pose chaudière",
            status=JobStatus.DONE,
            planned_start=date(2025, 12, 1),
            completed_on=date(2025, 12, 3),
        )
        s.add(job)
        s.flush()
        invoice = models.Invoice(
            number=f"FAC-2025-{client_id:04d}",
            client_id=client_id,
            quote_id=accepted.id,
            job_id=job.id,
            status=InvoiceStatus.ISSUED,
            issued_on=date(2025, 12, 4),
            due_on=date(2026, 1, 3),
            total_excl_vat=Decimal("2000.00"),
            total_vat=Decimal("400.00"),
            total_incl_vat=Decimal("2400.00"),
            billed_name="Client",
        )
        cancelled = models.Invoice(
            number=f"FAC-2025-9{client_id:03d}",
            client_id=client_id,
            status=InvoiceStatus.CANCELLED,
            issued_on=date(2025, 10, 1),
            total_excl_vat=Decimal("300.00"),
            total_vat=Decimal("60.00"),
            total_incl_vat=Decimal("360.00"),
        )
        s.add_all([invoice, cancelled])
        s.flush()
        credit = models.Invoice(
            number=f"FAC-2025-8{client_id:03d}",
            client_id=client_id,
            kind=InvoiceKind.CREDIT_NOTE,
            credit_note_for_id=cancelled.id,
            status=InvoiceStatus.ISSUED,
            issued_on=date(2025, 10, 2),
            total_excl_vat=Decimal("-300.00"),
            total_vat=Decimal("-60.00"),
            total_incl_vat=Decimal("-360.00"),
        )
        s.add(credit)
        s.add(
            models.Payment(
                invoice_id=invoice.id, paid_on=date(2025, 12, 20), amount=Decimal("1000.50")
            )
        )
        s.add_all(
            [
                models.TimeEntry(
                    client_id=client_id,
                    job_id=job.id,
                    work_date=date(2025, 12, 1),
                    minutes=420,
                    kind=TimeKind.ON_SITE,
                    billable=True,
                ),
                models.TimeEntry(
                    client_id=client_id,
                    quote_id=sent.id,
                    work_date=date(2026, 1, 30),
                    minutes=90,
                    kind=TimeKind.QUOTE_PREPARATION,
                    billable=False,
                ),
            ]
        )
        s.add(
            models.Reminder(
                due_at=datetime(2026, 2, 15, 8, 0, tzinfo=UTC),
                kind=ReminderKind.QUOTE_FOLLOWUP,
                title="Relancer le devis salle de bain",
                quote_id=sent.id,
            )
        )
        s.add(
            models.Appointment(
                client_id=client_id,
                starts_at=datetime(2026, 3, 20, 13, 0, tzinfo=UTC),
                purpose="Visite technique",
            )
        )
        s.flush()
        return {"sent": sent.id, "accepted": accepted.id, "job": job.id, "invoice": invoice.id}


def test_list_rows_carry_last_contact_open_quotes_and_amount_due(db: Database) -> None:
    rich = _client(db, "Martin", "Paul")
    plain = _client(db, "Bernard", "Luc")
    _history(db, rich)
    db.run_write(
        interactions.log_interaction,
        interactions.InteractionDraft(rich, occurred_at=NOW - timedelta(days=2)),
        now=NOW,
    )
    page = db.run_read(svc.list_clients)
    rows = {r.id: r for r in page.rows}
    assert rows[rich].open_quotes == 1
    # 2400 due on the issued invoice, 1000.50 paid; the credit-noted invoice and its
    # credit note are not owed
    assert rows[rich].amount_due == Decimal("1399.50")
    assert rows[rich].last_contact == NOW - timedelta(days=2)
    assert rows[plain].open_quotes == 0 and rows[plain].amount_due == Decimal("0.00")
    assert rows[plain].last_contact is None


@pytest.mark.parametrize(
    ("sort", "descending", "expected"),
    [
        ("name", False, ["Éluard", "Martin", "Zola"]),
        ("name", True, ["Zola", "Martin", "Éluard"]),
        ("city", False, ["Zola", "Éluard", "Martin"]),
        ("amount_due", True, ["Martin", "Éluard", "Zola"]),
        ("open_quotes", True, ["Martin", "Éluard", "Zola"]),
        ("last_contact", False, ["Éluard", "Zola", "Martin"]),
        ("last_contact", True, ["Martin", "Zola", "Éluard"]),
    ],
)
def test_sorting_in_sql_by_any_column(
    db: Database, sort: str, descending: bool, expected: list[str]
) -> None:
    martin = _client(db, "Martin", city="Paris")
    zola = _client(db, "Zola", city="Annecy")
    _client(db, "Éluard", city="Lyon")
    _history(db, martin)
    for client_id, days in ((martin, 1), (zola, 10)):
        db.run_write(
            interactions.log_interaction,
            interactions.InteractionDraft(client_id, occurred_at=NOW - timedelta(days=days)),
            now=NOW,
        )
    page = db.run_read(lambda s: svc.list_clients(s, sort=sort, descending=descending))
    assert [r.display_name for r in page.rows] == expected


def test_unknown_sort_column_is_a_programming_error(db: Database) -> None:
    with pytest.raises(ValueError, match="unknown sort"):
        db.run_read(lambda s: svc.list_clients(s, sort="shoe_size"))


def test_filters_archived_tag_and_paging(db: Database) -> None:
    ids = [_client(db, f"Client{i:02d}", tags=("chantier",) if i % 2 else ()) for i in range(7)]
    db.run_write(svc.archive_client, ids[0])
    assert db.run_read(svc.list_clients).total == 6
    assert db.run_read(lambda s: svc.list_clients(s, archived=True)).total == 1
    assert db.run_read(lambda s: svc.list_clients(s, archived=False)).total == 6
    assert db.run_read(lambda s: svc.list_clients(s, tag="chantier")).total == 3
    page = db.run_read(lambda s: svc.list_clients(s, limit=2, offset=2))
    assert page.total == 6
    assert [r.display_name for r in page.rows] == ["Client03", "Client04"]
    assert page.filters["sort"] == "name"


def test_search_still_finds_by_phone_any_formatting(db: Database) -> None:
    _client(db, "Durand", phones=("06 12 34 56 78",))
    for query in ("0612", "06 12", "+33 6 12", "durand lyon"):
        found = db.run_read(lambda s, q=query: svc.list_clients(s, search=q))
        assert [r.display_name for r in found.rows] == ["Durand"], query


def test_totals_are_computed_in_sql(db: Database) -> None:
    client_id = _client(db, "Martin")
    _history(db, client_id)
    db.run_write(
        interactions.log_interaction,
        interactions.InteractionDraft(
            client_id, summary="Fuite après travaux", is_complaint=True, occurred_at=NOW
        ),
        now=NOW,
    )
    totals = db.run_read(svc.client_totals, client_id)
    # 2000 + 300 - 300 (credit note): net revenue excl. VAT
    assert totals.revenue_excl_vat == Decimal("2000.00")
    assert totals.invoiced_incl_vat == Decimal("2400.00")
    assert totals.paid == Decimal("1000.50")
    assert totals.amount_due == Decimal("1399.50")
    assert totals.minutes_spent == 510 and totals.billable_minutes == 420
    assert totals.hours_spent == Decimal("8.50")
    assert totals.non_billable_minutes == 90
    assert totals.open_quotes == 1 and totals.open_quotes_amount_excl_vat == Decimal("1000.00")
    assert totals.last_contact == NOW
    assert totals.interactions == 1 and totals.complaints == 1
    with pytest.raises(NotFoundError):
        db.run_read(svc.client_totals, 99999)


def test_timeline_newest_first_with_every_kind(db: Database) -> None:
    client_id = _client(db, "Martin")
    ids = _history(db, client_id)
    db.run_write(
        interactions.log_interaction,
        interactions.InteractionDraft(
            client_id,
            channel=InteractionChannel.VISIT,
            direction=Direction.OUTBOUND,
            summary="Devis remis en main propre",
            minutes=30,
            occurred_at=datetime(2026, 2, 1, 15, 0, tzinfo=UTC),
        ),
        now=NOW,
    )
    db.run_write(
        time_entries.create_time_entry,
        time_entries.TimeEntryDraft(
            client_id, date(2026, 3, 1), 15, TimeKind.PHONE, billable=False
        ),
        today=NOW.date(),
    )
    items = db.run_read(timeline.client_timeline, client_id, 50)
    kinds = {i.kind for i in items}
    assert kinds == {
        timeline.TimelineKind.INTERACTION,
        timeline.TimelineKind.QUOTE,
        timeline.TimelineKind.JOB,
        timeline.TimelineKind.INVOICE,
        timeline.TimelineKind.PAYMENT,
        timeline.TimelineKind.TIME_ENTRY,
        timeline.TimelineKind.REMINDER,
        timeline.TimelineKind.APPOINTMENT,
    }
    keys = [i.sort_key() for i in items]
    assert keys == sorted(keys, reverse=True)
    assert items[0].kind == timeline.TimelineKind.APPOINTMENT  # 20 March, the newest
    quote = next(i for i in items if i.related_id == ids["sent"] and i.kind == "quote")
    assert quote.title.startswith("Devis DEV-2026-") and quote.amount == Decimal("1100.00")
    visit = next(i for i in items if i.kind == timeline.TimelineKind.INTERACTION)
    assert visit.title == "Visite émise" and "30 min" in visit.detail
    invoice = next(i for i in items if i.related_id == ids["invoice"] and i.kind == "invoice")
    assert "Reste 1399,50 €" in invoice.detail and invoice.flagged  # overdue since January
    limited = db.run_read(timeline.client_timeline, client_id, 3)
    assert limited == items[:3]


def test_card_reads_identity_totals_and_timeline(db: Database) -> None:
    client_id = _client(db, "Martin", "Paul")
    _history(db, client_id)
    card = db.run_read(timeline.get_client_card, client_id)
    assert card.client.display_name == "Paul Martin"
    assert card.totals.amount_due == Decimal("1399.50")
    assert len(card.timeline) >= 8


def test_archive_and_restore(db: Database) -> None:
    client_id = _client(db, "Martin")
    archived, _ = db.run_write(svc.archive_client, client_id, expected_version=1)
    assert archived.archived and archived.version == 2
    with pytest.raises(ConflictError):
        db.run_write(svc.restore_client, client_id, expected_version=1)
    restored, _ = db.run_write(svc.restore_client, client_id, expected_version=2)
    assert not restored.archived


def test_delete_is_refused_with_documents_and_suggests_archiving(db: Database) -> None:
    client_id = _client(db, "Martin")
    _history(db, client_id)
    with pytest.raises(BusinessRuleError, match="Archivez-le plutôt"):
        db.run_write(svc.delete_client, client_id)
    assert db.run_read(svc.get_client, client_id).display_name == "Martin"


def test_delete_then_undo_brings_back_the_client_and_its_children(db: Database) -> None:
    referrer = _client(db, "Martin", "Paul", phones=("0612345678",), tags=("fidèle",))
    friend = _client(db, "Bernard", referred_by_id=referrer)
    db.run_write(
        interactions.log_interaction,
        interactions.InteractionDraft(
            referrer, summary="Pas content du joint", is_complaint=True, occurred_at=NOW
        ),
        now=NOW,
    )
    db.run_write(
        time_entries.create_time_entry,
        time_entries.TimeEntryDraft(referrer, date(2026, 3, 1), 20, TimeKind.PHONE),
        today=NOW.date(),
    )
    before = db.run_read(svc.get_client, referrer)
    before_timeline = db.run_read(timeline.client_timeline, referrer, 50)
    token, changes = db.run_write(svc.delete_client, referrer, expected_version=1)
    assert ("client", referrer) in changes.entities
    assert token.row_count() >= 6  # client, contact, address, tag link, interaction, feedback...
    with pytest.raises(NotFoundError):
        db.run_read(svc.get_client, referrer)
    assert db.run_read(svc.get_client, friend).referred_by_id is None
    restored, _ = db.run_write(svc.restore_deleted_client, token)
    assert restored == before
    assert db.run_read(timeline.client_timeline, referrer, 50) == before_timeline
    assert db.run_read(svc.get_client, friend).referred_by_id == referrer
    # the restored client works as before: it can be edited
    db.run_write(svc.archive_client, referrer, expected_version=before.version)


def test_undo_is_refused_when_the_id_was_reused(db: Database) -> None:
    client_id = _client(db, "Martin")
    token, _ = db.run_write(svc.delete_client, client_id)
    with db.write() as s:
        s.add(models.Client(id=client_id, last_name="Autre"))
    with pytest.raises(BusinessRuleError, match="Impossible d'annuler"):
        db.run_write(svc.restore_deleted_client, token)
