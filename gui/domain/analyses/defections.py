"""Defections needed: how many electors would have to change their presidential vote.

Two questions, each answered with the exact minimum, one cheapest set of electors and the edit
that applies it (one :class:`Batch`, so it undoes in one step):

* deny the leader a majority: the leader must fall to ``majority - 1`` votes, so the answer is
  ``leader's votes - (majority - 1)`` electors who now vote for the leader (2016 as pledged:
  306 - 269 = 37);
* make candidate X win outright: X must reach the majority (appointed // 2 + 1). Every changed
  vote adds exactly one to X, whoever it is taken from (the leader, a third candidate or a blank
  ballot), so the answer is ``majority - X's votes``.

Where the moved votes come from is chosen in this order: electors returning to their pledge
(not faithless, so no state law can stop them), then third candidates and blank ballots, then the
leader's electors; within each group ``state_order`` if given (e.g. states that do not bind their
electors first), then the states with the most such electors, then postal code and number.
``can_defect(seat_index)`` says whether an elector may cast a faithless vote at all; with the
scenario's "apply state laws" rule on, electors of states whose law voids a faithless vote are
left out as well (their vote would be replaced). Returning to the pledge is always allowed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from gui.domain.analyses.contest import require_12th_amendment, resolve_candidate
from gui.domain.catalog import ElectorSeat
from gui.domain.commands import Batch, SetElectorVote
from gui.domain.i18n import translate
from gui.domain.identifiers import InputError
from gui.domain.scenario import BLANK, FAITHFUL, Ballot, Command, Office, Scenario, Vote
from gui.domain.tally import tally

CanDefect = Callable[[int], bool]
StateOrder = Callable[[str], Any]

RETURNING, THIRD, LEADER = 0, 1, 2  # where a moved vote comes from, in order of preference


@dataclass(frozen=True)
class DefectionPlan:
    goal: str  # "deny" (the leader loses the majority) or "elect" (candidate wins outright)
    year: int
    majority: int
    leader: str | None  # the leader of the current tally
    candidate: str | None  # X, for "elect"
    votes: dict[str, int]  # presidential votes now
    needed: int  # the minimum number of electors who must change their vote (0: already so)
    available: int  # electors who could make the change
    changes: tuple[tuple[int, Vote], ...]  # (elector index, new presidential vote), cheapest set
    after: dict[str, int]  # presidential votes once the changes are made

    @property
    def possible(self) -> bool:
        return self.available >= self.needed

    def electors(self, scenario: Scenario) -> list[ElectorSeat]:
        return [scenario.election.electors[i] for i, _ in self.changes]

    def by_state(self, scenario: Scenario) -> dict[str, list[str]]:
        """Elector ids (``TX:3``) grouped by state: states in the order chosen, electors by number."""
        grouped: dict[str, list[ElectorSeat]] = {}
        for seat in self.electors(scenario):
            grouped.setdefault(seat.state, []).append(seat)
        return {
            state: [s.id for s in sorted(seats, key=lambda s: s.number)] for state, seats in grouped.items()
        }

    @property
    def returning(self) -> int:
        """How many of the changes are electors going back to their pledge (not faithless)."""
        return sum(1 for _, vote in self.changes if vote is FAITHFUL)

    def batch(self) -> DefectionBatch:
        """A fresh command applying the changes (commands keep undo state: one per push)."""
        commands: list[Command] = [SetElectorVote(i, Office.PRESIDENT, vote) for i, vote in self.changes]
        name = (self.leader if self.goal == "deny" else self.candidate) or ""
        return DefectionBatch(commands, self.goal, self.needed, name)


@dataclass
class DefectionBatch(Batch):
    """A defection plan applied as one undoable step."""

    goal: str = "deny"  # "deny" the leader a majority, or "elect" the candidate
    count: int = 0
    name: str = ""


def _pool(
    scenario: Scenario,
    takes: Callable[[str], bool],
    new_vote: Callable[[ElectorSeat], Vote],
    leader: str | None,
    can_defect: CanDefect | None,
    state_order: StateOrder | None,
) -> list[tuple[int, Vote, str]]:
    """Electors whose current vote ``takes`` accepts and who may make the change, cheapest
    first: (index, new vote, current vote)."""
    voided = scenario.voiding_electors() if scenario.apply_state_laws else frozenset()
    entries: list[tuple[int, ElectorSeat, Vote, str]] = []
    for seat in scenario.election.electors:
        current = scenario.cast(seat.index, Office.PRESIDENT)
        no_vote = scenario.ballot(seat.index, Office.PRESIDENT) in _NO_VOTE
        if no_vote or not takes(current):
            continue  # no vote to change: undecided, absent, or out of the base
        vote = new_vote(seat)
        if vote is FAITHFUL:
            group = RETURNING
        elif seat.index in voided or (can_defect is not None and not can_defect(seat.index)):
            continue
        else:
            group = LEADER if current == leader else THIRD
        entries.append((group, seat, vote, current))
    per_state = Counter((group, seat.state) for group, seat, _, _ in entries)

    def key(entry: tuple[int, ElectorSeat, Vote, str]) -> tuple[Any, ...]:
        group, seat, _, _ = entry
        preference = state_order(seat.state) if state_order is not None else 0
        return (group, preference, -per_state[group, seat.state], seat.state, seat.number)

    return [(seat.index, vote, current) for _, seat, vote, current in sorted(entries, key=key)]


_NO_VOTE = frozenset({Ballot.UNDECIDED, Ballot.ABSENT, Ballot.NOT_APPOINTED})


def _plan(
    scenario: Scenario,
    goal: str,
    leader: str | None,
    candidate: str | None,
    needed: int,
    pool: list[tuple[int, Vote, str]],
) -> DefectionPlan:
    result = tally(scenario)
    chosen = pool[:needed] if len(pool) >= needed else []
    after = Counter(result.president.votes)
    for index, vote, current in chosen:
        if current and current not in scenario.election.rejected_recipients:
            after[current] -= 1
        new_name = scenario.pledge(index).president if vote is FAITHFUL else vote
        if new_name and new_name not in scenario.election.rejected_recipients:
            after[new_name] += 1
    return DefectionPlan(
        goal=goal,
        year=result.year,
        majority=result.majority,
        leader=leader,
        candidate=candidate,
        votes=dict(result.president.votes),
        needed=needed,
        available=len(pool),
        changes=tuple((index, vote) for index, vote, _ in chosen),
        after=dict(sorted(((n, v) for n, v in after.items() if v > 0), key=lambda item: (-item[1], item[0]))),
    )


def defections_to_deny(
    scenario: Scenario,
    *,
    to: Vote = BLANK,
    can_defect: CanDefect | None = None,
    state_order: StateOrder | None = None,
) -> DefectionPlan:
    """The fewest electors who, by not voting for the leader, leave no one with a majority.

    ``to`` is the defectors' vote: BLANK by default (a blank ballot still counts in the base, so
    it denies the majority like a vote for anyone else), or a person other than the leader.
    An elector pledged to someone else who now votes for the leader simply returns to the pledge.
    """
    require_12th_amendment(scenario)
    result = tally(scenario)
    leader = result.president.winner
    if leader is None:
        top = result.president.leaders(1)
        return _plan(scenario, "deny", top[0] if top else None, None, 0, [])
    if to is FAITHFUL or to == leader:
        raise InputError(f"the defectors' vote must go to someone other than {leader} (or be blank)")
    needed = result.president.votes[leader] - (result.majority - 1)

    def new_vote(seat: ElectorSeat) -> Vote:
        return to if scenario.pledge(seat.index).president == leader else FAITHFUL

    pool = _pool(scenario, lambda current: current == leader, new_vote, leader, can_defect, state_order)
    return _plan(scenario, "deny", leader, None, needed, pool)


def defections_to_elect(
    scenario: Scenario,
    candidate: str,
    *,
    can_defect: CanDefect | None = None,
    state_order: StateOrder | None = None,
) -> DefectionPlan:
    """The fewest electors who, by voting for ``candidate`` (a name as typed), give them a
    majority of the electors appointed."""
    require_12th_amendment(scenario)
    result = tally(scenario)
    x = resolve_candidate(scenario, candidate, result)
    if x in scenario.election.rejected_recipients:
        raise InputError(
            translate(
                "analyses", "votes for {name} were not counted in {year}, so no number of them elects {name}"
            ).format(name=x, year=result.year)
        )
    top = result.president.leaders(1)
    leader = top[0] if top else None
    needed = max(0, result.majority - result.president.votes.get(x, 0))

    def new_vote(seat: ElectorSeat) -> Vote:
        return FAITHFUL if scenario.pledge(seat.index).president == x else x

    pool = _pool(scenario, lambda current: current != x, new_vote, leader, can_defect, state_order)
    return _plan(scenario, "elect", leader, x, needed, pool)
