"""`artisan-crm quote pdf NUMBER FILE` and `artisan-crm invoice pdf NUMBER FILE`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from artisan_crm.commands.common import open_from_args


def register(subparsers: Any) -> None:
    quote = subparsers.add_parser("quote", help="devis : impression en PDF")
    quote_sub = quote.add_subparsers(dest="quote_command", metavar="ACTION")
    quote_sub.required = True
    quote_pdf = quote_sub.add_parser("pdf", help="écrit le devis NUMÉRO dans le fichier PDF")
    quote_pdf.add_argument("number", metavar="NUMÉRO", help="ex. DEV-2026-0001")
    quote_pdf.add_argument("file", metavar="FICHIER", type=Path, help="fichier PDF à écrire")
    quote_pdf.set_defaults(func=_cmd_quote_pdf)

    invoice = subparsers.add_parser("invoice", help="factures : impression en PDF")
    invoice_sub = invoice.add_subparsers(dest="invoice_command", metavar="ACTION")
    invoice_sub.required = True
    invoice_pdf = invoice_sub.add_parser(
        "pdf", help="écrit la facture (ou l'avoir) NUMÉRO dans le fichier PDF"
    )
    invoice_pdf.add_argument("number", metavar="NUMÉRO", help="ex. FAC-2026-0001")
    invoice_pdf.add_argument("file", metavar="FICHIER", type=Path, help="fichier PDF à écrire")
    invoice_pdf.set_defaults(func=_cmd_invoice_pdf)


def _cmd_quote_pdf(args: argparse.Namespace) -> int:
    from artisan_crm.reports.documents import write_quote_pdf

    return _write(args, write_quote_pdf, "Devis")


def _cmd_invoice_pdf(args: argparse.Namespace) -> int:
    from artisan_crm.reports.documents import write_invoice_pdf

    return _write(args, write_invoice_pdf, "Facture")


def _write(args: argparse.Namespace, writer: Any, what: str) -> int:
    target: Path = args.file
    if target.is_dir():
        print(f"« {target} » est un dossier : donnez un nom de fichier PDF.", file=sys.stderr)
        return 2
    db = open_from_args(args)
    try:
        pages = writer(db, args.number, target)
    except OSError as exc:
        print(f"Impossible d'écrire « {target} » : {exc.strerror or exc}.", file=sys.stderr)
        return 1
    finally:
        db.dispose()
    print(
        f"{what} {args.number.upper()} écrit dans {target} ({pages} page{'s' if pages > 1 else ''})."
    )
    return 0
