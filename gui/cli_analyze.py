"""``ec-whatif analyze``: defections needed, paths to victory, win probabilities, voting power.

Wired into ``gui.cli`` by :func:`register` (adds the sub-command) and :func:`run`. gui.cli is
imported inside those two, so either module can be imported first. Bad input raises InputError,
which gui.cli reports in one line with exit code 2.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from gui.domain.analyses.contest import Contest, Outcome, parse_units, pick_pair, require_12th_amendment
from gui.domain.analyses.defections import DefectionPlan, defections_to_deny, defections_to_elect
from gui.domain.analyses.paths import DEFAULT_LISTED, Paths, paths_to_victory
from gui.domain.analyses.power import PowerIndex, banzhaf_power
from gui.domain.analyses.probabilities import (
    DEFAULT_DRAWS,
    DEFAULT_SWING_SD,
    Distribution,
    correlated_distribution,
    exact_distribution,
)
from gui.domain.analyses.probability_csv import MAX_BYTES, read_probabilities
from gui.domain.catalog import Catalog
from gui.domain.commands import SetApplyStateLaws
from gui.domain.identifiers import InputError
from gui.domain.scenario import BLANK, FAITHFUL, Office, Scenario, Start, Vote
from gui.domain.tally import tally

# Options that belong to one analysis only: option -> (attribute, analysis, default).
_SPECIFIC = {
    "--for": ("elect", "defections", None),
    "--to": ("to", "defections", None),
    "--tossups": ("tossups", "paths", None),
    "--list": ("listed", "paths", None),
    "--correlated": ("correlated", "probabilities", False),
    "--draws": ("draws", "correlated", None),
    "--seed": ("seed", "correlated", None),
    "--swing-sd": ("swing_sd", "correlated", None),
}
_OUTCOME_KEYS = {
    Outcome.A: "a_wins",
    Outcome.B: "b_wins",
    Outcome.TIE: "tie",
    Outcome.NONE: "no_majority",
    Outcome.OTHER: "other_wins",
}


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``analyze`` sub-command to ``ec-whatif``."""
    from gui.cli import _add_scenario_options

    parser = subparsers.add_parser(
        "analyze",
        help="defections needed, paths to victory, win probabilities, voting power",
        description="Analyse an election or scenario (after any --set/--vote edits). "
        "Choose one analysis: --defections, --paths, --probabilities FILE.csv or --power.",
    )
    _add_scenario_options(parser)
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--defections",
        action="store_true",
        help="how many electors would have to change their presidential vote to deny the leader a majority",
    )
    which.add_argument(
        "--paths", action="store_true", help="count the ways the --tossups can fall between two candidates"
    )
    which.add_argument(
        "--probabilities",
        type=Path,
        metavar="FILE.csv",
        help="win probabilities from a CSV of unit,probability (P of the first candidate) or unit,rating",
    )
    which.add_argument(
        "--power", action="store_true", help="Banzhaf voting power of each state beside its share of electors"
    )
    parser.add_argument(
        "--for", dest="elect", metavar="NAME", help="defections: how many it takes to elect NAME outright"
    )
    parser.add_argument(
        "--to",
        metavar="NAME|blank",
        help="defections: whom the defectors vote for instead of the leader (default: blank)",
    )
    if "--apply-laws" not in parser._option_string_actions:  # older gui.cli without the shared rule
        parser.add_argument(
            "--apply-laws",
            action="store_true",
            help="apply state laws: a faithless vote in a state whose law voids it is replaced",
        )
    parser.add_argument(
        "--tossups", metavar="UNIT,UNIT,...", help="paths: the toss-up units, e.g. PA,MI,WI,ME-2"
    )
    parser.add_argument(
        "--candidates",
        metavar="A,B",
        help="paths and probabilities: the two candidates (default: the top two of the tally)",
    )
    parser.add_argument(
        "--list",
        dest="listed",
        type=int,
        metavar="N",
        help=f"paths: list at most N minimal winning combinations per candidate (default {DEFAULT_LISTED})",
    )
    parser.add_argument(
        "--correlated",
        action="store_true",
        help="probabilities: add a shared national swing (Monte Carlo) to the independent exact result",
    )
    parser.add_argument(
        "--draws", type=int, metavar="N", help=f"with --correlated (default {DEFAULT_DRAWS:,})"
    )
    parser.add_argument("--seed", type=int, metavar="S", help="with --correlated: repeat a run exactly")
    parser.add_argument(
        "--swing-sd",
        type=float,
        metavar="SD",
        help=f"with --correlated: national swing, probit scale (default {DEFAULT_SWING_SD:g})",
    )
    parser.add_argument("--json", action="store_true", help="print exactly one JSON object")


