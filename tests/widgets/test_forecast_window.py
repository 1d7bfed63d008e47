"""A forecast in the window: the Forecast menu's start, clicks and Shift-clicks on the map, the
tree's Shift+Space, the right-click ratings, undo, the map's shades, the legend's counts and
the race bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QStyleOptionViewItem

from gui.domain.colors import rating_shade
from gui.domain.forecast import TOSSUP, Rating, is_forecast, race_segments, rating_of
from gui.domain.forecast_start import Basis
from gui.domain.map_layout import load_geometry
from gui.domain.ratings import Level
from gui.domain.tally import tally
from gui.present.forecast import race_bar
from gui.qt.elector_tree_model import Column
from gui.widgets.forecast_menu import fill, start
from gui.widgets.map.view import MAP_VIEW

D, R = "Democratic nominee", "Republican nominee"
# Every rating a picker offers, in the order of the click cycle (tilt included).
EVERY_RATING = [
    *(f"{level} {D}" for level in ("Safe", "Likely", "Lean", "Tilt")),
    "Toss-up",
    *(f"{level} {R}" for level in ("Tilt", "Lean", "Likely", "Safe")),
]


def _forecast(window):
    start(window, Basis.MARGINS, new=True)
    return window.session.scenario


def _click(qtbot, window, code: str, *, shift: bool = False) -> None:
    view = window.map_panel.view
    x, y = load_geometry().states[code].anchor
    pos = view.mapFromScene(QPointF(x, y))
    modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, pos)


def test_the_menu_starts_a_2028_forecast_from_2024_margins(window):
    texts = [a.text() for a in window.forecast_menu.actions() if a.text()]
    assert "New 2028 Forecast from the 2024 &Margins" in texts
    scenario = _forecast(window)
    assert scenario.election.year == 2028 and is_forecast(scenario)
    assert rating_of(scenario, "PA") == Rating(Level.LEAN, R)
    assert "ME-2" in window.statusBar().currentMessage()  # the districts rated by estimate
    # One undoable step: undo gives back the blank 2028.
    window.session.undo_stack.undo()
    assert not is_forecast(window.session.scenario)
    fill(window.forecast_menu, window)
    assert not window.forecast_menu.actions()[-1].isEnabled()  # nothing to stop


def test_clicks_and_shift_clicks_on_the_map_and_undo(qtbot, window):
    scenario = _forecast(window)
    assert rating_of(scenario, "PA") == Rating(Level.LEAN, R)
    _click(qtbot, window, "PA")  # lean R -> likely R
    assert rating_of(scenario, "PA") == Rating(Level.LIKELY, R)
    _click(qtbot, window, "PA", shift=True)
    _click(qtbot, window, "PA", shift=True)  # back past lean R to the toss-up
    assert rating_of(scenario, "PA") == TOSSUP
    assert tally(scenario).president.undecided == 10 + 19
    window.session.undo_stack.undo()
    window.session.undo_stack.undo()
    assert rating_of(scenario, "PA") == Rating(Level.LIKELY, R)
    assert window.session.undo_stack.undoText() == "PA: Likely Republican nominee"


@pytest.mark.slow
def test_shift_space_in_the_tree_goes_back(qtbot, window):
    scenario = _forecast(window)
    tree = window.tree
    row = next(r for r in range(tree.model().rowCount()) if "(WI)" in tree.model().index(r, 0).data())
    tree.setCurrentIndex(tree.model().index(row, 0))
    qtbot.keyClick(tree, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    assert rating_of(scenario, "WI") == Rating(Level.LEAN, D)
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert rating_of(scenario, "WI") == TOSSUP


@pytest.mark.slow
def test_the_right_click_menu_rates_tilt(window):
    scenario = _forecast(window)
    menu = window.map_panel.unit_menu("WI")
    texts = [a.text() for a in menu.actions()]
    assert texts[:10] == ["Forecast rating", *EVERY_RATING]
    checked = [a.text() for a in menu.actions() if a.isChecked()]
    assert "Toss-up" in checked
    next(a for a in menu.actions() if a.text() == "Tilt Democratic nominee").trigger()
    assert rating_of(scenario, "WI") == Rating(Level.TILT, D)
    window.session.undo_stack.undo()
    assert rating_of(scenario, "WI") == TOSSUP


def test_the_map_shades_and_the_legend_counts(window):
    scenario = _forecast(window)
    view = window.map_panel.view
    red = scenario.color(R)
    assert view.unit_item("PA").brush().color() == QColor(rating_shade(red, "lean"))
    assert view.unit_item("TX").brush().color() == QColor(rating_shade(red, "likely"))
    assert view.unit_item("WY").brush().color() == QColor(red)
    # The Electors view's dots take the same shades.
    seats = scenario.election.electors
    dot_color = {seat.unit: view.scenes.dots[n].parts[0].color for n, seat in enumerate(seats)}
    assert dot_color["PA"] == QColor(rating_shade(red, "lean")) and dot_color["WY"] == QColor(red)
    labels = [entry.label for entry in view.scenes.legends[MAP_VIEW].entries]
    assert "Lean Republican nominee: 75 electors, 8 units" in labels
    assert "Toss-up: 10 electors, 1 unit" in labels
    # The legend follows a click.
    window.map_panel._cycle_unit("WI")
    view.style.update_legends(MAP_VIEW)
    labels = [entry.label for entry in view.scenes.legends[MAP_VIEW].entries]
    assert "Lean Republican nominee: 85 electors, 9 units" in labels
    assert not any(label.startswith("Toss-up") for label in labels)


def test_the_race_bar_adds_up_to_the_electors_appointed(qtbot, window):
    scenario = _forecast(window)
    widget = window.map_panel.race_bar
    qtbot.waitUntil(widget.isVisible)
    bar = widget.bar
    assert bar is not None and bar.total == bar.appointed == tally(scenario).appointed == 538
    assert [p.electors for p in bar.parts] == [s.electors for s in race_segments(scenario)]
    assert (bar.left, bar.middle, bar.right) == (f"{D} 226", "270 to win", f"302 {R}")
    window.map_panel._cycle_unit("WI")  # the bar follows every edit
    assert widget.bar.right == f"312 {R}" and sum(p.electors for p in widget.bar.parts) == 538
    image = widget.grab().toImage()
    assert image.pixelColor(6, image.height() // 2 + 4) == QColor(scenario.color(D))
    # Out of the base: the majority and the bar follow (never a fixed 270).
    window.map_panel.unit_menu("TX").actions()[-1].trigger()
    assert race_bar(scenario).middle == "250 to win" and widget.bar.total == 498


def test_no_bar_outside_a_forecast(window):
    assert not window.map_panel.race_bar.isVisible()


def test_f2_picks_any_rating_tilt_included(window):
    scenario = _forecast(window)
    delegate = window.tree.itemDelegate()
    index = window.tree.view_index(window.tree_model.index_of_state("WI").siblingAtColumn(Column.CARRIED_BY))
    editor = delegate.createEditor(window.tree.viewport(), QStyleOptionViewItem(), index)
    delegate.setEditorData(editor, index)
    assert editor.currentText() == "Toss-up"  # the unit's rating is the one picked
    items = [editor.itemText(i) for i in range(editor.count())]
    assert items[:9] == EVERY_RATING
    editor.setCurrentIndex(items.index("Tilt Republican nominee"))
    delegate.setModelData(editor, window.tree.model(), index)
    assert rating_of(scenario, "WI") == Rating(Level.TILT, R)
    assert window.session.undo_stack.undoText() == "WI: Tilt Republican nominee"
    editor.deleteLater()


@pytest.mark.slow
def test_the_bar_words_fit_a_narrow_bar_keeping_the_numbers(window):
    from PySide6.QtGui import QFont, QFontMetricsF

    from gui.widgets.map.race_bar import _labels

    bar = race_bar(_forecast(window))
    font = QFont(window.font())
    font.setBold(True)
    metrics = QFontMetricsF(font)
    wide = _labels(bar, metrics, 2000)
    assert wide == (f"{D} 226", "270 to win  ·  10 toss-up electors", f"302 {R}")
    for width in (500, 360, 260):
        left, middle, right = _labels(bar, metrics, width)
        assert left.endswith(" 226") and right.startswith("302 ") and middle == "270 to win"
        widest = max(metrics.horizontalAdvance(left), metrics.horizontalAdvance(right))
        assert widest + metrics.horizontalAdvance(middle) / 2 <= width / 2 + 1


@pytest.mark.slow
def test_the_tree_says_each_rating_and_stays_a_valid_model(qtmodeltester, window):
    scenario = _forecast(window)
    model = window.tree_model
    cell = model.index_of_state("PA").siblingAtColumn(Column.CARRIED_BY)
    assert cell.data() == "Lean Republican nominee"
    assert cell.data(Qt.ItemDataRole.DecorationRole) == QColor(rating_shade(scenario.color(R), "lean"))
    qtmodeltester.check(model, force_py=True)
    rows = []
    model.dataChanged.connect(
        lambda first, last, roles: rows.append((first.parent().data(), first.row(), last.row()))
    )
    window.map_panel._cycle_unit("PA")
    # Exactly the state that changed and its 19 electors.
    assert sorted(rows, key=str) == sorted(
        [(None, cell.row(), cell.row()), ("Pennsylvania (PA)", 0, 18)], key=str
    )
    assert model.index_of_state("PA").siblingAtColumn(Column.CARRIED_BY).data() == "Likely Republican nominee"
    qtmodeltester.check(model, force_py=True)


@pytest.mark.slow
def test_paths_and_probabilities_follow_the_forecast(qtbot, window):
    from tests.widgets.test_analyses_panel import show, shown

    _forecast(window)
    paths = window.analyses.paths
    show(window, paths)
    text = shown(paths.result)
    assert "The forecast's toss-ups" in text and "Toss-ups: WI 10" in text
    probabilities = window.analyses.probabilities
    show(window, probabilities)
    combo = probabilities._combos["PA"]
    assert combo.itemText(0) == "as rated"
    text = shown(probabilities.result)
    assert "Democratic nominee (A) against Republican nominee (B)" in text
    before = probabilities.probabilities()
    assert before["PA"] == pytest.approx(0.35) and before["WI"] == 0.5
    # A click on the map re-rates, and the page follows.
    window.map_panel._cycle_unit("WI")  # toss-up -> lean R
    assert probabilities.probabilities()["WI"] == pytest.approx(0.35)


def test_stop_forecasting_keeps_the_carriers_and_undo_brings_the_ratings_back(qtbot, window):
    from gui.widgets.forecast_menu import stop

    scenario = _forecast(window)
    view = window.map_panel.view
    red = scenario.color(R)
    stop(window)
    assert not is_forecast(scenario) and rating_of(scenario, "PA") is None
    assert scenario.unit_winner("PA").president == R  # still carried
    assert view.unit_item("PA").brush().color() == QColor(red)  # full colour again
    assert window.map_panel.race_bar.isHidden()
    labels = [entry.label for entry in view.scenes.legends[MAP_VIEW].entries]
    assert R in labels and not any("electors," in label for label in labels)
    window.session.undo_stack.undo()
    assert rating_of(scenario, "PA") == Rating(Level.LEAN, R)
    assert view.unit_item("PA").brush().color() == QColor(rating_shade(red, "lean"))
    assert not window.map_panel.race_bar.isHidden()
