"""``ec-whatif lessons``: the bundled classroom lessons."""

from __future__ import annotations

import argparse

from gui.cli.output import print_json
from gui.io.lessons import list_lessons


def register(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "List the bundled lessons (id, year, title). Open one with --lesson ID, or in the "
        "window; a teacher's own lesson is a scenario file with a title and a description."
    )
    parser.add_argument("--json", action="store_true", help="print JSON (with each lesson's text)")


def run(args: argparse.Namespace) -> int:
    lessons = list_lessons()
    if args.json:
        rows = [
            {
                "id": lesson.id,
                "year": lesson.year,
                "title": lesson.title,
                "start": lesson.start.value,
                "text": lesson.text,
            }
            for lesson in lessons
        ]
        print_json(rows)
    else:
        width = max((len(lesson.id) for lesson in lessons), default=0)
        for lesson in lessons:
            print(f"{lesson.id:<{width}}  {lesson.year}  {lesson.title}")
    return 0
