"""Counting the electoral votes of a scenario: the single source of truth for every total.

The base is the number of electors appointed (a blank ballot and an absent elector still count;
the electors of a state out of the base do not); a majority is ``appointed // 2 + 1``. Under the
12th Amendment each office is counted on its own ballot; before it (1789-1800) each elector cast
two votes for President, the leader with a majority became President and the runner-up Vice
President.

Results carry numbers and a :class:`Status`, never sentences: gui.present.outcome says them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from enum import Enum

from gui.domain.scenario import Office, Scenario


def majority_of(appointed: int) -> int:
    return appointed // 2 + 1


def votes_needed(votes: int, majority: int) -> int:
    """How many more votes reach the majority (0 once it is reached; never negative)."""
    return max(0, majority - votes)


class Status(Enum):
    """Where an office stands after the electors' count."""

    ELECTED = "elected"  # someone has a majority (before 1804: the President, or the runner-up)
    PENDING = "pending"  # no majority yet: some electors are undecided
    CONTINGENT = "contingent"  # every elector voted, no majority: the House (President) or Senate (VP)
    TIED_MAJORITY = "tied majority"  # before 1804: several tie with a majority; the House chooses
    NO_MAJORITY = "no majority"  # before 1804: no majority; the House chooses among the top five
    TIED_SECOND = "tied second"  # before 1804: a tie for second; the Senate chooses
    NO_SECOND = "no second"  # before 1804: no one else received votes; the Senate chooses
    AFTER_PRESIDENT = "after the president"  # before 1804: the runner-up once a President is chosen


class Pending(Enum):
    """What the votes of units not yet called can still do for an office."""

    DECIDED = "decided"  # someone already has a majority: they cannot change it
    COULD_DECIDE = "could decide"  # they could still give someone a majority
    CANNOT_DECIDE = "cannot decide"  # no one reaches a majority even with all of them


@dataclass(frozen=True)
class OfficeTally:
    office: Office
    votes: dict[str, int]  # person -> counted votes, most first (ties by name)
    blank: int  # blank ballots
    undecided: int  # electors of units nobody has carried yet
    rejected: int  # votes cast but not counted (1872: for the deceased Greeley)
    winner: str | None
    contingent: bool  # every elector voted, no one elected: the House (President) or Senate (VP) decides
    status: Status
    tied: tuple[str, ...] = ()  # those tied, for TIED_MAJORITY and TIED_SECOND
    absent: int = 0  # ballots not cast: electors appointed who did not vote (two each before 1804)

    def leaders(self, count: int) -> list[str]:
        return list(self.votes)[:count]

    def pending(self, majority: int) -> Pending | None:
        """What the undecided electors can still change (None: every elector has voted)."""
        if not self.undecided:
            return None
        if self.winner is not None:
            return Pending.DECIDED
        best = max(self.votes.values(), default=0)
        # Anyone, even someone with no vote yet, could be given every undecided vote.
        return Pending.COULD_DECIDE if best + self.undecided >= majority else Pending.CANNOT_DECIDE


@dataclass(frozen=True)
class Tally:
    year: int
    appointed: int
    majority: int
    president: OfficeTally
    vice_president: OfficeTally
    pre_12th_amendment: bool

    def office(self, office: Office) -> OfficeTally:
        return self.president if office is Office.PRESIDENT else self.vice_president

    @property
    def contingent(self) -> bool:
        """Congress decides at least one office."""
        return self.president.contingent or self.vice_president.contingent


def _sorted_votes(counter: Counter[str]) -> dict[str, int]:
    return dict(sorted(counter.items(), key=lambda item: (-item[1], item[0])))


@dataclass(frozen=True)
class _Count:
    votes: Counter[str]
    blank: int
    undecided: int
    rejected: int
    absent: int


