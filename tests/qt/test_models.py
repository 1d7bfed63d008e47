"""Every item model passes Qt's model tester while it is edited, undone and reloaded."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from gui.domain.apportionment import Choice, District, Method
from gui.domain.catalog import Candidate, load_catalog
from gui.domain.commands import AddCandidate, AssignUnit, Reapportion, SetElectorVote
from gui.domain.scenario import BLANK, Office, Start
from gui.qt.candidate_model import CandidateModel
from gui.qt.elector_tree_model import Column, ElectorTreeModel, Role
from gui.qt.session import ScenarioSession


@pytest.fixture
def session(qapp):
    return ScenarioSession(load_catalog())


@pytest.mark.slow
def test_tree_model_under_the_model_tester(qtmodeltester, session):
    model = ElectorTreeModel(session)
    qtmodeltester.check(model, force_py=True)
    texas = model.index_of_state("TX")
    model.cycle(texas.siblingAtColumn(Column.CARRIED_BY))
    elector = model.index_of_elector(session.scenario.election.state("TX").electors[0])
    assert model.setData(elector.siblingAtColumn(Column.PRESIDENT), ("person", "John Kasich"))
    assert model.setData(model.index_of_unit("ME-2").siblingAtColumn(Column.CARRIED_BY), "Hillary Clinton")
    session.undo_stack.undo()
    session.undo_stack.undo()
    session.undo_stack.redo()
    session.new(1860, Start.PLEDGED)
    session.new(2024)
    qtmodeltester.check(model, force_py=True)


def test_candidate_model_under_the_model_tester(qtmodeltester, session):
    model = CandidateModel(session)
    qtmodeltester.check(model, force_py=True)
    session.push(SetElectorVote(0, Office.PRESIDENT, "Evan McMullin"))
    session.push(AddCandidate(Candidate("Jill Stein", "Green"), "#009E73"))
    session.undo_stack.undo()
    session.undo_stack.undo()
    session.new(1800)
    qtmodeltester.check(model, force_py=True)


def test_tree_emits_data_changed_for_exactly_the_changed_rows(qtbot, session):
    model = ElectorTreeModel(session)
    election = session.scenario.election
    seat = election.electors[election.state("TX").electors[2]]
    changes: list[tuple[int, int, int, int, QModelIndex]] = []
    model.dataChanged.connect(
        lambda first, last, roles: changes.append(
            (first.row(), last.row(), first.column(), last.column(), first.parent())
        )
    )
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    model.layoutChanged.connect(lambda: resets.append("layout"))
    session.push(SetElectorVote(seat.index, Office.PRESIDENT, BLANK))
    texas_row = model.index_of_state("TX").row()
    assert sorted((c[0], c[1], c[2], c[3], c[4].row()) for c in changes) == sorted(
        [
            # the elector row, its name included (it carries the inhabitant-rule flag), and its state
            (2, 2, Column.NAME, Column.VICE_PRESIDENT, texas_row),
            (texas_row, texas_row, Column.NAME, Column.VICE_PRESIDENT, -1),
        ]
    )
    assert resets == []
    index = model.index_of_elector(seat.index).siblingAtColumn(Column.PRESIDENT)
    assert index.data() == "blank ballot" and index.data(Role.FAITHLESS) is True


def test_unit_assignment_changes_only_that_district(qtbot, session):
    session.new(2016)
    model = ElectorTreeModel(session)
    changes = []
    model.dataChanged.connect(
        lambda first, last, roles: changes.append((first.internalPointer().key, first.row(), last.row()))
    )
    session.push(AssignUnit("ME-2", session.scenario.ticket_for("Hillary Clinton")))
    keys = {key for key, *_ in changes}
    elector = session.scenario.election.unit("ME-2").electors[0]
    assert keys == {elector, "ME-2", "ME"}
    assert model.index_of_unit("ME-2").siblingAtColumn(Column.CARRIED_BY).data() == "Hillary Clinton"
    assert model.index_of_state("ME").siblingAtColumn(Column.CARRIED_BY).data() == "Hillary Clinton"
    assert model.index_of_state("ME").siblingAtColumn(Column.CARRIED_BY).data(Qt.ItemDataRole.EditRole) == (
        "Hillary Clinton"
    )


@pytest.mark.slow  # the model tester walks every elector of a 500-seat House
def test_tree_model_under_the_model_tester_through_apportionments(qtmodeltester, session):
    """Another apportionment changes the electors themselves: the tree rebuilds, cleanly."""
    session.new(2020)
    tree = ElectorTreeModel(session)
    qtmodeltester.check(tree, force_py=True)
    changes = []
    session.changed.connect(changes.append)
    resets = []
    tree.modelReset.connect(lambda: resets.append(1))
    session.push(Reapportion(Choice(2020, 500, district=District.STATE, puerto_rico=True)))
    assert changes[-1].restructured and not changes[-1].replaced and changes[-1].rebuild
    assert resets == [1]
    puerto_rico = tree.index_of_state("PR")
    assert tree.rowCount(puerto_rico) == len(session.scenario.election.state("PR").electors) > 0
    assert tree.setData(tree.index_of_unit("PR").siblingAtColumn(Column.CARRIED_BY), "Donald Trump")
    assert resets == [1]  # an edit after the rebuild is an edit again
    session.push(Reapportion(Choice(2020, 300, Method.JEFFERSON)))
    assert not tree.index_of_state("PR").isValid()
    session.undo_stack.undo()
    assert session.scenario.unit_winner("PR").president == "Donald Trump"
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert session.scenario.reapportioned is None and tree.rowCount() == 51
    qtmodeltester.check(tree, force_py=True)


def test_candidate_model_under_the_model_tester_through_apportionments(qtmodeltester, session):
    session.new(2020)
    candidates = CandidateModel(session)
    qtmodeltester.check(candidates, force_py=True)
    session.push(Reapportion(Choice(2020, 2000)))
    rows = {candidates.name_at(row) for row in range(candidates.rowCount())}
    assert {"Donald Trump", "Joe Biden"} <= rows
    session.undo_stack.undo()
    qtmodeltester.check(candidates, force_py=True)
