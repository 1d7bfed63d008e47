"""What every subcommand shares: one-line errors, the options that pick and edit a scenario,
loading it, and reading option values strictly."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from gui.cli.errors import CliError
from gui.domain import numbers
from gui.domain.allocation import Method as AllocationMethod
from gui.domain.allocation import (
    SetPopularEdits,
    district_states,
    margin_command,
    popular_states,
    votes_command,
)
from gui.domain.apportionment import MAX_HOUSE, MIN_HOUSE, District, SizeRule, censuses, default_choice
from gui.domain.apportionment import Method as SeatMethod
from gui.domain.catalog import Catalog, load_catalog
from gui.domain.commands import (
    Reapportion,
    SetApplyStateLaws,
    SetElectorAbsent,
    SetElectorVote,
    SetStateAppointed,
)
from gui.domain.constitution import check_two_persons
from gui.domain.cycling import NOT_CALLED, assign_unit
from gui.domain.document import ScenarioDocument
from gui.domain.forecast import parse_rating, rate_unit
from gui.domain.forecast_start import BASES, Basis, start_forecast
from gui.domain.identifiers import (
    STATE_WORDS,
    VOTE_WORDS,
    WRITE_IN_MARK,
    Person,
    Reserved,
    parse_electors,
    parse_unit,
    quoted,
    resolve_person,
)
from gui.domain.mock_votes import MAX_BYTES as MOCK_MAX_BYTES
from gui.domain.mock_votes import parse_votes
from gui.domain.popular_vote import load_popular_record, national, parse_swing
from gui.domain.scenario import ABSENT, BLANK, FAITHFUL, Office, Scenario, Start, Vote
from gui.io.lessons import load_lesson
from gui.io.readers import read_text_limited
from gui.io.scenario_file import read
from gui.present.rules import violation_lines


def add_scenario_options(parser: argparse.ArgumentParser, *, edits: bool = True) -> None:
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--election", type=election_year, metavar="YEAR", help="start from this election")
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
        "STATE=not-appointed takes a state's electors out of the base (it appoints none, or they are "
        "not counted), STATE=appointed brings them back (New York 1789, Louisiana 1864, ...); "
        "repeatable",
    )
    parser.add_argument(
        "--vote",
        action="append",
        default=[],
        metavar="ELECTORS=NAME|blank|faithful|absent",
        help="ELECTORS (STATE:N, a run STATE:N-M, or STATE:NAME, an elector's name or surname) vote for "
        f"NAME for President (a candidate; {WRITE_IN_MARK}NAME for someone new), blank, or as pledged "
        "(faithful); absent: the elector casts no ballot at all (still appointed); repeatable",
    )
    parser.add_argument(
        "--vp-vote",
        action="append",
        default=[],
        metavar="ELECTORS=NAME|blank|faithful|absent",
        help="the same for Vice President (absent: no ballot for Vice President)",
    )
    parser.add_argument(
        "--apply-laws",
        action="store_true",
        help="apply state laws: a faithless vote in a state whose law voids it is replaced by a vote "
        "as pledged (law data 2000-2024)",
    )
    parser.add_argument(
        "--votes",
        type=Path,
        metavar="FILE",
        help="popular votes typed for a mock election: a CSV of unit,candidate,votes lines",
    )
    parser.add_argument(
        "--swing",
        metavar="SIDE+POINTS",
        help="a national swing between the two popular-vote leaders, e.g. D+2.5 or Trump+1 (at most 15)",
    )
    parser.add_argument(
        "--margin",
        action="append",
        default=[],
        metavar="STATE=NAME+VOTES",
        help="set a state's margin: NAME ahead of the state's other leading candidate by VOTES; repeatable",
    )
    parser.add_argument(
        "--method",
        action="append",
        default=[],
        choices=[*(m.value for m in AllocationMethod), *(m.value for m in SeatMethod)],
        help="how each state's electors follow its popular vote (winner-take-all by default, "
        "proportional, district, npvic, national) and/or how the House's seats are divided "
        "(hill, webster, hamilton, jefferson; with the apportionment options); once for each",
    )
    parser.add_argument(
        "--npvic-as-if",
        action="store_true",
        help="with --method npvic: apply the compact as if its members held a majority",
    )
    add_apportionment_options(parser)
    add_forecast_options(parser)


def add_forecast_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group(
        "forecast (each unit rated safe, likely, lean, tilt or toss-up for one of two sides: the "
        "Democratic and Republican candidates)"
    )
    group.add_argument(
        "--forecast",
        choices=BASES,
        help="start a forecast: every unit a toss-up (blank), or from the --from election's results "
        "(each unit safe for its party) or its margins (safe over 15 points, likely over 5, lean "
        "from 1 to 5, toss-up under 1); --from alone means margins",
    )
    group.add_argument(
        "--from",
        dest="from_year",
        metavar="YEAR",
        help="the election a forecast starts from (default: the one before)",
    )
    group.add_argument(
        "--rate",
        action="append",
        default=[],
        metavar="UNIT=safe-D|likely-R|lean-D|tilt-R|tossup",
        help="rate a unit (the side by party letter or a candidate's name); makes the scenario a "
        "forecast; repeatable",
    )


def forecast_start(args: argparse.Namespace, scenario: Scenario, catalog: Catalog) -> tuple[str, ...]:
    """Start the forecast --forecast/--from ask for (if any); the units rated by estimate."""
    basis, from_text = getattr(args, "forecast", None), getattr(args, "from_year", None)
    if basis is None and from_text is None:
        return ()
    basis = basis or Basis.MARGINS
    year = scenario.election.year
    earlier = [y for y in catalog.years if y < year]
    if from_text is not None:
        source_year = whole_number(from_text, "--from", 1789, year)
        if source_year not in earlier:
            raise CliError(f"--from expects an election before {year}, got {quoted(from_text)}")
    elif basis != Basis.BLANK:
        if not earlier:
            raise CliError(f"--forecast {basis}: no election before {year}")
        source_year = earlier[-1]
    if basis == Basis.BLANK:
        start = start_forecast(scenario, basis)
    else:
        record = load_popular_record()
        if basis == Basis.MARGINS and not record.has(source_year):
            raise CliError(f"--from {source_year}: no popular vote in the record to rate margins from")
        start = start_forecast(scenario, basis, catalog.election(source_year), record.states(source_year))
    scenario.execute(start)
    return start.estimated


def apply_ratings(args: argparse.Namespace, scenario: Scenario) -> None:
    for text in getattr(args, "rate", []):
        key, value = split_assignment(text, "--rate")
        unit_id = parse_unit(scenario.election, key)
        command = rate_unit(scenario, unit_id, parse_rating(scenario, value))
        if command is not None:
            scenario.execute(command)


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


def methods(args: argparse.Namespace) -> tuple[str | None, str | None]:
    """--method, once for the allocation of electors and once for the division of the House:
    (allocation, apportionment), each None when not given."""
    given: list[str] = list(getattr(args, "method", None) or [])
    allocation = [m for m in given if m in {a.value for a in AllocationMethod}]
    seats = [m for m in given if m in {a.value for a in SeatMethod}]
    if len(allocation) > 1 or len(seats) > 1:
        raise CliError("--method: give at most one way to allocate electors and one way to divide the House")
    return (allocation[0] if allocation else None), (seats[0] if seats else None)


def split_assignment(text: str, option: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key.strip() or not value.strip():
        raise CliError(f"{option} expects KEY=VALUE, got {quoted(text)}")
    return key.strip(), value.strip()


def _number(text: str, option: str, low: float, high: float, *, whole: bool) -> float:
    """A number written with ASCII digits (and, unless ``whole``, one point), within [low, high];
    never Unicode digits, signs, exponents or infinities (gui.domain.numbers)."""
    value = numbers.whole(text) if whole else numbers.decimal(text)
    if value is None or not low <= value <= high:
        kind, low_text, high_text = (
            ("a whole number", f"{low:.0f}", f"{high:.0f}")
            if whole
            else ("a number", f"{low:g}", f"{high:g}")
        )
        raise CliError(f"{option} expects {kind} from {low_text} to {high_text}, got {quoted(text)}")
    return value


def whole_number(text: str, option: str, low: int, high: int) -> int:
    return int(_number(text, option, low, high, whole=True))


def decimal_number(text: str, option: str, low: float, high: float) -> float:
    return _number(text, option, low, high, whole=False)


def parse_size(text: str) -> tuple[int, int]:
    width_text, sep, height_text = text.lower().partition("x")
    # No spaces inside "WxH": the parts are whole numbers as written.
    width, height = (
        numbers.whole(part) if part == part.strip() else None for part in (width_text, height_text)
    )
    if not sep or width is None or height is None or not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise CliError(f"--size expects WxH between 200 and 8000 pixels, got {quoted(text)}")
    return width, height


def election_year(text: str) -> int:
    """--election's year, strictly (argparse's ``int`` takes "١٢" for 12)."""
    return whole_number(text, "--election", 0, 9999)


def parse_vote(scenario: Scenario, value: str) -> Vote:
    """An elector's vote as typed: a known person, +NAME (someone new), blank or faithful."""
    choice = scenario.choice(value, accepts=VOTE_WORDS)
    if choice is Reserved.BLANK:
        return BLANK
    if choice is Reserved.AS_PLEDGED:
        return FAITHFUL
    if choice is Reserved.ABSENT:
        return ABSENT
    assert isinstance(choice, Person)
    return choice.name


