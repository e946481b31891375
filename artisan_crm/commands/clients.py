"""Client sub-commands: import, export, and the GDPR tools.

artisan-crm import clients FICHIER [--dry-run] [--json] [--merge | --import-duplicates]
artisan-crm export clients --format csv|vcf FICHIER [--vcard-version 3.0|4.0]
artisan-crm client export-data ID DOSSIER
artisan-crm client anonymise ID --yes
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from artisan_crm.commands.common import command_group, open_from_args, print_json


def register(subparsers: Any) -> None:
    imports = command_group(subparsers, "import", "importe des données (clients CSV ou vCard)")
    p = imports.add_parser(
        "clients",
        help="importe des clients depuis un fichier CSV (Excel) ou vCard (.vcf)",
        description="Importe des clients. Tout ou rien : en cas d'erreur, rien n'est importé.",
    )
    p.add_argument("file", metavar="FICHIER", type=Path)
    p.add_argument("--dry-run", action="store_true", help="simule : n'enregistre rien")
    p.add_argument("--json", action="store_true", help="rapport en JSON")
    p.add_argument("--format", choices=("csv", "vcf"), help="format du fichier (deviné sinon)")
    duplicates = p.add_mutually_exclusive_group()
    duplicates.add_argument(
        "--merge", action="store_true", help="complète les clients déjà présents (doublons)"
    )
    duplicates.add_argument(
        "--import-duplicates",
        action="store_true",
        help="importe aussi les lignes qui ressemblent à un client existant",
    )
    p.set_defaults(func=_cmd_import_clients)

    exports = command_group(subparsers, "export", "exporte des données (clients CSV ou vCard)")
    p = exports.add_parser("clients", help="exporte les clients en CSV (Excel) ou vCard")
    p.add_argument("--format", choices=("csv", "vcf"), required=True)
    p.add_argument("file", metavar="FICHIER", type=Path)
    p.add_argument(
        "--vcard-version", choices=("3.0", "4.0"), default="3.0", help="version vCard (3.0)"
    )
    p.add_argument("--active-only", action="store_true", help="sans les clients archivés")
    p.set_defaults(func=_cmd_export_clients)

    client = command_group(subparsers, "client", "une fiche client : données personnelles (RGPD)")
    p = client.add_parser(
        "export-data", help="écrit toutes les données d'un client (JSON + HTML lisible)"
    )
    p.add_argument("client_id", metavar="ID", type=int)
    p.add_argument("directory", metavar="DOSSIER", type=Path)
    p.set_defaults(func=_cmd_export_data)
    p = client.add_parser(
        "anonymise", help="efface l'identité d'un client (irréversible ; factures conservées)"
    )
    p.add_argument("client_id", metavar="ID", type=int)
    p.add_argument("--yes", action="store_true", help="confirme l'anonymisation")
    p.set_defaults(func=_cmd_anonymise)


def _cmd_import_clients(args: argparse.Namespace) -> int:
    from artisan_crm.services.importing import DuplicatePolicy, import_clients_file

    if not args.file.is_file():
        print(f"artisan-crm : le fichier « {args.file} » n'existe pas.", file=sys.stderr)
        return 2
    policy = DuplicatePolicy.SKIP
    if args.merge:
        policy = DuplicatePolicy.MERGE
    elif args.import_duplicates:
        policy = DuplicatePolicy.IMPORT
    fmt = {"csv": "csv", "vcf": "vcard", None: None}[args.format]
    db = open_from_args(args)
    try:
        report, _ = db.run_write(
            import_clients_file, args.file, fmt=fmt, policy=policy, dry_run=args.dry_run
        )
    finally:
        db.dispose()
    if args.json:
        print_json(report.to_dict())
    else:
        print(report.summary())
    return 0


def _cmd_export_clients(args: argparse.Namespace) -> int:
    from artisan_crm.services.exporting import export_clients

    db = open_from_args(args)
    try:
        count = db.run_read(
            export_clients,
            args.file,
            fmt=args.format,
            include_archived=not args.active_only,
            vcard_version=args.vcard_version,
        )
    finally:
        db.dispose()
    print(f"{count} client(s) exporté(s) dans {args.file}")
    return 0


def _cmd_export_data(args: argparse.Namespace) -> int:
    from artisan_crm.services.gdpr import export_client_data, write_client_data

    db = open_from_args(args)
    try:
        data = db.run_read(export_client_data, args.client_id)
    finally:
        db.dispose()
    json_path, html_path = write_client_data(data, args.directory)
    print(f"Données du client n°{args.client_id} écrites dans :\n  {json_path}\n  {html_path}")
    return 0


def _cmd_anonymise(args: argparse.Namespace) -> int:
    from artisan_crm.services.gdpr import anonymise_client

    if not args.yes:
        print(
            "artisan-crm : l'anonymisation efface définitivement l'identité du client "
            f"n°{args.client_id} (les factures sont conservées). Relancez avec --yes pour "
            "confirmer.",
            file=sys.stderr,
        )
        return 2
    db = open_from_args(args)
    try:
        report, _ = db.run_write(anonymise_client, args.client_id, confirmed=True)
    finally:
        db.dispose()
    print(report.summary())
    return 0
