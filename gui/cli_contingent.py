"""``ec-whatif contingent``: who the House and the Senate would choose when no one has a majority.

Wired into gui/cli.py by ``register(commands)`` in ``build_parser`` and ``run`` in its command
table. gui.cli is imported inside the functions, so either module can be imported first.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from gui.domain.contingent import ContingentResult, HouseResult, SenateResult
from gui.domain.contingent_scenario import contingent_for
from gui.domain.scenario import Scenario, Start
from gui.domain.tally import Tally, tally

if TYPE_CHECKING:
    from gui.domain.catalog import Catalog


def register(subparsers: Any) -> None:
    """Add the ``contingent`` sub-command to ``ec-whatif``'s sub-parsers."""
    from gui.cli import _add_scenario_options

    parser = subparsers.add_parser(
        "contingent",
        help="the House's vote for President and the Senate's for Vice President when no one has a majority",
        description="Run the contingent election in Congress: the House chooses the President among the "
        "top three (one vote per state), the Senate the Vice President between the top two. Each "
        "delegation votes with its party majority in the Congress that would vote, unless set by hand.",
    )
    _add_scenario_options(parser)
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
    from gui.cli import _split_assignment

    found: dict[str, str] = {}
    for text in texts:
        key, value = _split_assignment(text, option)
        found[key.upper()] = value
    return found


def _party_votes(texts: list[str]) -> dict[str, dict[str, int]]:
    from gui.cli import CliError, _split_assignment

    found: dict[str, dict[str, int]] = {}
    for text in texts:
        key, value = _split_assignment(text, "--senate-party")
        party, sep, name = key.partition(":")
        if not sep or not party.strip() or not name.strip():
            raise CliError(f"--senate-party expects PARTY:NAME=N, got {text!r}")
        if not value.isdigit():
            raise CliError(f"--senate-party expects a number of senators, got {value!r}")
        found.setdefault(party.strip(), {})[name.strip()] = int(value)
    return found


def run(args: argparse.Namespace, catalog: Catalog) -> int:
    """The ``contingent`` command: returns the exit code (bad input raises CliError/InputError)."""
    from gui.cli import apply_edits, load_start

    document = load_start(args, catalog)
    scenario = document.scenario
    apply_edits(args, scenario)
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
        print(json.dumps(contingent_json(scenario, result, contingent), ensure_ascii=False))
    else:
        print(contingent_text(scenario, result, contingent, args))
    return 0


# --- output --------------------------------------------------------------------------------------


def _house_json(house: HouseResult) -> dict[str, object]:
    body = house.body
    return {
        "needed": house.needed,
        "rule": house.rule or None,
        "eligible": list(house.eligible),
        "tied_at_cutoff": list(house.tied_at_cutoff),
        "congress": body.congress if body else None,
        "newly_elected": body.newly_elected if body else None,
        "data_congress": body.data.number if body else None,
        "data_source": body.data.house_source if body else None,
        "states_total": house.states_total,
        "needed_to_win": house.needed_to_win,
        "quorum": house.quorum,
        "present": house.present,
        "states": [
            {"state": s.state, "vote": s.vote, "reason": s.reason, "members": s.members, "detail": s.detail}
            for s in house.states
        ],
        "counts": house.counts,
        "no_vote": house.no_vote,
        "winner": house.winner,
        "deadlock": house.deadlock,
        "record": {"ballot": house.record.ballot, "source": house.record.source} if house.record else None,
        "outcome": house.reason,
    }


def _senate_json(senate: SenateResult) -> dict[str, object]:
    body = senate.body
    return {
        "needed": senate.needed,
        "rule": senate.rule or None,
        "eligible": list(senate.eligible),
        "tied": senate.tied,
        "congress": body.congress if body else None,
        "data_congress": body.data.number if body else None,
        "data_source": body.data.senate_source if body else None,
        "whole_number": senate.whole_number,
        "needed_to_win": senate.needed_to_win,
        "quorum": senate.quorum,
        "present": senate.present,
        "states": [
            {
                "state": s.state,
                "senators": [
                    {"party": v.party, "vote": v.vote, "by_party_count": v.by_party_count} for v in s.senators
                ],
                "reason": s.reason,
                "detail": s.detail,
            }
            for s in senate.states
        ],
        "counts": senate.counts,
        "not_voting": senate.not_voting,
        "winner": senate.winner,
        "deadlock": senate.deadlock,
        "record": {"ballot": senate.record.ballot, "source": senate.record.source} if senate.record else None,
        "outcome": senate.reason,
    }


def contingent_json(scenario: Scenario, result: Tally, contingent: ContingentResult) -> dict[str, object]:
    outcome = contingent.outcome
    return {
        "election": result.year,
        "mode": "pledged" if scenario.start is Start.PLEDGED else "cast",
        "appointed": result.appointed,
        "majority": result.majority,
        "electoral_votes": {
            "president": dict(result.president.votes),
            "vice_president": dict(result.vice_president.votes),
        },
        "house": _house_json(contingent.house),
        "senate": _senate_json(contingent.senate),
        "outcome": {
            "president": outcome.president,
            "vice_president": outcome.vice_president,
            "term_begins": outcome.term_begins,
            "acting_president": outcome.acting,
            "text": outcome.text,
        },
    }


