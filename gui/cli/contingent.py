"""``ec-whatif contingent``: who the House and the Senate would choose when no one has a majority."""

from __future__ import annotations

import argparse

from gui.cli.common import add_scenario_options, load_edited, split_assignment, whole_number
from gui.cli.errors import CliError
from gui.cli.output import print_json
from gui.domain.catalog import load_catalog
from gui.domain.contingent import contingent_for
from gui.domain.identifiers import quoted
from gui.domain.tally import tally
from gui.present.blocks import to_text
from gui.present.contingent import command_line_report, contingent_json

MAX_SENATORS = 1000


def register(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Run the contingent election in Congress: the House chooses the President among the "
        "top three (one vote per state), the Senate the Vice President between the top two. Each "
        "delegation votes with its party majority in the Congress that would vote, unless set by hand."
    )
    add_scenario_options(parser)
    parser.add_argument(
        "--delegation",
        action="append",
        default=[],
        metavar="STATE=NAME|divided",
        help="STATE's House delegation votes for NAME, or casts no vote; repeatable",
    )
    parser.add_argument(
        "--senate",
        action="append",
        default=[],
        metavar="STATE=NAME|abstain",
        help="both senators of STATE vote for NAME, or abstain; repeatable",
    )
    parser.add_argument(
        "--senate-party",
        action="append",
        default=[],
        metavar="PARTY:NAME=N",
        help="N senators of PARTY vote for NAME (the rest of the party abstains); repeatable",
    )
    parser.add_argument(
        "--no-history",
        action="store_true",
        help="use party make-up even where the historical vote is recorded (1801, 1825, 1837)",
    )
    parser.add_argument("--json", action="store_true", help="print exactly one JSON object")


def _assignments(texts: list[str], option: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for text in texts:
        key, value = split_assignment(text, option)
        found[key.upper()] = value
    return found


def _party_votes(texts: list[str]) -> dict[str, dict[str, int]]:
    found: dict[str, dict[str, int]] = {}
    for text in texts:
        key, value = split_assignment(text, "--senate-party")
        party, sep, name = key.partition(":")
        if not sep or not party.strip() or not name.strip():
            raise CliError(f"--senate-party expects PARTY:NAME=N, got {quoted(text)}")
        found.setdefault(party.strip(), {})[name.strip()] = whole_number(
            value, "--senate-party", 0, MAX_SENATORS
        )
    return found


def run(args: argparse.Namespace) -> int:
    document = load_edited(args, load_catalog())
    scenario = document.scenario
    result = tally(scenario)
    contingent = contingent_for(
        scenario,
        result,
        _assignments(args.delegation, "--delegation"),
        _assignments(args.senate, "--senate"),
        party_votes=_party_votes(args.senate_party),
        use_history=not args.no_history,
    )
    if args.json:
        print_json(contingent_json(scenario, result, contingent))
        return 0
    lines = [to_text(command_line_report(scenario, result, contingent))]
    if args.delegation and not contingent.house.needed:
        lines.append("(--delegation has no effect: the House does not vote.)")
    if (args.senate or args.senate_party) and not contingent.senate.needed:
        lines.append("(--senate/--senate-party have no effect: the Senate does not vote.)")
    print("\n\n".join(lines))
    return 0
