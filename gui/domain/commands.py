"""Edits of a scenario as commands: ``do`` applies, ``undo`` restores exactly.

Each returns the electors it touched, so views can refresh just those rows. Qt's undo stack
wraps these (gui.qt.session); the domain and the CLI use them directly. What the undo history
calls each is gui.present.history's business.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from gui.domain.apportionment import Choice
from gui.domain.catalog import NO_TICKET, Candidate, Election, Ticket
from gui.domain.contingent.rules import voting_states
from gui.domain.joint_session.rules import Objection
from gui.domain.popular_vote import NO_EDITS, PopularEdits
from gui.domain.ratings import Level
from gui.domain.reapportion import Reapportioned, reapportioned_election, record_keys, ticket_of_state
from gui.domain.scenario import ABSENT, FAITHFUL, Command, Office, Scenario, Start, Vote


@dataclass
class AssignUnit:
    """A unit is carried by a ticket: its electors are pledged to it and vote as pledged."""

    unit_id: str
    ticket: Ticket
    _before: list[tuple[int, Ticket, Vote, Vote]] = field(default_factory=list, repr=False)
    _levels: dict[str, Level] | None = field(default=None, repr=False)

    def do(self, scenario: Scenario) -> frozenset[int]:
        electors = scenario.election.unit(self.unit_id).electors
        self._before = [
            (
                i,
                scenario.pledge(i),
                scenario.vote(i, Office.PRESIDENT),
                scenario.vote(i, Office.VICE_PRESIDENT),
            )
            for i in electors
        ]
        for i in electors:
            scenario.set_pledge(i, self.ticket)
            for office in Office:
                scenario.set_vote(i, office, FAITHFUL)
        self._levels = keep_levels_in_effect(scenario, (self.unit_id,))
        return frozenset(electors)

    def undo(self, scenario: Scenario) -> frozenset[int]:
        for i, pledge, president, vice_president in self._before:
            scenario.set_pledge(i, pledge)
            scenario.set_vote(i, Office.PRESIDENT, president)
            scenario.set_vote(i, Office.VICE_PRESIDENT, vice_president)
        restore_levels(scenario, self._levels)
        return frozenset(i for i, *_ in self._before)


@dataclass
class SetElectorVote:
    """One elector's vote for one office: FAITHFUL, BLANK or a person."""

    elector: int
    office: Office
    vote: Vote
    _before: Vote = field(default=None, repr=False)

    def do(self, scenario: Scenario) -> frozenset[int]:
        self._before = scenario.vote(self.elector, self.office)
        scenario.set_vote(self.elector, self.office, self.vote)
        return frozenset({self.elector})

    def undo(self, scenario: Scenario) -> frozenset[int]:
        scenario.set_vote(self.elector, self.office, self._before)
        return frozenset({self.elector})


@dataclass
class SetElectorAbsent:
    """An elector appointed who casts no ballot (``absent``), or who is back and votes as pledged.

    Absence is the elector's: both ballots (both votes before 1804) go together."""

    elector: int
    absent: bool = True
    _before: tuple[Vote, Vote] = field(default=(None, None), repr=False)

    def do(self, scenario: Scenario) -> frozenset[int]:
        self._before = (
            scenario.vote(self.elector, Office.PRESIDENT),
            scenario.vote(self.elector, Office.VICE_PRESIDENT),
        )
        for office in Office:
            scenario.set_vote(self.elector, office, ABSENT if self.absent else FAITHFUL)
        return frozenset({self.elector})

    def undo(self, scenario: Scenario) -> frozenset[int]:
        scenario.set_vote(self.elector, Office.PRESIDENT, self._before[0])
        scenario.set_vote(self.elector, Office.VICE_PRESIDENT, self._before[1])
        return frozenset({self.elector})


@dataclass
class SetStateAppointed:
    """A state's electors in the base (``appointed``) or out of it: a state that appoints no
    electors, or whose votes are not counted (the majority is then of fewer electors). A
    forecast rates only the base: a state taken out of it loses its units' levels (undo gives
    them back), and one brought back in is rated as a new unit is."""

    state: str
    appointed: bool
    _before: bool = field(default=True, repr=False)
    _levels: dict[str, Level] | None = field(default=None, repr=False)

    def do(self, scenario: Scenario) -> frozenset[int]:
        self._before = scenario.is_appointed(self.state)
        scenario.set_appointed(self.state, self.appointed)
        self._levels = keep_levels_in_effect(scenario, scenario.election.state(self.state).units)
        return frozenset(scenario.election.state(self.state).electors)

    def undo(self, scenario: Scenario) -> frozenset[int]:
        scenario.set_appointed(self.state, self._before)
        restore_levels(scenario, self._levels)
        return frozenset(scenario.election.state(self.state).electors)


