"""State laws binding presidential electors, 2000-2024: the table, as read-only facts.

Read from ``gui.resources/data/elector_laws.json`` (built by build_scripts/build_congress.py
from a hand-compiled table with statute citations; see resources/data/CONGRESS_SOURCES.md).
The table covers the elections of 2000-2024; for any other year there is no data, and
:func:`law` says so by returning None rather than guessing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from gui.domain.resource_data import read_data

LAWS_RESOURCE = "data/elector_laws.json"

NO_LAW = "no_law"
PLEDGE_NO_ENFORCEMENT = "pledge_no_enforcement"
VOTE_COUNTED_PENALTY = "vote_counted_penalty"
VOTE_VOIDED_REPLACED = "vote_voided_replaced"


@dataclass(frozen=True)
class ElectorLaw:
    year: int
    state: str
    category: str  # one of the four constants above
    penalty: str  # fine or criminal penalty, "" if none
    replaces: bool  # a vote against the pledge is not accepted
    statute: str  # citation(s) in force that year, "" for no law
    confidence: str  # the compiler's confidence: high, medium-high, medium, low-medium, low
    note: str


class ElectorLaws:
    def __init__(self, raw: dict[str, Any]) -> None:
        self.years: tuple[int, ...] = tuple(raw["years"])
        self._laws: dict[tuple[int, str], ElectorLaw] = {}
        for state, runs in raw["states"].items():
            for run in runs:
                for year in run["years"]:
                    self._laws[(year, state)] = ElectorLaw(
                        year,
                        state,
                        run["category"],
                        run["penalty"],
                        run["replaces"],
                        run["statute"],
                        run["confidence"],
                        run["note"],
                    )

    def law(self, year: int, state: str) -> ElectorLaw | None:
        return self._laws.get((year, state.upper()))

    def covers(self, year: int) -> bool:
        return year in self.years


@cache
def load_laws() -> ElectorLaws:
    return ElectorLaws(read_data(LAWS_RESOURCE, "elector-law"))


def law(year: int, state: str) -> ElectorLaw | None:
    """The law binding ``state``'s electors in the election of ``year``; None when there is no data."""
    return load_laws().law(year, state)


BINDING_RANK = {NO_LAW: 0, PLEDGE_NO_ENFORCEMENT: 1, VOTE_COUNTED_PENALTY: 2, VOTE_VOIDED_REPLACED: 3}


def binding_rank(year: int, state: str) -> int:
    """How tightly the state's law binds its electors, 0 (no law, or no data) to 3 (void)."""
    found = law(year, state)
    return BINDING_RANK.get(found.category, 0) if found else 0


def laws_known(year: int) -> bool:
    """Whether the table has the laws of that election's year."""
    return load_laws().covers(year)


def voids_faithless_vote(year: int, state: str) -> bool:
    """True when the state's law voids a vote against the pledge (the elector is replaced and the
    replacement votes as pledged). False for every other law and when there is no data."""
    found = law(year, state)
    return found is not None and found.replaces
