"""The House's vote for President: one vote per state delegation.

Default votes follow party make-up in the Congress that would vote (gui.domain.congress);
recorded historical votes (1801, 1825) replace them; a user's hand-set votes replace both.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from gui.domain.congress import Congress, CongressData, ContingentBody, Delegation, HouseRecord, load_congress
from gui.domain.contingent.overrides import check_person, check_state
from gui.domain.contingent.parties import Choice, choose, families
from gui.domain.contingent.rules import (
    DIVIDED,
    HouseRule,
    house_rule,
    majority_of_states,
    pending,
    ranked_counts,
    two_thirds,
    voting_states,
)
from gui.domain.scenario import Scenario
from gui.domain.tally import Tally


class Why(StrEnum):
    """Why a state votes as it does (in the House or, for its senators, the Senate)."""

    PARTY = "party"  # its party make-up gives a majority to one candidate's party
    SPLIT = "divided"  # no party has a majority of the delegation
    NO_CANDIDATE = "no candidate"  # the majority party has no (single) candidate in the running
    NO_DATA = "no data"  # no members in the source data: absent
    HISTORICAL = "historical"  # the recorded vote
    OVERRIDE = "override"  # set by the user
    PARTY_COUNT = "party count"  # Senate: the user set how many of a party vote for whom


@dataclass(frozen=True)
class StateVote:
    """How one state's House delegation votes, and why."""

    state: str
    vote: str | None  # the candidate; None = no vote (divided, blank, no candidate, absent)
    reason: Why
    members: dict[str, int]  # party family -> representatives ({} when the data has none)
    seats: int = 0
    choice: Choice | None = None  # PARTY and NO_CANDIDATE: the majority party's choice
    recorded: str = ""  # HISTORICAL: the recorded value (a candidate, "blank" or "divided")
    ballot: str = ""  # HISTORICAL: which ballot of the record


class Decision(StrEnum):
    """Where a chamber's vote ends."""

    NOT_NEEDED = "not needed"  # the electors decided (or have not finished)
    ELECTED = "elected"
    DEADLOCK = "deadlock"
    NO_QUORUM = "no quorum"


@dataclass(frozen=True)
class ChamberCount:
    """A chamber's vote: the count per candidate and what it decides."""

    counts: dict[str, int]  # eligible candidate -> states or senators, most first
    needed_to_win: int
    quorum: int
    present: int
    winner: str | None  # chosen by the chamber (or by the electors when it does not vote)
    decision: Decision

    @classmethod
    def of(
        cls, votes: dict[str, int], eligible: list[str], to_win: int, present: int, quorum: int
    ) -> ChamberCount:
        """Count ``votes``: the first to reach ``to_win`` is chosen; without a quorum, no one."""
        counts = ranked_counts(votes, eligible)
        if present < quorum:
            return cls(counts, to_win, quorum, present, None, Decision.NO_QUORUM)
        winner = next((name for name, n in counts.items() if n >= to_win), None)
        return cls(counts, to_win, quorum, present, winner, Decision.ELECTED if winner else Decision.DEADLOCK)

    @classmethod
    def not_needed(cls, to_win: int, quorum: int, winner: str | None) -> ChamberCount:
        return cls({}, to_win, quorum, 0, winner, Decision.NOT_NEEDED)


class _ChamberResult:
    """What a House and a Senate result share: their count, read through these names."""

    count: ChamberCount
    needed: bool

    @property
    def counts(self) -> dict[str, int]:
        return self.count.counts

    @property
    def needed_to_win(self) -> int:
        return self.count.needed_to_win

    @property
    def quorum(self) -> int:
        return self.count.quorum

    @property
    def present(self) -> int:
        return self.count.present

    @property
    def winner(self) -> str | None:
        return self.count.winner

    @property
    def decision(self) -> Decision:
        return self.count.decision

    @property
    def quorum_present(self) -> bool:
        return self.present >= self.quorum

    @property
    def deadlock(self) -> bool:
        return self.needed and self.winner is None


