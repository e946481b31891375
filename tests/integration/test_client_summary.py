"""The printed client summary: what the PDF says, what it leaves out, how it paginates."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from artisan_crm.demo import generate_demo
from artisan_crm.domain.enums import InteractionChannel, QuoteStatus
from artisan_crm.domain.rating import Category
from artisan_crm.reports import formatting as fmt
from artisan_crm.reports.client_summary import (
    ClientSummaryData,
    SummaryOptions,
    gather_client_summary,
    keep_rows_whole,
    render_client_summary,
    summary_file_name,
    write_client_summary_pdf,
    write_documents_pdf,
)
from artisan_crm.services.clients import AddressDraft, ClientDraft, create_client
from artisan_crm.services.interactions import InteractionDraft, log_interaction
from artisan_crm.services.rating import rate_clients
from artisan_crm.storage import models
from artisan_crm.storage.database import Database
from tests.pdf import pdf_text

pytestmark = [
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing"),
    pytest.mark.usefixtures("qapp"),
]
TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 8, 30, tzinfo=UTC)


def spaced(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


@pytest.fixture
def demo(db: Database) -> Database:
    generate_demo(db, clients=60, seed=42, today=TODAY)
    return db


def gather(db: Database, client_id: int, options: SummaryOptions) -> ClientSummaryData:
    with db.read() as session:
        return gather_client_summary(session, client_id, options, now=NOW)


def test_summary_carries_identity_open_matters_and_totals(demo: Database, tmp_path: Path) -> None:
    with demo.read() as session:
        q = models.Quote
        client_id = session.scalar(
            select(q.client_id)
            .where(q.status == QuoteStatus.SENT)
            .group_by(q.client_id)
            .order_by(func.count(q.id).desc(), q.client_id)
            .limit(1)
        )
    assert client_id is not None
    data = gather(demo, client_id, SummaryOptions())
    assert data.open_quotes and data.rating is not None
    target = tmp_path / "fiche.pdf"
    pages = write_client_summary_pdf(demo, client_id, target, now=NOW)
    assert pages >= 1 and not list(tmp_path.glob("*.part"))
    text = pdf_text(target)
    for expected in (
        "Fiche client",
        spaced(data.client.display_name),
        spaced(data.company.name),
        "Pour le joindre",
        "La relation en bref",
        "Client depuis",
        f"Chiffre d'affaires HT ({data.period_label})",
        spaced(fmt.money(data.period_revenue)),
        "Devis en attente de réponse",
        f"Notation : {data.rating.category.label}",
        f"page 1 / {pages}",
    ):
        assert expected in text, expected
    for quote in data.open_quotes:
        assert quote.number in text
        assert spaced(fmt.money(quote.total_incl_vat)) in text
    for phone in data.client.phones:
        assert spaced(phone) in text
    for invoice in data.invoices_due:
        assert spaced(fmt.money(invoice.remaining)) in text


def test_rating_and_amounts_can_be_left_out(demo: Database, tmp_path: Path) -> None:
    with demo.read() as session:
        table = rate_clients(session, today=TODAY)
    vampire = next(r for r in table.rows if r.category == Category.VAMPIRE)
    reasons = [r.text for r in vampire.reasons]

    rated = tmp_path / "avec.pdf"
    write_client_summary_pdf(demo, vampire.client_id, rated, now=NOW)
    text = pdf_text(rated)
    assert "Notation : Vampire" in text
    assert spaced(reasons[0])[1:40] in text  # the sentence, not a score alone

    plain = tmp_path / "sans.pdf"
    options = SummaryOptions(include_rating=False, include_amounts=False)
    data = gather(demo, vampire.client_id, options)
    assert data.rating is None  # never gathered, so it cannot leak
    write_client_summary_pdf(demo, vampire.client_id, plain, options, now=NOW)
    text = pdf_text(plain)
    assert spaced(vampire.name) in text
    for absent in ("Vampire", "Notation", "score", "€", "surveiller", "Chiffre d'affaires"):
        assert absent not in text, absent
    for reason in reasons:
        assert spaced(reason)[1:30] not in text


def test_long_history_paginates_and_keeps_the_sections(demo: Database, tmp_path: Path) -> None:
    with demo.read() as session:
        it = models.Interaction
        client_id = session.scalar(
            select(it.client_id).group_by(it.client_id).order_by(func.count(it.id).desc())
        )
    assert client_id is not None
    short = gather(demo, client_id, SummaryOptions(interactions=5))
    assert len(short.interactions) == 5
    data = gather(demo, client_id, SummaryOptions(full_history=True))
    assert len(data.interactions) == data.totals.interactions > 50
    assert data.past_documents
    target = tmp_path / "long.pdf"
    pages = write_client_summary_pdf(
        demo, client_id, target, SummaryOptions(full_history=True), now=NOW
    )
    assert pages >= 3
    text = pdf_text(target)
    assert f"page 2 / {pages}" in text and f"page {pages} / {pages}" in text
    # Moving rows across page breaks must not lose what follows the tables.
    for heading in ("Réclamations et leur traitement", "Notes", "Devis, chantiers et factures"):
        assert heading in text, heading
    assert text.count("Résumé") >= pages - 1  # the table header repeats on each page


def test_client_text_prints_literally(db: Database, tmp_path: Path) -> None:
    note = "Code portail <b>1234</b> <script>alert('x')</script> & « chien méchant »"
    with db.write() as session:
        client = create_client(
            session,
            ClientDraft(
                first_name="Zoé",
                last_name="L'Épée <i>",
                phones=("06 12 34 56 78",),
                addresses=(AddressDraft("3 rue <u>Haute</u>", postcode="44000", city="Nantes"),),
                notes=note + "\n" + "Très longue note sans fin " * 40,
            ),
        )
        log_interaction(
            session,
            InteractionDraft(
                client_id=client.id,
                channel=InteractionChannel.CALL,
                summary="Dit « <b>urgent</b> »",
                occurred_at=datetime(2026, 11, 20, 9, tzinfo=UTC),
            ),
            now=NOW,
        )
    data = gather(db, client.id, SummaryOptions())
    document = render_client_summary(data)
    assert "<script>" not in document.html and "&lt;script&gt;" in document.html
    assert "<b>1234" not in document.html
    target = tmp_path / "fiche.pdf"
    write_documents_pdf([document], target)
    text = pdf_text(target)
    for literal in (
        "Zoé L'Épée <i>",
        "<b>1234</b>",
        "<script>alert('x')</script>",
        "3 rue <u>Haute</u>",
        "Dit « <b>urgent</b> »",
        "Rien en cours",
    ):
        assert literal in text, literal
    assert text.count("Très longue note sans fin") == 40  # wrapped, nothing cut


def test_rows_moved_whole_leave_no_gap_under_the_repeated_header() -> None:
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QTextDocument, QTextTable

    rows = "".join(
        f"<tr><td>{i}</td><td>{'ligne ' * (5 + (i % 4) * 30)}</td></tr>" for i in range(60)
    )
    doc = QTextDocument()
    doc.setHtml(
        "<p>avant</p><table width='100%'><thead><tr><th>n°</th><th>texte</th></tr></thead>"
        f"{rows}</table><p>APRÈS LE TABLEAU</p>"
    )
    page = 400.0
    doc.setPageSize(QSizeF(300, page))
    layout = doc.documentLayout()
    root = doc.rootFrame()
    table = next(f for f in root.childFrames() if isinstance(f, QTextTable))

    def extents() -> list[tuple[float, float]]:
        out = []
        for r in range(table.rows()):
            cells = [table.cellAt(r, c) for c in range(table.columns())]
            tops = [layout.blockBoundingRect(c.firstCursorPosition().block()).top() for c in cells]
            ends = [
                layout.blockBoundingRect(c.lastCursorPosition().block()).bottom() for c in cells
            ]
            out.append((min(tops), max(ends)))
        return out

    def straddling() -> list[int]:
        return [
            r
            for r, (top, bottom) in enumerate(extents())
            if r > 1 and bottom - top < page / 2 and int(top // page) != int((bottom - 1) // page)
        ]

    assert straddling()
    assert keep_rows_whole(doc, page) >= 1
    assert straddling() == []
    ext = extents()
    header_height = ext[1][0] - ext[0][0]
    for r in range(2, table.rows()):
        if int(ext[r][0] // page) != int(ext[r - 1][0] // page):  # first row of a page
            assert ext[r][0] % page <= header_height + 12, r
    last = doc.lastBlock()
    assert last.text() == "APRÈS LE TABLEAU"
    assert last.layout().lineCount() == 1
    assert layout.blockBoundingRect(last).top() > ext[-1][1]


def test_summary_file_names_are_safe_and_unique() -> None:
    used: set[str] = set()
    assert summary_file_name("Hélène Lefèvre", 2, used) == "Helene-Lefevre.pdf"
    assert summary_file_name("Hélène  Lefèvre", 9, used) == "Helene-Lefevre-9.pdf"
    assert summary_file_name("SARL Cœur / Toit : l'ÉTÉ", 3, used) == "SARL-Coeur-Toit-l-ETE.pdf"
    assert summary_file_name("../../etc", 4, used) == "etc.pdf"
    assert summary_file_name("", 5, used) == "client-5.pdf"
    assert summary_file_name("数据", 6, used) == "client-6.pdf"
