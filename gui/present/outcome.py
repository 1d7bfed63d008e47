"""The electors' count in words and figures: the outcome sentences, the tally as a table, the
command line's report and JSON, the status line and the election picker's one-line summary."""

from __future__ import annotations

from dataclasses import dataclass

from gui.domain.breakdown import not_called_units
from gui.domain.catalog import Announced, Election
from gui.domain.forecast import is_forecast
from gui.domain.i18n import translate
from gui.domain.pledge_laws import AppliedLaw, laws_applied_to
from gui.domain.scenario import Office, Scenario, Start
from gui.domain.tally import OfficeTally, Pending, Status, Tally, tally, votes_needed
from gui.present.apportionment import apportionment_json, apportionment_report
from gui.present.blocks import Block, Paragraph, Table, plain
from gui.present.count_changes import change_lines
from gui.present.labels import (
    and_join,
    data_text,
    laws_suffix,
    list_join,
    office_title,
    start_line,
    unit_name,
)
from gui.present.rules import violation_lines, violations_json

MAX_TABLE_ROWS = 14  # candidates per office table (every person of 1789 and 1796); the rest are summed


def not_called_phrase(scenario: Scenario | None, count: int) -> str:
    """The votes not yet called, by unit when there are a few: "Michigan's 16"."""
    units = not_called_units(scenario) if scenario is not None else []
    if units and len(units) <= 3 and sum(n for _, n in units) == count:
        election = scenario.election  # type: ignore[union-attr]
        return list_join(
            [
                translate("tally", "{unit}'s {count}").format(unit=unit_name(election, unit_id), count=n)
                for unit_id, n in units
            ]
        )
    return translate("tally", "the {count} votes not yet called").format(count=count)


def _pending_reason(result: Tally, office: Office, scenario: Scenario | None) -> str:
    """Some units are not yet called: where the office stands and what their votes can change."""
    office_tally = result.office(office)
    pending = office_tally.pending(result.majority)
    president = office is Office.PRESIDENT
    units = not_called_phrase(scenario, office_tally.undecided)
    leader = next(iter(office_tally.votes), "")
    votes = office_tally.votes.get(leader, 0)
    if pending is Pending.DECIDED:
        text = (
            translate(
                "tally",
                "{name} has {votes} votes for President, {majority} needed: {units} cannot change that.",
            )
            if president
            else translate(
                "tally",
                "{name} has {votes} votes for Vice President, {majority} needed: {units} cannot change that.",
            )
        )
    elif pending is Pending.COULD_DECIDE and leader:
        text = (
            translate(
                "tally",
                "No majority for President yet: {name} has {votes} of {majority} needed; "
                "{units} could still decide it.",
            )
            if president
            else translate(
                "tally",
                "No majority for Vice President yet: {name} has {votes} of {majority} needed; "
                "{units} could still decide it.",
            )
        )
    elif pending is Pending.COULD_DECIDE:
        text = translate(
            "tally", "No state has been called yet: {count} electoral votes to decide, {majority} needed."
        )
    else:
        text = (
            translate(
                "tally",
                "No majority for President yet, and {units} cannot give anyone one: the House will choose.",
            )
            if president
            else translate(
                "tally",
                "No majority for Vice President yet, and {units} cannot give anyone one: "
                "the Senate will choose.",
            )
        )
    return text.format(
        name=leader, votes=votes, majority=result.majority, units=units, count=office_tally.undecided
    )


