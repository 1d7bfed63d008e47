"""Banzhaf power: the dynamic programme against enumeration of every coalition."""

from __future__ import annotations

from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.domain.analyses.power import banzhaf_power
from gui.domain.catalog import NO_TICKET, Election, ElectorSeat, State, Unit, load_catalog
from gui.domain.tally import majority_of

CATALOG = load_catalog()


def synthetic(weights: list[int]) -> Election:
    """A made-up election whose states appoint ``weights`` electors."""
    states, units, electors = [], [], []
    for n, w in enumerate(weights):
        code = f"S{n}"
        first = len(electors)
        for k in range(w):
            electors.append(ElectorSeat(len(electors), code, k + 1, code, NO_TICKET, NO_TICKET))
        seats = tuple(range(first, len(electors)))
        states.append(State(code, f"State {n}", w, w, (code,), seats))
        units.append(Unit(code, code, f"State {n}", seats))
    return Election(2100, "12th", "", False, (), (), tuple(states), tuple(units), tuple(electors))


def enumerated_swings(weights: list[int]) -> list[int]:
    quota = majority_of(sum(weights))
    result = []
    for i, w in enumerate(weights):
        others = [weights[j] for j in range(len(weights)) if j != i]
        result.append(
            sum(
                sum(c) < quota <= sum(c) + w
                for size in range(len(others) + 1)
                for c in combinations(others, size)
            )
        )
    return result


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(0, 30), min_size=1, max_size=11).filter(lambda ws: sum(ws) > 0))
def test_banzhaf_equals_enumeration(weights):
    index = banzhaf_power(synthetic(weights))
    # States that appoint no electors are not players (they cannot be decisive).
    players = [(f"S{n}", w) for n, w in enumerate(weights) if w]
    truth = dict(zip([code for code, _ in players], enumerated_swings([w for _, w in players]), strict=True))
    assert {row.code: row.swings for row in index.states} == truth
    assert index.quota == majority_of(sum(weights))
    total = sum(truth.values())
    for row in index.states:
        assert row.banzhaf == pytest.approx(truth[row.code] / total if total else 0.0)
        assert row.decisive == pytest.approx(truth[row.code] / 2 ** (len(players) - 1))
        assert row.share == pytest.approx(row.electors / sum(weights))


def test_a_dictator_and_a_dummy():
    index = {row.code: row for row in banzhaf_power(synthetic([6, 2, 2])).states}
    # 10 electors, 6 needed: S0 alone decides every coalition; S1 and S2 never matter.
    assert index["S0"].banzhaf == 1.0 and index["S0"].decisive == 1.0
    assert index["S1"].swings == index["S2"].swings == 0


@pytest.mark.parametrize("year", [1872, 1960, 2016, 2024])
def test_real_apportionments(year):
    election = CATALOG.election(year)
    index = banzhaf_power(election)
    assert index.quota == majority_of(election.appointed)
    assert sum(row.banzhaf for row in index.states) == pytest.approx(1.0)
    assert sum(row.electors for row in index.states) == election.appointed
    assert {row.code for row in index.states} == {s.code for s in election.states if s.appointed}
    by_size: dict[int, set[int]] = {}
    for row in index.states:
        by_size.setdefault(row.electors, set()).add(row.swings)
    assert all(len(swings) == 1 for swings in by_size.values())  # equal weights, equal power
    swings = [row.swings for row in index.states]  # largest first: power never grows as weight falls
    assert swings == sorted(swings, reverse=True)
    largest = index.states[0]
    assert largest.ratio == max(row.ratio for row in index.states) > 1  # winner-take-all favours the large


def test_1872_leaves_out_states_that_were_not_counted():
    index = banzhaf_power(CATALOG.election(1872))
    assert index.quota == 177 and not {"AR", "LA"} & {row.code for row in index.states}