def _analysis(args: argparse.Namespace) -> str:
    if args.defections:
        return "defections"
    if args.paths:
        return "paths"
    return "probabilities" if args.probabilities is not None else "power"


def _check_options(args: argparse.Namespace, analysis: str) -> None:
    for option, (attribute, needs, default) in _SPECIFIC.items():
        if getattr(args, attribute) == default:
            continue
        active = args.correlated if needs == "correlated" else analysis == needs
        if not active:
            raise InputError(f"{option} applies to --{needs} only")
    if args.candidates is not None and analysis not in ("paths", "probabilities"):
        raise InputError("--candidates applies to --paths and --probabilities only")
    if analysis == "paths" and not args.tossups:
        raise InputError("--paths needs --tossups, e.g. --tossups PA,MI,WI")
    if args.elect is not None and args.to is not None:
        raise InputError(
            "--to sets the defectors' vote when denying a majority; with --for they vote for NAME"
        )
    if args.listed is not None and args.listed < 0:
        raise InputError(f"--list must be 0 or more, got {args.listed}")


def _split(text: str | None, option: str) -> list[str] | None:
    if text is None:
        return None
    items = [item.strip() for item in text.split(",")]
    if not all(items):
        raise InputError(f"{option} expects a comma-separated list, got {text!r}")
    return items


def _mode(scenario: Scenario) -> str:
    return "pledged" if scenario.start is Start.PLEDGED else "cast"


def _heading(scenario: Scenario) -> str:
    mode = "as pledged" if scenario.start is Start.PLEDGED else "official result"
    laws = "; state laws applied" if scenario.apply_state_laws else ""
    return f"{scenario.election.year} — {mode}{laws}"


def _percent(p: float, digits: int = 1) -> str:
    return f"{100 * p:{digits + 4}.{digits}f}%"


def _others(votes: dict[str, int], main: tuple[str, ...]) -> int:
    return sum(v for name, v in votes.items() if name not in main)


def _shown(contest: Contest) -> list[Outcome]:
    """The outcomes worth a line: "no majority" only when votes lie outside A and B."""
    outside = contest.appointed - contest.fixed_votes(contest.a) - contest.fixed_votes(contest.b)
    none_possible = outside > contest.open_votes
    return [
        o
        for o in Outcome
        if (o is not Outcome.OTHER or contest.other_winner) and (o is not Outcome.NONE or none_possible)
    ]


def _vote_label(vote: Vote) -> str:
    return "faithful" if vote is FAITHFUL else (vote or "blank")


# --- defections -----------------------------------------------------------------------------------


def _law_preference(scenario: Scenario) -> Callable[[str], int]:
    """Order states for defections: no law binding electors first, then a pledge without
    enforcement, then a penalty (states that void the vote are left out by the rule itself)."""
    from gui.domain.pledge_laws import binding_rank

    year = scenario.election.year
    return lambda code: binding_rank(year, code)


def _voiding_states(scenario: Scenario) -> list[str] | None:
    if not scenario.apply_state_laws:
        return None
    electors = scenario.election.electors
    states = {electors[i].state for i in scenario.voiding_electors()}
    return [s.code for s in scenario.election.states if s.code in states]


