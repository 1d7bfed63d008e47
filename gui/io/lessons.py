"""Bundled classroom lessons: ordinary scenario files in ``gui.resources/lessons``.

A lesson is a scenario file (see scenario_file.py) whose ``title`` names it and whose
``description`` is Markdown with three short sections: **What happened.**, **Try this.** and
**Discuss.** Its id is the file name without ``.json``. Teachers' own lessons are just scenario
files with a title and a description, opened like any other file (docs/lessons.md).

A lesson's title and text in another language are in ``lessons/<language>/<id>.json``
(``{"title": ..., "description": ...}``, the same figures in the reader's words); where there is
none, the lesson reads in English.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable

from gui.domain.catalog import Catalog
from gui.domain.document import ScenarioDocument
from gui.domain.identifiers import InputError, quoted
from gui.domain.scenario import Start
from gui.io.scenario_file import MAX_TEXT, ScenarioFileError, parse

LESSONS_FOLDER = "lessons"
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass(frozen=True)
class Lesson:
    id: str
    title: str
    year: int
    text: str  # Markdown: What happened / Try this / Discuss
    start: Start


def _folder() -> Traversable:
    return resources.files("gui.resources").joinpath(LESSONS_FOLDER)


def _files() -> dict[str, Traversable]:
    folder = _folder()
    if not folder.is_dir():
        return {}
    found = {}
    for entry in folder.iterdir():
        ident = entry.name.removesuffix(".json")
        if entry.name.endswith(".json") and _ID.match(ident):
            found[ident] = entry
    return dict(sorted(found.items()))


def _translation(ident: str, language: str) -> tuple[str, str] | None:
    """The lesson's title and text in ``language``, if it has them."""
    if not _ID.match(language) or language == "en":
        return None
    entry = _folder().joinpath(language).joinpath(f"{ident}.json")
    if not entry.is_file():
        return None
    try:
        data = json.loads(entry.read_text(encoding="utf-8"))
        title, text = data["title"], data["description"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise InputError(f"lesson {ident!r} in {language!r} is damaged: {error}") from None
    if not all(isinstance(t, str) and 0 < len(t) <= MAX_TEXT for t in (title, text)):
        raise InputError(f"lesson {ident!r} in {language!r} is damaged: a title and a description are texts")
    return title, text


def _lesson(ident: str, entry: Traversable) -> Lesson:
    # Only the header fields: listing does not need the catalog; load_lesson validates fully.
    try:
        data = json.loads(entry.read_text(encoding="utf-8"))
        return Lesson(
            ident,
            str(data["title"]),
            int(data["election"]),
            str(data.get("description", "")),
            Start(data.get("start", Start.OFFICIAL.value)),
        )
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise InputError(f"lesson {ident!r} is damaged: {error}") from None


@cache
def list_lessons(language: str = "en") -> tuple[Lesson, ...]:
    """Every bundled lesson, the oldest election first (a class goes through history in
    order), in ``language`` where the lesson is translated."""
    lessons = []
    for ident, entry in _files().items():
        lesson = _lesson(ident, entry)
        translated = _translation(ident, language)
        if translated is not None:
            lesson = replace(lesson, title=translated[0], text=translated[1])
        lessons.append(lesson)
    return tuple(sorted(lessons, key=lambda lesson: (lesson.year, lesson.id)))


def lesson_ids() -> list[str]:
    return [lesson.id for lesson in list_lessons()]


def get_lesson(ident: str, language: str = "en") -> Lesson:
    """The lesson with this id, or InputError listing the ids there are."""
    for lesson in list_lessons(language):
        if lesson.id == ident:
            return lesson
    raise InputError(f"no lesson {quoted(ident)}; the lessons are: {', '.join(lesson_ids()) or 'none'}")


def load_lesson(ident: str, catalog: Catalog, language: str = "en") -> ScenarioDocument:
    """The lesson's scenario, read like any scenario file, with its title and text in
    ``language`` where it is translated."""
    lesson = get_lesson(ident, language)
    entry = _files()[ident]
    try:
        document = parse(entry.read_bytes(), catalog)
    except ScenarioFileError as error:
        raise ScenarioFileError(f"lesson {ident!r}: {error}") from None
    document.title, document.description = lesson.title, lesson.text
    return document
