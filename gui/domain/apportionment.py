"""House seats and electors from a census: the apportionment methods and the what-if options.

Each state's electors are its House seats plus its two senators. The seats come from the
census's apportionment populations (``gui.resources/data/apportionment.json``, built by
build_scripts/build_apportionment.py), the House size and the method. Every method starts from
the one seat the Constitution gives each state; the divisor methods then hand out the next seat,
one at a time, to the state with the highest priority ``population / d(seats held)``:

- Huntington-Hill (equal proportions, in law since 1941): ``d(n) = sqrt(n (n + 1))``;
- Webster (major fractions; 1840, 1910, 1930): ``d(n) = n + 1/2``;
- Jefferson (1790-1830): ``d(n) = n + 1``;

and Hamilton/Vinton (1850-1900) gives each state the whole part of its quota and the seats left
to the largest remainders. Priorities are compared exactly, in integers (for Huntington-Hill the
squares), so no floating-point rounding can ever tie or swap two states. An exact tie, which the
census data never has, goes to the state whose postal code comes first.

The District of Columbia's electors follow the 23rd Amendment: as many as it would have if it
were a state, never more than the least populous state. States of an election that were not
part of the census's apportionment (Arizona and New Mexico after 1910, Alaska and Hawaii after
1950) have one seat each, as Congress gave them on admission. Results are codes and numbers.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cache

from gui.domain.catalog import Election
from gui.domain.identifiers import InputError
from gui.domain.resource_data import read_data

APPORTIONMENT_RESOURCE = "data/apportionment.json"
FIRST_ELECTION = 1912  # the first election under a census with apportionment populations (1910)
MIN_HOUSE = 50
MAX_HOUSE = 2000
SENATORS = 2
DC = "DC"
PR = "PR"


class Method(StrEnum):
    HILL = "hill"
    WEBSTER = "webster"
    HAMILTON = "hamilton"
    JEFFERSON = "jefferson"


class SizeRule(StrEnum):
    """How the House size is chosen: a number, or a rule that computes it from the census."""

    FIXED = "fixed"
    WYOMING = "wyoming"  # the total population divided by the least populous state's, rounded
    CUBE_ROOT = "cube-root"  # the cube root of the total population, rounded


class District(StrEnum):
    """What the District of Columbia is in the what-if."""

    AMENDMENT = "amendment"  # electors under the 23rd Amendment (elections since 1964)
    STATE = "state"  # a state: seats in the House and two senators
    NONE = "none"  # no electors (the 23rd Amendment repealed)


@dataclass(frozen=True)
class Census:
    year: int
    apportioned: bool  # False for 1920: Congress made no apportionment from it
    method_in_law: Method | None
    house_size: int  # the seats apportioned (433 in 1910, 435 since; 1920: the seats in force)
    populations: dict[str, int]  # apportionment population of each state in the apportionment
    seats: dict[str, int]  # official seats (1920: those in force, from 1910)
    not_states: dict[str, int]  # DC and Puerto Rico: resident population (and overseas, if counted)


@cache
def censuses() -> dict[int, Census]:
    """Every census with apportionment populations, by year (read once)."""
    raw = read_data(APPORTIONMENT_RESOURCE, "apportionment")["censuses"]
    found = {}
    for entry in raw:
        method = entry["method_in_law"]
        found[entry["year"]] = Census(
            year=entry["year"],
            apportioned=entry["apportioned"],
            method_in_law=Method(method) if method else None,
            house_size=entry["house_size"],
            populations={code: pair[0] for code, pair in entry["states"].items()},
            seats={code: pair[1] for code, pair in entry["states"].items()},
            not_states=dict(entry["not_states"]),
        )
    return found


def census(year: int) -> Census:
    if year not in censuses():
        years = ", ".join(str(y) for y in censuses())
        raise InputError(f"no census apportionment for {year} (censuses: {years})")
    return censuses()[year]


def census_in_force(year: int) -> int:
    """The census whose apportionment an election used: 1910's until 1928 (none followed 1920's),
    then the latest one whose Congress had been elected by the election year."""
    return 1910 if year < 1932 else (year - 2) // 10 * 10


def record_house_size(election: Election) -> int:
    """The House the election's electors came from: its states' electors less their senators."""
    return sum(s.allotted - SENATORS for s in election.states if s.code != DC and s.allotted)


# --- the methods -----------------------------------------------------------------------------------


class _Claim:
    """A state's claim on its next seat; the heap's smallest is the strongest claim."""

    __slots__ = ("code", "divisor", "population", "seats", "weight")

    def __init__(self, method: Method, code: str, population: int, seats: int) -> None:
        self.code, self.population, self.seats = code, population, seats
        # priority = weight / divisor, compared by cross-multiplying (all integers)
        if method is Method.HILL:  # p / sqrt(n (n + 1)), squared
            self.weight, self.divisor = population * population, seats * (seats + 1)
        elif method is Method.WEBSTER:  # p / (n + 1/2), doubled
            self.weight, self.divisor = population, 2 * seats + 1
        else:  # Jefferson: p / (n + 1)
            self.weight, self.divisor = population, seats + 1

    def __lt__(self, other: _Claim) -> bool:
        mine, theirs = self.weight * other.divisor, other.weight * self.divisor
        return mine > theirs or (mine == theirs and self.code < other.code)


def seat_order(populations: Mapping[str, int], method: Method, extra: int) -> list[str]:
    """Divisor methods: who gets each seat after the first of every state, in order, for
    ``extra`` seats. The first ``k`` of the list give the House of ``len(populations) + k``
    (these methods never take a seat away when the House grows)."""
    if method is Method.HAMILTON:
        raise ValueError("Hamilton's method has no seat order")
    heap = [_Claim(method, code, people, 1) for code, people in populations.items()]
    heapq.heapify(heap)
    order = []
    for _ in range(extra):
        claim = heap[0]
        order.append(claim.code)
        heapq.heapreplace(heap, _Claim(method, claim.code, claim.population, claim.seats + 1))
    return order


def _hamilton(populations: Mapping[str, int], seats: int) -> dict[str, int]:
    """Hamilton/Vinton: whole quotas, then the largest remainders; a state whose quota is under
    one gets its constitutional seat and the rest are shared again without it."""
    given: dict[str, int] = {}
    rest = dict(populations)
    left = seats
    while True:
        total = sum(rest.values())
        small = sorted(code for code, people in rest.items() if people * left < total)
        if not small:
            break
        for code in small:
            given[code] = 1
            del rest[code]
            left -= 1
    total = sum(rest.values())
    shares = {code: people * left // total for code, people in rest.items()}
    remainder = left - sum(shares.values())
    by_fraction = sorted(rest, key=lambda code: (-(rest[code] * left % total), code))
    for code in by_fraction[:remainder]:
        shares[code] += 1
    return given | shares


def apportion(populations: Mapping[str, int], seats: int, method: Method) -> dict[str, int]:
    """Seats per state for a House of ``seats`` (at least one per state)."""
    if seats < len(populations):
        raise InputError(f"a House of {seats} seats cannot give each of the {len(populations)} states one")
    if method is Method.HAMILTON:
        return _hamilton(populations, seats)
    result = dict.fromkeys(populations, 1)
    for code in seat_order(populations, method, seats - len(populations)):
        result[code] += 1
    return result


def _rounded_quotient(numerator: int, denominator: int) -> int:
    """numerator / denominator to the nearest whole number (halves up), exactly."""
    return (2 * numerator + denominator) // (2 * denominator)


def _rounded_cube_root(number: int) -> int:
    root = round(number ** (1 / 3))
    while root**3 > number:  # the float is close: settle the whole part exactly
        root -= 1
    while (root + 1) ** 3 <= number:
        root += 1
    return root + 1 if (2 * root + 1) ** 3 <= 8 * number else root  # nearer root + 1 than root?


# --- a what-if apportionment for an election ---------------------------------------------------------


@dataclass(frozen=True)
class Choice:
    """What a user chooses: the census, the House size (or a rule), the method, DC and PR."""

    census: int
    size: int = 435  # the House size when ``rule`` is FIXED (0 otherwise: the rule computes it)
    method: Method = Method.HILL
    rule: SizeRule = SizeRule.FIXED
    district: District = District.AMENDMENT
    puerto_rico: bool = False  # Puerto Rico admitted as a state

    def __post_init__(self) -> None:
        # A rule's House does not depend on any size given with it: two such choices are equal.
        if self.rule is not SizeRule.FIXED and self.size:
            object.__setattr__(self, "size", 0)


def default_choice(election: Election) -> Choice:
    """The apportionment the election used, as a choice: its census, House and method in law."""
    found = census(census_in_force(election.year))
    return Choice(found.year, record_house_size(election), found.method_in_law or Method.HILL)


@dataclass(frozen=True)
class Allotment:
    """Seats and electors per state for one election under one choice."""

    choice: Choice
    house_size: int  # every seat of the House, the admission seats included
    seats: dict[str, int]  # House seats of each state, DC and Puerto Rico when they are states
    electors: dict[str, int]  # electors of each state (and of DC) in the election's order
    admitted: tuple[str, ...] = ()  # not in the census's apportionment: one seat each
    least_populous: str = ""  # the least populous state of the apportionment
    dc_as_state: int | None = None  # DC's electors if it were a state (23rd Amendment)
    dc_cap: int | None = None  # the least populous state's electors: DC's limit
    added: tuple[str, ...] = ()  # states of the what-if only (DC, Puerto Rico)

    @property
    def appointed(self) -> int:
        return sum(self.electors.values())


@dataclass(frozen=True)
class _Base:
    """What an election and a choice fix before the House size: who shares the seats."""

    choice: Choice
    populations: dict[str, int]  # the states sharing the apportioned seats
    admitted: tuple[str, ...]
    order: tuple[str, ...]  # the what-if's states in the election's order (by name), DC and PR included
    dc_population: int | None  # DC under the 23rd Amendment: its population for "as if a state"
    least_populous: str  # the least populous state sharing the seats


_NAMES = {DC: "District of Columbia", PR: "Puerto Rico"}


def _base(election: Election, choice: Choice) -> _Base:
    if election.year < FIRST_ELECTION:
        raise InputError(
            f"apportionment what-ifs start with the {FIRST_ELECTION} election "
            f"(the first census with apportionment populations is 1910), not {election.year}"
        )
    used = census(choice.census)
    states = [s for s in election.states if s.code != DC and s.allotted]
    populations = {s.code: used.populations[s.code] for s in states if s.code in used.populations}
    admitted = tuple(s.code for s in states if s.code not in used.populations)
    names = {s.code: s.name for s in states}
    dc_population = None
    if choice.district is District.STATE:
        populations[DC] = used.not_states[DC]
        names[DC] = _NAMES[DC]
    elif choice.district is District.AMENDMENT and election.has_state(DC):
        dc_population = used.not_states[DC]
        names[DC] = election.state(DC).name
    if choice.puerto_rico:
        populations[PR] = used.not_states[PR]
        names[PR] = _NAMES[PR]
    order = tuple(sorted(names, key=lambda code: names[code]))
    least = min(populations, key=lambda code: (populations[code], code))
    return _Base(choice, populations, admitted, order, dc_population, least)


def _apportioned_seats(base: _Base) -> int:
    """Seats shared by the census's states: the House size less the admission seats."""
    choice = base.choice
    if choice.rule is SizeRule.WYOMING:
        return _rounded_quotient(sum(base.populations.values()), min(base.populations.values()))
    if choice.rule is SizeRule.CUBE_ROOT:
        return _rounded_cube_root(sum(base.populations.values()))
    shared = choice.size - len(base.admitted)
    if not MIN_HOUSE <= choice.size <= MAX_HOUSE:
        raise InputError(f"the House size must be from {MIN_HOUSE} to {MAX_HOUSE}, not {choice.size}")
    states = len(base.populations) + len(base.admitted)
    if shared < len(base.populations):
        raise InputError(f"a House of {choice.size} seats cannot give each of the {states} states one")
    return shared


