"""Printed quotes and invoices: the PDF text says what a French client and accountant expect."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from artisan_crm.cli import main
from artisan_crm.domain.enums import LineKind
from artisan_crm.domain.errors import NotFoundError
from artisan_crm.reports.documents import (
    render_quote,
    write_invoice_pdf,
    write_quote_pdf,
)
from artisan_crm.services import company, invoices, quotes
from artisan_crm.storage.database import Database
from artisan_crm.storage.models import Client, ClientAddress

pytestmark = [
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing"),
]
DAY = date(2026, 3, 10)
COMPANY = company.CompanyDraft(
    name="Plomberie Martin",
    legal_form="EURL",
    address_line1="3 impasse des Artisans",
    postcode="44100",
    city="Nantes",
    siret="73282932000074",
    vat_number="FR44732829320",
    insurance_mention="Assurance décennale SMABTP n° 123456, couverture France métropolitaine.",
    iban="FR7630006000011234567890189",
    payment_terms_days=30,
)


def pdf_text(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return " ".join(out.replace("\u00a0", " ").replace("\u202f", " ").split())


def make_quote(db: Database, line_count: int = 3, *, deposit: str = "30") -> quotes.QuoteView:
    with db.write() as session:
        company.update_company(session, COMPANY, version=0)
        client = Client(first_name="Marie", last_name="Dupont <script>")
        client.addresses.append(
            ClientAddress(kind="billing", line1="8 rue des Lilas", postcode="44000", city="Nantes")
        )
        session.add(client)
        session.flush()
        lines = [
            quotes.QuoteLineDraft(
                f"Poste {i + 1} : remplacement de canalisation cuivre",
                Decimal("2"),
                "ml",
                Decimal("38.50"),
                Decimal("10") if i % 2 else Decimal("5.5"),
                kind=LineKind.MATERIAL,
            )
            for i in range(line_count)
        ]
        lines.append(
            quotes.QuoteLineDraft(
                "Déplacement",
                unit="forfait",
                unit_price=Decimal("35"),
                vat_rate=Decimal("20"),
                kind=LineKind.TRAVEL,
            )
        )
        return quotes.create_quote(
            session,
            quotes.QuoteDraft(
                client_id=client.id,
                title="Rénovation salle d'eau",
                lines=tuple(lines),
                deposit_percent=Decimal(deposit),
                valid_until=date(2026, 4, 9),
            ),
            today=DAY,
        )


def test_quote_pdf_carries_identity_totals_and_mentions(
    qapp, sqlite_db: Database, tmp_path
) -> None:
    quote = make_quote(sqlite_db)
    target = tmp_path / "devis.pdf"
    pages = write_quote_pdf(sqlite_db, quote.number, target)
    assert pages >= 1 and target.read_bytes().startswith(b"%PDF")
    assert not list(tmp_path.glob("*.part"))
    text = pdf_text(target)
    for expected in (
        "DEVIS",
        "DEV-2026-0001",
        "Plomberie Martin",
        "SIRET 73282932000074",
        "FR44732829320",
        "Marie Dupont <script>",  # escaped, printed as typed
        "8 rue des Lilas",
        "Date : 10/03/2026",
        "Valable jusqu'au : 09/04/2026",
        "Rénovation salle d'eau",
        "Total HT",
        "Total TTC",
        "Taux de TVA",
        "Acompte à la commande (30 %)",
        "Devis reçu avant l'exécution des travaux",
        "Bon pour accord",
        "Assurance décennale SMABTP",
        "locaux à usage d'habitation achevés depuis plus de deux ans",
        "rénovation énergétique",  # a 5.5 % line
        f"page 1 / {pages}",
    ):
        assert expected in text, expected
    euros = lambda d: f"{d:,.2f}".replace(",", " ").replace(".", ",") + " €"  # noqa: E731
    assert euros(quote.totals.excl_vat) in text
    assert euros(quote.totals.incl_vat) in text
    assert euros(quote.deposit) in text
    for row in quote.totals.vat_breakdown:
        assert euros(row.vat) in text


def test_no_reduced_vat_mention_at_standard_rate(qapp, sqlite_db: Database) -> None:
    quote = make_quote(sqlite_db, line_count=0)
    with sqlite_db.read() as session:
        document = render_quote(quote, company.get_company(session), "")
    assert "achevés depuis plus de deux ans" not in document.html
    assert "<script>" not in document.html and "&lt;script&gt;" in document.html


def test_long_quote_paginates_with_repeated_headers(qapp, sqlite_db: Database, tmp_path) -> None:
    quote = make_quote(sqlite_db, line_count=200)
    target = tmp_path / "long.pdf"
    pages = write_quote_pdf(sqlite_db, quote.number, target)
    assert pages >= 4
    text = pdf_text(target)
    assert f"page 2 / {pages}" in text and f"page {pages} / {pages}" in text
    assert text.count("Désignation") >= pages - 1  # table header repeated on each page of lines
    for i in (1, 100, 200):
        assert f"Poste {i} : remplacement" in text
    # every line printed exactly once (no row cut or duplicated at a page break)
    assert text.count(": remplacement de canalisation cuivre") == 200


def test_invoice_pdfs_carry_legal_mentions(qapp, db: Database, tmp_path) -> None:
    quote = make_quote(db)
    with db.write() as session:
        sent = quotes.send_quote(session, quote.id, version=quote.version, valid_until=date.today())
        accepted = quotes.accept_quote(session, sent.id, version=sent.version)
        deposit = invoices.create_deposit_invoice(session, accepted.id)
        deposit = invoices.issue_invoice(session, deposit.id, version=deposit.version, today=DAY)
        final = invoices.create_final_invoice(session, quote_id=accepted.id)
        final = invoices.issue_invoice(session, final.id, version=final.version, today=DAY)
        credit = invoices.cancel_invoice(session, final.id, version=final.version, today=DAY)
    write_invoice_pdf(db, deposit.number or "", tmp_path / "acompte.pdf")
    write_invoice_pdf(db, final.number or "", tmp_path / "solde.pdf")
    write_invoice_pdf(db, credit.number or "", tmp_path / "avoir.pdf")
    deposit_text = pdf_text(tmp_path / "acompte.pdf")
    final_text = pdf_text(tmp_path / "solde.pdf")
    credit_text = pdf_text(tmp_path / "avoir.pdf")
    assert "FACTURE D'ACOMPTE" in deposit_text and "FAC-2026-0001" in deposit_text
    assert "Acompte de 30 % sur le devis DEV-2026-0001" in deposit_text
    for expected in (
        "FAC-2026-0002",
        "Échéance : 09/04/2026",
        "Pas d'escompte pour paiement anticipé",
        "pénalités de retard",
        "indemnité forfaitaire pour frais de recouvrement de 40 €",
        "Acompte déjà facturé : facture FAC-2026-0001",
        "Facturé à",
        "Marie Dupont <script>",
        "SIRET 73282932000074",
    ):
        assert expected in final_text, expected
    assert "AVOIR" in credit_text and "annulant la facture n° FAC-2026-0002" in credit_text


def test_cli_writes_quote_and_invoice_pdf(
    qapp, sqlite_db: Database, sqlite_url, tmp_path, capsys
) -> None:
    quote = make_quote(sqlite_db)
    target = tmp_path / "cli" / "devis.pdf"
    assert main(["--database", sqlite_url, "quote", "pdf", quote.number, str(target)]) == 0
    assert "DEV-2026-0001" in pdf_text(target)
    assert "écrit dans" in capsys.readouterr().out
    status = main(
        ["--database", sqlite_url, "invoice", "pdf", "FAC-2026-0042", str(tmp_path / "x.pdf")]
    )
    assert status == NotFoundError.exit_code
    assert "FAC-2026-0042" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
