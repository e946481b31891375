"""Demo data on SQLite and PostgreSQL: complete, consistent, reproducible, and telling a story."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select
from stdnum.fr import siret as siret_check
from stdnum.fr import tva

from artisan_crm.demo import DemoSummary, generate_demo
from artisan_crm.demo.generator import _generate
from artisan_crm.domain.enums import (
    InteractionChannel,
    InvoiceKind,
    InvoiceStatus,
    JobStatus,
    QuoteStatus,
    ReminderKind,
    ReminderState,
    TimeKind,
)
from artisan_crm.domain.errors import BusinessRuleError
from artisan_crm.domain.money import document_totals, line_amounts, round_cents
from artisan_crm.domain.text import fold, phone_search_key
from artisan_crm.services.reminders import list_due, regenerate_rule_reminders
from artisan_crm.storage import models as m
from artisan_crm.storage.database import Database, open_database

TODAY = date(2026, 5, 20)
CLIENTS = 40


def _generate_demo(db: Database, **kwargs: Any) -> DemoSummary:
    return generate_demo(db, clients=CLIENTS, seed=42, today=TODAY, **kwargs)


def _count(db: Database, model: Any) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every demo table, all columns, in primary-key order (values through the column types)."""
    dump = {}
    with db.read() as session:
        for name, table in m.Base.metadata.tables.items():
            if name == "alembic_version":
                continue
            rows = session.execute(select(table).order_by(*table.primary_key.columns)).all()
            dump[name] = [tuple(row) for row in rows]
    return dump


def test_every_entity_and_every_status_exists(db: Database) -> None:
    summary = _generate_demo(db)

    counted = {
        "clients": m.Client,
        "contacts": m.ClientContact,
        "addresses": m.ClientAddress,
        "tags": m.Tag,
        "interactions": m.Interaction,
        "feedback": m.Feedback,
        "catalog_items": m.CatalogItem,
        "quotes": m.Quote,
        "quote_lines": m.QuoteLine,
        "jobs": m.Job,
        "invoices": m.Invoice,
        "invoice_lines": m.InvoiceLine,
        "payments": m.Payment,
        "time_entries": m.TimeEntry,
        "appointments": m.Appointment,
        "reminders": m.Reminder,
    }
    for field, model in counted.items():
        assert getattr(summary, field) > 0, field
        assert _count(db, model) == getattr(summary, field), field
    assert summary.clients == CLIENTS
    assert summary.quotes == CLIENTS * 4
    assert summary.time_entries == CLIENTS * 22
    assert len(summary.vampire_client_ids) == len(summary.gem_client_ids) == 4
    assert summary.newcomer_client_ids

    with db.read() as session:

        def values(column: Any) -> set[Any]:
            # whole rows, not select(column): the Money/Percent/Quantity types lack
            # ``cache_ok`` and a bare column of theirs warns (see the report)
            model = column.class_
            return {getattr(row, column.key) for row in session.scalars(select(model))}

        assert values(m.Quote.status) == set(QuoteStatus)
        assert values(m.Job.status) == set(JobStatus)
        assert values(m.Invoice.status) == set(InvoiceStatus)
        assert values(m.Invoice.kind) >= {
            InvoiceKind.DEPOSIT,
            InvoiceKind.FINAL,
            InvoiceKind.STANDARD,
        }
        assert values(m.Reminder.kind) == set(ReminderKind)
        assert values(m.Reminder.state) == set(ReminderState)
        assert values(m.TimeEntry.kind) == set(TimeKind)
        assert values(m.TimeEntry.billable) == {True, False}
        assert values(m.Interaction.channel) == set(InteractionChannel)
        assert values(m.QuoteLine.kind) == {"labour", "material", "travel", "other"}
        assert values(m.QuoteLine.vat_rate) == {
            Decimal("0"),
            Decimal("5.5"),
            Decimal("10"),
            Decimal("20"),
        }
        assert values(m.QuoteLine.unit) >= {"h", "m²", "ml", "u", "forfait"}
        for flag in (
            m.Interaction.is_complaint,
            m.Interaction.is_discount_request,
            m.Interaction.is_change_request,
        ):
            assert session.scalar(select(func.count()).where(flag)) > 0
        assert values(m.Feedback.led_to_improvement) == {True, False}
        assert values(m.Feedback.status) == {"open", "resolved"}
        assert values(m.Client.kind) == {"person", "company"}
        assert session.scalar(select(func.count()).where(m.Client.referred_by_id.is_not(None)))
        assert values(m.Client.source) >= {"bouche à oreille", "recommandé par un client"}
        tags = set(session.scalars(select(m.Tag.name)))
        assert {"particulier", "syndic", "contrat entretien", "prescripteur"} <= tags
        # payments: on time, late, partial, and overdue invoices with nothing paid
        paid: dict[int, Decimal] = defaultdict(Decimal)
        for payment in session.scalars(select(m.Payment)):
            paid[payment.invoice_id] += payment.amount
        issued = [
            (i.id, i.total_incl_vat, i.due_on)
            for i in session.scalars(
                select(m.Invoice).where(m.Invoice.status == InvoiceStatus.ISSUED)
            )
        ]
        assert any(invoice_id not in paid and due < TODAY for invoice_id, _, due in issued)
        assert any(0 < paid.get(invoice_id, 0) < total for invoice_id, total, _ in issued)
        late = session.scalar(
            select(func.count())
            .select_from(m.Payment)
            .join(m.Invoice)
            .where(m.Payment.paid_on > m.Invoice.due_on)
        )
        assert late
        # appointments before and after today; a pending reminder already overdue
        starts = list(session.scalars(select(m.Appointment.starts_at)))
        now = datetime(2026, 5, 20, 12, tzinfo=UTC)
        assert min(starts) < now < max(starts)
        overdue = session.scalar(
            select(func.count()).where(
                m.Reminder.state == ReminderState.PENDING, m.Reminder.due_at < now
            )
        )
        assert overdue
        assert session.get(m.CompanySettings, 1) is not None


