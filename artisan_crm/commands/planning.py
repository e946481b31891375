"""Planning sub-commands: ``reminders list|regenerate``, ``print day``, ``calendar export``.

Dates on the command line are ISO (``2026-11-23``) or French (``23/11/2026``);
moments (``--at``) are ISO, read in Europe/Paris when they carry no offset.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from artisan_crm.commands.common import command_group, open_from_args, print_json
from artisan_crm.domain.reminder_rules import PARIS, RuleSettings, local_day, local_moment
from artisan_crm.i18n import translate


def _zone() -> ZoneInfo:
    return ZoneInfo(PARIS)


def parse_day(text: str) -> date:
    text = text.strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    raise argparse.ArgumentTypeError(
        translate(
            "PlanningCommands", "invalid date: “{text}” (expected YYYY-MM-DD or DD/MM/YYYY)"
        ).format(text=text)
    )


def parse_moment(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        try:
            return local_moment(parse_day(text), time(0, 0), _zone())
        except argparse.ArgumentTypeError:
            raise argparse.ArgumentTypeError(
                translate(
                    "PlanningCommands", "invalid moment: “{text}” (expected e.g. 2026-11-23T09:00)"
                ).format(text=text)
            ) from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=_zone())
    return value.astimezone(UTC)


def _now(args: argparse.Namespace) -> datetime:
    return getattr(args, "at", None) or datetime.now(UTC)


def _settings() -> RuleSettings:
    try:
        from artisan_crm import config
        from artisan_crm.config import reminder_rule_settings

        home = config.ensure_data_dir()
        return reminder_rule_settings(config.Settings(home / config.SETTINGS_FILENAME))
    except Exception:
        return RuleSettings()


# ---- reminders -------------------------------------------------------------------------------


def _cmd_reminders_list(args: argparse.Namespace) -> int:
    from artisan_crm.services.reminders import ReminderFilters, list_due, list_reminders

    now = _now(args)
    db = open_from_args(args)
    try:
        with db.read() as session:
            if args.due:
                rows = list_due(session, now)
            else:
                rows = list_reminders(session, ReminderFilters(limit=args.limit)).rows
    finally:
        db.dispose()
    if args.json:
        print_json(
            [
                {
                    "id": r.id,
                    "kind": r.kind.value,
                    "state": r.state.value,
                    "due_at": r.effective_due_at,
                    "title": r.title,
                    "rule_key": r.rule_key,
                    "client_id": r.client_id,
                    "client": r.client_name,
                    "phone": r.client_phone,
                }
                for r in rows
            ]
        )
        return 0
    if not rows:
        print(
            translate("PlanningCommands", "No reminder due.")
            if args.due
            else translate("PlanningCommands", "No current reminder.")
        )
        return 0
    zone = _zone()
    for r in rows:
        due = r.effective_due_at.astimezone(zone)
        state = translate("PlanningCommands", " (snoozed)") if r.state.value == "snoozed" else ""
        phone = f" – {r.client_phone}" if r.client_phone else ""
        print(f"{due:%d/%m/%Y %H:%M}  {r.title}{phone}{state}")
    return 0


def _cmd_reminders_regenerate(args: argparse.Namespace) -> int:
    from artisan_crm.services.reminders import regenerate_rule_reminders

    db = open_from_args(args)
    try:
        result, _ = db.run_write(regenerate_rule_reminders, _now(args), _settings())
    finally:
        db.dispose()
    print(
        translate(
            "PlanningCommands",
            "Automatic reminders: {created} created, {updated} updated, "
            "{dismissed} dismissed (reason gone).",
        ).format(created=result.created, updated=result.updated, dismissed=result.dismissed)
    )
    return 0


# ---- print day ---------------------------------------------------------------------------------


def _cmd_print_day(args: argparse.Namespace) -> int:
    from artisan_crm.reports.day_sheet import write_day_sheet_pdf

    now = _now(args)
    day = args.date or local_day(now, _zone())
    db = open_from_args(args)
    try:
        pages = write_day_sheet_pdf(
            db, day, args.file, now=now, week=args.week, settings=_settings()
        )
    finally:
        db.dispose()
    if args.week:
        message = translate(
            "PlanningCommands", "Week of {day} written to {file} ({pages} page(s))."
        )
    else:
        message = translate(
            "PlanningCommands", "Day sheet of {day} written to {file} ({pages} page(s))."
        )
    print(message.format(day=f"{day:%d/%m/%Y}", file=args.file, pages=pages))
    return 0


# ---- calendar export ----------------------------------------------------------------------------


def _cmd_calendar_export(args: argparse.Namespace) -> int:
    from artisan_crm.services.calendar_export import export_calendar

    start = local_moment(args.from_day, time(0, 0), _zone()) if args.from_day else None
    end = local_moment(args.to_day, time(23, 59, 59), _zone()) if args.to_day else None
    db = open_from_args(args)
    try:
        with db.read() as session:
            count = export_calendar(session, args.file, now=_now(args), start=start, end=end)
    finally:
        db.dispose()
    print(
        translate("PlanningCommands", "{count} event(s) exported to {file}.").format(
            count=count, file=args.file
        )
    )
    return 0


# ---- Registration ---------------------------------------------------------------------------------


def _add_at(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--at",
        type=parse_moment,
        metavar="ISO",
        help=translate(
            "PlanningCommands", "act as if it were this moment (e.g. 2026-11-23T09:00, Paris time)"
        ),
    )


def register(subparsers: Any) -> None:
    reminders = command_group(
        subparsers,
        "reminders",
        translate("PlanningCommands", "reminders: follow-ups, due dates, appointments"),
    )
    listing = reminders.add_parser(
        "list",
        help=translate(
            "PlanningCommands", "list the current reminders (or the due ones with --due)"
        ),
    )
    listing.add_argument(
        "--due", action="store_true", help=translate("PlanningCommands", "only the due reminders")
    )
    listing.add_argument("--json", action="store_true", help=translate("Commands", "JSON output"))
    listing.add_argument(
        "--limit", type=int, default=500, help=translate("PlanningCommands", "maximum number (500)")
    )
    _add_at(listing)
    listing.set_defaults(func=_cmd_reminders_list)
    regen = reminders.add_parser(
        "regenerate",
        help=translate("PlanningCommands", "recompute the automatic reminders (idempotent)"),
    )
    _add_at(regen)
    regen.set_defaults(func=_cmd_reminders_regenerate)

    printing = command_group(subparsers, "print", translate("Commands", "print as PDF"))
    day = printing.add_parser(
        "day", help=translate("PlanningCommands", "day sheet (or week sheet) as PDF")
    )
    day.add_argument(
        "date",
        nargs="?",
        type=parse_day,
        metavar=translate("PlanningCommands", "DATE"),
        help=translate("PlanningCommands", "day (today)"),
    )
    day.add_argument(
        "file",
        type=Path,
        metavar=translate("Commands", "FILE"),
        help=translate("Commands", "PDF file to write"),
    )
    day.add_argument(
        "--week",
        action="store_true",
        help=translate("PlanningCommands", "the whole week of the given day"),
    )
    _add_at(day)
    day.set_defaults(func=_cmd_print_day)

    calendar = command_group(
        subparsers, "calendar", translate("PlanningCommands", "calendar: iCalendar export (.ics)")
    )
    export = calendar.add_parser(
        "export", help=translate("PlanningCommands", "appointments and due dates as an .ics file")
    )
    _calendar_export_arguments(export)
    # The spelling, beside "export clients": artisan-crm export calendar FILE.
    exports = command_group(subparsers, "export", translate("PlanningCommands", "export data"))
    ics = exports.add_parser(
        "calendar", help=translate("PlanningCommands", "appointments and due dates as an .ics file")
    )
    _calendar_export_arguments(ics)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(translate("PlanningCommands", "Use “artisan-crm reminders|print|calendar”."))


def _calendar_export_arguments(parser: argparse.ArgumentParser) -> None:
    """``FILE [--from DATE] [--to DATE]``: ``calendar export`` and ``export calendar``."""
    parser.add_argument(
        "file",
        type=Path,
        metavar=translate("Commands", "FILE"),
        help=translate("PlanningCommands", ".ics file to write"),
    )
    date = translate("PlanningCommands", "DATE")
    parser.add_argument("--from", dest="from_day", type=parse_day, metavar=date)
    parser.add_argument("--to", dest="to_day", type=parse_day, metavar=date)
    _add_at(parser)
    parser.set_defaults(func=_cmd_calendar_export)
