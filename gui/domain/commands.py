"""Edits of a scenario as commands: ``do`` applies, ``undo`` restores exactly.

Each returns the electors it touched, so views can refresh just those rows. Qt's undo stack
wraps these (gui.qt.undo); the domain and the CLI use them directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from gui.domain.catalog import Candidate, Ticket
from gui.domain.scenario import FAITHFUL, Office, Scenario, Vote


class Command(Protocol):
    @property
    def text(self) -> str: ...

    def do(self, scenario: Scenario) -> frozenset[int]: ...

    def undo(self, scenario: Scenario) -> frozenset[int]: ...


@dataclass
class AssignUnit:
    """A unit is carried by a ticket: its electors are pledged to it and vote as pledged."""

    unit_id: str
    ticket: Ticket
    _before: list[tuple[int, Ticket, Vote, Vote]] = field(default_factory=list, repr=False)

    @property
    def text(self) -> str:
        return f"{self.unit_id} carried by {self.ticket.president or 'no one'}"

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
        return frozenset(electors)

    def undo(self, scenario: Scenario) -> frozenset[int]:
        for i, pledge, president, vice_president in self._before:
            scenario.set_pledge(i, pledge)
            scenario.set_vote(i, Office.PRESIDENT, president)
            scenario.set_vote(i, Office.VICE_PRESIDENT, vice_president)
        return frozenset(i for i, *_ in self._before)


@dataclass
class SetElectorVote:
    """One elector's vote for one office: FAITHFUL, BLANK or a person."""

    elector: int
    office: Office
    vote: Vote
    _before: Vote = field(default=None, repr=False)

    @property
    def text(self) -> str:
        what = "faithful" if self.vote is FAITHFUL else (self.vote or "blank")
        return f"Elector {self.elector + 1} ({self.office.title}): {what}"

    def do(self, scenario: Scenario) -> frozenset[int]:
        self._before = scenario.vote(self.elector, self.office)
        scenario.set_vote(self.elector, self.office, self.vote)
        return frozenset({self.elector})

    def undo(self, scenario: Scenario) -> frozenset[int]:
        scenario.set_vote(self.elector, self.office, self._before)
        return frozenset({self.elector})


@dataclass
class AddCandidate:
    """A person users can pick anywhere a candidate is chosen."""

    candidate: Candidate

    @property
    def text(self) -> str:
        return f"Add candidate {self.candidate.name}"

    def do(self, scenario: Scenario) -> frozenset[int]:
        scenario.added_candidates.append(self.candidate)
        return frozenset()

    def undo(self, scenario: Scenario) -> frozenset[int]:
        scenario.added_candidates.remove(self.candidate)
        return frozenset()


@dataclass
class Batch:
    """Several commands as one undoable step."""

    commands: list[Command]
    label: str = "Edit"

    @property
    def text(self) -> str:
        return self.label

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