def test_identities_look_real(db: Database) -> None:
    _generate_demo(db)
    with db.read() as session:
        companies = session.execute(
            select(m.Client.company_name, m.Client.siret, m.Client.vat_number).where(
                m.Client.kind == "company"
            )
        ).all()
        assert companies
        for name, siret, vat in companies:
            assert siret_check.is_valid(siret), (name, siret)
            assert vat is None or (tva.is_valid(vat) and vat.endswith(siret[:9]))
        company = session.get(m.CompanySettings, 1)
        assert company is not None
        assert siret_check.is_valid(company.siret)
        assert tva.is_valid(company.vat_number)
        assert company.insurance_mention.startswith("Assurance décennale")
        assert company.iban.startswith("FR76")

        names = [
            fold(" ".join(row))
            for row in session.execute(
                select(m.Client.first_name, m.Client.last_name, m.Client.company_name)
            )
        ]
        assert any("helene" in n for n in names)
        assert any("electricite generale martin" in n for n in names)
        assert any("societe d electricite" in n for n in names)
        assert all(row for row in session.scalars(select(m.Client.search_text)))

        for kind, value, key in session.execute(
            select(m.ClientContact.kind, m.ClientContact.value, m.ClientContact.search_key)
        ):
            if kind == "email":
                assert "@" in value and key == value.casefold()
            else:
                assert key == phone_search_key(value)
                assert len(key) == 10 and key.startswith("0") and key.isdigit()
        formatted = session.scalar(
            select(func.count()).where(m.ClientContact.value.like("0_ __ __ __ __"))
        )
        assert formatted
        postcodes = set(session.scalars(select(m.ClientAddress.postcode)))
        assert all(len(p) == 5 and p.isdigit() for p in postcodes)
        assert {"44000", "75011"} & postcodes


