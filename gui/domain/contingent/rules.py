"""Who is in the running in a contingent election, and the numbers each chamber needs.

12th Amendment (1804 on). No majority for President: the House chooses from "the persons having
the highest numbers not exceeding three" (anyone who received electoral votes), voting by
states, one vote each; a majority of all the states is needed and a quorum is a member or
members from two-thirds of the states. No majority for Vice President: the Senate chooses from
"the two highest numbers on the list"; a majority of the whole number of senators is needed, a
quorum is two-thirds of them, and each senator votes.

Before it (1789-1800, Art. II, cl. 3): two or more tied with a majority -> the House chooses
between them; no majority -> from the five highest; same state voting. Once the President is
chosen, the runner-up in electoral votes is Vice President; a tie for second goes to the Senate.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, StrEnum

from gui.domain.catalog import Election
from gui.domain.tally import OfficeTally, Tally

DIVIDED = "divided"  # a hand-set House vote: the delegation casts no vote
ABSTAIN = "abstain"  # a hand-set Senate vote: the state's senators do not vote

FIRST_NEW_CONGRESS_ELECTION = 1936  # 20th Amendment: new terms on January 3 and January 20
FIRST_SUCCESSION_ACT_1947_ELECTION = 1948
FIRST_SUCCESSION_ACT_1886_ELECTION = 1888


def majority_of_states(states: int) -> int:
    return states // 2 + 1


def two_thirds(number: int) -> int:
    return (2 * number + 2) // 3


def voting_states(election: Election) -> list[str]:
    """The states that vote: those of the election with electors allotted (the District of
    Columbia only when a what-if admits it as a state), less those the record declares not
    entitled to take part. 1864: the joint resolution of 8 February 1865 declared the eleven
    states in rebellion not entitled to electoral votes; the nine with none allotted and Louisiana
    and Tennessee alike are outside "all the states" (25 vote, 13 needed)."""
    return [s.code for s in election.states if s.votes_in_congress and s.allotted > 0 and s.in_house]


def persons(office_tally: OfficeTally) -> list[tuple[str, int]]:
    """Everyone who received votes for the office, with their votes."""
    return [(n, v) for n, v in office_tally.votes.items() if v > 0]


def pending(office_tally: OfficeTally) -> bool:
    """No majority yet, but electors remain undecided: Congress does not vote (yet)."""
    return office_tally.winner is None and office_tally.undecided > 0


def highest_not_exceeding(ranked: list[tuple[str, int]], limit: int) -> tuple[list[str], list[str]]:
    """The persons with the highest numbers, not exceeding ``limit``, and those tied at the cutoff
    (admitting all of them would exceed the limit, so the text admits none of them)."""
    admitted: list[str] = []
    numbers = sorted({v for _, v in ranked}, reverse=True)
    for number in numbers:
        group = sorted(n for n, v in ranked if v == number)
        if len(admitted) + len(group) > limit:
            return admitted, group if len(admitted) < limit else []
        admitted.extend(group)
    return admitted, []


def two_highest_numbers(ranked: list[tuple[str, int]]) -> list[str]:
    """Everyone holding one of the two highest numbers (the Senate's list: ties are all admitted)."""
    numbers = sorted({v for _, v in ranked}, reverse=True)[:2]
    return [n for n, v in ranked if v in numbers]


class HouseRule(StrEnum):
    TWELFTH = "12th"  # among the top three
    PRE12_TIE = "pre12-tie"  # between those tied with a majority
    PRE12_TOP5 = "pre12-top5"  # among the five highest


def house_rule(tally_result: Tally) -> tuple[HouseRule, list[str], list[str]]:
    """The House's rule, who it may choose, and who is tied at the cutoff (not admitted)."""
    president = tally_result.president
    ranked = persons(president)
    if not tally_result.pre_12th_amendment:
        eligible, tied = highest_not_exceeding(ranked, 3)
        return HouseRule.TWELFTH, eligible, tied
    top = ranked[0][1] if ranked else 0
    leaders = sorted(n for n, v in ranked if v == top)
    if top >= tally_result.majority and len(leaders) > 1:
        return HouseRule.PRE12_TIE, leaders, []
    eligible, tied = highest_not_exceeding(ranked, 5)
    return HouseRule.PRE12_TOP5, eligible, tied


class SenateRule(StrEnum):
    TWELFTH = "12th"  # between the two highest numbers
    PRE12_SECOND = "pre12-second"  # among those tied for second, once a President is chosen


class SenateCase(Enum):
    """Why the Senate does not vote, or that it does."""

    VOTES = "votes"
    ELECTED = "elected"  # the electors chose the Vice President
    PENDING = "pending"  # electoral votes remain undecided
    RUNNER_UP = "runner-up"  # before 1804: the runner-up is Vice President
    NO_PRESIDENT_YET = "no president yet"  # before 1804: a President must be chosen first
    NO_ONE_ELSE = "no one else"  # before 1804: no one else received votes


@dataclass(frozen=True)
class SenatePlan:
    case: SenateCase
    rule: SenateRule | None = None
    eligible: tuple[str, ...] = ()
    tied: bool = False  # more than two admitted: a tie among the two highest numbers
    elected: str | None = None  # the Vice President when the Senate need not vote
    votes: int = 0  # the runner-up's votes (RUNNER_UP)
    president: str | None = None  # the President the runner-up follows (RUNNER_UP)
    undecided: int = 0  # PENDING

    @property
    def needed(self) -> bool:
        return self.case is SenateCase.VOTES


def senate_plan(tally_result: Tally, house_winner: str | None) -> SenatePlan:
    vp = tally_result.vice_president
    if not tally_result.pre_12th_amendment:
        if vp.winner:
            return SenatePlan(SenateCase.ELECTED, elected=vp.winner)
        if pending(vp):
            return SenatePlan(SenateCase.PENDING, undecided=vp.undecided)
        eligible = two_highest_numbers(persons(vp))
        return SenatePlan(SenateCase.VOTES, SenateRule.TWELFTH, tuple(eligible), tied=len(eligible) > 2)
    # Before the 12th Amendment: the runner-up once the President is chosen.
    president = tally_result.president.winner or house_winner
    if president is None:
        return SenatePlan(SenateCase.NO_PRESIDENT_YET)
    rest = [(n, v) for n, v in persons(vp) if n != president]
    second = max((v for _, v in rest), default=0)
    runners = sorted(n for n, v in rest if v == second)
    if len(runners) == 1:
        return SenatePlan(SenateCase.RUNNER_UP, elected=runners[0], votes=second, president=president)
    if not runners:
        return SenatePlan(SenateCase.NO_ONE_ELSE)
    return SenatePlan(SenateCase.VOTES, SenateRule.PRE12_SECOND, tuple(runners))


def ranked_counts(counts: dict[str, int], eligible: list[str] | tuple[str, ...]) -> dict[str, int]:
    """Votes per candidate, most first (ties in the order of the list of those eligible)."""
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], eligible.index(kv[0]))))
