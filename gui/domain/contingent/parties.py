"""How a member of Congress votes by party: the candidate of the member's party family."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from gui.domain.congress import CongressData
from gui.domain.scenario import Scenario


class NoChoice(Enum):
    NO_CANDIDATE = "no candidate"  # no candidate of the family is in the running
    SEVERAL = "several"  # several of the family, none the party's own nominee


@dataclass(frozen=True)
class Choice:
    """Whom a member of a party family votes for; ``vote`` None with ``why`` when no one."""

    vote: str | None
    why: NoChoice | None = None
    family: str = ""
    names: tuple[str, ...] = ()  # the several candidates (SEVERAL)


def families(scenario: Scenario, names: tuple[str, ...], data: CongressData) -> dict[str, str | None]:
    """Each candidate's party family (None when no delegation can match it)."""
    return {name: data.candidate_family(scenario.party_of(name)) for name in names}


def choose(family: str, by_candidate: dict[str, str | None], heads: set[str]) -> Choice:
    """The candidate a member of ``family`` votes for."""
    matches = [name for name, f in by_candidate.items() if f == family]
    if len(matches) > 1:  # two of a party in the running: the party's own nominee (1800: Jefferson)
        preferred = [name for name in matches if name in heads]
        matches = preferred if len(preferred) == 1 else matches
    if len(matches) == 1:
        return Choice(matches[0], family=family)
    if not matches:
        return Choice(None, NoChoice.NO_CANDIDATE, family)
    return Choice(None, NoChoice.SEVERAL, family, tuple(matches))
