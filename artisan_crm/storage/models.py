"""The ORM models: the whole data model of DESIGN.md §2.

Conventions (DESIGN.md §3): money is integer cents (:class:`Money`), datetimes
are aware UTC (:class:`UTCDateTime`), days are ``Date``; every editable table
has a ``version`` column used as SQLAlchemy's ``version_id_col`` so that two
workstations cannot silently overwrite each other; constraint names follow
one naming convention so that Alembic batch migrations can find them.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from artisan_crm.domain.enums import (
    AddressKind,
    ClientKind,
    ContactKind,
    Direction,
    FeedbackStatus,
    InteractionChannel,
    InvoiceKind,
    InvoiceStatus,
    JobStatus,
    LineKind,
    PaymentMethod,
    QuoteStatus,
    ReminderKind,
    ReminderState,
    TimeKind,
)
from artisan_crm.i18n import translate
from artisan_crm.storage.types import Money, Percent, Quantity, UTCDateTime, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def str_enum(enum_cls: type[StrEnum]) -> Enum:
    """A portable enum column: VARCHAR holding the value, no native type, no CHECK."""
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=24,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Versioned:
    """Mixin: optimistic locking for tables the user edits."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class Timestamped:
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False
    )


client_tag = Table(
    "client_tag",
    Base.metadata,
    Column("client_id", ForeignKey("client.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True),
)


class Tag(Base):
    __tablename__ = "tag"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)


class Client(Versioned, Timestamped, Base):
    __tablename__ = "client"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[ClientKind] = mapped_column(str_enum(ClientKind), default=ClientKind.PERSON)
    title: Mapped[str] = mapped_column(String(20), default="")  # M., Mme...
    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100), default="")
    company_name: Mapped[str] = mapped_column(String(200), default="")
    siret: Mapped[str | None] = mapped_column(String(14))
    vat_number: Mapped[str | None] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(String(100), default="")
    referred_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("client.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    marketing_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    maintenance_contract: Mapped[bool] = mapped_column(Boolean, default=False)
    maintenance_due_on: Mapped[date | None] = mapped_column(Date)
    archived: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    anonymised_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    #: Folded (lower-case, no accents) names, company, cities, phones (digits),
    #: emails and notes, kept by the service on every save: one LIKE finds a client
    #: on SQLite and PostgreSQL alike ("helene" finds "Hélène").
    search_text: Mapped[str] = mapped_column(Text, default="")

    contacts: Mapped[list[ClientContact]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="ClientContact.position"
    )
    addresses: Mapped[list[ClientAddress]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="ClientAddress.position"
    )
    tags: Mapped[list[Tag]] = relationship(secondary=client_tag, order_by=Tag.name)
    referred_by: Mapped[Client | None] = relationship(remote_side=[id])

    __table_args__ = (Index("ix_client_last_name_first_name", "last_name", "first_name"),)

    @property
    def display_name(self) -> str:
        person = " ".join(p for p in (self.first_name, self.last_name) if p)
        if self.kind == ClientKind.COMPANY and self.company_name:
            return f"{self.company_name} ({person})" if person else self.company_name
        return (
            person
            or self.company_name
            or translate("Clients", "Client no. {id}").format(id=self.id)
        )


class ClientContact(Versioned, Base):
    __tablename__ = "client_contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    kind: Mapped[ContactKind] = mapped_column(str_enum(ContactKind))
    value: Mapped[str] = mapped_column(String(200))
    #: digits only (phones, "+33612345678" -> "33612345678"; "0612..." kept as typed
    #: digits too) so that search finds any formatting
    search_key: Mapped[str] = mapped_column(String(200), default="", index=True)
    label: Mapped[str] = mapped_column(String(60), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    client: Mapped[Client] = relationship(back_populates="contacts")


class ClientAddress(Versioned, Base):
    __tablename__ = "client_address"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    kind: Mapped[AddressKind] = mapped_column(str_enum(AddressKind), default=AddressKind.BILLING)
    label: Mapped[str] = mapped_column(String(100), default="")
    line1: Mapped[str] = mapped_column(String(200), default="")
    line2: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(100), default="", index=True)
    country: Mapped[str] = mapped_column(String(2), default="FR")
    position: Mapped[int] = mapped_column(Integer, default=0)

    client: Mapped[Client] = relationship(back_populates="addresses")

    def one_line(self) -> str:
        parts = [self.line1, self.line2, f"{self.postcode} {self.city}".strip()]
        return ", ".join(p for p in parts if p)


class Interaction(Versioned, Timestamped, Base):
    __tablename__ = "interaction"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    channel: Mapped[InteractionChannel] = mapped_column(str_enum(InteractionChannel))
    direction: Mapped[Direction] = mapped_column(str_enum(Direction), default=Direction.NONE)
    summary: Mapped[str] = mapped_column(Text, default="")
    minutes: Mapped[int] = mapped_column(Integer, default=0)
    is_complaint: Mapped[bool] = mapped_column(Boolean, default=False)
    is_discount_request: Mapped[bool] = mapped_column(Boolean, default=False)
    is_change_request: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        Index("ix_interaction_client_id_occurred_at", "client_id", "occurred_at"),
        CheckConstraint("minutes >= 0", name="minutes_not_negative"),
    )


