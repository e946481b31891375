"""The closed vocabularies of the domain (stored as their string value)."""

from __future__ import annotations

from enum import StrEnum


class ClientKind(StrEnum):
    PERSON = "person"
    COMPANY = "company"


class ContactKind(StrEnum):
    PHONE = "phone"
    MOBILE = "mobile"
    EMAIL = "email"


class AddressKind(StrEnum):
    BILLING = "billing"
    SITE = "site"


class InteractionChannel(StrEnum):
    CALL = "call"
    VISIT = "visit"
    EMAIL = "email"
    SMS = "sms"
    MEETING = "meeting"
    NOTE = "note"


class Direction(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"
    NONE = "none"


class FeedbackStatus(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"


class LineKind(StrEnum):
    LABOUR = "labour"
    MATERIAL = "material"
    TRAVEL = "travel"
    OTHER = "other"


class QuoteStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    ACCEPTED = "accepted"
    REFUSED = "refused"
    EXPIRED = "expired"
    CANCELLED = "cancelled"


class JobStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class InvoiceKind(StrEnum):
    STANDARD = "standard"
    DEPOSIT = "deposit"
    FINAL = "final"
    CREDIT_NOTE = "credit_note"


class InvoiceStatus(StrEnum):
    DRAFT = "draft"
    ISSUED = "issued"
    CANCELLED = "cancelled"


class PaymentMethod(StrEnum):
    TRANSFER = "transfer"
    CHEQUE = "cheque"
    CASH = "cash"
    CARD = "card"
    OTHER = "other"


class TimeKind(StrEnum):
    ON_SITE = "on_site"
    TRAVEL = "travel"
    PHONE = "phone"
    QUOTE_PREPARATION = "quote_preparation"
    ADMIN = "admin"
    AFTER_SALES = "after_sales"
    COMPLAINT = "complaint"
    PAYMENT_CHASING = "payment_chasing"


class ReminderKind(StrEnum):
    QUOTE_FOLLOWUP = "quote_followup"
    JOB_DEADLINE = "job_deadline"
    JOB_LATE = "job_late"
    INVOICE_OVERDUE = "invoice_overdue"
    CHECK_IN = "check_in"
    MAINTENANCE = "maintenance"
    APPOINTMENT = "appointment"
    MANUAL = "manual"


class ReminderState(StrEnum):
    PENDING = "pending"
    SNOOZED = "snoozed"
    DONE = "done"
    DISMISSED = "dismissed"
