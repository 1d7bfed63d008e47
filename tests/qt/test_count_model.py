"""The Count table: checked by Qt's model tester while objections are raised, voted on and undone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui.domain.catalog import load_catalog
from gui.domain.commands import SetCount
from gui.domain.count_session import new_objection, recorded_objections
from gui.domain.joint_session.rules import Ground, Objection, Signers
from gui.qt.count_model import HOUSE_COLUMN, SENATE_COLUMN, CountModel
from gui.qt.session import ScenarioSession


@pytest.fixture
def session(qapp):
    s = ScenarioSession(load_catalog())
    s.new(2020)
    return s


def test_the_count_model_follows_objections_and_votes(qtmodeltester, session):
    model = CountModel(session)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 51  # every state and DC, alphabetically by name
    assert [model.index(r, 0).data() for r in range(3)] == ["Alabama", "Alaska", "Arizona"]
    changed = []
    model.dataChanged.connect(lambda first, last, roles: changed.append(first.row()))
    made = new_objection(session.scenario, "PA", Ground.CERTIFICATE, Signers(1, 1))
    assert isinstance(made, Objection)
    session.push(SetCount((made,), "raise", "PA"))
    pa = model.row_of("PA")
    assert changed == [pa]  # exactly the row of the certificate objected to
    assert model.index(pa, 3).data() == "not lawfully certified"
    senate, house = model.index(pa, SENATE_COLUMN), model.index(pa, HOUSE_COLUMN)
    assert senate.flags() & Qt.ItemFlag.ItemIsEditable
    # Both Houses sustain: Pennsylvania's 20 electors leave the base (518, 260 needed).
    assert model.setData(senate, True) or made.senate.sustains
    assert model.setData(house, True)
    assert (session.tally.appointed, session.tally.majority) == (518, 260)
    assert model.index(pa, 7).data().startswith("sustained")
    while session.undo_stack.canUndo():
        session.undo_stack.undo()
    assert session.scenario.count == () and session.tally.appointed == 538
    assert model.index(pa, 3).data() == ""


def test_out_of_order_and_record_only_rulings_are_not_voted_on(qtmodeltester, session):
    model = CountModel(session)
    session.push(SetCount(recorded_objections(2020), "replay"))
    qtmodeltester.check(model, force_py=True)
    georgia = model.row_of("GA")
    assert model.index(georgia, 7).data().startswith("not in order")
    assert not model.index(georgia, SENATE_COLUMN).flags() & Qt.ItemFlag.ItemIsEditable
    assert model.index(model.row_of("AZ"), SENATE_COLUMN).data() == "6–93"
    session.new(1820)  # another election: a reset, the states in the data's order
    assert model.rowCount() == 24


def test_a_hidden_count_catches_up_when_shown(qtmodeltester, session):
    """While no view shows it, a change only marks the rows stale; on show, the rows that changed
    (and only they) emit dataChanged, and a new election resets the table."""
    shown = [False]
    model = CountModel(session, live=lambda: shown[0])
    qtmodeltester.check(model, force_py=True)
    changed = []
    model.dataChanged.connect(lambda first, last, roles: changed.append(first.row()))
    made = new_objection(session.scenario, "PA", Ground.CERTIFICATE, Signers(1, 1))
    assert isinstance(made, Objection)
    session.push(SetCount((made,), "raise", "PA"))
    pa = model.row_of("PA")
    assert changed == [] and model.index(pa, 3).data() == ""  # not recomputed while hidden
    shown[0] = True
    model.catch_up()
    assert changed == [pa] and model.index(pa, 3).data() == "not lawfully certified"
    model.catch_up()  # nothing new: nothing emitted
    assert changed == [pa]
    shown[0] = False
    resets = []
    model.modelReset.connect(lambda: resets.append(True))
    session.new(1820)
    assert resets == [] and model.rowCount() == 51
    model.catch_up()
    assert resets == [True] and model.rowCount() == 24