class Feedback(Versioned, Timestamped, Base):
    """What a client criticised and what was learned from it."""

    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    interaction_id: Mapped[int | None] = mapped_column(
        ForeignKey("interaction.id", ondelete="SET NULL"), index=True
    )
    received_on: Mapped[date] = mapped_column(Date)
    category: Mapped[str] = mapped_column(String(60), default="")
    criticism: Mapped[str] = mapped_column(Text, default="")
    resolution: Mapped[str] = mapped_column(Text, default="")
    lesson_learned: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[FeedbackStatus] = mapped_column(
        str_enum(FeedbackStatus), default=FeedbackStatus.OPEN
    )
    led_to_improvement: Mapped[bool] = mapped_column(Boolean, default=False)


class CatalogItem(Versioned, Timestamped, Base):
    """A reusable quote line: a labour rate or a usual material with its purchase cost."""

    __tablename__ = "catalog_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[LineKind] = mapped_column(str_enum(LineKind))
    description: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str] = mapped_column(String(20), default="u")
    unit_price: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    unit_cost: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    vat_rate: Mapped[Decimal] = mapped_column(Percent, default=Decimal("20"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Quote(Versioned, Timestamped, Base):
    __tablename__ = "quote"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="RESTRICT"))
    site_address_id: Mapped[int | None] = mapped_column(
        ForeignKey("client_address.id", ondelete="SET NULL")
    )
    title: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[QuoteStatus] = mapped_column(str_enum(QuoteStatus), default=QuoteStatus.DRAFT)
    issued_on: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    deposit_percent: Mapped[Decimal] = mapped_column(Percent, default=Decimal("0"))
    notes: Mapped[str] = mapped_column(Text, default="")
    # Totals are derived from the lines but kept here so that lists and the
    # rating aggregate in SQL without re-reading every line.
    total_excl_vat: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    total_vat: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    total_incl_vat: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    material_cost: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    accepted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    refused_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    expired_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    lines: Mapped[list[QuoteLine]] = relationship(
        back_populates="quote", cascade="all, delete-orphan", order_by="QuoteLine.position"
    )
    client: Mapped[Client] = relationship()

    __table_args__ = (
        Index("ix_quote_client_id_status", "client_id", "status"),
        Index("ix_quote_status_valid_until", "status", "valid_until"),
        # Covering index for the rating's per-client sums over a period.
        Index(
            "ix_quote_client_id_issued_on",
            "client_id",
            "issued_on",
            "status",
            "total_excl_vat",
            "material_cost",
        ),
    )


class QuoteLine(Base):
    """A line belongs to its quote; the quote's version guards concurrent edits."""

    __tablename__ = "quote_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    quote_id: Mapped[int] = mapped_column(ForeignKey("quote.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[LineKind] = mapped_column(str_enum(LineKind), default=LineKind.LABOUR)
    description: Mapped[str] = mapped_column(Text, default="")
    quantity: Mapped[Decimal] = mapped_column(Quantity, default=Decimal("1"))
    unit: Mapped[str] = mapped_column(String(20), default="u")
    unit_price: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    unit_cost: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    vat_rate: Mapped[Decimal] = mapped_column(Percent, default=Decimal("20"))
    discount_percent: Mapped[Decimal] = mapped_column(Percent, default=Decimal("0"))
    catalog_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("catalog_item.id", ondelete="SET NULL")
    )

    quote: Mapped[Quote] = relationship(back_populates="lines")


