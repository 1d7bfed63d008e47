"""The Apportionment tab, used as a teacher would: drag the House, change the method, admit
Puerto Rico, undo it all."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui.domain.apportionment import District, Method, SizeRule
from gui.domain.scenario import Start
from gui.widgets.map.scene import ELECTORS_VIEW, MAP_VIEW
from tests.widgets.test_analyses_panel import shown
from tests.widgets.test_main_window import pick


def show(window):
    window.show_results("apportionment")
    return window.apportionment


def test_a_larger_house_in_2000(qtbot, window):
    pick(qtbot, window.election_box, 2000)
    pick(qtbot, window.start_box, Start.PLEDGED)
    panel = show(window)
    assert panel.size_box.value() == 435 and panel.census_box.currentData() == 1990
    assert panel.method_box.currentData() == Method.HILL.value
    assert not panel.record_button.isEnabled()
    assert "The election's own apportionment" in shown(panel.result)
    assert "435 seats: George W. Bush elected" in panel.at_size.text()
    # Drag the slider: only the mark moves until the handle is let go.
    panel.size_slider.setSliderDown(True)
    panel.size_slider.setValue(600)
    assert window.session.scenario.reapportioned is None
    assert panel.chart.size_line.value() == 600 and "600 seats: Al Gore elected" in panel.at_size.text()
    panel.size_slider.setSliderDown(False)
    panel.size_slider.sliderReleased.emit()
    scenario = window.session.scenario
    assert scenario.reapportioned is not None and scenario.reapportioned.choice.size == 600
    assert window.session.tally.president.winner == "Al Gore" and window.session.tally.appointed == 703
    # Every view follows: the tree, the outcome line, the report, the map.
    california = window.tree_model.index_of_state("CA")
    assert window.tree_model.rowCount(california) == 74
    assert "What-if apportionment: a House of 600 seats, the 1990 census" in window.outcome.text()
    report = shown(panel.result)
    assert "CA\nCalifornia\n54\n74\n+20" in report and "ME-3, NE-4" in report
    assert "ME-3" in window.map_panel.view.scenes.areas
    assert panel.record_button.isEnabled()
    # One step in the history, undone like any other.
    assert window.session.undo_stack.count() == 2
    window.undo_action.trigger()
    assert window.session.scenario.reapportioned is None and panel.size_box.value() == 435
    assert window.tree_model.rowCount(window.tree_model.index_of_state("CA")) == 54
    assert "What-if" not in window.outcome.text()


@pytest.mark.slow  # a dozen rebuilds of the window
def test_method_census_and_statehood(qtbot, window):
    pick(qtbot, window.election_box, 2020)
    panel = show(window)
    pick(qtbot, panel.method_box, Method.WEBSTER.value)
    panel.method_box.activated.emit(panel.method_box.currentIndex())
    assert window.session.scenario.reapportioned.choice.method is Method.WEBSTER
    pick(qtbot, panel.census_box, 2020)
    panel.census_box.activated.emit(panel.census_box.currentIndex())
    assert window.session.scenario.reapportioned.choice.census == 2020
    qtbot.mouseClick(panel.puerto_rico_box, Qt.MouseButton.LeftButton)
    election = window.session.scenario.election
    assert election.has_state("PR") and window.session.tally.president.undecided == len(
        election.state("PR").electors
    )
    assert "Puerto Rico has no presidential vote on record" in shown(panel.result)
    for view in (MAP_VIEW, ELECTORS_VIEW):
        assert window.map_panel.view.scenes.unit_item("PR", view) is not None
    pick(qtbot, panel.district_box, District.STATE.value)
    panel.district_box.activated.emit(panel.district_box.currentIndex())
    assert window.session.scenario.election.state("DC").what_if
    # The Congress tab counts 52 states now (the new ones have no members in the data).
    pick(qtbot, panel.rule_box, SizeRule.WYOMING.value)
    panel.rule_box.activated.emit(panel.rule_box.currentIndex())
    # (331,108,434 + 3,285,874 Puerto Ricans + 691,533 in DC) / 577,719 in Wyoming = 580.01
    assert not panel.size_slider.isEnabled() and panel.size_box.value() == 580
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    assert window.session.scenario.reapportioned is None
    assert panel.method_box.currentData() == Method.HILL.value and not panel.puerto_rico_box.isChecked()
    for _ in range(5):
        window.undo_action.trigger()
    assert window.session.scenario.reapportioned.choice.method is Method.WEBSTER
    assert panel.method_box.currentData() == Method.WEBSTER.value and panel.census_box.currentData() == 2010


@pytest.mark.slow
def test_a_house_too_small_for_its_states_is_refused(qtbot, window):
    pick(qtbot, window.election_box, 2020)
    panel = show(window)
    qtbot.mouseClick(panel.puerto_rico_box, Qt.MouseButton.LeftButton)
    pick(qtbot, panel.district_box, District.STATE.value)
    panel.district_box.activated.emit(panel.district_box.currentIndex())
    assert panel.size_box.minimum() == 52
    panel.size_box.setValue(50)  # below the minimum: the box keeps 52
    assert window.session.scenario.reapportioned.choice.size >= 52


def test_before_1912_the_tab_says_why_it_cannot(qtbot, window):
    window.session.new(1908)
    panel = show(window)
    assert not panel.size_slider.isEnabled() and not panel.method_box.isEnabled()
    assert "start with the 1910 census" in shown(panel.result)
    assert panel.chart.sweep is None


@pytest.mark.slow
def test_2028_has_no_votes_to_sweep(qtbot, window):
    window.session.new(2028)
    panel = show(window)
    assert panel.chart.sweep is None and "fewer than two people" in panel.at_size.text()
    panel.size_box.setValue(700)
    assert window.session.scenario.election.appointed == 700 + 103
