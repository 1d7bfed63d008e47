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


class _ChamberResult:
    """What a House and a Senate result share (each defines these fields)."""

    present: int
    quorum: int
    needed: bool
    winner: str | None

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
    counts: dict[str, int]  # eligible candidate -> states, most first
    no_vote: int  # states casting no vote (divided, blank, no candidate, absent)
    states_total: int
    needed_to_win: int  # a majority of all the states
    quorum: int  # members from two-thirds of the states
    present: int
    winner: str | None  # chosen by the House (or by the electors when needed is False)
    record: HouseRecord | None  # the historical vote used, if any
    decision: Decision
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
            counts={},
            no_vote=0,
            states_total=total,
            needed_to_win=to_win,
            quorum=quorum,
            present=0,
            winner=president.winner,
            record=None,
            decision=Decision.NOT_NEEDED,
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
    counts = {name: sum(1 for s in states if s.vote == name) for name in eligible}
    counts = dict(sorted(counts.items(), key=lambda kv: (-kv[1], eligible.index(kv[0]))))
    present = sum(1 for s in states if s.reason is not Why.NO_DATA)
    winner = next((name for name, n in counts.items() if n >= to_win), None)
    if present < quorum:
        winner, decision = None, Decision.NO_QUORUM
    else:
        decision = Decision.ELECTED if winner else Decision.DEADLOCK
    return HouseResult(
        year=election.year,
        needed=True,
        rule=rule,
        eligible=tuple(eligible),
        tied_at_cutoff=tuple(tied),
        body=body,
        states=tuple(states),
        counts=counts,
        no_vote=sum(1 for s in states if s.vote is None),
        states_total=total,
        needed_to_win=to_win,
        quorum=quorum,
        present=present,
        winner=winner,
        record=record,
        decision=decision,
    )
