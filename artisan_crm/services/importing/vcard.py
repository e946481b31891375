"""A small vCard reader and writer (RFC 2426 = 3.0, RFC 6350 = 4.0; 2.1 tolerated).

Reading: lines are unfolded (a line starting with a space or tab continues the
previous one), vCard 2.1 quoted-printable values (with ``=`` soft breaks and a
``CHARSET`` parameter) are decoded, ``\\n \\, \\; \\\\`` are unescaped, structured values
(N, ADR, ORG) are split on unescaped ``;``. Each card becomes a :class:`SourceRow`
starting at the physical line of its ``BEGIN:VCARD``.

Writing: CRLF line ends, lines folded at 75 octets without cutting a UTF-8 sequence,
text escaped; 4.0 phones are ``tel:`` URIs in E.164 when the number parses.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

import phonenumbers
from sqlalchemy.orm import Session

from artisan_crm.domain.enums import AddressKind, ClientKind, ContactKind
from artisan_crm.i18n import translate
from artisan_crm.services.clients import AddressDraft, ClientDraft, ClientView
from artisan_crm.services.importing.csv_clients import decode
from artisan_crm.services.importing.engine import (
    DuplicatePolicy,
    ImportReport,
    SourceRow,
    run_import,
)

VERSIONS = ("3.0", "4.0")
_COUNTRY_CODES = {
    "france": "FR",
    "belgique": "BE",
    "belgium": "BE",
    "suisse": "CH",
    "switzerland": "CH",
    "luxembourg": "LU",
    "espagne": "ES",
    "spain": "ES",
    "italie": "IT",
    "italy": "IT",
    "allemagne": "DE",
    "germany": "DE",
    "monaco": "MC",
}
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Country names written in exported cards (file content, kept French: our import and
# French address books read them back; see _COUNTRY_CODES).
_COUNTRY_NAMES = {"FR": "France", "BE": "Belgique", "CH": "Suisse", "LU": "Luxembourg"}


# ---- Reading ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Property:
    name: str
    params: dict[str, tuple[str, ...]]
    value: str  # raw (still escaped) value, decoded to text

    def param(self, key: str) -> tuple[str, ...]:
        return self.params.get(key.upper(), ())

    @property
    def types(self) -> frozenset[str]:
        found: set[str] = set()
        for value in self.param("TYPE"):
            found.update(v.strip().lower() for v in value.split(",") if v.strip())
        # vCard 2.1 writes bare parameters: TEL;CELL;VOICE:...
        found.update(v.lower() for v in self.param(""))
        return frozenset(found)


@dataclass
class Card:
    line: int
    properties: list[Property] = field(default_factory=list)

    def all(self, name: str) -> list[Property]:
        return [p for p in self.properties if p.name == name]

    def first(self, name: str) -> Property | None:
        found = self.all(name)
        return found[0] if found else None


def _logical_lines(text: str) -> Iterator[tuple[int, str]]:
    """``(physical line number, unfolded line)``; handles 2.1 quoted-printable soft breaks."""
    # Only CR, LF and CRLF end a line (str.splitlines would also split on \x0c, \x85...).
    physical = _LINE_BREAK.split(text)
    if physical and physical[-1] == "":
        physical.pop()
    current: str | None = None
    start = 0
    for number, line in enumerate(physical, start=1):
        if current is not None and line[:1] in (" ", "\t"):
            current += line[1:]
            continue
        if (
            current is not None
            and current.endswith("=")
            and "QUOTED-PRINTABLE" in current.split(":", 1)[0].upper()
        ):
            current = current[:-1] + line
            continue
        if current is not None:
            yield start, current
        current, start = line, number
    if current is not None:
        yield start, current


def _split_params(head: str) -> tuple[str, dict[str, tuple[str, ...]]]:
    parts = _split_unquoted(head, ";")
    name = parts[0].split(".")[-1].strip().upper()  # drop the "item1." group
    params: dict[str, list[str]] = {}
    for part in parts[1:]:
        if "=" in part:
            key, _, value = part.partition("=")
            params.setdefault(key.strip().upper(), []).append(value.strip().strip('"'))
        elif part.strip():
            params.setdefault("", []).append(part.strip())
    return name, {k: tuple(v) for k, v in params.items()}


def _split_unquoted(text: str, sep: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    for char in text:
        if char == '"':
            quoted = not quoted
        if char == sep and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def _split_head(line: str) -> tuple[str, str] | None:
    """Split ``NAME;PARAMS:VALUE`` at the first colon outside a quoted parameter."""
    quoted = False
    for i, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            return line[:i], line[i + 1 :]
    return None


def _decode_value(prop_params: dict[str, tuple[str, ...]], value: str) -> str | None:
    """Quoted-printable and CHARSET (vCard 2.1/3.0); None for binary (PHOTO;ENCODING=b)."""
    encodings = {v.upper() for v in prop_params.get("ENCODING", ())}
    bare = {v.upper() for v in prop_params.get("", ())}
    if encodings & {"B", "BASE64"} or "BASE64" in bare:
        return None
    if "QUOTED-PRINTABLE" in encodings or "QUOTED-PRINTABLE" in bare:
        raw = quopri.decodestring(value.encode("latin-1", errors="replace"))
        charset = (prop_params.get("CHARSET") or ("utf-8",))[0]
        try:
            return raw.decode(charset)
        except (LookupError, UnicodeDecodeError):
            return decode(raw)[0]
    return value


def parse_vcards(data: bytes | str) -> list[Card]:
    """Every ``BEGIN:VCARD``...``END:VCARD`` block (a missing END closes at the next BEGIN
    or at the end of the file). Lines outside cards are ignored."""
    text = decode(data)[0] if isinstance(data, bytes) else data
    text = text.replace("\x00", "")
    cards: list[Card] = []
    card: Card | None = None
    for number, line in _logical_lines(text):
        split = _split_head(line)
        if split is None:
            continue
        head, raw_value = split
        name, params = _split_params(head)
        if name == "BEGIN" and raw_value.strip().upper() == "VCARD":
            card = Card(number)
            cards.append(card)
            continue
        if card is None:
            continue
        if name == "END" and raw_value.strip().upper() == "VCARD":
            card = None
            continue
        value = _decode_value(params, raw_value)
        if value is not None:
            card.properties.append(Property(name, params, value))
    return cards


_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\", ":": ":"}


def unescape(value: str) -> str:
    out, i = [], 0
    while i < len(value):
        char = value[i]
        if char == "\\" and i + 1 < len(value):
            out.append(_ESCAPES.get(value[i + 1], value[i + 1]))
            i += 2
            continue
        out.append(char)
        i += 1
    return "".join(out)


def split_structured(value: str, sep: str = ";") -> list[str]:
    """Split on unescaped ``sep`` and unescape each component."""
    parts: list[str] = []
    current: list[str] = []
    i = 0
    while i < len(value):
        char = value[i]
        if char == "\\" and i + 1 < len(value):
            current.append(value[i : i + 2])
            i += 2
            continue
        if char == sep:
            parts.append(unescape("".join(current)))
            current = []
        else:
            current.append(char)
        i += 1
    parts.append(unescape("".join(current)))
    return parts


def _component(parts: Sequence[str], index: int) -> str:
    return parts[index].strip() if index < len(parts) else ""


def _phone(value: str) -> str:
    value = value.strip()
    if value.lower().startswith("tel:"):
        value = value[4:].split(";", 1)[0]
    return value


def _country(value: str) -> str:
    key = value.strip().lower()
    if not key:
        return "FR"
    if len(key) == 2 and key.isalpha():
        return key.upper()
    return _COUNTRY_CODES.get(key, "ZZ")


def card_to_draft(card: Card) -> ClientDraft:
    """The client a card describes (not validated)."""
    first = last = title = company = ""
    n = card.first("N")
    if n is not None:
        parts = split_structured(n.value)
        last = _component(parts, 0)
        first = " ".join(p for p in (_component(parts, 1), _component(parts, 2)) if p)
        title = _component(parts, 3)
    org = card.first("ORG")
    if org is not None:
        company = _component(split_structured(org.value), 0)
    fn = card.first("FN")
    full_name = unescape(fn.value).strip() if fn is not None else ""
    if not (first or last) and full_name and full_name != company:
        words = full_name.split()
        first, last = (" ".join(words[:-1]), words[-1]) if len(words) > 1 else ("", words[0])
    # An ORG makes a company client (as in the CSV import), unless 4.0 says otherwise.
    kind_prop = card.first("KIND")
    individual = kind_prop is not None and unescape(kind_prop.value).strip().lower() == "individual"
    kind = ClientKind.COMPANY if company and not individual else ClientKind.PERSON
    phones = tuple(
        dict.fromkeys(_phone(unescape(p.value)) for p in card.all("TEL") if p.value.strip())
    )
    emails = tuple(
        dict.fromkeys(unescape(p.value).strip() for p in card.all("EMAIL") if p.value.strip())
    )
    addresses = []
    for i, adr in enumerate(card.all("ADR")):
        parts = split_structured(adr.value)
        # The street may span lines ("Bâtiment B\n8 allée des Pins"): kept as typed.
        street = _component(parts, 2) or _component(parts, 0)
        address = AddressDraft(
            line1=street,
            line2=_component(parts, 1),
            postcode=_component(parts, 5),
            city=_component(parts, 3),
            kind=AddressKind.BILLING if i == 0 else AddressKind.SITE,
            country=_country(_component(parts, 6)),
        )
        if any((address.line1, address.line2, address.postcode, address.city)):
            addresses.append(address)
    tags: list[str] = []
    for categories in card.all("CATEGORIES"):
        tags += [t.strip() for t in split_structured(categories.value, ",") if t.strip()]
    notes = "\n".join(unescape(p.value).strip() for p in card.all("NOTE") if p.value.strip())
    return ClientDraft(
        kind=kind,
        title=title[:20],
        first_name=first[:100],
        last_name=last[:100],
        company_name=company[:200],
        phones=phones,
        emails=emails,
        addresses=tuple(addresses),
        tags=tuple(dict.fromkeys(t[:60] for t in tags)),
        notes=notes,
    )


def source_rows(cards: Sequence[Card]) -> Iterator[SourceRow]:
    for card in cards:
        yield SourceRow(card.line, card_to_draft(card))


def import_clients_vcard(
    session: Session,
    data: bytes,
    *,
    policy: DuplicatePolicy = DuplicatePolicy.SKIP,
    dry_run: bool = False,
) -> ImportReport:
    """Import every card of a .vcf file (one transaction, see ``engine``)."""
    encoding = decode(data)[1]
    cards = parse_vcards(data)
    warnings = () if cards else (no_cards_warning(),)
    return run_import(
        session,
        source_rows(cards),
        fmt="vcard",
        policy=policy,
        dry_run=dry_run,
        encoding=encoding,
        warnings=warnings,
    )


# ---- Writing ------------------------------------------------------------------------------


def escape(value: str) -> str:
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\n", "\\n")
    )


def fold_line(line: str, limit: int = 75) -> str:
    """Fold at ``limit`` octets (RFC 6350 §3.2), never inside a UTF-8 sequence."""
    out: list[str] = []
    current: list[str] = []
    size = 0
    budget = limit
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > budget:
            out.append("".join(current))
            current = []
            size = 0
            budget = limit - 1  # continuation lines start with one space
        current.append(char)
        size += width
    out.append("".join(current))
    return "\r\n ".join(out)


def _tel_uri(value: str) -> str | None:
    try:
        number = phonenumbers.parse(value, "FR")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return "tel:" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def client_to_vcard(client: ClientView, version: str = "3.0") -> str:
    """One card, CRLF-terminated lines, folded."""
    if version not in VERSIONS:
        raise ValueError(f"vCard version {version!r} not supported")
    v4 = version == "4.0"
    lines = ["BEGIN:VCARD", f"VERSION:{version}", "PRODID:-//Artisan CRM//FR"]
    if v4:
        lines.append("KIND:org" if client.kind == ClientKind.COMPANY else "KIND:individual")
    lines.append(f"UID:urn:artisan-crm:client:{client.id}")
    lines.append(f"FN:{escape(client.display_name)}")
    n = [client.last_name, client.first_name, "", client.title, ""]
    lines.append("N:" + ";".join(escape(p) for p in n))
    if client.company_name:
        lines.append(f"ORG:{escape(client.company_name)}")
    for contact in client.contacts:
        if contact.kind == ContactKind.EMAIL:
            lines.append(
                f"EMAIL:{escape(contact.value)}"
                if v4
                else f"EMAIL;TYPE=INTERNET:{escape(contact.value)}"
            )
            continue
        mobile = contact.kind == ContactKind.MOBILE
        if v4:
            uri = _tel_uri(contact.value)
            kind = "cell" if mobile else "voice"
            if uri:
                lines.append(f"TEL;VALUE=uri;TYPE={kind}:{uri}")
            else:
                lines.append(f"TEL;VALUE=text;TYPE={kind}:{escape(contact.value)}")
        else:
            kind = "CELL,VOICE" if mobile else "VOICE"
            lines.append(f"TEL;TYPE={kind}:{escape(contact.value)}")
    for address in client.addresses:
        kind = "work" if address.kind == AddressKind.BILLING else "other"
        if not v4:
            kind = kind.upper() if kind == "work" else "POSTAL"
        country = _COUNTRY_NAMES.get(address.country, address.country)
        adr = ["", address.line2, address.line1, address.city, "", address.postcode, country]
        lines.append(f"ADR;TYPE={kind}:" + ";".join(escape(p) for p in adr))
    if client.tags:
        lines.append("CATEGORIES:" + ",".join(escape(t) for t in client.tags))
    if client.notes.strip():
        lines.append(f"NOTE:{escape(client.notes)}")
    lines.append("END:VCARD")
    return "".join(fold_line(line) + "\r\n" for line in lines)


__all__ = [
    "VERSIONS",
    "Card",
    "Property",
    "card_to_draft",
    "client_to_vcard",
    "escape",
    "fold_line",
    "import_clients_vcard",
    "parse_vcards",
    "source_rows",
    "split_structured",
    "unescape",
]


def no_cards_warning() -> str:
    return translate("ClientImport", "no “BEGIN:VCARD” card found in the file.")
