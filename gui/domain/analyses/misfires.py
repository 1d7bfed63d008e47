"""Every election 1824-2024 by method: the winner's share of the electors against their share of
the popular vote, and the misfires (the President chosen was not the popular-vote leader)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from gui.domain.allocation import Method, misfire, popular_states, president_chosen, tally_by_method
from gui.domain.catalog import load_catalog
from gui.domain.popular_vote import load_popular_record, national
from gui.domain.scenario import Scenario
from gui.domain.tally import tally

CHART_METHODS = (Method.WINNER_TAKE_ALL, Method.PROPORTIONAL)


@dataclass(frozen=True)
class YearShares:
    year: int
    popular_leader: str
    winner: str  # the President chosen (the record)
    popular_share: float  # the winner's share of the popular vote
    elector_share: dict[Method, float]  # the leader in electors under each method: their share
    elector_leader: dict[Method, str]
    misfire: bool


def _leader_share(result_votes: dict[str, int], appointed: int) -> tuple[str, float]:
    if not result_votes:
        return "", 0.0
    name, votes = next(iter(result_votes.items()))
    return name, votes / appointed if appointed else 0.0


@cache
def election_history() -> tuple[YearShares, ...]:
    """One entry per election with a popular vote (computed once: about a second)."""
    catalog = load_catalog()
    record = load_popular_record()
    out = []
    for year in catalog.years:
        if not record.has(year):
            continue
        scenario = Scenario(catalog.election(year))
        result = tally(scenario)
        vote = national(popular_states(scenario))
        chosen, _ = president_chosen(scenario, result)
        shares: dict[Method, float] = {}
        leaders: dict[Method, str] = {}
        for method in CHART_METHODS:
            counted = result if method is Method.WINNER_TAKE_ALL else tally_by_method(scenario, method)
            leaders[method], shares[method] = _leader_share(counted.president.votes, counted.appointed)
        out.append(
            YearShares(
                year=year,
                popular_leader=vote.leader or "",
                winner=chosen or "",
                popular_share=vote.share(chosen or ""),
                elector_share=shares,
                elector_leader=leaders,
                misfire=misfire(scenario, result) is not None,
            )
        )
    return tuple(out)
