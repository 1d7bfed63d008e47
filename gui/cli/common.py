"""What every subcommand shares: one-line errors, the options that pick and edit a scenario,
loading it, and reading option values strictly."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from gui.cli.errors import CliError
from gui.domain.catalog import Catalog
from gui.domain.commands import AssignUnit, SetApplyStateLaws, SetElectorVote
from gui.domain.cycling import NOT_CALLED
from gui.domain.document import ScenarioDocument
from gui.domain.identifiers import (
    UNIT_WORDS,
    VOTE_WORDS,
    WRITE_IN_MARK,
    Person,
    Reserved,
    parse_electors,
    parse_unit,
    quoted,
)
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
        metavar="UNIT=NAME|undecided",
        help="UNIT (TX, ME-2, NE-2, ...) carried by the candidate NAME, or not yet called (undecided); "
        "repeatable",
    )
    parser.add_argument(
        "--vote",
        action="append",
        default=[],
        metavar="ELECTORS=NAME|blank|faithful",
        help="ELECTORS (STATE:N, a run STATE:N-M, or STATE:NAME, an elector's name or surname) vote for "
        f"NAME for President (a candidate; {WRITE_IN_MARK}NAME for someone new), blank, or as pledged "
        "(faithful); repeatable",
    )
    parser.add_argument(
        "--vp-vote",
        action="append",
        default=[],
        metavar="ELECTORS=NAME|blank|faithful",
        help="the same for Vice President",
    )
    parser.add_argument(
        "--apply-laws",
        action="store_true",
        help="apply state laws: a faithless vote in a state whose law voids it is replaced by a vote "
        "as pledged (law data 2000-2024)",
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


def parse_vote(scenario: Scenario, value: str) -> Vote:
    """An elector's vote as typed: a known person, +NAME (someone new), blank or faithful."""
    choice = scenario.choice(value, accepts=VOTE_WORDS)
    if choice is Reserved.BLANK:
        return BLANK
    if choice is Reserved.AS_PLEDGED:
        return FAITHFUL
    assert isinstance(choice, Person)
    return choice.name


def parse_carrier(scenario: Scenario, value: str) -> str:
    """Who carries a unit as typed: a candidate, or not yet called ("" for no one)."""
    choice = scenario.choice(value, accepts=UNIT_WORDS)
    if choice is Reserved.NOT_CALLED:
        return NOT_CALLED
    assert isinstance(choice, Person)
    return choice.name


def load_start(args: argparse.Namespace, catalog: Catalog) -> ScenarioDocument:
    if getattr(args, "lesson", None) is not None:
        if getattr(args, "pledged", False):
            raise CliError("--pledged applies to --election; a lesson sets its own start")
        # The lesson's own words in --lang's language (a Spanish handout reads in Spanish).
        return load_lesson(args.lesson, catalog, getattr(args, "lang", None) or "en")
    if args.scenario is not None:
        document = read(args.scenario, catalog)
        if getattr(args, "pledged", False):
            raise CliError("--pledged applies to --election; a scenario file sets its own start")
        return document
    if args.election not in catalog:
        raise CliError(f"no election in {args.election}; run 'ec-whatif elections' for the list")
    start = Start.PLEDGED if getattr(args, "pledged", False) else Start.OFFICIAL
    return ScenarioDocument(Scenario(catalog.election(args.election), start))


def apply_edits(args: argparse.Namespace, scenario: Scenario) -> None:
    election = scenario.election
    if getattr(args, "apply_laws", False):
        scenario.execute(SetApplyStateLaws(True))
    for text in args.set:
        key, value = split_assignment(text, "--set")
        unit_id = parse_unit(election, key)
        scenario.execute(AssignUnit(unit_id, scenario.ticket_for(parse_carrier(scenario, value))))
    for option, office in (("--vote", Office.PRESIDENT), ("--vp-vote", Office.VICE_PRESIDENT)):
        for text in getattr(args, option[2:].replace("-", "_")):
            key, value = split_assignment(text, option)
            vote = parse_vote(scenario, value)
            for seat in parse_electors(election, key):
                scenario.execute(SetElectorVote(seat.index, office, vote))


def load_edited(args: argparse.Namespace, catalog: Catalog) -> ScenarioDocument:
    """The scenario the options name, with their edits applied."""
    document = load_start(args, catalog)
    apply_edits(args, document.scenario)
    return document
