"""``ec-whatif tally``: the count of an election or scenario, after any edits."""

from __future__ import annotations

import argparse
from pathlib import Path

from gui.cli.common import add_scenario_options, load_edited
from gui.cli.output import print_json
from gui.domain.catalog import load_catalog
from gui.domain.tally import tally
from gui.io.scenario_file import write
from gui.present.blocks import to_text
from gui.present.forecast import forecast_blocks, forecast_json
from gui.present.outcome import tally_json, tally_report
from gui.present.popular_vote import popular_blocks, popular_json


def register(parser: argparse.ArgumentParser) -> None:
    parser.description = "Count the electoral votes, optionally after changes."
    add_scenario_options(parser)
    parser.add_argument("--save", type=Path, metavar="FILE", help="save the resulting scenario")
    parser.add_argument("--json", action="store_true", help="print exactly one JSON object")


def run(args: argparse.Namespace) -> int:
    document = load_edited(args, load_catalog())
    result = tally(document.scenario)
    if args.save:
        write(args.save, document)
    if args.json:
        payload = tally_json(document.scenario, result)
        payload["popular_vote"] = popular_json(document.scenario, result)
        payload["forecast"] = forecast_json(document.scenario, args.estimated)
        print_json(payload)
    else:
        blocks = [
            *tally_report(document.scenario, result),
            *forecast_blocks(document.scenario, args.estimated),
            *popular_blocks(document.scenario, result),
        ]
        print(to_text(blocks))
        if args.save:
            print(f"\nSaved {args.save}")
    return 0
