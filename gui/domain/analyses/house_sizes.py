"""The presidential count of a scenario for every House size in a range: where the winner changes.

For each size the scenario is taken as :class:`gui.domain.commands.Reapportion` would leave it
under the scenario's apportionment (census, method, DC and Puerto Rico) with that House: every
elector kept votes as in the scenario and every elector added votes for the ticket that carried
the state. Each state's votes depend only on its number of electors, so they are worked out
once per state and number, and a sweep of a thousand sizes takes a fraction of a second.
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass, replace

from gui.domain.analyses.contest import Outcome, pick_pair, require_12th_amendment
from gui.domain.apportionment import Choice, SizeRule, default_choice, house_sizes
from gui.domain.reapportion import record_keys, state_slots, ticket_of_state
from gui.domain.scenario import Ballot, Office, Scenario
from gui.domain.tally import majority_of


@dataclass(frozen=True)
class SizeCount:
    """The presidential count with a House of ``size`` seats."""

    size: int
    appointed: int
    majority: int
    a_votes: int
    b_votes: int
    leader: str  # whoever has the most votes (the first by name of those tied)
    leader_votes: int
    undecided: int
    outcome: Outcome

    @property
    def margin(self) -> int:
        """A's votes less B's (negative: B leads)."""
        return self.a_votes - self.b_votes


@dataclass(frozen=True)
class Run:
    """Consecutive House sizes with the same outcome."""

    first: int
    last: int
    outcome: Outcome
    winner: str | None  # the candidate elected (A, B or another), None for a tie or no majority


@dataclass(frozen=True)
class HouseSweep:
    year: int
    choice: Choice  # the apportionment swept (its size and rule aside)
    a: str
    b: str
    counts: tuple[SizeCount, ...]

    def runs(self) -> list[Run]:
        found = []
        for (outcome, winner), group in itertools.groupby(self.counts, key=_winner):
            sizes = [count.size for count in group]
            found.append(Run(sizes[0], sizes[-1], outcome, winner))
        return found

    def ties(self) -> list[int]:
        """The sizes at which A and B tie with no majority."""
        return [count.size for count in self.counts if count.outcome is Outcome.TIE]

    def changes(self) -> list[int]:
        """The sizes at which someone other than the last candidate elected (at a smaller size,
        ties and sizes with no majority skipped) is elected."""
        found = []
        last = None
        for count in self.counts:
            winner = _winner(count)[1]
            if winner is not None:
                if last is not None and winner != last:
                    found.append(count.size)
                last = winner
        return found

    def at(self, size: int) -> SizeCount:
        return self.counts[size - self.counts[0].size]


def _winner(count: SizeCount) -> tuple[Outcome, str | None]:
    if count.outcome in (Outcome.A, Outcome.B, Outcome.OTHER):
        return count.outcome, count.leader
    return count.outcome, None


def sweep_choice(scenario: Scenario) -> Choice:
    """The apportionment a sweep varies: the scenario's own, else the one the election used."""
    return scenario.reapportioned.choice if scenario.reapportioned else default_choice(scenario.record)


def sweep_house_sizes(
    scenario: Scenario, sizes: range, names: list[str] | None = None, choice: Choice | None = None
) -> HouseSweep:
    """The count for every House size in ``sizes``, followed for two candidates (named, or the
    top two of the scenario's count)."""
    require_12th_amendment(scenario)
    a, b = pick_pair(scenario, names)
    chosen = replace(choice or sweep_choice(scenario), rule=SizeRule.FIXED)
    record, election = scenario.record, scenario.election
    keys = scenario.reapportioned.keys if scenario.reapportioned else record_keys(election)
    index_of = {key: i for i, key in enumerate(keys)}
    pledges = [scenario.pledge(i) for i in range(len(election.electors))]
    casts = scenario.every_cast(Office.PRESIDENT)  # by elector index
    out_of_base = scenario.not_appointed
    rejected = set(election.rejected_recipients)
    added: dict[str, str] = {}  # who an elector added to a state votes for
    memo: dict[tuple[str, int], tuple[Counter[str], int]] = {}

    def state_votes(code: str, count: int) -> tuple[Counter[str], int]:
        """A state's presidential votes and undecided electors when it has ``count`` electors."""
        found = memo.get((code, count))
        if found is None and code in out_of_base:
            found = memo[(code, count)] = (Counter(), 0)
        if found is None:
            if code not in added:
                added[code] = ticket_of_state(election, pledges, code).president
            votes: Counter[str] = Counter()
            undecided = 0
            for key in state_slots(record, code, count):
                i = index_of.get(key)
                name = added[code] if i is None else casts[i]
                if name and name not in rejected:
                    votes[name] += 1
                elif not name and (i is None or scenario.ballot(i, Office.PRESIDENT) is Ballot.UNDECIDED):
                    undecided += 1
            found = memo[(code, count)] = (votes, undecided)
        return found

    # From one size to the next only a state or two change: the totals follow those.
    totals: Counter[str] = Counter()
    undecided = 0
    held: dict[str, int] = {}
    counts = []
    for allotment in house_sizes(record, chosen, sizes):
        for code, electors in allotment.electors.items():
            before = held.get(code)
            if before == electors:
                continue
            if before is not None:
                votes, waiting = state_votes(code, before)
                totals.subtract(votes)
                undecided -= waiting
            votes, waiting = state_votes(code, electors)
            totals.update(votes)
            undecided += waiting
            held[code] = electors
        appointed = allotment.appointed - sum(allotment.electors.get(code, 0) for code in out_of_base)
        majority = majority_of(appointed)
        leader, most = min(totals.items(), key=lambda item: (-item[1], item[0]), default=("", 0))
        a_votes, b_votes = totals[a], totals[b]
        counts.append(
            SizeCount(
                allotment.house_size,
                appointed,
                majority,
                a_votes,
                b_votes,
                leader,
                most,
                undecided,
                _outcome(a_votes, b_votes, leader, most, majority, a, b),
            )
        )
    return HouseSweep(election.year, chosen, a, b, tuple(counts))


def _outcome(
    a_votes: int, b_votes: int, leader: str, leader_votes: int, majority: int, a: str, b: str
) -> Outcome:
    if leader_votes >= majority:
        return Outcome.A if leader == a else Outcome.B if leader == b else Outcome.OTHER
    return Outcome.TIE if a_votes == b_votes else Outcome.NONE
