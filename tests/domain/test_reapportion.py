"""An election rebuilt under another apportionment, and the undoable command that does it."""

from __future__ import annotations

from collections import Counter

import pytest

from gui.domain.apportionment import Choice, District, Method, default_choice
from gui.domain.catalog import NO_TICKET
from gui.domain.commands import AssignUnit, Reapportion, SetApplyStateLaws, SetCongressVote, SetElectorVote
from gui.domain.elector_laws import voids_faithless_vote
from gui.domain.reapportion import reapportioned_election, seat_changes
from gui.domain.scenario import BLANK, Office, Scenario, ScenarioChange, Start
from gui.domain.tally import tally


def _presidents(scenario: Scenario, code: str) -> set[str]:
    """Whom the state's electors are pledged to for President."""
    return {scenario.pledge(i).president for i in scenario.election.state(code).electors}


def test_the_default_apportionment_rebuilds_every_election_unchanged(catalog):
    for year in catalog.years:
        if year < 1912:
            continue
        record = catalog.election(year)
        rebuilt, reapportioned = reapportioned_election(record, default_choice(record))
        assert (rebuilt.states, rebuilt.units, rebuilt.electors) == (
            record.states,
            record.units,
            record.electors,
        )
        assert seat_changes(reapportioned) == []


def test_2000_at_435_seats_is_the_2000_election(catalog):
    scenario = Scenario(catalog.election(2000))
    before = tally(scenario)
    scenario.execute(Reapportion(Choice(1990, 435, Method.HILL)))
    after = tally(scenario)
    assert (after.appointed, after.majority) == (538, 270)
    assert after.president.votes == before.president.votes == {"George W. Bush": 271, "Al Gore": 266}
    assert after.president.blank == 1  # the DC elector's blank ballot is kept


def test_a_larger_house_gives_electors_to_the_ticket_that_carried_each_state(catalog):
    record = catalog.election(2000)
    scenario = Scenario(record, Start.PLEDGED)
    scenario.execute(Reapportion(Choice(1990, 600)))
    election = scenario.election
    assert election.appointed == 600 + 100 + 3
    for state in election.states:
        if len(state.units) == 1:  # winner-take-all: every elector pledged as on record
            pledged = {scenario.pledge(i) for i in state.electors}
            assert pledged == {record.electors[record.state(state.code).electors[0]].pledge}
    result = tally(scenario)
    assert result.president.votes == {"Al Gore": 353, "George W. Bush": 350}  # docs/scenario-format.md
    assert result.president.winner == "Al Gore" and result.majority == 352


def test_maine_and_nebraska_keep_their_districts(catalog):
    scenario = Scenario(catalog.election(2020))
    scenario.execute(Reapportion(Choice(2010, 1000)))
    election = scenario.election
    for code in ("ME", "NE"):
        state = election.state(code)
        seats = len(state.electors) - 2
        assert state.units == (code, *(f"{code}-{d}" for d in range(1, seats + 1)))
        assert len(election.unit(code).electors) == 2
        assert all(len(election.unit(u).electors) == 1 for u in state.units[1:])
    # The record's split districts keep their winners; new districts follow the at-large pair.
    ticket = {u: scenario.unit_winner(u).president for u in election.state("ME").units}
    assert (
        ticket["ME-2"] == "Donald Trump" and ticket["ME"] == ticket["ME-1"] == ticket["ME-3"] == "Joe Biden"
    )
    nebraska = {u: scenario.unit_winner(u).president for u in election.state("NE").units}
    assert nebraska["NE-2"] == "Joe Biden" and nebraska["NE-4"] == nebraska["NE"] == "Donald Trump"
    # A smaller House drops the highest-numbered districts.
    scenario.execute(Reapportion(Choice(2010, 150)))
    assert scenario.election.state("ME").units == ("ME", "ME-1")


def test_a_state_that_loses_electors_keeps_its_faithless_ones(catalog):
    record = catalog.election(2016)
    scenario = Scenario(record)
    faithless = Counter(
        scenario.cast(i, Office.PRESIDENT)
        for i in record.state("TX").electors
        if scenario.is_faithless(i, Office.PRESIDENT)
    )
    assert faithless == {"John Kasich": 1, "Ron Paul": 1}
    scenario.execute(Reapportion(Choice(2010, 200)))
    texas = scenario.election.state("TX").electors
    assert len(texas) == 18
    kept = Counter(scenario.cast(i, Office.PRESIDENT) for i in texas)
    assert kept == {"Donald Trump": 16, "John Kasich": 1, "Ron Paul": 1}
    # The record's own elector facts stay with the electors kept.
    assert tally(Scenario(scenario.election)).president.votes == tally(scenario).president.votes


