"""Counting the electoral votes of a scenario: the single source of truth for every total.

The base is the number of electors appointed (a blank ballot still counts); a majority is
``appointed // 2 + 1``. Under the 12th Amendment each office is counted on its own ballot;
before it (1789-1800) each elector cast two votes for President, the leader with a majority
became President and the runner-up Vice President.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from gui.domain.scenario import Office, Scenario


def majority_of(appointed: int) -> int:
    return appointed // 2 + 1


@dataclass(frozen=True)
class OfficeTally:
    office: Office
    votes: dict[str, int]  # person -> counted votes, most first (ties by name)
    blank: int  # blank ballots
    undecided: int  # electors of units nobody has carried yet
    rejected: int  # votes cast but not counted (1872: for the deceased Greeley)
    winner: str | None
    contingent: bool  # every elector voted, no one elected: the House (President) or Senate (VP) decides
    reason: str  # one sentence for the status line

    def leaders(self, count: int) -> list[str]:
        return list(self.votes)[:count]


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


def _sorted_votes(counter: Counter[str]) -> dict[str, int]:
    return dict(sorted(counter.items(), key=lambda item: (-item[1], item[0])))


def _count(scenario: Scenario, offices: tuple[Office, ...]) -> tuple[Counter[str], int, int, int]:
    rejected_names = scenario.election.rejected_recipients
    votes: Counter[str] = Counter()
    for office in offices:
        votes.update(scenario.casts(office))
    rejected = sum(votes.pop(name, 0) for name in rejected_names)
    empty = votes.pop("", 0)
    undecided = sum(scenario.undecided(office) for office in offices) if empty else 0
    return votes, empty - undecided, undecided, rejected


def tally(scenario: Scenario) -> Tally:
    appointed = scenario.election.appointed
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
    votes, blank, undecided, rejected = _count(scenario, (office,))
    ordered = _sorted_votes(votes)
    winner = next((name for name, n in ordered.items() if n >= majority), None)
    if winner:
        reason = f"{winner} is elected {office.title} with {ordered[winner]} votes ({majority} needed)."
    elif undecided:
        reason = (
            f"No majority for {office.title} yet: {undecided} electors are undecided "
            "(their states have not been assigned)."
        )
    elif office is Office.PRESIDENT:
        reason = (
            "No majority for President: the House chooses among the top three, one vote per state delegation."
        )
    else:
        reason = "No majority for Vice President: the Senate chooses between the top two."
    # Congress steps in only once every elector has voted and still no one has a majority.
    contingent = winner is None and not undecided
    return OfficeTally(office, ordered, blank, undecided, rejected, winner, contingent, reason)


def _tally_pre_12th(scenario: Scenario, majority: int) -> tuple[OfficeTally, OfficeTally]:
    votes, blank, undecided, rejected = _count(scenario, (Office.PRESIDENT, Office.VICE_PRESIDENT))
    ordered = _sorted_votes(votes)
    names = list(ordered)
    top = ordered[names[0]] if names else 0
    leaders = [n for n in names if ordered[n] == top]
    president = vice_president = None
    if top >= majority and len(leaders) == 1:
        president = leaders[0]
        p_reason = f"{president} is elected President with {top} votes ({majority} needed)."
    elif top >= majority:
        p_reason = (
            f"{' and '.join(leaders)} tie with a majority ({top} each): "
            "the House chooses between them, one vote per state."
        )
    else:
        p_reason = "No one has a majority: the House chooses among the top five, one vote per state."
    if president:
        rest = names[1:]
        second = ordered[rest[0]] if rest else 0
        runners = [n for n in rest if ordered[n] == second]
        if len(runners) == 1:
            vice_president = runners[0]
            vp_reason = f"{vice_president} has the second most votes ({second}) and is Vice President."
        else:
            vp_reason = f"{' and '.join(runners) or 'No one'} tie for second: the Senate chooses."
    else:
        vp_reason = "The Vice President is whoever has the most votes after the President is chosen."
    president_tally = OfficeTally(
        Office.PRESIDENT, ordered, blank, undecided, rejected, president, president is None, p_reason
    )
    vp_contingent = president is not None and vice_president is None
    vp_tally = OfficeTally(
        Office.VICE_PRESIDENT, ordered, blank, undecided, rejected, vice_president, vp_contingent, vp_reason
    )
    return president_tally, vp_tally
