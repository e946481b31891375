"""GDPR: export everything about a client (found from the schema), and anonymise."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Column, ForeignKey, Integer, MetaData, String, Table, func, select

from artisan_crm.domain.enums import (
    InteractionChannel,
    InvoiceStatus,
    QuoteStatus,
    ReminderKind,
    TimeKind,
)
from artisan_crm.domain.errors import BusinessRuleError, NotFoundError
from artisan_crm.services import clients as svc
from artisan_crm.services import gdpr, interactions
from artisan_crm.storage import models
from artisan_crm.storage.database import Database

MARKER = "Zyxmarqueur"
EXPECTED_TABLES = {
    "client",
    "client_contact",
    "client_address",
    "client_tag",
    "interaction",
    "feedback",
    "quote",
    "quote_line",
    "job",
    "invoice",
    "invoice_line",
    "payment",
    "time_entry",
    "appointment",
    "reminder",
}


def _rich_client(db: Database) -> dict[str, int]:
    """A client whose personal data all carry MARKER, with every kind of child row."""
    client, _ = db.run_write(
        svc.create_client,
        svc.ClientDraft(
            first_name=f"Hélène{MARKER}",
            last_name=f"<script>{MARKER}</script>",
            company_name=f"SARL {MARKER}",
            phones=("06 12 34 56 78",),
            emails=(f"{MARKER.lower()}@exemple.fr",),
            addresses=(
                svc.AddressDraft(f"12 rue {MARKER}", "", "69003", f"Lyon{MARKER}"),
                svc.AddressDraft(f"Chantier {MARKER}", "", "69002", "Lyon"),
            ),
            tags=(f"famille {MARKER}",),
            source=f"Bouche à oreille {MARKER}",
            notes=f"Code portail 1234 {MARKER}",
        ),
    )
    other, _ = db.run_write(
        svc.create_client,
        svc.ClientDraft(last_name="Voisin", referred_by_id=client.id, notes="Ami du client"),
    )
    db.run_write(
        interactions.log_interaction,
        interactions.InteractionDraft(
            client.id,
            channel=InteractionChannel.CALL,
            summary=f"Se plaint du bruit {MARKER}",
            minutes=10,
            is_complaint=True,
            log_time=True,
        ),
    )
    with db.write() as s:
        quote = models.Quote(
            number="DEV-2026-0001",
            client_id=client.id,
            title=f"Salle de bain {MARKER}",
            notes=f"Digicode {MARKER}",
            status=QuoteStatus.ACCEPTED,
            issued_on=date(2026, 1, 5),
            total_excl_vat=Decimal("100.00"),
            total_incl_vat=Decimal("120.00"),
        )
        s.add(quote)
        s.flush()
        s.add(models.QuoteLine(quote_id=quote.id, description="Pose d'un lavabo"))
        job = models.Job(
            client_id=client.id, quote_id=quote.id, title=f"Chantier {MARKER}", notes=MARKER
        )
        s.add(job)
        s.flush()
        invoice = models.Invoice(
            number="FAC-2026-0001",
            client_id=client.id,
            quote_id=quote.id,
            job_id=job.id,
            status=InvoiceStatus.ISSUED,
            issued_on=date(2026, 2, 1),
            total_excl_vat=Decimal("100.00"),
            total_incl_vat=Decimal("120.00"),
            billed_name="Mme Hélène Legale",
            billed_address="12 rue Légale, 69003 Lyon",
        )
        s.add(invoice)
        s.flush()
        s.add(models.InvoiceLine(invoice_id=invoice.id, description="Pose d'un lavabo"))
        s.add(
            models.Payment(
                invoice_id=invoice.id,
                paid_on=date(2026, 2, 10),
                amount=Decimal("120.00"),
                note=f"Chèque {MARKER}",
            )
        )
        s.add(
            models.TimeEntry(
                client_id=client.id,
                job_id=job.id,
                work_date=date(2026, 1, 20),
                minutes=240,
                kind=TimeKind.ON_SITE,
                note=f"Clé chez {MARKER}",
            )
        )
        appointment = models.Appointment(
            client_id=client.id,
            starts_at=datetime(2026, 3, 1, 9, 0, tzinfo=UTC),
            address=f"12 rue {MARKER}",
            purpose=f"Visite {MARKER}",
        )
        s.add(appointment)
        s.flush()
        s.add(
            models.Reminder(
                due_at=datetime(2026, 2, 28, 9, 0, tzinfo=UTC),
                kind=ReminderKind.APPOINTMENT,
                title=f"RDV {MARKER}",
                appointment_id=appointment.id,
            )
        )
        s.add(
            models.Reminder(
                due_at=datetime(2026, 4, 1, 9, 0, tzinfo=UTC),
                kind=ReminderKind.INVOICE_OVERDUE,
                title=f"Relancer {MARKER}",
                invoice_id=invoice.id,
            )
        )
    return {"client": client.id, "other": other.id}


def test_every_table_referencing_a_client_is_found_from_the_schema() -> None:
    assert gdpr.client_tables() == EXPECTED_TABLES
    assert gdpr.missing_anonymisation_rules() == frozenset()
    # only incoming links: other clients (referred_by) and the catalog are not followed
    links = {(link.table, link.column) for link in gdpr.client_links()}
    assert ("client", "referred_by_id") not in links
    assert ("time_entry", "quote_id") in links and ("reminder", "appointment_id") in links


def _with_new_table() -> tuple[MetaData, Table]:
    metadata = MetaData()
    for table in models.Base.metadata.sorted_tables:
        table.to_metadata(metadata)
    warranty = Table(
        "warranty_claim",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("job_id", ForeignKey("job.id", ondelete="CASCADE")),
        Column("description", String(200)),
    )
    return metadata, warranty


def test_a_new_table_is_exported_and_flagged_for_anonymisation(db: Database) -> None:
    ids = _rich_client(db)
    metadata, warranty = _with_new_table()
    assert gdpr.missing_anonymisation_rules(metadata) == {"warranty_claim"}
    warranty.create(db.engine)
    try:
        with db.write() as s:
            job_id = s.scalar(select(models.Job.id).where(models.Job.client_id == ids["client"]))
            s.execute(warranty.insert().values(job_id=job_id, description="Fuite sous garantie"))
        data = db.run_read(lambda s: gdpr.export_client_data(s, ids["client"], metadata=metadata))
        assert data["tables"]["warranty_claim"][0]["description"] == "Fuite sous garantie"
    finally:
        warranty.drop(db.engine)


def test_export_holds_everything_and_nothing_of_other_clients(db: Database, tmp_path: Path) -> None:
    ids = _rich_client(db)
    data = db.run_read(gdpr.export_client_data, ids["client"])
    assert set(data["tables"]) == EXPECTED_TABLES
    counts = data["counts"]
    assert counts["client"] == 1 and counts["client_contact"] == 2 and counts["reminder"] == 2
    assert counts["time_entry"] == 2 and counts["feedback"] == 1 and counts["payment"] == 1
    assert data["tags"] == [f"famille {MARKER}"]
    assert data["tables"]["invoice"][0]["total_incl_vat"] == "120.00"
    assert "search_text" not in data["tables"]["client"][0]
    dumped = json.dumps(data, ensure_ascii=False)
    assert "Voisin" not in dumped and "Ami du client" not in dumped
    json_path, html_path = gdpr.write_client_data(data, tmp_path / "rgpd")
    assert json.loads(json_path.read_text(encoding="utf-8"))["client_id"] == ids["client"]
    html = html_path.read_text(encoding="utf-8")
    assert "<script>" not in html and f"&lt;script&gt;{MARKER}" in html
    assert "Factures (1)" in html and "Rappels (2)" in html
    with pytest.raises(NotFoundError):
        db.run_read(gdpr.export_client_data, 99999)


def _text_columns_containing(db: Database, needle: str) -> list[str]:
    found = []
    with db.read() as s:
        for table in models.Base.metadata.sorted_tables:
            for column in table.columns:
                if isinstance(column.type, String):
                    hits = s.scalar(
                        select(func.count())
                        .select_from(table)
                        .where(func.lower(column).like(f"%{needle.lower()}%"))
                    )
                    if hits:
                        found.append(f"{table.name}.{column.name}")
    return found


def test_anonymise_erases_identity_and_keeps_legal_invoices(db: Database) -> None:
    ids = _rich_client(db)
    before = set(_text_columns_containing(db, MARKER))
    assert {
        "client.notes",
        "client.search_text",
        "interaction.summary",
        "feedback.criticism",
    } <= before
    assert {
        "time_entry.note",
        "payment.note",
        "reminder.title",
        "tag.name",
        "quote.title",
    } <= before
    with pytest.raises(BusinessRuleError, match="confirmez"):
        db.run_write(gdpr.anonymise_client, ids["client"], confirmed=False)
    report, changes = db.run_write(gdpr.anonymise_client, ids["client"], confirmed=True)
    assert changes.touches("client", "client_contact", "interaction")
    assert dict(report.deleted)["appointment"] == 1 and dict(report.deleted)["reminder"] == 2
    assert "invoice" in {t for t, _, _ in report.kept}
    assert _text_columns_containing(db, MARKER) == []
    card = db.run_read(svc.get_client, ids["client"])
    assert card.display_name == f"Client anonymisé n°{ids['client']}"
    assert card.archived and card.contacts == () and card.addresses == () and card.tags == ()
    with db.read() as s:
        invoice = s.scalars(select(models.Invoice)).one()
        assert (invoice.billed_name, invoice.total_incl_vat) == (
            "Mme Hélène Legale",
            Decimal("120.00"),
        )
        assert s.scalar(select(func.sum(models.TimeEntry.minutes))) == 250
        assert s.scalar(
            select(models.Client.anonymised_at).where(models.Client.id == ids["client"])
        )
        assert s.scalar(select(func.count()).select_from(models.Tag)) == 0
    # the other client is untouched (their referral now points to an anonymous card)
    assert db.run_read(svc.get_client, ids["other"]).notes == "Ami du client"
    assert db.run_read(svc.search_clients, "helene") == ()
    with pytest.raises(BusinessRuleError, match="déjà anonymisé"):
        db.run_write(gdpr.anonymise_client, ids["client"], confirmed=True)
    with pytest.raises(BusinessRuleError, match="anonymisé"):
        db.run_write(svc.restore_client, ids["client"])
    assert report.summary().startswith(f"Client n°{ids['client']} anonymisé.")


def test_anonymised_text_is_gone_from_the_sqlite_file(sqlite_db: Database) -> None:
    ids = _rich_client(sqlite_db)
    sqlite_db.run_write(gdpr.anonymise_client, ids["client"], confirmed=True)
    with sqlite_db.engine.connect() as conn:
        busy, _, _ = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
        assert busy == 0
    sqlite_db.dispose()
    path = sqlite_db.sqlite_path
    assert path is not None
    files = [path, path.with_name(path.name + "-wal")]
    for file in files:
        if file.exists():
            content = file.read_bytes().lower()
            assert MARKER.lower().encode() not in content, file.name
