"""What every subcommand shares: one-line errors, the options that pick and edit a scenario,
loading it, and reading option values strictly."""

from __future__ import annotations

import argparse
import re
from dataclasses import replace
from pathlib import Path

from gui.cli.errors import CliError
from gui.domain.apportionment import (
    MAX_HOUSE,
    MIN_HOUSE,
    District,
    Method,
    SizeRule,
    censuses,
    default_choice,
)
from gui.domain.catalog import Catalog
from gui.domain.commands import AssignUnit, Reapportion, SetApplyStateLaws, SetElectorVote
from gui.domain.document import ScenarioDocument
from gui.domain.identifiers import parse_elector, parse_unit, quoted
from gui.domain.scenario import BLANK, FAITHFUL, Office, Scenario, Start, Vote
from gui.io.lessons import load_lesson
from gui.io.scenario_file import read


def add_scenario_options(parser: argparse.ArgumentParser, *, edits: bool = True) -> None:
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--election", type=int, metavar="YEAR", help="start from this election")
    source.add_argument("--scenario", type=Path, metavar="FILE", help="start from a scenario file")
    source.add_argument("--lesson", metavar="ID", help="start from a bundled lesson ('ec-whatif lessons')")
    if not edits:
        return
    parser.add_argument(
        "--pledged",
        action="store_true",
        help="start with every elector voting as pledged (the result as the voters chose)",
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="UNIT=NAME",
        help="UNIT (TX, ME-2, NE-2, ...) carried by the candidate NAME; repeatable",
    )
    parser.add_argument(
        "--vote",
        action="append",
        default=[],
        metavar="STATE:N=NAME|blank|faithful",
        help="elector N of STATE votes for NAME for President (anyone), blank, or as pledged; repeatable",
    )
    parser.add_argument(
        "--vp-vote",
        action="append",
        default=[],
        metavar="STATE:N=NAME|blank|faithful",
        help="the same for Vice President",
    )
    parser.add_argument(
        "--apply-laws",
        action="store_true",
        help="apply state laws: a faithless vote in a state whose law voids it is replaced by a vote "
        "as pledged (law data 2000-2024)",
    )
    add_apportionment_options(parser)


def add_apportionment_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group(
        "apportionment (elections from 1912; any of these divides the House again, "
        "the rest as the election had)"
    )
    group.add_argument(
        "--house-size",
        metavar="N|wyoming|cube-root",
        help=f"a House of N seats ({MIN_HOUSE}-{MAX_HOUSE}), or the Wyoming rule (the total population over "
        "the least populous state's) or the cube-root rule; each state's electors are its seats plus two",
    )
    group.add_argument("--census", metavar="YEAR", help="the census whose populations divide it (1910-2020)")
    group.add_argument(
        "--method",
        choices=[m.value for m in Method],
        help="Huntington-Hill (in law since 1941), Webster, Hamilton/Vinton or Jefferson",
    )
    dc = group.add_mutually_exclusive_group()
    dc.add_argument("--dc-state", action="store_true", help="the District of Columbia admitted as a state")
    dc.add_argument(
        "--no-dc",
        action="store_true",
        help="no electors for the District of Columbia (23rd Amendment repealed)",
    )
    group.add_argument(
        "--pr-state",
        action="store_true",
        help="Puerto Rico admitted as a state (no vote on record: give it to someone with --set PR=NAME)",
    )


