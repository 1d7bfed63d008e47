"""``ec-whatif count``: the count in Congress — the joint session, objections and their rulings."""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path

from gui.cli.common import add_scenario_options, load_edited, split_assignment, whole_number
from gui.cli.errors import CliError
from gui.domain.catalog import load_catalog
from gui.domain.commands import SetCount
from gui.domain.count_session import (
    new_objection,
    party_line,
    recorded_objections,
    replace_objection,
    with_decision,
)
from gui.domain.joint_session.record import recorded_sessions
from gui.domain.joint_session.rules import (
    RECORD_ONLY,
    Ground,
    Objection,
    Signers,
    era_of,
    needed_for,
    out_of_order,
)
from gui.domain.scenario import Scenario
from gui.domain.tally import tally
from gui.io.scenario_file import write
from gui.present.blocks import to_text
from gui.present.count import count_json, count_report, refusal_text


def register(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "The count in Congress: the certificates opened in the joint session, objections (who "
        "signed them, on what ground), each House's vote and the decision, under the rule of the "
        "election's era; then the tally."
    )
    add_scenario_options(parser)
    parser.add_argument(
        "--recorded",
        action="store_true",
        help="replay the joint session as recorded (its objections and votes)",
    )
    parser.add_argument(
        "--object",
        action="append",
        default=[],
        metavar="ST=certificate|vote",
        help="object to a state's certificate (its electors not lawfully certified) or its votes "
        "(not regularly given); each House votes by party unless --sustain or --reject; repeatable",
    )
    parser.add_argument(
        "--signers",
        action="append",
        default=[],
        metavar="ST=SENATORS,REPRESENTATIVES",
        help="who signed the objection to ST (default: the fewest the era's rule allows); repeatable",
    )
    parser.add_argument(
        "--sustain", action="append", default=[], metavar="ST", help="both Houses sustain the objection to ST"
    )
    parser.add_argument(
        "--reject", action="append", default=[], metavar="ST", help="both Houses reject the objection to ST"
    )
    parser.add_argument("--save", type=Path, metavar="FILE", help="save the resulting scenario")
    parser.add_argument("--json", action="store_true", help="print exactly one JSON object")


def _state(scenario: Scenario, text: str, option: str) -> str:
    code = text.strip().upper() if text.isascii() else text
    election = scenario.election
    if not election.has_state(code) or not election.state(code).electors:
        raise CliError(f"{option}: {text.strip()!r} is not a state with electors in {election.year}")
    return code


def _signers(scenario: Scenario, text: str) -> tuple[str, Signers]:
    key, value = split_assignment(text, "--signers")
    state = _state(scenario, key, "--signers")
    senators, sep, representatives = value.partition(",")
    if not sep:
        raise CliError(f"--signers expects ST=SENATORS,REPRESENTATIVES, got {text!r}")
    needed = needed_for(scenario.election.year)
    return state, Signers(
        whole_number(senators, "--signers (senators)", 0, needed.senate_members),
        whole_number(representatives, "--signers (representatives)", 0, needed.house_members),
    )


def _fewest(scenario: Scenario) -> Signers:
    needed = needed_for(scenario.election.year)
    return Signers(max(needed.senators, 1), max(needed.representatives, 1))


def _refuse(scenario: Scenario, state: str, why: object) -> CliError:
    name = scenario.election.state(state).name
    return CliError(refusal_text(name, why, needed_for(scenario.election.year)))  # type: ignore[arg-type]


def apply_count_options(args: argparse.Namespace, scenario: Scenario) -> None:
    year = scenario.election.year
    original = objections = scenario.count
    if args.recorded:
        if year not in recorded_sessions():
            listed = ", ".join(map(str, sorted(recorded_sessions())))
            raise CliError(f"--recorded: no recorded joint session for {year} (recorded: {listed})")
        objections = recorded_objections(year)
    signers = dict(_signers(scenario, text) for text in args.signers)
    for text in args.object:
        key, value = split_assignment(text, "--object")
        state = _state(scenario, key, "--object")
        try:
            ground = Ground(value.strip().lower())
        except ValueError:
            raise CliError(f"--object expects ST=certificate or ST=vote, got {text!r}") from None
        scenario.set_count(objections)  # earlier objections count for "already objected to"
        made = new_objection(scenario, state, ground, signers.pop(state, _fewest(scenario)))
        if not isinstance(made, Objection):
            raise _refuse(scenario, state, made)
        objections = replace_objection(objections, made)
    era, needed = era_of(year), needed_for(year)
    for state, signed in signers.items():  # new signers of an objection already raised
        current = next((o for o in objections if o.state == state), None)
        if current is None:
            raise CliError(f"--signers {state}: no objection to {state}; raise one with --object {state}=...")
        why = out_of_order(era, signed, needed)
        if why is not None:
            raise _refuse(scenario, state, why)
        edited = replace(current, signers=signed, recorded=None, note="", source="")
        if edited.senate is None or edited.house is None:
            scenario.set_count(objections)
            senate, house = party_line(scenario, state)
            edited = replace(edited, senate=edited.senate or senate, house=edited.house or house)
        objections = replace_objection(objections, edited)
    for option, sustains in (("--sustain", True), ("--reject", False)):
        for text in getattr(args, option[2:]):
            state = _state(scenario, text, option)
            current = next((o for o in objections if o.state == state), None)
            if current is None:
                raise CliError(
                    f"{option} {state}: no objection to {state}; raise one with --object {state}=..."
                )
            if current.recorded in RECORD_ONLY:
                raise CliError(
                    f"{option} {state}: the record's ruling ({current.recorded}) was not put to a vote"
                )
            why = out_of_order(era, current.signers, needed)
            if why is not None:
                raise _refuse(scenario, state, why)
            objections = replace_objection(objections, with_decision(current, sustains))
    scenario.set_count(original)
    if objections != original:
        scenario.execute(SetCount(objections))


def run(args: argparse.Namespace) -> int:
    document = load_edited(args, load_catalog())
    scenario = document.scenario
    apply_count_options(args, scenario)
    result = tally(scenario)
    if args.save:
        write(args.save, document)
    if args.json:
        print(json.dumps(count_json(scenario, result), ensure_ascii=False))
    else:
        print(to_text(count_report(scenario, result)))
        if args.save:
            print(f"\nSaved {args.save}")
    return 0
