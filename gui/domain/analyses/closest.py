"""Closest paths: the fewest voters whose switch would have changed the outcome.

Each state whose own vote decides electors (the whole state; Maine's and Nebraska's at-large
pair) can be flipped: ⌊m/2⌋+1 voters switching from its leader to another candidate overturn a
margin of m. The cheapest set of flips is found exactly, by dynamic programming over electoral
votes (a knapsack over states, never greedy), from the scenario as it stands:

- elect: flip states to the target (the runner-up in electoral votes, or anyone named) until the
  target has a majority outright;
- deny: flip the winner's states to each state's runner-up until no one has a majority (the flips
  must not hand the national runner-up a majority either).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from gui.domain.allocation import popular_states
from gui.domain.catalog import Office
from gui.domain.popular_vote import Margin, StateVote
from gui.domain.scenario import Scenario
from gui.domain.tally import tally

if TYPE_CHECKING:
    import numpy as np

# numpy is imported by the solvers only: the window's history names these types before its
# first frame, which must not wait for numpy.
NEVER = (2**63 - 1) // 4  # np.iinfo(np.int64).max // 4: no sum of a few of them overflows


class Goal(Enum):
    ELECT = "elect"
    DENY = "deny"


class NoPath(Enum):
    ALREADY = "already"  # the target already has a majority (or, to deny: no one has one)
    NO_WINNER = "no winner"  # nothing to deny
    UNREACHABLE = "unreachable"  # even flipping every state would not do it
    NO_VOTES = "no votes"  # the election has no popular vote


@dataclass(frozen=True)
class Flip:
    state: str
    margin: Margin  # leader and margin over the candidate the state flips to
    electors: int  # seats that change hands
    switchers: int  # ⌊margin/2⌋+1


@dataclass(frozen=True)
class ClosestPath:
    goal: Goal
    winner: str | None  # who holds a majority now (None if no one)
    target: str  # whom the flips go to (to deny: the national runner-up)
    majority: int
    flips: tuple[Flip, ...]
    before: dict[str, int]  # electoral votes of the winner and target, now
    after: dict[str, int]  # and after the flips
    why_not: NoPath | None = None

    @property
    def switchers(self) -> int:
        return sum(f.switchers for f in self.flips)

    @property
    def margin_votes(self) -> int:
        return sum(f.margin.votes for f in self.flips)


def _capped_step(table: np.ndarray, gain: int, cost: int, cap: int) -> np.ndarray:
    """Along axis 0: from reach g, taking the item reaches min(g + gain, cap), at ``cost``."""
    import numpy as np

    out = np.full_like(table, NEVER)
    if gain <= 0:
        out[:] = table + cost
        return np.minimum(out, NEVER)
    if gain < cap:
        out[gain:cap] = table[: cap - gain] + cost
    out[cap] = table[max(cap - gain, 0) :].min(axis=0) + cost
    return np.minimum(out, NEVER)


def _sources(g: int, gain: int, cap: int) -> range:
    """The reaches before an item of ``gain`` that lead to reach ``g`` (capped at ``cap``)."""
    if g < cap:
        return range(g - gain, g - gain + 1) if g - gain >= 0 else range(0)
    return range(max(cap - gain, 0), cap + 1)


def cheapest_to_reach(items: Sequence[tuple[int, int]], need: int) -> tuple[int, tuple[int, ...]] | None:
    """Items (cost, gain): the cheapest subset with total gain >= need, as (cost, indices);
    None when even all of them fall short. Exact: a table over the gain, capped at need."""
    import numpy as np

    if need <= 0:
        return 0, ()
    tables = [np.full(need + 1, NEVER, dtype=np.int64)]
    tables[0][0] = 0
    for cost, gain in items:
        tables.append(np.minimum(tables[-1], _capped_step(tables[-1], gain, cost, need)))
    if tables[-1][need] >= NEVER:
        return None
    chosen, g = [], need
    for k in range(len(items), 0, -1):
        here = tables[k][g]
        if here == tables[k - 1][g]:
            continue
        cost, gain = items[k - 1]
        g = next(p for p in _sources(g, gain, need) if tables[k - 1][p] + cost == here)
        chosen.append(k - 1)
    return int(tables[-1][need]), tuple(sorted(chosen))


def cheapest_to_deny(
    items: Sequence[tuple[int, int, int]], need_loss: int, room: int
) -> tuple[int, tuple[int, ...]] | None:
    """Items (cost, loss, gain): the cheapest subset whose losses add up to >= need_loss while
    its gains stay <= room; None if there is none. Exact: a table over (loss capped, gain)."""
    import numpy as np

    if need_loss <= 0:
        return 0, ()
    if room < 0:
        return None
    first = np.full((need_loss + 1, room + 1), NEVER, dtype=np.int64)
    first[0, 0] = 0
    tables = [first]
    for cost, loss, gain in items:
        step = np.full_like(first, NEVER)
        if gain <= room:
            moved = _capped_step(tables[-1], loss, cost, need_loss)
            step[:, gain:] = moved[:, : room + 1 - gain]
        tables.append(np.minimum(tables[-1], step))
    last = tables[-1][need_loss]
    if last.min() >= NEVER:
        return None
    chosen, g, t = [], need_loss, int(last.argmin())
    for k in range(len(items), 0, -1):
        here = tables[k][g, t]
        if here == tables[k - 1][g, t]:
            continue
        cost, loss, gain = items[k - 1]
        t -= gain
        g = next(p for p in _sources(g, loss, need_loss) if tables[k - 1][p, t] + cost == here)
        chosen.append(k - 1)
    return int(last.min()), tuple(sorted(chosen))


def _flip_margin(code: str, vote: StateVote, to: str) -> Margin | None:
    """The margin the state's leader holds over ``to`` (None if ``to`` already leads or got no votes)."""
    leader = vote.leader
    if leader is None or leader == to or vote.votes.get(to, 0) <= 0:
        return None
    votes = vote.votes[leader] - vote.votes[to]
    return Margin(code, leader, to, votes, votes / vote.total)


