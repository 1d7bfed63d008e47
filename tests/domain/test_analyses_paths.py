"""Paths to victory against brute force: every way the toss-ups can fall, each one tallied."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gui.domain.analyses.contest import Outcome
from gui.domain.analyses.paths import paths_to_victory
from gui.domain.catalog import load_catalog
from gui.domain.commands import AssignUnit, Batch
from gui.domain.scenario import Scenario, Start
from gui.domain.tally import tally

CATALOG = load_catalog()


def tallied_outcomes(scenario: Scenario, tossups: list[str], a: str, b: str) -> dict[int, Outcome]:
    """Outcome of every assignment (bit i set: toss-up i goes to A), by the real tally."""
    result: dict[int, Outcome] = {}
    for mask in range(2 ** len(tossups)):
        commands = [
            AssignUnit(u, scenario.ticket_for(a if mask >> i & 1 else b)) for i, u in enumerate(tossups)
        ]
        batch = Batch(list(commands))
        scenario.execute(batch)
        count = tally(scenario).president
        scenario.revert(batch)
        if count.winner == a:
            result[mask] = Outcome.A
        elif count.winner == b:
            result[mask] = Outcome.B
        elif count.winner:
            result[mask] = Outcome.OTHER
        else:
            level = count.votes.get(a, 0) == count.votes.get(b, 0)
            result[mask] = Outcome.TIE if level else Outcome.NONE
    return result


def minimal_winning(outcomes: dict[int, Outcome], k: int, winner: Outcome) -> set[frozenset[int]]:
    """Minimal sets of toss-ups carried by the winner (A: bits set; B: bits clear)."""

    def carried(mask: int) -> frozenset[int]:
        return frozenset(i for i in range(k) if bool(mask >> i & 1) == (winner is Outcome.A))

    found = set()
    for mask, outcome in outcomes.items():
        if outcome is not winner:
            continue
        # Giving any one of the winner's toss-ups to the other side must lose.
        if all(outcomes[mask ^ (1 << i)] is not winner for i in carried(mask)):
            found.add(carried(mask))
    return found


def pivotal(outcomes: dict[int, Outcome], k: int, winner: Outcome) -> list[int]:
    counts = [0] * k
    for mask, outcome in outcomes.items():
        for i in range(k):
            if mask >> i & 1:
                continue
            with_a, with_b = outcomes[mask | 1 << i], outcome
            win_with = with_a if winner is Outcome.A else with_b
            lose_without = with_b if winner is Outcome.A else with_a
            counts[i] += win_with is winner and lose_without is not winner
    return counts


def check_against_brute_force(
    scenario: Scenario, tossups: list[str], candidates: list[str] | None = None
) -> None:
    paths = paths_to_victory(scenario, tossups, candidates, listed=10_000)
    contest = paths.contest
    units = list(contest.units)  # the election's order
    outcomes = tallied_outcomes(scenario, units, contest.a, contest.b)
    k = len(units)
    for outcome in Outcome:
        assert paths.outcomes[outcome] == sum(1 for o in outcomes.values() if o is outcome), outcome
    assert sum(paths.outcomes.values()) == paths.total == 2**k
    for side, winner in zip(paths.candidates, (Outcome.A, Outcome.B), strict=True):
        truth = {frozenset(units[i] for i in s) for s in minimal_winning(outcomes, k, winner)}
        assert side.minimal_count == len(truth)
        assert {frozenset(c) for c in side.minimal} == truth and side.minimal_complete
        assert [len(c) for c in side.minimal] == sorted(len(c) for c in side.minimal)
        assert [side.pivotal[u] for u in units] == pivotal(outcomes, k, winner)
        if side.tipping_point:
            assert side.pivotal[side.tipping_point] == max(side.pivotal.values()) > 0
        else:
            assert not any(side.pivotal.values())


@pytest.mark.slow
def test_twelve_tossups_2016_official_against_every_tally():
    scenario = Scenario(CATALOG.election(2016), Start.OFFICIAL)  # 7 votes for third candidates
    check_against_brute_force(
        scenario, ["PA", "MI", "WI", "FL", "NC", "AZ", "GA", "OH", "IA", "NV", "NH", "ME-2"]
    )


def test_a_269_269_tie_is_counted_as_a_tie():
    scenario = Scenario(CATALOG.election(2020), Start.OFFICIAL)
    paths = paths_to_victory(scenario, ["AZ", "GA", "WI"])  # 11 + 16 + 10 = 37 = 306 - 269
    assert (paths.contest.a, paths.contest.b) == ("Joe Biden", "Donald Trump")
    assert paths.outcomes[Outcome.TIE] == 1 and paths.outcomes[Outcome.A] == 7
    check_against_brute_force(scenario, ["AZ", "GA", "WI"])


YEARS = [1876, 1912, 1960, 1968, 2000, 2016, 2024]


@st.composite
def cases(draw):
    election = CATALOG.election(draw(st.sampled_from(YEARS)))
    start = draw(st.sampled_from(list(Start)))
    units = [u.id for u in election.units if u.electors]
    tossups = draw(st.lists(st.sampled_from(units), min_size=0, max_size=7, unique=True))
    return Scenario(election, start), tossups


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_random_tossups_against_every_tally(case):
    scenario, tossups = case
    check_against_brute_force(scenario, tossups)


def test_named_candidates_and_a_third_party_winner_outside():
    scenario = Scenario(CATALOG.election(2016), Start.PLEDGED)
    paths = paths_to_victory(scenario, ["VT", "DC"], ["clinton", "Kasich"])
    # Trump keeps 306 outside the toss-ups: every outcome is his.
    assert paths.contest.other_winner == "Donald Trump"
    assert paths.outcomes[Outcome.OTHER] == 4 and paths.candidates[0].minimal_count == 0
    assert (paths.contest.a, paths.contest.b) == ("Hillary Clinton", "John Kasich")
    check_against_brute_force(scenario, ["VT", "DC"], ["clinton", "Kasich"])
