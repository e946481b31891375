"""The French translation is complete, built, current, and chosen by default."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator

from artisan_crm.config import Options, Settings
from artisan_crm.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
TS = TRANSLATIONS / "artisan_crm_fr.ts"
LUPDATE = ROOT / ".venv" / "bin" / "pyside6-lupdate"


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(ts)
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    ]


def _problems(ts: Path) -> list[str]:
    problems = []
    for context, source, message in _messages(ts):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if kind in {"unfinished", "missing", "obsolete", "vanished"} or not (
            translation is not None and (translation.text or "").strip()
        ):
            problems.append(f"{context}: {source!r} ({kind or 'empty'})")
    return problems


def _area_sources(area: str) -> list[str]:
    ui = ROOT / "artisan_crm" / "ui"
    package = ROOT / "artisan_crm"
    if area == "artisan_crm":
        files = [package / "app.py", *ui.glob("*.py"), *(ui / "views").rglob("*.py")]
    elif area in i18n.CORE_AREAS:
        dirs = [package / area] + ([package / "scheduling"] if area == "storage" else [])
        files = [p for d in dirs for p in d.rglob("*.py") if "versions" not in p.parts]
        if area == "commands":
            files.append(package / "cli.py")
    else:
        files = list((ui / area).rglob("*.py"))
    return sorted(str(p) for p in files)


AREAS = i18n.translation_areas()


def test_the_shell_catalogue_is_substantial() -> None:
    assert len(_messages(TS)) > 30


@pytest.mark.parametrize("area", AREAS)
def test_every_french_message_is_translated(area: str) -> None:
    ts = TRANSLATIONS / f"{area}_fr.ts"
    assert ts.exists(), f"run resources/translations/update.sh {area}"
    assert _problems(ts) == []


@pytest.mark.parametrize("area", AREAS)
def test_no_string_of_the_code_is_missing_from_the_ts(area: str, tmp_path: Path) -> None:
    """lupdate over the code adds nothing new: the .ts is up to date (else run update.sh)."""
    lupdate = LUPDATE if LUPDATE.exists() else shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate not installed")
    ts = TRANSLATIONS / f"{area}_fr.ts"
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    subprocess.run(
        [
            str(lupdate),
            "-no-obsolete",
            "-locations",
            "none",
            *_area_sources(area),
            "-ts",
            str(copy),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert _problems(copy) == []
    assert len(_messages(copy)) == len(_messages(ts))


@pytest.mark.parametrize("area", AREAS)
def test_the_qm_matches_the_ts(area: str) -> None:
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"{area}_fr.qm"))
    for context, source, message in _messages(TRANSLATIONS / f"{area}_fr.ts"):
        assert translator.translate(context, source) == message.findtext("translation"), source


def test_language_follows_the_system_until_chosen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(tmp_path / "settings.ini")

    def system(name: str) -> None:
        monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale(name)))

    system("fr_FR")
    assert i18n.resolve_language(settings) == "fr"
    system("en_GB")
    assert i18n.resolve_language(settings) == "en"
    assert i18n.resolve_language(None) == "en"
    system("C")  # a bare workshop PC: French, the artisans' language
    assert i18n.resolve_language(settings) == "fr"
    system("de_DE")
    assert i18n.resolve_language(settings) == "fr"
    settings.set(Options.LANGUAGE, "en")
    assert i18n.resolve_language(settings) == "en"
    settings.set(Options.LANGUAGE, "system")
    assert i18n.resolve_language(settings) == "en"  # German system: English interface
    system("fr_BE")
    assert i18n.resolve_language(settings) == "fr"
    settings.set(Options.LANGUAGE, "klingon")
    assert i18n.resolve_language(settings) == "fr"


def test_french_sets_the_locale_and_loads_qt_translations(qapp) -> None:
    previous = QLocale()
    translators = i18n.install_translators(qapp, "fr")
    try:
        assert len(translators) == 1 + len(AREAS)  # Qt's own qtbase_fr and ours
        assert QLocale().language() == QLocale.Language.French
        assert qapp.translate("QPlatformTheme", "Cancel") == "Annuler"
        assert QLocale().toString(1234) == "1\u202f234"
    finally:
        i18n.remove_translators(qapp, translators)
        QLocale.setDefault(previous)


def test_english_needs_no_translator(qapp) -> None:
    from artisan_crm import i18n as core

    previous = QLocale()
    translators = i18n.install_translators(qapp, "en")
    try:
        assert translators == []
        assert QLocale().language() == QLocale.Language.English
        assert core.language() == "en" and core.translate("Clients", "This client") == (
            "This client"
        )
    finally:
        i18n.remove_translators(qapp, translators)
        QLocale.setDefault(previous)
    # Removing them puts back what the layers below ui/ spoke before (French here).
    assert core.language() == "fr" and core.translate("Clients", "This client") == "Ce client"