def test_totals_are_recomputed_from_the_lines(db: Database) -> None:
    _generate_demo(db)
    with db.read() as session:
        lines: dict[int, list[Any]] = defaultdict(list)
        for line in session.scalars(select(m.QuoteLine).order_by(m.QuoteLine.position)):
            lines[line.quote_id].append(line)
        quotes = list(session.scalars(select(m.Quote)))
        for quote in quotes:
            amounts = [
                line_amounts(li.quantity, li.unit_price, li.vat_rate, li.discount_percent)
                for li in lines[quote.id]
            ]
            totals = document_totals(amounts, quote.deposit_percent)
            assert (quote.total_excl_vat, quote.total_vat, quote.total_incl_vat) == (
                totals.excl_vat,
                totals.vat,
                totals.incl_vat,
            ), quote.number
            cost = sum(
                (round_cents(li.quantity * li.unit_cost) for li in lines[quote.id]), Decimal(0)
            )
            assert quote.material_cost == cost
            assert quote.total_incl_vat > 0

        invoice_lines: dict[int, list[Any]] = defaultdict(list)
        for line in session.scalars(select(m.InvoiceLine)):
            invoice_lines[line.invoice_id].append(line)
        by_quote: dict[int, Decimal] = defaultdict(Decimal)
        for invoice in session.scalars(select(m.Invoice)):
            amounts = [
                line_amounts(li.quantity, li.unit_price, li.vat_rate, li.discount_percent)
                for li in invoice_lines[invoice.id]
            ]
            totals = document_totals(amounts)
            assert invoice.total_incl_vat == totals.incl_vat > 0
            assert invoice.total_excl_vat == totals.excl_vat
            assert invoice.billed_name and invoice.billed_address
            if invoice.quote_id and invoice.status != InvoiceStatus.CANCELLED:
                by_quote[invoice.quote_id] += invoice.total_excl_vat
            paid = sum((p.amount for p in invoice.payments), Decimal(0))
            assert paid <= invoice.total_incl_vat
        # deposit + final invoice = the quote, to the cent (excl. VAT)
        finals = session.scalars(
            select(m.Invoice.quote_id).where(m.Invoice.kind == InvoiceKind.FINAL)
        ).all()
        assert finals
        quote_totals = {q.id: q.total_excl_vat for q in quotes}
        for quote_id in finals:
            assert abs(by_quote[quote_id] - quote_totals[quote_id]) <= Decimal("0.05")


def test_numbers_are_gapless_per_year_and_match_the_sequences(db: Database) -> None:
    _generate_demo(db)
    with db.read() as session:
        sequences = {
            (s.prefix, s.year): s.last_value for s in session.scalars(select(m.NumberSequence))
        }
        for prefix, model in (("DEV", m.Quote), ("FAC", m.Invoice)):
            rows = session.execute(
                select(model.number, model.issued_on).where(model.number.is_not(None))
            ).all()
            by_year: dict[int, list[tuple[int, date]]] = defaultdict(list)
            for number, issued_on in rows:
                head, year, value = number.split("-")
                assert head == prefix and int(year) == issued_on.year
                by_year[int(year)].append((int(value), issued_on))
            assert len(by_year) >= 3  # about three years of history
            for year, numbered in by_year.items():
                numbered.sort()
                assert [n for n, _ in numbered] == list(range(1, len(numbered) + 1))
                assert sequences[(prefix, year)] == len(numbered)
                days = [d for _, d in numbered]
                assert days == sorted(days), "numbers follow the issue dates"
            assert {k for k in sequences if k[0] == prefix} == {(prefix, y) for y in by_year}
        drafts = session.scalars(
            select(m.Invoice.number).where(m.Invoice.status != InvoiceStatus.ISSUED)
        ).all()
        assert drafts and all(n is None for n in drafts)


