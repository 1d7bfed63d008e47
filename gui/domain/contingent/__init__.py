"""Contingent elections: the House chooses the President, the Senate the Vice President.

``rules`` says who is in the running and what each chamber needs, ``parties`` how members vote
by party, ``house`` and ``senate`` count each chamber, ``succession`` says who takes office and
``overrides`` checks votes set by hand. Results carry codes and numbers; gui.present.contingent
says them in words.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from gui.domain.congress import CongressData
from gui.domain.contingent.house import HouseResult, house_election
from gui.domain.contingent.rules import ABSTAIN, DIVIDED
from gui.domain.contingent.senate import SenateResult, senate_election
from gui.domain.contingent.succession import Outcome, acting_president
from gui.domain.scenario import Scenario
from gui.domain.tally import Tally


@dataclass(frozen=True)
class ContingentResult:
    house: HouseResult
    senate: SenateResult
    outcome: Outcome


def contingent_election(
    tally_result: Tally,
    scenario: Scenario,
    house_overrides: Mapping[str, str] | None = None,
    senate_overrides: Mapping[str, str] | None = None,
    *,
    party_votes: Mapping[str, Mapping[str, int]] | None = None,
    use_history: bool = True,
    data: CongressData | None = None,
) -> ContingentResult:
    """Both chambers and the outcome, for one tally (the votes given here, none of the
    scenario's own hand-set ones: see :func:`contingent_for`)."""
    house = house_election(tally_result, scenario, house_overrides, use_history=use_history, data=data)
    senate = senate_election(
        tally_result,
        scenario,
        senate_overrides,
        party_votes=party_votes,
        house_winner=house.winner if house.needed else None,
        use_history=use_history,
        data=data,
    )
    return ContingentResult(house, senate, acting_president(tally_result, house, senate))


def contingent_for(
    scenario: Scenario,
    result: Tally,
    house_votes: Mapping[str, str] | None = None,
    senate_votes: Mapping[str, str] | None = None,
    *,
    party_votes: Mapping[str, Mapping[str, int]] | None = None,
    use_history: bool = True,
) -> ContingentResult:
    """Both chambers for ``scenario``: its own hand-set votes, then ``house_votes`` /
    ``senate_votes`` on top. A hand-set vote for someone no longer in the running (the edits
    changed the top three) is left out rather than refused: the state votes by party again."""
    house = dict(scenario.house_votes)
    if house:  # only hand-set votes need the contest worked out first, to drop stale ones
        eligible = set(house_election(result, scenario).eligible) | {DIVIDED}
        house = {s: v for s, v in house.items() if v in eligible}
    house.update(house_votes or {})
    senate = dict(scenario.senate_votes)
    if senate:
        probe = contingent_election(result, scenario, house, use_history=use_history)
        eligible = set(probe.senate.eligible) | {ABSTAIN}
        senate = {s: v for s, v in senate.items() if v in eligible}
    senate.update(senate_votes or {})
    return contingent_election(
        result, scenario, house, senate, party_votes=party_votes, use_history=use_history
    )
