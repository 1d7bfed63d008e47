"""Defections needed: the known 2016 figures, minimality, state-law filters, apply and undo."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gui.domain.analyses.defections import DefectionPlan, defections_to_deny, defections_to_elect
from gui.domain.catalog import load_catalog
from gui.domain.commands import Batch, SetApplyStateLaws, SetElectorVote
from gui.domain.identifiers import InputError
from gui.domain.scenario import BLANK, FAITHFUL, Office, Scenario, Start
from gui.domain.tally import tally
from gui.present.history import command_text

CATALOG = load_catalog()
E2016 = CATALOG.election(2016)


def applied(scenario: Scenario, plan: DefectionPlan, count: int | None = None) -> dict[str, int]:
    """The presidential votes with the first ``count`` changes made (then undone)."""
    changes = plan.changes if count is None else plan.changes[:count]
    batch = Batch([SetElectorVote(i, Office.PRESIDENT, vote) for i, vote in changes])
    before = scenario.state_key()
    scenario.execute(batch)
    votes = dict(tally(scenario).president.votes)
    scenario.revert(batch)
    assert scenario.state_key() == before
    return votes


@pytest.mark.parametrize(("start", "trump", "needed"), [(Start.PLEDGED, 306, 37), (Start.OFFICIAL, 304, 35)])
def test_2016_known_figures(start, trump, needed):
    scenario = Scenario(E2016, start)
    plan = defections_to_deny(scenario)
    assert plan.leader == "Donald Trump" and plan.votes["Donald Trump"] == trump
    assert plan.needed == needed and plan.possible and len(plan.changes) == needed
    # Texas has the most Trump electors, so the cheapest set stays in one state.
    assert list(plan.by_state(scenario)) == ["TX"]
    assert plan.by_state(scenario)["TX"] == [f"TX:{n}" for n in range(1, needed + 1)]
    assert all(vote == BLANK for _, vote in plan.changes)
    after = applied(scenario, plan)
    assert after["Donald Trump"] == plan.after["Donald Trump"] == 269
    assert applied(scenario, plan, needed - 1)["Donald Trump"] == 270  # one fewer is not enough


def test_batch_applies_and_undoes_in_one_step():
    scenario = Scenario(E2016, Start.PLEDGED)
    plan = defections_to_deny(scenario, to="John Kasich")
    before = scenario.state_key()
    batch = plan.batch()
    touched = []
    scenario.subscribe(lambda change: touched.append(change.electors))
    scenario.execute(batch)
    result = tally(scenario).president
    assert result.winner is None and result.contingent and result.votes["John Kasich"] == 37
    scenario.revert(batch)
    assert scenario.state_key() == before
    assert len(touched) == 2 and len(touched[0]) == 37  # one notification each way
    assert "37" in command_text(batch)


def test_elect_the_runner_up_counts_every_vote_toward_the_majority():
    pledged = Scenario(E2016, Start.PLEDGED)
    plan = defections_to_elect(pledged, "Clinton")
    assert plan.candidate == "Hillary Clinton" and plan.needed == 270 - 232 == 38
    assert applied(pledged, plan) == plan.after == {"Hillary Clinton": 270, "Donald Trump": 268}
    official = Scenario(E2016, Start.OFFICIAL)
    plan = defections_to_elect(official, "Hillary Clinton")
    assert plan.needed == 270 - 227 == 43
    # The five Clinton electors who voted for others come back first (not faithless), then the
    # two Trump electors who voted for third candidates, then Trump electors.
    returning = {i for i, vote in plan.changes if vote is FAITHFUL}
    assert {E2016.electors[i].id for i in returning} == {"WA:9", "WA:10", "WA:11", "WA:12", "HI:4"}
    assert {"TX:37", "TX:38"} <= set(plan.by_state(official)["TX"])
    after = applied(official, plan)
    assert after["Hillary Clinton"] == 270 and after == plan.after
    assert applied(official, plan, plan.needed - 1)["Hillary Clinton"] == 269


def test_a_third_candidate_and_one_who_already_won():
    scenario = Scenario(E2016, Start.OFFICIAL)
    plan = defections_to_elect(scenario, "Kasich")
    assert plan.needed == 269  # he has 1 of the 270 needed
    assert applied(scenario, plan)["John Kasich"] == 270
    assert defections_to_elect(scenario, "Trump").needed == 0


def test_no_majority_means_zero():
    scenario = Scenario(E2016, Start.PLEDGED)
    scenario.execute(Batch([SetElectorVote(i, Office.PRESIDENT, BLANK) for i in E2016.state("TX").electors]))
    plan = defections_to_deny(scenario)
    assert tally(scenario).president.winner is None
    assert plan.needed == 0 and plan.changes == () and plan.possible


def test_can_defect_and_state_order():
    scenario = Scenario(E2016, Start.PLEDGED)
    texas = set(E2016.state("TX").electors)
    plan = defections_to_deny(scenario, can_defect=lambda i: i not in texas)
    assert plan.needed == 37 and "TX" not in plan.by_state(scenario)
    assert plan.available == 306 - 38
    assert list(plan.by_state(scenario)) == ["FL", "PA"]  # the next largest Trump states
    assert applied(scenario, plan)["Donald Trump"] == 269
    ohio_first = defections_to_deny(scenario, state_order=lambda code: code != "OH")
    assert [E2016.electors[i].state for i, _ in ohio_first.changes[:18]] == ["OH"] * 18
    few = {i for i in range(len(E2016.electors)) if E2016.electors[i].state in ("WY", "ND")}
    impossible = defections_to_deny(scenario, can_defect=lambda i: i in few)
    assert not impossible.possible and impossible.available == 6 and impossible.changes == ()


def test_the_apply_state_laws_rule_leaves_out_electors_whose_vote_would_be_voided():
    scenario = Scenario(E2016, Start.PLEDGED)
    scenario.execute(SetApplyStateLaws(True))
    voided = scenario.voiding_electors()
    assert voided  # 2016: CO, ME, MI, MN, MT, NE, NV, NC, OK, UT
    trump_voided = sum(1 for i in voided if scenario.cast(i, Office.PRESIDENT) == "Donald Trump")
    # Even when asked to take North Carolina first, its electors cannot defect under its law.
    plan = defections_to_deny(scenario, state_order=lambda code: code != "NC")
    assert plan.available == 306 - trump_voided and plan.needed == 37
    assert not {i for i, _ in plan.changes} & voided
    assert applied(scenario, plan)["Donald Trump"] == 269
    scenario.execute(SetApplyStateLaws(False))
    assert "NC" in defections_to_deny(scenario, state_order=lambda code: code != "NC").by_state(scenario)


def test_refusals():
    scenario = Scenario(E2016)
    with pytest.raises(InputError, match="someone other than Donald Trump"):
        defections_to_deny(scenario, to="Donald Trump")
    with pytest.raises(InputError, match="unknown candidate"):
        defections_to_elect(scenario, "Nobody Atall")
    with pytest.raises(InputError, match="12th Amendment"):
        defections_to_deny(Scenario(CATALOG.election(1800)))


YEARS = [1824, 1872, 1912, 1960, 1968, 2000, 2016, 2020, 2024]


@st.composite
def edited(draw):
    election = CATALOG.election(draw(st.sampled_from(YEARS)))
    scenario = Scenario(election, draw(st.sampled_from(list(Start))))
    names = [c.name for c in election.candidates]
    for _ in range(draw(st.integers(0, 40))):
        seat = draw(st.integers(0, len(election.electors) - 1))
        scenario.set_vote(seat, Office.PRESIDENT, draw(st.sampled_from([FAITHFUL, BLANK, *names])))
    if draw(st.booleans()):
        scenario.execute(SetApplyStateLaws(True))  # votes in voiding states cannot be changed
    return scenario, draw(st.sampled_from(names))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edited())
def test_plans_are_exact_minimums_whatever_the_edits(case):
    scenario, name = case
    majority = tally(scenario).majority
    deny = defections_to_deny(scenario)
    if deny.needed and not deny.possible:
        assert deny.changes == () and deny.available < deny.needed
    elif deny.needed:
        assert applied(scenario, deny) == deny.after
        assert deny.after.get(deny.leader or "", 0) == majority - 1
        assert applied(scenario, deny, deny.needed - 1)[deny.leader] == majority
    else:
        assert tally(scenario).president.winner is None
    if name in scenario.election.rejected_recipients:  # 1872: votes for Greeley were not counted
        with pytest.raises(InputError, match="not counted"):
            defections_to_elect(scenario, name)
        return
    elect = defections_to_elect(scenario, name)
    if not elect.possible:
        assert elect.changes == () and elect.available < elect.needed
        return
    votes = applied(scenario, elect)
    assert votes == elect.after
    if elect.needed:
        assert votes[name] == majority
        assert applied(scenario, elect, elect.needed - 1).get(name, 0) == majority - 1
    else:
        assert tally(scenario).president.votes.get(name, 0) >= majority
