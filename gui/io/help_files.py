"""The help texts shipped with the app (``gui.resources/help``), in the reader's language when
they have been written in it."""

from __future__ import annotations

from importlib import resources


def glossary_text(language: str) -> str:
    """The glossary in ``language`` when it has been written in it, else in English."""
    help_folder = resources.files("gui.resources").joinpath("help")
    translated = help_folder.joinpath(f"glossary.{language}.md")
    source = translated if language != "en" and translated.is_file() else help_folder.joinpath("glossary.md")
    return source.read_text("utf-8")
