"""What the state/elector tree shows in each cell: states, districts and electors, who carried
them and how each elector voted, with the tooltips that explain it."""

from __future__ import annotations

from collections import Counter
from enum import IntEnum

from gui.domain.breakdown import office_breakdown
from gui.domain.catalog import ElectorSeat, Ticket
from gui.domain.i18n import translate
from gui.domain.popular_vote import load_popular_record
from gui.domain.scenario import BLANK, FAITHFUL, Office, Scenario
from gui.present.labels import data_text, ticket_label, unit_name, unit_part
from gui.present.laws import describe
from gui.present.popular_vote import state_popular_line
from gui.present.tooltips import vote_counts


class Column(IntEnum):
    NAME = 0
    ELECTORS = 1
    CARRIED_BY = 2
    PRESIDENT = 3
    VICE_PRESIDENT = 4


OFFICE_OF_COLUMN = {Column.PRESIDENT: Office.PRESIDENT, Column.VICE_PRESIDENT: Office.VICE_PRESIDENT}


def column_title(column: Column, pre_12th: bool) -> str:
    if pre_12th and column is Column.CARRIED_BY:
        return translate("elector_tree", "Pledged to")
    if pre_12th and column is Column.PRESIDENT:
        return translate("elector_tree", "First vote")
    if pre_12th and column is Column.VICE_PRESIDENT:
        return translate("elector_tree", "Second vote")
    return {
        Column.NAME: translate("elector_tree", "State / elector"),
        Column.ELECTORS: translate("elector_tree", "Electors"),
        Column.CARRIED_BY: translate("elector_tree", "Carried by / pledged to"),
        Column.PRESIDENT: translate("elector_tree", "Vote for President"),
        Column.VICE_PRESIDENT: translate("elector_tree", "Vote for Vice President"),
    }[column]


def column_tip(column: Column) -> str | None:
    return {
        Column.ELECTORS: translate(
            "elector_tree", "Electors appointed. A blank ballot still counts as appointed."
        ),
        Column.CARRIED_BY: translate(
            "elector_tree",
            "The ticket that won the state's (or district's) popular vote; its electors are pledged to it.",
        ),
        Column.PRESIDENT: translate(
            "elector_tree",
            "How the elector actually voted. A faithless elector votes for someone other than the pledge.",
        ),
        Column.VICE_PRESIDENT: translate(
            "elector_tree",
            "Since the 12th Amendment (1804) electors cast a separate ballot for Vice President.",
        ),
    }.get(column)


# --- states and districts ----------------------------------------------------------------------------


def state_title(scenario: Scenario, code: str) -> str:
    state = scenario.election.state(code)
    return f"{state.name} ({state.code})"


def unit_title(scenario: Scenario, unit_id: str) -> str:
    return f"{unit_id}  {unit_part(scenario.election, unit_id)}"


def unit_tooltip(scenario: Scenario, unit_id: str) -> str:
    return unit_name(scenario.election, unit_id)


def state_tooltip(scenario: Scenario, code: str) -> str:
    state = scenario.election.state(code)
    lines = [
        translate("elector_tree", "{state}: {appointed} electors appointed ({allotted} allotted)").format(
            state=state.name, appointed=state.appointed, allotted=state.allotted
        )
    ]
    if state.note:
        lines.append(data_text(state.note))
    if load_popular_record().has(scenario.election.year) or scenario.popular.votes:
        lines.append(state_popular_line(scenario, code))
    return "\n".join(lines)


def pledge_text(scenario: Scenario, pledge: Ticket) -> str:
    """A unit's winner: the president, or before 1804 the two names an elector voted for."""
    if pledge.is_empty:
        return translate("elector_tree", "not yet called")
    if scenario.election.pre_12th_amendment:
        return " & ".join(filter(None, (pledge.president, pledge.vice_president)))
    return pledge.president


def carried_text(scenario: Scenario, electors: list[int]) -> str:
    if not electors:
        return translate("elector_tree", "did not vote")
    tickets = Counter(pledge_text(scenario, scenario.pledge(i)) for i in electors)
    if len(tickets) == 1:
        return next(iter(tickets))
    return translate("elector_tree", "split: {counts}").format(
        counts=", ".join(f"{n} {text}" for text, n in tickets.most_common())
    )


def carried_tooltip() -> str:
    return translate(
        "elector_tree", "The ticket that carried it. Click (or press Space) to change who carried it."
    )


def group_votes_text(scenario: Scenario, electors: list[int], office: Office) -> str:
    counts = vote_counts(office_breakdown(scenario, tuple(electors), office))
    return ", ".join(f"{n} {text}" for text, n in counts)


# --- electors ----------------------------------------------------------------------------------------


def elector_title(seat: ElectorSeat) -> str:
    if seat.name:
        return f"{seat.id}  {seat.name}"
    return f"{seat.id}  " + translate("elector_tree", "Elector {number}").format(number=seat.number)


def elector_tooltip(seat: ElectorSeat) -> str:
    title = seat.name or translate("elector_tree", "Elector {number} of {state}").format(
        number=seat.number, state=seat.state
    )
    return "\n".join(filter(None, [title, data_text(seat.note)]))


def pledge_tooltip(pledge: Ticket) -> str:
    return translate("elector_tree", "Pledged to {ticket}: the ticket that carried the unit.").format(
        ticket=ticket_label(pledge)
    )


def as_pledged_text(name: str) -> str:
    return translate("elector_tree", "{name} (as pledged)").format(name=name)


def vote_text(scenario: Scenario, elector: int, office: Office) -> str:
    vote = scenario.vote(elector, office)
    cast = scenario.cast(elector, office)
    if scenario.is_voided(elector, office):
        return translate("elector_tree", "{vote} voided by state law → {cast}").format(
            vote=vote or translate("elector_tree", "blank"), cast=cast
        )
    if vote is FAITHFUL:
        if not cast:
            return translate("elector_tree", "undecided")
        return as_pledged_text(cast)
    if not cast:
        return translate("elector_tree", "blank ballot")
    return translate("elector_tree", "{name} — faithless").format(name=cast)


def vote_tooltip(scenario: Scenario, elector: int, office: Office) -> str:
    seat = scenario.election.electors[elector]
    vote = scenario.vote(elector, office)
    lines = []
    if vote is FAITHFUL:
        lines.append(translate("elector_tree", "Faithful: votes as pledged."))
    elif vote == BLANK:
        lines.append(translate("elector_tree", "Blank ballot: counts as appointed but gives no one a vote."))
    else:
        lines.append(
            translate(
                "elector_tree",
                "Faithless: votes for someone other than the ticket the elector is pledged to.",
            )
        )
    if scenario.is_voided(elector, office):
        lines.append(
            translate("elector_tree", "State law: {law}.").format(
                law=describe(scenario.election.year, seat.state)
            )
        )
        lines.append(
            translate("elector_tree", "The elector is replaced and the replacement votes as pledged.")
        )
    if seat.attempted:
        lines.append(
            translate(
                "elector_tree", "In the record: {elector} tried to vote for {name}; state law voided it."
            ).format(elector=seat.attempted_by, name=seat.attempted)
        )
    lines.append(translate("elector_tree", "Space: next choice · F2 or double-click: pick or type a name"))
    return "\n".join(lines)


def carried_leader(scenario: Scenario, electors: list[int]) -> str:
    """The presidential candidate most of these electors are pledged to ("" for none)."""
    pledges = Counter(scenario.pledge(i).president for i in electors)
    return pledges.most_common(1)[0][0] if pledges else ""
