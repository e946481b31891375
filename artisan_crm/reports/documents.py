"""Printed quotes and invoices: HTML (Jinja2, autoescaped) -> QTextDocument -> printer or PDF.

The same :meth:`PrintableDocument.paint` serves ``QPrinter`` (paper, print
preview) and ``QPdfWriter`` (PDF): the document is laid out in pages of the
device's paintable area minus a footer band, then each page is drawn with the
footer "DEV-2026-0001 – page 2 / 5". Table headers (``<thead>``) repeat at the
top of every page (``QTextTableFormat.headerRowCount``).

Building the HTML (:func:`quote_document`, :func:`invoice_document`) needs a
Session and no Qt; painting needs a ``QGuiApplication`` (fonts):
:func:`ensure_gui_application` makes an offscreen one for the CLI.

Quotes and invoices are sent to French clients and carry French legal mentions:
French law wants them in French, so their text (here and in ``quote.html``,
``invoice.html``, ``_lines.html``, ``base.html``) stays French whatever the interface
language (lines marked ``# fr-only``), and their amounts and dates are formatted
with :data:`~artisan_crm.reports.formatting.FRENCH`. The labels they borrow from the
services (invoice kind, payment method) are taken from French tables here, not from
the services' translated labels.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy.orm import Session

from artisan_crm.domain.enums import InvoiceKind, LineKind, PaymentMethod
from artisan_crm.domain.money import ZERO
from artisan_crm.i18n import translate
from artisan_crm.reports import formatting as fmt
from artisan_crm.reports.formatting import FRENCH
from artisan_crm.services.company import CompanyView, get_company
from artisan_crm.services.invoices import InvoiceView, get_invoice_by_number
from artisan_crm.services.quotes import QuoteView, billing_address, get_quote_by_number

if TYPE_CHECKING:
    from PySide6.QtGui import QGuiApplication, QPagedPaintDevice

    from artisan_crm.storage.database import Database

TEMPLATES = Path(__file__).with_name("templates")
LOGO_URL = "logo://company"
FOOTER_PT = 7.5

# French legal document text (quotes and invoices stay French whatever the interface language).
KIND_LABELS = {
    LineKind.LABOUR: "main-d'œuvre",  # fr-only
    LineKind.MATERIAL: "fourniture",  # fr-only
    LineKind.TRAVEL: "déplacement",  # fr-only
    LineKind.OTHER: "",
}

#: Official wording (BOFiP, 2025) replacing the former attestation 1301-SD / 1300-SD.
REDUCED_VAT_10 = (  # French legal document text
    "Je soussigné(e) {name} certifie, en qualité de preneur de la prestation, que les travaux "
    "réalisés concernent des locaux à usage d'habitation achevés depuis plus de deux ans et "
    "qu'ils n'ont pas eu pour effet, sur une période de deux ans au plus, de concourir à la "
    "production d'un immeuble neuf au sens du 2° du 2 du I de l'article 257 du CGI, ni "
    "d'entraîner une augmentation de la surface de plancher des locaux existants supérieure "
    "à 10 %."  # fr-only
)
REDUCED_VAT_5_5 = (  # French legal document text
    "Je soussigné(e) {name} certifie, en qualité de preneur de la prestation, que les travaux "
    "réalisés concernent des locaux à usage d'habitation achevés depuis plus de deux ans, "
    "qu'ils n'ont pas eu pour effet, sur une période de deux ans au plus, de concourir à la "
    "production d'un immeuble neuf au sens du 2° du 2 du I de l'article 257 du CGI, ni "
    "d'entraîner une augmentation de la surface de plancher des locaux existants supérieure "
    "à 10 % et qu'ils ont la nature de travaux de rénovation énergétique."  # fr-only
)
VAT_EXEMPT = "TVA non applicable, article 293 B du CGI."  # fr-only


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html"], default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    # Client text keeps its line breaks but never becomes markup.
    env.filters["lines"] = lambda text: [p for p in str(text or "").splitlines() if p.strip()]
    return env


_ENV = _environment()


# ---- The printable document ---------------------------------------------------------------------


@dataclass(frozen=True)
class PrintableDocument:
    """HTML ready to paint, with what the page footer says and the logo image."""

    html: str
    title: str
    footer: str
    logo_png: bytes | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def text_document(self, device: QPagedPaintDevice | None = None) -> Any:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QFont, QImage, QTextDocument

        doc = QTextDocument()
        doc.setUndoRedoEnabled(False)
        if device is not None:
            doc.documentLayout().setPaintDevice(device)
        font = QFont("DejaVu Sans")
        font.setPointSizeF(9)
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        if self.logo_png:
            image = QImage.fromData(self.logo_png)
            if not image.isNull():
                doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(LOGO_URL), image)
        doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, self.title)
        doc.setHtml(self.html)
        return doc

    def paint(self, device: QPagedPaintDevice) -> int:
        """Lay out and paint every page on ``device`` (QPrinter or QPdfWriter); returns pages."""
        return paint_documents(device, [self])

    def write_pdf(self, path: Path | str) -> int:
        """Write the PDF (A4, 15 mm margins) to ``path``; returns the number of pages."""
        from PySide6.QtCore import QMarginsF
        from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

        ensure_gui_application()
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".part")
        writer = QPdfWriter(str(tmp))
        writer.setResolution(300)
        writer.setTitle(self.title)
        writer.setCreator("Artisan CRM")
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(15, 15, 15, 12),
                QPageLayout.Unit.Millimeter,
            )
        )
        try:
            pages = self.paint(writer)
            del writer  # flushes and closes the file
            os.replace(tmp, path)
        finally:
            if tmp.exists():
                tmp.unlink()
        return pages


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new offscreen ``QGuiApplication`` (CLI, no display)."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is not None:
        return app  # type: ignore[return-value]
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(["artisan-crm"])


# ---- Context shared by quotes and invoices ------------------------------------------------------


def _lines_context(lines: Any) -> tuple[list[dict[str, str]], bool]:
    show_discount = any(line.discount_percent for line in lines)
    rows = [
        {
            "description": line.description,
            "kind_label": KIND_LABELS.get(LineKind(line.kind), ""),
            "quantity": fmt.number(line.quantity, FRENCH),
            "unit": line.unit,
            "unit_price": fmt.money(line.unit_price, FRENCH),
            "discount": fmt.percent(line.discount_percent, FRENCH) if line.discount_percent else "",
            "vat_rate": fmt.percent(line.vat_rate, FRENCH),
            "excl_vat": fmt.money(line.excl_vat, FRENCH),
        }
        for line in lines
    ]
    return rows, show_discount


def _totals_context(totals: Any) -> tuple[dict[str, str], list[dict[str, str]]]:
    vat_rows = [
        {
            "rate": fmt.percent(r.rate, FRENCH),
            "base": fmt.money(r.base, FRENCH),
            "vat": fmt.money(r.vat, FRENCH),
        }
        for r in totals.vat_breakdown
    ]
    return {
        "excl_vat": fmt.money(totals.excl_vat, FRENCH),
        "vat": fmt.money(totals.vat, FRENCH),
        "incl_vat": fmt.money(totals.incl_vat, FRENCH),
    }, vat_rows


def reduced_vat_mentions(rates: tuple[Decimal, ...], client_name: str) -> list[str]:
    """The client's certification for 10 % and/or 5.5 % renovation work (empty otherwise)."""
    name = client_name or "………………………"
    both = Decimal("10") in rates and Decimal("5.5") in rates
    mentions = []
    if Decimal("10") in rates:
        text = REDUCED_VAT_10.format(name=name)
        mentions.append(f"Travaux au taux de 10 % : {text}" if both else text)  # fr-only
    if Decimal("5.5") in rates:
        text = REDUCED_VAT_5_5.format(name=name)
        mentions.append(f"Travaux au taux de 5,5 % : {text}" if both else text)  # fr-only
    return mentions


