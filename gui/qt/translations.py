"""The window's language: which one to use, and installing its translation.

The language is, in order: ``--lang xx`` on the command line, the choice saved from View ›
Language, the system's language when a translation exists for it, else English. Installing a
language loads ``gui.resources/translations/ec_whatif_xx.qm`` from bytes (so it works from a
wheel or a PyInstaller bundle), installs it in Qt, points the domain's ``translate`` at
``QCoreApplication.translate``, and adds Qt's own ``qtbase_xx.qm`` (standard buttons and
dialogs) when PySide6 ships it. English is the source text: nothing is loaded for it.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from gui.domain.i18n import LANGUAGES, SOURCE_LANGUAGE, set_translator
from gui.qt.settings import Preferences

__all__ = ["LANGUAGES", "SOURCE_LANGUAGE", "current_language", "install", "resolve_language", "uninstall"]

CATALOG = "translations/ec_whatif_{language}.qm"

_language = SOURCE_LANGUAGE
_installed: list[QTranslator] = []
_buffers: list[bytes] = []  # QTranslator reads .qm data in place: keep it alive while installed


class TranslationError(Exception):
    """A language without a translation file, or a file Qt cannot read."""


def current_language() -> str:
    return _language


def system_language() -> str | None:
    """The system's language when the app is translated into it (Spanish), else None."""
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES and name != SOURCE_LANGUAGE else None


def resolve_language(requested: str | None, preferences: Preferences | None = None) -> str:
    """``--lang`` first, then the saved choice, then the system's language, then English."""
    for candidate in (requested, preferences.language() if preferences else None, system_language()):
        if candidate in LANGUAGES:
            return candidate
    return SOURCE_LANGUAGE


def catalog_bytes(language: str) -> bytes:
    """The compiled translation (.qm) of ``language`` from the package resources."""
    path = resources.files("gui.resources").joinpath(CATALOG.format(language=language))
    try:
        return path.read_bytes()
    except OSError as error:
        raise TranslationError(f"no translation for {language!r}: {error}") from None


def _qt_translator(language: str) -> QTranslator | None:
    """Qt's own words (OK, Cancel, the file and colour dialogs) when PySide6 ships them."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not folder or not (Path(folder) / f"qtbase_{language}.qm").is_file():
        return None
    translator = QTranslator()
    return translator if translator.load(f"qtbase_{language}", folder) else None


def _qt_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def install(language: str) -> str:
    """Make ``language`` the language of every text the window shows from now on (windows
    already built keep theirs: the window is rebuilt to switch). Returns the language."""
    global _language
    if language not in LANGUAGES:
        raise TranslationError(f"unknown language {language!r}; choose one of {', '.join(LANGUAGES)}")
    translators: list[QTranslator] = []
    buffers: list[bytes] = []
    if language != SOURCE_LANGUAGE:
        data = catalog_bytes(language)
        own = QTranslator()
        if not own.load(data):
            raise TranslationError(f"the translation for {language!r} cannot be read")
        translators.append(own)
        buffers.append(data)
        qt = _qt_translator(language)
        if qt is not None:
            translators.append(qt)
    uninstall()
    for translator in translators:
        QCoreApplication.installTranslator(translator)
    _installed.extend(translators)
    _buffers.extend(buffers)
    set_translator(_qt_translate if translators else None)
    _language = language
    return language


def uninstall() -> None:
    """Back to English, the source text."""
    global _language
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    _buffers.clear()
    set_translator(None)
    _language = SOURCE_LANGUAGE
