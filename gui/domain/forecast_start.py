"""Where a forecast starts: blank (every unit a toss-up), another election's results (each unit
to the side whose party carried it, safe) or the margins of its popular vote (rated by
gui.domain.ratings.level_of_margin). The whole start is one edit (undoable in the window).

Maine's and Nebraska's districts have no popular vote in the data: from margins they take the
side that carried them, rated lean, and are listed as estimated so that no guess reads as a
fact. Units the source election did not have (or carried by a party that is neither side) start
as toss-ups.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from gui.domain.catalog import Election
from gui.domain.commands import AssignUnit, Batch
from gui.domain.forecast import TOSSUP, Rating, SetForecast, forecast_sides, rated_units, unit_ticket
from gui.domain.identifiers import InputError
from gui.domain.popular_vote import StateVote
from gui.domain.ratings import Level, level_of_margin
from gui.domain.scenario import Command, Scenario


class Basis(StrEnum):
    """What a forecast starts from (as the command line's --forecast writes it)."""

    BLANK = "blank"
    RESULTS = "results"
    MARGINS = "margins"


BASES = tuple(basis.value for basis in Basis)
DISTRICT_LEVEL = Level.LEAN  # a district without a popular vote in the data, from margins


@dataclass
class StartForecast:
    """Every unit rated from a start point (``source``: the election it starts from)."""

    basis: str
    source: int | None
    steps: Batch
    estimated: tuple[str, ...] = ()

    def do(self, scenario: Scenario) -> frozenset[int]:
        return self.steps.do(scenario)

    def undo(self, scenario: Scenario) -> frozenset[int]:
        return self.steps.undo(scenario)


def _side_of_party(scenario: Scenario, party: str) -> str:
    a, b = forecast_sides(scenario)
    return {scenario.party_of(a): a, scenario.party_of(b): b}.get(party, "")


def start_forecast(
    scenario: Scenario,
    basis: str,
    source: Election | None = None,
    votes: Mapping[str, StateVote] | None = None,
) -> StartForecast:
    """Every unit rated from ``basis``: blank, ``source``'s results, or the margins of its popular
    vote (``votes``, by state). The whole start is one undoable edit."""
    if basis not in BASES:
        raise InputError(f"unknown forecast start {basis!r}; choose one of {', '.join(BASES)}")
    ratings: dict[str, Rating] = {}
    estimated: list[str] = []
    units = rated_units(scenario)
    if basis != Basis.BLANK:
        if source is None:
            raise InputError("a forecast from results or margins needs an election to start from")
        forecast_sides(scenario)  # two sides, or say so now
        for unit_id in units:
            found = _rating_from(scenario, unit_id, basis, source, votes or {})
            if found is not None:
                ratings[unit_id], guessed = found
                if guessed:
                    estimated.append(unit_id)
    levels = {u: r.level for u, r in ratings.items() if not r.is_tossup and r.level is not Level.SAFE}
    commands: list[Command] = [SetForecast(levels)]
    for unit_id in units:
        ticket = unit_ticket(scenario, ratings.get(unit_id, TOSSUP))
        if scenario.unit_winner(unit_id) != ticket:
            commands.append(AssignUnit(unit_id, ticket))
    return StartForecast(basis, None if source is None else source.year, Batch(commands), tuple(estimated))


def _carrier_party(source: Election, unit_id: str) -> str:
    if not source.has_unit(unit_id):
        return ""
    pledges = {source.electors[i].pledge for i in source.unit(unit_id).electors}
    if len(pledges) != 1:
        return ""
    president = next(iter(pledges)).president
    candidate = source.candidate(president)
    return candidate.party if candidate else ""


def _rating_from(
    scenario: Scenario, unit_id: str, basis: str, source: Election, votes: Mapping[str, StateVote]
) -> tuple[Rating, bool] | None:
    """A unit's rating from the source election, and whether it is an estimate (None: no
    rating in the source: a toss-up)."""
    carried = _side_of_party(scenario, _carrier_party(source, unit_id))
    if basis == Basis.RESULTS:
        return (Rating(Level.SAFE, carried), False) if carried else None
    if "-" in unit_id:  # a district: no district vote in the data
        return (Rating(DISTRICT_LEVEL, carried), True) if carried else None
    vote = votes.get(unit_id)
    if vote is None or not vote.has_vote or not vote.total:
        return None
    points = margin_points(scenario, source, vote)
    level = level_of_margin(points)
    if level is Level.TOSSUP:
        return (TOSSUP, False)
    a, b = forecast_sides(scenario)
    return (Rating(level, a if points > 0 else b), False)


def margin_points(scenario: Scenario, source: Election, vote: StateVote) -> float:
    """The Democratic side's lead over the Republican one, in points of all the state's votes."""
    a, b = forecast_sides(scenario)
    lead = 0
    for name, count in vote.votes.items():
        candidate = source.candidate(name)
        side = _side_of_party(scenario, candidate.party if candidate else "")
        lead += count if side == a else -count if side == b else 0
    return 100.0 * lead / vote.total if vote.total else 0.0