def _sized(choice: Choice, size: int) -> Choice:
    """The choice with a House of ``size`` (as ``replace`` would, for a sweep's thousand sizes)."""
    return Choice(choice.census, size, choice.method, SizeRule.FIXED, choice.district, choice.puerto_rico)


def _allotment(base: _Base, choice: Choice, seats: dict[str, int], dc_seats: int | None) -> Allotment:
    seats = seats | dict.fromkeys(base.admitted, 1)
    least = base.least_populous
    electors = {code: seats[code] + SENATORS for code in base.order if code in seats}
    dc_as_state = dc_cap = None
    if dc_seats is not None:
        dc_as_state, dc_cap = dc_seats + SENATORS, electors[least]
        electors[DC] = min(dc_as_state, dc_cap)
        electors = {code: electors[code] for code in base.order}  # DC in its place
    added = tuple(code for code in (DC, PR) if code in base.populations)
    return Allotment(
        choice,
        sum(seats.values()),
        seats,
        electors,
        base.admitted,
        least,
        dc_as_state,
        dc_cap,
        added,
    )


def allot(election: Election, choice: Choice) -> Allotment:
    """Each state's seats and electors in ``election`` under ``choice``; InputError when the
    choice cannot apply (an election before 1912, an unknown census, a House too small)."""
    base = _base(election, choice)
    shared = _apportioned_seats(base)
    seats = apportion(base.populations, shared, choice.method)
    dc_seats = None
    if base.dc_population is not None:
        with_dc = base.populations | {DC: base.dc_population}
        # With no seat beyond one per state, DC as a state would have the one every state has.
        dc_seats = apportion(with_dc, shared, choice.method)[DC] if shared >= len(with_dc) else 1
    return _allotment(base, choice, seats, dc_seats)


