"""``ec-whatif export``: a printable PDF handout, a PNG picture or a per-state CSV.

The PDF and the pictures are drawn by the window's own views (gui.widgets), offscreen."""

from __future__ import annotations

import argparse
from pathlib import Path

from gui.cli.common import add_scenario_options, load_edited, parse_size
from gui.cli.errors import CliError
from gui.domain.catalog import load_catalog
from gui.io.csv_file import write_csv
from gui.present.csv_table import csv_rows

PNG_KINDS = ("window", "map", "electors", "chart")
WINDOW_SIZE = (1400, 860)


def register(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Export an election, scenario or lesson (after any edits): --pdf writes a Letter "
        "handout (map, tallies, chart, lesson text, contingent election), --png a picture of the "
        "window, map, electors view or chart, --csv one row per state or district."
    )
    out = parser.add_mutually_exclusive_group(required=True)
    out.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="write a PDF handout")
    out.add_argument("--png", type=Path, metavar="OUT.png", help="write a PNG picture")
    out.add_argument("--csv", type=Path, metavar="OUT.csv", help="write the per-state tally as CSV")
    add_scenario_options(parser)
    parser.add_argument("--what", choices=PNG_KINDS, help="with --png: what to draw (default window)")
    parser.add_argument("--size", metavar="WxH", help="with --png: picture size in pixels")
    parser.add_argument(
        "--print-friendly",
        action="store_true",
        help="with --png --what map|electors: a hatch or marker per candidate, for black-and-white prints",
    )


def run(args: argparse.Namespace) -> int:
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
    size = parse_size(args.size) if args.size else None
    if args.lang is not None and args.csv is None:  # a handout or picture in that language
        from gui.widgets.handout import use_language

        use_language(args.lang)
    document = load_edited(args, load_catalog())
    try:
        if args.pdf is not None:
            from gui.widgets.handout import export_pdf

            pages = export_pdf(document, args.pdf)
            print(f"Saved {args.pdf} ({pages} page{'s' if pages != 1 else ''})")
        elif args.png is not None and what == "window":
            from gui.widgets.window_picture import render_window

            width, height = size or WINDOW_SIZE
            render_window(args.png, document, size=(width, height), lang=args.lang)
            print(f"Saved {args.png} ({width}x{height})")
        elif args.png is not None:
            from gui.widgets.pictures import export_png

            width, height = export_png(
                document, args.png, what=what, size=size, print_friendly=args.print_friendly
            )
            print(f"Saved {args.png} ({width}x{height})")
        else:
            header, rows = csv_rows(document.scenario)
            write_csv(args.csv, header, rows)
            print(f"Saved {args.csv} ({len(rows)} rows)")
    except OSError as error:
        raise CliError(str(error)) from None
    return 0
