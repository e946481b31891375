"""`artisan-crm print client`: the printed client summary (fiche client) as PDF.

    artisan-crm print client NOM-OU-NUMÉRO FICHIER.pdf [--no-rating] [--no-amounts]
                             [--full-history] [--interactions N]
    artisan-crm print client --all-active DOSSIER [mêmes options]

The client is found like the client list's search (every word, accents and case
ignored, phone numbers in any format) or by its number; several matches are listed
and nothing is written. The ``print`` group is shared with ``commands/planning.py``
(``print day``): whichever module registers first creates it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from artisan_crm.commands.common import open_from_args
from artisan_crm.domain.errors import NotFoundError, UserFacingError
from artisan_crm.i18n import plural, translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from artisan_crm.domain.rating import RatingSettings
    from artisan_crm.reports.client_summary import SummaryOptions

#: matches listed in the "several clients" message
LISTED_MATCHES = 10


class AmbiguousClientError(UserFacingError):
    """Several clients match the name given on the command line."""

    exit_code = 2


def _pages(n: int) -> str:
    return plural(
        n, translate("SummaryCommand", "{n} page"), translate("SummaryCommand", "{n} pages")
    ).format(n=n)


def resolve_client(session: Session, text: str) -> int:
    """The id of the one client named by ``text`` (a number, or words of the search).

    A number is a client number when such a client exists (else it is searched, as a
    phone number would be). A search whose matches include exactly one client whose
    full name is the text wins over longer names ("Martin" -> "Martin", not
    "Martine Dupont"). Raises ``NotFoundError`` or ``AmbiguousClientError`` (translated).
    """
    from artisan_crm.domain.text import fold
    from artisan_crm.services.clients import search_clients
    from artisan_crm.storage import models

    text = text.strip()
    if not text:
        raise NotFoundError(
            translate("SummaryCommand", "Give the name or the number of the client.")
        )
    if text.isdigit() and session.get(models.Client, int(text)) is not None:
        return int(text)
    matches = search_clients(session, text, limit=LISTED_MATCHES + 1)
    if not matches:
        raise NotFoundError(
            translate("SummaryCommand", "No client matches “{text}”.").format(text=text)
        )
    if len(matches) == 1:
        return matches[0].id
    exact = [m for m in matches if fold(m.display_name) == fold(text)]
    if len(exact) == 1:
        return exact[0].id
    lines = [
        translate("SummaryCommand", "  no. {id}: {name}").format(id=m.id, name=m.display_name)
        + (f" – {m.city}" if m.city else "")
        + (translate("SummaryCommand", " (archived)") if m.archived else "")
        for m in matches[:LISTED_MATCHES]
    ]
    more = "\n  …" if len(matches) > LISTED_MATCHES else ""
    raise AmbiguousClientError(
        translate("SummaryCommand", "Several clients match “{text}”:").format(text=text)
        + "\n"
        + "\n".join(lines)
        + more
        + "\n"
        + translate("SummaryCommand", "Be more precise or give the number of the client.")
    )


def _options(args: argparse.Namespace) -> SummaryOptions:
    from artisan_crm.reports.client_summary import DEFAULT_INTERACTIONS, SummaryOptions

    return SummaryOptions(
        include_rating=not args.no_rating,
        include_amounts=not args.no_amounts,
        full_history=args.full_history,
        interactions=DEFAULT_INTERACTIONS if args.interactions is None else args.interactions,
    )


def _rating_settings() -> RatingSettings:
    from artisan_crm import config
    from artisan_crm.config import load_rating_settings

    home = config.ensure_data_dir()
    return load_rating_settings(config.Settings(home / config.SETTINGS_FILENAME))


def _cmd_print_client(args: argparse.Namespace) -> int:
    from artisan_crm.reports.client_summary import (
        write_active_summaries,
        write_client_summary_pdf,
    )

    if args.all_active is not None:
        if args.client is not None:
            print(
                translate(
                    "SummaryCommand",
                    "With --all-active, give neither a client nor a file: only the folder.",
                ),
                file=sys.stderr,
            )
            return 2
        if args.all_active.exists() and not args.all_active.is_dir():
            print(
                translate("SummaryCommand", "“{path}” is not a folder.").format(
                    path=args.all_active
                ),
                file=sys.stderr,
            )
            return 2
    elif args.client is None or args.file is None:
        print(
            translate(
                "SummaryCommand", "Give the client and the PDF file (or --all-active FOLDER)."
            ),
            file=sys.stderr,
        )
        return 2
    elif args.file.is_dir():
        print(
            translate("Commands", "“{path}” is a folder: give a PDF file name.").format(
                path=args.file
            ),
            file=sys.stderr,
        )
        return 2
    options = _options(args)
    settings = _rating_settings()
    db = open_from_args(args)
    try:
        if args.all_active is not None:
            written = write_active_summaries(db, args.all_active, options, rating_settings=settings)
            pages = sum(n for _, n in written)
            print(
                translate(
                    "SummaryCommand",
                    "{count} client summary(ies) written to {path} ({pages} in all).",
                ).format(count=len(written), path=args.all_active, pages=_pages(pages))
            )
            return 0
        client_id = db.run_read(resolve_client, args.client)
        pages = write_client_summary_pdf(
            db, client_id, args.file, options, rating_settings=settings
        )
    except OSError as exc:
        print(
            translate("SummaryCommand", "Cannot write the PDF: {error}.").format(
                error=exc.strerror or exc
            ),
            file=sys.stderr,
        )
        return 1
    finally:
        db.dispose()
    print(
        translate(
            "SummaryCommand", "Summary of client no. {id} written to {path} ({pages})."
        ).format(id=client_id, path=args.file, pages=_pages(pages))
    )
    return 0


# ---- Registration ---------------------------------------------------------------------------------


def _print_group(subparsers: Any) -> Any:
    """The ``print`` sub-command group, made here or by another module first."""
    existing = subparsers.choices.get("print")
    if existing is not None:
        for action in existing._actions:
            if isinstance(action, argparse._SubParsersAction):
                return action
    parser = subparsers.add_parser("print", help=translate("Commands", "print as PDF"))
    action = parser.add_subparsers(
        dest="print_command", metavar=translate("Commands", "ACTION"), parser_class=type(parser)
    )
    action.required = True
    return action


def _interactions(text: str) -> int:
    from artisan_crm.reports.client_summary import MAX_INTERACTIONS

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("SummaryCommand", "invalid number: “{text}”").format(text=text)
        ) from None
    if not 0 <= value <= MAX_INTERACTIONS:
        raise argparse.ArgumentTypeError(
            translate("SummaryCommand", "between 0 and {max}").format(max=MAX_INTERACTIONS)
        )
    return value


def register(subparsers: Any) -> None:
    # The report module (Jinja2, Babel, services) is only imported when a summary is
    # printed: every other command starts without it.
    printing = _print_group(subparsers)
    client = printing.add_parser(
        "client",
        help=translate(
            "SummaryCommand", "client summary as PDF (before a visit or a delicate exchange)"
        ),
        description=translate(
            "SummaryCommand",
            "Write the summary of a client as PDF: contact details, the relationship in brief, "
            "current quotes, jobs, invoices and reminders, latest exchanges, complaints, notes. "
            "With --all-active, one summary per non-archived client in a folder.",
        ),
    )
    client.add_argument(
        "client",
        nargs="?",
        metavar=translate("SummaryCommand", "NAME-OR-NUMBER"),
        help=translate("SummaryCommand", "name (as in the search) or number"),
    )
    client.add_argument(
        "file",
        nargs="?",
        type=Path,
        metavar=translate("Commands", "FILE"),
        help=translate("SummaryCommand", "PDF to write"),
    )
    client.add_argument(
        "--all-active",
        type=Path,
        metavar=translate("Commands", "FOLDER"),
        help=translate("SummaryCommand", "one PDF summary per non-archived client in this folder"),
    )
    client.add_argument(
        "--no-rating",
        action="store_true",
        help=translate(
            "SummaryCommand",
            "without the rating (category, reasons) or the tags: a summary to hand to the client",
        ),
    )
    client.add_argument(
        "--no-amounts",
        action="store_true",
        help=translate("SummaryCommand", "without any amount in euros"),
    )
    client.add_argument(
        "--full-history",
        action="store_true",
        help=translate(
            "SummaryCommand", "the whole history: every exchange and complaint, closed documents"
        ),
    )
    client.add_argument(
        "--interactions",
        type=_interactions,
        default=None,
        metavar="N",
        help=translate("SummaryCommand", "number of latest exchanges printed (15)"),
    )
    client.set_defaults(func=_cmd_print_client)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(translate("SummaryCommand", "Use “artisan-crm print client”."))