def keep_levels_in_effect(
    scenario: Scenario, units: tuple[str, ...] | None = None
) -> dict[str, Level] | None:
    """A forecast keeps a level only for a unit it rates that one ticket carries (the others
    read as toss-ups, or are not rated: gui.domain.forecast.rating_of), so that no level of a
    unit that was is left to surface later, and a file reads back the same. ``units``: the only
    ones an edit changed (None: any). The levels before, for undo."""
    before = scenario.ratings
    if before is not None:
        election = scenario.election
        scenario.ratings = {
            unit: level
            for unit, level in before.items()
            if (units is not None and unit not in units)
            or (
                election.has_unit(unit)
                and scenario.is_appointed(election.unit(unit).state)
                and not (scenario.unit_winner(unit) or NO_TICKET).is_empty
            )
        }
    return before


def restore_levels(scenario: Scenario, before: dict[str, Level] | None) -> None:
    scenario.ratings = None if before is None else dict(before)


@dataclass
class AddCandidate:
    """A person users can pick anywhere a candidate is chosen, in a colour of their own."""

    candidate: Candidate
    color: str = ""

    def do(self, scenario: Scenario) -> frozenset[int]:
        scenario.added_candidates.append(self.candidate)
        scenario.colors[self.candidate.name] = (self.color or scenario.color(self.candidate.name)).upper()
        return frozenset()

    def undo(self, scenario: Scenario) -> frozenset[int]:
        scenario.added_candidates.remove(self.candidate)
        scenario.colors.pop(self.candidate.name, None)
        return frozenset()


@dataclass
class Batch:
    """Several commands as one undoable step."""

    commands: list[Command]

    def do(self, scenario: Scenario) -> frozenset[int]:
        touched: set[int] = set()
        for command in self.commands:
            touched |= command.do(scenario)
        return frozenset(touched)

    def undo(self, scenario: Scenario) -> frozenset[int]:
        touched: set[int] = set()
        for command in reversed(self.commands):
            touched |= command.undo(scenario)
        return frozenset(touched)


@dataclass
class SetCandidateColor:
    """Recolour a person everywhere they appear."""

    name: str
    color: str
    _before: str | None = field(default=None, repr=False)

    def do(self, scenario: Scenario) -> frozenset[int]:
        self._before = scenario.colors.get(self.name)
        scenario.colors[self.name] = self.color.upper()
        return _electors_naming(scenario, self.name)

    def undo(self, scenario: Scenario) -> frozenset[int]:
        if self._before is None:
            scenario.colors.pop(self.name, None)
        else:
            scenario.colors[self.name] = self._before
        return _electors_naming(scenario, self.name)


@dataclass
class RenameCandidate:
    """Rename a candidate the user added (historical people keep their names), everywhere."""

    old: str
    new: str

    def do(self, scenario: Scenario) -> frozenset[int]:
        return _rename(scenario, self.old, self.new)

    def undo(self, scenario: Scenario) -> frozenset[int]:
        return _rename(scenario, self.new, self.old)


def _electors_naming(scenario: Scenario, name: str) -> frozenset[int]:
    return frozenset(
        seat.index
        for seat in scenario.election.electors
        if name in (scenario.cast(seat.index, office) for office in Office)
    )


def _rename(scenario: Scenario, old: str, new: str) -> frozenset[int]:
    touched = _electors_naming(scenario, old) | frozenset(
        seat.index
        for seat in scenario.election.electors
        if old in (scenario.pledge(seat.index).president, scenario.pledge(seat.index).vice_president)
    )
    for i in touched:
        pledge = scenario.pledge(i)
        scenario.set_pledge(
            i,
            Ticket(
                new if pledge.president == old else pledge.president,
                new if pledge.vice_president == old else pledge.vice_president,
            ),
        )
        for office in Office:
            if scenario.vote(i, office) == old:
                scenario.set_vote(i, office, new)
    scenario.added_candidates[:] = [
        replace(c, name=new)
        if c.name == old
        else replace(c, running_mate=new)
        if c.running_mate == old
        else c
        for c in scenario.added_candidates
    ]
    if old in scenario.colors:
        scenario.colors[new] = scenario.colors.pop(old)
    return touched