def _votes_line(votes: dict[str, int], limit: int = 6) -> str:
    shown = [f"{name} {n}" for name, n in list(votes.items())[:limit]]
    if len(votes) > limit:
        shown.append(f"{len(votes) - limit} more")
    return ", ".join(shown) or "none"


def _source(source: str) -> str:
    if source == "terms":
        return "the first member seated in each seat, from the terms of service"
    return source


def _house_lines(house: HouseResult, result: Tally) -> list[str]:
    if not house.needed:
        return [f"President: {house.reason}"]
    president = result.president
    lines = [
        f"President: no one has {result.majority} of {result.appointed} electoral votes "
        f"({_votes_line(president.votes)}).",
    ]
    limit = "three" if house.rule == "12th" else "five"
    if house.rule == "pre12-tie":
        lines.append(f"The House chooses between the tied leaders: {', '.join(house.eligible)}.")
    else:
        lines.append(f"The House chooses among the top {limit}: {', '.join(house.eligible) or 'no one'}.")
    if house.tied_at_cutoff:
        lines.append(
            f"Tie for the last place: {', '.join(house.tied_at_cutoff)} — admitting all would exceed "
            f"{limit}, so none is admitted (the Constitution's text leaves this unsettled)."
        )
    if house.body:
        lines.append(
            f"House of {house.body.describe()}; delegations: {_source(house.body.data.house_source)}."
        )
    lines.append(
        f"{house.states_total} states vote, one vote each; {house.needed_to_win} needed; "
        f"quorum {house.quorum} states; DC has no vote."
    )
    if house.record:
        lines.append(f"Recorded vote, {house.record.ballot}: {house.record.note}")
    lines.append("")
    rows = [
        (s.state, s.vote or "(no vote)", ", ".join(f"{p} {n}" for p, n in s.members.items()) or "-", s)
        for s in house.states
    ]
    width = max(len(vote) for _, vote, _, _ in rows)
    members_width = max(len(members) for _, _, members, _ in rows)
    for code, vote, members, state in rows:
        lines.append(f"  {code}  {vote:<{width}}  {members:<{members_width}}  {state.reason}: {state.detail}")
    lines.append("")
    lines.append(f"States: {_votes_line(house.counts, 10)}; no vote {house.no_vote}.")
    lines.append(house.reason)
    if house.record:
        lines.append(f"Source: {house.record.source}.")
    return lines


def _senate_lines(senate: SenateResult, result: Tally) -> list[str]:
    if not senate.needed:
        return [f"Vice President: {senate.reason}"]
    lines = []
    if senate.rule == "pre12-second":
        lines.append(
            f"Vice President: a tie for second place; the Senate chooses among {', '.join(senate.eligible)}."
        )
    else:
        lines.append(
            f"Vice President: no one has {result.majority} of {result.appointed} electoral votes "
            f"({_votes_line(result.vice_president.votes)})."
        )
        lines.append(f"The Senate chooses between the two highest numbers: {', '.join(senate.eligible)}.")
        if senate.tied:
            lines.append("A tie among the two highest numbers admits everyone who holds one of them.")
    if senate.body:
        lines.append(f"Senate of {senate.body.describe()}; senators: {senate.body.data.senate_source}.")
    lines.append(
        f"{senate.whole_number} senators in all; {senate.needed_to_win} needed; quorum {senate.quorum}; "
        "each senator votes."
    )
    if senate.record:
        lines.append(f"Recorded vote, {senate.record.ballot}: {senate.record.note}")
        lines.append("The rows below show each senator's party; the totals are the recorded ones.")
    lines.append("")
    for state in senate.states:
        lines.append(f"  {state.state}  {state.reason}: {state.detail}")
    lines.append("")
    lines.append(f"Senators: {_votes_line(senate.counts)}; not voting {senate.not_voting}.")
    lines.append(senate.reason)
    if senate.record:
        lines.append(f"Source: {senate.record.source}.")
    return lines


def contingent_text(
    scenario: Scenario, result: Tally, contingent: ContingentResult, args: argparse.Namespace
) -> str:
    mode = "as pledged" if scenario.start is Start.PLEDGED else "official result"
    lines = [f"{result.year} — contingent election ({mode}, with any edits applied)", ""]
    lines += _house_lines(contingent.house, result)
    if args.delegation and not contingent.house.needed:
        lines.append("(--delegation has no effect: the House does not vote.)")
    lines.append("")
    lines += _senate_lines(contingent.senate, result)
    if (args.senate or args.senate_party) and not contingent.senate.needed:
        lines.append("(--senate/--senate-party have no effect: the Senate does not vote.)")
    lines.append("")
    lines.append(f"Outcome: {contingent.outcome.text}")
    return "\n".join(lines)
