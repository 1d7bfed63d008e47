"""``ec-whatif analyze``: defections needed, paths to victory, win probabilities, voting power,
the count at every House size.

Bad input raises InputError, which gui.cli.main reports in one line with exit code 2.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from gui.cli.common import add_scenario_options, decimal_number, load_edited, whole_number
from gui.cli.output import print_json
from gui.domain.allocation import popular_states
from gui.domain.analyses.closest import Goal, closest_path
from gui.domain.analyses.contest import parse_units, pick_pair, require_12th_amendment
from gui.domain.analyses.house_sizes import sweep_house_sizes
from gui.domain.analyses.paths import DEFAULT_LISTED, paths_to_victory
from gui.domain.analyses.power import banzhaf_power
from gui.domain.analyses.probabilities import (
    DEFAULT_DRAWS,
    DEFAULT_SWING_SD,
    MAX_DRAWS,
    correlated_distribution,
    exact_distribution,
)
from gui.domain.analyses.probability_csv import MAX_BYTES, read_probabilities
from gui.domain.apportionment import MAX_HOUSE, MIN_HOUSE
from gui.domain.catalog import load_catalog
from gui.domain.forecast import forecast_probabilities, forecast_sides, is_forecast
from gui.domain.forecast import tossups as forecast_tossups
from gui.domain.identifiers import InputError, Person, Reserved, quoted, resolve_person
from gui.domain.popular_vote import national
from gui.domain.scenario import BLANK, Scenario, Vote
from gui.domain.tally import tally
from gui.io.readers import read_text_limited
from gui.present.analyses import (
    defections_json,
    defections_report,
    paths_json,
    paths_report,
    plan_defections,
    power_json,
    power_report,
    probabilities_json,
    probabilities_report,
)
from gui.present.apportionment import sweep_json, sweep_report
from gui.present.blocks import Block, to_text
from gui.present.popular_vote import closest_blocks, closest_json

FROM_FORECAST = Path("")  # --probabilities with no file: the forecast's ratings
MAX_LISTED = 100_000

# Options that belong to one analysis only: option -> (attribute, analysis, default).
_SPECIFIC = {
    "--for": ("elect", "defections|closest", None),
    "--deny": ("deny", "closest", False),
    "--to": ("to", "defections", None),
    "--tossups": ("tossups", "paths", None),
    "--list": ("listed", "paths", None),
    "--correlated": ("correlated", "probabilities", False),
    "--draws": ("draws", "correlated", None),
    "--seed": ("seed", "correlated", None),
    "--swing-sd": ("swing_sd", "correlated", None),
}


# The analyses (one is chosen) and the options each takes: (flag, dest, metavar, help).
ANALYSES = (
    (
        "--defections",
        "how many electors would have to change their presidential vote to deny the leader a majority",
    ),
    ("--paths", "count the ways the --tossups can fall between two candidates"),
    ("--power", "Banzhaf voting power of each state beside its share of electors"),
    (
        "--closest",
        "the fewest voters whose switch would elect the runner-up (or --for NAME) outright, "
        "or with --deny leave no one a majority",
    ),
)
VALUE_OPTIONS = (
    ("--for", "elect", "NAME", "defections: how many it takes to elect NAME outright"),
    (
        "--to",
        "to",
        "NAME|blank",
        "defections: whom the defectors vote for instead of the leader (default: blank)",
    ),
    ("--tossups", "tossups", "UNIT,UNIT,...", "paths: the toss-up units, e.g. PA,MI,WI,ME-2"),
    (
        "--candidates",
        "candidates",
        "A,B",
        "paths and probabilities: the two candidates (default: the top two)",
    ),
    (
        "--list",
        "listed",
        "N",
        f"paths: list at most N minimal winning combinations per candidate (default {DEFAULT_LISTED})",
    ),
    ("--draws", "draws", "N", f"with --correlated (default {DEFAULT_DRAWS:,}, at most {MAX_DRAWS:,})"),
    ("--seed", "seed", "S", "with --correlated: repeat a run exactly"),
    (
        "--swing-sd",
        "swing_sd",
        "SD",
        f"with --correlated: national swing, probit scale (default {DEFAULT_SWING_SD:g})",
    ),
)


def register(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Analyse an election or scenario (after any --set/--vote edits). Choose one analysis: "
        "--defections, --paths, --probabilities FILE.csv, --power, --closest or --house-sizes A-B."
    )
    add_scenario_options(parser)
    which = parser.add_mutually_exclusive_group(required=True)
    for flag, text in ANALYSES:
        which.add_argument(flag, action="store_true", help=text)
    which.add_argument(
        "--house-sizes",
        metavar="A-B",
        help="who is elected at every House size from A to B (e.g. 100-1000), under the scenario's "
        "apportionment or the one --census, --method, --dc-state, --no-dc, --pr-state set",
    )
    which.add_argument(
        "--probabilities",
        type=Path,
        nargs="?",
        const=FROM_FORECAST,
        metavar="FILE.csv",
        help="win probabilities from a CSV of unit,probability (P of the first candidate) or unit,rating; "
        "without FILE, from a forecast's ratings",
    )
    for flag, dest, metavar, text in VALUE_OPTIONS:
        parser.add_argument(flag, dest=dest, metavar=metavar, help=text)
    parser.add_argument(
        "--correlated",
        action="store_true",
        help="probabilities: add a shared national swing (Monte Carlo) to the independent exact result",
    )
    parser.add_argument("--deny", action="store_true", help="closest: leave no one a majority")
    parser.add_argument("--json", action="store_true", help="print exactly one JSON object")


def _analysis(args: argparse.Namespace) -> str:
    if args.defections:
        return "defections"
    if args.paths:
        return "paths"
    if args.closest:
        return "closest"
    if args.house_sizes is not None:
        return "house-sizes"
    return "probabilities" if args.probabilities is not None else "power"


def _check_options(args: argparse.Namespace, analysis: str) -> None:
    for option, (attribute, needs, default) in _SPECIFIC.items():
        if getattr(args, attribute) == default:
            continue
        active = args.correlated if needs == "correlated" else analysis in needs.split("|")
        if not active:
            raise InputError(f"{option} applies to {' and '.join('--' + n for n in needs.split('|'))} only")
    if args.deny and args.elect is not None:
        raise InputError("--deny leaves no one a majority; --for elects NAME: choose one")
    if args.candidates is not None and analysis not in ("paths", "probabilities", "house-sizes"):
        raise InputError("--candidates applies to --paths, --probabilities and --house-sizes only")
    if args.elect is not None and args.to is not None:
        raise InputError(
            "--to sets the defectors' vote when denying a majority; with --for they vote for NAME"
        )


def _split(text: str | None, option: str) -> list[str] | None:
    if text is None:
        return None
    items = [item.strip() for item in text.split(",")]
    if not all(items):
        raise InputError(f"{option} expects a comma-separated list, got {quoted(text)}")
    return items


Result = tuple[list[Block], dict[str, object]]


def _defections(args: argparse.Namespace, scenario: Scenario) -> Result:
    require_12th_amendment(scenario)
    to: Vote = BLANK
    if args.to is not None:
        choice = scenario.choice(args.to, accepts=frozenset({Reserved.BLANK}))
        to = choice.name if isinstance(choice, Person) else BLANK
    plan = plan_defections(scenario, args.elect, to)
    return defections_report(scenario, plan), defections_json(scenario, plan)


def _paths(args: argparse.Namespace, scenario: Scenario) -> Result:
    require_12th_amendment(scenario)
    candidates = _split(args.candidates, "--candidates")
    if not args.tossups and is_forecast(scenario):  # the forecast's own toss-ups
        tossups: tuple[str, ...] | list[str] = forecast_tossups(scenario)
        candidates = candidates or list(forecast_sides(scenario))
    elif not args.tossups:
        raise InputError("--paths needs --tossups, e.g. --tossups PA,MI,WI (or a forecast: its toss-ups)")
    else:
        tossups = parse_units(scenario, _split(args.tossups, "--tossups") or [])
    listed = DEFAULT_LISTED if args.listed is None else whole_number(args.listed, "--list", 0, MAX_LISTED)
    paths = paths_to_victory(scenario, tossups, candidates, listed=listed)
    return paths_report(scenario, paths), paths_json(scenario, paths)


def _probabilities(args: argparse.Namespace, scenario: Scenario) -> Result:
    require_12th_amendment(scenario)
    if args.probabilities == FROM_FORECAST:
        if not is_forecast(scenario):
            raise InputError("--probabilities without a FILE needs a forecast (--forecast, --from or --rate)")
        sides = forecast_sides(scenario)
        named = _split(args.candidates, "--candidates")
        a, b = pick_pair(scenario, named) if named else sides
        if {a, b} != set(sides):
            raise InputError(f"the forecast rates {sides[0]} against {sides[1]}; --candidates must name them")
        probabilities = forecast_probabilities(scenario)
        if a != sides[0]:  # P(A) for the first candidate named
            probabilities = {unit: 1.0 - p for unit, p in probabilities.items()}
    else:
        a, b = pick_pair(scenario, _split(args.candidates, "--candidates"), tally(scenario))
        text = read_text_limited(args.probabilities, MAX_BYTES)
        probabilities = read_probabilities(text, scenario.election, a, b, source=str(args.probabilities))
    exact = exact_distribution(scenario, probabilities, [a, b])
    correlated = None
    if args.correlated:
        draws = DEFAULT_DRAWS if args.draws is None else whole_number(args.draws, "--draws", 1, MAX_DRAWS)
        seed = None if args.seed is None else whole_number(args.seed, "--seed", 0, 2**63 - 1)
        swing_sd = (
            DEFAULT_SWING_SD if args.swing_sd is None else decimal_number(args.swing_sd, "--swing-sd", 0, 10)
        )
        correlated = correlated_distribution(
            scenario, probabilities, [a, b], draws=draws, swing_sd=swing_sd, seed=seed
        )
    return probabilities_report(scenario, exact, correlated), probabilities_json(scenario, exact, correlated)


def _power(args: argparse.Namespace, scenario: Scenario) -> Result:
    index = banzhaf_power(scenario.election, scenario.not_appointed)
    return power_report(index), power_json(index)


def _closest(args: argparse.Namespace, scenario: Scenario) -> Result:
    require_12th_amendment(scenario)
    known = [(c.name, c.aliases) for c in scenario.candidates]
    known += [
        (name, ())
        for name in national(popular_states(scenario)).votes
        if name not in scenario.candidate_names()
    ]
    target = None if args.elect is None else resolve_person(known, args.elect, allow_new=False)
    path = closest_path(scenario, Goal.DENY if args.deny else Goal.ELECT, target)
    return closest_blocks(path), closest_json(path)


def house_size_range(text: str) -> range:
    """ "100-1000": the House sizes 100 to 1000 (whole numbers from 50 to 2000, smallest first)."""
    low, sep, high = text.partition("-")
    if not sep:
        raise InputError(f"--house-sizes expects a range such as 100-1000, got {quoted(text)}")
    first = whole_number(low, "--house-sizes", MIN_HOUSE, MAX_HOUSE)
    last = whole_number(high, "--house-sizes", MIN_HOUSE, MAX_HOUSE)
    if first > last:
        raise InputError(f"--house-sizes expects the smaller size first, got {quoted(text)}")
    return range(first, last + 1)


def _house_sizes(args: argparse.Namespace, scenario: Scenario) -> Result:
    sizes = house_size_range(args.house_sizes)
    sweep = sweep_house_sizes(scenario, sizes, _split(args.candidates, "--candidates"))
    return sweep_report(scenario, sweep), sweep_json(scenario, sweep)


_RUNNERS = {
    "closest": _closest,
    "defections": _defections,
    "paths": _paths,
    "probabilities": _probabilities,
    "power": _power,
    "house-sizes": _house_sizes,
}


def run(args: argparse.Namespace) -> int:
    """Run ``ec-whatif analyze``; bad input raises InputError (one line, exit 2)."""
    analysis = _analysis(args)
    _check_options(args, analysis)
    document = load_edited(args, load_catalog())
    blocks, payload = _RUNNERS[analysis](args, document.scenario)
    if args.json:
        print_json(payload)
    else:
        print(to_text(blocks))
    return 0
