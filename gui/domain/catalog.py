"""The election catalog shipped in ``gui.resources``: every election 1789-2024 and the next one.

Read-only facts. A :class:`Scenario` starts from an election and records what a user changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from functools import cache
from typing import Any, NamedTuple

from gui.domain.resource_data import read_data

CATALOG_RESOURCE = "data/elections.json"
LAST_PRE_12TH_AMENDMENT = 1800


class Office(Enum):
    PRESIDENT = "president"
    VICE_PRESIDENT = "vice_president"

    @property
    def title(self) -> str:
        """The office in English (the CSV's column names and the command line's headings)."""
        return "President" if self is Office.PRESIDENT else "Vice President"


@dataclass(frozen=True)
class Candidate:
    name: str
    party: str = ""
    aliases: tuple[str, ...] = ()
    running_mate: str = ""  # for candidates users add; catalog tickets are in Election.tickets
    home: str = ""  # postal code of the state the person was an inhabitant of; "" when not recorded


@dataclass(frozen=True)
class Ticket:
    """What an elector is pledged to: a presidential and a vice-presidential candidate.

    An empty string means no one (a blank running mate, or a unit nobody has carried yet).
    """

    president: str
    vice_president: str

    @property
    def is_empty(self) -> bool:
        return not self.president and not self.vice_president

    def for_office(self, office: Office) -> str:
        """The person the ticket names for ``office``."""
        return self.president if office is Office.PRESIDENT else self.vice_president

    def label(self) -> str:
        if self.is_empty:
            return "undecided"
        return f"{self.president} / {self.vice_president}" if self.vice_president else self.president


NO_TICKET = Ticket("", "")


@dataclass(frozen=True)
class Unit:
    """What one popular vote decides: a state, or Maine's/Nebraska's at-large pair or a district."""

    id: str
    state: str
    name: str
    electors: tuple[int, ...]  # indices into Election.electors

    @property
    def is_district(self) -> bool:
        return "-" in self.id


class ElectorSeat(NamedTuple):
    """One appointed elector and what the record says about them (a tuple: there are 27,000)."""

    index: int  # position in Election.electors
    state: str
    number: int  # 1-based within the state
    unit: str
    pledge: Ticket
    cast: Ticket  # as counted; "" = blank ballot
    name: str = ""
    note: str = ""
    attempted: str = ""  # a vote that state law voided (2016)
    attempted_by: str = ""
    attempted_vp: str = ""  # ... and its vote for Vice President, when the record gives one
    attempt_then: str = ""  # what followed: "replaced" (another elector voted) or "re-voted"
    absent: bool = False  # appointed, but cast no ballot (1832: two Maryland electors)
    pairing_recorded: bool = True  # False: the record does not say how this elector paired the votes

    @property
    def id(self) -> str:
        return f"{self.state}:{self.number}"


class OutOfBase(Enum):
    """Why the record leaves a state's electors out of the base (a what-if may bring them in)."""

    NOT_APPOINTED = "not-appointed"  # the state chose no electors (New York, 1789)
    NOT_COUNTED = "not-counted"  # Congress did not count them (1864 Louisiana, 1872 Arkansas)


@dataclass(frozen=True)
class State:
    code: str
    name: str
    allotted: int
    appointed: int  # in the record's base (0 for a state out of it)
    units: tuple[str, ...]
    electors: tuple[int, ...]  # every seat, those of a state out of the base included
    note: str = ""
    out: OutOfBase | None = None  # out of the base in the record
    # Whether the state counts in a contingent election (False: 1864, the states in rebellion).
    in_house: bool = True
    what_if: bool = False  # a state only in a what-if: the District of Columbia or Puerto Rico admitted

    @property
    def votes_in_congress(self) -> bool:
        """A state has members of Congress; the District of Columbia does not (unless admitted)."""
        return self.code != "DC" or self.what_if


@dataclass(frozen=True)
class Announced:
    """A base announced by an authority that differs from the electors appointed."""

    by: str  # "NARA"
    total: int
    majority: int


@dataclass(frozen=True)
class Election:
    year: int
    rule: str  # "pre12" (two undifferentiated votes per elector) or "12th"
    president_source: str
    vice_president_by_state: bool
    candidates: tuple[Candidate, ...]
    tickets: tuple[Ticket, ...]
    states: tuple[State, ...]
    units: tuple[Unit, ...]
    electors: tuple[ElectorSeat, ...]
    rejected_recipients: dict[str, str] = field(default_factory=dict)
    upcoming: bool = False
    announced: Announced | None = None
    notes: tuple[str, ...] = ()  # what the record says about the whole election
    not_ratified: tuple[str, ...] = ()  # 1789: states that had not ratified the Constitution

    @property
    def pre_12th_amendment(self) -> bool:
        return self.rule == "pre12"

    @property
    def appointed(self) -> int:
        """Electors appointed in the record: the base of its majority."""
        return sum(state.appointed for state in self.states)

    def out_of_base(self) -> frozenset[str]:
        """The states the record leaves out of the base."""
        return frozenset(s.code for s in self.states if s.out is not None)

    def state(self, code: str) -> State:
        return self._states_by_code()[code]

    def unit(self, unit_id: str) -> Unit:
        return self._units_by_id()[unit_id]

    def has_unit(self, unit_id: str) -> bool:
        return unit_id in self._units_by_id()

    def has_state(self, code: str) -> bool:
        return code in self._states_by_code()

    def running_mate(self, president: str) -> str:
        for ticket in self.tickets:
            if ticket.president == president:
                return ticket.vice_president
        return ""

    def candidate(self, name: str) -> Candidate | None:
        return self._candidates_by_name().get(name)

    def home_states(self) -> dict[str, str]:
        """Each candidate's home state, where the record gives it."""
        found = self.__dict__.get("_homes")
        if found is None:
            found = {c.name: c.home for c in self.candidates if c.home}
            object.__setattr__(self, "_homes", found)
        return found

    def _states_by_code(self) -> dict[str, State]:
        return _index(self, "states", lambda s: s.code)

    def _units_by_id(self) -> dict[str, Unit]:
        return _index(self, "units", lambda u: u.id)

    def _candidates_by_name(self) -> dict[str, Candidate]:
        return _index(self, "candidates", lambda c: c.name)


