"""`artisan-crm rating`: the client rating table (score, category, main reason) or JSON."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from artisan_crm import config
from artisan_crm.commands.common import open_from_args, print_json
from artisan_crm.domain.rating import (
    CATEGORY_LABELS,
    CATEGORY_ORDER,
    Category,
    RatingPeriod,
    format_duration,
    format_euros,
    format_rate,
)
from artisan_crm.domain.text import fold
from artisan_crm.i18n import QT_TRANSLATE_NOOP, translate

#: what --category accepts (folded) for each category: French and English names
_CATEGORY_NAMES: dict[str, Category] = {
    "pepite": Category.GEM,
    "gem": Category.GEM,
    "bon": Category.GOOD,
    "bon-client": Category.GOOD,
    "good": Category.GOOD,
    "a-surveiller": Category.WATCH,
    "surveiller": Category.WATCH,
    "watch": Category.WATCH,
    "vampire": Category.VAMPIRE,
    "pas-assez-de-donnees": Category.NOT_ENOUGH_DATA,
    "nouveau": Category.NOT_ENOUGH_DATA,
    "inconnu": Category.NOT_ENOUGH_DATA,
    "good-client": Category.GOOD,
    "not-enough-data": Category.NOT_ENOUGH_DATA,
}


def _categories(text: str) -> list[Category]:
    found = []
    for part in text.split(","):
        key = fold(part).replace(" ", "-")
        if not key:
            continue
        if key not in _CATEGORY_NAMES:
            raise argparse.ArgumentTypeError(
                translate(
                    "RatingCommand",
                    "unknown category “{name}” (pepite, bon-client, a-surveiller, vampire, "
                    "pas-assez-de-donnees)",
                ).format(name=part.strip())
            )
        found.append(_CATEGORY_NAMES[key])
    return found


def _period(text: str) -> RatingPeriod:
    try:
        return RatingPeriod.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            translate("RatingCommand", "invalid date “{text}” (YYYY-MM-DD)").format(text=text)
        ) from exc


def _rate(text: str) -> Decimal:
    try:
        value = Decimal(text.replace(",", ".").replace("€", "").strip())
    except InvalidOperation as exc:
        raise argparse.ArgumentTypeError(
            translate("RatingCommand", "invalid rate “{text}”").format(text=text)
        ) from exc
    if not value.is_finite() or value <= 0:
        raise argparse.ArgumentTypeError(
            translate("RatingCommand", "the hourly rate must be positive")
        )
    return value


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "rating",
        help=translate("RatingCommand", "client rating: score, category and reasons"),
        description=translate(
            "RatingCommand",
            "Rate every active client over the period (hourly margin, unbilled time, lost "
            "quotes, late payments, demands): Gem, Good client, Watch, Vampire or Not enough "
            "data.",
        ),
    )
    parser.add_argument(
        "--period",
        type=_period,
        default=None,
        metavar="24m|12m|year|all",
        help=translate(
            "RatingCommand",
            "period: last 24 or 12 months, this year, all (default: setting, 24m)",
        ),
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("RatingCommand", "JSON output (every figure)")
    )
    parser.add_argument(
        "--category",
        type=_categories,
        action="append",
        metavar=translate("RatingCommand", "CATEGORY"),
        help=translate(
            "RatingCommand",
            "show only these categories (repeatable or separated by commas): "
            "pepite, bon-client, a-surveiller, vampire, pas-assez-de-donnees",
        ),
    )
    parser.add_argument(
        "--target-rate",
        type=_rate,
        metavar="EUROS",
        help=translate("RatingCommand", "hourly margin target in €/h (default: setting, 45)"),
    )
    parser.add_argument(
        "--today",
        type=_day,
        metavar=translate("RatingCommand", "YYYY-MM-DD"),
        help=translate("RatingCommand", "reference date (default: today)"),
    )
    parser.set_defaults(func=_cmd_rating)


def _cmd_rating(args: argparse.Namespace) -> int:
    from artisan_crm.services.rating import rate_clients

    home = config.ensure_data_dir()
    settings = config.load_rating_settings(config.Settings(home / config.SETTINGS_FILENAME))
    if args.target_rate is not None:
        settings = settings.with_target(args.target_rate)
    db = open_from_args(args)
    try:
        table = db.run_read(rate_clients, args.period, settings, args.today)
    finally:
        db.dispose()
    if args.category:
        table = table.only(c for group in args.category for c in group)
    if args.json:
        print_json(table_as_json(table))
    else:
        sys.stdout.write(render_table(table))
    return 0


# ---- Output -----------------------------------------------------------------------------------

#: column titles (English sources, translated with ``translate("RatingCommand", title)``)
COLUMNS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("RatingCommand", "Client"), "<"),
    (QT_TRANSLATE_NOOP("RatingCommand", "Category"), "<"),
    (QT_TRANSLATE_NOOP("RatingCommand", "Score"), ">"),
    (QT_TRANSLATE_NOOP("RatingCommand", "Revenue excl. VAT"), ">"),
    (QT_TRANSLATE_NOOP("RatingCommand", "Material"), ">"),
    (QT_TRANSLATE_NOOP("RatingCommand", "Margin"), ">"),
    (QT_TRANSLATE_NOOP("RatingCommand", "Hours"), ">"),
    (QT_TRANSLATE_NOOP("RatingCommand", "Margin/h"), ">"),
    (QT_TRANSLATE_NOOP("RatingCommand", "Unbilled"), ">"),
    (QT_TRANSLATE_NOOP("RatingCommand", "Quotes acc./made"), ">"),
    (QT_TRANSLATE_NOOP("RatingCommand", "Lost h"), ">"),
    (QT_TRANSLATE_NOOP("RatingCommand", "Avg. delay"), ">"),
    (QT_TRANSLATE_NOOP("RatingCommand", "Reminders"), ">"),
    (QT_TRANSLATE_NOOP("RatingCommand", "Complaints"), ">"),
    (QT_TRANSLATE_NOOP("RatingCommand", "Discounts"), ">"),
    (QT_TRANSLATE_NOOP("RatingCommand", "Changes"), ">"),
    (QT_TRANSLATE_NOOP("RatingCommand", "Main reason"), "<"),
)
NAME_WIDTH = 30


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _cells(row: Any) -> list[str]:
    f = row.figures
    hourly = f.hourly_margin_cents
    late = f.late_days
    return [
        _short(row.name, NAME_WIDTH),
        row.category.label,
        "—" if row.score is None else str(row.score),
        format_euros(f.revenue_cents),
        format_euros(f.material_cost_cents),
        format_euros(f.margin_cents),
        format_duration(f.minutes) if f.minutes else "—",
        "—" if hourly is None else format_rate(hourly),
        translate("RatingCommand", "{percent}%").format(percent=round(100 * f.unbilled_share))
        if f.minutes
        else "—",
        f"{f.quotes_accepted}/{f.quotes_made}",
        format_duration(f.lost_quote_minutes) if f.lost_quote_minutes else "—",
        "—" if late is None else translate("RatingCommand", "{days} d").format(days=round(late)),
        str(f.overdue_reminders),
        str(f.complaints),
        str(f.discount_requests),
        str(f.change_requests),
        row.rating.main_reason,
    ]


def render_table(table: Any) -> str:
    """The aligned text table with a title line and the count per category."""
    span = (
        translate("RatingCommand", "from {start} to {end}").format(
            start=f"{table.start:%d/%m/%Y}", end=f"{table.end:%d/%m/%Y}"
        )
        if table.start
        else translate("RatingCommand", "until {end}").format(end=f"{table.end:%d/%m/%Y}")
    )
    lines = [
        translate("RatingCommand", "Client rating: {period} ({span}), target {target}").format(
            period=table.period.label,
            span=span,
            target=format_rate(table.settings.target_cents_per_hour),
        ),
        "",
    ]
    if not table.rows:
        lines.append(translate("RatingCommand", "No client to rate over this period."))
        return "\n".join(lines) + "\n"
    body = [_cells(row) for row in table.rows]
    headers = [translate("RatingCommand", title) for title, _ in COLUMNS]
    widths = [max(len(cells[i]) for cells in [headers, *body]) for i in range(len(COLUMNS))]

    def line(cells: list[str]) -> str:
        parts = [
            f"{cell:{align}{width}}"
            for cell, (_, align), width in zip(cells, COLUMNS, widths, strict=True)
        ]
        return "  ".join(parts).rstrip()

    lines.append(line(headers))
    lines.append("  ".join("-" * w for w in widths))
    lines.extend(line(cells) for cells in body)
    counts = table.counts()
    lines.append("")
    lines.append(
        " · ".join(
            translate("RatingCommand", "{category}: {count}").format(
                category=CATEGORY_LABELS[c], count=counts[c]
            )
            for c in CATEGORY_ORDER
            if counts[c]
        )
    )
    return "\n".join(lines) + "\n"


def _euros(cents: int | None) -> Decimal | None:
    return None if cents is None else Decimal(cents) / 100


def table_as_json(table: Any) -> dict[str, Any]:
    target = table.settings.target_cents_per_hour
    return {
        "period": table.period.code,
        "period_label": table.period.label,
        "start": table.start,
        "end": table.end,
        "target_hourly_rate": _euros(target),
        "counts": {c.value: n for c, n in table.counts().items()},
        "clients": [
            {
                "client_id": row.client_id,
                "name": row.name,
                "score": row.score,
                "category": row.category.value,
                "category_label": row.category.label,
                "reasons": [
                    {"text": r.text, "weight": r.weight, "fair": r.fair} for r in row.reasons
                ],
                "revenue_excl_vat": _euros(row.figures.revenue_cents),
                "revenue_source": row.figures.revenue_source.value,
                "material_cost": _euros(row.figures.material_cost_cents),
                "margin": _euros(row.figures.margin_cents),
                "minutes": row.figures.minutes,
                "unbilled_minutes": row.figures.unbilled_minutes,
                "hourly_margin": _euros(row.figures.hourly_margin_cents),
                "unbilled_share": round(row.figures.unbilled_share, 4),
                "quotes_made": row.figures.quotes_made,
                "quotes_accepted": row.figures.quotes_accepted,
                "quotes_refused": row.figures.quotes_refused,
                "quotes_expired": row.figures.quotes_expired,
                "lost_quote_minutes": row.figures.lost_quote_minutes,
                "invoices": row.figures.invoices,
                "average_days_late": None
                if row.figures.late_days is None
                else round(row.figures.late_days, 1),
                "overdue_reminders": row.figures.overdue_reminders,
                "complaints": row.figures.complaints,
                "discount_requests": row.figures.discount_requests,
                "change_requests": row.figures.change_requests,
                "feedbacks": row.figures.feedbacks,
                "improvements": row.figures.improvements,
                "profit_after_time": _euros(row.figures.profit_after_time_cents(target)),
            }
            for row in table.rows
        ],
    }
