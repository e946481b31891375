"""Shared pieces of the planning UI: French time wording, message boxes, styling.

Times are stored in UTC and shown in the user's zone (``RuleSettings.tz``,
Europe/Paris by default): "dans 2 h", "en retard de 3 jours", "mar. 10/03 à 9 h".
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTime

from artisan_crm.domain.enums import ReminderKind
from artisan_crm.domain.reminder_rules import RuleSettings, french_time, local_day
from artisan_crm.ui.common import alive, error_text, from_qdate, guarded, to_qdate  # noqa: F401 - re-exported
from artisan_crm.ui.dialogs import ask, error_label, set_error, tell  # noqa: F401 - re-exported

if TYPE_CHECKING:
    from artisan_crm.config import Settings
    from artisan_crm.services.reminders import ReminderView

log = logging.getLogger(__name__)

#: lupdate files the module-level ``tr("…")`` calls under the empty context
CONTEXT = ""
LATE_COLOUR = "#b3261e"
MUTED_COLOUR = "#5a6b78"
#: open-target kinds, in the order a reminder's links are tried
OPEN_KINDS = ("quote", "invoice", "job", "client")

#: Local touches for the planning widgets (the application sheet is not ours to edit).
STYLE = """
QLabel#sectionTitle { font-size: 12.5pt; font-weight: 600; color: #1f3b52; }
QLabel#sectionCount { color: #5a6b78; }
QFrame#itemCard { background: #f7f9fb; border: 1px solid #dde5ec; border-radius: 8px; }
QFrame#itemCard[late="true"] { border-left: 4px solid #b3261e; }
QLabel#itemTitle { font-size: 10.5pt; font-weight: 600; color: #1f3b52; }
QLabel#itemWhen { font-weight: 600; color: #1f5f8c; }
QLabel#itemWhen[late="true"] { color: #b3261e; }
QLabel#itemDetail { color: #3d4f5c; }
QLabel#itemPhone { font-weight: 600; color: #1f3b52; }
QLabel#emptySection { color: #5a6b78; font-style: italic; }
QLabel#fieldError { color: #b3261e; }
QFrame#agendaDay { background: #f7f9fb; border: 1px solid #dde5ec; border-radius: 8px; }
QFrame#agendaDay[today="true"] { background: #eaf2f9; border: 1px solid #7fa8c9; }
QLabel#agendaDayTitle { font-weight: 600; color: #1f3b52; }
QFrame#agendaItem { border: 1px solid #9fbad3; border-left: 4px solid #1f5f8c;
    border-radius: 5px; background: white; }
QFrame#agendaItem:hover { background: #e4eef7; }
QFrame#agendaItem:focus { border: 1px solid #1f5f8c; border-left: 4px solid #1f5f8c; }
QLabel#agendaDeadline { color: #7a4b00; }
QLabel#agendaReminders { color: #5a6b78; }
QFrame#countChip { background: #f3f6f9; border: 1px solid #dde5ec; border-radius: 6px; }
QLabel#countChipNumber { font-weight: 600; color: #1f5f8c; }
QLabel#countChipCaption { color: #3d4f5c; }
QFrame#undoBar { background: #fff4d6; border: 1px solid #e8c76a; border-radius: 6px; }
QFrame#toast { background: #1f3b52; border-radius: 10px; }
QFrame#toast QLabel { color: white; }
QFrame#toast QLabel#toastTitle { font-size: 11pt; font-weight: 600; }
QFrame#toast QPushButton { background: #2f5676; color: white; border: 1px solid #4d7394;
    border-radius: 5px; padding: 4px 10px; }
