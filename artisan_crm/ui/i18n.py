"""Choosing the interface language and loading the translations (ours and Qt's own).

Source strings are English; the French translation is complete. On a fresh
machine the application opens in French whatever the system locale says: the
language setting counts as French until the user picks one. ``system`` follows
the system locale (French if it is French, else English).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from artisan_crm.config import Options, Settings, resources_dir

log = logging.getLogger(__name__)

SUPPORTED = ("fr", "en")
DEFAULT_LANGUAGE = "fr"


def translations_dir() -> str:
    return str(resources_dir() / "translations")


def translation_areas() -> list[str]:
    """Our translation catalogues: ``artisan_crm`` (the shell) and one per feature package
    ``artisan_crm/ui/<area>/`` (see ``resources/translations/update.sh``).

    Listed with ``pkgutil`` rather than the file system, so it also works inside a frozen
    bundle where the package folders do not exist on disk."""
    import pkgutil

    from artisan_crm import ui

    features = sorted(
        info.name
        for info in pkgutil.iter_modules(ui.__path__)
        if info.ispkg and info.name != "views"
    )
    return ["artisan_crm", *features]


def resolve_language(settings: Settings | None) -> str:
    """``fr`` or ``en`` from the setting (unset = French; ``system`` = the system locale)."""
    if settings is None or not settings.raw().contains(Options.LANGUAGE.key):
        return DEFAULT_LANGUAGE
    choice = settings.get(Options.LANGUAGE).strip().lower()
    if choice in SUPPORTED:
        return choice
    if choice == "system":
        system = QLocale.system().language()
        return "fr" if system == QLocale.Language.French else "en"
    return DEFAULT_LANGUAGE


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Set the default locale and install our and Qt's translators for ``language``.

    Returns the translators (keep them alive; pass them to :func:`remove_translators`).
    """
    locale = QLocale(QLocale.Language.French, QLocale.Country.France)
    if language != "fr":
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)
    installed: list[QTranslator] = []
    if language == "en":
        return installed  # the source strings are English
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    catalogues = [("qtbase", qt_dir)] + [(area, translations_dir()) for area in translation_areas()]
    for name, directory in catalogues:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", directory):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("translation %s_%s not found in %s", name, language, directory)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()
