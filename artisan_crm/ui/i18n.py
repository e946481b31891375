"""Choosing the interface language and loading the translations (ours and Qt's own).

Source strings are English; the French translation is complete. Until the user
picks a language (Outils ▸ Paramètres ▸ Langue) the interface follows the system
when it is French or English, and is French otherwise. ``system`` follows the
system locale (French if it is French, else English).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from artisan_crm import i18n as core_i18n
from artisan_crm.config import Options, Settings, resources_dir

log = logging.getLogger(__name__)

SUPPORTED = ("fr", "en")
# What the layers below ui/ translated with before each install_translators (restored by
# remove_translators).
_core_before: list[tuple[str, core_i18n.Translator | None]] = []
DEFAULT_LANGUAGE = "fr"


def translations_dir() -> str:
    return str(resources_dir() / "translations")


# The layers below ``ui/`` translate through ``artisan_crm.i18n.translate``: one catalogue
# per layer (``scheduling/`` shares ``storage``'s; ``commands`` holds the command line's,
# with ``cli.py``).
CORE_AREAS = ("domain", "storage", "services", "reports", "commands")


def translation_areas() -> list[str]:
    """Our translation catalogues: ``artisan_crm`` (the shell), one per feature package
    ``artisan_crm/ui/<area>/`` and one per layer below ``ui/`` (:data:`CORE_AREAS`);
    see ``resources/translations/update.sh``.

    Listed with ``pkgutil`` rather than the file system, so it also works inside a frozen
    bundle where the package folders do not exist on disk."""
    import pkgutil

    from artisan_crm import ui

    features = sorted(
        info.name
        for info in pkgutil.iter_modules(ui.__path__)
        if info.ispkg and info.name != "views"
    )
    return ["artisan_crm", *features, *CORE_AREAS]


def resolve_language(settings: Settings | None) -> str:
    """``fr`` or ``en``: the setting when the user chose one; otherwise (unset, ``system``)
    the system's language when it is French or English. Any other system language gives
    English when chosen as ``system``, and French when nothing was chosen (a workshop PC
    with a bare ``C`` locale, or in another language, still opens in French: the
    artisans this is made for read French)."""
    choice = ""
    if settings is not None and settings.raw().contains(Options.LANGUAGE.key):
        choice = settings.get(Options.LANGUAGE).strip().lower()
    if choice in SUPPORTED:
        return choice
    system = QLocale.system().language()
    if system == QLocale.Language.French:
        return "fr"
    if system == QLocale.Language.English:
        return "en"
    return "en" if choice == "system" else DEFAULT_LANGUAGE


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Set the default locale and install our and Qt's translators for ``language``.

    Returns the translators (keep them alive; pass them to :func:`remove_translators`).
    """
    locale = QLocale(QLocale.Language.French, QLocale.Country.France)
    if language != "fr":
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)
    installed: list[QTranslator] = []
    _core_before.append(core_i18n.current())
    if language == "en":
        core_i18n.install("en", None)
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
    core_i18n.install(language, _app_translate)
    return installed


def _app_translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def install_standalone(language: str, areas: Sequence[str] | None = None) -> None:
    """Translate the layers below ``ui/`` without a ``QCoreApplication`` (the command line,
    the tests): our catalogues for ``language`` (``areas``, default all) are loaded into
    free-standing translators."""
    if language != "fr":
        core_i18n.install("en", None)
        return
    translators: list[QTranslator] = []
    for area in translation_areas() if areas is None else areas:
        translator = QTranslator()
        if translator.load(f"{area}_fr", translations_dir()):
            translators.append(translator)
        else:
            log.warning("translation %s_fr not found in %s", area, translations_dir())

    def lookup(context: str, source: str) -> str:
        for translator in translators:
            text = translator.translate(context, source)
            if text:
                return text
        return source

    core_i18n.install("fr", lookup)


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()
    if _core_before:
        core_i18n.install(*_core_before.pop())
