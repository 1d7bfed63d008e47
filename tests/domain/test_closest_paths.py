"""Closest paths: exact against brute force on small cases, and the famous margins."""

from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.domain.analyses.closest import Goal, NoPath, cheapest_to_deny, cheapest_to_reach, closest_path
from gui.domain.catalog import load_catalog
from gui.domain.scenario import Scenario


def _subsets(n):
    for size in range(n + 1):
        yield from combinations(range(n), size)


items_2 = st.lists(st.tuples(st.integers(1, 1000), st.integers(0, 12)), max_size=9)
items_3 = st.lists(st.tuples(st.integers(1, 1000), st.integers(0, 12), st.integers(0, 12)), max_size=9)


@settings(max_examples=60, deadline=None)
@given(items_2, st.integers(-3, 60))
def test_cheapest_to_reach_matches_brute_force(items, need):
    best = min(
        (sum(items[k][0] for k in s) for s in _subsets(len(items)) if sum(items[k][1] for k in s) >= need),
        default=None,
    )
    found = cheapest_to_reach(items, need)
    if best is None:
        assert found is None
    else:
        cost, chosen = found
        assert cost == best == sum(items[k][0] for k in chosen)
        assert sum(items[k][1] for k in chosen) >= need


@settings(max_examples=60, deadline=None)
@given(items_3, st.integers(-3, 50), st.integers(-2, 40))
def test_cheapest_to_deny_matches_brute_force(items, need_loss, room):
    feasible = [
        s
        for s in _subsets(len(items))
        if sum(items[k][1] for k in s) >= need_loss and sum(items[k][2] for k in s) <= room
    ]
    found = cheapest_to_deny(items, need_loss, room)
    if need_loss <= 0:
        assert found == (0, ())
    elif not feasible:
        assert found is None
    else:
        cost, chosen = found
        assert cost == min(sum(items[k][0] for k in s) for s in feasible)
        assert cost == sum(items[k][0] for k in chosen)
        assert sum(items[k][1] for k in chosen) >= need_loss
        assert sum(items[k][2] for k in chosen) <= room


def _path(year, goal=Goal.ELECT, target=None):
    return closest_path(Scenario(load_catalog().election(year)), goal, target)


def test_2000_is_florida_by_537():
    path = _path(2000)
    assert [(f.state, f.margin.votes, f.switchers) for f in path.flips] == [("FL", 537, 269)]
    assert path.after == {"George W. Bush": 246, "Al Gore": 291}


def test_2016_is_michigan_pennsylvania_wisconsin():
    path = _path(2016)
    assert [f.state for f in path.flips] == ["MI", "PA", "WI"]
    assert path.after["Hillary Clinton"] >= path.majority > path.after["Donald Trump"]


def test_deny_leaves_no_one_a_majority():
    path = _path(2016, Goal.DENY)
    assert path.why_not is None
    assert all(v < path.majority for v in path.after.values())


def test_1876_cannot_be_denied_without_electing_tilden():
    assert _path(1876, Goal.DENY).why_not is NoPath.UNREACHABLE


@pytest.mark.parametrize("year", [1876, 1888, 1960, 2004, 2020])
def test_the_flips_do_elect_the_target(year):
    path = _path(year)
    assert path.why_not is None
    assert path.after[path.target] >= path.majority


@pytest.mark.slow
@settings(max_examples=600, deadline=None)
@given(items_3, st.integers(-3, 50), st.integers(-2, 40))
def test_cheapest_to_deny_matches_brute_force_at_length(items, need_loss, room):
    test_cheapest_to_deny_matches_brute_force.hypothesis.inner_test(items, need_loss, room)


@pytest.mark.slow
@settings(max_examples=600, deadline=None)
@given(items_2, st.integers(-3, 60))
def test_cheapest_to_reach_matches_brute_force_at_length(items, need):
    test_cheapest_to_reach_matches_brute_force.hypothesis.inner_test(items, need)
