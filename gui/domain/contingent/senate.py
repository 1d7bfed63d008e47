"""The Senate's vote for Vice President: each senator votes.

Default votes follow each senator's party family; the recorded totals of 1837 replace them;
a user's hand-set votes (by state, or a number of a party's senators) replace both.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from gui.domain.congress import Congress, CongressData, ContingentBody, SenateRecord, Senator, load_congress
from gui.domain.contingent.house import ChamberCount, Why, _ChamberResult, body_of
from gui.domain.contingent.overrides import check_person, check_state
from gui.domain.contingent.parties import choose, families
from gui.domain.contingent.rules import (
    ABSTAIN,
    SenatePlan,
    SenateRule,
    senate_plan,
    two_thirds,
    voting_states,
)
from gui.domain.identifiers import InputError, quoted
from gui.domain.scenario import Scenario
from gui.domain.tally import Tally


@dataclass(frozen=True)
class SenatorVote:
    senator: Senator
    vote: str | None  # None = abstains or counted through a party count
    by_party_count: bool = False


@dataclass(frozen=True)
class StateSenators:
    state: str
    senators: tuple[SenatorVote, ...]  # fewer than two: a vacancy in the source data
    reason: Why  # PARTY, NO_CANDIDATE, NO_DATA, OVERRIDE or PARTY_COUNT


@dataclass(frozen=True)
class SenateResult(_ChamberResult):
    year: int
    plan: SenatePlan  # who is in the running, or why the Senate does not vote
    body: ContingentBody | None
    states: tuple[StateSenators, ...]
    not_voting: int
    whole_number: int  # two senators per state
    count: ChamberCount  # the winner: chosen by the Senate, or the Vice President elected otherwise
    record: SenateRecord | None  # the recorded totals used, if any

    @property
    def needed(self) -> bool:  # type: ignore[override]
        """The Senate chooses the Vice President."""
        return self.plan.needed

    @property
    def rule(self) -> SenateRule | None:
        return self.plan.rule

    @property
    def eligible(self) -> tuple[str, ...]:
        return self.plan.eligible

    @property
    def tied(self) -> bool:
        """More than two admitted: a tie among the two highest numbers."""
        return self.plan.tied

    def state(self, code: str) -> StateSenators:
        return next(s for s in self.states if s.state == code)


def senate_election(
    tally_result: Tally,
    scenario: Scenario,
    overrides: Mapping[str, str] | None = None,
    *,
    party_votes: Mapping[str, Mapping[str, int]] | None = None,
    house_winner: str | None = None,
    use_history: bool = True,
    data: CongressData | None = None,
) -> SenateResult:
    """The Senate's vote for Vice President.

    ``overrides`` maps a state to a candidate or "abstain" (both its senators); ``party_votes``
    maps a party family to how many of its senators (outside overridden states) vote for whom
    ("abstain" for those who do not vote), the rest of the party voting as the party would.
    Before the 12th Amendment pass the House's choice: the runner-up is Vice President once
    the President is chosen.
    """
    data = data or load_congress()
    election = scenario.election
    voting = voting_states(election)
    whole = 2 * len(voting)
    plan = senate_plan(tally_result, house_winner)
    everyone = plan.eligible if plan.needed else tuple(scenario.candidate_names())
    checked: dict[str, str | None] = {}
    for key, value in (overrides or {}).items():
        code = check_state(election, key, "Senate")
        checked[code] = (
            None if value.strip().lower() == ABSTAIN else check_person(scenario, value, everyone, "Senate")
        )
    body = body_of(data, election.year)
    congress = body.data if body else None
    pre12 = tally_result.pre_12th_amendment
    # The original Constitution sets no threshold for the Senate's choice: ordinary Senate rules
    # (a quorum of a majority, a majority of those voting); the 12th Amendment sets both.
    quorum = whole // 2 + 1 if pre12 else two_thirds(whole)
    if not plan.needed:
        return SenateResult(
            year=election.year,
            plan=plan,
            body=body,
            states=(),
            not_voting=0,
            whole_number=whole,
            count=ChamberCount.not_needed(whole // 2 + 1, quorum, plan.elected),
            record=None,
        )

    eligible = list(plan.eligible)
    by_candidate = families(scenario, plan.eligible, data)
    heads = scenario.ticket_heads() if pre12 else scenario.running_mates()
    counted = _party_counts(party_votes or {}, congress, checked, by_candidate, heads, scenario)
    states: list[StateSenators] = []
    counts = dict.fromkeys(eligible, 0)
    for code in voting:
        seats = congress.senate.get(code, ()) if congress else ()
        if code in checked:
            vote = checked[code]
            states.append(StateSenators(code, tuple(SenatorVote(s, vote) for s in seats), Why.OVERRIDE))
            continue
        if not seats:
            states.append(StateSenators(code, (), Why.NO_DATA))
            continue
        votes = []
        for senator in seats:
            if senator.caucus in counted:
                votes.append(SenatorVote(senator, None, by_party_count=True))
            else:
                votes.append(SenatorVote(senator, choose(senator.caucus, by_candidate, heads).vote))
        reason = Why.PARTY if any(v.vote for v in votes) else Why.NO_CANDIDATE
        if any(v.by_party_count for v in votes):
            reason = Why.PARTY_COUNT
        states.append(StateSenators(code, tuple(votes), reason))
    seated = sum(len(s.senators) for s in states)
    for state in states:
        for senator in state.senators:
            if senator.vote:
                counts[senator.vote] += 1
    for by_name in counted.values():
        for name, n in by_name.items():
            counts[name] += n
    record = data.senate_record(election.year) if use_history and not checked and not counted else None
    if record and set(record.candidates) != set(eligible):
        record = None
    if record:
        counts = {name: record.totals.get(name, 0) for name in eligible}
    cast = sum(counts.values())
    # Every seated senator is taken to be present; the record gives those who did not vote.
    not_voting = record.not_voting if record else seated - cast
    present = cast + not_voting
    to_win = cast // 2 + 1 if pre12 else whole // 2 + 1
    return SenateResult(
        year=election.year,
        plan=plan,
        body=body,
        states=tuple(states),
        not_voting=not_voting,
        whole_number=whole,
        count=ChamberCount.of(counts, eligible, to_win, present, quorum),
        record=record,
    )


def _party_counts(
    party_votes: Mapping[str, Mapping[str, int]],
    congress: Congress | None,
    checked: Mapping[str, str | None],
    by_candidate: dict[str, str | None],
    heads: set[str],
    scenario: Scenario,
) -> dict[str, dict[str, int]]:
    """Validated party counts: party family -> candidate -> senators, the party's other senators
    (outside overridden states) voting as their party would; "abstain" counts those not voting."""
    eligible = tuple(by_candidate)
    available: dict[str, int] = {}
    if congress:
        for code, seats in congress.senate.items():
            if code not in checked:
                for senator in seats:
                    available[senator.caucus] = available.get(senator.caucus, 0) + 1
    result: dict[str, dict[str, int]] = {}
    for party_text, named in party_votes.items():
        party = next((p for p in available if p.lower() == party_text.strip().lower()), None)
        if party is None:
            parties = ", ".join(sorted(available)) or "none"
            raise InputError(f"no {quoted(party_text.strip())} senators to count (parties: {parties})")
        counts: dict[str, int] = {}
        for text, n in named.items():
            name = (
                ABSTAIN
                if text.strip().lower() == ABSTAIN
                else check_person(scenario, text, eligible, "Senate")
            )
            if n < 0:
                raise InputError(f"a number of senators cannot be negative ({n})")
            counts[name] = counts.get(name, 0) + n
        rest = available[party] - sum(counts.values())
        if rest < 0:
            raise InputError(
                f"there are only {available[party]} {party} senators to count, not {sum(counts.values())}"
            )
        default = choose(party, by_candidate, heads).vote
        counts[default or ABSTAIN] = counts.get(default or ABSTAIN, 0) + rest
        counts.pop(ABSTAIN, None)
        result[party] = counts
    return result
