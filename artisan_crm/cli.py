"""`artisan-crm`: no sub-command starts the GUI; sub-commands do headless work.

Exit codes: 0 success; 1 unexpected error; 2 bad usage or invalid input;
10-15 the database could not be opened (see ``domain/errors.py``). Messages
for the user go to stderr, data to stdout. They are in French unless the settings
file says ``ui/language = en`` (see :func:`cli_language`): scripts and support rely
on the French output, and a bare server has no locale to follow.
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
from artisan_crm.i18n import translate


def _argparse_messages() -> dict[str, str]:
    """argparse's own (English) messages, in the language of the command line."""
    return {
        "usage: ": translate("Argparse", "usage: "),
        "positional arguments": translate("Argparse", "positional arguments"),
        "options": translate("Argparse", "options"),
        "show this help message and exit": translate("Argparse", "show this help message and exit"),
        "show program's version number and exit": translate(
            "Argparse", "show program's version number and exit"
        ),
        "invalid choice: %(value)r (choose from %(choices)s)": translate(
            "Argparse", "invalid choice: %(value)r (choose from %(choices)s)"
        ),
        "the following arguments are required: %s": translate(
            "Argparse", "the following arguments are required: %s"
        ),
        "unrecognized arguments: %s": translate("Argparse", "unrecognized arguments: %s"),
        "argument %(argument_name)s: %(message)s": translate(
            "Argparse", "argument %(argument_name)s: %(message)s"
        ),
        "expected one argument": translate("Argparse", "expected one argument"),
        "invalid %(type)s value: %(value)r": translate(
            "Argparse", "invalid %(type)s value: %(value)r"
        ),
    }


def _argparse_text(message: str) -> str:
    return _argparse_messages().get(message, message)


# argparse looks its messages up through the module-level gettext alias ``_``.
argparse._ = _argparse_text  # type: ignore[attr-defined]


class _FrenchParser(argparse.ArgumentParser):
    """Usage errors in the language of the command line (French by default)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(
            2,
            translate("Cli", "{prog}: error: {message}").format(prog=self.prog, message=message)
            + "\n",
        )


def cli_language() -> str:
    """``en`` when the settings file of the data folder says ``ui/language = en``, else ``fr``.

    Unlike the GUI, the command line does not follow the system locale: scripts and the
    tests read its French output, and a bare server has no locale. The settings file is
    only read when it exists: asking for the language creates nothing."""
    from artisan_crm import config

    try:
        path = config.data_dir() / config.SETTINGS_FILENAME
        if not path.is_file():
            return "fr"
        settings = config.Settings(path)
        if not settings.raw().contains(config.Options.LANGUAGE.key):
            return "fr"
        choice = str(settings.get(config.Options.LANGUAGE)).strip().lower()
    except Exception:  # an unreadable settings file must not stop the command line
        return "fr"
    return "en" if choice == "en" else "fr"


def _cmd_demo(args: argparse.Namespace) -> int:
    from artisan_crm.commands.common import open_from_args
    from artisan_crm.demo import generate_demo

    if args.clients < 1:
        print(translate("Cli", "The number of clients must be at least 1."), file=sys.stderr)
        return 2
    db = open_from_args(args)
    try:
        summary = generate_demo(db, clients=args.clients, seed=args.seed)
    finally:
        db.dispose()
    print(translate("Cli", "Demo data loaded into {database}:").format(database=db.describe()))
    for name, value in vars(summary).items():
        if isinstance(value, int):
            print(translate("Cli", "  {name}: {value}").format(name=name, value=value))
    return 0


def _cmd_db_upgrade(args: argparse.Namespace) -> int:
    from artisan_crm.commands.common import open_from_args

    db = open_from_args(args, upgrade=True)
    db.dispose()
    print(translate("Cli", "Database up to date: {database}").format(database=db.describe()))
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
        print(
            translate("Cli", "Problems found in {database}:").format(database=db.describe()),
            file=sys.stderr,
        )
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
        description=translate(
            "Cli", "Artisan CRM: follow-up of clients, quotes, jobs and reminders, offline."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"artisan-crm {__version__}",
        help=translate("Cli", "show the version and exit"),
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help=translate(
            "Cli", "start the interface, wait for the first view, then exit (tests, measurements)"
        ),
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help=translate(
            "Cli",
            "database to use (e.g. sqlite:///path.sqlite3 or postgresql+psycopg://...)",
        ),
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help=translate("Cli", "detailed log")
    )
    sub = parser.add_subparsers(
        dest="command", metavar=translate("Cli", "COMMAND"), parser_class=_FrenchParser
    )

    demo = sub.add_parser("demo", help=translate("Cli", "load realistic demo data"))
    demo.add_argument(
        "--clients", type=int, default=60, help=translate("Cli", "number of clients (60)")
    )
    demo.add_argument(
        "--seed", type=int, default=42, help=translate("Cli", "seed: same seed, same data")
    )
    demo.set_defaults(func=_cmd_demo)

    db = sub.add_parser("db", help=translate("Cli", "database maintenance"))
    db_sub = db.add_subparsers(
        dest="db_command", metavar=translate("Cli", "ACTION"), parser_class=_FrenchParser
    )
    db_sub.required = True
    db_sub.add_parser(
        "upgrade", help=translate("Cli", "upgrade the schema (backs up first)")
    ).set_defaults(func=_cmd_db_upgrade)
    db_sub.add_parser(
        "check", help=translate("Cli", "check the integrity (prints OK)")
    ).set_defaults(func=_cmd_db_check)
    db_sub.add_parser(
        "stats", help=translate("Cli", "number of items per type, as JSON")
    ).set_defaults(func=_cmd_db_stats)

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
    gui = _wants_gui(args_list)
    # The command line speaks the settings' language (French unless it says en), and so
    # do the services it calls. Starting the GUI, only the parser's own catalogue: the GUI
    # installs the full translations itself, and starting it must stay fast.
    from artisan_crm.ui.i18n import install_standalone

    install_standalone(cli_language(), ("commands",) if gui else None)
    parser = build_parser(with_features=not gui)
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
    try:
        return int(args.func(args))
    except UserFacingError as exc:
        print(translate("Cli", "artisan-crm: {message}").format(message=exc), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(translate("Cli", "Interrupted."), file=sys.stderr)
        return 130
    except BrokenPipeError:
        # Output piped into `head` and the like: not an error for the user.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
