"""Clients from a CSV file as French spreadsheets write it.

* Encoding: UTF-8 with or without BOM, else Windows-1252 (Excel FR's "CSV (séparateur :
  point-virgule)"), else Latin-1 (never fails: every byte is a character).
* Separator: ``;``, ``,`` or tab, whichever the header line holds most of (outside
  quotes); ``;`` on a tie, as Excel FR writes it.
* Quoted fields may hold separators, doubled quotes and line breaks; every row is
  reported with the *physical* line it starts on, counting those line breaks.
* Columns are mapped to client fields by their header (French or English, accents,
  case and punctuation ignored); the UI can change the mapping after a preview.
* A cell that our own export protected against formula injection (``'=...``) loses
  its leading apostrophe.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy.orm import Session

from artisan_crm.domain.enums import AddressKind, ClientKind
from artisan_crm.domain.errors import ValidationError
from artisan_crm.domain.text import fold
from artisan_crm.i18n import QT_TRANSLATE_NOOP, Labels, translate
from artisan_crm.services.clients import AddressDraft, ClientDraft, validate_client
from artisan_crm.services.importing.engine import (
    DuplicatePolicy,
    ImportReport,
    SourceRow,
    run_import,
)


class ImportField(StrEnum):
    TITLE = "title"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    COMPANY_NAME = "company_name"
    SIRET = "siret"
    VAT_NUMBER = "vat_number"
    PHONE = "phone"
    MOBILE = "mobile"
    EMAIL = "email"
    ADDRESS_LINE1 = "address_line1"
    ADDRESS_LINE2 = "address_line2"
    POSTCODE = "postcode"
    CITY = "city"
    COUNTRY = "country"
    NOTES = "notes"
    TAGS = "tags"
    SOURCE = "source"


#: The client fields as the mapping preview names them (interface text, translated).
FIELD_LABELS: Labels[ImportField] = Labels(
    "ClientImport",
    {
        ImportField.TITLE: QT_TRANSLATE_NOOP("ClientImport", "Title"),
        ImportField.FIRST_NAME: QT_TRANSLATE_NOOP("ClientImport", "First name"),
        ImportField.LAST_NAME: QT_TRANSLATE_NOOP("ClientImport", "Last name"),
        ImportField.COMPANY_NAME: QT_TRANSLATE_NOOP("ClientImport", "Company"),
        ImportField.SIRET: QT_TRANSLATE_NOOP("ClientImport", "SIRET"),
        ImportField.VAT_NUMBER: QT_TRANSLATE_NOOP("ClientImport", "VAT number"),
        ImportField.PHONE: QT_TRANSLATE_NOOP("ClientImport", "Phone"),
        ImportField.MOBILE: QT_TRANSLATE_NOOP("ClientImport", "Mobile"),
        ImportField.EMAIL: QT_TRANSLATE_NOOP("ClientImport", "E-mail"),
        ImportField.ADDRESS_LINE1: QT_TRANSLATE_NOOP("ClientImport", "Address"),
        ImportField.ADDRESS_LINE2: QT_TRANSLATE_NOOP("ClientImport", "Address line 2"),
        ImportField.POSTCODE: QT_TRANSLATE_NOOP("ClientImport", "Postcode"),
        ImportField.CITY: QT_TRANSLATE_NOOP("ClientImport", "City"),
        ImportField.COUNTRY: QT_TRANSLATE_NOOP("ClientImport", "Country"),
        ImportField.NOTES: QT_TRANSLATE_NOOP("ClientImport", "Notes"),
        ImportField.TAGS: QT_TRANSLATE_NOOP("ClientImport", "Tags"),
        ImportField.SOURCE: QT_TRANSLATE_NOOP("ClientImport", "Source"),
    },
)

# The column headers recognised (folded: lower case, no accents, letters and digits
# only), French and English alike whatever the interface's language: they describe the
# files people bring, not interface text. Our own export writes headers found here in
# both languages (services/exporting.py).
_SYNONYMS: dict[ImportField, tuple[str, ...]] = {
    ImportField.TITLE: ("civilite", "titre", "title", "salutation", "civ"),
    ImportField.FIRST_NAME: ("prenom", "firstname", "givenname", "first", "prenomclient"),
    ImportField.LAST_NAME: (
        "nom",
        "nomdefamille",
        "nomclient",
        "lastname",
        "surname",
        "familyname",
        "name",
        "nomcomplet",
        "fullname",
        "client",
        "contact",
    ),
    ImportField.COMPANY_NAME: (
        "societe",
        "raisonsociale",
        "entreprise",
        "company",
        "companyname",
        "organisation",
        "organization",
        "denomination",
        "nomsociete",
        "nomentreprise",
    ),
    ImportField.SIRET: ("siret", "numerosiret", "nsiret", "nosiret"),
    ImportField.VAT_NUMBER: (
        "tva",
        "numerotva",
        "ntva",
        "notva",
        "tvaintracommunautaire",
        "ntvaintracommunautaire",
        "numerotvaintracommunautaire",
        "tvaintracom",
        "vat",
        "vatnumber",
    ),
    ImportField.PHONE: (
        "telephone",
        "tel",
        "telfixe",
        "fixe",
        "telephonefixe",
        "phone",
        "phonenumber",
        "telephonebureau",
        "teldomicile",
        "telephonedomicile",
        "numerodetelephone",
        "autrestelephones",
        "businessphone",
        "homephone",
    ),
    ImportField.MOBILE: (
        "portable",
        "mobile",
        "telportable",
        "telephoneportable",
        "telmobile",
        "telephonemobile",
        "gsm",
        "cellulaire",
        "mobilephone",
        "cell",
        "cellphone",
    ),
    ImportField.EMAIL: (
        "email",
        "mail",
        "courriel",
        "adresseemail",
        "adressemail",
        "adressecourriel",
        "emailaddress",
        "adresseelectronique",
        "mel",
    ),
    ImportField.ADDRESS_LINE1: (
        "adresse",
        "rue",
        "address",
        "street",
        "adresseligne1",
        "voie",
        "adressepostale",
        "addressline1",
        "numeroetrue",
    ),
    ImportField.ADDRESS_LINE2: (
        "complementdadresse",
        "complementadresse",
        "complement",
        "adresseligne2",
        "addressline2",
        "adressesuite",
    ),
    ImportField.POSTCODE: ("codepostal", "cp", "postcode", "zip", "zipcode", "postalcode"),
    ImportField.CITY: ("ville", "commune", "city", "town", "localite"),
    ImportField.COUNTRY: ("pays", "country"),
    ImportField.NOTES: (
        "notes",
        "note",
        "remarques",
        "remarque",
        "commentaire",
        "commentaires",
        "observations",
        "observation",
        "comments",
        "comment",
        "informations",
    ),
    ImportField.TAGS: (
        "tags",
        "tag",
        "etiquettes",
        "etiquette",
        "categories",
        "categorie",
        "groupe",
        "groupes",
        "type",
    ),
    ImportField.SOURCE: ("source", "origine", "provenance", "apporteur", "connupar"),
}
_BY_KEY = {key: f for f, keys in _SYNONYMS.items() for key in keys}
_COUNTRIES = {
    "": "FR",
    "fr": "FR",
    "france": "FR",
    "be": "BE",
    "belgique": "BE",
    "belgium": "BE",
    "ch": "CH",
    "suisse": "CH",
    "switzerland": "CH",
    "lu": "LU",
    "luxembourg": "LU",
    "es": "ES",
    "espagne": "ES",
    "spain": "ES",
    "it": "IT",
    "italie": "IT",
    "italy": "IT",
    "de": "DE",
    "allemagne": "DE",
    "germany": "DE",
    "gb": "GB",
    "uk": "GB",
    "royaume uni": "GB",
    "monaco": "MC",
    "mc": "MC",
}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_MULTI_SPLIT = re.compile(r"\s*[;,/|]\s*")
_EMAIL_SPLIT = re.compile(r"[\s;,]+")


def _header_key(header: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(header))


def guess_field(header: str) -> ImportField | None:
    """The client field a column header names ("Téléphone portable" -> MOBILE), else None."""
    key = _header_key(header)
    if not key:
        return None
    if key in _BY_KEY:
        return _BY_KEY[key]
    stripped = key.rstrip("0123456789")
    if stripped in _BY_KEY:
        return _BY_KEY[stripped]
    for suffix in ("client", "du client", "principal"):
        short = key.removesuffix(_header_key(suffix))
        if short != key and short in _BY_KEY:
            return _BY_KEY[short]
    return None


def guess_mapping(headers: Sequence[str]) -> tuple[ImportField | None, ...]:
    """One field (or None: column ignored) per column, guessed from the headers."""
    return tuple(guess_field(h) for h in headers)


# ---- Reading the file -----------------------------------------------------------------------


def decode(data: bytes) -> tuple[str, str]:
    """``(text, encoding name)``: UTF-8 (BOM or not), else Windows-1252, else Latin-1."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def sniff_delimiter(text: str) -> str:
    """The separator of the first record: ``;``, ``,`` or tab (most frequent outside quotes)."""
    counts = {";": 0, ",": 0, "\t": 0}
    in_quotes = False
    for char in text[:65536]:
        if char == '"':
            in_quotes = not in_quotes
        elif in_quotes:
            continue
        elif char in "\r\n":
            if any(counts.values()):
                break
        elif char in counts:
            counts[char] += 1
    best = max(counts.values())
    if best == 0:
        return ";"
    for candidate in (";", ",", "\t"):
        if counts[candidate] == best:
            return candidate
    return ";"  # pragma: no cover


