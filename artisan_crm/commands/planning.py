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
        f"date invalide : « {text} » (attendu AAAA-MM-JJ ou JJ/MM/AAAA)"
    )


def parse_moment(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        try:
            return local_moment(parse_day(text), time(0, 0), _zone())
        except argparse.ArgumentTypeError:
            raise argparse.ArgumentTypeError(
                f"moment invalide : « {text} » (attendu par exemple 2026-11-23T09:00)"
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
        print("Aucun rappel dû." if args.due else "Aucun rappel en cours.")
        return 0
    zone = _zone()
    for r in rows:
        due = r.effective_due_at.astimezone(zone)
        state = " (reporté)" if r.state.value == "snoozed" else ""
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
        f"Rappels automatiques : {result.created} créé(s), {result.updated} mis à jour, "
        f"{result.dismissed} écarté(s) (raison disparue)."
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
    what = "Semaine" if args.week else "Feuille de route"
    print(f"{what} du {day:%d/%m/%Y} écrite dans {args.file} ({pages} page(s)).")
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
    print(f"{count} événement(s) exporté(s) dans {args.file}.")
    return 0


# ---- Registration ---------------------------------------------------------------------------------


def _add_at(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--at",
        type=parse_moment,
        metavar="ISO",
        help="fait comme s'il était ce moment (ex. 2026-11-23T09:00, heure de Paris)",
    )


def register(subparsers: Any) -> None:
    reminders = command_group(subparsers, "reminders", "rappels : relances, échéances, rendez-vous")
    listing = reminders.add_parser("list", help="liste les rappels en cours (ou dus avec --due)")
    listing.add_argument("--due", action="store_true", help="seulement les rappels dus")
    listing.add_argument("--json", action="store_true", help="sortie JSON")
    listing.add_argument("--limit", type=int, default=500, help="nombre maximum (500)")
    _add_at(listing)
    listing.set_defaults(func=_cmd_reminders_list)
    regen = reminders.add_parser(
        "regenerate", help="recalcule les rappels automatiques (idempotent)"
    )
    _add_at(regen)
    regen.set_defaults(func=_cmd_reminders_regenerate)

    printing = command_group(subparsers, "print", "imprime en PDF")
    day = printing.add_parser("day", help="feuille de route du jour (ou de la semaine) en PDF")
    day.add_argument("date", nargs="?", type=parse_day, metavar="DATE", help="jour (aujourd'hui)")
    day.add_argument("file", type=Path, metavar="FICHIER", help="fichier PDF à écrire")
    day.add_argument("--week", action="store_true", help="toute la semaine du jour donné")
    _add_at(day)
    day.set_defaults(func=_cmd_print_day)

    calendar = command_group(subparsers, "calendar", "agenda : export iCalendar (.ics)")
    export = calendar.add_parser("export", help="rendez-vous et échéances en fichier .ics")
    export.add_argument("file", type=Path, metavar="FICHIER", help="fichier .ics à écrire")
    export.add_argument("--from", dest="from_day", type=parse_day, metavar="DATE")
    export.add_argument("--to", dest="to_day", type=parse_day, metavar="DATE")
    _add_at(export)
    export.set_defaults(func=_cmd_calendar_export)
    # The spelling, beside "export clients": artisan-crm export calendar FILE.
    exports = command_group(subparsers, "export", "exporte des données")
    ics = exports.add_parser("calendar", help="rendez-vous et échéances en fichier .ics")
    ics.add_argument("file", type=Path, metavar="FICHIER", help="fichier .ics à écrire")
    ics.add_argument("--from", dest="from_day", type=parse_day, metavar="DATE")
    ics.add_argument("--to", dest="to_day", type=parse_day, metavar="DATE")
    _add_at(ics)
    ics.set_defaults(func=_cmd_calendar_export)


if __name__ == "__main__":  # pragma: no cover
    sys.exit("Utilisez « artisan-crm reminders|print|calendar ».")
