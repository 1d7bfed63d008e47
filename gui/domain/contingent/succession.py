"""Who takes office when the term begins: chosen by the electors or by Congress, or acting."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from gui.domain.contingent.house import HouseResult
from gui.domain.contingent.rules import (
    FIRST_NEW_CONGRESS_ELECTION,
    FIRST_SUCCESSION_ACT_1886_ELECTION,
    FIRST_SUCCESSION_ACT_1947_ELECTION,
    pending,
)
from gui.domain.contingent.senate import SenateResult
from gui.domain.tally import Tally


class Case(Enum):
    CHOSEN_BY_ELECTORS = "chosen by the electors"
    CHOSEN_BY_HOUSE = "chosen by the House"
    PENDING = "pending"  # electoral votes remain to be cast
    PRE_12TH_DEADLOCK = "pre-12th deadlock"  # the Constitution then named no one to act
    VICE_PRESIDENT_ACTS = "vice president acts"  # 20th Amendment, section 3 (or the 12th before it)
    SPEAKER_ACTS = "speaker acts"  # Presidential Succession Act of 1947
    NO_LAW_YET = "no law yet"  # 1936-1944: the 20th Amendment's law was not yet written
    SUCCESSION_1886 = "succession act of 1886"
    SUCCESSION_1792 = "succession act of 1792"


@dataclass(frozen=True)
class Outcome:
    """Who takes office: chosen by the electors, by Congress, or acting."""

    case: Case
    president: str | None
    vice_president: str | None
    term_year: int  # the year the term begins
    new_terms: bool  # January 20 (since the 20th Amendment) rather than March 4
    acting: str | None  # who acts as President: the Vice President-elect's name, or None
    speaker_acts: bool = False  # the Speaker of the House acts (1947 act)
    senate_has_not_chosen: bool = False  # a President is chosen, but not the Vice President


def term_start(year: int) -> tuple[int, bool]:
    """The year the term begins and whether on January 20 (else March 4)."""
    if year >= FIRST_NEW_CONGRESS_ELECTION:
        return year + 1, True
    return (year + 1 if year > 1789 else 1789), False


def acting_president(tally_result: Tally, house: HouseResult, senate: SenateResult) -> Outcome:
    """Who is President when the term begins, and on what authority."""
    year = tally_result.year
    begins, new_terms = term_start(year)
    president = tally_result.president.winner or house.winner
    vice_president = tally_result.vice_president.winner or senate.winner

    def outcome(case: Case, acting: str | None = None, **flags: bool) -> Outcome:
        return Outcome(case, president, vice_president, begins, new_terms, acting, **flags)

    if president:
        case = Case.CHOSEN_BY_HOUSE if house.needed else Case.CHOSEN_BY_ELECTORS
        return outcome(case, senate_has_not_chosen=vice_president is None and senate.needed)
    if pending(tally_result.president):
        return outcome(Case.PENDING)
    if tally_result.pre_12th_amendment:
        vice_president = None
        return outcome(Case.PRE_12TH_DEADLOCK)
    if vice_president:
        return outcome(Case.VICE_PRESIDENT_ACTS, vice_president)
    if year >= FIRST_SUCCESSION_ACT_1947_ELECTION:
        return outcome(Case.SPEAKER_ACTS, speaker_acts=True)
    if year >= FIRST_NEW_CONGRESS_ELECTION:
        return outcome(Case.NO_LAW_YET)
    if year >= FIRST_SUCCESSION_ACT_1886_ELECTION:
        return outcome(Case.SUCCESSION_1886)
    return outcome(Case.SUCCESSION_1792)
