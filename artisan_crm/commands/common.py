"""Helpers shared by the sub-commands: opening the database, printing JSON."""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal
from typing import Any

from artisan_crm import config
from artisan_crm.storage.database import Database, open_database


def open_from_args(args: argparse.Namespace, *, upgrade: bool = True) -> Database:
    """Open the database named by --database, the environment or the settings."""
    home = config.ensure_data_dir()
    url = getattr(args, "database", None) or config.resolve_database_url(
        config.Settings(home / config.SETTINGS_FILENAME), home
    )
    return open_database(url, backups_dir=config.backups_dir(home), upgrade=upgrade)


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=_default)
    sys.stdout.write("\n")


def command_group(subparsers: Any, name: str, help_text: str) -> Any:
    """The sub-parsers of the group ``name`` (``export``, ``print``...), created by the
    first module that needs it and shared with the others (``export clients`` and
    ``export calendar`` live in different modules)."""
    parser = subparsers.choices.get(name)
    if parser is None:
        parser = subparsers.add_parser(name, help=help_text)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    nested = parser.add_subparsers(
        dest=f"{name}_command", metavar="ACTION", parser_class=type(parser)
    )
    nested.required = True
    return nested