def _vat_exempt(company: CompanyView, totals: Any) -> str:
    rates = {row.rate for row in totals.vat_breakdown}
    return VAT_EXEMPT if not company.vat_number and rates <= {ZERO} and rates else ""


def payment_terms_text(days: int) -> str:
    """Payment terms printed on quotes and invoices (French legal document text)."""
    if days <= 0:
        return "à réception de la facture"  # fr-only
    return f"à {days} jours à compter de la date de facture"  # fr-only


def _footer(company: CompanyView, number: str) -> str:
    parts = [company.name or "", f"SIRET {company.siret}" if company.siret else "", number]
    return " · ".join(p for p in parts if p)


def _base_context(company: CompanyView) -> dict[str, Any]:
    return {"company": company, "has_logo": bool(company.logo_png)}


# ---- Quotes -------------------------------------------------------------------------------------


def render_quote(quote: QuoteView, company: CompanyView, client_address: str) -> PrintableDocument:
    """The printable quote (pure: no database, no Qt)."""
    rows, show_discount = _lines_context(quote.lines)
    totals, vat_rows = _totals_context(quote.totals)
    extra_totals = []
    if quote.deposit_percent and quote.totals.deposit:
        extra_totals.append(
            (
                f"Acompte à la commande ({fmt.percent(quote.deposit_percent, FRENCH)})",  # fr-only
                fmt.money(quote.deposit, FRENCH),
            )
        )
    validity_days = (quote.valid_until - quote.issued_on).days if quote.valid_until else None
    context = _base_context(company) | {
        "doc_title": f"Devis {quote.number}",  # fr-only
        "heading": "DEVIS",  # fr-only
        "number": quote.number,
        "header_facts": [
            ("Date", fmt.short_date(quote.issued_on)),  # fr-only
            ("Valable jusqu'au", fmt.short_date(quote.valid_until)),  # fr-only
        ],
        "client_label": "Client",  # fr-only
        "client_name": quote.client_name,
        "client_address_lines": [p for p in client_address.splitlines() if p.strip()],
        "site_address": quote.site_address,
        "title": quote.title,
        "lines": rows,
        "show_discount": show_discount,
        "totals": totals,
        "vat_rows": vat_rows,
        "extra_totals": extra_totals,
        "valid_until": fmt.long_date(quote.valid_until, FRENCH),
        "validity_days": validity_days,
        "deposit": fmt.money(quote.deposit, FRENCH) if quote.deposit else "",
        "deposit_percent": fmt.percent(quote.deposit_percent, FRENCH),
        "payment_terms": payment_terms_text(company.payment_terms_days),
        "notes": quote.notes,
        "reduced_vat_mentions": reduced_vat_mentions(quote.reduced_vat_rates, quote.client_name),
        "vat_exempt_mention": _vat_exempt(company, quote.totals),
    }
    html = _ENV.get_template("quote.html").render(context)
    return PrintableDocument(
        html=html,
        title=f"Devis {quote.number}",  # fr-only
        footer=_footer(company, f"Devis {quote.number}"),  # fr-only
        logo_png=company.logo_png,
    )


