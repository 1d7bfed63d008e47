"""A two-candidate race over some open units, every other unit held at its current votes.

Paths to victory and win probabilities both ask the same question: if each open unit goes
wholly to A or wholly to B, who has a majority? Everything outside the open units keeps the
presidential votes its electors cast in the scenario (faithless votes and third parties included),
so the totals always agree with :func:`gui.domain.tally.tally`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum

from gui.domain.i18n import translate
from gui.domain.identifiers import InputError, parse_unit, resolve_person
from gui.domain.scenario import Ballot, Office, Scenario
from gui.domain.tally import Tally, tally


class Outcome(Enum):
    A = "a"  # the first candidate has a majority
    B = "b"  # the second candidate has a majority
    OTHER = "other"  # someone else already has a majority outside the open units
    TIE = "tie"  # A and B level (269-269), no majority: the House decides
    NONE = "none"  # no majority, A and B not level (others or undecided units hold votes): the House


def require_12th_amendment(scenario: Scenario) -> None:
    """These analyses count one presidential vote per elector."""
    election = scenario.election
    if election.pre_12th_amendment:
        raise InputError(
            translate(
                "analyses",
                "{year} was before the 12th Amendment (each elector cast two votes for President); "
                "this analysis applies from 1804 on",
            ).format(year=election.year)
        )


def _known_people(scenario: Scenario, counted: Iterable[str]) -> list[tuple[str, tuple[str, ...]]]:
    known = [(c.name, c.aliases) for c in scenario.candidates]
    names = {name for name, _ in known}
    return known + [(name, ()) for name in counted if name not in names]


def resolve_candidate(scenario: Scenario, text: str, result: Tally | None = None) -> str:
    """A candidate or anyone who received votes, by name, alias or unique surname, or someone
    written in with "+" (a hypothetical race); before an election has any candidate, any name."""
    result = result or tally(scenario)
    known = _known_people(scenario, result.president.votes)
    return resolve_person(known, text, allow_new=not known)


def parse_units(scenario: Scenario, texts: Iterable[str]) -> tuple[str, ...]:
    """Unit ids (``PA``, ``ME-2``), checked against the election, each at most once."""
    units: list[str] = []
    for text in texts:
        unit_id = parse_unit(scenario.election, text)
        if unit_id in units:
            raise InputError(f"{unit_id} is listed twice")
        units.append(unit_id)
    return tuple(units)


def pick_pair(
    scenario: Scenario, names: Sequence[str] | None, result: Tally | None = None
) -> tuple[str, str]:
    """The two candidates of the race: as named, or the top two of the current tally."""
    result = result or tally(scenario)
    if names:
        if len(names) != 2:
            raise InputError(f"name exactly two candidates, got {len(names)}")
        a, b = (resolve_candidate(scenario, text, result) for text in names)
        if a == b:
            raise InputError(f"the two candidates must differ (both are {a})")
        return a, b
    leaders = result.president.leaders(2)
    if len(leaders) < 2:
        raise InputError(
            translate(
                "analyses",
                "fewer than two people have presidential votes in this {year} scenario; name two candidates",
            ).format(year=scenario.election.year)
        )
    return leaders[0], leaders[1]


@dataclass(frozen=True)
class Contest:
    year: int
    appointed: int
    majority: int
    a: str
    b: str
    units: tuple[str, ...]  # the open units, in the election's order
    weights: tuple[int, ...]  # electors of each open unit
    fixed: dict[str, int]  # presidential votes outside the open units, most first

    @property
    def open_votes(self) -> int:
        return sum(self.weights)

    def fixed_votes(self, name: str) -> int:
        return self.fixed.get(name, 0)

    @property
    def need_a(self) -> int:
        """Electoral votes A still needs from the open units (<= 0: already has a majority)."""
        return self.majority - self.fixed_votes(self.a)

    @property
    def need_b(self) -> int:
        return self.majority - self.fixed_votes(self.b)

    @property
    def other_winner(self) -> str | None:
        """Someone other than A and B who already has a majority outside the open units."""
        return next(
            (n for n, v in self.fixed.items() if n not in (self.a, self.b) and v >= self.majority), None
        )

    def totals(self, a_open: int) -> tuple[int, int]:
        """A's and B's electoral votes when A carries open units worth ``a_open``."""
        return self.fixed_votes(self.a) + a_open, self.fixed_votes(self.b) + self.open_votes - a_open

    def outcome(self, a_open: int) -> Outcome:
        a, b = self.totals(a_open)
        if a >= self.majority:
            return Outcome.A
        if b >= self.majority:
            return Outcome.B
        if self.other_winner:
            return Outcome.OTHER
        return Outcome.TIE if a == b else Outcome.NONE


def open_contest(
    scenario: Scenario, units: Sequence[str], a: str, b: str, result: Tally | None = None
) -> Contest:
    """The race between ``a`` and ``b`` over ``units`` (ids already checked)."""
    require_12th_amendment(scenario)
    election = scenario.election
    result = result or tally(scenario)
    wanted = set(units)
    # A unit of a state out of the base has no vote to open.
    ordered = tuple(u.id for u in election.units if u.id in wanted and scenario.is_appointed(u.state))
    fixed: Counter[str] = Counter(result.president.votes)
    for unit_id in ordered:
        for i in election.unit(unit_id).electors:
            if scenario.ballot(i, Office.PRESIDENT) is Ballot.ABSENT:
                continue  # no vote to open
            name = scenario.cast(i, Office.PRESIDENT)
            if name and name not in election.rejected_recipients:
                fixed[name] -= 1  # this elector's vote is now open
    return Contest(
        year=election.year,
        appointed=result.appointed,
        majority=result.majority,
        a=a,
        b=b,
        units=ordered,
        weights=tuple(
            sum(
                1
                for i in election.unit(u).electors
                if scenario.ballot(i, Office.PRESIDENT) is not Ballot.ABSENT
            )
            for u in ordered
        ),
        fixed=dict(sorted(((n, v) for n, v in fixed.items() if v > 0), key=lambda item: (-item[1], item[0]))),
    )
