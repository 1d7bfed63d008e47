"""State laws binding presidential electors, 2000-2024, and what they do to a scenario.

Read from ``gui.resources/data/elector_laws.json`` (built by build_scripts/build_congress.py
from a hand-compiled table with statute citations; see resources/data/CONGRESS_SOURCES.md).
The table covers the elections of 2000-2024; for any other year there is no data, and
:func:`law` says so by returning None rather than guessing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from gui.domain.i18n import QT_TRANSLATE_NOOP, translate
from gui.domain.scenario import FAITHFUL, Office, Scenario, Start

LAWS_RESOURCE = "data/elector_laws.json"
SUPPORTED_FORMAT = 1

NO_LAW = "no_law"
PLEDGE_NO_ENFORCEMENT = "pledge_no_enforcement"
VOTE_COUNTED_PENALTY = "vote_counted_penalty"
VOTE_VOIDED_REPLACED = "vote_voided_replaced"
CATEGORY_TEXT = {  # in English; shown through translate("pledge_laws", ...)
    NO_LAW: QT_TRANSLATE_NOOP("pledge_laws", "no law binds the electors"),
    PLEDGE_NO_ENFORCEMENT: QT_TRANSLATE_NOOP("pledge_laws", "electors must pledge, but nothing enforces it"),
    VOTE_COUNTED_PENALTY: QT_TRANSLATE_NOOP(
        "pledge_laws", "a faithless vote counts, but the elector can be fined or prosecuted"
    ),
    VOTE_VOIDED_REPLACED: QT_TRANSLATE_NOOP(
        "pledge_laws", "a faithless vote is void and the elector is replaced"
    ),
}


@dataclass(frozen=True)
class ElectorLaw:
    year: int
    state: str
    category: str  # one of the four constants above
    penalty: str  # fine or criminal penalty, "" if none
    replaces: bool  # a vote against the pledge is not accepted
    statute: str  # citation(s) in force that year, "" for no law
    confidence: str  # the compiler's confidence: high, medium-high, medium, low-medium, low
    note: str

    @property
    def description(self) -> str:
        return translate("pledge_laws", CATEGORY_TEXT[self.category])


class ElectorLaws:
    def __init__(self, raw: dict[str, Any]) -> None:
        self.years: tuple[int, ...] = tuple(raw["years"])
        self._laws: dict[tuple[int, str], ElectorLaw] = {}
        for state, runs in raw["states"].items():
            for run in runs:
                for year in run["years"]:
                    self._laws[(year, state)] = ElectorLaw(
                        year,
                        state,
                        run["category"],
                        run["penalty"],
                        run["replaces"],
                        run["statute"],
                        run["confidence"],
                        run["note"],
                    )

    @classmethod
    def from_json(cls, text: str) -> ElectorLaws:
        data = json.loads(text)
        if data.get("format") != SUPPORTED_FORMAT:
            raise ValueError(f"unsupported elector-law format {data.get('format')!r}")
        return cls(data)

    def law(self, year: int, state: str) -> ElectorLaw | None:
        return self._laws.get((year, state.upper()))

    def covers(self, year: int) -> bool:
        return year in self.years


@cache
def load_laws() -> ElectorLaws:
    text = resources.files("gui.resources").joinpath(LAWS_RESOURCE).read_text(encoding="utf-8")
    return ElectorLaws.from_json(text)


def law(year: int, state: str) -> ElectorLaw | None:
    """The law binding ``state``'s electors in the election of ``year``; None when there is no data."""
    return load_laws().law(year, state)


def no_data_text(year: int) -> str:
    years = load_laws().years
    return translate(
        "pledge_laws", "no data on elector laws for {year} (the table covers {first}-{last}, every 4 years)"
    ).format(year=year, first=years[0], last=years[-1])


def describe(year: int, state: str) -> str:
    """One line for a status bar or the CLI, saying "no data" explicitly outside the table."""
    found = law(year, state)
    if found is None:
        return f"{state.upper()}: {no_data_text(year)}"
    parts = [f"{state.upper()} {year}: {found.description}"]
    if found.penalty:
        parts.append(translate("data", found.penalty))  # the penalty is a phrase from the data file
    if found.statute:
        parts.append(found.statute)
    return "; ".join(parts)


BINDING_RANK = {NO_LAW: 0, PLEDGE_NO_ENFORCEMENT: 1, VOTE_COUNTED_PENALTY: 2, VOTE_VOIDED_REPLACED: 3}


def binding_rank(year: int, state: str) -> int:
    """How tightly the state's law binds its electors, 0 (no law, or no data) to 3 (void)."""
    found = law(year, state)
    return BINDING_RANK.get(found.category, 0) if found else 0


def laws_known(year: int) -> bool:
    """Whether the table has the laws of that election's year."""
    return load_laws().covers(year)


def voids_faithless_vote(year: int, state: str) -> bool:
    """True when the state's law voids a vote against the pledge (the elector is replaced and the
    replacement votes as pledged). False for every other law and when there is no data."""
    found = law(year, state)
    return found is not None and found.replaces


@dataclass(frozen=True)
class AppliedLaw:
    """A faithless vote the state's law voids."""

    elector: str  # "CO:1"
    state: str
    office: Office
    attempted: str  # the vote the law voids ("" for a blank ballot)
    attempted_by: str  # the elector's name when the record gives it
    counted_for: str  # whom the vote goes to instead: the pledged candidate
    category: str
    statute: str
    source: str  # "record" (what happened) or "scenario" (a vote the user made faithless)


def laws_applied_to(scenario: Scenario) -> list[AppliedLaw]:
    """The faithless votes that state law would void in this scenario, in elector order.

    In the official start this lists the votes voided in the record (2016: Colorado, Minnesota,
    Maine) for the seats the user has not changed; every start lists each vote the user made
    faithless in a state whose law voids it.
    """
    election = scenario.election
    applied: list[AppliedLaw] = []
    for seat in election.electors:
        found = law(election.year, seat.state)
        if found is None or not found.replaces:
            continue
        pledge = scenario.pledge(seat.index)
        recorded = (
            scenario.start is Start.OFFICIAL
            and seat.attempted
            and pledge == seat.pledge
            and scenario.vote(seat.index, Office.PRESIDENT) is FAITHFUL
        )
        if recorded:
            applied.append(
                AppliedLaw(
                    seat.id,
                    seat.state,
                    Office.PRESIDENT,
                    seat.attempted,
                    seat.attempted_by,
                    pledge.president,
                    found.category,
                    found.statute,
                    "record",
                )
            )
        for office in Office:
            pledged = pledge.president if office is Office.PRESIDENT else pledge.vice_president
            if pledge.is_empty or not scenario.is_faithless(seat.index, office):
                continue
            vote = scenario.vote(seat.index, office)  # what the elector tried, voided or not
            cast = "" if vote is None else vote
            if cast == pledged:
                continue
            applied.append(
                AppliedLaw(
                    seat.id,
                    seat.state,
                    office,
                    cast,
                    "",
                    pledged,
                    found.category,
                    found.statute,
                    "scenario",
                )
            )
    return applied