def _statewide(scenario: Scenario, code: str) -> list[int]:
    election = scenario.election
    return [
        i
        for u in election.state(code).units
        if not election.unit(u).is_district
        for i in election.unit(u).electors
    ]


def closest_path(scenario: Scenario, goal: Goal = Goal.ELECT, target: str | None = None) -> ClosestPath:
    """The cheapest flips (in voters switching) that elect ``target`` (default: the runner-up
    in electoral votes) outright, or with ``Goal.DENY`` leave no one a majority."""
    result = tally(scenario).president
    majority = tally(scenario).majority
    votes = dict(result.votes)
    winner = result.winner
    ranked = [name for name in votes if name != winner]
    if target is None:
        target = ranked[0] if winner else (list(votes)[1] if len(votes) > 1 else "")
    casts = scenario.every_cast(Office.PRESIDENT)  # by elector index; states out of the base left out
    states = {
        code: vote
        for code, vote in popular_states(scenario).items()
        if vote.has_vote and scenario.is_appointed(code)
    }
    keys = [n for n in (winner, target) if n]
    before = {n: votes.get(n, 0) for n in keys}

    def answer(flips: tuple[Flip, ...], why: NoPath | None = None) -> ClosestPath:
        after = dict(before)
        for f in flips:
            seats = _statewide(scenario, f.state)
            for name in keys:
                after[name] -= sum(1 for i in seats if casts[i] == name)
            if f.margin.runner_up in after:
                after[f.margin.runner_up] += len(seats)
        return ClosestPath(goal, winner, target, majority, flips, before, after, why)

    if not states:
        return answer((), NoPath.NO_VOTES)
    options: list[Flip] = []
    if goal is Goal.ELECT:
        if votes.get(target, 0) >= majority:
            return answer((), NoPath.ALREADY)
        for code, vote in states.items():
            found = _flip_margin(code, vote, target)
            seats = _statewide(scenario, code)
            gain = sum(1 for i in seats if casts[i] != target)
            if found and gain:
                options.append(Flip(code, found, gain, found.switchers))
        picked = cheapest_to_reach(
            [(f.switchers, f.electors) for f in options], majority - votes.get(target, 0)
        )
    else:
        if winner is None:
            return answer((), NoPath.NO_WINNER)
        room = majority - 1 - votes.get(target, 0)
        items = []
        for code, vote in states.items():
            ranked_here = [n for n, _ in vote.ranked() if n != winner]
            if vote.leader != winner or not ranked_here:
                continue
            found = _flip_margin(code, vote, ranked_here[0])
            seats = _statewide(scenario, code)
            loss = sum(1 for i in seats if casts[i] == winner)
            if found and loss:
                gain = sum(1 for i in seats if casts[i] != target) if found.runner_up == target else 0
                options.append(Flip(code, found, loss, found.switchers))
                items.append((found.switchers, loss, gain))
        picked = cheapest_to_deny(items, votes[winner] - majority + 1, room)
    if picked is None:
        return answer((), NoPath.UNREACHABLE)
    return answer(tuple(options[k] for k in picked[1]))
