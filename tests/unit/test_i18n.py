"""The layers below ui/ speak English by source and French through the catalogues."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from artisan_crm import i18n
from artisan_crm.domain.money import MoneyError, check_vat_rate, format_percent

ROOT = Path(__file__).resolve().parents[2] / "artisan_crm"
# Layers whose user-visible strings must go through i18n.translate (demo/ writes French
# sample data, not interface text; cli.py is checked with commands/).
TRANSLATED_LAYERS = ("domain", "storage", "scheduling", "services", "reports", "commands")
FRENCH_MARKS = set("éèêàâùûçôîïÉÈÀÇ«»")


def test_french_is_installed_for_the_test_session() -> None:
    assert i18n.language() == "fr"
    with pytest.raises(MoneyError, match="Taux de TVA 7 % non autorisé"):
        check_vat_rate(Decimal(7))


def test_english_shows_the_source_strings(english: None) -> None:
    with pytest.raises(MoneyError, match=r"VAT rate 7% is not allowed \(possible rates: "):
        check_vat_rate(Decimal(7))
    assert format_percent(Decimal("5.5")) == "5.5%"


def test_money_numbers_and_dates_follow_the_language(english: None) -> None:
    assert i18n.format_money(Decimal("1234.5")) == "€1,234.50"
    assert i18n.format_money(Decimal("-3")) == "-€3.00"
    assert i18n.format_int(1234567) == "1,234,567"
    assert i18n.format_date(date(2026, 11, 23), "long") == "Monday 23 November 2026"
    i18n.install("fr", None)
    assert i18n.format_money(Decimal("1234.5")) == "1\u00a0234,50\u00a0€"
    assert i18n.format_money(Decimal("1234.56"), whole_euros=True) == "1\u00a0235\u00a0€"
    assert i18n.format_date(date(2026, 11, 23), "long") == "lundi 23 novembre 2026"


def test_an_untranslated_string_falls_back_to_the_source() -> None:
    assert i18n.translate("Nowhere", "Never translated") == "Never translated"


def _french_literals(path: Path) -> Iterator[str]:
    """French literals not passed to translate(). A line marked ``# fr-only`` is allowed: text
    that must stay French whatever the interface language (French legal mentions on quotes
    and invoices, a file format's French column names)."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source)
    translated: set[int] = set()
    docstrings: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if name in {"translate", "QT_TRANSLATE_NOOP"}:
                translated.update(id(arg) for arg in node.args)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                docstrings.add(id(body[0].value))
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in translated
            and id(node) not in docstrings
            and FRENCH_MARKS & set(node.value)
            and not any(
                "# fr-only" in lines[n - 1]
                for n in range(node.lineno, (node.end_lineno or node.lineno) + 1)
            )
        ):
            yield f"{path.relative_to(ROOT.parent)}:{node.lineno}: {node.value[:60]!r}"


def test_no_french_string_outside_translate_below_the_ui() -> None:
    """A French literal below ui/ would stay French in the English interface."""
    found = [
        line
        for layer in TRANSLATED_LAYERS
        for path in sorted((ROOT / layer).rglob("*.py"))
        + ([ROOT / "cli.py"] if layer == "commands" else [])
        if "versions" not in path.parts
        for line in _french_literals(path)
    ]
    assert found == [], "\n".join(found)
