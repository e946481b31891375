"""Printed documents and the interface language.

The client summary and the day sheet are for the artisan: they follow the interface
language (English headings, ``€1,234.50``). Quotes and invoices go to French clients with
French legal mentions: they stay French, amounts included, whatever the language.
"""

from __future__ import annotations

import re
import shutil
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from artisan_crm import i18n
from artisan_crm.demo import generate_demo
from artisan_crm.domain.enums import QuoteStatus
from artisan_crm.reports import formatting as fmt
from artisan_crm.reports.client_summary import (
    SummaryOptions,
    gather_client_summary,
    render_client_summary,
    write_client_summary_pdf,
)
from artisan_crm.reports.day_sheet import day_sheet_document
from artisan_crm.reports.documents import (
    PrintableDocument,
    invoice_document,
    quote_document,
    write_quote_pdf,
)
from artisan_crm.storage import models
from artisan_crm.storage.database import Database
from tests.pdf import pdf_text

pytestmark = [
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing"),
    pytest.mark.usefixtures("qapp"),
]
TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 8, 30, tzinfo=UTC)
ENGLISH_MONEY = re.compile(r"€\d{1,3}(,\d{3})*\.\d{2}")
FRENCH_MONEY = re.compile(r"\d{1,3}( \d{3})*,\d{2} €")


@pytest.fixture
def demo(sqlite_db: Database) -> Database:
    generate_demo(sqlite_db, clients=15, seed=42, today=TODAY)
    return sqlite_db


def busiest_client(db: Database) -> int:
    """The client with the most sent quotes (open quotes, amounts, rating on the summary)."""
    with db.read() as session:
        q = models.Quote
        client_id = session.scalar(
            select(q.client_id)
            .where(q.status == QuoteStatus.SENT)
            .group_by(q.client_id)
            .order_by(func.count(q.id).desc(), q.client_id)
            .limit(1)
        )
    assert client_id is not None
    return client_id


def test_formatting_follows_the_language_unless_told_french(english: None) -> None:
    assert fmt.money(Decimal("1234.5")) == "€1,234.50"
    assert fmt.percent(Decimal("5.5")) == "5.5%"
    assert fmt.number(Decimal("1234.500")) == "1,234.5"
    assert fmt.long_date(date(2026, 3, 10)) == "10 March 2026"
    # quotes and invoices ask for French explicitly
    assert fmt.money(Decimal("1234.5"), fmt.FRENCH) == "1\u00a0234,50\u00a0€"
    assert fmt.percent(Decimal("5.5"), fmt.FRENCH) == "5,5\u00a0%"
    assert fmt.long_date(date(2026, 3, 10), fmt.FRENCH) == "10 mars 2026"
    i18n.install("fr", None)
    assert fmt.money(Decimal("1234.5")) == "1\u00a0234,50\u00a0€"  # U+202F becomes U+00A0
    assert fmt.number(Decimal("1234.500")) == "1\u00a0234,5"


def test_english_client_summary_pdf(demo: Database, tmp_path: Path, english: None) -> None:
    client_id = busiest_client(demo)
    with demo.read() as session:
        data = gather_client_summary(session, client_id, SummaryOptions(), now=NOW)
    target = tmp_path / "summary.pdf"
    pages = write_client_summary_pdf(demo, client_id, target, now=NOW)
    text = pdf_text(target)
    for expected in (
        "Client summary",
        "Printed on 23 November 2026 at 09:30",
        f"Client no. {client_id}",
        "How to reach them",
        "The relationship at a glance",
        "Client since",
        "Revenue excl. VAT (last 24 months)",
        fmt.money(data.period_revenue),
        "In progress",
        "Quotes awaiting an answer (",
        "Amount incl. VAT",
        "History",
        f"printed on 23/11/2026 page 1 / {pages}",
    ):
        assert expected in text, expected
    assert ENGLISH_MONEY.search(text)
    for french in ("Fiche client", "Pour le joindre", "La relation en bref", "Montant TTC"):
        assert french not in text, french
    assert not FRENCH_MONEY.search(text)
    assert render_client_summary(data).title.startswith("Client summary – ")


def test_french_client_summary_is_unchanged(demo: Database, tmp_path: Path) -> None:
    client_id = busiest_client(demo)
    target = tmp_path / "fiche.pdf"
    write_client_summary_pdf(demo, client_id, target, now=NOW)
    text = pdf_text(target)
    for expected in (
        "Fiche client",
        "Imprimée le 23 novembre 2026 à 09:30",
        f"Client n° {client_id}",
        "Pour le joindre",
        "Chiffre d'affaires HT (24 derniers mois)",
        "Devis en attente de réponse (",
    ):
        assert expected in text, expected
    assert FRENCH_MONEY.search(text) and not ENGLISH_MONEY.search(text)


def test_english_day_sheet(demo: Database, english: None) -> None:
    with demo.read() as session:
        day = day_sheet_document(session, TODAY, NOW)
        week = day_sheet_document(session, TODAY, NOW, week=True)
    assert day.title == "Day sheet for 23/11/2026"
    assert "Monday 23 November 2026" in day.html and "Appointments" in day.html
    assert "Printed on 23/11/2026" in day.html and "Imprimé" not in day.html
    if "Quotes awaiting an answer</h2>\n<table" in day.html:
        assert ENGLISH_MONEY.search(day.html)
    assert week.title == "Week of 23/11/2026"
    assert "From Monday 23 November 2026 to Sunday 29 November 2026" in week.html


def _documents(db: Database) -> list[PrintableDocument]:
    with db.read() as session:
        quotes = session.scalars(select(models.Quote.number).order_by(models.Quote.id)).all()
        invoices = session.scalars(
            select(models.Invoice.number)
            .where(models.Invoice.number.is_not(None))
            .order_by(models.Invoice.id)
        ).all()
        return [quote_document(session, n) for n in quotes] + [
            invoice_document(session, n) for n in invoices if n
        ]


def test_quotes_and_invoices_stay_french_in_english(demo: Database, tmp_path: Path) -> None:
    assert i18n.language() == "fr"  # the test session's French, with its catalogues
    in_french = _documents(demo)
    before = i18n.current()
    i18n.install("en", None)
    try:
        check_french_in_english(demo, tmp_path, in_french)
    finally:
        i18n.install(*before)


def check_french_in_english(
    demo: Database, tmp_path: Path, in_french: list[PrintableDocument]
) -> None:
    in_english = _documents(demo)
    assert len(in_english) == len(in_french) > 10
    for en, fr in zip(in_english, in_french, strict=True):
        assert (en.title, en.footer, en.html) == (fr.title, fr.footer, fr.html), fr.title

    with demo.read() as session:
        number = session.scalar(
            select(models.Quote.number)
            .where(models.Quote.deposit_percent > 0)
            .order_by(models.Quote.id)
            .limit(1)
        )
    assert number is not None
    target = tmp_path / "devis.pdf"
    write_quote_pdf(demo, number, target)
    text = pdf_text(target)
    for expected in ("DEVIS", "Désignation", "Total HT", "Total TTC", "Bon pour accord"):
        assert expected in text, expected
    assert f"Devis {number}" in text
    assert FRENCH_MONEY.search(text) and not ENGLISH_MONEY.search(text)