class Job(Versioned, Timestamped, Base):
    __tablename__ = "job"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="RESTRICT"))
    quote_id: Mapped[int | None] = mapped_column(
        ForeignKey("quote.id", ondelete="SET NULL"), unique=True
    )
    site_address_id: Mapped[int | None] = mapped_column(
        ForeignKey("client_address.id", ondelete="SET NULL")
    )
    title: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[JobStatus] = mapped_column(str_enum(JobStatus), default=JobStatus.PLANNED)
    planned_start: Mapped[date | None] = mapped_column(Date)
    deadline: Mapped[date | None] = mapped_column(Date)
    planned_minutes: Mapped[int] = mapped_column(Integer, default=0)
    material_cost: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    completed_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_job_client_id", "client_id"),
        Index("ix_job_status_deadline", "status", "deadline"),
        CheckConstraint(
            "deadline IS NULL OR planned_start IS NULL OR deadline >= planned_start",
            name="deadline_after_start",
        ),
    )


class Invoice(Versioned, Timestamped, Base):
    __tablename__ = "invoice"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: FAC-YYYY-NNNN, given when the invoice is issued (drafts have none).
    number: Mapped[str | None] = mapped_column(String(20), unique=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="RESTRICT"))
    quote_id: Mapped[int | None] = mapped_column(ForeignKey("quote.id", ondelete="SET NULL"))
    job_id: Mapped[int | None] = mapped_column(ForeignKey("job.id", ondelete="SET NULL"))
    credit_note_for_id: Mapped[int | None] = mapped_column(
        ForeignKey("invoice.id", ondelete="RESTRICT")
    )
    kind: Mapped[InvoiceKind] = mapped_column(str_enum(InvoiceKind), default=InvoiceKind.STANDARD)
    status: Mapped[InvoiceStatus] = mapped_column(
        str_enum(InvoiceStatus), default=InvoiceStatus.DRAFT
    )
    title: Mapped[str] = mapped_column(String(200), default="")
    issued_on: Mapped[date | None] = mapped_column(Date)
    due_on: Mapped[date | None] = mapped_column(Date)
    total_excl_vat: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    total_vat: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    total_incl_vat: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    #: Snapshot of the client's identity at issue time (kept after anonymisation).
    billed_name: Mapped[str] = mapped_column(String(300), default="")
    billed_address: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    lines: Mapped[list[InvoiceLine]] = relationship(
        back_populates="invoice", cascade="all, delete-orphan", order_by="InvoiceLine.position"
    )
    payments: Mapped[list[Payment]] = relationship(
        back_populates="invoice", cascade="all, delete-orphan", order_by="Payment.paid_on"
    )

    __table_args__ = (
        Index("ix_invoice_client_id_status", "client_id", "status"),
        Index("ix_invoice_status_due_on", "status", "due_on"),
        # Covering index for "amount due" per client (client list sorted by it).
        Index("ix_invoice_client_id_status_kind", "client_id", "status", "kind", "total_incl_vat"),
    )


class InvoiceLine(Base):
    __tablename__ = "invoice_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(
        ForeignKey("invoice.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[LineKind] = mapped_column(str_enum(LineKind), default=LineKind.LABOUR)
    description: Mapped[str] = mapped_column(Text, default="")
    quantity: Mapped[Decimal] = mapped_column(Quantity, default=Decimal("1"))
    unit: Mapped[str] = mapped_column(String(20), default="u")
    unit_price: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    vat_rate: Mapped[Decimal] = mapped_column(Percent, default=Decimal("20"))
    discount_percent: Mapped[Decimal] = mapped_column(Percent, default=Decimal("0"))

    invoice: Mapped[Invoice] = relationship(back_populates="lines")


class Payment(Versioned, Timestamped, Base):
    __tablename__ = "payment"

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(
        ForeignKey("invoice.id", ondelete="RESTRICT"), index=True
    )
    paid_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money)
    method: Mapped[PaymentMethod] = mapped_column(
        str_enum(PaymentMethod), default=PaymentMethod.TRANSFER
    )
    note: Mapped[str] = mapped_column(String(200), default="")

    invoice: Mapped[Invoice] = relationship(back_populates="payments")

    __table_args__ = (CheckConstraint("amount > 0", name="amount_positive"),)


