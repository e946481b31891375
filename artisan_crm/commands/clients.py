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
from artisan_crm.i18n import translate


def register(subparsers: Any) -> None:
    imports = command_group(
        subparsers, "import", translate("ClientCommands", "import data (CSV or vCard clients)")
    )
    p = imports.add_parser(
        "clients",
        help=translate("ClientCommands", "import clients from a CSV (Excel) or vCard (.vcf) file"),
        description=translate(
            "ClientCommands",
            "Import clients. All or nothing: if there is an error, nothing is imported.",
        ),
    )
    p.add_argument("file", metavar=translate("Commands", "FILE"), type=Path)
    p.add_argument(
        "--dry-run", action="store_true", help=translate("ClientCommands", "simulate: save nothing")
    )
    p.add_argument(
        "--json", action="store_true", help=translate("ClientCommands", "report as JSON")
    )
    p.add_argument(
        "--format",
        choices=("csv", "vcf"),
        help=translate("ClientCommands", "file format (guessed otherwise)"),
    )
    duplicates = p.add_mutually_exclusive_group()
    duplicates.add_argument(
        "--merge",
        action="store_true",
        help=translate("ClientCommands", "complete the clients already there (duplicates)"),
    )
    duplicates.add_argument(
        "--import-duplicates",
        action="store_true",
        help=translate("ClientCommands", "also import the rows that look like an existing client"),
    )
    p.set_defaults(func=_cmd_import_clients)

    exports = command_group(
        subparsers, "export", translate("ClientCommands", "export data (CSV or vCard clients)")
    )
    p = exports.add_parser(
        "clients", help=translate("ClientCommands", "export the clients as CSV (Excel) or vCard")
    )
    p.add_argument("--format", choices=("csv", "vcf"), required=True)
    p.add_argument("file", metavar=translate("Commands", "FILE"), type=Path)
    p.add_argument(
        "--vcard-version",
        choices=("3.0", "4.0"),
        default="3.0",
        help=translate("ClientCommands", "vCard version (3.0)"),
    )
    p.add_argument(
        "--active-only",
        action="store_true",
        help=translate("ClientCommands", "without the archived clients"),
    )
    p.set_defaults(func=_cmd_export_clients)

    client = command_group(
        subparsers, "client", translate("ClientCommands", "a client record: personal data (GDPR)")
    )
    p = client.add_parser(
        "export-data",
        help=translate("ClientCommands", "write all the data of a client (JSON + readable HTML)"),
    )
    p.add_argument("client_id", metavar="ID", type=int)
    p.add_argument("directory", metavar=translate("Commands", "FOLDER"), type=Path)
    p.set_defaults(func=_cmd_export_data)
    p = client.add_parser(
        "anonymise",
        help=translate(
            "ClientCommands", "erase the identity of a client (irreversible; invoices kept)"
        ),
    )
    p.add_argument("client_id", metavar="ID", type=int)
    p.add_argument(
        "--yes", action="store_true", help=translate("ClientCommands", "confirm the anonymisation")
    )
    p.set_defaults(func=_cmd_anonymise)


def _cmd_import_clients(args: argparse.Namespace) -> int:
    from artisan_crm.services.importing import DuplicatePolicy, import_clients_file

    if not args.file.is_file():
        print(
            translate("ClientCommands", "artisan-crm: the file “{file}” does not exist.").format(
                file=args.file
            ),
            file=sys.stderr,
        )
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
    print(
        translate("ClientCommands", "{count} client(s) exported to {file}").format(
            count=count, file=args.file
        )
    )
    return 0


def _cmd_export_data(args: argparse.Namespace) -> int:
    from artisan_crm.services.gdpr import export_client_data, write_client_data

    db = open_from_args(args)
    try:
        data = db.run_read(export_client_data, args.client_id)
    finally:
        db.dispose()
    json_path, html_path = write_client_data(data, args.directory)
    print(
        translate("ClientCommands", "Data of client no. {id} written to:").format(id=args.client_id)
        + f"\n  {json_path}\n  {html_path}"
    )
    return 0


def _cmd_anonymise(args: argparse.Namespace) -> int:
    from artisan_crm.services.gdpr import anonymise_client

    if not args.yes:
        print(
            translate(
                "ClientCommands",
                "artisan-crm: anonymisation erases the identity of client no. {id} for good "
                "(the invoices are kept). Run again with --yes to confirm.",
            ).format(id=args.client_id),
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