def test_undo_restores_the_scenario_exactly(catalog):
    scenario = Scenario(catalog.election(2016), Start.PLEDGED)
    scenario.execute(SetApplyStateLaws(True))
    scenario.execute(AssignUnit("PA", scenario.ticket_for("Hillary Clinton")))
    scenario.execute(
        SetElectorVote(scenario.election.state("TX").electors[2], Office.PRESIDENT, "John Kasich")
    )
    scenario.execute(SetCongressVote("house", "TX", "divided"))
    before = scenario.state_key()
    first = Reapportion(Choice(2010, 700, Method.WEBSTER, district=District.STATE, puerto_rico=True))
    second = Reapportion(Choice(2000, 300, Method.HAMILTON, district=District.NONE))
    back = Reapportion(None)
    scenario.execute(first)
    after_first = scenario.state_key()
    scenario.execute(SetCongressVote("house", "PR", "divided"))
    scenario.execute(second)
    assert "PR" not in scenario.house_votes  # Puerto Rico no longer votes
    scenario.execute(back)
    assert scenario.reapportioned is None and scenario.election is catalog.election(2016)
    scenario.revert(back)
    scenario.revert(second)
    assert scenario.house_votes == {"TX": "divided", "PR": "divided"}
    scenario.revert(SetCongressVote("house", "PR", "divided"))
    assert scenario.state_key() == after_first
    scenario.revert(first)
    assert scenario.state_key() == before


def test_edits_follow_each_elector_from_one_apportionment_to_the_next(catalog):
    scenario = Scenario(catalog.election(2016), Start.PLEDGED)
    scenario.execute(Reapportion(Choice(2010, 800)))
    added = scenario.election.state("TX").electors[-1]  # an elector the larger House added
    key = scenario.reapportioned.keys[added]
    assert key[1] >= 38  # beyond Texas's 38 on record
    scenario.execute(SetElectorVote(added, Office.PRESIDENT, BLANK))
    scenario.execute(AssignUnit("OH", scenario.ticket_for("Hillary Clinton")))
    scenario.execute(Reapportion(Choice(2010, 900)))
    again = scenario.reapportioned.keys.index(key)
    assert scenario.vote(again, Office.PRESIDENT) == BLANK
    # Ohio's electors, old and new, are pledged to the ticket that carries it now.
    assert {scenario.pledge(i).president for i in scenario.election.state("OH").electors} == {
        "Hillary Clinton"
    }
    scenario.execute(Reapportion(None))
    assert {scenario.pledge(i).president for i in scenario.election.state("OH").electors} == {
        "Hillary Clinton"
    }
    assert scenario.election.appointed == 538


def test_new_states_start_undecided_and_vote_in_congress(catalog):
    scenario = Scenario(catalog.election(2020))
    scenario.execute(Reapportion(Choice(2020, 435, district=District.STATE, puerto_rico=True)))
    election = scenario.election
    puerto_rico, district = election.state("PR"), election.state("DC")
    assert (
        puerto_rico.what_if
        and district.what_if
        and puerto_rico.votes_in_congress
        and district.votes_in_congress
    )
    assert {scenario.pledge(i) for i in puerto_rico.electors} == {NO_TICKET}
    result = tally(scenario)
    assert result.president.undecided == len(puerto_rico.electors) and result.president.winner
    # The District keeps who carried it.
    assert _presidents(scenario, "DC") == {"Joe Biden"}
    # Before 1964 the District had no electors: as a state it starts undecided too.
    old = Scenario(catalog.election(1960))
    old.execute(Reapportion(Choice(1950, 437, district=District.STATE)))
    assert {old.pledge(i) for i in old.election.state("DC").electors} == {NO_TICKET}


def test_restructuring_is_announced_once_to_listeners(catalog):
    scenario = Scenario(catalog.election(2020))
    heard: list[ScenarioChange] = []
    scenario.subscribe(heard.append)
    command = Reapportion(Choice(2020, 500))
    scenario.execute(command)
    scenario.execute(AssignUnit("TX", scenario.ticket_for("Joe Biden")))
    scenario.revert(command)
    assert [change.restructured for change in heard] == [True, False, True]


def test_state_laws_are_counted_again_after_a_rebuild(catalog):
    scenario = Scenario(catalog.election(2016))
    scenario.execute(SetApplyStateLaws(True))
    voided = tally(scenario).president.votes
    scenario.execute(Reapportion(Choice(2010, 435)))
    assert tally(scenario).president.votes == voided
    scenario.execute(Reapportion(Choice(2010, 600)))
    voiding = {s.code for s in scenario.election.states if voids_faithless_vote(2016, s.code)}
    expected = {i for code in voiding for i in scenario.election.state(code).electors}
    assert scenario.voiding_electors() == expected and expected


def test_a_choice_that_cannot_apply_leaves_the_scenario_as_it_was(catalog):
    scenario = Scenario(catalog.election(1908))
    before = scenario.state_key()
    with pytest.raises(ValueError, match="1912"):
        scenario.execute(Reapportion(Choice(1910)))
    assert scenario.state_key() == before