@dataclass
class ResetScenario:
    """Back to a starting point ("Official result" or "As pledged"), as one undoable step; the
    popular vote goes back to the record with the electors."""

    start: Start
    _before: tuple[Start, list[Ticket], list[Vote], list[Vote], frozenset[str]] | None = field(
        default=None, repr=False
    )
    _popular: PopularEdits = field(default=NO_EDITS, repr=False)
    _levels: dict[str, Level] | None = field(default=None, repr=False)

    def do(self, scenario: Scenario) -> frozenset[int]:
        electors = range(len(scenario.election.electors))
        self._popular, scenario.popular = scenario.popular, NO_EDITS
        self._before = (
            scenario.start,
            [scenario.pledge(i) for i in electors],
            [scenario.vote(i, Office.PRESIDENT) for i in electors],
            [scenario.vote(i, Office.VICE_PRESIDENT) for i in electors],
            frozenset(scenario.not_appointed),
        )
        baseline = Scenario(scenario.election, self.start)
        scenario.start = self.start
        changed = _copy_base(baseline.not_appointed, scenario)
        changed |= _copy_electors(baseline.pledge, baseline.vote, scenario)
        self._levels = keep_levels_in_effect(scenario)
        return changed

    def undo(self, scenario: Scenario) -> frozenset[int]:
        assert self._before is not None
        start, pledges, presidents, vice_presidents, not_appointed = self._before
        scenario.start = start
        scenario.popular = self._popular
        votes = {Office.PRESIDENT: presidents, Office.VICE_PRESIDENT: vice_presidents}
        changed = _copy_base(not_appointed, scenario)
        changed |= _copy_electors(pledges.__getitem__, lambda i, office: votes[office][i], scenario)
        restore_levels(scenario, self._levels)
        return changed


def _copy_base(not_appointed: set[str] | frozenset[str], scenario: Scenario) -> frozenset[int]:
    """The states out of the base as given; the electors of the states that moved in or out."""
    moved = set(not_appointed) ^ scenario.not_appointed
    for code in moved:
        scenario.set_appointed(code, code not in not_appointed)
    election = scenario.election
    return frozenset(i for code in moved if election.has_state(code) for i in election.state(code).electors)


def _copy_electors(
    pledge: Callable[[int], Ticket], vote: Callable[[int, Office], Vote], scenario: Scenario
) -> frozenset[int]:
    changed = set()
    for seat in scenario.election.electors:
        i = seat.index
        new = (pledge(i), vote(i, Office.PRESIDENT), vote(i, Office.VICE_PRESIDENT))
        if new != (
            scenario.pledge(i),
            scenario.vote(i, Office.PRESIDENT),
            scenario.vote(i, Office.VICE_PRESIDENT),
        ):
            scenario.set_pledge(i, new[0])
            scenario.set_vote(i, Office.PRESIDENT, new[1])
            scenario.set_vote(i, Office.VICE_PRESIDENT, new[2])
            changed.add(i)
    return frozenset(changed)


@dataclass
class SetApplyStateLaws:
    """The "Apply state laws" rule: faithless votes in states that void them are replaced."""

    on: bool
    _before: bool = field(default=False, repr=False)

    def do(self, scenario: Scenario) -> frozenset[int]:
        self._before = scenario.apply_state_laws
        scenario.apply_state_laws = self.on
        return _faithless_in_voiding_states(scenario)

    def undo(self, scenario: Scenario) -> frozenset[int]:
        scenario.apply_state_laws = self._before
        return _faithless_in_voiding_states(scenario)


def _faithless_in_voiding_states(scenario: Scenario) -> frozenset[int]:
    return frozenset(
        i for i in scenario.voiding_electors() if any(scenario.has_own_vote(i, office) for office in Office)
    )


@dataclass
class SetCongressVote:
    """How a state votes in a contingent election, set by hand (None: back to its party's vote).

    ``chamber`` is "house" (the delegation: a candidate or "divided") or "senate" (both senators:
    a candidate or "abstain").
    """

    chamber: str
    state: str
    value: str | None
    _before: str | None = field(default=None, repr=False)

    def _votes(self, scenario: Scenario) -> dict[str, str]:
        return scenario.house_votes if self.chamber == "house" else scenario.senate_votes

    def do(self, scenario: Scenario) -> frozenset[int]:
        votes = self._votes(scenario)
        self._before = votes.get(self.state)
        _store(votes, self.state, self.value)
        return frozenset()

    def undo(self, scenario: Scenario) -> frozenset[int]:
        _store(self._votes(scenario), self.state, self._before)
        return frozenset()


def _store(votes: dict[str, str], state: str, value: str | None) -> None:
    if value is None:
        votes.pop(state, None)
    else:
        votes[state] = value


