"""Invoices on SQLite and PostgreSQL: deposit and final from a quote, issuing, credit notes,
payments and payment states."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from artisan_crm.domain.enums import InvoiceKind, InvoiceStatus, LineKind, PaymentMethod
from artisan_crm.domain.errors import (
    BusinessRuleError,
    ConflictError,
    NotFoundError,
    ValidationError,
)
from artisan_crm.domain.quotes import PaymentState
from artisan_crm.services import company, invoices, jobs, quotes
from artisan_crm.storage.database import Database
from artisan_crm.storage.models import Client, ClientAddress, Invoice, Payment

DAY = date(2026, 3, 10)


def setup_quote(db: Database, deposit: str = "30") -> quotes.QuoteView:
    with db.write() as session:
        company.update_company(
            session, company.CompanyDraft(name="Martin Plomberie", payment_terms_days=30), version=0
        )
        client = Client(first_name="Anne", last_name="Roux")
        client.addresses.append(
            ClientAddress(
                kind="billing", line1="1 place du Marché", postcode="44000", city="Nantes"
            )
        )
        session.add(client)
        session.flush()
        view = quotes.create_quote(
            session,
            quotes.QuoteDraft(
                client_id=client.id,
                title="Chauffe-eau",
                deposit_percent=Decimal(deposit),
                lines=(
                    quotes.QuoteLineDraft(
                        "Pose", Decimal("3.5"), "h", Decimal("47.50"), Decimal("10")
                    ),
                    quotes.QuoteLineDraft(
                        "Chauffe-eau 200 L",
                        Decimal(1),
                        "u",
                        Decimal("689.99"),
                        Decimal("5.5"),
                        kind=LineKind.MATERIAL,
                        unit_cost=Decimal("455"),
                    ),
                    quotes.QuoteLineDraft(
                        "Déplacement",
                        Decimal(1),
                        "forfait",
                        Decimal("33.33"),
                        Decimal("20"),
                        kind=LineKind.TRAVEL,
                    ),
                ),
            ),
            today=DAY,
        )
        view = quotes.send_quote(session, view.id, version=view.version, valid_until=date.today())
        return quotes.accept_quote(session, view.id, version=view.version)


def issue(db: Database, invoice: invoices.InvoiceView, day: date = DAY) -> invoices.InvoiceView:
    with db.write() as session:
        return invoices.issue_invoice(session, invoice.id, version=invoice.version, today=day)


def test_deposit_and_final_add_up_to_the_quote(db: Database) -> None:
    quote = setup_quote(db)
    with db.write() as session:
        deposit = invoices.create_deposit_invoice(session, quote.id)
    assert deposit.kind == InvoiceKind.DEPOSIT and deposit.number is None
    assert deposit.totals.incl_vat == quote.deposit  # what the quote announced, to the cent
    assert [line.vat_rate for line in deposit.lines] == [
        Decimal("5.5"),
        Decimal("10"),
        Decimal("20"),
    ]
    deposit = issue(db, deposit)
    assert deposit.number == "FAC-2026-0001" and deposit.issued_on == DAY
    assert deposit.due_on == DAY + timedelta(days=30)
    assert deposit.billed_name == "Anne Roux" and "1 place du Marché" in deposit.billed_address
    with db.write() as session:
        final = invoices.create_final_invoice(session, quote_id=quote.id)
    final = issue(db, final, DAY + timedelta(days=20))
    assert final.number == "FAC-2026-0002" and final.kind == InvoiceKind.FINAL
    assert final.totals.incl_vat + deposit.totals.incl_vat == quote.totals.incl_vat
    assert final.totals.excl_vat + deposit.totals.excl_vat == quote.totals.excl_vat
    for row in final.totals.vat_breakdown:
        quoted = next(r for r in quote.totals.vat_breakdown if r.rate == row.rate)
        deposited = next(line for line in deposit.lines if line.vat_rate == row.rate)
        assert row.vat + deposited.vat == quoted.vat
    assert any("FAC-2026-0001" in line.description for line in final.lines)
    with pytest.raises(BusinessRuleError, match="solde"), db.write() as session:
        invoices.create_final_invoice(session, quote_id=quote.id)


def test_final_from_job_and_draft_deposit_blocks(db: Database) -> None:
    quote = setup_quote(db)
    with db.write() as session:
        job = jobs.create_job_from_quote(session, quote.id)
        draft_deposit = invoices.create_deposit_invoice(session, quote.id, percent=Decimal(20))
    with pytest.raises(BusinessRuleError, match="brouillon"), db.write() as session:
        invoices.create_final_invoice(session, job_id=job.id)
    with db.write() as session:
        invoices.delete_invoice(session, draft_deposit.id, version=draft_deposit.version)
        final = invoices.create_final_invoice(session, job_id=job.id)
    assert final.totals.incl_vat == quote.totals.incl_vat and final.job_id == job.id


def test_deposits_cannot_exceed_the_quote(db: Database) -> None:
    quote = setup_quote(db, deposit="60")
    with db.write() as session:
        first = invoices.create_deposit_invoice(session, quote.id)
    issue(db, first)
    with pytest.raises(BusinessRuleError, match="dépasseraient"), db.write() as session:
        invoices.create_deposit_invoice(session, quote.id)
    with pytest.raises(ValidationError), db.write() as session:
        invoices.create_deposit_invoice(session, quote.id, percent=Decimal(0))


def test_issued_invoice_is_frozen_and_cancelled_by_credit_note(db: Database) -> None:
    quote = setup_quote(db)
    with db.write() as session:
        final = invoices.create_final_invoice(session, quote_id=quote.id)
    final = issue(db, final)
    with pytest.raises(BusinessRuleError, match="avoir"), db.write() as session:
        invoices.update_invoice(
            session, final.id, invoices.InvoiceDraft(final.client_id, "x"), version=final.version
        )
    with pytest.raises(BusinessRuleError, match="ni modifiée ni supprimée"), db.write() as session:
        invoices.delete_invoice(session, final.id, version=final.version)
    with db.write() as session:
        credit = invoices.cancel_invoice(
            session, final.id, version=final.version, today=DAY, reason="Erreur de taux"
        )
    assert credit.kind == InvoiceKind.CREDIT_NOTE and credit.number == "FAC-2026-0002"
    assert credit.totals.incl_vat == -final.totals.incl_vat
    assert credit.credit_note_for_number == final.number
    assert credit.payment.state == PaymentState.CREDIT_NOTE
    with db.read() as session:
        original = invoices.get_invoice(session, final.id)
    assert original.status == InvoiceStatus.CANCELLED and original.cancelled_by == (credit.number,)
    assert original.number == final.number  # never reused, never deleted
    with pytest.raises(BusinessRuleError, match="déjà annulée"), db.write() as session:
        invoices.cancel_invoice(session, final.id, version=original.version)
    # the quote can be invoiced again after the cancellation
    with db.write() as session:
        again = invoices.create_final_invoice(session, quote_id=quote.id)
    assert issue(db, again).number == "FAC-2026-0003"


def test_payments_partial_full_and_too_much(db: Database) -> None:
    quote = setup_quote(db)
    with db.write() as session:
        final = invoices.create_final_invoice(session, quote_id=quote.id)
    final = issue(db, final)
    total = final.totals.incl_vat
    with db.write() as session:
        view = invoices.record_payment(
            session,
            final.id,
            invoices.PaymentDraft(DAY, Decimal("300"), PaymentMethod.CHEQUE),
            today=DAY,
        )
    assert view.payment.state == PaymentState.PARTIALLY_PAID
    assert view.payment.remaining == total - Decimal("300")
    with pytest.raises(BusinessRuleError, match="dépasse le reste à payer"), db.write() as session:
        invoices.record_payment(session, final.id, invoices.PaymentDraft(DAY, total))
    with pytest.raises(ValidationError), db.write() as session:
        invoices.record_payment(session, final.id, invoices.PaymentDraft(DAY, Decimal("-5")))
    with db.read() as session:
        assert session.scalar(select(func.count(Payment.id))) == 1
    late_day = final.due_on + timedelta(days=12)
    with db.read() as session:
        late = invoices.get_invoice(session, final.id, today=late_day)
        overdue = invoices.list_invoices(session, state=PaymentState.OVERDUE, today=late_day)
        not_yet = invoices.list_invoices(session, state=PaymentState.OVERDUE, today=DAY)
        partial = invoices.list_invoices(session, state=PaymentState.PARTIALLY_PAID, today=DAY)
    assert late.payment.state == PaymentState.OVERDUE and late.payment.days_late == 12
    assert [r.id for r in overdue] == [final.id]
    assert overdue[0].state_label == "En retard de 12 jours"
    assert overdue[0].paid == Decimal("300.00") and overdue[0].remaining == total - Decimal("300")
    assert not_yet == [] and [r.id for r in partial] == [final.id]
    with db.write() as session:
        paid = invoices.record_payment(
            session, final.id, invoices.PaymentDraft(DAY, total - Decimal("300")), today=DAY
        )
    assert paid.payment.state == PaymentState.PAID and paid.payment.remaining == 0
    with db.read() as session:
        assert [r.id for r in invoices.list_invoices(session, state=PaymentState.PAID)] == [
            final.id
        ]
    with db.write() as session:
        back = invoices.delete_payment(
            session, paid.payments[0].id, version=paid.payments[0].version, today=DAY
        )
    assert back.payment.state == PaymentState.PARTIALLY_PAID


def test_free_invoice_lifecycle_and_checks(db: Database) -> None:
    quote = setup_quote(db)
    line = invoices.InvoiceLineDraft("Dépannage fuite", Decimal(1), "forfait", Decimal("95"))
    with db.write() as session:
        draft = invoices.create_invoice(
            session, invoices.InvoiceDraft(quote.client_id, "Dépannage", (line,))
        )
        assert draft.lines[0].vat_rate == Decimal("10")  # company default
        with pytest.raises(BusinessRuleError, match="Émettez"):
            invoices.record_payment(session, draft.id, invoices.PaymentDraft(DAY, Decimal(1)))
        edited = invoices.update_invoice(
            session,
            draft.id,
            invoices.InvoiceDraft(quote.client_id, "Dépannage", (line, line)),
            version=draft.version,
        )
    assert edited.totals.excl_vat == Decimal("190.00")
    with pytest.raises(ConflictError), db.write() as session:
        invoices.update_invoice(
            session, draft.id, invoices.InvoiceDraft(quote.client_id), version=draft.version
        )
    with db.write() as session:
        empty = invoices.create_invoice(session, invoices.InvoiceDraft(quote.client_id))
    with pytest.raises(BusinessRuleError, match="sans ligne"):
        issue(db, empty)
    issue(db, edited, DAY + timedelta(days=5))
    with pytest.raises(BusinessRuleError, match="ordre des dates"):
        issue(db, _with_line(db, empty), DAY)
    with pytest.raises(ValidationError), db.write() as session:
        invoices.create_invoice(
            session,
            invoices.InvoiceDraft(
                quote.client_id,
                lines=(invoices.InvoiceLineDraft("x", Decimal(-1), "u", Decimal(5)),),
            ),
        )
    with db.read() as session:
        rows = invoices.list_invoices(session, client_id=quote.client_id, today=DAY)
        drafts = invoices.list_invoices(session, state=PaymentState.DRAFT)
        found = invoices.list_invoices(session, search="roux")
    assert rows[0].status == InvoiceStatus.DRAFT  # drafts listed first
    assert {r.id for r in drafts} == {empty.id}
    assert len(found) == 2
    with pytest.raises(NotFoundError), db.read() as session:
        invoices.get_invoice_by_number(session, "FAC-2026-0999")


def _with_line(db: Database, empty: invoices.InvoiceView) -> invoices.InvoiceView:
    with db.write() as session:
        return invoices.update_invoice(
            session,
            empty.id,
            invoices.InvoiceDraft(
                empty.client_id, lines=(invoices.InvoiceLineDraft("Vis", unit_price=Decimal(1)),)
            ),
            version=empty.version,
        )


def test_nothing_saved_half_way(db: Database) -> None:
    quote = setup_quote(db)
    with db.write() as session:
        final = invoices.create_final_invoice(session, quote_id=quote.id)
    with pytest.raises(BusinessRuleError), db.write() as session:
        invoices.issue_invoice(session, final.id, version=final.version, today=DAY)
        raise BusinessRuleError("échec après l'émission")
    with db.read() as session:
        stored = session.get(Invoice, final.id)
        assert stored is not None and stored.number is None and stored.status == InvoiceStatus.DRAFT
    assert issue(db, final).number == "FAC-2026-0001"