@dataclass(frozen=True)
class HouseResult(_ChamberResult):
    year: int
    needed: bool  # no one has an electoral majority for President: the House chooses
    rule: HouseRule | None  # None when the House does not vote
    eligible: tuple[str, ...]
    tied_at_cutoff: tuple[str, ...]  # tied for the last place the rule allows: not admitted (flag)
    body: ContingentBody | None
    states: tuple[StateVote, ...]
    no_vote: int  # states casting no vote (divided, blank, no candidate, absent)
    states_total: int
    count: ChamberCount  # a majority of all the states to win; quorum, two-thirds of them
    record: HouseRecord | None  # the historical vote used, if any
    undecided: int = 0  # electoral votes still undecided (the House waits)

    @property
    def tie_for_last_place(self) -> bool:
        """A tie at the cutoff (third place under the 12th Amendment, fifth before it)."""
        return bool(self.tied_at_cutoff)

    def state(self, code: str) -> StateVote:
        return next(s for s in self.states if s.state == code)


def _delegation_vote(
    code: str, delegation: Delegation | None, by_candidate: dict[str, str | None], heads: set[str]
) -> StateVote:
    if delegation is None or delegation.seats == 0:
        return StateVote(code, None, Why.NO_DATA, {})
    members = dict(delegation.members)
    seats = delegation.seats
    majority = next((party for party, n in members.items() if 2 * n > seats), None)
    if majority is None:
        return StateVote(code, None, Why.SPLIT, members, seats)
    choice = choose(majority, by_candidate, heads)
    reason = Why.PARTY if choice.vote else Why.NO_CANDIDATE
    return StateVote(code, choice.vote, reason, members, seats, choice)


def body_of(data: CongressData, year: int) -> ContingentBody | None:
    try:
        return data.body(year)
    except LookupError:
        return None


def house_election(
    tally_result: Tally,
    scenario: Scenario,
    overrides: Mapping[str, str] | None = None,
    *,
    use_history: bool = True,
    data: CongressData | None = None,
) -> HouseResult:
    """The House's vote for President. ``overrides`` maps a state to a candidate or "divided"."""
    data = data or load_congress()
    election = scenario.election
    voting = voting_states(election)
    checked: dict[str, str | None] = {}
    president = tally_result.president
    needed = president.winner is None and not pending(president)
    rule, eligible, tied = house_rule(tally_result) if needed else (None, [], [])
    everyone = tuple(eligible) if needed else tuple(scenario.candidate_names())
    for key, value in (overrides or {}).items():
        code = check_state(election, key, "House")
        checked[code] = (
            None if value.strip().lower() == DIVIDED else check_person(scenario, value, everyone, "House")
        )
    body = body_of(data, election.year)
    total = len(voting)
    to_win, quorum = majority_of_states(total), two_thirds(total)
    if not needed:
        return HouseResult(
            year=election.year,
            needed=False,
            rule=None,
            eligible=(),
            tied_at_cutoff=(),
            body=body,
            states=(),
            no_vote=0,
            states_total=total,
            count=ChamberCount.not_needed(to_win, quorum, president.winner),
            record=None,
            undecided=president.undecided if pending(president) else 0,
        )

    congress: Congress | None = body.data if body else None
    by_candidate = families(scenario, tuple(eligible), data)
    heads = scenario.ticket_heads()
    record = data.house_record(election.year) if use_history else None
    if record and set(record.candidates) != set(eligible):
        record = None  # the record describes another contest
    states: list[StateVote] = []
    for code in voting:
        delegation = congress.house.get(code) if congress else None
        members = dict(delegation.members) if delegation else {}
        if code in checked:
            states.append(StateVote(code, checked[code], Why.OVERRIDE, members))
        elif record and code in record.votes:
            value = record.votes[code]
            vote = value if value in eligible else None
            states.append(
                StateVote(code, vote, Why.HISTORICAL, members, recorded=value, ballot=record.ballot)
            )
        else:
            states.append(_delegation_vote(code, delegation, by_candidate, heads))
    votes = {name: sum(1 for s in states if s.vote == name) for name in eligible}
    present = sum(1 for s in states if s.reason is not Why.NO_DATA)
    return HouseResult(
        year=election.year,
        needed=True,
        rule=rule,
        eligible=tuple(eligible),
        tied_at_cutoff=tuple(tied),
        body=body,
        states=tuple(states),
        no_vote=sum(1 for s in states if s.vote is None),
        states_total=total,
        count=ChamberCount.of(votes, eligible, to_win, present, quorum),
        record=record,
    )