def _index(election: Election, attribute: str, key: Any) -> dict[str, Any]:
    cache_name = f"_by_{attribute}"
    found = election.__dict__.get(cache_name)
    if found is None:
        found = {key(item): item for item in getattr(election, attribute)}
        object.__setattr__(election, cache_name, found)
    return found


def _ticket(pair: list[str]) -> Ticket:
    return Ticket(pair[0], pair[1])


def _parse_election(raw: dict[str, Any]) -> Election:
    states: list[State] = []
    units: list[Unit] = []
    electors: list[ElectorSeat] = []
    for raw_state in raw["states"]:
        code = raw_state["code"]
        state_start = len(electors)
        number = 0
        members: dict[str, list[int]] = {u["id"]: [] for u in raw_state["units"]}
        for group in raw_state["electors"]:
            pledge = _ticket(group["pledge"])
            cast = _ticket(group.get("cast", group["pledge"]))
            attempt = group.get("attempt", {})
            absent = group.get("absent", False)
            recorded = group.get("pairing") != "not recorded"
            for _ in range(group["n"]):
                number += 1
                members[group["unit"]].append(len(electors))
                electors.append(
                    ElectorSeat(
                        index=len(electors),
                        state=code,
                        number=number,
                        unit=group["unit"],
                        pledge=pledge,
                        cast=cast,
                        name=group.get("name", ""),
                        note=group.get("note", ""),
                        attempted=attempt.get("p", ""),
                        attempted_by=attempt.get("by", ""),
                        attempted_vp=attempt.get("vp", ""),
                        attempt_then=attempt.get("then", ""),
                        absent=absent,
                        pairing_recorded=recorded,
                    )
                )
        for raw_unit in raw_state["units"]:
            part = raw_unit["name"]  # "" for a whole state, "At large", "District 2"
            name = (
                f"{raw_state['name']}, {part[0].lower() + part[1:] if raw_unit['id'] == code else part}"
                if part
                else raw_state["name"]
            )
            units.append(Unit(raw_unit["id"], code, name, tuple(members[raw_unit["id"]])))
        states.append(
            State(
                code=code,
                name=raw_state["name"],
                allotted=raw_state["allotted"],
                appointed=raw_state["appointed"],
                units=tuple(u["id"] for u in raw_state["units"]),
                electors=tuple(range(state_start, len(electors))),
                note=raw_state.get("note", ""),
                out=OutOfBase(raw_state["out"]) if "out" in raw_state else None,
                in_house=raw_state.get("house", True),
            )
        )
    announced = raw.get("announced")
    return Election(
        year=raw["year"],
        rule=raw["rule"],
        president_source=raw["president_source"],
        vice_president_by_state=raw["vice_president_by_state"],
        candidates=tuple(
            Candidate(c["name"], c["party"], tuple(c.get("aliases", ())), home=c.get("home", ""))
            for c in raw["candidates"]
        ),
        tickets=tuple(Ticket(t["president"], t["vice_president"]) for t in raw["tickets"]),
        states=tuple(states),
        units=tuple(units),
        electors=tuple(electors),
        rejected_recipients=dict(raw["rejected_recipients"]),
        upcoming=raw.get("upcoming", False),
        announced=Announced(announced["by"], announced["total"], announced["majority"])
        if announced
        else None,
        notes=tuple(raw.get("notes", ())),
        not_ratified=tuple(raw.get("not_ratified", ())),
    )


class Catalog:
    """All elections, by year. Each is built from the raw data the first time it is asked for,
    so opening the app does not pay for sixty elections it may never show."""

    def __init__(self, raw_elections: list[dict[str, Any]]) -> None:
        self._raw = {raw["year"]: raw for raw in raw_elections}
        self._built: dict[int, Election] = {}

    @property
    def years(self) -> list[int]:
        return sorted(self._raw)

    @property
    def latest_year(self) -> int:
        return max(year for year, raw in self._raw.items() if not raw.get("upcoming"))

    @property
    def upcoming_years(self) -> list[int]:
        """The elections still to come (2028), from the raw data: no election is built to ask."""
        return sorted(year for year, raw in self._raw.items() if raw.get("upcoming"))

    def __contains__(self, year: object) -> bool:
        return year in self._raw

    def election(self, year: int) -> Election:
        if year not in self._built:
            self._built[year] = _parse_election(self._raw[year])
        return self._built[year]

    def elections(self) -> list[Election]:
        return [self.election(y) for y in self.years]


@cache
def load_catalog() -> Catalog:
    """The catalog shipped with the app (read once)."""
    return Catalog(read_data(CATALOG_RESOURCE, "catalog")["elections"])