def _count(scenario: Scenario, offices: tuple[Office, ...]) -> _Count:
    rejected_names = scenario.election.rejected_recipients
    votes: Counter[str] = Counter()
    for office in offices:
        votes.update(scenario.casts(office))
    rejected = sum(votes.pop(name, 0) for name in rejected_names)
    # Votes the count in Congress rejected as not regularly given: not counted, still in the base.
    effect = scenario.count_effect()
    if not effect.empty:
        for office in offices:
            for i in effect.rejected[office]:
                name = scenario.cast(i, office)
                if scenario.in_base(i) and name and name not in rejected_names:
                    votes[name] -= 1
                    rejected += 1
        votes = +votes  # drop anyone left with no vote
    empty = votes.pop("", 0)
    undecided = sum(scenario.undecided(office) for office in offices) if empty else 0
    absent = sum(scenario.absent(office) for office in offices) if empty else 0
    return _Count(votes, empty - undecided - absent, undecided, rejected, absent)


def tally(scenario: Scenario) -> Tally:
    appointed = scenario.appointed
    majority = majority_of(appointed)
    if scenario.election.pre_12th_amendment:
        president, vice_president = _tally_pre_12th(scenario, majority)
    else:
        president = _tally_office(scenario, Office.PRESIDENT, majority)
        vice_president = _tally_office(scenario, Office.VICE_PRESIDENT, majority)
    return Tally(
        scenario.election.year,
        appointed,
        majority,
        president,
        vice_president,
        scenario.election.pre_12th_amendment,
    )


def _tally_office(scenario: Scenario, office: Office, majority: int) -> OfficeTally:
    counted = _count(scenario, (office,))
    undecided = counted.undecided
    ordered = _sorted_votes(counted.votes)
    winner = next((name for name, n in ordered.items() if n >= majority), None)
    if winner:
        status = Status.ELECTED
    elif undecided:
        status = Status.PENDING
    else:
        status = Status.CONTINGENT
    # Congress steps in only once every elector has voted and still no one has a majority.
    contingent = status is Status.CONTINGENT
    return OfficeTally(
        office,
        ordered,
        counted.blank,
        undecided,
        counted.rejected,
        winner,
        contingent,
        status,
        absent=counted.absent,
    )


def _tally_pre_12th(scenario: Scenario, majority: int) -> tuple[OfficeTally, OfficeTally]:
    counted = _count(scenario, (Office.PRESIDENT, Office.VICE_PRESIDENT))
    blank, undecided, rejected = counted.blank, counted.undecided, counted.rejected
    ordered = _sorted_votes(counted.votes)
    names = list(ordered)
    top = ordered[names[0]] if names else 0
    leaders = tuple(n for n in names if ordered[n] == top)
    president = vice_president = None
    tied: tuple[str, ...] = ()
    if top >= majority and len(leaders) == 1:
        president = leaders[0]
        p_status = Status.ELECTED
    elif top >= majority:
        p_status, tied = Status.TIED_MAJORITY, leaders
    else:
        p_status = Status.NO_MAJORITY
    vp_tied: tuple[str, ...] = ()
    if president:
        rest = names[1:]
        second = ordered[rest[0]] if rest else 0
        runners = tuple(n for n in rest if ordered[n] == second)
        if len(runners) == 1:
            vice_president = runners[0]
            vp_status = Status.ELECTED
        elif runners:
            vp_status, vp_tied = Status.TIED_SECOND, runners
        else:
            vp_status = Status.NO_SECOND
    else:
        vp_status = Status.AFTER_PRESIDENT
    president_tally = OfficeTally(
        Office.PRESIDENT,
        ordered,
        blank,
        undecided,
        rejected,
        president,
        president is None,
        p_status,
        tied,
        absent=counted.absent,
    )
    vp_contingent = president is not None and vice_president is None
    vp_tally = OfficeTally(
        Office.VICE_PRESIDENT,
        ordered,
        blank,
        undecided,
        rejected,
        vice_president,
        vp_contingent,
        vp_status,
        vp_tied,
        absent=counted.absent,
    )
    return president_tally, vp_tally
