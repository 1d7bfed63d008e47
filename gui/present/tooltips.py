"""What the map says on hover: a state or unit, its electors and how they voted.

Plain functions over a Scenario returning rich text (Qt shows tooltips as HTML); every name
from the data or the user is escaped.
"""

from __future__ import annotations

from collections import Counter
from html import escape as _escape

from gui.domain.breakdown import OfficeBreakdown, breakdown
from gui.domain.catalog import OutOfBase
from gui.domain.i18n import translate
from gui.domain.popular_vote import load_popular_record
from gui.domain.scenario import Ballot, Office, Scenario
from gui.present.forecast import unit_rating_line
from gui.present.labels import and_join, ballot_label, data_text, office_title, ticket_label, unit_name
from gui.present.popular_vote import state_popular_line
from gui.present.rules import elector_lines


def escape(text: str) -> str:
    """Rich-text safe; quotes stay as typed (they are not in attributes)."""
    return _escape(text, quote=False)


def vote_counts(votes: OfficeBreakdown) -> list[tuple[str, int]]:
    """Each person named, then blank, absent and undecided ballots, most first."""
    counts = Counter(votes.named)
    if votes.blank:
        counts[translate("labels", "blank")] += votes.blank
    if votes.absent:
        counts[translate("labels", "absent")] += votes.absent
    if votes.undecided:
        counts[translate("labels", "undecided")] += votes.undecided
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def _counts_text(counts: list[tuple[str, int]]) -> str:
    return ", ".join(f"{escape(name)} {n}" for name, n in counts)


def _votes_lines(scenario: Scenario, electors: tuple[int, ...]) -> list[str]:
    electors = tuple(i for i in electors if scenario.in_base(i))
    if not electors:
        return []
    counted = breakdown(scenario, electors)
    if scenario.election.pre_12th_amendment:
        both = Counter(dict(vote_counts(counted.president)))
        both.update(dict(vote_counts(counted.vice_president)))
        ordered = sorted(both.items(), key=lambda item: (-item[1], item[0]))
        return [
            translate("map_tooltips", "Votes (two per elector): {counts}").format(
                counts=_counts_text(ordered)
            )
        ]
    lines = [
        f"{office_title(office)}: {_counts_text(vote_counts(counted.office(office)))}" for office in Office
    ]
    faithless = counted.faithless_electors
    if faithless == 1:
        lines.append(translate("map_tooltips", "1 faithless elector"))
    elif faithless:
        lines.append(translate("map_tooltips", "{count} faithless electors").format(count=faithless))
    return lines


def _carried_line(scenario: Scenario, unit_id: str) -> str:
    electors = scenario.election.unit(unit_id).electors
    if not electors:
        return ""
    if not scenario.is_appointed(scenario.election.unit(unit_id).state):
        return not_appointed_text(scenario, scenario.election.unit(unit_id).state)
    winner = scenario.unit_winner(unit_id)
    if winner is None:
        pledges = Counter(ticket_label(scenario.pledge(i)) for i in electors)
        parts = sorted(pledges.items(), key=lambda item: (-item[1], item[0]))
        return translate("map_tooltips", "Electors split: {counts}").format(counts=_counts_text(parts))
    if winner.is_empty:
        return translate("map_tooltips", "Not yet carried by anyone")
    return translate("map_tooltips", "Carried by {ticket}").format(ticket=escape(ticket_label(winner)))


def _electors_phrase(count: int) -> str:
    if count == 1:
        return translate("map_tooltips", "1 elector")
    return translate("map_tooltips", "{count} electors").format(count=count)


def not_appointed_text(scenario: Scenario, code: str) -> str:
    """Why a state's electors are out of the base: the record's reason, or the what-if."""
    state = scenario.election.state(code)
    if state.out is OutOfBase.NOT_COUNTED:
        return translate("map_tooltips", "Not counted: out of the base")
    if state.out is OutOfBase.NOT_APPOINTED:
        return translate("map_tooltips", "No electors appointed: out of the base")
    return translate("map_tooltips", "Not appointed in this what-if: out of the base")


def unit_tooltip(scenario: Scenario, unit_id: str) -> str:
    """A Maine/Nebraska at-large pair or district box."""
    unit = scenario.election.unit(unit_id)
    name = unit_name(scenario.election, unit_id)
    lines = [f"<b>{escape(name)}</b> ({escape(unit.id)}) — {_electors_phrase(len(unit.electors))}"]
    carried = _carried_line(scenario, unit_id)
    if carried:
        lines.append(carried)
    rating = unit_rating_line(scenario, unit_id)
    if rating:
        lines.append(f"<b>{escape(rating)}</b>")
    lines.extend(_votes_lines(scenario, unit.electors))
    return "<br>".join(lines)


