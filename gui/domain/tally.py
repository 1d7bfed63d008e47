"""Counting the electoral votes of a scenario: the single source of truth for every total.

The base is the number of electors appointed (a blank ballot still counts); a majority is
``appointed // 2 + 1``. Under the 12th Amendment each office is counted on its own ballot;
before it (1789-1800) each elector cast two votes for President, the leader with a majority
became President and the runner-up Vice President.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from gui.domain.i18n import translate
from gui.domain.scenario import Office, Scenario


def majority_of(appointed: int) -> int:
    return appointed // 2 + 1


def join_names(names: list[str]) -> str:
    """ "A and B", "A and B and C": names joined the way the sentences about them read."""
    return translate("tally", " and ").join(names)


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
    president = office is Office.PRESIDENT
    if winner:
        reason = (
            translate("tally", "{winner} is elected President with {votes} votes ({majority} needed).")
            if president
            else translate(
                "tally", "{winner} is elected Vice President with {votes} votes ({majority} needed)."
            )
        ).format(winner=winner, votes=ordered[winner], majority=majority)
    elif undecided:
        reason = (
            translate(
                "tally",
                "No majority for President yet: {undecided} electors are undecided "
                "(their states have not been assigned).",
            )
            if president
            else translate(
                "tally",
                "No majority for Vice President yet: {undecided} electors are undecided "
                "(their states have not been assigned).",
            )
        ).format(undecided=undecided)
    elif president:
        reason = translate(
            "tally",
            "No majority for President: the House chooses among the top three, "
            "one vote per state delegation.",
        )
    else:
        reason = translate("tally", "No majority for Vice President: the Senate chooses between the top two.")
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
        p_reason = translate("tally", "{winner} is elected President with {votes} votes ({majority} needed).")
        p_reason = p_reason.format(winner=president, votes=top, majority=majority)
    elif top >= majority:
        p_reason = translate(
            "tally",
            "{names} tie with a majority ({votes} each): the House chooses between them, one vote per state.",
        ).format(names=join_names(leaders), votes=top)
    else:
        p_reason = translate(
            "tally", "No one has a majority: the House chooses among the top five, one vote per state."
        )
    if president:
        rest = names[1:]
        second = ordered[rest[0]] if rest else 0
        runners = [n for n in rest if ordered[n] == second]
        if len(runners) == 1:
            vice_president = runners[0]
            vp_reason = translate(
                "tally", "{name} has the second most votes ({votes}) and is Vice President."
            ).format(name=vice_president, votes=second)
        elif runners:
            vp_reason = translate("tally", "{names} tie for second: the Senate chooses.").format(
                names=join_names(runners)
            )
        else:
            vp_reason = translate("tally", "No one tie for second: the Senate chooses.")
    else:
        vp_reason = translate(
            "tally", "The Vice President is whoever has the most votes after the President is chosen."
        )
    president_tally = OfficeTally(
        Office.PRESIDENT, ordered, blank, undecided, rejected, president, president is None, p_reason
    )
    vp_contingent = president is not None and vice_president is None
    vp_tally = OfficeTally(
        Office.VICE_PRESIDENT, ordered, blank, undecided, rejected, vice_president, vp_contingent, vp_reason
    )
    return president_tally, vp_tally
