"""Appointments (rendez-vous): create, move, delete, list; each raises its reminder.

An appointment's reminder (default: 1 h before) is a rule reminder keyed by the
appointment and its start time; it is created, moved or dismissed in the same
unit of work as the appointment (see ``services.reminders.sync_appointment_reminders``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from artisan_crm.domain.errors import NotFoundError, ValidationError
from artisan_crm.domain.reminder_rules import RuleSettings
from artisan_crm.i18n import translate
from artisan_crm.services.common import ensure_version
from artisan_crm.services.reminders import contact_infos, sync_appointment_reminders
from artisan_crm.storage.models import Appointment, Client, Job
from artisan_crm.storage.types import utcnow

MAX_DURATION_MINUTES = 24 * 60
MAX_REMIND_BEFORE_MINUTES = 14 * 24 * 60


@dataclass(frozen=True)
class AppointmentDraft:
    """What the user typed; ``starts_at`` is aware (build it with ``local_moment``)."""

    starts_at: datetime
    duration_minutes: int = 60
    client_id: int | None = None
    job_id: int | None = None
    address: str = ""
    purpose: str = ""
    to_bring: str = ""
    #: None = no reminder
    remind_minutes_before: int | None = 60


@dataclass(frozen=True)
class AppointmentView:
    id: int
    version: int
    starts_at: datetime
    ends_at: datetime
    duration_minutes: int
    client_id: int | None
    client_name: str
    client_phone: str
    job_id: int | None
    #: the address typed on the appointment, else the client's first address
    address: str
    purpose: str
    to_bring: str
    remind_minutes_before: int | None


def validate_appointment(draft: AppointmentDraft) -> None:
    errors: dict[str, str] = {}
    if not isinstance(draft.starts_at, datetime) or draft.starts_at.tzinfo is None:
        errors["starts_at"] = translate(
            "Appointments", "Enter the date and time of the appointment (with their time zone)."
        )
    if draft.duration_minutes <= 0:
        errors["duration_minutes"] = translate(
            "Appointments", "The appointment must last at least one minute."
        )
    elif draft.duration_minutes > MAX_DURATION_MINUTES:
        errors["duration_minutes"] = translate(
            "Appointments", "An appointment cannot last more than 24 hours."
        )
    if draft.remind_minutes_before is not None and not (
        0 <= draft.remind_minutes_before <= MAX_REMIND_BEFORE_MINUTES
    ):
        errors["remind_minutes_before"] = translate(
            "Appointments",
            "The reminder must be between 0 minutes and 14 days before the appointment.",
        )
    if draft.client_id is None and not draft.purpose.strip():
        errors["purpose"] = translate(
            "Appointments", "Enter the client or the purpose of the appointment."
        )
    if len(draft.address) > 300:
        errors["address"] = translate(
            "Appointments", "The address must not be longer than 300 characters."
        )
    if errors:
        raise ValidationError(errors)


def _check_links(session: Session, draft: AppointmentDraft) -> None:
    if draft.client_id is not None and session.get(Client, draft.client_id) is None:
        raise NotFoundError(
            translate("Appointments", "Client no. {id} does not exist (any more).").format(
                id=draft.client_id
            )
        )
    if draft.job_id is not None:
        owner = session.scalar(select(Job.client_id).where(Job.id == draft.job_id))
        if owner is None:
            raise NotFoundError(
                translate("Appointments", "Job no. {id} does not exist (any more).").format(
                    id=draft.job_id
                )
            )
        if draft.client_id is not None and owner != draft.client_id:
            raise ValidationError(
                {"job_id": translate("Appointments", "This job belongs to another client.")}
            )


def _apply(appointment: Appointment, draft: AppointmentDraft) -> None:
    appointment.starts_at = draft.starts_at.astimezone(UTC)
    appointment.duration_minutes = draft.duration_minutes
    appointment.client_id = draft.client_id
    appointment.job_id = draft.job_id
    appointment.address = draft.address.strip()
    appointment.purpose = draft.purpose.strip()
    appointment.to_bring = draft.to_bring.strip()
    appointment.remind_minutes_before = draft.remind_minutes_before


def _views(session: Session, rows: list[Appointment]) -> tuple[AppointmentView, ...]:
    infos = contact_infos(session, (a.client_id for a in rows))
    out = []
    for a in rows:
        info = infos.get(a.client_id) if a.client_id is not None else None
        out.append(
            AppointmentView(
                id=a.id,
                version=a.version,
                starts_at=a.starts_at,
                ends_at=a.starts_at + timedelta(minutes=a.duration_minutes),
                duration_minutes=a.duration_minutes,
                client_id=a.client_id,
                client_name=info.name if info else "",
                client_phone=info.phone if info else "",
                job_id=a.job_id,
                address=a.address or (info.address if info else ""),
                purpose=a.purpose,
                to_bring=a.to_bring,
                remind_minutes_before=a.remind_minutes_before,
            )
        )
    return tuple(out)


def _load(session: Session, appointment_id: int, version: int | None) -> Appointment:
    appointment = session.get(Appointment, appointment_id)
    if appointment is None:
        raise NotFoundError(
            translate("Appointments", "Appointment no. {id} does not exist (any more).").format(
                id=appointment_id
            )
        )
    ensure_version(appointment, version, translate("Appointments", "This appointment"))
    return appointment


def create_appointment(
    session: Session,
    draft: AppointmentDraft,
    *,
    now: datetime | None = None,
    settings: RuleSettings | None = None,
) -> AppointmentView:
    validate_appointment(draft)
    _check_links(session, draft)
    appointment = Appointment()
    _apply(appointment, draft)
    session.add(appointment)
    session.flush()
    sync_appointment_reminders(session, appointment.id, now or utcnow(), settings)
    return get_appointment(session, appointment.id)


def update_appointment(
    session: Session,
    appointment_id: int,
    draft: AppointmentDraft,
    *,
    version: int,
    now: datetime | None = None,
    settings: RuleSettings | None = None,
) -> AppointmentView:
    validate_appointment(draft)
    _check_links(session, draft)
    appointment = _load(session, appointment_id, version)
    _apply(appointment, draft)
    session.flush()
    sync_appointment_reminders(session, appointment_id, now or utcnow(), settings)
    return get_appointment(session, appointment_id)


def delete_appointment(session: Session, appointment_id: int, *, version: int) -> None:
    """Delete the appointment; its reminders go with it (foreign key ON DELETE CASCADE)."""
    appointment = _load(session, appointment_id, version)
    session.delete(appointment)
    session.flush()


def get_appointment(session: Session, appointment_id: int) -> AppointmentView:
    return _views(session, [_load(session, appointment_id, None)])[0]


def list_appointments(
    session: Session,
    start: datetime,
    end: datetime,
    *,
    client_id: int | None = None,
    limit: int = 500,
) -> tuple[AppointmentView, ...]:
    """Appointments starting in ``[start, end)``, by start time."""
    stmt = select(Appointment).where(Appointment.starts_at >= start, Appointment.starts_at < end)
    if client_id is not None:
        stmt = stmt.where(Appointment.client_id == client_id)
    rows = list(session.scalars(stmt.order_by(Appointment.starts_at, Appointment.id).limit(limit)))
    return _views(session, rows)