def quote_document(session: Session, number: str) -> PrintableDocument:
    quote = get_quote_by_number(session, number)
    return render_quote(quote, get_company(session), billing_address(session, quote.client_id))


# ---- Invoices -----------------------------------------------------------------------------------

# French legal document text: the services' labels follow the interface language, these do not.
_INVOICE_HEADINGS = {
    InvoiceKind.STANDARD: "FACTURE",  # fr-only
    InvoiceKind.DEPOSIT: "FACTURE D'ACOMPTE",  # fr-only
    InvoiceKind.FINAL: "FACTURE",  # fr-only
    InvoiceKind.CREDIT_NOTE: "AVOIR",  # fr-only
}
_INVOICE_KINDS = {
    InvoiceKind.STANDARD: "Facture",  # fr-only
    InvoiceKind.DEPOSIT: "Facture d'acompte",  # fr-only
    InvoiceKind.FINAL: "Facture de solde",  # fr-only
    InvoiceKind.CREDIT_NOTE: "Avoir",  # fr-only
}
_PAYMENT_METHODS = {
    PaymentMethod.TRANSFER: "Virement",  # fr-only
    PaymentMethod.CHEQUE: "Chèque",  # fr-only
    PaymentMethod.CASH: "Espèces",  # fr-only
    PaymentMethod.CARD: "Carte bancaire",  # fr-only
    PaymentMethod.OTHER: "Autre",  # fr-only
}


