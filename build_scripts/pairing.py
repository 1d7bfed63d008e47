"""Pairing votes into electors' ballots where the record gives only the counts.

Both pairings the data build makes go through :func:`pair_up`: a presidential vote with a
vice-presidential one (12th Amendment), and, before 1804, an elector's two votes. A pairing
never gives one elector the same person twice before 1804 (Art. II: "two Persons") and never
gives one elector two inhabitants of the elector's own state (Art. II; 12th Amendment) when
the persons' home states are known; the first pairing that keeps both rules is taken, in a
fixed order (tickets first, then the most votes), so the build stays deterministic.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

Allowed = Callable[[str, str], bool]


def inhabitant_rule(state: str, home: Callable[[str], str]) -> Allowed:
    """At most one of an elector's two names may be an inhabitant of the elector's state."""

    def allowed(a: str, b: str) -> bool:
        return not (a and b and home(a) == state and home(b) == state)

    return allowed


def _order(votes: Counter[str], first: str = "") -> list[str]:
    names = sorted((n for n in votes if votes[n] > 0), key=lambda n: (-votes[n], n))
    if first in names:
        names.remove(first)
        names.insert(0, first)
    return names


def pair_up(
    left: Counter[str],
    right: Counter[str] | None,
    allowed: Allowed,
    mate: Callable[[str], str] = lambda _: "",
) -> list[tuple[str, str]]:
    """Every vote of ``left`` paired with one of ``right`` (or, when ``right`` is None, with
    another vote of ``left``: the two votes of one elector, never the same person twice).

    ``mate`` names the partner to try first (a running mate). Raises ValueError when no
    pairing keeps the rules.
    """
    left = Counter({k: v for k, v in left.items() if v > 0})
    single = right is None
    right = left if single else Counter({k: v for k, v in right.items() if v > 0})
    if single and sum(left.values()) % 2:
        raise ValueError("an odd number of votes cannot be two per elector")
    if not single and sum(left.values()) != sum(right.values()):
        raise ValueError("the two offices have different numbers of votes")
    pairs: list[tuple[str, str]] = []

    def feasible() -> bool:
        # Before 1804 no person can have more votes than there are electors left.
        return not single or 2 * max(left.values(), default=0) <= sum(left.values())

    def search() -> bool:
        firsts = _order(left)
        if not firsts:
            return True
        a = firsts[0]
        left[a] -= 1
        for b in _order(right, mate(a)):
            if (single and b == a) or not allowed(a, b):
                continue
            right[b] -= 1
            pairs.append((a, b))
            if feasible() and search():
                return True
            pairs.pop()
            right[b] += 1
        left[a] += 1
        return False

    if not feasible() or not search():
        raise ValueError(f"no pairing of {dict(left)} with {dict(right)} keeps the rules")
    return pairs
