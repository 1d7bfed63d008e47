"""The electors one by one (``ec-whatif electors``): number, name where the record has it,
pledge, and how each voted for both offices; as a table and as JSON."""

from __future__ import annotations

from gui.domain.catalog import ElectorSeat
from gui.domain.i18n import translate
from gui.domain.scenario import Ballot, Office, Scenario
from gui.present.blocks import Block, Heading, Paragraph, Table, plain
from gui.present.labels import ballot_label, heading, office_title, pre_12th_vote_title, ticket_label


def chosen_electors(scenario: Scenario, state: str | None) -> list[ElectorSeat]:
    """Every elector of the election, or of one state (a postal code the caller checked)."""
    election = scenario.election
    if state is None:
        return list(election.electors)
    return [election.electors[i] for i in election.state(state).electors]


def _vote_cell(scenario: Scenario, seat: ElectorSeat, office: Office) -> str:
    text = ballot_label(scenario, seat.index, office)
    if scenario.ballot(seat.index, office) is Ballot.FAITHLESS:
        return translate("electors", "{name} (faithless)").format(name=text)
    if scenario.is_voided(seat.index, office):
        return translate("electors", "{name} (state law voided a faithless vote)").format(name=text)
    return text


def electors_report(scenario: Scenario, state: str | None) -> list[Block]:
    """One row per elector: ``TX:30``, the name (or that the record has none), the pledge, the
    two votes."""
    seats = chosen_electors(scenario, state)
    election = scenario.election
    where = election.state(state).name if state else translate("electors", "every state")
    offices = tuple(Office)
    titles = (
        tuple(pre_12th_vote_title(o) for o in offices)
        if election.pre_12th_amendment
        else tuple(office_title(o) for o in offices)
    )
    unnamed = translate("electors", "(not recorded)")
    rows = tuple(
        (
            seat.id,
            seat.name or unnamed,
            ticket_label(scenario.pledge(seat.index)),
            *(_vote_cell(scenario, seat, office) for office in offices),
        )
        for seat in seats
    )
    blocks: list[Block] = [
        Heading(
            translate("electors", "{heading}: electors of {where}").format(
                heading=heading(scenario), where=where
            )
        ),
        Table(
            rows,
            headings=(
                translate("electors", "Elector"),
                translate("electors", "Name"),
                translate("electors", "Pledged to"),
                *titles,
            ),
        ),
    ]
    named = sum(1 for seat in seats if seat.name)
    if not named:
        note = translate(
            "electors", "The record names none of these electors: they are known by number only."
        )
    elif named < len(seats):
        note = translate(
            "electors",
            "The record names {named} of these {count} electors; the others are known by number only.",
        ).format(named=named, count=len(seats))
    else:
        note = ""
    if note:
        blocks.append(Paragraph(plain(note)))
    return blocks


def electors_json(scenario: Scenario, state: str | None) -> dict[str, object]:
    def vote(seat: ElectorSeat, office: Office) -> dict[str, object]:
        kind = scenario.ballot(seat.index, office)
        name = scenario.cast(seat.index, office)
        return {
            "vote": name or None,
            "ballot": kind.value,
            "voided_by_state_law": scenario.is_voided(seat.index, office),
        }

    return {
        "election": scenario.election.year,
        "start": scenario.start.value,
        "state": state,
        "electors": [
            {
                "elector": seat.id,
                "state": seat.state,
                "number": seat.number,
                "unit": seat.unit,
                "name": seat.name or None,
                "pledge": None
                if scenario.pledge(seat.index).is_empty
                else {
                    "president": scenario.pledge(seat.index).president or None,
                    "vice_president": scenario.pledge(seat.index).vice_president or None,
                },
                "president": vote(seat, Office.PRESIDENT),
                "vice_president": vote(seat, Office.VICE_PRESIDENT),
                "note": seat.note or None,
            }
            for seat in chosen_electors(scenario, state)
        ],
    }