def _ranges(ids: list[str]) -> str:
    """``TX:1, TX:2, TX:3, TX:7`` -> ``TX:1-3, TX:7``."""
    parts: list[str] = []
    numbers = [int(i.split(":")[1]) for i in ids]
    state = ids[0].split(":")[0]
    start = previous = numbers[0]
    for n in [*numbers[1:], None]:
        if n is not None and n == previous + 1:
            previous = n
            continue
        parts.append(f"{state}:{start}" if start == previous else f"{state}:{start}-{previous}")
        if n is not None:
            start = previous = n
    return ", ".join(parts)


def _defections_text(scenario: Scenario, plan: DefectionPlan, voided: list[str] | None) -> str:
    appointed = scenario.election.appointed
    lines = [_heading(scenario)]
    if plan.leader:
        lines.append(
            f"{plan.leader} has {plan.votes.get(plan.leader, 0)} of {appointed} electoral votes; "
            f"{plan.majority} needed for a majority."
        )
    if voided is not None:
        if voided:
            lines.append(
                f"State laws applied: a faithless vote is void in {', '.join(voided)}, so those electors "
                "are left out; states whose law does not bind electors are taken first."
            )
        else:
            lines.append(
                f"State laws applied: no state law voids a faithless vote in {scenario.election.year} "
                "(or there is no data for that year)."
            )
    if plan.goal == "deny":
        if plan.needed == 0:
            lines.append("No one has a majority now: no defection is needed; the House would choose.")
            return "\n".join(lines)
        have = plan.votes[plan.leader or ""]
        sentence = (
            f"To deny {plan.leader} a majority, {plan.needed} electors would have to change their "
            f"presidential vote ({have} − {plan.needed} = {have - plan.needed})."
        )
    else:
        have = plan.votes.get(plan.candidate or "", 0)
        if plan.needed == 0:
            lines.append(f"{plan.candidate} already has a majority ({have} of {plan.majority} needed).")
            return "\n".join(lines)
        sentence = (
            f"For {plan.candidate} to win outright, {plan.needed} electors would have to vote for "
            f"{plan.candidate} ({have} + {plan.needed} = {have + plan.needed})."
        )
    lines.append(sentence)
    if not plan.possible:
        lines.append(f"Only {plan.available} electors could make that change: it cannot happen.")
        return "\n".join(lines)
    lines.append(f"One cheapest set ({plan.available} electors could take part), by state:")
    for state, ids in plan.by_state(scenario).items():
        lines.append(f"  {state}  {len(ids):>3}  {_ranges(ids)}")
    lines.append(_new_votes(plan))
    after = ", ".join(f"{name} {votes}" for name, votes in plan.after.items())
    lines.append(f"Afterwards: {after}.")
    return "\n".join(lines)


def _new_votes(plan: DefectionPlan) -> str:
    faithless = {vote for _, vote in plan.changes if vote is not FAITHFUL}
    if plan.goal == "elect":
        what = f"They vote for {plan.candidate}"
    elif faithless == {BLANK}:
        what = "They cast blank ballots"
    else:
        what = f"They vote for {', '.join(sorted(_vote_label(v) for v in faithless))}"
    if plan.returning:
        what += f" ({plan.returning} of them by returning to their pledge)"
    return what + "."


def _defections_json(scenario: Scenario, plan: DefectionPlan, voided: list[str] | None) -> dict[str, object]:
    electors = scenario.election.electors
    return {
        "analysis": "defections",
        "election": plan.year,
        "mode": _mode(scenario),
        "appointed": scenario.election.appointed,
        "majority": plan.majority,
        "goal": plan.goal,
        "leader": plan.leader,
        "candidate": plan.candidate,
        "votes": plan.votes,
        "needed": plan.needed,
        "possible": plan.possible,
        "available": plan.available,
        "apply_laws": voided is not None,
        "laws_void_faithless_votes_in": voided,
        "electors": plan.by_state(scenario) if plan.possible else {},
        "changes": [
            {
                "elector": electors[index].id,
                "from": scenario.cast(index, Office.PRESIDENT) or "blank",
                "to": _vote_label(vote),
            }
            for index, vote in plan.changes
        ],
        "after": plan.after,
    }


