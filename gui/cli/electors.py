"""``ec-whatif electors``: every elector of an election or scenario (or one state), with number,
name where the record has it, pledge and votes; the names ``--vote TX:NAME`` accepts."""

from __future__ import annotations

import argparse

from gui.cli.common import add_scenario_options, load_edited
from gui.cli.errors import CliError
from gui.cli.output import print_json
from gui.domain.catalog import load_catalog
from gui.domain.identifiers import quoted
from gui.present.blocks import to_text
from gui.present.electors import electors_json, electors_report


def register(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "List the electors one by one: number (TX:30), name where the record has it, pledge and "
        "votes for both offices, after any changes. --vote TX:30=... or TX:Suprun=... then changes one."
    )
    add_scenario_options(parser)
    parser.add_argument("--state", metavar="ST", help="only this state's electors (a postal code, e.g. TX)")
    parser.add_argument("--json", action="store_true", help="print exactly one JSON object")


def run(args: argparse.Namespace) -> int:
    document = load_edited(args, load_catalog())
    scenario = document.scenario
    state = None
    if args.state is not None:
        state = args.state.strip().upper() if args.state.isascii() else args.state
        if not scenario.election.has_state(state):
            raise CliError(f"--state: unknown state {quoted(args.state)} in {scenario.election.year}")
    if args.json:
        print_json(electors_json(scenario, state))
    else:
        print(to_text(electors_report(scenario, state)))
    return 0
