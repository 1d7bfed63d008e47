"""Paths to victory: which ways the toss-ups can fall, and which combinations win.

Each toss-up goes wholly to A or to B (its electors all vote for that candidate); every other
unit keeps its current presidential votes. The 2^k outcomes are counted exactly by dynamic
programming over A's electoral votes from the toss-ups, never listed one by one.

Tipping point (our definition): the toss-up that is decisive for a candidate in the most
outcomes of the other toss-ups, that is, the one with the most Banzhaf swings among the
toss-ups: the outcomes of the others in which the candidate wins with it and loses without it.
Ties go to the unit with more electors, then to the election's order of units.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from gui.domain.analyses.contest import Contest, Outcome, open_contest, pick_pair
from gui.domain.analyses.subset_sums import count_by_sum, count_minimal, minimal_sets, swings
from gui.domain.scenario import Scenario
from gui.domain.tally import tally

DEFAULT_LISTED = 50


@dataclass(frozen=True)
class CandidatePaths:
    """What the toss-ups mean for one candidate."""

    name: str
    need: int  # electoral votes still needed from the toss-ups (<= 0: already has a majority)
    minimal_count: int  # minimal winning combinations, exactly
    minimal: tuple[tuple[str, ...], ...]  # the first ones, fewest toss-ups first
    pivotal: dict[str, int]  # toss-up -> outcomes of the other toss-ups in which it is decisive
    tipping_point: str | None  # the toss-up decisive most often (None if none ever is)

    @property
    def minimal_complete(self) -> bool:
        return len(self.minimal) == self.minimal_count


@dataclass(frozen=True)
class Paths:
    contest: Contest
    outcomes: dict[Outcome, int]  # how many of the 2^k outcomes end each way
    candidates: tuple[CandidatePaths, CandidatePaths]  # A, then B

    @property
    def total(self) -> int:
        return 2 ** len(self.contest.units)


def _candidate_paths(contest: Contest, name: str, need: int, listed: int) -> CandidatePaths:
    weights = contest.weights
    pivotal = dict(zip(contest.units, swings(weights, need) if need > 0 else [0] * len(weights), strict=True))
    order = {u: i for i, u in enumerate(contest.units)}
    best = max(contest.units, key=lambda u: (pivotal[u], weights[order[u]], -order[u]), default=None)
    sets = minimal_sets(weights, need, listed)
    return CandidatePaths(
        name=name,
        need=need,
        minimal_count=count_minimal(weights, need),
        minimal=tuple(tuple(contest.units[i] for i in s) for s in sets),
        pivotal=pivotal,
        tipping_point=best if best is not None and pivotal[best] > 0 else None,
    )


def paths_to_victory(
    scenario: Scenario,
    tossups: Sequence[str],
    candidates: Sequence[str] | None = None,
    *,
    listed: int = DEFAULT_LISTED,
) -> Paths:
    """Count how the toss-ups (unit ids, already checked) can fall between two candidates
    (names, resolved like the CLI; default: the top two of the current tally)."""
    result = tally(scenario)
    a, b = pick_pair(scenario, candidates, result)
    contest = open_contest(scenario, tossups, a, b, result)
    counts = count_by_sum(contest.weights)  # subsets given to A, by A's electoral votes
    outcomes = dict.fromkeys(Outcome, 0)
    for a_open, ways in enumerate(counts):
        if ways:
            outcomes[contest.outcome(a_open)] += ways
    return Paths(
        contest=contest,
        outcomes=outcomes,
        candidates=(
            _candidate_paths(contest, a, contest.need_a, listed),
            # B's combinations are the toss-ups B carries: the same weights, B's own need.
            _candidate_paths(contest, b, contest.need_b, listed),
        ),
    )