def render_invoice(invoice: InvoiceView, company: CompanyView) -> PrintableDocument:
    rows, show_discount = _lines_context(invoice.lines)
    totals, vat_rows = _totals_context(invoice.totals)
    is_credit = invoice.kind == InvoiceKind.CREDIT_NOTE
    extra_totals = []
    if invoice.payment.paid and not is_credit:
        extra_totals.append(("Déjà réglé", fmt.money(invoice.payment.paid, FRENCH)))  # fr-only
        extra_totals.append(
            ("Reste à payer", fmt.money(invoice.payment.remaining, FRENCH))  # fr-only
        )
    elif not is_credit:
        extra_totals.append(("Net à payer", fmt.money(invoice.totals.incl_vat, FRENCH)))  # fr-only
    number = invoice.number or "BROUILLON"  # fr-only
    kind = _INVOICE_KINDS[invoice.kind]
    facts = [("Date", fmt.short_date(invoice.issued_on) or "non émise")]  # fr-only
    if not is_credit and invoice.due_on:
        facts.append(("Échéance", fmt.short_date(invoice.due_on)))  # fr-only
    if invoice.quote_number:
        facts.append(("Devis", invoice.quote_number))  # fr-only
    reference = ""
    if is_credit and invoice.credit_note_for_number:
        reference = f"Avoir annulant la facture n° {invoice.credit_note_for_number}."  # fr-only
    elif invoice.kind == InvoiceKind.FINAL and invoice.quote_number:
        reference = f"Facture de solde des travaux du devis n° {invoice.quote_number}."  # fr-only
    days = (
        (invoice.due_on - invoice.issued_on).days if invoice.due_on and invoice.issued_on else None
    )
    context = _base_context(company) | {
        "doc_title": f"{kind} {number}",
        "heading": _INVOICE_HEADINGS[invoice.kind],
        "number": number,
        "header_facts": facts,
        "client_label": "Facturé à",  # fr-only
        "client_name": invoice.billed_name,
        "client_address_lines": [p for p in invoice.billed_address.splitlines() if p.strip()],
        "site_address": "",
        "title": invoice.title,
        "reference": reference,
        "lines": rows,
        "show_discount": show_discount,
        "totals": totals,
        "vat_rows": vat_rows,
        "extra_totals": extra_totals,
        "payments": [
            {
                "date": fmt.short_date(p.paid_on),
                "method": _PAYMENT_METHODS[p.method],
                "amount": fmt.money(p.amount, FRENCH),
            }
            for p in invoice.payments
        ],
        "is_credit_note": is_credit,
        "due_on": fmt.long_date(invoice.due_on, FRENCH),
        "payment_terms": payment_terms_text(days) if days is not None else "",
        "notes": invoice.notes,
        "reduced_vat_mentions": reduced_vat_mentions(invoice.reduced_vat_rates, invoice.billed_name)
        if not is_credit
        else [],
        "vat_exempt_mention": _vat_exempt(company, invoice.totals),
    }
    html = _ENV.get_template("invoice.html").render(context)
    return PrintableDocument(
        html=html,
        title=f"{kind} {number}",
        footer=_footer(company, f"{kind} {number}"),
        logo_png=company.logo_png,
    )


def invoice_document(session: Session, number: str) -> PrintableDocument:
    return render_invoice(get_invoice_by_number(session, number), get_company(session))


# ---- Headless (CLI) -----------------------------------------------------------------------------


def write_quote_pdf(db: Database, number: str, path: Path | str) -> int:
    """Write quote ``number`` as a PDF at ``path``; returns the number of pages."""
    with db.read() as session:
        document = quote_document(session, number)
    return document.write_pdf(path)


def write_invoice_pdf(db: Database, number: str, path: Path | str) -> int:
    """Write invoice (or credit note) ``number`` as a PDF at ``path``; returns the pages."""
    with db.read() as session:
        document = invoice_document(session, number)
    return document.write_pdf(path)


