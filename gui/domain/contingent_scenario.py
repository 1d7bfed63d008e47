"""The contingent election of a scenario, with the votes its user set by hand."""

from __future__ import annotations

from collections.abc import Mapping

from gui.domain.contingent import ABSTAIN, DIVIDED, ContingentResult, contingent_election, house_election
from gui.domain.scenario import Scenario
from gui.domain.tally import Tally


def contingent_for(
    scenario: Scenario,
    result: Tally,
    house_votes: Mapping[str, str] | None = None,
    senate_votes: Mapping[str, str] | None = None,
    **options: object,
) -> ContingentResult:
    """Both chambers for ``scenario``: its own hand-set votes, then ``house_votes`` /
    ``senate_votes`` on top. A hand-set vote for someone no longer in the running (the edits
    changed the top three) is left out rather than refused: the state votes by party again."""
    election = scenario.election
    house = dict(scenario.house_votes)
    if house:  # only hand-set votes need the contest worked out first, to drop stale ones
        eligible = set(house_election(result, election).eligible) | {DIVIDED}
        house = {s: v for s, v in house.items() if v in eligible}
    house.update(house_votes or {})
    senate = dict(scenario.senate_votes)
    if senate:
        probe = contingent_election(
            result, election, house, use_history=bool(options.get("use_history", True))
        )
        eligible = set(probe.senate.eligible) | {ABSTAIN}
        senate = {s: v for s, v in senate.items() if v in eligible}
    senate.update(senate_votes or {})
    return contingent_election(result, election, house, senate, **options)  # type: ignore[arg-type]
