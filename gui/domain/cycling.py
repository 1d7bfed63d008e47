"""What a click or a space bar press moves to next, and the edit it makes: the same in the tree
and on the map."""

from __future__ import annotations

from gui.domain.catalog import Ticket
from gui.domain.commands import AssignUnit, Batch, SetElectorAbsent, SetElectorVote, SetStateAppointed
from gui.domain.constitution import check_two_persons, names_twice
from gui.domain.forecast import cycle_rating, is_forecast
from gui.domain.scenario import ABSENT, BLANK, FAITHFUL, Command, Office, Scenario, Vote

NOT_CALLED = ""  # who "carries" a unit not yet called: no one (its electors are undecided)


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


def unit_choices(scenario: Scenario) -> list[str]:
    """Who may carry a unit, as pickers list them: each presidential candidate, then "" (not
    yet called: too close to call)."""
    return [*main_presidents(scenario), NOT_CALLED]


def click_choices(scenario: Scenario) -> list[str]:
    """What clicks on a unit go through: the tickets that carried electors (in the record or
    now) and the user's own candidates, then not yet called. A faithless elector's choice
    (Kasich in 2016) carried no state: the pickers list them, clicks pass them by."""
    carried = {seat.pledge.president for seat in scenario.election.electors}
    carried |= {scenario.pledge(seat.index).president for seat in scenario.election.electors}
    added = {c.name for c in scenario.added_candidates}
    return [name for name in unit_choices(scenario) if name in carried | added or name == NOT_CALLED]


def next_unit_ticket(scenario: Scenario, unit_id: str, *, reverse: bool = False) -> Ticket:
    """The next ticket in turn for a unit: each candidate, then not yet called, then the first
    again (a split unit goes to the first candidate); ``reverse``: the one before."""
    choices = click_choices(scenario)
    current = scenario.unit_winner(unit_id)
    if current is None or current.president not in choices:
        return scenario.ticket_for(choices[-1 if reverse else 0])
    step = -1 if reverse else 1
    return scenario.ticket_for(choices[(choices.index(current.president) + step) % len(choices)])


def vote_choices(scenario: Scenario, elector: int, office: Office) -> list[Vote]:
    """Faithful, then each other candidate for the office, then blank, then absent (no ballot).
    Before 1804 a choice that would name the elector's other vote again is left out."""
    pledged = scenario.pledge(elector).for_office(office)
    if office is Office.PRESIDENT or scenario.election.pre_12th_amendment:
        people = main_presidents(scenario)
    else:
        people = [t.vice_president for t in scenario.election.tickets if t.vice_president]
        people += [c.name for c in scenario.added_candidates]
    others = [name for name in dict.fromkeys(people) if name and name != pledged]
    choices = [FAITHFUL, *others, BLANK, ABSENT]
    return [vote for vote in choices if not names_twice(scenario, elector, office, vote)]


def next_vote(scenario: Scenario, elector: int, office: Office, *, reverse: bool = False) -> Vote:
    choices = vote_choices(scenario, elector, office)
    current = scenario.vote(elector, office)
    if current not in choices:
        return choices[-1 if reverse else 0]
    return choices[(choices.index(current) + (-1 if reverse else 1)) % len(choices)]


def cycle_unit(scenario: Scenario, unit_id: str, *, reverse: bool = False) -> Command | None:
    """The edit a click on a unit makes: the next candidate carries it, or in a forecast the
    next rating (gui.domain.forecast); ``reverse`` (Shift-click) goes the other way. None: no
    electors. A click on a state out of the base brings its electors into it first."""
    unit = scenario.election.unit(unit_id)
    if not unit.electors:
        return None
    if not scenario.is_appointed(unit.state):
        return SetStateAppointed(unit.state, True)
    if is_forecast(scenario):
        return cycle_rating(scenario, unit_id, reverse=reverse)
    return AssignUnit(unit_id, next_unit_ticket(scenario, unit_id, reverse=reverse))


def cycle_vote(scenario: Scenario, elector: int, office: Office, *, reverse: bool = False) -> Command:
    """The edit a click on an elector's vote makes: the next choice (``reverse``: the one before)."""
    vote = next_vote(scenario, elector, office, reverse=reverse)
    return set_vote(scenario, elector, office, vote) or SetElectorVote(elector, office, vote)


def assign_unit(scenario: Scenario, unit_id: str, president: str) -> Command | None:
    """The edit that makes ``president``'s ticket carry the unit, or leaves it not yet called for
    NOT_CALLED (None: it already is so); a state out of the base is brought into it in the same
    step."""
    ticket = scenario.ticket_for(president)
    unit = scenario.election.unit(unit_id)
    if not unit.electors:
        return None
    appointed = scenario.is_appointed(unit.state)
    if appointed and scenario.unit_winner(unit_id) == ticket:
        return None
    if not appointed:
        return Batch([SetStateAppointed(unit.state, True), AssignUnit(unit_id, ticket)])
    return AssignUnit(unit_id, ticket)


def set_appointed(scenario: Scenario, state: str, appointed: bool) -> SetStateAppointed | None:
    """The edit that takes a state's electors out of the base, or brings them back (None: no
    electors, or already so)."""
    if not scenario.election.state(state).electors or scenario.is_appointed(state) == appointed:
        return None
    return SetStateAppointed(state, appointed)


def is_absent(scenario: Scenario, elector: int) -> bool:
    """The elector cast no ballot at all."""
    return all(scenario.vote(elector, office) is ABSENT for office in Office)


def set_vote(scenario: Scenario, elector: int, office: Office, vote: Vote) -> Command | None:
    """The edit that gives an elector this vote (None: it already has it). Absence is the
    elector's: "absent" takes both ballots, and "as pledged" brings an absent elector back.
    Before 1804, naming the elector's other vote again is refused (InputError)."""
    if vote is ABSENT:
        return None if is_absent(scenario, elector) else SetElectorAbsent(elector)
    if vote is FAITHFUL and is_absent(scenario, elector):
        return SetElectorAbsent(elector, absent=False)
    if scenario.vote(elector, office) == vote:
        return None
    check_two_persons(scenario, elector, office, vote)
    return SetElectorVote(elector, office, vote)
