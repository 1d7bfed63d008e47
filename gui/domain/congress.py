"""The Congress that would hold a contingent election: House delegations and senators by party.

Read-only facts from ``gui.resources/data/congress.json`` (built by build_scripts/build_congress.py
from the congress-legislators data; see resources/data/CONGRESS_SOURCES.md). Parties are grouped
in families ("Jackson" and "Democrat" are both Democratic) so a delegation can be matched with a
candidate's party.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from gui.domain.resource_data import read_data

CONGRESS_RESOURCE = "data/congress.json"


@dataclass(frozen=True)
class Senator:
    party: str  # party family as the source labels it ("Independent")
    caucus: str  # the family the senator sides with: the party, or whom an independent caucuses with


@dataclass(frozen=True)
class Delegation:
    state: str
    members: dict[str, int]  # party family -> representatives, most first

    @property
    def seats(self) -> int:
        return sum(self.members.values())


@dataclass(frozen=True)
class Congress:
    number: int
    house_source: str  # how the delegations were derived ("terms", "snapshot 2017-01-14")
    senate_source: str
    house: dict[str, Delegation]
    senate: dict[str, tuple[Senator, ...]]


@dataclass(frozen=True)
class HouseRecord:
    """A contingent election the House held, state by state."""

    candidates: tuple[str, ...]
    ballot: str
    votes: dict[str, str]  # state -> candidate, or "blank"/"divided"
    note: str
    source: str


@dataclass(frozen=True)
class SenateRecord:
    """The Senate's one contingent election (1837): the recorded totals."""

    candidates: tuple[str, ...]
    ballot: str
    totals: dict[str, int]
    not_voting: int
    note: str
    source: str


@dataclass(frozen=True)
class ContingentBody:
    """Which Congress decides an election, and whose make-up stands for it."""

    year: int
    congress: int  # the Congress that would vote
    newly_elected: bool  # since 1936 the new Congress; before, the sitting one
    data: Congress  # the make-up used: the same Congress, or the latest one for an upcoming election

    @property
    def stand_in(self) -> bool:
        return self.data.number != self.congress


def _party(code: str, names: dict[str, str]) -> str:
    return names.get(code, code)


def _parse_congress(number: int, raw: dict[str, Any], names: dict[str, str]) -> Congress:
    house = {
        state: Delegation(state, {_party(c, names): n for c, n in members.items()})
        for state, members in raw["house"].items()
    }
    senate: dict[str, tuple[Senator, ...]] = {}
    for state, seats in raw["senate"].items():
        senators = []
        for seat in seats:
            party, _, caucus = seat.partition(">")
            senators.append(Senator(_party(party, names), _party(caucus or party, names)))
        senate[state] = tuple(senators)
    return Congress(number, raw["house_source"], raw["senate_source"], house, senate)


class CongressData:
    def __init__(self, raw: dict[str, Any]) -> None:
        names: dict[str, str] = raw["parties"]
        self._congresses = {int(n): _parse_congress(int(n), c, names) for n, c in raw["congresses"].items()}
        self._elections: dict[int, dict[str, Any]] = {int(y): e for y, e in raw["elections"].items()}
        self._families: dict[str, str] = raw["candidate_families"]
        # The Congress in office now, every seat as filled today: it stands in for an upcoming one.
        current = raw["stand_in"]
        self._current = _parse_congress(int(current["number"]), current, names)
        self._house_records: dict[int, HouseRecord] = {}
        self._senate_records: dict[int, SenateRecord] = {}
        for year, record in raw["history"].items():
            if "house" in record:
                h = record["house"]
                self._house_records[int(year)] = HouseRecord(
                    tuple(h["candidates"]), h["ballot"], dict(h["votes"]), h["note"], h["source"]
                )
            if "senate" in record:
                s = record["senate"]
                self._senate_records[int(year)] = SenateRecord(
                    tuple(s["candidates"]),
                    s["ballot"],
                    dict(s["totals"]),
                    s["not_voting"],
                    s["note"],
                    s["source"],
                )

    @property
    def years(self) -> list[int]:
        return sorted(self._elections)

    def body(self, year: int) -> ContingentBody:
        """The Congress that decides the election of ``year`` (LookupError if none is known)."""
        entry = self._elections.get(year)
        if entry is None:
            raise LookupError(f"no Congress data for the election of {year}")
        congress = entry["congress"]
        data = self._current if "stand_in" in entry else self._congresses[congress]
        return ContingentBody(year, congress, entry["which"] == "new", data)

    def congress(self, number: int) -> Congress:
        return self._congresses[number]

    def candidate_family(self, party: str) -> str | None:
        """The party family a candidate's party belongs to; None when no delegation can match it."""
        return self._families.get(party)

    def house_record(self, year: int) -> HouseRecord | None:
        return self._house_records.get(year)

    def senate_record(self, year: int) -> SenateRecord | None:
        return self._senate_records.get(year)


@cache
def load_congress() -> CongressData:
    """The Congress data shipped with the app (read once)."""
    return CongressData(read_data(CONGRESS_RESOURCE, "congress data"))