def parse_carrier(scenario: Scenario, value: str) -> str | bool:
    """Who carries a unit as typed: a candidate, or not yet called ("" for no one); for a whole
    state, True or False to bring its electors into the base or take them out."""
    choice = scenario.choice(value, accepts=STATE_WORDS)
    if choice is Reserved.NOT_CALLED:
        return NOT_CALLED
    if choice in (Reserved.APPOINTED, Reserved.NOT_APPOINTED):
        return choice is Reserved.APPOINTED
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


_SIZE_RULES = {rule.value: rule for rule in (SizeRule.WYOMING, SizeRule.CUBE_ROOT)}


def apportionment_command(args: argparse.Namespace, scenario: Scenario) -> Reapportion | None:
    """The apportionment the options ask for (over the scenario's own, or the election's), or
    None when they ask for none."""
    size, year = getattr(args, "house_size", None), getattr(args, "census", None)
    method = methods(args)[1]
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
                f"--census expects a census year ({', '.join(map(str, censuses()))}), got {quoted(year)}"
            )
        choice = replace(choice, census=census)
    if method is not None:
        choice = replace(choice, method=SeatMethod(method))
    if dc_state or no_dc:
        choice = replace(choice, district=District.STATE if dc_state else District.NONE)
    if pr_state:
        choice = replace(choice, puerto_rico=True)
    return Reapportion(choice)


