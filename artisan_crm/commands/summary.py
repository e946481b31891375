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
    return f"{n} page{'s' if n > 1 else ''}"


def resolve_client(session: Session, text: str) -> int:
    """The id of the one client named by ``text`` (a number, or words of the search).

    A number is a client number when such a client exists (else it is searched, as a
    phone number would be). A search whose matches include exactly one client whose
    full name is the text wins over longer names ("Martin" -> "Martin", not
    "Martine Dupont"). Raises ``NotFoundError`` or ``AmbiguousClientError`` (French).
    """
    from artisan_crm.domain.text import fold
    from artisan_crm.services.clients import search_clients
    from artisan_crm.storage import models

    text = text.strip()
    if not text:
        raise NotFoundError("Indiquez le nom ou le numéro du client.")
    if text.isdigit() and session.get(models.Client, int(text)) is not None:
        return int(text)
    matches = search_clients(session, text, limit=LISTED_MATCHES + 1)
    if not matches:
        raise NotFoundError(f"Aucun client ne correspond à « {text} ».")
    if len(matches) == 1:
        return matches[0].id
    exact = [m for m in matches if fold(m.display_name) == fold(text)]
    if len(exact) == 1:
        return exact[0].id
    lines = [
        f"  n° {m.id} : {m.display_name}"
        + (f" – {m.city}" if m.city else "")
        + (" (archivé)" if m.archived else "")
        for m in matches[:LISTED_MATCHES]
    ]
    more = "\n  …" if len(matches) > LISTED_MATCHES else ""
    raise AmbiguousClientError(
        f"Plusieurs clients correspondent à « {text} » :\n"
        + "\n".join(lines)
        + more
        + "\nPrécisez le nom ou donnez le numéro du client."
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
                "Avec --all-active, ne donnez ni client ni fichier : seulement le dossier.",
                file=sys.stderr,
            )
            return 2
        if args.all_active.exists() and not args.all_active.is_dir():
            print(f"« {args.all_active} » n'est pas un dossier.", file=sys.stderr)
            return 2
    elif args.client is None or args.file is None:
        print("Donnez le client et le fichier PDF (ou --all-active DOSSIER).", file=sys.stderr)
        return 2
    elif args.file.is_dir():
        print(f"« {args.file} » est un dossier : donnez un nom de fichier PDF.", file=sys.stderr)
        return 2
    options = _options(args)
    settings = _rating_settings()
    db = open_from_args(args)
    try:
        if args.all_active is not None:
            written = write_active_summaries(db, args.all_active, options, rating_settings=settings)
            pages = sum(n for _, n in written)
            print(
                f"{len(written)} fiche(s) client écrite(s) dans {args.all_active} "
                f"({_pages(pages)} en tout)."
            )
            return 0
        client_id = db.run_read(resolve_client, args.client)
        pages = write_client_summary_pdf(
            db, client_id, args.file, options, rating_settings=settings
        )
    except OSError as exc:
        print(f"Impossible d'écrire le PDF : {exc.strerror or exc}.", file=sys.stderr)
        return 1
    finally:
        db.dispose()
    print(f"Fiche du client n° {client_id} écrite dans {args.file} ({_pages(pages)}).")
    return 0


# ---- Registration ---------------------------------------------------------------------------------


def _print_group(subparsers: Any) -> Any:
    """The ``print`` sub-command group, made here or by another module first."""
    existing = subparsers.choices.get("print")
    if existing is not None:
        for action in existing._actions:
            if isinstance(action, argparse._SubParsersAction):
                return action
    parser = subparsers.add_parser("print", help="imprime en PDF")
    action = parser.add_subparsers(
        dest="print_command", metavar="ACTION", parser_class=type(parser)
    )
    action.required = True
    return action


def _interactions(text: str) -> int:
    from artisan_crm.reports.client_summary import MAX_INTERACTIONS

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"nombre invalide : « {text} »") from None
    if not 0 <= value <= MAX_INTERACTIONS:
        raise argparse.ArgumentTypeError(f"entre 0 et {MAX_INTERACTIONS}")
    return value


def register(subparsers: Any) -> None:
    # The report module (Jinja2, Babel, services) is only imported when a summary is
    # printed: every other command starts without it.
    printing = _print_group(subparsers)
    client = printing.add_parser(
        "client",
        help="fiche client en PDF (avant une visite ou un échange délicat)",
        description=(
            "Écrit la fiche d'un client en PDF : coordonnées, relation en bref, devis, "
            "chantiers, factures et rappels en cours, derniers échanges, réclamations, notes. "
            "Avec --all-active, une fiche par client non archivé dans un dossier."
        ),
    )
    client.add_argument(
        "client", nargs="?", metavar="NOM-OU-NUMÉRO", help="nom (comme la recherche) ou numéro"
    )
    client.add_argument("file", nargs="?", type=Path, metavar="FICHIER", help="PDF à écrire")
    client.add_argument(
        "--all-active",
        type=Path,
        metavar="DOSSIER",
        help="une fiche PDF par client non archivé dans ce dossier",
    )
    client.add_argument(
        "--no-rating",
        action="store_true",
        help="sans la notation (catégorie, raisons) ni les étiquettes : fiche à remettre au client",
    )
    client.add_argument("--no-amounts", action="store_true", help="sans aucun montant en euros")
    client.add_argument(
        "--full-history",
        action="store_true",
        help="tout l'historique : tous les échanges et réclamations, documents clos",
    )
    client.add_argument(
        "--interactions",
        type=_interactions,
        default=None,
        metavar="N",
        help="nombre de derniers échanges imprimés (15)",
    )
    client.set_defaults(func=_cmd_print_client)


if __name__ == "__main__":  # pragma: no cover
    sys.exit("Utilisez « artisan-crm print client ».")
