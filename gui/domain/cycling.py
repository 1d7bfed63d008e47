"""What a click or a space bar press moves to next: the same order in the tree and the map."""

from __future__ import annotations

from gui.domain.catalog import Ticket
from gui.domain.scenario import BLANK, FAITHFUL, Office, Scenario, Vote


def main_presidents(scenario: Scenario) -> list[str]:
    """Presidential candidates worth offering first: those with a ticket or pledged electors,
    most pledged first, then the user's own candidates."""
    pledged: dict[str, int] = {}
    for seat in scenario.election.electors:
        name = scenario.pledge(seat.index).president
        if name:
            pledged[name] = pledged.get(name, 0) + 1
    for ticket in scenario.election.tickets:
        pledged.setdefault(ticket.president, 0)
    ordered = sorted(pledged, key=lambda n: (-pledged[n], n))
    return ordered + [c.name for c in scenario.added_candidates if c.name not in pledged]


def next_unit_ticket(scenario: Scenario, unit_id: str) -> Ticket:
    """The next ticket in turn for a unit (a split unit goes to the first candidate)."""
    choices = main_presidents(scenario)
    if not choices:
        return scenario.ticket_for("")
    current = scenario.unit_winner(unit_id)
    if current is None or current.president not in choices:
        return scenario.ticket_for(choices[0])
    return scenario.ticket_for(choices[(choices.index(current.president) + 1) % len(choices)])


def vote_choices(scenario: Scenario, elector: int, office: Office) -> list[Vote]:
    """Faithful, then each other candidate for the office, then blank."""
    pledge = scenario.pledge(elector)
    pledged = pledge.president if office is Office.PRESIDENT else pledge.vice_president
    if office is Office.PRESIDENT or scenario.election.pre_12th_amendment:
        people = main_presidents(scenario)
    else:
        people = [t.vice_president for t in scenario.election.tickets if t.vice_president]
        people += [c.name for c in scenario.added_candidates]
    others = [name for name in dict.fromkeys(people) if name and name != pledged]
    return [FAITHFUL, *others, BLANK]


def next_vote(scenario: Scenario, elector: int, office: Office) -> Vote:
    choices = vote_choices(scenario, elector, office)
    current = scenario.vote(elector, office)
    if current not in choices:
        return FAITHFUL
    return choices[(choices.index(current) + 1) % len(choices)]
