"""Client use cases: create, read, update, list and search client cards.

Each function takes a Session (one per user action) and returns frozen
dataclasses; validation errors are raised as :class:`ValidationError` with one
French message per field, before anything is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session, selectinload

from artisan_crm.domain.enums import AddressKind, ClientKind, ContactKind
from artisan_crm.domain.errors import ConflictError, NotFoundError, ValidationError
from artisan_crm.domain.text import fold, phone_search_key, search_terms
from artisan_crm.domain.validation import (
    FieldError,
    normalise_email,
    normalise_phone,
    normalise_postcode,
    normalise_siret,
)
from artisan_crm.storage import models

# ---- Inputs and outputs ----------------------------------------------------------------------


@dataclass(frozen=True)
class AddressDraft:
    line1: str = ""
    line2: str = ""
    postcode: str = ""
    city: str = ""
    kind: AddressKind = AddressKind.BILLING
    label: str = ""
    country: str = "FR"


@dataclass(frozen=True)
class ClientDraft:
    """What the user typed on a client form."""

    kind: ClientKind = ClientKind.PERSON
    title: str = ""
    first_name: str = ""
    last_name: str = ""
    company_name: str = ""
    siret: str = ""
    vat_number: str = ""
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    addresses: tuple[AddressDraft, ...] = ()
    tags: tuple[str, ...] = ()
    source: str = ""
    referred_by_id: int | None = None
    notes: str = ""
    marketing_consent: bool = False
    maintenance_contract: bool = False
    maintenance_due_on: date | None = None


@dataclass(frozen=True)
class ContactView:
    id: int
    kind: ContactKind
    value: str
    label: str


@dataclass(frozen=True)
class AddressView:
    id: int
    kind: AddressKind
    label: str
    line1: str
    line2: str
    postcode: str
    city: str
    country: str

    @property
    def one_line(self) -> str:
        parts = [self.line1, self.line2, f"{self.postcode} {self.city}".strip()]
        return ", ".join(p for p in parts if p)


@dataclass(frozen=True)
class ClientView:
    id: int
    version: int
    kind: ClientKind
    display_name: str
    title: str
    first_name: str
    last_name: str
    company_name: str
    siret: str | None
    vat_number: str | None
    contacts: tuple[ContactView, ...]
    addresses: tuple[AddressView, ...]
    tags: tuple[str, ...]
    source: str
    referred_by_id: int | None
    notes: str
    marketing_consent: bool
    maintenance_contract: bool
    maintenance_due_on: date | None
    archived: bool
    created_at: datetime

    @property
    def phones(self) -> tuple[str, ...]:
        return tuple(c.value for c in self.contacts if c.kind != ContactKind.EMAIL)

    @property
    def emails(self) -> tuple[str, ...]:
        return tuple(c.value for c in self.contacts if c.kind == ContactKind.EMAIL)


@dataclass(frozen=True)
class ClientRow:
    """One line of the client list."""

    id: int
    display_name: str
    city: str
    phone: str
    email: str
    archived: bool


@dataclass(frozen=True)
class ClientPage:
    rows: tuple[ClientRow, ...]
    total: int
    filters: dict[str, object] = field(default_factory=dict)


# ---- Validation ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Clean:
    draft: ClientDraft
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    siret: str | None
    addresses: tuple[AddressDraft, ...]


def validate_client(draft: ClientDraft) -> _Clean:
    """Check and normalise a draft; every wrong field gets its own French message."""
    errors: dict[str, str] = {}
    if draft.kind == ClientKind.COMPANY:
        if not draft.company_name.strip():
            errors["company_name"] = "Indiquez la raison sociale de l'entreprise."
    elif not (draft.last_name.strip() or draft.first_name.strip() or draft.company_name.strip()):
        errors["last_name"] = "Indiquez au moins le nom du client."
    phones: list[str] = []
    for i, raw in enumerate(p for p in draft.phones if p.strip()):
        try:
            phones.append(normalise_phone(raw))
        except FieldError as exc:
            errors[f"phones.{i}"] = str(exc)
    emails: list[str] = []
    for i, raw in enumerate(e for e in draft.emails if e.strip()):
        try:
            emails.append(normalise_email(raw))
        except FieldError as exc:
            errors[f"emails.{i}"] = str(exc)
    siret = None
    if draft.siret.strip():
        try:
            siret = normalise_siret(draft.siret)
        except FieldError as exc:
            errors["siret"] = str(exc)
    addresses: list[AddressDraft] = []
    for i, address in enumerate(draft.addresses):
        if not any((address.line1, address.line2, address.postcode, address.city)):
            continue
        postcode = address.postcode
        if address.country == "FR" and postcode.strip():
            try:
                postcode = normalise_postcode(postcode)
            except FieldError as exc:
                errors[f"addresses.{i}.postcode"] = str(exc)
        addresses.append(
            AddressDraft(
                line1=address.line1.strip(),
                line2=address.line2.strip(),
                postcode=postcode,
                city=address.city.strip(),
                kind=address.kind,
                label=address.label.strip(),
                country=address.country,
            )
        )
    if errors:
        raise ValidationError(errors)
    return _Clean(draft, tuple(phones), tuple(emails), siret, tuple(addresses))


# ---- Mapping ---------------------------------------------------------------------------------


def build_search_text(client: models.Client) -> str:
    parts = [client.first_name, client.last_name, client.company_name, client.notes, client.source]
    parts += [a.city for a in client.addresses]
    parts += [a.postcode for a in client.addresses]
    for contact in client.contacts:
        if contact.kind == ContactKind.EMAIL:
            parts.append(contact.value)
        else:
            parts.append(phone_search_key(contact.value))
    parts += [t.name for t in client.tags]
    return " ".join(fold(p) for p in parts if p)


def _to_view(client: models.Client) -> ClientView:
    return ClientView(
        id=client.id,
        version=client.version,
        kind=client.kind,
        display_name=client.display_name,
        title=client.title,
        first_name=client.first_name,
        last_name=client.last_name,
        company_name=client.company_name,
        siret=client.siret,
        vat_number=client.vat_number,
        contacts=tuple(ContactView(c.id, c.kind, c.value, c.label) for c in client.contacts),
        addresses=tuple(
            AddressView(a.id, a.kind, a.label, a.line1, a.line2, a.postcode, a.city, a.country)
            for a in client.addresses
        ),
        tags=tuple(t.name for t in client.tags),
        source=client.source,
        referred_by_id=client.referred_by_id,
        notes=client.notes,
        marketing_consent=client.marketing_consent,
        maintenance_contract=client.maintenance_contract,
        maintenance_due_on=client.maintenance_due_on,
        archived=client.archived,
        created_at=client.created_at,
    )


def _tags(session: Session, names: Sequence[str]) -> list[models.Tag]:
    wanted = list(dict.fromkeys(n.strip() for n in names if n.strip()))
    if not wanted:
        return []
    existing = {
        t.name: t for t in session.scalars(select(models.Tag).where(models.Tag.name.in_(wanted)))
    }
    tags = []
    for name in wanted:
        tag = existing.get(name) or models.Tag(name=name)
        session.add(tag)
        tags.append(tag)
    return tags


def _apply(session: Session, client: models.Client, clean: _Clean) -> None:
    # One flush per save, so that the version moves by exactly one.
    with session.no_autoflush:
        _apply_fields(session, client, clean)


def _apply_fields(session: Session, client: models.Client, clean: _Clean) -> None:
    d = clean.draft
    client.kind = d.kind
    client.title = d.title.strip()
    client.first_name = d.first_name.strip()
    client.last_name = d.last_name.strip()
    client.company_name = d.company_name.strip()
    client.siret = clean.siret
    client.vat_number = d.vat_number.strip() or None
    client.source = d.source.strip()
    client.referred_by_id = d.referred_by_id
    client.notes = d.notes
    client.marketing_consent = d.marketing_consent
    client.maintenance_contract = d.maintenance_contract
    client.maintenance_due_on = d.maintenance_due_on
    client.tags = _tags(session, d.tags)
    contacts = [
        models.ClientContact(
            kind=ContactKind.MOBILE if p.startswith(("06", "07")) else ContactKind.PHONE,
            value=p,
            search_key=phone_search_key(p),
            position=i,
        )
        for i, p in enumerate(clean.phones)
    ]
    contacts += [
        models.ClientContact(kind=ContactKind.EMAIL, value=e, search_key=fold(e), position=100 + i)
        for i, e in enumerate(clean.emails)
    ]
    client.contacts = contacts
    client.addresses = [
        models.ClientAddress(
            kind=a.kind,
            label=a.label,
            line1=a.line1,
            line2=a.line2,
            postcode=a.postcode,
            city=a.city,
            country=a.country,
            position=i,
        )
        for i, a in enumerate(clean.addresses)
    ]
    client.search_text = build_search_text(client)


def _load(session: Session, client_id: int) -> models.Client:
    client = session.get(
        models.Client,
        client_id,
        options=[
            selectinload(models.Client.contacts),
            selectinload(models.Client.addresses),
            selectinload(models.Client.tags),
        ],
    )
    if client is None:
        raise NotFoundError(f"Le client n°{client_id} n'existe pas (ou plus).")
    return client


# ---- Use cases -------------------------------------------------------------------------------


def create_client(session: Session, draft: ClientDraft) -> ClientView:
    clean = validate_client(draft)
    client = models.Client()
    _apply(session, client, clean)
    session.add(client)
    session.flush()
    return _to_view(client)


def get_client(session: Session, client_id: int) -> ClientView:
    return _to_view(_load(session, client_id))


def update_client(
    session: Session, client_id: int, draft: ClientDraft, *, expected_version: int
) -> ClientView:
    """Save the form; ``expected_version`` is the version the user loaded (shared mode)."""
    clean = validate_client(draft)
    client = _load(session, client_id)
    if client.version != expected_version:
        raise ConflictError("Ce client")
    _apply(session, client, clean)
    session.flush()
    return _to_view(client)


def set_archived(
    session: Session, client_id: int, archived: bool, *, expected_version: int
) -> ClientView:
    client = _load(session, client_id)
    if client.version != expected_version:
        raise ConflictError("Ce client")
    client.archived = archived
    session.flush()
    return _to_view(client)


def _search_filter(query: str) -> list:
    return [models.Client.search_text.like(f"%{term}%", escape="\\") for term in _escaped(query)]


def _escaped(query: str) -> list[str]:
    return [
        t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") for t in search_terms(query)
    ]


def _first_contact(kind_filter: object) -> Select:
    return (
        select(models.ClientContact.value)
        .where(models.ClientContact.client_id == models.Client.id, kind_filter)
        .order_by(models.ClientContact.position)
        .limit(1)
        .scalar_subquery()
    )


def list_clients(
    session: Session,
    *,
    search: str = "",
    include_archived: bool = False,
    tag: str | None = None,
    limit: int = 200,
    offset: int = 0,
) -> ClientPage:
    """A page of the client list, filtered and sorted in SQL."""
    conditions = _search_filter(search)
    if not include_archived:
        conditions.append(models.Client.archived.is_(False))
    if tag:
        conditions.append(
            models.Client.tags.any(models.Tag.name == tag)  # type: ignore[arg-type]
        )
    where = and_(*conditions) if conditions else None
    city = (
        select(models.ClientAddress.city)
        .where(models.ClientAddress.client_id == models.Client.id)
        .order_by(models.ClientAddress.position)
        .limit(1)
        .scalar_subquery()
    )
    phone = _first_contact(models.ClientContact.kind != ContactKind.EMAIL)
    email = _first_contact(models.ClientContact.kind == ContactKind.EMAIL)
    stmt = select(models.Client, city, phone, email).order_by(
        func.lower(models.Client.last_name),
        func.lower(models.Client.company_name),
        models.Client.id,
    )
    count = select(func.count()).select_from(models.Client)
    if where is not None:
        stmt = stmt.where(where)
        count = count.where(where)
    rows = tuple(
        ClientRow(
            id=c.id,
            display_name=c.display_name,
            city=city_value or "",
            phone=phone_value or "",
            email=email_value or "",
            archived=c.archived,
        )
        for c, city_value, phone_value, email_value in session.execute(
            stmt.limit(limit).offset(offset)
        )
    )
    total = int(session.scalar(count) or 0)
    return ClientPage(rows=rows, total=total, filters={"search": search, "tag": tag})


def search_clients(session: Session, query: str, *, limit: int = 50) -> tuple[ClientRow, ...]:
    """Clients matching every word of ``query`` (accent/case-insensitive; phones any format)."""
    if not search_terms(query):
        return ()
    return list_clients(session, search=query, include_archived=True, limit=limit).rows


def refresh_search_text(session: Session, client_ids: Sequence[int] | None = None) -> int:
    """Recompute ``search_text`` (after bulk writes such as demo data or imports)."""
    stmt = select(models.Client).options(
        selectinload(models.Client.contacts),
        selectinload(models.Client.addresses),
        selectinload(models.Client.tags),
    )
    if client_ids is not None:
        stmt = stmt.where(models.Client.id.in_(list(client_ids)))
    count = 0
    for client in session.scalars(stmt).unique():
        text = build_search_text(client)
        if client.search_text != text:
            # A derived column: do not bump the user-visible version for it.
            session.execute(
                models.Client.__table__.update()
                .where(models.Client.id == client.id)
                .values(search_text=text)
            )
            count += 1
    return count


__all__ = [
    "AddressDraft",
    "AddressView",
    "ClientDraft",
    "ClientPage",
    "ClientRow",
    "ClientView",
    "ContactView",
    "create_client",
    "get_client",
    "list_clients",
    "refresh_search_text",
    "search_clients",
    "set_archived",
    "update_client",
    "validate_client",
]
