"""Exporting clients: CSV for Excel FR, and vCard (3.0 or 4.0) for phones and mail clients.

The CSV is ``;``-separated UTF-8 with a BOM (Excel FR opens it with accents right),
and every cell a spreadsheet would run as a formula (starting with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return) is prefixed with ``'`` (OWASP "CSV
injection"): a client named ``=HYPERLINK(...)`` stays text. Our CSV import removes
that apostrophe again, so export -> import round-trips. Clients are read in batches:
memory stays flat on big files.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from sqlalchemy import select
from sqlalchemy.orm import Session

from artisan_crm.domain.enums import AddressKind, ContactKind
from artisan_crm.i18n import QT_TRANSLATE_NOOP, format_date, translate
from artisan_crm.services.clients import ClientView, _to_view
from artisan_crm.services.importing.vcard import VERSIONS, client_to_vcard
from artisan_crm.storage import models

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

# The header line is written in the interface's language (see csv_headers()). Both the
# French headers ("Prénom", "Code postal"...) and the English ones ("First name",
# "Postcode"...) are recognised by our CSV import (importing/csv_clients._SYNONYMS), so a
# file exported in either language imports back; tests/unit/test_i18n_services2.py checks
# it. The columns the import does not read ("Client no.", "Site addresses", "Archived",
# "Created on") are ignored in both languages.
CSV_HEADERS = (
    QT_TRANSLATE_NOOP("ClientExport", "Client no."),
    QT_TRANSLATE_NOOP("ClientExport", "Title"),
    QT_TRANSLATE_NOOP("ClientExport", "First name"),
    QT_TRANSLATE_NOOP("ClientExport", "Last name"),
    QT_TRANSLATE_NOOP("ClientExport", "Company"),
    QT_TRANSLATE_NOOP("ClientExport", "SIRET"),
    QT_TRANSLATE_NOOP("ClientExport", "VAT number"),
    QT_TRANSLATE_NOOP("ClientExport", "Phone"),
    QT_TRANSLATE_NOOP("ClientExport", "E-mail"),
    QT_TRANSLATE_NOOP("ClientExport", "Address"),
    QT_TRANSLATE_NOOP("ClientExport", "Address line 2"),
    QT_TRANSLATE_NOOP("ClientExport", "Postcode"),
    QT_TRANSLATE_NOOP("ClientExport", "City"),
    QT_TRANSLATE_NOOP("ClientExport", "Country"),
    QT_TRANSLATE_NOOP("ClientExport", "Site addresses"),
    QT_TRANSLATE_NOOP("ClientExport", "Tags"),
    QT_TRANSLATE_NOOP("ClientExport", "Source"),
    QT_TRANSLATE_NOOP("ClientExport", "Notes"),
    QT_TRANSLATE_NOOP("ClientExport", "Archived"),
    QT_TRANSLATE_NOOP("ClientExport", "Created on"),
)


def csv_headers() -> tuple[str, ...]:
    """The header line of the client CSV, in the interface's language."""
    return tuple(translate("ClientExport", header) for header in CSV_HEADERS)


def neutralise_cell(value: object) -> str:
    """Text a spreadsheet shows as typed: formula-looking cells get a leading ``'``."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_TRIGGERS):
        return "'" + text
    return text


def _iter_clients(
    session: Session, *, include_archived: bool, batch: int = 500
) -> Iterator[ClientView]:
    """Clients by id, loaded ``batch`` at a time (with contacts, addresses and tags)."""
    from sqlalchemy.orm import selectinload

    last_id = 0
    while True:
        stmt = (
            select(models.Client)
            .where(models.Client.id > last_id, models.Client.anonymised_at.is_(None))
            .options(
                selectinload(models.Client.contacts),
                selectinload(models.Client.addresses),
                selectinload(models.Client.tags),
            )
            .order_by(models.Client.id)
            .limit(batch)
        )
        if not include_archived:
            stmt = stmt.where(models.Client.archived.is_(False))
        clients = list(session.scalars(stmt))
        if not clients:
            return
        for client in clients:
            yield _to_view(client)
        last_id = clients[-1].id
        session.expunge_all()


def _csv_row(client: ClientView) -> list[str]:
    billing = next((a for a in client.addresses if a.kind == AddressKind.BILLING), None)
    if billing is None and client.addresses:
        billing = client.addresses[0]
    sites = [a.one_line for a in client.addresses if a is not billing]
    phones = [c.value for c in client.contacts if c.kind != ContactKind.EMAIL]
    return [
        str(client.id),
        client.title,
        client.first_name,
        client.last_name,
        client.company_name,
        client.siret or "",
        client.vat_number or "",
        ", ".join(phones),
        ", ".join(client.emails),
        billing.line1 if billing else "",
        billing.line2 if billing else "",
        billing.postcode if billing else "",
        billing.city if billing else "",
        billing.country if billing else "",
        " | ".join(sites),
        ", ".join(client.tags),
        client.source,
        client.notes,
        translate("ClientExport", "yes") if client.archived else translate("ClientExport", "no"),
        format_date(client.created_at.astimezone()),
    ]


def write_clients_csv(session: Session, stream: IO[str], *, include_archived: bool = True) -> int:
    """Write the CSV to a text stream opened with ``newline=""``; returns the client count."""
    writer = csv.writer(stream, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(csv_headers())
    count = 0
    for client in _iter_clients(session, include_archived=include_archived):
        writer.writerow([neutralise_cell(v) for v in _csv_row(client)])
        count += 1
    return count


def write_clients_vcard(
    session: Session, stream: IO[str], *, version: str = "3.0", include_archived: bool = True
) -> int:
    if version not in VERSIONS:
        raise ValueError(f"vCard version {version!r} not supported")
    count = 0
    for client in _iter_clients(session, include_archived=include_archived):
        stream.write(client_to_vcard(client, version))
        count += 1
    return count


def _atomic_text_file(path: Path, *, encoding: str) -> tuple[IO[str], Path]:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    return open(fd, "w", encoding=encoding, newline=""), Path(tmp)


def export_clients(
    session: Session,
    path: Path,
    *,
    fmt: str = "csv",
    include_archived: bool = True,
    vcard_version: str = "3.0",
) -> int:
    """Write all clients to ``path`` (``fmt`` ``"csv"`` or ``"vcf"``); a half-written file
    never replaces an existing one (temporary file, fsync, rename). Returns the count."""
    if fmt not in ("csv", "vcf"):
        raise ValueError(f"unknown export format {fmt!r}")
    stream, tmp = _atomic_text_file(path, encoding="utf-8-sig" if fmt == "csv" else "utf-8")
    try:
        with stream:
            if fmt == "csv":
                count = write_clients_csv(session, stream, include_archived=include_archived)
            else:
                count = write_clients_vcard(
                    session, stream, version=vcard_version, include_archived=include_archived
                )
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return count


__all__ = [
    "CSV_HEADERS",
    "FORMULA_TRIGGERS",
    "csv_headers",
    "export_clients",
    "neutralise_cell",
    "write_clients_csv",
    "write_clients_vcard",
]
