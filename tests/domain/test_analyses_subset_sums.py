"""The subset-sum engine against plain enumeration of every subset."""

from __future__ import annotations

from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from gui.domain.analyses.subset_sums import count_by_sum, count_minimal, minimal_sets, swings, without


def subsets(n: int) -> list[tuple[int, ...]]:
    return [c for size in range(n + 1) for c in combinations(range(n), size)]


def brute_minimal(weights: list[int], need: int) -> set[frozenset[int]]:
    found = set()
    for s in subsets(len(weights)):
        total = sum(weights[i] for i in s)
        if total >= need and all(total - weights[i] < need for i in s):
            found.add(frozenset(s))
    return found


small_weights = st.lists(st.integers(0, 20), max_size=10)


@settings(max_examples=200, deadline=None)
@given(small_weights)
def test_count_by_sum_and_without_equal_enumeration(weights):
    counts = count_by_sum(weights)
    expected = [0] * (sum(weights) + 1)
    for s in subsets(len(weights)):
        expected[sum(weights[i] for i in s)] += 1
    assert counts == expected
    for i, w in enumerate(weights):
        rest = weights[:i] + weights[i + 1 :]
        assert without(counts, w) == count_by_sum(rest)


@settings(max_examples=200, deadline=None)
@given(small_weights, st.integers(-3, 120))
def test_swings_equal_enumeration(weights, quota):
    expected = []
    for i, w in enumerate(weights):
        others = [j for j in range(len(weights)) if j != i]
        count = 0
        for size in range(len(others) + 1):
            for c in combinations(others, size):
                total = sum(weights[j] for j in c)
                count += total < quota <= total + w
        expected.append(count)
    assert swings(weights, quota) == expected


@settings(max_examples=200, deadline=None)
@given(small_weights, st.integers(-3, 120), st.integers(0, 12))
def test_minimal_sets_equal_enumeration(weights, need, limit):
    truth = brute_minimal(weights, need)
    assert count_minimal(weights, need) == len(truth)
    listed = minimal_sets(weights, need, limit)
    assert len(listed) == min(limit, len(truth))
    assert len(set(listed)) == len(listed)
    assert all(frozenset(s) in truth for s in listed)
    sizes = [len(s) for s in listed]
    assert sizes == sorted(sizes)  # fewest first
    if listed and len(listed) < len(truth):
        # Everything smaller than the largest size listed was listed before it.
        assert {s for s in truth if len(s) < sizes[-1]} <= {frozenset(s) for s in listed}
    for s in listed:  # heaviest first within a combination
        assert [weights[i] for i in s] == sorted((weights[i] for i in s), reverse=True)


def test_minimal_sets_scale_without_enumeration():
    # 40 equal weights: C(40, 20) minimal sets, counted exactly, the first 50 listed at once.
    weights = [10] * 40
    assert count_minimal(weights, 200) == 137846528820
    listed = minimal_sets(weights, 200, 50)
    assert len(listed) == 50 and all(len(s) == 20 for s in listed)