def _records(text: str, delimiter: str) -> Iterator[tuple[int, list[str] | None]]:
    """``(first physical line, cells)`` per record; cells None for an unreadable record."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"')
    previous = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error:
            # A field over the csv module's size limit or similar: reject the record
            # and go on from the next line (the reader keeps its position).
            yield previous + 1, None
            if reader.line_num == previous:
                return
            previous = reader.line_num
            continue
        start = previous + 1
        previous = reader.line_num
        yield start, cells


def _blank(cells: Sequence[str]) -> bool:
    return not any(c.strip() for c in cells)


def _clean_cell(value: str) -> str:
    value = value.replace("\x00", "").strip()
    if len(value) > 1 and value[0] == "'" and value[1] in _FORMULA_START:
        value = value[1:]
    return value.strip()


@dataclass(frozen=True)
class CsvFile:
    """A decoded CSV: its header and, lazily, its data records."""

    text: str
    encoding: str
    delimiter: str
    header_line: int
    headers: tuple[str, ...]

    def records(self) -> Iterator[tuple[int, list[str] | None]]:
        """Data records after the header, blank ones skipped."""
        for line, cells in _records(self.text, self.delimiter):
            if line <= self.header_line:
                continue
            if cells is not None and _blank(cells):
                continue
            yield line, cells


def read_csv(data: bytes, *, delimiter: str | None = None) -> CsvFile:
    """Decode, sniff and find the header (the first non-blank record)."""
    text, encoding = decode(data)
    delimiter = delimiter or sniff_delimiter(text)
    header_line, headers = 0, tuple[str, ...]()
    for line, cells in _records(text, delimiter):
        if cells is not None and not _blank(cells):
            header_line, headers = line, tuple(_clean_cell(c) for c in cells)
            break
        if cells is None:
            header_line = line
            break
    return CsvFile(text, encoding, delimiter, header_line, headers)


# ---- Rows to client drafts --------------------------------------------------------------------


def _country(value: str) -> str:
    key = fold(value).replace("-", " ")
    if key in _COUNTRIES:
        return _COUNTRIES[key]
    letters = re.sub(r"[^A-Za-z]", "", value)
    return letters[:2].upper() if len(letters) == 2 else "ZZ"


def draft_from_cells(cells: Sequence[str], mapping: Sequence[ImportField | None]) -> ClientDraft:
    """The client a row describes (not validated)."""
    values: dict[ImportField, list[str]] = {}
    for i, raw in enumerate(cells):
        target = mapping[i] if i < len(mapping) else None
        value = _clean_cell(raw)
        if target is not None and value:
            values.setdefault(target, []).append(value)

    def one(field: ImportField, sep: str = " ") -> str:
        return sep.join(values.get(field, ()))

    phones: list[str] = []
    for field in (ImportField.MOBILE, ImportField.PHONE):
        for cell in values.get(field, ()):
            phones += [p for p in _MULTI_SPLIT.split(cell) if p.strip()]
    emails = [
        e for cell in values.get(ImportField.EMAIL, ()) for e in _EMAIL_SPLIT.split(cell) if e
    ]
    tags = [t for cell in values.get(ImportField.TAGS, ()) for t in _MULTI_SPLIT.split(cell) if t]
    address = AddressDraft(
        line1=one(ImportField.ADDRESS_LINE1, ", "),
        line2=one(ImportField.ADDRESS_LINE2, ", "),
        postcode=one(ImportField.POSTCODE),
        city=one(ImportField.CITY),
        kind=AddressKind.BILLING,
        country=_country(one(ImportField.COUNTRY)),
    )
    company = one(ImportField.COMPANY_NAME)
    return ClientDraft(
        kind=ClientKind.COMPANY if company else ClientKind.PERSON,
        title=one(ImportField.TITLE)[:20],
        first_name=one(ImportField.FIRST_NAME)[:100],
        last_name=one(ImportField.LAST_NAME)[:100],
        company_name=company[:200],
        siret=one(ImportField.SIRET, ""),
        vat_number=one(ImportField.VAT_NUMBER, "")[:20],
        phones=tuple(dict.fromkeys(phones)),
        emails=tuple(dict.fromkeys(emails)),
        addresses=(address,) if any((address.line1, address.postcode, address.city)) else (),
        tags=tuple(dict.fromkeys(t[:60] for t in tags)),
        source=one(ImportField.SOURCE)[:100],
        notes=one(ImportField.NOTES, "\n"),
    )


def _check_mapping(
    headers: Sequence[str], mapping: Sequence[ImportField | None]
) -> tuple[str, ...]:
    warnings = []
    named = {ImportField.LAST_NAME, ImportField.FIRST_NAME, ImportField.COMPANY_NAME}
    if not named.intersection(f for f in mapping if f):
        warnings.append(
            translate(
                "ClientImport",
                "no column gives the client's name (expected: “Last name”, “First name”, "
                "“Company” or “Company name”): every row will be rejected.",
            )
        )
    ignored = [h for h, f in zip(headers, mapping, strict=False) if f is None and h.strip()]
    if ignored:
        columns = ", ".join(
            translate("ClientImport", "“{header}”").format(header=h) for h in ignored
        )
        warnings.append(
            translate("ClientImport", "ignored columns: {columns}.").format(columns=columns)
        )
    return tuple(warnings)


def source_rows(csv_file: CsvFile, mapping: Sequence[ImportField | None]) -> Iterator[SourceRow]:
    for line, cells in csv_file.records():
        if cells is None:
            yield SourceRow(
                line,
                None,
                translate("ClientImport", "Unreadable row (unclosed quote or field too long)."),
            )
            continue
        yield SourceRow(line, draft_from_cells(cells, mapping))


@dataclass(frozen=True)
class PreviewRow:
    line: int
    cells: tuple[str, ...]
    #: ``(field, value)`` pairs as they would be imported
    mapped: tuple[tuple[ImportField, str], ...]
    #: why this row would be refused (validation), None when it is fine
    error: str | None


@dataclass(frozen=True)
class CsvPreview:
    encoding: str
    delimiter: str
    headers: tuple[str, ...]
    mapping: tuple[ImportField | None, ...]
    rows: tuple[PreviewRow, ...]
    data_rows: int
    warnings: tuple[str, ...]


def preview_csv(
    data: bytes,
    mapping: Sequence[ImportField | None] | None = None,
    *,
    limit: int = 10,
    delimiter: str | None = None,
) -> CsvPreview:
    """The first ``limit`` rows mapped to client fields, for the mapping dialog."""
    csv_file = read_csv(data, delimiter=delimiter)
    chosen = tuple(mapping) if mapping is not None else guess_mapping(csv_file.headers)
    rows: list[PreviewRow] = []
    count = 0
    for line, cells in csv_file.records():
        count += 1
        if len(rows) >= limit:
            continue
        if cells is None:
            rows.append(PreviewRow(line, (), (), translate("ClientImport", "Unreadable row.")))
            continue
        mapped = tuple(
            (f, _clean_cell(v))
            for f, v in zip(chosen, cells, strict=False)
            if f is not None and _clean_cell(v)
        )
        error = None
        try:
            validate_client(draft_from_cells(cells, chosen))
        except ValidationError as exc:
            error = " ".join(dict.fromkeys(exc.field_errors.values()))
        rows.append(PreviewRow(line, tuple(cells), mapped, error))
    return CsvPreview(
        encoding=csv_file.encoding,
        delimiter=csv_file.delimiter,
        headers=csv_file.headers,
        mapping=chosen,
        rows=tuple(rows),
        data_rows=count,
        warnings=_check_mapping(csv_file.headers, chosen),
    )


def import_clients_csv(
    session: Session,
    data: bytes,
    *,
    mapping: Sequence[ImportField | None] | None = None,
    policy: DuplicatePolicy = DuplicatePolicy.SKIP,
    dry_run: bool = False,
    delimiter: str | None = None,
) -> ImportReport:
    """Import clients from CSV bytes (see the module docstring); one transaction."""
    csv_file = read_csv(data, delimiter=delimiter)
    chosen = tuple(mapping) if mapping is not None else guess_mapping(csv_file.headers)
    return run_import(
        session,
        source_rows(csv_file, chosen),
        fmt="csv",
        policy=policy,
        dry_run=dry_run,
        encoding=csv_file.encoding,
        delimiter=csv_file.delimiter,
        warnings=_check_mapping(csv_file.headers, chosen),
    )


__all__ = [
    "FIELD_LABELS",
    "CsvFile",
    "CsvPreview",
    "ImportField",
    "PreviewRow",
    "decode",
    "draft_from_cells",
    "guess_field",
    "guess_mapping",
    "import_clients_csv",
    "preview_csv",
    "read_csv",
    "sniff_delimiter",
    "source_rows",
]
