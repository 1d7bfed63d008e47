"""Voting power: the Banzhaf index of each state in the Electoral College.

The classic analysis (Banzhaf 1968): each state is one player casting all its electors as a bloc
(weight = electors appointed), and a coalition wins with a majority of the electors appointed.
Maine and Nebraska are counted as whole states too, although they split by district (since 1972
and 1992): the classic figures assume blocs, and treating their districts as separate players
would change only their own, small, figures. States that appointed no electors (1864, 1868,
1872, New York in 1789) are left out: they cannot be decisive.

A state's swings are the coalitions of the other states that lose without it and win with it;
counted exactly by dynamic programming over electoral votes. The normalised index is its share
of all swings; the ratio index / share of electors is above 1 for states with more power than
their numbers (the largest ones, under winner-take-all).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from fractions import Fraction

from gui.domain.analyses.subset_sums import swings
from gui.domain.catalog import Election
from gui.domain.tally import majority_of


@dataclass(frozen=True)
class StatePower:
    code: str
    name: str
    electors: int
    swings: int  # coalitions of the other states in which this state is decisive
    share: float  # electors / appointed
    banzhaf: float  # swings / all states' swings
    decisive: float  # swings / 2^(players - 1): the chance of being decisive, coalitions equally likely

    @property
    def ratio(self) -> float:
        return self.banzhaf / self.share


@dataclass(frozen=True)
class PowerIndex:
    year: int
    appointed: int
    quota: int
    states: tuple[StatePower, ...]  # most electors first, then by postal code

    @property
    def total_swings(self) -> int:
        return sum(s.swings for s in self.states)


def banzhaf_power(election: Election, out_of_base: Collection[str] | None = None) -> PowerIndex:
    """Each state's power; ``out_of_base``: the states whose electors are not in the base (by
    default the record's)."""
    out = election.out_of_base() if out_of_base is None else out_of_base
    players = [s for s in election.states if s.electors and s.code not in out]
    weights = [len(s.electors) for s in players]
    appointed = sum(weights)
    quota = majority_of(appointed)
    counts = swings(weights, quota)
    total = sum(counts)
    coalitions = 2 ** (len(players) - 1)
    rows = [
        StatePower(
            code=state.code,
            name=state.name,
            electors=w,
            swings=c,
            share=w / appointed,
            banzhaf=float(Fraction(c, total)) if total else 0.0,
            decisive=float(Fraction(c, coalitions)),
        )
        for state, w, c in zip(players, weights, counts, strict=True)
    ]
    rows.sort(key=lambda row: (-row.electors, row.code))
    return PowerIndex(election.year, appointed, quota, tuple(rows))