def test_dates_tell_a_consistent_story(db: Database) -> None:
    _generate_demo(db)
    with db.read() as session:
        for quote in session.scalars(select(m.Quote)):
            stamps = {
                QuoteStatus.ACCEPTED: quote.accepted_at,
                QuoteStatus.REFUSED: quote.refused_at,
                QuoteStatus.EXPIRED: quote.expired_at,
                QuoteStatus.CANCELLED: quote.cancelled_at,
            }
            for status, stamp in stamps.items():
                assert (stamp is not None) == (quote.status == status), quote.number
            if quote.status in (QuoteStatus.DRAFT,):
                assert quote.sent_at is None
            if quote.status in (QuoteStatus.SENT, QuoteStatus.ACCEPTED, QuoteStatus.REFUSED):
                assert quote.sent_at is not None
            for stamp in (quote.sent_at, *stamps.values(), quote.created_at):
                if stamp is not None:
                    assert stamp.tzinfo is not None and stamp.utcoffset().total_seconds() == 0
                    assert stamp.date() < TODAY
            if quote.sent_at and quote.accepted_at:
                assert quote.sent_at <= quote.accepted_at
            assert quote.valid_until > quote.issued_on
        for job in session.scalars(select(m.Job)):
            assert job.deadline >= job.planned_start
            assert (job.completed_on is not None) == (job.status == JobStatus.DONE)
            if job.status == JobStatus.PLANNED:
                assert job.planned_start >= TODAY
            if job.status == JobStatus.DONE:
                assert job.completed_on < TODAY
        late_jobs = session.scalar(
            select(func.count()).where(
                m.Job.status == JobStatus.DONE, m.Job.completed_on > m.Job.deadline
            )
        )
        assert late_jobs
        assert not session.scalar(select(func.count()).where(m.Payment.paid_on >= TODAY)), (
            "no payment in the future"
        )
        assert session.scalar(select(func.min(m.Client.created_at))).date() < date(2023, 9, 1)


def test_vampires_cost_more_time_and_pay_later_than_gems(db: Database) -> None:
    summary = _generate_demo(db)
    with db.read() as session:
        minutes = session.execute(
            select(
                m.TimeEntry.client_id,
                func.sum(m.TimeEntry.minutes),
                func.sum(m.TimeEntry.minutes).filter(m.TimeEntry.billable.is_(False)),
            ).group_by(m.TimeEntry.client_id)
        ).all()
        unbilled_share = {cid: (unbilled or 0) / total for cid, total, unbilled in minutes}
        delays: dict[int, list[int]] = defaultdict(list)
        invoices = session.scalars(
            select(m.Invoice).where(m.Invoice.status == InvoiceStatus.ISSUED)
        ).all()
        for invoice in invoices:
            if invoice.due_on >= TODAY:
                continue
            paid = sum((p.amount for p in invoice.payments), Decimal(0))
            last = max((p.paid_on for p in invoice.payments), default=TODAY)
            end = last if paid >= invoice.total_incl_vat else TODAY
            delays[invoice.client_id].append((end - invoice.due_on).days)

    def mean(values: list[float]) -> float:
        return sum(values) / len(values)

    vampires, gems = summary.vampire_client_ids, summary.gem_client_ids
    assert (
        mean([unbilled_share[c] for c in vampires])
        > mean([unbilled_share[c] for c in gems if c in unbilled_share]) + 0.15
    )
    vampire_delays = [d for c in vampires for d in delays[c]]
    gem_delays = [d for c in gems for d in delays[c]]
    assert mean(vampire_delays) > mean(gem_delays) + 15
    assert max(gem_delays) <= 0, "gems pay before the due date"


def test_same_seed_same_rows_and_another_seed_other_rows(db: Database, tmp_path: Path) -> None:
    _generate_demo(db)
    first = _dump(db)
    again = open_database(f"sqlite:///{tmp_path / 'again.sqlite3'}", backups_dir=tmp_path / "b")
    other = open_database(f"sqlite:///{tmp_path / 'other.sqlite3'}", backups_dir=tmp_path / "b")
    try:
        _generate_demo(again)
        generate_demo(other, clients=CLIENTS, seed=43, today=TODAY)
        second = _dump(again)
        third = _dump(other)
    finally:
        again.dispose()
        other.dispose()
    assert first.keys() == second.keys()
    for table in first:
        assert first[table] == second[table], table
    assert first["client"] != third["client"]
    assert first["quote"] != third["quote"]