# ---- Pagination shared by every printed document ------------------------------------------


def _row_extent(layout: Any, table: Any, row: int) -> tuple[float, float]:
    """Top of the first line and bottom of the last line of a table row (document units)."""
    top, bottom = float("inf"), float("-inf")
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        if cell.row() != row:  # covered by a cell spanning rows from above
            continue
        top = min(top, layout.blockBoundingRect(cell.firstCursorPosition().block()).top())
        bottom = max(bottom, layout.blockBoundingRect(cell.lastCursorPosition().block()).bottom())
    return top, bottom


class _RowKeeper:
    """Moves straddling table rows of one laid-out document (see :func:`keep_rows_whole`)."""

    def __init__(self, doc: Any, page_height: float) -> None:
        self.doc = doc
        self.layout = doc.documentLayout()
        self.page_height = page_height
        #: per table: page end minus the row start from which Qt moves a row to the next page
        self.limit_offset: dict[int, float] = {}

    def pad(self, table: Any, row: int, *, bottom: float | None = None, top: float = 0) -> None:
        from PySide6.QtGui import QTextCursor

        edit = QTextCursor(self.doc)
        edit.beginEditBlock()  # one layout per row, not one per cell
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            cell_format = cell.format().toTableCellFormat()
            if bottom is not None:
                cell_format.setBottomPadding(bottom)
            if top:
                cell_format.setTopPadding(cell_format.topPadding() + top)
            cell.setFormat(cell_format)
        edit.endEditBlock()
        self.layout.documentSize()  # lay out again before measuring

    def top_of(self, table: Any, row: int) -> float:
        return _row_extent(self.layout, table, row)[0]

    def move(self, table: Any, row: int, top: float, page_end: float) -> None:
        """Move ``row`` (first line at ``top``, crossing ``page_end``) to the next page."""
        previous = row - 1
        base = table.cellAt(previous, 0).format().toTableCellFormat().bottomPadding()
        room = page_end - _row_extent(self.layout, table, previous)[1]

        def moves(extra: float) -> bool:
            self.pad(table, previous, bottom=base + extra)
            return self.top_of(table, row) >= page_end

        # Qt's limit is a fixed distance above the page end for a given table: start from
        # the distance learnt on an earlier row, else from a small padding; double until
        # the row moves, then bisect to a few device pixels.
        known = self.limit_offset.get(id(table))
        failed, extra = 0.0, 2.0
        if known is not None:
            extra = max(1.0, page_end - known - top + 1)
        while extra <= room and not moves(extra):
            failed, extra = extra, extra * 2
        if extra > room and room > failed and moves(room):
            extra = room
        if extra <= room:
            while extra - failed > 3:
                middle = (failed + extra) / 2
                if moves(middle):
                    extra = middle
                else:
                    failed = middle
            if moves(extra) and self.top_of(table, previous) < page_end:
                self.limit_offset[id(table)] = page_end - (top + extra)
                return
        # No room on this page: Qt's own way, the row's first line pushed across the break
        # (it leaves a blank band under the repeated header).
        self.pad(table, previous, bottom=base)
        first_line = max(
            table.cellAt(row, c).firstCursorPosition().block().layout().lineAt(0).height()
            for c in range(table.columns())
        )
        push = page_end - (top + first_line) + 2
        if push > 0:
            self.pad(table, row, top=push)

    def run(self) -> int:
        from PySide6.QtGui import QTextTable

        root = self.doc.rootFrame()
        frames = root.childFrames()  # kept: PySide frees a temporary list's wrappers
        tables = [
            f for f in frames if isinstance(f, QTextTable) and f.format().headerRowCount() > 0
        ]
        moved = 0
        for table in tables:
            moved_here = 0
            for row in range(table.format().headerRowCount() + 1, table.rows()):
                top, bottom = _row_extent(self.layout, table, row)
                if bottom - top >= self.page_height * 0.5:
                    continue  # a very tall row has to be split anyway
                page = int(top // self.page_height)
                if int((bottom - 1) // self.page_height) == page:
                    continue
                self.move(table, row, top, (page + 1) * self.page_height)
                moved_here += 1
            if moved_here:
                # Changing a cell's format lays the table out again but not what follows
                # it (Qt then paints the next headings and paragraphs nowhere).
                start = table.firstPosition()
                self.doc.markContentsDirty(start, self.doc.characterCount() - start)
                self.layout.documentSize()
                moved += moved_here
        return moved


def keep_rows_whole(doc: Any, page_height: float) -> int:
    """Move every table row that would straddle a page break wholly to the next page.

    Qt splits a cell's lines between pages. Padding the straddling row's top would make Qt
    drop the row below the repeated header *with* that padding, leaving a blank band on
    the next page. Here the *previous* row is made
    taller instead (bottom padding): once a row starts below Qt's page limit for the
    table, Qt itself moves it under the repeated header with its normal padding, and the
    blank is left at the foot of the page, where it belongs. Qt's limit sits a little
    above the page end (the table's margins): it is found by doubling and bisection on
    the first straddling row of a table, then reused. Returns the number of rows moved.
    """
    return _RowKeeper(doc, page_height).run()


def paint_documents(device: QPagedPaintDevice, documents: Sequence[PrintableDocument]) -> int:
    """Paint ``documents`` one after the other on one device (preview, printer, PDF).

    The page is laid out as :meth:`PrintableDocument.paint` does (same footer band, same
    look), with rows kept whole by :func:`keep_rows_whole`. Each document keeps its own
    footer and page numbers ("page 2 / 3"), so a stack of printed summaries can be split
    by client. Returns the total number of pages.
    """
    from PySide6.QtCore import QRectF, QSizeF, Qt
    from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QFont, QPainter, QPen

    dpi = device.logicalDpiY()
    area = device.pageLayout().paintRectPixels(dpi)
    width, height = float(area.width()), float(area.height())
    footer_height = FOOTER_PT / 72 * dpi * 3
    body_height = height - footer_height
    footer_font = QFont("DejaVu Sans")
    footer_font.setPointSizeF(FOOTER_PT)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(
            translate("Printing", "cannot write the document (printer or file unavailable)")
        )
    total = 0
    try:
        for document in documents:
            doc = document.text_document(device)
            doc.setPageSize(QSizeF(width, body_height))
            keep_rows_whole(doc, body_height)
            pages = doc.pageCount()
            for page in range(pages):
                if total:
                    device.newPage()
                total += 1
                painter.save()
                clip = QRectF(0, page * body_height, width, body_height)
                painter.translate(0, -page * body_height)
                painter.setClipRect(clip)
                context = QAbstractTextDocumentLayout.PaintContext()
                context.clip = clip
                doc.documentLayout().draw(painter, context)
                painter.restore()
                painter.setFont(footer_font)
                painter.setPen(QPen(QColor("#9aa5b1")))
                rule_y = body_height + footer_height * 0.3
                painter.drawLine(0, int(rule_y), int(width), int(rule_y))
                painter.setPen(QPen(QColor("#444444")))
                band = QRectF(0, rule_y, width, footer_height * 0.7)
                align = Qt.AlignmentFlag.AlignVCenter
                painter.drawText(band, int(align | Qt.AlignmentFlag.AlignLeft), document.footer)
                painter.drawText(
                    band, int(align | Qt.AlignmentFlag.AlignRight), f"page {page + 1} / {pages}"
                )
    finally:
        painter.end()
    return total


def write_documents_pdf(documents: Sequence[PrintableDocument], path: Path | str) -> int:
    """One PDF (A4, 15 mm margins, like every printed document) holding ``documents``,
    written atomically (``.part`` then rename); returns the number of pages."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    ensure_gui_application()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    writer = QPdfWriter(str(tmp))
    writer.setResolution(300)
    writer.setTitle(
        documents[0].title
        if len(documents) == 1
        else translate("ClientSummary", "Client summaries")
    )
    writer.setCreator("Artisan CRM")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    try:
        pages = paint_documents(writer, documents)
        del writer  # flushes and closes the file
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return pages


# ---- Files and headless (CLI) -----------------------------------------------------------------
