"""``ec-whatif screenshot``: the window rendered offscreen to a PNG (tally edit options apply)."""

from __future__ import annotations

import argparse
from pathlib import Path

from gui.cli.common import add_scenario_options, load_edited, parse_size
from gui.cli.errors import CliError
from gui.domain.catalog import load_catalog
from gui.domain.identifiers import quoted
from gui.present.window_tabs import ANALYSIS_PAGES, RESULT_TABS


def register(parser: argparse.ArgumentParser) -> None:
    parser.description = "Render the main window offscreen and save it as a PNG (tally edit options apply)."
    parser.add_argument("out", type=Path, metavar="OUT.png")
    add_scenario_options(parser)
    parser.add_argument("--size", default="1400x860", metavar="WxH", help="window size (default 1400x860)")
    parser.add_argument("--tab", choices=RESULT_TABS, default="president")
    parser.add_argument(
        "--expand", action="append", default=[], metavar="STATE", help="expand a state's electors"
    )
    parser.add_argument("--view", choices=["map", "electors"], help="show the map in this view")
    parser.add_argument(
        "--projector", action="store_true", help="projector mode: large type, no editing chrome"
    )
    parser.add_argument("--high-contrast", action="store_true", help="black on white with heavy outlines")
    parser.add_argument("--analysis", choices=ANALYSIS_PAGES, help="with --tab analyses")


def run(args: argparse.Namespace) -> int:
    size = parse_size(args.size)
    if args.lang is not None:  # the scenario's own words too (a lesson, the next election's nominees)
        from gui.widgets.handout import use_language

        use_language(args.lang)
    document = load_edited(args, load_catalog())
    for code in args.expand:
        if not document.scenario.election.has_state(code.upper()):
            raise CliError(f"--expand: unknown state {quoted(code)} in {document.scenario.election.year}")
    from gui.widgets.window_picture import render_window

    try:
        render_window(
            args.out,
            document,
            size=size,
            tab=args.tab,
            expand=[c.upper() for c in args.expand],
            view=args.view,
            analysis=args.analysis,
            projector=args.projector,
            high_contrast=args.high_contrast,
            lang=args.lang,
        )
    except OSError as error:
        raise CliError(str(error)) from None
    print(f"Saved {args.out}")
    return 0