def state_tooltip(scenario: Scenario, code: str, *, includes: tuple[str, ...] = ()) -> str:
    """A state on the map or its tile; ``includes`` names present-day states drawn inside it."""
    election = scenario.election
    state = election.state(code)
    title = f"<b>{escape(state.name)}</b>"
    if includes:
        joined = and_join(includes)
        title += translate("map_tooltips", " (including present-day {states})").format(states=escape(joined))
    appointed = len(state.electors) if scenario.is_appointed(code) else 0
    if appointed == state.allotted:
        count = _electors_phrase(appointed)
    elif state.allotted == 1:
        count = translate("map_tooltips", "{appointed} of 1 elector counted").format(appointed=appointed)
    else:
        count = translate("map_tooltips", "{appointed} of {allotted} electors counted").format(
            appointed=appointed, allotted=state.allotted
        )
    if not (state.allotted or appointed):
        count = translate("map_tooltips", "no electors")
    lines = [f"{title} — {count}"]
    if state.note:
        lines.append(f"<i>{escape(data_text(state.note))}</i>")
    if state.electors and not scenario.is_appointed(code):
        lines.append(not_appointed_text(scenario, code))
    units = [u for u in state.units if election.unit(u).electors]
    if len(units) > 1:
        for unit_id in units:
            unit = election.unit(unit_id)
            lines.append(f"{escape(unit.id)} ({len(unit.electors)}): {_carried_line(scenario, unit_id)}")
    elif units:
        lines.append(_carried_line(scenario, units[0]))
        rating = unit_rating_line(scenario, units[0])
        lines.append(f"<b>{escape(rating)}</b>" if rating else "")
    lines.extend(_votes_lines(scenario, state.electors))
    if load_popular_record().has(election.year) or scenario.popular.votes:
        lines.append(escape(state_popular_line(scenario, code)))
    return "<br>".join(line for line in lines if line)


def absent_tooltip(name: str, year: int, part_of: str = "", *, not_ratified: bool = False) -> str:
    """A present-day state the election does not have: part of another, not yet a state, or
    (1789) one of the thirteen that had not yet ratified the Constitution."""
    if part_of:
        text = translate("map_tooltips", "part of {state} in {year}").format(state=escape(part_of), year=year)
    elif not_ratified:
        text = translate(
            "map_tooltips", "had not yet ratified the Constitution in {year}: no electors"
        ).format(year=year)
    else:
        text = translate("map_tooltips", "not a state in {year}").format(year=year)
    return f"<b>{escape(name)}</b>: {text}"


def elector_tooltip(scenario: Scenario, index: int) -> str:
    election = scenario.election
    seat = election.electors[index]
    state = election.state(seat.state)
    title = translate("map_tooltips", "{state}, elector {number}").format(
        state=state.name, number=seat.number
    )
    title = f"<b>{escape(title)}</b> ({escape(seat.id)})"
    if seat.name:
        title += f" — {escape(seat.name)}"
    lines = [title]
    unit = election.unit(seat.unit)
    if unit.is_district or len(state.units) > 1:
        lines.append(escape(unit_name(election, seat.unit)))
    pledge = scenario.pledge(index)
    if not scenario.in_base(index):
        lines.append(escape(not_appointed_text(scenario, seat.state)))
    lines.append(
        translate("map_tooltips", "Pledged to {ticket}").format(ticket=escape(ticket_label(pledge)))
        if not pledge.is_empty
        else translate("map_tooltips", "Not yet pledged")
    )
    offices = list(Office)
    absent = all(scenario.ballot(index, office) is Ballot.ABSENT for office in offices)
    if absent:
        lines.append(
            translate("map_tooltips", "<b>Absent</b>: appointed, but cast no ballot (still in the base)")
        )
    elif election.pre_12th_amendment:
        votes = and_join(escape(ballot_label(scenario, index, office)) for office in offices)
        lines.append(translate("map_tooltips", "Votes for President: {votes}").format(votes=votes))
        if any(scenario.is_faithless(index, office) for office in offices):
            lines.append(translate("map_tooltips", "<b>Faithless</b>: voted against the pledge"))
    else:
        for office in offices:
            vote = ballot_label(scenario, index, office)
            text = f"{office_title(office)}: {escape(vote)}"
            kind = scenario.ballot(index, office)
            if kind is Ballot.FAITHLESS:
                text += translate("map_tooltips", " — <b>faithless</b>")
            elif kind is Ballot.BLANK:
                text += translate("map_tooltips", " (blank ballot)")
            elif kind is Ballot.ABSENT:
                text += translate("map_tooltips", " (no ballot cast)")
            if vote in election.rejected_recipients:
                text += translate("map_tooltips", " (not counted)")
            lines.append(text)
    if not seat.pairing_recorded and not absent:
        lines.append(escape(pairing_text(scenario)))
    lines.extend(f"<b>{escape(line)}</b>" for line in elector_lines(scenario, index))
    reasons = {election.rejected_recipients.get(scenario.cast(index, o), "") for o in offices} - {""}
    lines.extend(f"<i>{escape(data_text(r))}</i>" for r in sorted(reasons))
    if seat.note:
        lines.append(f"<i>{escape(data_text(seat.note))}</i>")
    return "<br>".join(lines)


def pairing_text(scenario: Scenario) -> str:
    """What "pairing not recorded" means (the tree and the map say it the same way)."""
    if scenario.election.pre_12th_amendment:
        return translate(
            "map_tooltips",
            "Pairing not recorded: the record gives this state's votes, not which two names each "
            "elector wrote; this pairing is one the counts allow.",
        )
    return translate(
        "map_tooltips",
        "Pairing not recorded: the record gives this state's votes for each office, not which "
        "vote for Vice President went with which vote for President; this pairing is one the counts allow.",
    )
