"""What state laws binding electors do to a scenario: the faithless votes they void.

The laws themselves (the table, 2000-2024) are in :mod:`gui.domain.elector_laws`.
"""

from __future__ import annotations

from dataclasses import dataclass

from gui.domain.elector_laws import law
from gui.domain.scenario import FAITHFUL, Office, Scenario, Start


@dataclass(frozen=True)
class AppliedLaw:
    """A faithless vote the state's law voids."""

    elector: str  # "CO:1"
    state: str
    office: Office
    attempted: str  # the vote the law voids ("" for a blank ballot)
    attempted_by: str  # the elector's name when the record gives it
    counted_for: str  # whom the vote goes to instead: the pledged candidate
    category: str
    statute: str
    source: str  # "record" (what happened) or "scenario" (a vote the user made faithless)


def laws_applied_to(scenario: Scenario) -> list[AppliedLaw]:
    """The faithless votes that state law would void in this scenario, in elector order.

    In the official start this lists the votes voided in the record (2016: Colorado, Minnesota,
    Maine) for the seats the user has not changed; every start lists each vote the user made
    faithless in a state whose law voids it.
    """
    election = scenario.election
    applied: list[AppliedLaw] = []
    for seat in election.electors:
        found = law(election.year, seat.state)
        if found is None or not found.replaces:
            continue
        pledge = scenario.pledge(seat.index)
        recorded = (
            scenario.start is Start.OFFICIAL
            and seat.attempted
            and pledge == seat.pledge
            and scenario.vote(seat.index, Office.PRESIDENT) is FAITHFUL
        )
        if recorded:
            applied.append(
                AppliedLaw(
                    seat.id,
                    seat.state,
                    Office.PRESIDENT,
                    seat.attempted,
                    seat.attempted_by,
                    pledge.president,
                    found.category,
                    found.statute,
                    "record",
                )
            )
        for office in Office:
            pledged = pledge.for_office(office)
            if pledge.is_empty or not scenario.has_own_vote(seat.index, office):
                continue
            vote = scenario.vote(seat.index, office)  # what the elector tried, voided or not
            cast = "" if vote is None else vote
            if cast == pledged:
                continue
            applied.append(
                AppliedLaw(
                    seat.id,
                    seat.state,
                    office,
                    cast,
                    "",
                    pledged,
                    found.category,
                    found.statute,
                    "scenario",
                )
            )
    return applied
