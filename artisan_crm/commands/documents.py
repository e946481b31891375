"""`artisan-crm quote pdf NUMBER FILE` and `artisan-crm invoice pdf NUMBER FILE`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from artisan_crm.commands.common import open_from_args
from artisan_crm.i18n import plural, translate


def register(subparsers: Any) -> None:
    quote = subparsers.add_parser(
        "quote", help=translate("DocumentCommands", "quotes: printing as PDF")
    )
    quote_sub = quote.add_subparsers(dest="quote_command", metavar=translate("Commands", "ACTION"))
    quote_sub.required = True
    quote_pdf = quote_sub.add_parser(
        "pdf", help=translate("DocumentCommands", "write the quote NUMBER to the PDF file")
    )
    quote_pdf.add_argument(
        "number",
        metavar=translate("DocumentCommands", "NUMBER"),
        help=translate("DocumentCommands", "e.g. DEV-2026-0001"),
    )
    quote_pdf.add_argument(
        "file",
        metavar=translate("Commands", "FILE"),
        type=Path,
        help=translate("Commands", "PDF file to write"),
    )
    quote_pdf.set_defaults(func=_cmd_quote_pdf)

    invoice = subparsers.add_parser(
        "invoice", help=translate("DocumentCommands", "invoices: printing as PDF")
    )
    invoice_sub = invoice.add_subparsers(
        dest="invoice_command", metavar=translate("Commands", "ACTION")
    )
    invoice_sub.required = True
    invoice_pdf = invoice_sub.add_parser(
        "pdf",
        help=translate(
            "DocumentCommands", "write the invoice (or credit note) NUMBER to the PDF file"
        ),
    )
    invoice_pdf.add_argument(
        "number",
        metavar=translate("DocumentCommands", "NUMBER"),
        help=translate("DocumentCommands", "e.g. FAC-2026-0001"),
    )
    invoice_pdf.add_argument(
        "file",
        metavar=translate("Commands", "FILE"),
        type=Path,
        help=translate("Commands", "PDF file to write"),
    )
    invoice_pdf.set_defaults(func=_cmd_invoice_pdf)


def _cmd_quote_pdf(args: argparse.Namespace) -> int:
    from artisan_crm.reports.documents import write_quote_pdf

    return _write(args, write_quote_pdf, quote=True)


def _cmd_invoice_pdf(args: argparse.Namespace) -> int:
    from artisan_crm.reports.documents import write_invoice_pdf

    return _write(args, write_invoice_pdf, quote=False)


def _write(args: argparse.Namespace, writer: Any, *, quote: bool) -> int:
    target: Path = args.file
    if target.is_dir():
        print(
            translate("Commands", "“{path}” is a folder: give a PDF file name.").format(
                path=target
            ),
            file=sys.stderr,
        )
        return 2
    db = open_from_args(args)
    try:
        pages = writer(db, args.number, target)
    except OSError as exc:
        print(
            translate("DocumentCommands", "Cannot write “{path}”: {error}.").format(
                path=target, error=exc.strerror or exc
            ),
            file=sys.stderr,
        )
        return 1
    finally:
        db.dispose()
    if quote:
        message = plural(
            pages,
            translate("DocumentCommands", "Quote {number} written to {path} ({n} page)."),
            translate("DocumentCommands", "Quote {number} written to {path} ({n} pages)."),
        )
    else:
        message = plural(
            pages,
            translate("DocumentCommands", "Invoice {number} written to {path} ({n} page)."),
            translate("DocumentCommands", "Invoice {number} written to {path} ({n} pages)."),
        )
    print(message.format(number=args.number.upper(), path=target, n=pages))
    return 0