def split_assignment(text: str, option: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key.strip() or not value.strip():
        raise CliError(f"{option} expects KEY=VALUE, got {text!r}")
    return key.strip(), value.strip()


_WHOLE = re.compile(r"[0-9]{1,19}")
_DECIMAL = re.compile(r"[0-9]{1,9}(\.[0-9]{1,9})?")


def _number(text: str, option: str, low: float, high: float, *, whole: bool) -> float:
    """A number written with ASCII digits (and, unless ``whole``, one point), within [low, high];
    never Unicode digits, signs, exponents or infinities."""
    digits = text.strip()
    if not (_WHOLE if whole else _DECIMAL).fullmatch(digits) or not low <= float(digits) <= high:
        kind, low_text, high_text = (
            ("a whole number", f"{low:.0f}", f"{high:.0f}")
            if whole
            else ("a number", f"{low:g}", f"{high:g}")
        )
        raise CliError(f"{option} expects {kind} from {low_text} to {high_text}, got {quoted(text)}")
    return int(digits) if whole else float(digits)


def whole_number(text: str, option: str, low: int, high: int) -> int:
    return int(_number(text, option, low, high, whole=True))


def decimal_number(text: str, option: str, low: float, high: float) -> float:
    return _number(text, option, low, high, whole=False)


def parse_size(text: str) -> tuple[int, int]:
    width, sep, height = text.lower().partition("x")
    ok = sep and all(_WHOLE.fullmatch(part) for part in (width, height))
    if not ok or not (200 <= int(width) <= 8000) or not (200 <= int(height) <= 8000):
        raise CliError(f"--size expects WxH between 200 and 8000 pixels, got {text!r}")
    return int(width), int(height)


def _parse_vote(scenario: Scenario, value: str) -> Vote:
    if value.lower() == "blank":
        return BLANK
    if value.lower() == "faithful":
        return FAITHFUL
    return scenario.person(value, allow_new=True)


def load_start(args: argparse.Namespace, catalog: Catalog) -> ScenarioDocument:
    if getattr(args, "lesson", None) is not None:
        if getattr(args, "pledged", False):
            raise CliError("--pledged applies to --election; a lesson sets its own start")
        return load_lesson(args.lesson, catalog)
    if args.scenario is not None:
        document = read(args.scenario, catalog)
        if getattr(args, "pledged", False):
            raise CliError("--pledged applies to --election; a scenario file sets its own start")
        return document
    if args.election not in catalog:
        raise CliError(f"no election in {args.election}; run 'ec-whatif elections' for the list")
    start = Start.PLEDGED if getattr(args, "pledged", False) else Start.OFFICIAL
    return ScenarioDocument(Scenario(catalog.election(args.election), start))


_SIZE_RULES = {rule.value: rule for rule in (SizeRule.WYOMING, SizeRule.CUBE_ROOT)}


def apportionment_command(args: argparse.Namespace, scenario: Scenario) -> Reapportion | None:
    """The apportionment the options ask for (over the scenario's own, or the election's), or
    None when they ask for none."""
    size, year = getattr(args, "house_size", None), getattr(args, "census", None)
    method = getattr(args, "method", None)
    dc_state, no_dc, pr_state = (getattr(args, name, False) for name in ("dc_state", "no_dc", "pr_state"))
    if size is None and year is None and method is None and not (dc_state or no_dc or pr_state):
        return None
    choice = scenario.reapportioned.choice if scenario.reapportioned else default_choice(scenario.record)
    if size is not None:
        rule = _SIZE_RULES.get(size.strip().lower())
        if rule is not None:
            choice = replace(choice, rule=rule)
        else:
            choice = replace(
                choice, size=whole_number(size, "--house-size", MIN_HOUSE, MAX_HOUSE), rule=SizeRule.FIXED
            )
    if year is not None:
        census = whole_number(year, "--census", min(censuses()), max(censuses()))
        if census not in censuses():
            raise CliError(
                f"--census expects a census year ({', '.join(map(str, censuses()))}), got {year!r}"
            )
        choice = replace(choice, census=census)
    if method is not None:
        choice = replace(choice, method=Method(method))
    if dc_state or no_dc:
        choice = replace(choice, district=District.STATE if dc_state else District.NONE)
    if pr_state:
        choice = replace(choice, puerto_rico=True)
    return Reapportion(choice)


def apply_edits(args: argparse.Namespace, scenario: Scenario) -> None:
    command = apportionment_command(args, scenario)
    if command is not None:  # first: the edits below may name the units it adds
        scenario.execute(command)
    election = scenario.election
    if getattr(args, "apply_laws", False):
        scenario.execute(SetApplyStateLaws(True))
    for text in args.set:
        key, value = split_assignment(text, "--set")
        unit_id = parse_unit(election, key)
        name = scenario.person(value, allow_new=False)
        scenario.execute(AssignUnit(unit_id, scenario.ticket_for(name)))
    for option, office in (("--vote", Office.PRESIDENT), ("--vp-vote", Office.VICE_PRESIDENT)):
        for text in getattr(args, option[2:].replace("-", "_")):
            key, value = split_assignment(text, option)
            seat = parse_elector(election, key)
            scenario.execute(SetElectorVote(seat.index, office, _parse_vote(scenario, value)))


def load_edited(args: argparse.Namespace, catalog: Catalog) -> ScenarioDocument:
    """The scenario the options name, with their edits applied."""
    document = load_start(args, catalog)
    apply_edits(args, document.scenario)
    return document
