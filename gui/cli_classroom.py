"""``ec-whatif lessons`` and ``ec-whatif export``: the bundled lessons, handouts and exports.

Wired into gui/cli.py by :func:`register` in ``build_parser`` and :func:`run_lessons` /
:func:`run_export` in its command table. gui.cli is imported inside the functions (so either
module can be imported first) and gui.export, which needs Qt, only when exporting.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gui.domain.lessons import list_lessons

if TYPE_CHECKING:
    from gui.domain.catalog import Catalog
    from gui.domain.scenario_file import ScenarioDocument

PNG_KINDS = ("window", "map", "electors", "chart")  # as gui.export.PNG_KINDS, without importing Qt


def register(subparsers: Any) -> None:
    """Add ``lessons`` and ``export`` to ``ec-whatif``'s sub-parsers."""
    lessons = subparsers.add_parser(
        "lessons",
        help="list the bundled classroom lessons",
        description="List the bundled lessons (id, year, title). Open one with --lesson ID, or in the "
        "window; a teacher's own lesson is a scenario file with a title and a description.",
    )
    lessons.add_argument("--json", action="store_true", help="print JSON (with each lesson's text)")

    export = subparsers.add_parser(
        "export",
        help="a printable PDF handout, a PNG picture or a per-state CSV",
        description="Export an election, scenario or lesson (after any edits): --pdf writes a Letter "
        "handout (map, tallies, chart, lesson text, contingent election), --png a picture of the "
        "window, map, electors view or chart, --csv one row per state or district.",
    )
    out = export.add_mutually_exclusive_group(required=True)
    out.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="write a PDF handout")
    out.add_argument("--png", type=Path, metavar="OUT.png", help="write a PNG picture")
    out.add_argument("--csv", type=Path, metavar="OUT.csv", help="write the per-state tally as CSV")
    from gui.cli import _add_scenario_options

    _add_scenario_options(export)
    export.add_argument("--what", choices=PNG_KINDS, help="with --png: what to draw (default window)")
    export.add_argument("--size", metavar="WxH", help="with --png: picture size in pixels")
    export.add_argument(
        "--print-friendly",
        action="store_true",
        help="with --png --what map|electors: a hatch or marker per candidate, for black-and-white prints",
    )


def run_lessons(args: argparse.Namespace, catalog: Catalog) -> int:
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
        print(json.dumps(rows, ensure_ascii=False))
    else:
        width = max((len(lesson.id) for lesson in lessons), default=0)
        for lesson in lessons:
            print(f"{lesson.id:<{width}}  {lesson.year}  {lesson.title}")
    return 0


def _load(args: argparse.Namespace, catalog: Catalog) -> ScenarioDocument:
    from gui.cli import apply_edits, load_start

    document = load_start(args, catalog)
    apply_edits(args, document.scenario)
    return document


def run_export(args: argparse.Namespace, catalog: Catalog) -> int:
    """The ``export`` command: returns the exit code (bad input raises CliError/InputError)."""
    from gui.cli import CliError, _parse_size

    if args.png is None:
        for option, value in (
            ("--what", args.what),
            ("--size", args.size),
            ("--print-friendly", args.print_friendly),
        ):
            if value:
                raise CliError(f"{option} applies to --png only")
    what = args.what or "window"
    if args.print_friendly and what not in ("map", "electors"):
        raise CliError("--print-friendly applies to --what map or electors")
    size = _parse_size(args.size) if args.size else None
    document = _load(args, catalog)

    from gui import export

    try:
        if args.pdf is not None:
            pages = export.export_pdf(document, args.pdf)
            print(f"Saved {args.pdf} ({pages} page{'s' if pages != 1 else ''})")
        elif args.png is not None:
            width, height = export.export_png(
                document, args.png, what=what, size=size, print_friendly=args.print_friendly
            )
            print(f"Saved {args.png} ({width}x{height})")
        else:
            rows = export.export_csv(document, args.csv)
            print(f"Saved {args.csv} ({rows} rows)")
    except OSError as error:
        raise CliError(str(error)) from None
    return 0