def house_sizes(election: Election, choice: Choice, sizes: range) -> Iterator[Allotment]:
    """:func:`allot` for every House size in ``sizes`` (the choice's rule is ignored), quickly:
    the divisor methods hand out the seats in one order, worked out once."""
    base = _base(election, replace(choice, rule=SizeRule.FIXED))
    if not sizes:
        return
    with_dc = base.populations | {DC: base.dc_population} if base.dc_population is not None else None
    lowest = len(base.populations) + len(base.admitted)
    if sizes.start < max(MIN_HOUSE, lowest) or sizes[-1] > MAX_HOUSE or sizes.step != 1:
        raise InputError(
            f"House sizes must run from at least {max(MIN_HOUSE, lowest)} to at most {MAX_HOUSE}"
        )
    if choice.method is Method.HAMILTON:
        for size in sizes:
            yield allot(election, _sized(choice, size))
        return
    most = sizes[-1] - len(base.admitted)
    order = seat_order(base.populations, choice.method, most - len(base.populations))
    dc_order = seat_order(with_dc, choice.method, most - len(with_dc)) if with_dc else []
    seats = dict.fromkeys(base.populations, 1)
    given = 0
    dc_seats, dc_given = 1, 0
    for size in sizes:
        shared = size - len(base.admitted)
        while len(base.populations) + given < shared:
            seats[order[given]] += 1
            given += 1
        if with_dc:
            while len(with_dc) + dc_given < shared:
                dc_seats += dc_order[dc_given] == DC
                dc_given += 1
        yield _allotment(base, _sized(choice, size), dict(seats), dc_seats if with_dc else None)