def _run_defections(args: argparse.Namespace, scenario: Scenario) -> tuple[str, dict[str, object]]:
    require_12th_amendment(scenario)
    voided = _voiding_states(scenario)
    order = _law_preference(scenario) if scenario.apply_state_laws else None
    if args.elect is not None:
        plan = defections_to_elect(scenario, args.elect, state_order=order)
    else:
        to: Vote = BLANK
        if args.to is not None and args.to.strip().lower() != "blank":
            to = scenario.person(args.to, allow_new=True)
        plan = defections_to_deny(scenario, to=to, state_order=order)
    return _defections_text(scenario, plan, voided), _defections_json(scenario, plan, voided)


# --- paths ------------------------------------------------------------------------------------------


def _contest_lines(scenario: Scenario, contest: Contest, what: str) -> list[str]:
    units = ", ".join(f"{u} {w}" for u, w in zip(contest.units, contest.weights, strict=True))
    main = (contest.a, contest.b)
    held = [f"{n} {contest.fixed_votes(n)}" for n in main]
    others = _others(contest.fixed, main)
    if others:
        held.append(f"others {others}")
    return [
        _heading(scenario),
        f"{what}: {units} ({contest.open_votes} electoral votes).",
        f"Held outside them: {', '.join(held)}; {contest.majority} of {contest.appointed} needed.",
    ]


def _paths_text(scenario: Scenario, paths: Paths) -> str:
    contest = paths.contest
    lines = _contest_lines(scenario, contest, "Toss-ups")
    needs = []
    for side in paths.candidates:
        if side.need <= 0:
            needs.append(f"{side.name} already has a majority")
        elif side.need > contest.open_votes:
            needs.append(
                f"{side.name} cannot reach a majority (needs {side.need}, {contest.open_votes} open)"
            )
        else:
            needs.append(f"{side.name} needs {side.need} of {contest.open_votes}")
    lines.append("; ".join(needs) + ".")
    lines.append("")
    lines.append(f"Of the {paths.total:,} ways the toss-ups can fall (each wholly to one of the two):")
    width = max(len(contest.label(o)) for o in _shown(contest))
    for outcome in _shown(contest):
        count = paths.outcomes[outcome]
        lines.append(f"  {contest.label(outcome):<{width}}  {count:>15,}  {_percent(count / paths.total)}")
    for side in paths.candidates:
        lines.append("")
        shown = "" if side.minimal_complete else f", the first {len(side.minimal)} listed"
        lines.append(f"Minimal winning combinations for {side.name}: {side.minimal_count:,}{shown}")
        weight = dict(zip(contest.units, contest.weights, strict=True))
        for combination in side.minimal:
            label = " ".join(combination) if combination else "(none needed)"
            lines.append(f"  {label}  ({sum(weight[u] for u in combination)})")
        if side.tipping_point:
            others = 2 ** (len(contest.units) - 1)
            lines.append(
                f"Tipping point for {side.name}: {side.tipping_point}, decisive in "
                f"{side.pivotal[side.tipping_point]:,} of the {others:,} ways the other toss-ups can fall."
            )
    return "\n".join(lines)


def _paths_json(scenario: Scenario, paths: Paths) -> dict[str, object]:
    contest = paths.contest
    return {
        "analysis": "paths",
        "election": contest.year,
        "mode": _mode(scenario),
        "apply_laws": scenario.apply_state_laws,
        "appointed": contest.appointed,
        "majority": contest.majority,
        "candidates": [contest.a, contest.b],
        "tossups": dict(zip(contest.units, contest.weights, strict=True)),
        "held": contest.fixed,
        "outcomes": {"total": paths.total, **{_OUTCOME_KEYS[o]: n for o, n in paths.outcomes.items()}},
        "other_winner": contest.other_winner,
        "by_candidate": [
            {
                "name": side.name,
                "need": side.need,
                "minimal_count": side.minimal_count,
                "minimal": [list(c) for c in side.minimal],
                "minimal_complete": side.minimal_complete,
                "pivotal": side.pivotal,
                "tipping_point": side.tipping_point,
            }
            for side in paths.candidates
        ],
    }