def reason(result: Tally, office: Office, scenario: Scenario | None = None) -> str:
    """One sentence: who is elected to ``office``, or why no one is yet (with ``scenario``,
    naming the units not yet called)."""
    office_tally = result.office(office)
    status, majority = office_tally.status, result.majority
    president = office is Office.PRESIDENT
    winner = office_tally.winner
    if office_tally.undecided and not result.pre_12th_amendment:
        return _pending_reason(result, office, scenario)
    if status is Status.ELECTED and result.pre_12th_amendment and not president:
        return translate("tally", "{name} has the second most votes ({votes}) and is Vice President.").format(
            name=winner, votes=office_tally.votes[winner or ""]
        )
    if status is Status.ELECTED:
        text = (
            translate("tally", "{winner} is elected President with {votes} votes ({majority} needed).")
            if president
            else translate(
                "tally", "{winner} is elected Vice President with {votes} votes ({majority} needed)."
            )
        )
        return text.format(winner=winner, votes=office_tally.votes[winner or ""], majority=majority)
    if status is Status.PENDING:
        text = (
            translate(
                "tally",
                "No majority for President yet: {undecided} electors are undecided "
                "(their states have not been assigned).",
            )
            if president
            else translate(
                "tally",
                "No majority for Vice President yet: {undecided} electors are undecided "
                "(their states have not been assigned).",
            )
        )
        return text.format(undecided=office_tally.undecided)
    if status is Status.CONTINGENT:
        if president:
            return translate(
                "tally",
                "No majority for President: the House chooses among the top three, "
                "one vote per state delegation.",
            )
        return translate("tally", "No majority for Vice President: the Senate chooses between the top two.")
    if status is Status.TIED_MAJORITY:
        top = office_tally.votes[office_tally.tied[0]]
        return translate(
            "tally",
            "{names} tie with a majority ({votes} each): the House chooses between them, one vote per state.",
        ).format(names=and_join(office_tally.tied), votes=top)
    if status is Status.NO_MAJORITY:
        return translate(
            "tally", "No one has a majority: the House chooses among the top five, one vote per state."
        )
    if status is Status.TIED_SECOND:
        return translate("tally", "{names} tie for second: the Senate chooses.").format(
            names=and_join(office_tally.tied)
        )
    if status is Status.NO_SECOND:
        return translate("tally", "No one tie for second: the Senate chooses.")
    return translate(
        "tally", "The Vice President is whoever has the most votes after the President is chosen."
    )


def headline(result: Tally, scenario: Scenario | None = None) -> tuple[str, str]:
    """The window's outcome: the sentence that matters most, then the other (or "")."""
    president = reason(result, Office.PRESIDENT, scenario)
    vice = reason(result, Office.VICE_PRESIDENT, scenario)
    first, second = (
        (president, vice)
        if result.president.contingent or not result.vice_president.contingent
        else (vice, "")
    )
    if scenario is not None and is_forecast(scenario):  # ratings, not votes: never said as a result
        first = translate("tally", "Forecast: {outcome}").format(outcome=first)
    return first, second


def base_sentence(result: Tally, scenario: Scenario | None = None) -> str:
    """The base and the majority; where an authority announced another base for the same
    electors (NARA, 1832: 286 votes, 144 a majority), that one too."""
    text = translate("tally", "{appointed} electors appointed, {majority} needed for a majority.").format(
        appointed=result.appointed, majority=result.majority
    )
    announced = announced_sentence(scenario, result) if scenario is not None else ""
    return f"{text} {announced}" if announced else text


def announced_sentence(scenario: Scenario, result: Tally) -> str:
    """ "NARA announced 286 votes, 144 a majority ..." ("" when it announced the same base)."""
    announced = announced_base(scenario, result)
    if announced is None:
        return ""
    return translate(
        "tally", "{by} announced {total} votes, {majority} a majority (electors who did not vote left out)."
    ).format(by=announced.by, total=announced.total, majority=announced.majority)


def announced_base(scenario: Scenario, result: Tally) -> Announced | None:
    """The base the record's authority announced, when it differs from the electors appointed
    (shown while the scenario keeps the record's base)."""
    announced = scenario.election.announced
    if announced is None or result.appointed != scenario.election.appointed:
        return None
    return announced if announced.total != result.appointed else None


def status_line(result: Tally) -> str:
    leaders = ", ".join(f"{name} {votes}" for name, votes in list(result.president.votes.items())[:4])
    return translate("tally", "{year}: {leaders} — {majority} to win").format(
        year=result.year, leaders=leaders, majority=result.majority
    )


def describe_election(election: Election) -> str:
    """One line for the election picker: the official result in brief."""
    if election.upcoming:
        return translate("summary", "{appointed} electors (2020 census apportionment); no votes yet").format(
            appointed=election.appointed
        )
    result = tally(Scenario(election, Start.OFFICIAL))
    top = [f"{name} {votes}" for name, votes in list(result.president.votes.items())[:3]]
    others = len(result.president.votes) - 3
    if others > 0:
        top.append(
            translate("summary", "1 other")
            if others == 1
            else translate("summary", "{count} others").format(count=others)
        )
    note = "" if result.president.winner else translate("summary", " — no majority: the House chose")
    return f"{', '.join(top)}{note}"


