"""The import engine shared by CSV and vCard: rows in, one report out, one transaction.

A format reader turns its file into :class:`SourceRow` objects (the physical line
where the row starts, and a :class:`ClientDraft` or the reason it could not be read).
:func:`run_import` validates each draft, checks it against the clients already known
(and the rows imported before it), then creates, merges or skips it. Everything runs
inside the caller's unit of work: ``db.run_write(import_clients_csv, data)`` imports all
good rows or nothing (a crash rolls the whole transaction back). ``dry_run`` does the
same work inside a savepoint rolled back at the end, so its report is exact.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from artisan_crm.domain.enums import ContactKind
from artisan_crm.domain.errors import ValidationError
from artisan_crm.domain.text import fold, phone_search_key
from artisan_crm.i18n import plural, translate
from artisan_crm.services import clients as client_service
from artisan_crm.services.clients import AddressDraft, ClientDraft
from artisan_crm.services.duplicates import DuplicateIndex
from artisan_crm.storage import models
from artisan_crm.storage.database import record_change


class DuplicatePolicy(StrEnum):
    #: keep the existing client, ignore the row (default)
    SKIP = "skip"
    #: complete the existing client with what the row adds (phones, e-mails, addresses...)
    MERGE = "merge"
    #: import the row as a new client anyway
    IMPORT = "import"


@dataclass(frozen=True)
class SourceRow:
    """One record of the file: where it starts, and what it says."""

    line: int
    draft: ClientDraft | None
    error: str | None = None


@dataclass(frozen=True)
class RejectedRow:
    line: int
    reason: str


@dataclass(frozen=True)
class DuplicateRow:
    line: int
    client_id: int | None
    client_name: str
    reason: str
    merged: bool


@dataclass(frozen=True)
class ImportReport:
    """What an import did (or would do, for a dry run), row by row."""

    format: str
    data_rows: int
    imported: int
    duplicates: tuple[DuplicateRow, ...]
    rejected: tuple[RejectedRow, ...]
    dry_run: bool
    imported_ids: tuple[int, ...] = ()
    encoding: str = ""
    delimiter: str = ""
    warnings: tuple[str, ...] = ()

    @property
    def merged(self) -> int:
        return sum(1 for d in self.duplicates if d.merged)

    @property
    def skipped(self) -> int:
        return sum(1 for d in self.duplicates if not d.merged)

    @property
    def accounted(self) -> int:
        """imported + duplicates + rejected: always equals ``data_rows``."""
        return self.imported + len(self.duplicates) + len(self.rejected)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "encoding": self.encoding,
            "delimiter": self.delimiter,
            "dry_run": self.dry_run,
            "data_rows": self.data_rows,
            "imported": self.imported,
            "merged": self.merged,
            "duplicates_skipped": self.skipped,
            "rejected_count": len(self.rejected),
            "imported_ids": list(self.imported_ids),
            "duplicates": [
                {
                    "line": d.line,
                    "client_id": d.client_id,
                    "client_name": d.client_name,
                    "reason": d.reason,
                    "merged": d.merged,
                }
                for d in self.duplicates
            ],
            "rejected": [{"line": r.line, "reason": r.reason} for r in self.rejected],
            "warnings": list(self.warnings),
        }

    def summary(self) -> str:
        """The one-paragraph report printed by the CLI and shown by the UI."""
        rows = plural(
            self.data_rows,
            translate("ClientImport", "{n} row read"),
            translate("ClientImport", "{n} rows read"),
        )
        if self.dry_run:
            imported = plural(
                self.imported,
                translate("ClientImport", "{n} client would be imported"),
                translate("ClientImport", "{n} clients would be imported"),
            )
        else:
            imported = plural(
                self.imported,
                translate("ClientImport", "{n} client imported"),
                translate("ClientImport", "{n} clients imported"),
            )
        skipped = plural(
            self.skipped,
            translate("ClientImport", "{n} duplicate skipped"),
            translate("ClientImport", "{n} duplicates skipped"),
        )
        rejected = plural(
            len(self.rejected),
            translate("ClientImport", "{n} row rejected"),
            translate("ClientImport", "{n} rows rejected"),
        )
        head = translate(
            "ClientImport", "{rows}: {imported}, {skipped}, {merged} merged, {rejected}."
        ).format(
            rows=rows.format(n=self.data_rows),
            imported=imported.format(n=self.imported),
            skipped=skipped.format(n=self.skipped),
            merged=self.merged,
            rejected=rejected.format(n=len(self.rejected)),
        )
        if self.dry_run:
            head = translate("ClientImport", "Dry run: {report}").format(report=head)
        lines = [head]
        lines += [
            translate("ClientImport", "Warning: {warning}").format(warning=w) for w in self.warnings
        ]
        for d in self.duplicates:
            if d.merged:
                text = translate("ClientImport", "line {line}: merged with {client} ({reason})")
            else:
                text = translate("ClientImport", "line {line}: already there: {client} ({reason})")
            lines.append("  " + text.format(line=d.line, client=d.client_name, reason=d.reason))
        for r in self.rejected:
            text = translate("ClientImport", "line {line}: rejected — {reason}")
            lines.append("  " + text.format(line=r.line, reason=r.reason))
        return "\n".join(lines)


@dataclass
class _Progress:
    imported: int = 0
    duplicates: list[DuplicateRow] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    rows: int = 0


def _reason(exc: ValidationError) -> str:
    return " ".join(dict.fromkeys(exc.field_errors.values()))


def run_import(
    session: Session,
    rows: Iterable[SourceRow],
    *,
    fmt: str,
    policy: DuplicatePolicy = DuplicatePolicy.SKIP,
    dry_run: bool = False,
    encoding: str = "",
    delimiter: str = "",
    warnings: Iterable[str] = (),
    batch_size: int = 500,
) -> ImportReport:
    """Import ``rows``; see the module docstring. Every row ends up counted exactly once."""
    savepoint = session.begin_nested() if dry_run else None
    index = DuplicateIndex.from_session(session)
    tag_cache: dict[str, models.Tag] = {}
    progress = _Progress()
    pending: list[models.Client] = []
    created_ids: list[int] = []

    def flush() -> None:
        if not pending:
            return
        session.flush()
        for client in pending:
            created_ids.append(client.id)
            index.replace_ref(client, client.id)
            # A big import must not keep every row in the identity map.
            session.expunge(client)
        pending.clear()

    for row in rows:
        progress.rows += 1
        if row.draft is None:
            progress.rejected.append(
                RejectedRow(row.line, row.error or translate("ClientImport", "Unreadable row."))
            )
            continue
        try:
            clean = client_service.validate_client(row.draft)
        except ValidationError as exc:
            progress.rejected.append(RejectedRow(row.line, _reason(exc)))
            continue
        normalised = ClientDraft(
            **{
                **clean.draft.__dict__,
                "phones": clean.phones,
                "emails": clean.emails,
                "addresses": clean.addresses,
            }
        )
        found = index.match(normalised) if policy != DuplicatePolicy.IMPORT else None
        if found is not None:
            ref, name, reason = found
            if policy == DuplicatePolicy.MERGE:
                if isinstance(ref, models.Client):
                    flush()
                    ref = ref.id
                assert isinstance(ref, int)
                _merge(session, ref, clean, tag_cache)
                index.add(normalised, ref, name)
                progress.duplicates.append(DuplicateRow(row.line, ref, name, reason, True))
            else:
                client_id = ref if isinstance(ref, int) else getattr(ref, "id", None)
                progress.duplicates.append(DuplicateRow(row.line, client_id, name, reason, False))
            continue
        client = models.Client()
        client_service._apply(session, client, clean, tag_cache)
        session.add(client)
        pending.append(client)
        index.add(normalised, client, client.display_name)
        progress.imported += 1
        if len(pending) >= batch_size:
            flush()
    flush()
    record_change(session, "client", None)
    if savepoint is not None:
        savepoint.rollback()
        session.expire_all()
    return ImportReport(
        format=fmt,
        data_rows=progress.rows,
        imported=progress.imported,
        duplicates=tuple(progress.duplicates),
        rejected=tuple(progress.rejected),
        dry_run=dry_run,
        imported_ids=() if dry_run else tuple(created_ids),
        encoding=encoding,
        delimiter=delimiter,
        warnings=tuple(warnings),
    )


def _merge(
    session: Session,
    client_id: int,
    clean: client_service._Clean,
    tag_cache: dict[str, models.Tag],
) -> models.Client:
    """Complete an existing client with what the row adds; nothing typed is overwritten."""
    client = client_service._load(session, client_id)
    d = clean.draft
    with session.no_autoflush:
        for attr in ("title", "first_name", "last_name", "company_name", "source"):
            value = getattr(d, attr).strip()
            if value and not getattr(client, attr):
                setattr(client, attr, value)
        if clean.siret and not client.siret:
            client.siret = clean.siret
        if d.vat_number.strip() and not client.vat_number:
            client.vat_number = d.vat_number.strip()
        note = d.notes.strip()
        if note and fold(note) not in fold(client.notes):
            client.notes = f"{client.notes}\n{note}".strip()
        known = {c.search_key for c in client.contacts}
        position = max((c.position for c in client.contacts), default=0) + 1
        for phone in clean.phones:
            key = phone_search_key(phone)
            if key not in known:
                kind = ContactKind.MOBILE if phone.startswith(("06", "07")) else ContactKind.PHONE
                client.contacts.append(
                    models.ClientContact(kind=kind, value=phone, search_key=key, position=position)
                )
                known.add(key)
                position += 1
        for email in clean.emails:
            key = fold(email)
            if key not in known:
                client.contacts.append(
                    models.ClientContact(
                        kind=ContactKind.EMAIL,
                        value=email,
                        search_key=key,
                        position=100 + position,
                    )
                )
                known.add(key)
                position += 1
        have = {(fold(a.line1), a.postcode) for a in client.addresses}
        start = len(client.addresses)
        for i, address in enumerate(clean.addresses):
            if (fold(address.line1), address.postcode) not in have:
                client.addresses.append(_address(address, start + i))
        names = [t.name for t in client.tags] + list(d.tags)
        client.tags = client_service._tags(session, names, tag_cache)
        client.search_text = client_service.build_search_text(client)
    session.flush()
    return client


def _address(address: AddressDraft, position: int) -> models.ClientAddress:
    return models.ClientAddress(
        kind=address.kind,
        label=address.label,
        line1=address.line1,
        line2=address.line2,
        postcode=address.postcode,
        city=address.city,
        country=address.country,
        position=position,
    )