def _run_paths(args: argparse.Namespace, scenario: Scenario) -> tuple[str, dict[str, object]]:
    require_12th_amendment(scenario)
    tossups = parse_units(scenario, _split(args.tossups, "--tossups") or [])
    listed = DEFAULT_LISTED if args.listed is None else args.listed
    paths = paths_to_victory(scenario, tossups, _split(args.candidates, "--candidates"), listed=listed)
    return _paths_text(scenario, paths), _paths_json(scenario, paths)


# --- probabilities --------------------------------------------------------------------------------


def _read_text(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror or error}") from None
    if len(data) > MAX_BYTES:
        raise InputError(f"{path} is too large (at most {MAX_BYTES:,} bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path} is not UTF-8 text") from None


def _summary_json(d: Distribution) -> dict[str, object]:
    summary: dict[str, object] = {
        "method": d.method,
        "outcomes": {_OUTCOME_KEYS[o]: p for o, p in d.outcomes.items()},
        "mean": d.mean,
        "sd": d.sd,
        "interval_90": [d.quantile(0.05), d.quantile(0.95)],
        "pmf": [[v, p] for v, p in enumerate(d.pmf.tolist()) if p > 0],
    }
    if d.counts is not None:
        summary |= {
            "draws": d.draws,
            "seed": d.seed,
            "swing_sd": d.swing_sd,
            "standard_error": {_OUTCOME_KEYS[o]: d.standard_error(o) for o in Outcome},
            "counts": [[v, int(n)] for v, n in enumerate(d.counts.tolist()) if n],
        }
    return summary


def _summary_lines(d: Distribution) -> list[str]:
    contest = d.contest
    lines = []
    width = max(len(contest.label(o)) for o in _shown(contest))
    for outcome in _shown(contest):
        error = f"  ± {_percent(d.standard_error(outcome)).strip()}" if d.draws else ""
        lines.append(f"  {contest.label(outcome):<{width}}  {_percent(d.outcomes[outcome])}{error}")
    lines.append(
        f"  {contest.a}'s electoral votes: mean {d.mean:.1f}, sd {d.sd:.1f}, "
        f"90% between {d.quantile(0.05)} and {d.quantile(0.95)}"
    )
    return lines


def _histogram(d: Distribution, bin_size: int = 10) -> list[str]:
    support = [v for v, p in enumerate(d.pmf.tolist()) if p > 0]
    low, high = support[0] // bin_size, support[-1] // bin_size
    bins = [float(d.pmf[b * bin_size : (b + 1) * bin_size].sum()) for b in range(low, high + 1)]
    top = max(bins)
    lines = [f"{d.contest.a}'s electoral votes ({d.method}; majority {d.contest.majority}):"]
    for b, p in zip(range(low, high + 1), bins, strict=True):
        bar = "#" * round(40 * p / top) if top else ""
        lines.append(f"  {b * bin_size:>3}-{b * bin_size + bin_size - 1:<3} {_percent(p)}  {bar}")
    return lines


