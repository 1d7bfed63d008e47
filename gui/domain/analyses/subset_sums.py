"""Counting subsets of integer weights by their sum: the exact engine behind paths and power.

Every count is an exact Python integer, computed by dynamic programming over the sum (at most
the number of electors, 538), never by listing the 2^k subsets.
"""

from __future__ import annotations

from collections.abc import Sequence


def count_by_sum(weights: Sequence[int]) -> list[int]:
    """``counts[s]`` = how many subsets of ``weights`` add up to exactly ``s`` (s = 0..sum)."""
    total = sum(weights)
    counts = [1] + [0] * total
    reach = 0
    for w in weights:
        if w == 0:
            counts = [2 * c for c in counts]
            continue
        reach += w
        # The right-hand side is built from the old counts before the slice is replaced.
        counts[w : reach + 1] = [
            a + b for a, b in zip(counts[w : reach + 1], counts[: reach + 1 - w], strict=True)
        ]
    return counts


def without(counts: Sequence[int], w: int) -> list[int]:
    """The counts for the same weights minus one item of weight ``w`` (exact deconvolution)."""
    if w == 0:
        return [c // 2 for c in counts]
    out = list(counts[: len(counts) - w])
    for s in range(w, len(out)):
        out[s] -= out[s - w]
    return out


def in_range(counts: Sequence[int], low: int, high: int) -> int:
    """How many subsets have a sum in ``[low, high]`` (bounds clipped to what exists)."""
    low = max(low, 0)
    high = min(high, len(counts) - 1)
    return sum(counts[low : high + 1]) if low <= high else 0


def swings(weights: Sequence[int], quota: int) -> list[int]:
    """Banzhaf swings: for each item, the subsets of the others it turns from losing
    (sum < quota) into winning (sum >= quota)."""
    counts = count_by_sum(weights)
    return [in_range(without(counts, w), quota - w, quota - 1) if w else 0 for w in weights]


def _descending(weights: Sequence[int]) -> list[int]:
    return sorted(range(len(weights)), key=lambda i: (-weights[i], i))


def count_minimal(weights: Sequence[int], need: int) -> int:
    """How many subsets are minimal winning: sum >= need, and dropping any item falls below.

    A winning subset is minimal exactly when dropping its smallest item loses, so each one is
    counted once, at its smallest item (in a fixed order that breaks ties between equal weights).
    """
    if need <= 0:
        return 1  # the empty set already wins
    total = 0
    prefix = [1]  # subsets of the items already passed, by sum
    for i in _descending(weights):
        w = weights[i]
        if w == 0:
            break  # a zero-weight item is never needed, and sorted last
        total += in_range(prefix, need - w, need - 1)
        grown = prefix + [0] * w
        for s in range(len(prefix) - 1, -1, -1):
            grown[s + w] += prefix[s]
        prefix = grown
    return total


def minimal_sets(
    weights: Sequence[int], need: int, limit: int, budget: int = 50_000
) -> list[tuple[int, ...]]:
    """Up to ``limit`` minimal winning subsets (item indices, heaviest first), fewest items
    first. The search stops after ``budget`` steps, so compare the length with
    :func:`count_minimal` to know whether the list is complete."""
    if limit <= 0:
        return []
    if need <= 0:
        return [()]
    order = [i for i in _descending(weights) if weights[i] > 0]
    w = [weights[i] for i in order]
    n = len(w)
    cumulative = [0]
    for x in w:
        cumulative.append(cumulative[-1] + x)

    def span(a: int, b: int) -> int:  # sum of w[a:b]
        return cumulative[max(b, a)] - cumulative[a]

    found: list[tuple[int, ...]] = []
    steps = 0

    def search(start: int, total: int, left: int, chosen: list[int]) -> bool:
        """Extend ``chosen`` (sum ``total`` < need) by exactly ``left`` more items taken after
        ``start``; False once the limit or the budget is reached."""
        nonlocal steps
        steps += 1
        if steps > budget:
            return False
        if left == 1:
            # The last pick is the smallest item: it must reach need (the rest stays below).
            for j in range(start, n):
                if total + w[j] < need:
                    break  # weights only fall from here
                found.append(tuple(order[k] for k in [*chosen, j]))
                if len(found) >= limit:
                    return False
            return True
        for j in range(start, n - left + 1):
            if total + span(j, j + left) < need:
                break  # even the heaviest remaining items fall short, and they only get lighter
            # The picks before the last must stay below need: with the lightest possible middle
            # picks (the last position is kept for the final one) they would already win.
            if total + w[j] + span(n - left + 1, n - 1) >= need:
                continue
            chosen.append(j)
            more = search(j + 1, total + w[j], left - 1, chosen)
            chosen.pop()
            if not more:
                return False
        return True

    for size in range(1, n + 1):
        if not search(0, 0, size, []):
            break
    return found