QFrame#toast QPushButton:hover { background: #3d6a8f; }
QFrame#toast QToolButton { color: white; border: none; }
"""


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# ---- Settings and time ----------------------------------------------------------------------


def rule_settings(settings: Settings | None) -> RuleSettings:
    """The reminder delays from the user settings (defaults when unreadable)."""
    if settings is None:
        return RuleSettings()
    from artisan_crm.config import reminder_rule_settings

    try:
        return reminder_rule_settings(settings)
    except Exception:  # a broken ini must not stop the planning screens
        log.exception("reminder settings unreadable: defaults used")
        return RuleSettings()


def utc_now() -> datetime:
    return datetime.now(UTC)


def zone_of(settings: RuleSettings) -> ZoneInfo:
    tz = settings.tz
    return tz if isinstance(tz, ZoneInfo) else ZoneInfo(str(tz))


def to_qtime(at: time) -> QTime:
    return QTime(at.hour, at.minute)


def from_qtime(at: QTime) -> time:
    return time(at.hour(), at.minute())


def duration_words(delta: timedelta) -> str:
    """``3 days`` (whole days), ``2 h 05``, ``25 min`` (to the nearest minute, at least 1)."""
    seconds = abs(delta.total_seconds())
    if seconds >= 86_400:
        days = int(seconds // 86_400)
        # French: 0 and 1 take the singular.
        return (tr("{n} day") if days < 2 else tr("{n} days")).format(n=days)
    total_minutes = max(round(seconds / 60), 1)
    if total_minutes >= 60:
        hours, minutes = divmod(total_minutes, 60)
        if minutes and hours < 3:
            return tr("{h} h {m:02d}").format(h=hours, m=minutes)
        return tr("{n} h").format(n=hours)
    return tr("{n} min").format(n=total_minutes)


def relative_due(due: datetime, now: datetime) -> str:
    """``in 2 h`` / ``late by 3 days`` / ``now`` (translated: "dans 2 h", "en retard de 3 jours")."""
    delta = due - now
    if abs(delta) < timedelta(minutes=1):
        return tr("now")
    if delta > timedelta(0):
        return tr("in {duration}").format(duration=duration_words(delta))
    return tr("late by {duration}").format(duration=duration_words(delta))


def day_label(day: date, today: date | None = None) -> str:
    """``today``, ``tomorrow``, ``yesterday`` or ``mar. 10/03`` (year added when not this one)."""
    if today is not None:
        offset = (day - today).days
        if offset == 0:
            return tr("today")
        if offset == 1:
            return tr("tomorrow")
        if offset == -1:
            return tr("yesterday")
    pattern = "ddd dd/MM" if today is None or day.year == today.year else "ddd dd/MM/yyyy"
    return QLocale().toString(to_qdate(day), pattern)


def moment_label(moment: datetime, settings: RuleSettings, now: datetime | None = None) -> str:
    """``today at 9 h``, ``mar. 10/03 at 14 h 30``."""
    zone = zone_of(settings)
    today = local_day(now, zone) if now is not None else None
    return tr("{day} at {time}").format(
        day=day_label(local_day(moment, zone), today), time=french_time(moment, zone)
    )


def long_day(day: date) -> str:
    """``Mardi 10 mars 2026``."""
    text = QLocale().toString(to_qdate(day), QLocale.FormatType.LongFormat)
    return text[:1].upper() + text[1:]


def kind_label(kind: ReminderKind | str) -> str:
    labels = {
        ReminderKind.QUOTE_FOLLOWUP: tr("Quote follow-up"),
        ReminderKind.JOB_DEADLINE: tr("Job deadline"),
        ReminderKind.JOB_LATE: tr("Job running late"),
        ReminderKind.INVOICE_OVERDUE: tr("Unpaid invoice"),
        ReminderKind.CHECK_IN: tr("Check in"),
        ReminderKind.MAINTENANCE: tr("Yearly maintenance"),
        ReminderKind.APPOINTMENT: tr("Appointment"),
        ReminderKind.MANUAL: tr("Personal reminder"),
    }
    try:
        return labels[ReminderKind(kind)]
    except ValueError:
        return str(kind)


def money(amount: Any) -> str:
    if amount is None:
        return ""
    return QLocale().toCurrencyString(float(amount), "€", 2)


def open_target(reminder: ReminderView) -> tuple[str, int] | None:
    """What "Open" shows for a reminder: its quote, invoice, job, else its client."""
    for kind in OPEN_KINDS:
        value = getattr(reminder, f"{kind}_id", None)
        if value is not None:
            return kind, int(value)
    return None


def emit_open(widget: QObject, kind: str, record_id: int) -> None:
    """Emit ``widget.sig_open_<kind>(record_id)``."""
    getattr(widget, f"sig_open_{kind}").emit(int(record_id))


def contact_line(name: str, phone: str, address: str = "") -> str:
    """``Durand · 06 12 34 56 78 · 2 quai Perrache, 69002 Lyon`` (empty parts left out)."""
    return " · ".join(p for p in (name, phone, address) if p)
