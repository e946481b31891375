"""Importing clients: CSV (French spreadsheets) and vCard, through one engine.

``import_clients_csv`` / ``import_clients_vcard`` take the Session of one unit of work
and return an :class:`ImportReport`; ``import_clients_file`` picks the format from
the file name or its content.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from artisan_crm.domain.errors import BusinessRuleError
from artisan_crm.i18n import translate
from artisan_crm.services.importing.csv_clients import (
    FIELD_LABELS,
    CsvPreview,
    ImportField,
    guess_mapping,
    import_clients_csv,
    preview_csv,
)
from artisan_crm.services.importing.engine import (
    DuplicatePolicy,
    DuplicateRow,
    ImportReport,
    RejectedRow,
    SourceRow,
    run_import,
)
from artisan_crm.services.importing.vcard import import_clients_vcard, parse_vcards

#: Files above this size are refused: a client list is never that big, a wrong file is.
MAX_IMPORT_BYTES = 200 * 1024 * 1024


def detect_format(name: str, data: bytes) -> str:
    """``"vcard"`` or ``"csv"``, from the extension, else from the content."""
    suffix = Path(name).suffix.lower()
    if suffix in (".vcf", ".vcard"):
        return "vcard"
    if suffix in (".csv", ".txt", ".tsv"):
        return "csv"
    head = data[:4096].lstrip(b"\xef\xbb\xbf \r\n\t").upper()
    return "vcard" if head.startswith(b"BEGIN:VCARD") else "csv"


def import_clients_file(
    session: Session,
    path: Path,
    *,
    fmt: str | None = None,
    policy: DuplicatePolicy = DuplicatePolicy.SKIP,
    dry_run: bool = False,
) -> ImportReport:
    """Read ``path`` and import it (CSV or vCard)."""
    data = read_import_bytes(path)
    chosen = fmt or detect_format(path.name, data)
    if chosen == "vcard":
        return import_clients_vcard(session, data, policy=policy, dry_run=dry_run)
    return import_clients_csv(session, data, policy=policy, dry_run=dry_run)


__all__ = [
    "FIELD_LABELS",
    "MAX_IMPORT_BYTES",
    "CsvPreview",
    "DuplicatePolicy",
    "DuplicateRow",
    "ImportField",
    "ImportReport",
    "RejectedRow",
    "SourceRow",
    "detect_format",
    "guess_mapping",
    "import_clients_csv",
    "import_clients_file",
    "import_clients_vcard",
    "parse_vcards",
    "preview_csv",
    "read_import_bytes",
    "run_import",
]


def read_import_bytes(path: Path) -> bytes:
    """The bytes of a file to import, refused in French if unreadable or too big for a client list."""
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise BusinessRuleError(
                translate(
                    "ClientImport", "The file “{name}” is too big ({size} MB) to be a client list."
                ).format(name=path.name, size=size // (1024 * 1024))
            )
        data = path.read_bytes()
    except OSError as exc:
        raise BusinessRuleError(
            translate("ClientImport", "Cannot read “{path}”: {error}.").format(
                path=path, error=exc.strerror or exc
            )
        ) from exc
    return data
