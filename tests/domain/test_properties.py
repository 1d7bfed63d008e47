"""Any sequence of edits: the tally equals an independent recount, undo restores, files round-trip."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gui.domain.catalog import load_catalog
from gui.domain.commands import (
    AssignUnit,
    SetApplyStateLaws,
    SetElectorAbsent,
    SetElectorVote,
    SetStateAppointed,
)
from gui.domain.constitution import names_twice
from gui.domain.elector_laws import voids_faithless_vote
from gui.domain.scenario import ABSENT, BLANK, FAITHFUL, Office, Scenario, Start
from gui.domain.tally import tally
from gui.io.scenario_file import ScenarioDocument, dump, parse

CATALOG = load_catalog()
YEARS = [1789, 1796, 1800, 1824, 1832, 1864, 1872, 1960, 2000, 2016, 2020, 2024, 2028]
WRITE_INS = ["John Kasich", "Colin Powell", "Zoë Écrivain", "A. Nobody"]


def recount(scenario: Scenario) -> dict[Office, Counter[str]]:
    """Count ballots the long way: elector by elector, straight from pledges and votes; the
    electors of a state out of the base count for no one, and an absent elector casts nothing."""
    result = {office: Counter() for office in Office}
    for seat in scenario.election.electors:
        if seat.state in scenario.not_appointed:
            continue
        pledge = scenario.pledge(seat.index)
        for office, pledged in (
            (Office.PRESIDENT, pledge.president),
            (Office.VICE_PRESIDENT, pledge.vice_president),
        ):
            vote = scenario.vote(seat.index, office)
            voided = (
                scenario.apply_state_laws
                and pledged
                and voids_faithless_vote(scenario.election.year, seat.state)
            )
            name = pledged if vote is None or voided else vote
            if name and name is not ABSENT and name not in scenario.election.rejected_recipients:
                target = Office.PRESIDENT if scenario.election.pre_12th_amendment else office
                result[target][name] += 1
    return result


@st.composite
def edit_sequences(draw):
    election = CATALOG.election(draw(st.sampled_from(YEARS)))
    start = draw(st.sampled_from(list(Start)))
    names = [c.name for c in election.candidates] + WRITE_INS
    commands = []
    with_seats = [s.code for s in election.states if s.electors]
    for _ in range(draw(st.integers(0, 25))):
        if draw(st.integers(0, 9)) == 0:
            commands.append(SetApplyStateLaws(draw(st.booleans())))
        elif draw(st.integers(0, 7)) == 0 and with_seats:
            commands.append(SetStateAppointed(draw(st.sampled_from(with_seats)), draw(st.booleans())))
        elif draw(st.integers(0, 7)) == 0 and election.electors:
            seat = draw(st.integers(0, len(election.electors) - 1))
            commands.append(SetElectorAbsent(seat, draw(st.booleans())))
        elif draw(st.booleans()) and election.units:
            unit = draw(st.sampled_from(election.units))
            president = draw(st.sampled_from([*names, ""]))
            commands.append(AssignUnit(unit.id, Scenario(election).ticket_for(president)))
        elif election.electors:
            seat = draw(st.integers(0, len(election.electors) - 1))
            office = draw(st.sampled_from(list(Office)))
            vote = draw(st.sampled_from([FAITHFUL, BLANK, ABSENT, *names]))
            commands.append(SetElectorVote(seat, office, vote))
    return election, start, commands


@pytest.mark.slow
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edit_sequences())
def test_tally_recount_undo_and_round_trip(sequence):
    election, start, commands = sequence
    scenario = Scenario(election, start)
    original = scenario.state_key()
    done = []
    for command in commands:
        if isinstance(command, SetElectorVote) and names_twice(
            scenario, command.elector, command.office, command.vote
        ):
            continue  # before 1804 the window, the command line and files refuse it
        scenario.execute(command)
        done.append(command)
        result = tally(scenario)
        expected = recount(scenario)
        assert Counter(result.president.votes) == expected[Office.PRESIDENT]
        if not election.pre_12th_amendment:
            assert Counter(result.vice_president.votes) == expected[Office.VICE_PRESIDENT]
        counted = (
            sum(result.president.votes.values())
            + result.president.blank
            + result.president.undecided
            + result.president.rejected
            + result.president.absent
        )
        assert counted == result.appointed * (2 if election.pre_12th_amendment else 1)
        assert result.majority == result.appointed // 2 + 1

    reloaded = parse(dump(ScenarioDocument(scenario, "t", "d")), CATALOG)
    assert reloaded.scenario.state_key() == scenario.state_key()
    assert tally(reloaded.scenario) == tally(scenario)

    for command in reversed(done):
        scenario.revert(command)
    assert scenario.state_key() == original