# --- notes beside the count ------------------------------------------------------------------------


def voided_votes(scenario: Scenario) -> list[AppliedLaw]:
    """The faithless votes state law voids, when the rule is on."""
    if not scenario.apply_state_laws:
        return []
    return [v for v in laws_applied_to(scenario) if v.source == "scenario"]


def base_changes(scenario: Scenario) -> list[str]:
    """States this what-if takes out of the base, or brings into it, against the record."""
    record = scenario.election.out_of_base()
    lines = []
    for state in scenario.election.states:
        out = state.code in scenario.not_appointed
        if out == (state.code in record) or not state.electors:
            continue
        text = (
            translate("tally", "Not appointed in this what-if: {state} ({count} electors out of the base).")
            if out
            else translate("tally", "Counted in this what-if: {state} ({count} electors in the base).")
        )
        lines.append(text.format(state=state.name, count=len(state.electors)))
    return lines


def notes(scenario: Scenario) -> list[str]:
    """What the count leaves out, and why: votes not counted, votes state law voided, states out
    of the base; ballots against the Constitution; what the record says about the election."""
    return [*count_notes(scenario), *record_notes(scenario)]


def record_notes(scenario: Scenario) -> list[str]:
    """What the record says about the whole election (1876's Electoral Commission...)."""
    return [data_text(note) for note in scenario.election.notes]


def count_notes(scenario: Scenario) -> list[str]:
    """What this count leaves out and why, and ballots against the Constitution."""
    lines = [
        translate("export", "Votes for {name} are not counted: {note}").format(
            name=name, note=data_text(note)
        )
        for name, note in scenario.election.rejected_recipients.items()
    ]
    lines += base_changes(scenario)
    lines += change_lines(scenario)  # the count in Congress
    voided = voided_votes(scenario)
    if voided:
        blank = translate("export", "blank")
        which = "; ".join(
            f"{v.elector} {office_title(v.office)} ({v.attempted or blank} → {v.counted_for})" for v in voided
        )
        text = (
            translate("export", "State law voids 1 faithless vote, which count as pledged: {which}.")
            if len(voided) == 1
            else translate(
                "export", "State law voids {count} faithless votes, which count as pledged: {which}."
            )
        )
        lines.append(text.format(count=len(voided), which=which))
    lines += violation_lines(scenario)
    return lines


# --- the tally as a table ------------------------------------------------------------------------------


@dataclass(frozen=True)
class TallyRow:
    name: str
    party: str
    votes: int
    status: str  # "elected", "needs 43", "" for blank/undecided rows
    emphasis: bool = False


def office_heading(result: Tally, office: Office) -> str:
    if result.pre_12th_amendment:
        return translate("export", "Electoral votes (two per elector)")
    return office_title(office)


def offices_shown(result: Tally) -> tuple[Office, ...]:
    """Before the 12th Amendment both votes are pooled: one table."""
    return (Office.PRESIDENT,) if result.pre_12th_amendment else tuple(Office)


def tally_rows(
    scenario: Scenario, result: Tally, office: Office, *, limit: int | None = MAX_TABLE_ROWS
) -> list[TallyRow]:
    """One office's rows: candidates (most votes first), then blank, undecided, not counted.
    Before the 12th Amendment both votes are pooled and the status names the office won."""
    office_tally: OfficeTally = result.office(office)
    people = list(office_tally.votes.items())
    if limit is not None and len(people) > limit:
        rest = people[limit - 1 :]
        others = translate("export", "{count} others").format(count=len(rest))
        people = [*people[: limit - 1], (others, sum(n for _, n in rest))]
    rows = []
    for name, votes in people:
        winner = False
        if result.pre_12th_amendment and name in (result.president.winner, result.vice_president.winner):
            status = office_title(
                Office.PRESIDENT if name == result.president.winner else Office.VICE_PRESIDENT
            )
            winner = True
        elif name == office_tally.winner:
            status = (
                translate("export", "a majority in this forecast")
                if is_forecast(scenario)
                else translate("export", "elected")
            )
            winner = True
        elif votes >= result.majority:  # before the 12th Amendment: a majority, but tied
            status = translate("export", "majority, tied")
        else:
            status = translate("export", "needs {count}").format(count=votes_needed(votes, result.majority))
        rows.append(TallyRow(name, scenario.party_of(name), votes, status, winner))
    for label, count in (
        (translate("export", "Blank ballots"), office_tally.blank),
        (translate("export", "Absent (no ballot)"), office_tally.absent),
        (translate("export", "Not yet called"), office_tally.undecided),
        (translate("export", "Not counted"), office_tally.rejected),
    ):
        if count:
            rows.append(TallyRow(label, "", count, ""))
    return rows