def test_the_demo_artisan_comes_back_from_a_week_away_not_three_years(db: Database) -> None:
    """At the first start the app lists what is due: a week of reminders, not 900 going
    back three years (the older ones were handled, as a real user would have)."""
    _generate_demo(db)
    now = datetime.combine(TODAY, time(12), ZoneInfo("Europe/Paris")).astimezone(UTC)
    with db.write() as session:
        # The application's own pass at start has nothing to add: the demo is up to date.
        assert not regenerate_rule_reminders(session, now).changed
    with db.read() as session:
        due = list_due(session, now)
        handled_unpaid = session.scalar(
            select(func.count())
            .select_from(m.Reminder)
            .join(m.Invoice, m.Invoice.id == m.Reminder.invoice_id)
            .where(
                m.Reminder.kind == ReminderKind.INVOICE_OVERDUE,
                m.Reminder.state == ReminderState.DONE,
                m.Invoice.status == InvoiceStatus.ISSUED,
                m.Invoice.due_on < TODAY - timedelta(days=60),
            )
        )
    assert due, "a week of reminders waits for the demo artisan"
    assert {r.kind for r in due} >= {ReminderKind.QUOTE_FOLLOWUP, ReminderKind.INVOICE_OVERDUE}
    assert all(now - r.effective_due_at <= timedelta(days=7) for r in due)
    # Old unpaid invoices were chased (their reminders are done) and are still unpaid.
    assert handled_unpaid


def test_a_database_with_clients_is_refused(db: Database) -> None:
    _generate_demo(db)
    before = _count(db, m.Quote)
    with pytest.raises(BusinessRuleError, match="déjà des clients"):
        _generate_demo(db)
    assert _count(db, m.Quote) == before
    assert _count(db, m.Client) == CLIENTS


def test_progress_is_reported_until_the_total(db: Database) -> None:
    calls: list[tuple[int, int]] = []
    _generate_demo(db, progress=lambda done, total: calls.append((done, total)))
    assert calls[0] == (0, CLIENTS)
    assert calls[-1] == (CLIENTS, CLIENTS)
    assert len(calls) >= CLIENTS // 5
    dones = [done for done, _ in calls]
    assert dones == sorted(dones)


def test_ids_keep_working_after_the_demo(db: Database) -> None:
    """PostgreSQL sequences are moved past the explicit ids: the next insert does not clash."""
    _generate_demo(db)
    with db.write() as session:
        client = m.Client(last_name="Nouveau", search_text="nouveau")
        session.add(client)
        session.flush()
        session.add(
            m.Interaction(client_id=client.id, occurred_at=datetime.now(UTC), channel="call")
        )
        session.add(m.Tag(name="nouveau tag"))
    assert _count(db, m.Client) == CLIENTS + 1


# The search service aggregates Money columns; until storage.types sets ``cache_ok`` on
# Money/Quantity/Percent (not inherited from the base class), SQLAlchemy warns there.
def test_demo_clients_are_found_by_the_search_service(db: Database) -> None:
    from artisan_crm.services.clients import search_clients

    _generate_demo(db)
    with db.read() as session:
        assert any("Hélène" in row.display_name for row in search_clients(session, "helene"))
        found = search_clients(session, "electricite")
        assert any("Électricité Générale Martin" in row.display_name for row in found)
        assert any("Société d'Électricité" in row.display_name for row in found)


@pytest.mark.slow
def test_rendering_in_worker_processes_gives_the_same_rows(tmp_path: Path) -> None:
    databases = []
    try:
        for workers in (0, 2):
            db = open_database(
                f"sqlite:///{tmp_path / f'w{workers}.sqlite3'}", backups_dir=tmp_path / "b"
            )
            databases.append(db)
            _generate(
                db,
                clients=60,
                quotes=300,
                time_entries=1500,
                seed=3,
                today=TODAY,
                progress=None,
                chunk=6,
                workers=workers,
            )
        assert _dump(databases[0]) == _dump(databases[1])
    finally:
        for db in databases:
            db.dispose()
