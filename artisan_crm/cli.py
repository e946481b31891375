"""`artisan-crm`: no sub-command starts the GUI; sub-commands do headless work.

Exit codes: 0 success; 1 unexpected error; 2 bad usage or invalid input;
10-15 the database could not be opened (see ``domain/errors.py``). Messages
for the user are in French on stderr; data goes to stdout.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from artisan_crm import __version__
from artisan_crm.config import DATABASE_URL_ENV
from artisan_crm.domain.errors import UserFacingError

_ARGPARSE_FR = {
    "usage: ": "utilisation : ",
    "positional arguments": "arguments",
    "options": "options",
    "show this help message and exit": "affiche cette aide et quitte",
    "show program's version number and exit": "affiche la version et quitte",
    "invalid choice: %(value)r (choose from %(choices)s)": "choix invalide : %(value)r (possibles : %(choices)s)",
    "the following arguments are required: %s": "arguments obligatoires manquants : %s",
    "unrecognized arguments: %s": "arguments inconnus : %s",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "expected one argument": "une valeur est attendue",
    "invalid %(type)s value: %(value)r": "valeur invalide (%(type)s) : %(value)r",
}


def _french(message: str) -> str:
    return _ARGPARSE_FR.get(message, message)


# argparse looks its messages up through the module-level gettext alias ``_``.
argparse._ = _french  # type: ignore[attr-defined]


class _FrenchParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog} : erreur : {message}\n")


def _cmd_demo(args: argparse.Namespace) -> int:
    from artisan_crm.commands.common import open_from_args
    from artisan_crm.demo import generate_demo

    if args.clients < 1:
        print("Le nombre de clients doit être au moins 1.", file=sys.stderr)
        return 2
    db = open_from_args(args)
    try:
        summary = generate_demo(db, clients=args.clients, seed=args.seed)
    finally:
        db.dispose()
    print(f"Données de démonstration chargées dans {db.describe()} :")
    for name, value in vars(summary).items():
        if isinstance(value, int):
            print(f"  {name} : {value}")
    return 0


def _cmd_db_upgrade(args: argparse.Namespace) -> int:
    from artisan_crm.commands.common import open_from_args

    db = open_from_args(args, upgrade=True)
    db.dispose()
    print(f"Base à jour : {db.describe()}")
    return 0


def _cmd_db_check(args: argparse.Namespace) -> int:
    from artisan_crm.commands.common import open_from_args
    from artisan_crm.storage.database import check_integrity

    db = open_from_args(args, upgrade=False)
    try:
        problems = check_integrity(db)
    finally:
        db.dispose()
    if problems:
        print(f"Problèmes trouvés dans {db.describe()} :", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        return 12
    print("OK")
    return 0


def _cmd_db_stats(args: argparse.Namespace) -> int:
    from artisan_crm.commands.common import open_from_args, print_json
    from artisan_crm.services.stats import database_stats

    db = open_from_args(args)
    try:
        stats = db.run_read(database_stats)
    finally:
        db.dispose()
    print_json(stats)
    return 0


def build_parser(*, with_features: bool = True) -> argparse.ArgumentParser:
    parser = _FrenchParser(
        prog="artisan-crm",
        description="Artisan CRM : suivi des clients, devis, chantiers et relances, hors ligne.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"artisan-crm {__version__}",
        help="affiche la version et quitte",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="démarre l'interface, attend la première vue, puis quitte (tests, mesures)",
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help="base à utiliser (ex. sqlite:///chemin.sqlite3 ou postgresql+psycopg://...)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="journal détaillé")
    sub = parser.add_subparsers(dest="command", metavar="COMMANDE", parser_class=_FrenchParser)

    demo = sub.add_parser("demo", help="charge des données de démonstration réalistes")
    demo.add_argument("--clients", type=int, default=60, help="nombre de clients (60)")
    demo.add_argument("--seed", type=int, default=42, help="graine : même graine, mêmes données")
    demo.set_defaults(func=_cmd_demo)

    db = sub.add_parser("db", help="entretien de la base de données")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", parser_class=_FrenchParser)
    db_sub.required = True
    db_sub.add_parser("upgrade", help="met le schéma à jour (sauvegarde d'abord)").set_defaults(
        func=_cmd_db_upgrade
    )
    db_sub.add_parser("check", help="vérifie l'intégrité (affiche OK)").set_defaults(
        func=_cmd_db_check
    )
    db_sub.add_parser("stats", help="nombre d'éléments par type, en JSON").set_defaults(
        func=_cmd_db_stats
    )

    if with_features:
        for module in _command_modules():
            module.register(sub)
    return parser


def _wants_gui(args: list[str]) -> bool:
    """True when no sub-command is named (GUI start): the feature modules need not load."""
    skip_next = False
    for arg in args:
        if skip_next:
            skip_next = False
        elif arg == "--database":
            skip_next = True
        elif arg in ("-h", "--help") or not arg.startswith("-"):
            return False
    return True


def _command_modules() -> list:
    """Feature modules adding their own sub-commands.

    Every module of ``artisan_crm/commands`` that defines ``register(subparsers)`` is
    added automatically, in alphabetical order: there is no list to edit.
    """
    import importlib
    import pkgutil

    from artisan_crm import commands

    modules = []
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"artisan_crm.commands.{info.name}")
        if hasattr(module, "register"):
            modules.append(module)
    return modules


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    # Starting the GUI must stay fast: the sub-command modules are only loaded when needed.
    parser = build_parser(with_features=not _wants_gui(args_list))
    args = parser.parse_args(args_list)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if args.command is None:
        from artisan_crm.app import run_gui

        if args.database:
            os.environ[DATABASE_URL_ENV] = args.database
        return run_gui(args_list, smoke=args.smoke)
    # The command line speaks French, like its own messages: so do the services it calls.
    from artisan_crm.ui.i18n import install_standalone

    install_standalone("fr")
    try:
        return int(args.func(args))
    except UserFacingError as exc:
        print(f"artisan-crm : {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("Interrompu.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # Output piped into `head` and the like: not an error for the user.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
