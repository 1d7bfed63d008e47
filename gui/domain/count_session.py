"""The count of a scenario: the certificates in the order opened, the objections raised and
their rulings, and the votes each House casts from the party make-up of the Congress that counts."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from gui.domain.catalog import Office
from gui.domain.congress import load_congress
from gui.domain.joint_session.record import RecordedSession, recorded_session
from gui.domain.joint_session.rules import (
    ChamberVote,
    Effect,
    Era,
    Ground,
    Objection,
    Ruling,
    Signers,
    Thresholds,
    Why,
    alphabetical,
    era_of,
    needed_for,
    out_of_order,
    rulings_for,
)
from gui.domain.scenario import Scenario


@dataclass(frozen=True)
class Certificate:
    """One state's certificate as opened: its electors and whom they voted for."""

    state: str
    name: str
    electors: int
    votes: dict[str, int]  # person -> votes for President on this certificate, most first
    counted: bool  # in the base before the count (False: not appointed, or not counted)
    ruling: Ruling | None  # the objection to it, if any


@dataclass(frozen=True)
class CountSession:
    year: int
    era: Era
    needed: Thresholds
    certificates: tuple[Certificate, ...]
    rulings: tuple[Ruling, ...]
    effect: Effect
    record: RecordedSession | None  # the session as recorded, where compiled
    replayed: bool  # the objections are the record's own

    @property
    def changed(self) -> bool:
        """The count changed what the electors' votes alone give (votes rejected or a base cut)."""
        return not self.effect.empty


def certificate_votes(scenario: Scenario, state: str) -> dict[str, int]:
    votes = Counter(
        name for i in scenario.election.state(state).electors if (name := scenario.cast(i, Office.PRESIDENT))
    )
    return dict(sorted(votes.items(), key=lambda kv: (-kv[1], kv[0])))


def count_session(scenario: Scenario) -> CountSession:
    election = scenario.election
    year = election.year
    rulings = rulings_for(year, scenario.count)
    by_state = {r.objection.state: r for r in rulings}
    states = list(election.states)
    if alphabetical(year):
        states.sort(key=lambda s: s.name)
    certificates = tuple(
        Certificate(
            s.code,
            s.name,
            len(s.electors),
            certificate_votes(scenario, s.code),
            s.code not in scenario.not_appointed,
            by_state.get(s.code),
        )
        for s in states
        if s.electors
    )
    record = recorded_session(year)
    replayed = record is not None and bool(record.objections) and scenario.count == record.objections
    return CountSession(
        year,
        era_of(year),
        needed_for(year),
        certificates,
        rulings,
        scenario.count_effect(),
        record,
        replayed,
    )


def party_line(scenario: Scenario, state: str) -> tuple[ChamberVote | None, ChamberVote | None]:
    """Each House's vote on an objection to ``state``'s certificate if every member voted with
    their party: members of the party of the candidate the certificate's votes went to against,
    everyone else for (None where the make-up is not known)."""
    data = load_congress()
    try:
        congress = data.body(scenario.election.year).data
    except LookupError:
        return None, None
    votes = certificate_votes(scenario, state)
    leader = next(iter(votes), "")
    family = data.candidate_family(scenario.party_of(leader)) if leader else None
    senators = [s.caucus for seats in congress.senate.values() for s in seats]
    senate_nays = sum(1 for caucus in senators if caucus == family)
    house_nays = sum(d.members.get(family, 0) for d in congress.house.values()) if family else 0
    house_total = sum(d.seats for d in congress.house.values())
    return (
        ChamberVote.counted(len(senators) - senate_nays, senate_nays),
        ChamberVote.counted(house_total - house_nays, house_nays),
    )


def check_objection(scenario: Scenario, state: str, signers: Signers) -> Why | None:
    """Why an objection to ``state`` with these signers would not be in order (None: it is)."""
    if any(o.state == state for o in scenario.count):
        return Why.TWICE
    if not scenario.election.state(state).electors or state in scenario.not_appointed:
        return Why.NOT_COUNTED
    year = scenario.election.year
    return out_of_order(era_of(year), signers, needed_for(year))


def new_objection(scenario: Scenario, state: str, ground: Ground, signers: Signers) -> Objection | Why:
    """An objection the user raises, each House voting by party; or why it is not in order."""
    why = check_objection(scenario, state, signers)
    if why is not None:
        return why
    senate, house = party_line(scenario, state)
    return Objection(state, ground, signers, senate, house)


def with_decision(objection: Objection, sustains: bool, chamber: str = "both") -> Objection:
    """The objection with one House (``senate``, ``house``) or both voting to sustain it or not."""
    senate, house = objection.senate, objection.house
    if chamber in ("senate", "both"):
        senate = senate.flipped(sustains) if senate else ChamberVote(sustains)
    if chamber in ("house", "both"):
        house = house.flipped(sustains) if house else ChamberVote(sustains)
    return replace(objection, senate=senate, house=house, recorded=None, note="", source="")


def replace_objection(objections: tuple[Objection, ...], new: Objection) -> tuple[Objection, ...]:
    """The objections with ``new`` in place of the one to the same state (added if none)."""
    if any(o.state == new.state for o in objections):
        return tuple(new if o.state == new.state else o for o in objections)
    return (*objections, new)


def without(objections: tuple[Objection, ...], state: str) -> tuple[Objection, ...]:
    return tuple(o for o in objections if o.state != state)


def recorded_objections(year: int) -> tuple[Objection, ...]:
    record = recorded_session(year)
    return record.objections if record else ()
