"""Who carried a group of electors (a unit, a state, the country) and how their ballots read.

The one per-unit count besides the tally: the CSV's rows, the map's colours and legend, the
tooltips and the tree's summary rows all read it. Its totals over every unit equal the tally's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from gui.domain.catalog import Office, Ticket
from gui.domain.scenario import Ballot, Scenario


@dataclass(frozen=True)
class OfficeBreakdown:
    named: Counter[str]  # ballots naming a person (not-counted recipients included)
    blank: int
    undecided: int
    faithless: int  # ballots naming someone other than the pledged candidate
    absent: int = 0  # electors appointed who cast no ballot
    not_appointed: int = 0  # electors of a state out of the base

    def ranked(self) -> list[tuple[str, int]]:
        """The people named, most votes first (ties by name)."""
        return sorted(self.named.items(), key=lambda item: (-item[1], item[0]))


@dataclass(frozen=True)
class Breakdown:
    electors: tuple[int, ...]
    pledges: Counter[Ticket]  # how many electors are pledged to each ticket
    president: OfficeBreakdown
    vice_president: OfficeBreakdown
    faithless_electors: int  # electors with a faithless ballot for either office
    carried: tuple[tuple[str, int], ...]  # see carried_shares

    def office(self, office: Office) -> OfficeBreakdown:
        return self.president if office is Office.PRESIDENT else self.vice_president

    @property
    def winner(self) -> Ticket | None:
        """The ticket every elector is pledged to; None when they are split (or there are none)."""
        return next(iter(self.pledges)) if len(self.pledges) == 1 else None


def office_breakdown(scenario: Scenario, electors: tuple[int, ...], office: Office) -> OfficeBreakdown:
    """How these electors' ballots for one office read."""
    named: Counter[str] = Counter()
    kinds: Counter[Ballot] = Counter()
    for index in electors:
        kind = scenario.ballot(index, office)
        kinds[kind] += 1
        if kind not in _NO_NAME:
            named[scenario.cast(index, office)] += 1
    return OfficeBreakdown(
        named,
        kinds[Ballot.BLANK],
        kinds[Ballot.UNDECIDED],
        kinds[Ballot.FAITHLESS],
        kinds[Ballot.ABSENT],
        kinds[Ballot.NOT_APPOINTED],
    )


_NO_NAME = frozenset({Ballot.BLANK, Ballot.UNDECIDED, Ballot.ABSENT, Ballot.NOT_APPOINTED})


def presidential_ballots(scenario: Scenario, electors: tuple[int, ...]) -> OfficeBreakdown:
    """How these electors' ballots for President read: what the map draws. Before the 12th
    Amendment each elector cast two votes for President, so both are pooled."""
    votes = office_breakdown(scenario, electors, Office.PRESIDENT)
    if not scenario.election.pre_12th_amendment:
        return votes
    second = office_breakdown(scenario, electors, Office.VICE_PRESIDENT)
    return OfficeBreakdown(
        votes.named + second.named,
        votes.blank + second.blank,
        votes.undecided + second.undecided,
        votes.faithless + second.faithless,
        votes.absent + second.absent,
        votes.not_appointed + second.not_appointed,
    )


def presidential_totals(scenario: Scenario) -> tuple[Counter[str], int, int]:
    """Every elector's presidential ballots at once (the map's legend): whom they name (votes
    not counted included), the blank ones, the undecided ones, of the electors in the base
    (absent ones cast none). Before the 12th Amendment both votes are pooled. The same as
    presidential_ballots over every elector, read in one pass."""
    offices = tuple(Office) if scenario.election.pre_12th_amendment else (Office.PRESIDENT,)
    named: Counter[str] = Counter()
    for office in offices:
        named.update(scenario.casts(office))
    empty = named.pop("", 0)
    undecided = sum(scenario.undecided(office) for office in offices)
    absent = sum(scenario.absent(office) for office in offices) if empty else 0
    return named, empty - undecided - absent, undecided


def carried_shares(scenario: Scenario, electors: Iterable[int]) -> tuple[tuple[str, int], ...]:
    """Who the electors are pledged to, largest share first ("" = no one yet); the electors of a
    state out of the base are no one's share.

    Under the 12th Amendment that is the presidential candidate of each pledge; before it each
    elector cast two equal votes, so both names of the pledge count.
    """
    counts: Counter[str] = Counter()
    pre_12th = scenario.election.pre_12th_amendment
    for index in electors:
        if not scenario.in_base(index):
            continue
        pledge = scenario.pledge(index)
        counts[pledge.president] += 1
        if pre_12th:
            counts[pledge.vice_president] += 1
    order = {name: n for n, name in enumerate(scenario.candidate_names())}
    return tuple(sorted(counts.items(), key=lambda item: (-item[1], order.get(item[0], len(order)), item[0])))


def breakdown(scenario: Scenario, electors: Iterable[int]) -> Breakdown:
    chosen = tuple(electors)
    faithless = sum(1 for i in chosen if any(scenario.is_faithless(i, office) for office in Office))
    return Breakdown(
        chosen,
        Counter(scenario.pledge(i) for i in chosen),
        office_breakdown(scenario, chosen, Office.PRESIDENT),
        office_breakdown(scenario, chosen, Office.VICE_PRESIDENT),
        faithless,
        carried_shares(scenario, chosen),
    )


def unit_breakdown(scenario: Scenario, unit_id: str) -> Breakdown:
    return breakdown(scenario, scenario.election.unit(unit_id).electors)


def carried_totals(scenario: Scenario) -> Counter[str]:
    """Electors by the candidate their units' pledges name, over the whole country, in one pass."""
    return Counter(dict(carried_shares(scenario, range(len(scenario.election.electors)))))


def not_called_units(scenario: Scenario) -> list[tuple[str, int]]:
    """Units in the base nobody has carried yet (too close to call), with their electors still
    undecided."""
    found = []
    for unit in scenario.election.units:
        if (
            unit.electors
            and scenario.is_appointed(unit.state)
            and all(scenario.pledge(i).is_empty for i in unit.electors)
        ):
            undecided = sum(
                1 for i in unit.electors if scenario.ballot(i, Office.PRESIDENT) is Ballot.UNDECIDED
            )
            found.append((unit.id, undecided))
    return found