def apply_edits(args: argparse.Namespace, scenario: Scenario) -> None:
    command = apportionment_command(args, scenario)
    if command is not None:  # first: the edits below may name the units it adds
        scenario.execute(command)
    # A forecast's start next: --set and --rate edit it. What it estimated, for the output.
    args.estimated = forecast_start(args, scenario, load_catalog())
    election = scenario.election
    if getattr(args, "apply_laws", False):
        scenario.execute(SetApplyStateLaws(True))
    for text in args.set:
        key, value = split_assignment(text, "--set")
        unit_id = parse_unit(election, key)
        carrier = parse_carrier(scenario, value)
        if isinstance(carrier, bool):
            state = election.unit(unit_id).state
            if unit_id != state or not election.state(state).electors:
                raise CliError(
                    f"--set {quoted(text)}: {quoted(value.strip())} applies to a state with electors, "
                    "such as TX"
                )
            scenario.execute(SetStateAppointed(state, carrier))
            continue
        command = assign_unit(scenario, unit_id, carrier)
        if command is not None:
            scenario.execute(command)
    for option, office in (("--vote", Office.PRESIDENT), ("--vp-vote", Office.VICE_PRESIDENT)):
        for text in getattr(args, option[2:].replace("-", "_")):
            key, value = split_assignment(text, option)
            vote = parse_vote(scenario, value)
            for seat in parse_electors(election, key):
                if vote is ABSENT and office is Office.PRESIDENT:
                    scenario.execute(SetElectorAbsent(seat.index))  # no ballot at all
                    continue
                check_two_persons(scenario, seat.index, office, vote)
                scenario.execute(SetElectorVote(seat.index, office, vote))
    apply_ratings(args, scenario)


def warn_rule_breaks(scenario: Scenario) -> None:
    """Ballots against the Constitution's inhabitant rule are counted but said on stderr."""
    for line in violation_lines(scenario):
        print(f"ec-whatif: warning: {line}", file=sys.stderr)


def apply_popular_edits(args: argparse.Namespace, scenario: Scenario) -> None:
    if getattr(args, "votes", None) is not None:
        text = read_text_limited(args.votes, MOCK_MAX_BYTES)
        scenario.execute(votes_command(scenario, parse_votes(text, scenario.election)))
    for text in getattr(args, "margin", []):
        key, value = split_assignment(text, "--margin")
        name, sep, count = value.rpartition("+")
        if not sep or not name.strip():
            raise CliError(f"--margin expects STATE=NAME+VOTES, got {quoted(text)}")
        code = parse_unit(scenario.election, key).split("-")[0]
        vote = popular_states(scenario).get(code)
        if vote is None or not vote.has_vote:
            raise CliError(f"--margin: {code} has no popular vote in {scenario.election.year}")
        leaders = [n for n, _ in vote.ranked()[:2]]
        toward = resolve_person([(n, ()) for n in leaders], name, allow_new=False)
        away = next((n for n in leaders if n != toward), "")
        if not away:
            raise CliError(f"--margin: {code} has only one candidate with votes")
        scenario.execute(
            margin_command(scenario, code, toward, away, whole_number(count, "--margin", 0, 10**9))
        )
    edits = scenario.popular
    if getattr(args, "swing", None):
        leaders = national(popular_states(scenario)).leaders(2)
        parties = {name: scenario.party_of(name) for name in leaders}
        edits = replace(edits, swing=parse_swing(args.swing, leaders, parties))
    allocation = methods(args)[0]
    if allocation:
        if allocation == AllocationMethod.DISTRICT.value and not district_states(scenario.election):
            raise CliError(
                f"--method district: no district results in {scenario.election.year} "
                "(Maine from 1972, Nebraska from 1992)"
            )
        edits = replace(edits, method=allocation)
    if getattr(args, "npvic_as_if", False):
        if edits.method != AllocationMethod.NPVIC.value:
            raise CliError("--npvic-as-if applies to --method npvic")
        edits = replace(edits, npvic_as_if=True)
    if edits != scenario.popular:
        scenario.execute(SetPopularEdits(edits))


def load_edited(args: argparse.Namespace, catalog: Catalog) -> ScenarioDocument:
    """The scenario the options name, with their edits applied."""
    document = load_start(args, catalog)
    apply_edits(args, document.scenario)
    apply_popular_edits(args, document.scenario)
    warn_rule_breaks(document.scenario)
    return document
