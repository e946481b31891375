"""Headless sub-commands of `artisan-crm`, one module per feature.

Each module exposes ``register(subparsers)`` that adds its parsers and sets
``func`` (``func(args) -> int``, the exit code) as a parser default. The
command opens the database with :func:`artisan_crm.commands.common.open_from_args`.
"""