def _run_probabilities(args: argparse.Namespace, scenario: Scenario) -> tuple[str, dict[str, object]]:
    require_12th_amendment(scenario)
    result = tally(scenario)
    a, b = pick_pair(scenario, _split(args.candidates, "--candidates"), result)
    text = _read_text(args.probabilities)
    probabilities = read_probabilities(text, scenario.election, a, b, source=str(args.probabilities))
    exact = exact_distribution(scenario, probabilities, [a, b])
    contest = exact.contest
    lines = _contest_lines(scenario, contest, f"{a} (A) against {b} (B), units with a probability")
    if not contest.units:
        lines[1] = (
            f"{a} (A) against {b} (B): the file gives no unit a probability; every unit keeps its votes."
        )
    lines += ["", "Independent units (exact):", *_summary_lines(exact)]
    payload: dict[str, object] = {
        "analysis": "probabilities",
        "election": contest.year,
        "mode": _mode(scenario),
        "apply_laws": scenario.apply_state_laws,
        "appointed": contest.appointed,
        "majority": contest.majority,
        "candidates": [a, b],
        "probabilities": dict(zip(contest.units, exact.probabilities, strict=True)),
        "weights": dict(zip(contest.units, contest.weights, strict=True)),
        "held": contest.fixed,
        "independent": _summary_json(exact),
    }
    shown = exact
    if args.correlated:
        correlated = correlated_distribution(
            scenario,
            probabilities,
            [a, b],
            draws=DEFAULT_DRAWS if args.draws is None else args.draws,
            swing_sd=DEFAULT_SWING_SD if args.swing_sd is None else args.swing_sd,
            seed=args.seed,
        )
        lines += [
            "",
            f"With a national swing (sd {correlated.swing_sd:g} on the probit scale; "
            f"{correlated.draws:,} draws, seed {correlated.seed}):",
            *_summary_lines(correlated),
        ]
        payload["correlated"] = _summary_json(correlated)
        shown = correlated
    lines += ["", *_histogram(shown)]
    return "\n".join(lines), payload


# --- power ------------------------------------------------------------------------------------------


def _power_text(index: PowerIndex) -> str:
    lines = [
        f"{index.year} — Banzhaf voting power of each state "
        f"({index.appointed} electors, {index.quota} needed)",
        "Each state votes as a bloc (Maine and Nebraska whole); power = share of all swings.",
        "",
        f"  {'State':<22} {'Electors':>8} {'Share':>7} {'Power':>7} {'Power/share':>12}",
    ]
    for row in index.states:
        lines.append(
            f"  {row.code} {row.name:<19} {row.electors:>8} {_percent(row.share, 2):>7} "
            f"{_percent(row.banzhaf, 2):>7} {row.ratio:>12.3f}"
        )
    return "\n".join(lines)


def _power_json(index: PowerIndex) -> dict[str, object]:
    return {
        "analysis": "power",
        "election": index.year,
        "appointed": index.appointed,
        "quota": index.quota,
        "model": "Banzhaf; states as blocs, Maine and Nebraska whole; states with no electors left out",
        "states": [
            {
                "state": row.code,
                "name": row.name,
                "electors": row.electors,
                "share": row.share,
                "banzhaf": row.banzhaf,
                "ratio": row.ratio,
                "swings": row.swings,
                "decisive": row.decisive,
            }
            for row in index.states
        ],
    }


def _run_power(args: argparse.Namespace, scenario: Scenario) -> tuple[str, dict[str, object]]:
    index = banzhaf_power(scenario.election)
    return _power_text(index), _power_json(index)


_RUNNERS = {
    "defections": _run_defections,
    "paths": _run_paths,
    "probabilities": _run_probabilities,
    "power": _run_power,
}


def run(args: argparse.Namespace, catalog: Catalog) -> int:
    """Run ``ec-whatif analyze``; bad input raises InputError (one line, exit 2)."""
    from gui.cli import apply_edits, load_start

    analysis = _analysis(args)
    _check_options(args, analysis)
    document = load_start(args, catalog)
    apply_edits(args, document.scenario)
    if args.apply_laws and not document.scenario.apply_state_laws:  # gui.cli before the shared rule
        document.scenario.execute(SetApplyStateLaws(True))
    text, payload = _RUNNERS[analysis](args, document.scenario)
    print(json.dumps(payload, ensure_ascii=False) if args.json else text)
    return 0
