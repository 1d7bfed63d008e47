"""What the Constitution says about one elector's two names.

- **Two persons** (Art. II, cl. 3, until 1804): each elector votes "for two Persons", so the two
  votes of one elector go to two different people. An edit that would give one elector the same
  person twice is refused (:func:`check_two_persons`).
- **Inhabitants** (Art. II, cl. 3; the 12th Amendment from 1804): of the two persons an elector
  names, "one at least shall not be an inhabitant of the same state with themselves". A ballot
  that breaks it is counted as cast but flagged (:func:`inhabitant_check`); where a person's home
  state is not in the record the rule cannot be checked, and the result says so.

Results carry codes and names; gui.present.rules says them in words.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from gui.domain.i18n import translate
from gui.domain.identifiers import InputError
from gui.domain.scenario import ABSENT, BLANK, FAITHFUL, Office, Scenario, Vote


def _other(office: Office) -> Office:
    return Office.VICE_PRESIDENT if office is Office.PRESIDENT else Office.PRESIDENT


def names_twice(scenario: Scenario, elector: int, office: Office, vote: Vote) -> str:
    """The person this vote would name twice for one elector before 1804 ("" when it would not)."""
    if not scenario.election.pre_12th_amendment or vote is ABSENT or vote == BLANK:
        return ""
    name = scenario.pledge(elector).for_office(office) if vote is FAITHFUL else vote
    other = scenario.cast(elector, _other(office))
    return name if name and name == other else ""


def check_two_persons(scenario: Scenario, elector: int, office: Office, vote: Vote) -> None:
    """Refuse a vote that gives one elector the same person twice before 1804 (InputError)."""
    name = names_twice(scenario, elector, office, vote)
    if name:
        raise InputError(
            translate(
                "rules",
                "before 1804 an elector's two votes went to two different persons (Article II): "
                "{elector} already votes for {name}",
            ).format(elector=scenario.election.electors[elector].id, name=name)
        )


class Inhabitants(Enum):
    """Where one elector's ballot stands with the inhabitant rule."""

    KEPT = "kept"  # at least one of the two persons is from another state
    BROKEN = "broken"  # both are inhabitants of the elector's state
    UNKNOWN = "unknown"  # a home state is not in the record and the rule could be broken
    NOT_APPLICABLE = "not applicable"  # fewer than two persons named (blank, absent, undecided)


@dataclass(frozen=True)
class InhabitantCheck:
    elector: int
    state: str  # the elector's state
    status: Inhabitants
    names: tuple[str, ...] = ()  # the two persons named
    unknown: tuple[str, ...] = ()  # those whose home state is not in the record


def inhabitant_check(scenario: Scenario, elector: int) -> InhabitantCheck:
    state = scenario.election.electors[elector].state
    names = tuple(scenario.cast(elector, office) for office in Office)
    if not scenario.in_base(elector) or not all(names):
        return InhabitantCheck(elector, state, Inhabitants.NOT_APPLICABLE, names)
    homes = [scenario.home_of(name) for name in names]
    unknown = tuple(dict.fromkeys(n for n, home in zip(names, homes, strict=True) if not home))
    if any(home and home != state for home in homes):
        status = Inhabitants.KEPT
    elif unknown:
        status = Inhabitants.UNKNOWN
    else:
        status = Inhabitants.BROKEN
    return InhabitantCheck(elector, state, status, names, unknown)


def inhabitant_violations(scenario: Scenario) -> list[InhabitantCheck]:
    """Every elector in the base whose two persons are both inhabitants of the elector's state
    (in one pass: the window asks after every edit)."""
    home = scenario.election.home_states()
    first, second = (scenario.every_cast(office) for office in Office)
    found = []
    for seat, a, b in zip(scenario.election.electors, first, second, strict=True):
        if a and b and home.get(a) == seat.state == home.get(b) and scenario.in_base(seat.index):
            found.append(InhabitantCheck(seat.index, seat.state, Inhabitants.BROKEN, (a, b)))
    return found
