"""Translatable text, without Qt: the domain writes English and asks here for the reader's language.

Every sentence the window shows is written as ``translate("context", "template").format(...)``
with named placeholders, so a translation can put the names where its grammar wants them.
Until a translator is installed (only the window installs one: ``gui.qt.translations``)
``translate`` returns the English text unchanged, so the CLI always speaks English.

Qt's ``pyside6-lupdate`` finds these calls by their spelling: the context and the text must be
string literals (adjacent literals are joined), never f-strings or variables. Text known only at
run time (from the data files) is translated in the ``data`` context; the build script
``build_scripts/build_translations.py`` lists it for the translator.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]

SOURCE_LANGUAGE = "en"
# The languages the window speaks, each named in itself (as View › Language lists them).
LANGUAGES = {"en": "English", "es": "Español"}

_translator: Translator | None = None


def translate(context: str, text: str) -> str:
    """``text`` in the installed language (``text`` itself when none is installed or it has no
    translation)."""
    return text if _translator is None else _translator(context, text)


def set_translator(translator: Translator | None) -> Translator | None:
    """Install ``translator`` (None: English, the source text); returns the one it replaces."""
    global _translator
    previous, _translator = _translator, translator
    return previous


def current_translator() -> Translator | None:
    return _translator


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks ``text`` for the translator without translating it: for tables of text defined at
    import time and translated when shown, with ``translate(context, text)``."""
    return text