class TimeEntry(Versioned, Timestamped, Base):
    __tablename__ = "time_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    job_id: Mapped[int | None] = mapped_column(ForeignKey("job.id", ondelete="SET NULL"))
    quote_id: Mapped[int | None] = mapped_column(ForeignKey("quote.id", ondelete="SET NULL"))
    work_date: Mapped[date] = mapped_column(Date)
    minutes: Mapped[int] = mapped_column(Integer)
    kind: Mapped[TimeKind] = mapped_column(str_enum(TimeKind))
    billable: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str] = mapped_column(String(300), default="")

    __table_args__ = (
        # Covering index for the rating aggregate (sum of minutes per client and kind).
        Index("ix_time_entry_client_id_work_date", "client_id", "work_date", "minutes", "billable"),
        Index("ix_time_entry_quote_id", "quote_id"),
        Index("ix_time_entry_job_id", "job_id"),
        CheckConstraint("minutes > 0", name="minutes_positive"),
    )


class Appointment(Versioned, Timestamped, Base):
    __tablename__ = "appointment"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), index=True
    )
    job_id: Mapped[int | None] = mapped_column(ForeignKey("job.id", ondelete="SET NULL"))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=60)
    address: Mapped[str] = mapped_column(String(300), default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    to_bring: Mapped[str] = mapped_column(Text, default="")
    remind_minutes_before: Mapped[int | None] = mapped_column(Integer, default=60)

    __table_args__ = (CheckConstraint("duration_minutes > 0", name="duration_positive"),)


class Reminder(Versioned, Timestamped, Base):
    """The source of truth for every alarm (DESIGN.md §5)."""

    __tablename__ = "reminder"

    id: Mapped[int] = mapped_column(primary_key=True)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    kind: Mapped[ReminderKind] = mapped_column(str_enum(ReminderKind))
    state: Mapped[ReminderState] = mapped_column(
        str_enum(ReminderState), default=ReminderState.PENDING
    )
    snoozed_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    #: e.g. "quote:42:followup:1"; NULL for manual reminders.
    rule_key: Mapped[str | None] = mapped_column(String(80), unique=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), index=True
    )
    quote_id: Mapped[int | None] = mapped_column(ForeignKey("quote.id", ondelete="CASCADE"))
    job_id: Mapped[int | None] = mapped_column(ForeignKey("job.id", ondelete="CASCADE"))
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id", ondelete="CASCADE"))
    appointment_id: Mapped[int | None] = mapped_column(
        ForeignKey("appointment.id", ondelete="CASCADE")
    )
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (
        # "What is due next?" must be an index seek, not a scan.
        Index("ix_reminder_state_due_at", "state", "due_at"),
        Index("ix_reminder_state_snoozed_until", "state", "snoozed_until"),
    )


class NumberSequence(Base):
    """Gapless counters for DEV-YYYY-NNNN and FAC-YYYY-NNNN (row locked while issuing)."""

    __tablename__ = "number_sequence"

    prefix: Mapped[str] = mapped_column(String(8), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class CompanySettings(Versioned, Timestamped, Base):
    """The artisan's own company (one row, id 1): identity printed on documents, defaults."""

    __tablename__ = "company_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    legal_form: Mapped[str] = mapped_column(String(60), default="")
    address_line1: Mapped[str] = mapped_column(String(200), default="")
    address_line2: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    siret: Mapped[str] = mapped_column(String(14), default="")
    vat_number: Mapped[str] = mapped_column(String(20), default="")
    insurance_mention: Mapped[str] = mapped_column(Text, default="")
    iban: Mapped[str] = mapped_column(String(40), default="")
    bic: Mapped[str] = mapped_column(String(11), default="")
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    default_validity_days: Mapped[int] = mapped_column(Integer, default=30)
    payment_terms_days: Mapped[int] = mapped_column(Integer, default=30)
    default_vat_rate: Mapped[Decimal] = mapped_column(Percent, default=Decimal("10"))
    default_deposit_percent: Mapped[Decimal] = mapped_column(Percent, default=Decimal("30"))
    target_hourly_rate: Mapped[Decimal] = mapped_column(Money, default=Decimal("45"))
