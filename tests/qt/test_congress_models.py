"""The contingent-election models: checked by Qt's model tester while the scenario changes."""

from __future__ import annotations

import pytest

from gui.domain.catalog import load_catalog
from gui.domain.commands import AssignUnit, SetElectorVote
from gui.domain.scenario import Office, Start
from gui.qt.congress_models import Col, ContingentTracker, HouseModel, SenateModel
from gui.qt.session import ScenarioSession


@pytest.fixture
def session(qapp):
    s = ScenarioSession(load_catalog())
    s.new(2016, Start.PLEDGED)
    return s


def defect(session, count: int) -> None:
    texas = session.scenario.election.state("TX").electors
    for i in texas[:count]:
        session.push(SetElectorVote(i, Office.PRESIDENT, "John Kasich"))


def test_house_model_follows_the_tally(qtmodeltester, session):
    tracker = ContingentTracker(session)
    model = HouseModel(session, tracker)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 50  # DC has no vote
    changed = []
    model.dataChanged.connect(lambda first, last, roles: changed.append((first.row(), last.row())))
    defect(session, 37)
    assert tracker.result.house.needed and tracker.result.house.winner == "Donald Trump"
    assert len(changed) == 50  # every state now has a vote to show
    pa = next(r for r in range(50) if model.index(r, Col.STATE).data() == "PA")
    vote = model.index(pa, Col.VOTE)
    assert vote.data() == "Donald Trump"
    assert model.setData(vote, "Hillary Clinton")
    assert vote.data() == "Hillary Clinton" and session.scenario.house_votes == {"PA": "Hillary Clinton"}
    assert tracker.result.house.counts["Hillary Clinton"] == 18
    session.undo_stack.undo()
    assert vote.data() == "Donald Trump" and session.scenario.house_votes == {}
    assert not model.setData(vote, "Somebody Else")  # only the top three, or divided
    session.new(1824)  # the tester connected above keeps watching through the reset
    assert model.rowCount() == 24
    assert model.index(0, Col.VOTE).data() == "Andrew Jackson"  # Alabama, 1825


def test_senate_model_for_a_269_tie(qtmodeltester, session):
    session.new(2020)
    tracker = ContingentTracker(session)
    model = SenateModel(session, tracker)
    qtmodeltester.check(model, force_py=True)
    for unit in ("AZ", "GA", "WI"):
        session.push(AssignUnit(unit, session.scenario.ticket_for("Donald Trump")))
    senate = tracker.result.senate
    assert session.tally.president.votes["Donald Trump"] == 269 and senate.needed
    assert senate.winner == "Mike Pence" and senate.needed_to_win == 51
    maine = next(r for r in range(model.rowCount()) if model.index(r, Col.STATE).data() == "ME")
    assert model.setData(model.index(maine, Col.VOTE), "abstain")
    assert session.scenario.senate_votes == {"ME": "abstain"}
    assert tracker.result.senate.counts["Mike Pence"] == 50  # Maine's Republican abstains


def test_a_hidden_tracker_recomputes_once_when_shown(qtmodeltester, session):
    """While nobody shows the contingent election, toggles do not recompute its tables; reading
    the result still gives the current one, and on show the models emit what changed."""
    shown = [False]
    tracker = ContingentTracker(session, live=lambda: shown[0])
    model = HouseModel(session, tracker)
    qtmodeltester.check(model, force_py=True)
    emitted, changed = [], []
    tracker.contingent_changed.connect(emitted.append)
    model.dataChanged.connect(lambda first, last, roles: changed.append(first.row()))
    defect(session, 37)
    assert emitted == [] and changed == []
    assert model.index(0, Col.VOTE).data() != "Donald Trump"  # the table is stale while hidden
    assert tracker.result.house.needed  # the result itself is current when read
    shown[0] = True
    tracker.catch_up()
    assert len(emitted) == 1 and len(changed) == 50
    assert model.index(0, Col.VOTE).data() == "Donald Trump"  # Alabama
    tracker.catch_up()
    assert len(emitted) == 1