def tally_headings() -> tuple[str, str, str, str]:
    return (
        translate("export", "Candidate"),
        translate("export", "Party"),
        translate("export", "Votes"),
        translate("export", "To majority"),
    )


def majority_line(result: Tally) -> str:
    return translate("export", "Majority needed: {majority} of {appointed} electors appointed").format(
        majority=result.majority, appointed=result.appointed
    )


# --- the command line ---------------------------------------------------------------------------------


def tally_report(scenario: Scenario, result: Tally) -> list[Block]:
    """``ec-whatif tally``: the count of each office, the outcome and what it leaves out."""
    blocks: list[Block] = [
        Paragraph(
            plain(
                f"{scenario.election.year} — "
                + start_line(scenario.start, scenario.election.upcoming, is_forecast(scenario))
                + laws_suffix(scenario)
            )
        ),
        *apportionment_report(scenario),
        Paragraph(plain(base_sentence(result, scenario))),
    ]
    for office in offices_shown(result):
        rows = tally_rows(scenario, result, office, limit=None)
        blocks.append(Paragraph(plain(office_heading(result, office))))
        blocks.append(
            Table(tuple((r.name, str(r.votes), r.party, r.status) for r in rows), right=frozenset({1}))
        )
    outcome = [
        reason(result, Office.PRESIDENT, scenario),
        reason(result, Office.VICE_PRESIDENT, scenario),
        *notes(scenario),
    ]
    blocks.append(Paragraph(plain("\n".join(outcome))))
    return blocks


def office_json(result: Tally, office: Office, scenario: Scenario | None = None) -> dict[str, object]:
    office_tally = result.office(office)
    return {
        "votes": dict(office_tally.votes),
        "blank": office_tally.blank,
        "absent": office_tally.absent,
        "undecided": office_tally.undecided,
        "rejected": office_tally.rejected,
        "winner": office_tally.winner,
        "contingent": office_tally.contingent,
        "outcome": reason(result, office, scenario),
    }


def start_json(scenario: Scenario) -> str:
    """The starting point as scenario files name it ("official" or "pledged")."""
    return scenario.start.value


def tally_json(scenario: Scenario, result: Tally) -> dict[str, object]:
    return {
        "election": result.year,
        "start": start_json(scenario),
        "rule": "pre-12th-amendment" if result.pre_12th_amendment else "12th-amendment",
        "appointed": result.appointed,
        "majority": result.majority,
        "announced": _announced_json(scenario, result),
        "not_appointed": sorted(scenario.not_appointed),
        "president": office_json(result, Office.PRESIDENT, scenario),
        "vice_president": office_json(result, Office.VICE_PRESIDENT, scenario),
        "not_called": [{"unit": unit, "electors": count} for unit, count in not_called_units(scenario)],
        "contingent": {
            "president": result.president.contingent,
            "vice_president": result.vice_president.contingent,
        },
        "apportionment": apportionment_json(scenario),
        "apply_state_laws": scenario.apply_state_laws,
        "voided_by_state_law": [
            {
                "elector": v.elector,
                "office": v.office.value,
                "attempted": v.attempted,
                "counted_for": v.counted_for,
            }
            for v in voided_votes(scenario)
        ],
        "inhabitant_rule": violations_json(scenario),
        "notes": [data_text(note) for note in scenario.election.notes],
    }


def _announced_json(scenario: Scenario, result: Tally) -> dict[str, object] | None:
    announced = announced_base(scenario, result)
    if announced is None:
        return None
    return {"by": announced.by, "total": announced.total, "majority": announced.majority}
