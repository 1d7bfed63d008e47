"""The Popular vote tab as a teacher uses it: drag the swing, set a margin, change the method,
type a mock election, import one; every step undoable."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument

from gui.domain.allocation import Method
from gui.domain.popular_vote import NO_EDITS
from tests.widgets.test_main_window import pick


def shown(view) -> str:
    document = QTextDocument()
    document.setHtml(view.toHtml())
    return document.toPlainText()


def open_tab(qtbot, window, year):
    window.session.new(year)  # as the election picker does, without stepping through the list
    window.show_results("popular")
    return window.popular_panel


def drag(panel, values) -> None:
    panel.slider.setSliderDown(True)
    for value in values:
        panel.slider.setValue(value)
    panel.slider.setSliderDown(False)
    panel.slider.sliderReleased.emit()


@pytest.mark.slow  # the model tester walks all 538 electors after every step
def test_the_tree_model_stays_valid_while_the_swing_is_dragged(qtbot, window, qtmodeltester):
    panel = open_tab(qtbot, window, 2000)
    qtmodeltester.check(window.tree_model, force_py=True)
    drag(panel, [1])  # half a point toward Gore flips Florida's 25 electors
    assert window.session.tally.president.winner == "Al Gore"
    window.undo_action.trigger()
    assert window.session.tally.president.votes["George W. Bush"] == 271


def test_a_swing_drag_flips_states_and_undoes_in_one_step(qtbot, window):
    panel = open_tab(qtbot, window, 2016)
    assert panel.right_name.text() == "Hillary Clinton"  # the popular-vote leader is the + side
    drag(panel, range(1, 6))  # 0.5 .. 2.5 points toward Clinton, as a drag does
    assert window.session.tally.president.winner == "Hillary Clinton"
    assert "Flipped: FL" in shown(panel.result)
    assert window.session.undo_stack.count() == 1  # the whole drag is one step
    window.undo_action.trigger()
    assert window.session.tally.president.votes["Donald Trump"] == 304  # the record, faithless and all
    assert panel.slider.value() == 0


def test_a_margin_edit_re_decides_the_state(qtbot, window):
    panel = open_tab(qtbot, window, 2000)
    panel.state_box.setCurrentIndex(panel.state_box.findData("FL"))
    panel._fill_margin_names()
    panel.toward_box.setCurrentIndex(panel.toward_box.findData("Al Gore"))
    panel.margin_box.setValue(100)
    panel.set_margin()
    assert window.session.tally.president.winner == "Al Gore"
    window.undo_action.trigger()
    assert window.session.tally.president.winner == "George W. Bush"


@pytest.mark.slow
def test_methods_and_the_compact(qtbot, window):
    panel = open_tab(qtbot, window, 2016)
    pick(qtbot, panel.method_box, Method.NPVIC.value)
    assert not panel.as_if_box.isChecked() and panel.as_if_box.isEnabled()
    assert "165 electors of 270 needed" in shown(panel.result)
    panel.as_if_box.setChecked(True)  # the members had all voted for Clinton already
    assert window.session.tally.president.votes["Donald Trump"] == 304
    pick(qtbot, panel.method_box, Method.PROPORTIONAL.value)
    assert window.session.tally.president.winner is None  # no majority: the House decides
    assert "Proportional" in shown(panel.methods)
    panel.clear()
    assert window.session.scenario.popular == NO_EDITS
    assert window.session.tally.president.votes["Donald Trump"] == 304


@pytest.mark.slow
def test_the_compact_as_if_in_force_in_2024(qtbot, window):
    panel = open_tab(qtbot, window, 2024)
    pick(qtbot, panel.method_box, Method.NPVIC.value)
    panel.as_if_box.setChecked(True)  # its 209 electors go to the national winner, Trump
    assert window.session.tally.president.votes["Donald Trump"] == 520
    window.undo_action.trigger()
    assert window.session.tally.president.votes["Donald Trump"] == 312


@pytest.mark.slow
def test_district_method_is_refused_before_1972(qtbot, window):
    panel = open_tab(qtbot, window, 1960)
    panel.method_box.setCurrentIndex(panel.method_box.findData(Method.DISTRICT.value))
    panel.method_box.activated.emit(panel.method_box.currentIndex())
    assert "No district results in 1960" in panel.message.text()
    assert window.session.scenario.popular.method == Method.WINNER_TAKE_ALL.value


def test_a_mock_election_typed_then_imported(qtbot, window, tmp_path):
    panel = open_tab(qtbot, window, 2028)
    panel.votes_text.setPlainText("TX,Ada Lovelace,120\nTX,Grace Hopper,95\nCA,Grace Hopper,50\nCA,Ada,7")
    panel.apply_votes()
    scenario = window.session.scenario
    assert {"Ada Lovelace", "Grace Hopper"} <= set(scenario.candidate_names())
    assert window.session.tally.president.votes == {"Grace Hopper": 54, "Ada Lovelace": 40}
    window.undo_action.trigger()  # the candidates and the votes go together
    assert "Ada Lovelace" not in scenario.candidate_names()
    bad = tmp_path / "bad.csv"
    bad.write_text("unit,candidate,votes\nTX,Ada,12.5\n", encoding="utf-8")
    panel.import_file(bad)
    assert panel.message.text() == "line 2: votes must be a whole number from 0 to 1,000,000,000, got '12.5'"
    assert window.session.undo_stack.count() == 0 or not window.session.undo_stack.canUndo()
    panel.import_file(tmp_path / "missing.csv")
    assert "cannot read" in panel.message.text()


def test_the_misfire_flag_in_the_outcome(qtbot, window):
    window.session.new(1888)
    assert "The electoral winner lost the popular vote" in window.outcome.text()
    window.session.new(1892)
    assert "lost the popular vote" not in window.outcome.text()
