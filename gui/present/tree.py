"""What the state/elector tree shows in each cell: states, districts and electors, who carried
them and how each elector voted, with the tooltips that explain it."""

from __future__ import annotations

from collections import Counter
from enum import IntEnum

from gui.domain.breakdown import office_breakdown
from gui.domain.catalog import ElectorSeat, Ticket
from gui.domain.i18n import translate
from gui.domain.popular_vote import load_popular_record
from gui.domain.scenario import ABSENT, BLANK, FAITHFUL, Ballot, Office, Scenario
from gui.present.labels import data_text, ticket_label, unit_name, unit_part
from gui.present.laws import describe
from gui.present.popular_vote import state_popular_line
from gui.present.rules import breaks_rule, elector_lines, flag
from gui.present.tooltips import not_appointed_text, pairing_text, vote_counts


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
            "elector_tree",
            "Electors appointed. A blank ballot, or an elector who did not vote, still counts as appointed.",
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
    title = f"{state.name} ({state.code})"
    electors = scenario.election.electors
    if any(not electors[i].pairing_recorded for i in state.electors):
        title += " · " + translate("elector_tree", "pairings not recorded")
    return title


def unit_title(scenario: Scenario, unit_id: str) -> str:
    return f"{unit_id}  {unit_part(scenario.election, unit_id)}"


def unit_tooltip(scenario: Scenario, unit_id: str) -> str:
    return unit_name(scenario.election, unit_id)


def state_appointed(scenario: Scenario, code: str) -> int:
    """Electors the state has in the base of this scenario."""
    return len(scenario.election.state(code).electors) if scenario.is_appointed(code) else 0


def state_tooltip(scenario: Scenario, code: str) -> str:
    state = scenario.election.state(code)
    lines = [
        translate("elector_tree", "{state}: {appointed} electors appointed ({allotted} allotted)").format(
            state=state.name, appointed=state_appointed(scenario, code), allotted=state.allotted
        )
    ]
    absent = sum(1 for i in state.electors if all(scenario.ballot(i, o) is Ballot.ABSENT for o in Office))
    if absent:
        lines.append(
            translate("elector_tree", "1 elector did not vote (still appointed).")
            if absent == 1
            else translate("elector_tree", "{count} electors did not vote (still appointed).").format(
                count=absent
            )
        )
    if state.electors and not scenario.is_appointed(code):
        lines.append(not_appointed_text(scenario, code))
    if state.note:
        lines.append(data_text(state.note))
    if load_popular_record().has(scenario.election.year) or scenario.popular.votes:
        lines.append(state_popular_line(scenario, code))
    if state.electors:
        lines.append(translate("elector_tree", "Right-click: appoint no electors, or appoint them again."))
    return "\n".join(lines)


def pledge_text(scenario: Scenario, pledge: Ticket) -> str:
    """A unit's winner: the president, or before 1804 the two names an elector voted for."""
    if pledge.is_empty:
        return translate("elector_tree", "not yet called")
    if scenario.election.pre_12th_amendment:
        return " & ".join(filter(None, (pledge.president, pledge.vice_president)))
    return pledge.president


def _pledge_or_absence(scenario: Scenario, elector: int) -> str:
    """An elector's pledge; "did not vote" for an absent elector the record pledges to no one."""
    pledge = scenario.pledge(elector)
    if pledge.is_empty and all(scenario.ballot(elector, o) is Ballot.ABSENT for o in Office):
        return translate("elector_tree", "did not vote")
    return pledge_text(scenario, pledge)


def carried_text(scenario: Scenario, electors: list[int]) -> str:
    if not electors:
        return translate("elector_tree", "did not vote")
    if not any(scenario.in_base(i) for i in electors):
        return translate("elector_tree", "not appointed")
    tickets = Counter(_pledge_or_absence(scenario, i) for i in electors)
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


def elector_title(scenario: Scenario, seat: ElectorSeat) -> str:
    title = f"{seat.id}  " + (
        seat.name or translate("elector_tree", "Elector {number}").format(number=seat.number)
    )
    if breaks_rule(scenario, seat.index):
        title += "  " + flag()
    return title


def elector_tooltip(scenario: Scenario, seat: ElectorSeat) -> str:
    title = seat.name or translate("elector_tree", "Elector {number} of {state}").format(
        number=seat.number, state=seat.state
    )
    return "\n".join(filter(None, [title, *elector_lines(scenario, seat.index), data_text(seat.note)]))


def elector_pledge_text(scenario: Scenario, seat: ElectorSeat) -> str:
    """An elector's pledge; marked when the record does not give the pairing shown."""
    text = _pledge_or_absence(scenario, seat.index)
    if not seat.pairing_recorded and not scenario.pledge(seat.index).is_empty:
        return translate("elector_tree", "not recorded: {pair}").format(pair=text)
    return text


def pledge_tooltip(scenario: Scenario, seat: ElectorSeat) -> str:
    lines = [
        translate("elector_tree", "Pledged to {ticket}: the ticket that carried the unit.").format(
            ticket=ticket_label(scenario.pledge(seat.index))
        )
    ]
    if not seat.pairing_recorded:
        lines.append(pairing_text(scenario))
    return "\n".join(lines)


def as_pledged_text(name: str) -> str:
    return translate("elector_tree", "{name} (as pledged)").format(name=name)


def vote_text(scenario: Scenario, elector: int, office: Office) -> str:
    vote = scenario.vote(elector, office)
    cast = scenario.cast(elector, office)
    if not scenario.in_base(elector):
        return translate("elector_tree", "not appointed")
    if scenario.is_voided(elector, office):
        if vote is ABSENT:
            what = translate("elector_tree", "absent")
        else:
            what = vote or translate("elector_tree", "blank")
        return translate("elector_tree", "{vote} voided by state law → {cast}").format(vote=what, cast=cast)
    if vote is ABSENT:
        return translate("elector_tree", "absent — no ballot")
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
    if not scenario.in_base(elector):
        lines.append(not_appointed_text(scenario, seat.state))
    if vote is FAITHFUL:
        lines.append(translate("elector_tree", "Faithful: votes as pledged."))
    elif vote is ABSENT:
        lines.append(
            translate(
                "elector_tree",
                "Absent: appointed, but cast no ballot. The elector still counts in the base of the "
                "majority.",
            )
        )
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
    attempted = seat.attempted if office is Office.PRESIDENT else seat.attempted_vp
    if attempted:
        text = (
            translate(
                "elector_tree",
                "In the record: {elector} voted for {name}; the vote was ruled out of order under "
                "state law and the elector voted again, as pledged.",
            )
            if seat.attempt_then == "re-voted"
            else translate(
                "elector_tree",
                "In the record: {elector} voted for {name}; state law voided the vote and another "
                "elector was appointed in the seat.",
            )
        )
        lines.append(text.format(elector=seat.attempted_by, name=attempted))
    lines.extend(elector_lines(scenario, elector))
    lines.append(translate("elector_tree", "Space: next choice · F2 or double-click: pick or type a name"))
    return "\n".join(lines)


def carried_leader(scenario: Scenario, electors: list[int]) -> str:
    """The presidential candidate most of these electors are pledged to ("" for none)."""
    pledges = Counter(scenario.pledge(i).president for i in electors)
    return pledges.most_common(1)[0][0] if pledges else ""