@dataclass
class MarkRestored:
    """An empty step: work restored from a recovery copy is unsaved until it is saved again."""

    def do(self, scenario: Scenario) -> frozenset[int]:
        return frozenset()

    def undo(self, scenario: Scenario) -> frozenset[int]:
        return frozenset()


@dataclass(frozen=True)
class _Structure:
    """Everything an apportionment changes in a scenario, as it was."""

    election: Election
    reapportioned: Reapportioned | None
    pledges: list[Ticket]
    votes: dict[Office, list[Vote]]
    house_votes: dict[str, str]
    senate_votes: dict[str, str]
    ratings: dict[str, Level] | None


@dataclass
class Reapportion:
    """Another apportionment for the election (None: back to the record's own electors).

    The election is rebuilt from the record (gui.domain.reapportion); every elector it keeps
    keeps this scenario's pledge and votes, and an elector it adds is pledged to the ticket most
    of the state's electors are pledged to now, voting as pledged. Hand-set Congress votes of a
    state that no longer votes are dropped, and so is a forecast's level for a unit no longer
    carried by one ticket (gone, or not called any more: a toss-up). Undo restores all of it
    exactly.
    """

    choice: Choice | None
    _before: _Structure | None = field(default=None, repr=False)

    def do(self, scenario: Scenario) -> frozenset[int]:
        record = scenario.record
        old = scenario.election
        pledges = [scenario.pledge(i) for i in range(len(old.electors))]
        votes = {office: [scenario.vote(i, office) for i in range(len(old.electors))] for office in Office}
        hand_set = dict(scenario.house_votes), dict(scenario.senate_votes)
        self._before = _Structure(old, scenario.reapportioned, pledges, votes, *hand_set, scenario.ratings)
        if self.choice is None:
            election, reapportioned, keys = record, None, record_keys(record)
        else:
            election, reapportioned = reapportioned_election(record, self.choice)
            keys = reapportioned.keys
        old_keys = scenario.reapportioned.keys if scenario.reapportioned else record_keys(old)
        index_of = {key: i for i, key in enumerate(old_keys)}
        new_pledges: list[Ticket] = []
        new_votes: dict[Office, list[Vote]] = {office: [] for office in Office}
        tickets: dict[str, Ticket] = {}
        for seat, key in zip(election.electors, keys, strict=True):
            i = index_of.get(key)
            if i is None:
                if seat.state not in tickets:
                    tickets[seat.state] = ticket_of_state(old, pledges, seat.state)
                new_pledges.append(tickets[seat.state])
                for office in Office:
                    new_votes[office].append(FAITHFUL)
            else:
                new_pledges.append(pledges[i])
                for office in Office:
                    new_votes[office].append(votes[office][i])
        scenario.restructure(election, reapportioned, new_pledges, new_votes)
        voting = set(voting_states(election))
        for hand_set in (scenario.house_votes, scenario.senate_votes):
            for code in [code for code in hand_set if code not in voting]:
                del hand_set[code]
        keep_levels_in_effect(scenario)
        return frozenset()

    def undo(self, scenario: Scenario) -> frozenset[int]:
        before = self._before
        assert before is not None
        scenario.restructure(before.election, before.reapportioned, before.pledges, before.votes)
        scenario.house_votes.clear()
        scenario.house_votes.update(before.house_votes)
        scenario.senate_votes.clear()
        scenario.senate_votes.update(before.senate_votes)
        restore_levels(scenario, before.ratings)
        return frozenset()


@dataclass
class SetCount:
    """The objections of the count in Congress, all at once (one raised, withdrawn or voted on,
    or the record's session replayed): the states whose objections changed are touched."""

    objections: tuple[Objection, ...]
    action: str = "edit"  # what the history calls it: raise, withdraw, vote, replay, clear, edit
    state: str = ""  # the state whose objection changed, for raise, withdraw and vote
    _before: tuple[Objection, ...] = field(default=(), repr=False)

    def do(self, scenario: Scenario) -> frozenset[int]:
        self._before = scenario.count
        scenario.set_count(self.objections)
        return _count_electors(scenario, self._before, self.objections)

    def undo(self, scenario: Scenario) -> frozenset[int]:
        scenario.set_count(self._before)
        return _count_electors(scenario, self._before, self.objections)


def _count_electors(
    scenario: Scenario, before: tuple[Objection, ...], after: tuple[Objection, ...]
) -> frozenset[int]:
    states = {o.state for o in set(before) ^ set(after)}
    election = scenario.election
    return frozenset(i for s in states if election.has_state(s) for i in election.state(s).electors)
