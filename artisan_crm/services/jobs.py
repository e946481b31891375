"""Jobs (chantiers): from an accepted quote in one call, or created directly; listed by deadline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from artisan_crm.domain.enums import JobStatus, QuoteStatus
from artisan_crm.domain.errors import (
    BusinessRuleError,
    NotFoundError,
    ValidationError,
)
from artisan_crm.domain.money import ZERO, MoneyError, to_decimal
from artisan_crm.domain.quotes import (
    JOB_STATUS_LABELS,
    QUOTE_STATUS_LABELS,
    job_days_late,
    planned_minutes_from_lines,
)
from artisan_crm.i18n import plural, translate
from artisan_crm.services.common import ensure_version
from artisan_crm.services.quotes import client_display_name
from artisan_crm.storage.models import Client, ClientAddress, Job, Quote

UNFINISHED = (JobStatus.PLANNED, JobStatus.IN_PROGRESS)


@dataclass(frozen=True)
class JobDraft:
    client_id: int
    title: str = ""
    site_address_id: int | None = None
    planned_start: date | None = None
    deadline: date | None = None
    planned_hours: Decimal = ZERO
    material_cost: Decimal = ZERO
    notes: str = ""


@dataclass(frozen=True)
class JobView:
    id: int
    version: int
    client_id: int
    client_name: str
    quote_id: int | None
    quote_number: str | None
    title: str
    status: JobStatus
    site_address_id: int | None
    site_address: str
    planned_start: date | None
    deadline: date | None
    planned_minutes: int
    material_cost: Decimal
    completed_on: date | None
    notes: str

    @property
    def planned_hours(self) -> Decimal:
        return (Decimal(self.planned_minutes) / 60).quantize(Decimal("0.01"))

    @property
    def status_label(self) -> str:
        return JOB_STATUS_LABELS[self.status]


@dataclass(frozen=True)
class JobRow:
    id: int
    version: int
    client_id: int
    client_name: str
    quote_number: str | None
    title: str
    status: JobStatus
    planned_start: date | None
    deadline: date | None
    planned_minutes: int
    completed_on: date | None
    days_late: int

    @property
    def is_late(self) -> bool:
        return self.days_late > 0

    @property
    def status_label(self) -> str:
        return JOB_STATUS_LABELS[self.status]

    @property
    def late_text(self) -> str:
        """``"en retard de 3 jours"`` or empty."""
        if not self.days_late:
            return ""
        return plural(
            self.days_late,
            translate("Jobs", "{n} day late"),
            translate("Jobs", "{n} days late"),
        ).format(n=self.days_late)


def _minutes(hours: Decimal, errors: dict[str, str]) -> int:
    try:
        value = to_decimal(hours)
    except MoneyError as exc:
        errors["planned_hours"] = str(exc)
        return 0
    if value < ZERO:
        errors["planned_hours"] = translate("Jobs", "Planned hours cannot be negative.")
    return int((value * 60).to_integral_value())


def _check_dates(start: date | None, deadline: date | None, errors: dict[str, str]) -> None:
    if start and deadline and deadline < start:
        errors["deadline"] = translate(
            "Jobs", "The deadline cannot be before the planned start of the job."
        )


def _apply(session: Session, job: Job, draft: JobDraft) -> None:
    errors: dict[str, str] = {}
    if session.get(Client, draft.client_id) is None:
        errors["client_id"] = translate("Jobs", "Choose an existing client.")
    if draft.site_address_id is not None:
        site = session.get(ClientAddress, draft.site_address_id)
        if site is None or site.client_id != draft.client_id:
            errors["site_address_id"] = translate(
                "Jobs", "The site address does not belong to this client."
            )
    _check_dates(draft.planned_start, draft.deadline, errors)
    minutes = _minutes(draft.planned_hours, errors)
    try:
        cost = to_decimal(draft.material_cost)
        if cost < ZERO:
            errors["material_cost"] = translate("Jobs", "The material cost cannot be negative.")
    except MoneyError as exc:
        errors["material_cost"] = str(exc)
        cost = ZERO
    if len(draft.title.strip()) > 200:
        errors["title"] = translate("Jobs", "The title is too long (200 characters at most).")
    if errors:
        raise ValidationError(errors)
    job.client_id = draft.client_id
    job.title = draft.title.strip()
    job.site_address_id = draft.site_address_id
    job.planned_start = draft.planned_start
    job.deadline = draft.deadline
    job.planned_minutes = minutes
    job.material_cost = cost
    job.notes = draft.notes


def create_job(session: Session, draft: JobDraft) -> JobView:
    """A job without a quote (small repair, maintenance visit)."""
    job = Job(status=JobStatus.PLANNED)
    _apply(session, job, draft)
    session.add(job)
    session.flush()
    return _view(session, job)


def create_job_from_quote(
    session: Session,
    quote_id: int,
    *,
    planned_start: date | None = None,
    deadline: date | None = None,
    planned_hours: Decimal | None = None,
    site_address_id: int | None = None,
    title: str | None = None,
) -> JobView:
    """The job of an accepted quote: client, site, title, material cost and labour hours copied.

    ``planned_hours`` defaults to the quote's labour lines counted in hours.
    """
    quote = session.get(Quote, quote_id)
    if quote is None:
        raise NotFoundError(translate("Jobs", "Quote no. {id} does not exist.").format(id=quote_id))
    if quote.status != QuoteStatus.ACCEPTED:
        raise BusinessRuleError(
            translate(
                "Jobs", "Only an accepted quote becomes a job (this one is “{status}”)."
            ).format(status=QUOTE_STATUS_LABELS[QuoteStatus(quote.status)].lower())
        )
    if session.scalar(select(Job.id).where(Job.quote_id == quote_id)) is not None:
        raise BusinessRuleError(
            translate("Jobs", "Quote {number} already has its job.").format(number=quote.number)
        )
    if planned_hours is None:
        minutes = planned_minutes_from_lines(
            (str(line.kind), line.unit, line.quantity) for line in quote.lines
        )
        planned_hours = Decimal(minutes) / 60
    draft = JobDraft(
        client_id=quote.client_id,
        title=quote.title if title is None else title,
        site_address_id=quote.site_address_id if site_address_id is None else site_address_id,
        planned_start=planned_start,
        deadline=deadline,
        planned_hours=planned_hours,
        material_cost=quote.material_cost,
    )
    job = Job(status=JobStatus.PLANNED, quote_id=quote.id)
    _apply(session, job, draft)
    session.add(job)
    session.flush()
    return _view(session, job)


def update_job(session: Session, job_id: int, draft: JobDraft, *, version: int) -> JobView:
    job = _load(session, job_id, version)
    _apply(session, job, draft)
    session.flush()
    return _view(session, job)


def start_job(session: Session, job_id: int, *, version: int) -> JobView:
    job = _load(session, job_id, version)
    if job.status != JobStatus.PLANNED:
        raise BusinessRuleError(translate("Jobs", "Only a planned job can start."))
    job.status = JobStatus.IN_PROGRESS
    session.flush()
    return _view(session, job)


def complete_job(
    session: Session, job_id: int, *, version: int, completed_on: date | None = None
) -> JobView:
    """Mark the job done on ``completed_on`` (default today)."""
    job = _load(session, job_id, version)
    if job.status not in UNFINISHED:
        raise BusinessRuleError(translate("Jobs", "This job is already finished or cancelled."))
    completed_on = completed_on or date.today()
    if job.planned_start and completed_on < job.planned_start:
        raise ValidationError(
            {
                "completed_on": translate(
                    "Jobs", "The end date cannot be before the planned start of the job."
                )
            }
        )
    job.status = JobStatus.DONE
    job.completed_on = completed_on
    session.flush()
    return _view(session, job)


def cancel_job(session: Session, job_id: int, *, version: int) -> JobView:
    job = _load(session, job_id, version)
    if job.status not in UNFINISHED:
        raise BusinessRuleError(translate("Jobs", "This job is already finished or cancelled."))
    job.status = JobStatus.CANCELLED
    session.flush()
    return _view(session, job)


def get_job(session: Session, job_id: int) -> JobView:
    job = session.get(Job, job_id)
    if job is None:
        raise NotFoundError(_no_job(job_id))
    return _view(session, job)


def _load(session: Session, job_id: int, version: int) -> Job:
    job = session.scalar(select(Job).where(Job.id == job_id).with_for_update())
    if job is None:
        raise NotFoundError(_no_job(job_id))
    ensure_version(job, version, translate("Jobs", "This job"))
    return job


def _no_job(job_id: int) -> str:
    return translate("Jobs", "Job no. {id} does not exist.").format(id=job_id)


def _view(session: Session, job: Job) -> JobView:
    client = session.get(Client, job.client_id)
    site = session.get(ClientAddress, job.site_address_id) if job.site_address_id else None
    number = (
        session.scalar(select(Quote.number).where(Quote.id == job.quote_id))
        if job.quote_id
        else None
    )
    return JobView(
        id=job.id,
        version=job.version,
        client_id=job.client_id,
        client_name=client.display_name if client else "",
        quote_id=job.quote_id,
        quote_number=number,
        title=job.title,
        status=JobStatus(job.status),
        site_address_id=job.site_address_id,
        site_address=site.one_line() if site else "",
        planned_start=job.planned_start,
        deadline=job.deadline,
        planned_minutes=job.planned_minutes,
        material_cost=job.material_cost,
        completed_on=job.completed_on,
        notes=job.notes,
    )


def list_jobs(
    session: Session,
    *,
    status: JobStatus | None = None,
    include_finished: bool = False,
    client_id: int | None = None,
    late_only: bool = False,
    today: date | None = None,
    limit: int = 200,
    offset: int = 0,
) -> list[JobRow]:
    """Jobs by deadline (soonest first, no deadline last); late ones carry ``days_late``."""
    today = today or date.today()
    statement = (
        select(
            Job.id,
            Job.version,
            Job.client_id,
            Client.kind,
            Client.first_name,
            Client.last_name,
            Client.company_name,
            Quote.number,
            Job.title,
            Job.status,
            Job.planned_start,
            Job.deadline,
            Job.planned_minutes,
            Job.completed_on,
        )
        .join(Client, Client.id == Job.client_id)
        .outerjoin(Quote, Quote.id == Job.quote_id)
    )
    if status is not None:
        statement = statement.where(Job.status == JobStatus(status))
    elif not include_finished:
        statement = statement.where(Job.status.in_(UNFINISHED))
    if client_id is not None:
        statement = statement.where(Job.client_id == client_id)
    if late_only:
        statement = statement.where(Job.status.in_(UNFINISHED), Job.deadline < today)
    statement = statement.order_by(
        case((Job.deadline.is_(None), 1), else_=0), Job.deadline, Job.planned_start, Job.id
    )
    rows = []
    for r in session.execute(statement.limit(limit).offset(offset)):
        job_status = JobStatus(r.status)
        rows.append(
            JobRow(
                id=r.id,
                version=r.version,
                client_id=r.client_id,
                client_name=client_display_name(
                    r.kind, r.first_name, r.last_name, r.company_name, r.client_id
                ),
                quote_number=r.number,
                title=r.title,
                status=job_status,
                planned_start=r.planned_start,
                deadline=r.deadline,
                planned_minutes=r.planned_minutes,
                completed_on=r.completed_on,
                days_late=job_days_late(job_status, r.deadline, today),
            )
        )
    return rows
