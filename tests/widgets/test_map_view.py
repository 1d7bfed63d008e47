"""The map widget: every state clickable where it is drawn, dots per elector, in-place refresh.

Set EC_WHATIF_SCREENSHOTS=docs/screenshots to also write the documentation screenshots.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from gui.domain.breakdown import presidential_totals
from gui.domain.commands import AssignUnit, SetElectorVote, SetStateAppointed
from gui.domain.map_layout import drawn_as, load_geometry
from gui.domain.scenario import ABSENT, BLANK, Office, Scenario
from gui.present.tooltips import elector_tooltip, state_tooltip, unit_tooltip
from gui.widgets.map.items import DotItem, DotStyle, Marker
from gui.widgets.map.view import ELECTORS_VIEW, MAP_VIEW, MapView
from gui.widgets.pictures import render_map

SIZE = (1000, 640)
SCREENSHOT_YEARS = (1860, 1968, 2016, 2024)


@pytest.fixture
def view(qtbot):
    widget = MapView()
    widget.resize(*SIZE)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _show(view: MapView, catalog, year: int, which: str = MAP_VIEW) -> Scenario:
    scenario = Scenario(catalog.election(year))
    view.set_scenario(scenario)
    view.set_view(which)
    return scenario


def _viewport_point(view: MapView, x: float, y: float) -> QPoint:
    return view.mapFromScene(QPointF(x, y))


def _click_unit(qtbot, view: MapView, pos: QPoint, button=Qt.MouseButton.LeftButton) -> list:
    with qtbot.waitSignal(view.unit_clicked, timeout=1000) as blocker:
        qtbot.mouseClick(view.viewport(), button, pos=pos)
    return blocker.args


# --- every state has items ---------------------------------------------------------------------


@pytest.mark.slow
def test_every_state_of_every_election_has_an_area_and_a_tile(view, catalog):
    for election in catalog.elections():
        view.set_scenario(Scenario(election))
        for state in election.states:
            assert view.unit_item(state.code, MAP_VIEW) is not None, (election.year, state.code)
            assert view.unit_item(state.code, ELECTORS_VIEW) is not None, (election.year, state.code)
        shown = {i for i in range(election.appointed) if view.elector_item(i) is not None}
        assert shown == set(range(election.appointed)), election.year


@pytest.mark.slow
def test_district_boxes_exist_exactly_in_the_years_with_districts(view, catalog):
    for election in catalog.elections():
        view.set_scenario(Scenario(election))
        for unit_id in ("ME-1", "ME-2", "NE-1", "NE-2", "NE-3"):
            item = view.unit_item(unit_id, MAP_VIEW)
            assert (item is not None) == election.has_unit(unit_id), (election.year, unit_id)
            if item is not None:
                assert item.kind == "district"
        me2 = view.unit_item("ME-2", MAP_VIEW) is not None
        ne2 = view.unit_item("NE-2", MAP_VIEW) is not None
        assert me2 == (election.year >= 1972)
        assert ne2 == (election.year >= 1992)


# --- clicking ------------------------------------------------------------------------------


@pytest.mark.slow
def test_every_present_day_state_hits_the_state_it_belonged_to_in_every_year(view, catalog):
    # Drawn large: a pixel is well under a unit of the map, so DC's anchor (its outline is
    # about two units across) never rounds onto Virginia or Maryland.
    view.resize(2 * SIZE[0], 2 * SIZE[1])
    geometry = load_geometry()
    for election in catalog.elections():
        view.set_scenario(Scenario(election))
        for code, shape in geometry.states.items():
            owner = drawn_as(election, shape)
            pos = _viewport_point(view, *shape.anchor)
            assert view.hit(pos) == (("unit", owner) if owner else None), (election.year, code)


@pytest.mark.parametrize("year", [1789, 1860, 1972, 2024])
def test_clicking_inside_each_state_emits_its_unit(qtbot, view, catalog, year):
    election = _show(view, catalog, year).election
    geometry = load_geometry()
    for state in election.states:
        shape = geometry.states[state.code]
        area = view.unit_item(state.code, MAP_VIEW)
        assert area.path().contains(QPointF(*shape.anchor)), state.code
        pos = _viewport_point(view, *shape.anchor)
        assert _click_unit(qtbot, view, pos) == [state.code], state.code


def test_clicking_a_state_absorbed_by_another_emits_that_state(qtbot, view, catalog):
    _show(view, catalog, 1860)
    wv = load_geometry().states["WV"]
    assert _click_unit(qtbot, view, _viewport_point(view, *wv.anchor)) == ["VA"]


def test_a_state_not_yet_admitted_is_not_clickable(qtbot, view, catalog):
    _show(view, catalog, 1860)
    pos = _viewport_point(view, *load_geometry().states["KS"].anchor)
    assert view.hit(pos) is None
    assert "not a state in 1860" in view.tooltip_at(pos)
    with qtbot.assertNotEmitted(view.unit_clicked):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_label_boxes_off_the_coast_are_clickable(qtbot, view, catalog):
    _show(view, catalog, 2016)
    boxes = [item for item in view.scene().items() if getattr(item, "kind", "") == "callout"]
    assert {b.unit_id for b in boxes} >= {"VT", "NH", "MA", "RI", "CT", "NJ", "DE", "MD", "DC"}
    for box in boxes:
        centre = box.path().boundingRect().center()
        assert _click_unit(qtbot, view, _viewport_point(view, centre.x(), centre.y())) == [box.unit_id]


def test_district_boxes_are_clickable(qtbot, view, catalog):
    _show(view, catalog, 2024)
    for unit_id in ("ME", "ME-1", "ME-2", "NE", "NE-1", "NE-2", "NE-3"):
        candidates = [
            i for i in view.unit_items(unit_id) if i.kind == "district" and i.scene() is view.scene()
        ]
        assert len(candidates) == 1, unit_id
        centre = candidates[0].path().boundingRect().center()
        assert _click_unit(qtbot, view, _viewport_point(view, centre.x(), centre.y())) == [unit_id]


def test_right_click_asks_for_the_unit_menu(qtbot, view, catalog):
    _show(view, catalog, 2016)
    pos = _viewport_point(view, *load_geometry().states["TX"].anchor)
    with qtbot.waitSignal(view.unit_menu_requested, timeout=1000) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.RightButton, pos=pos)
    unit_id, global_pos = blocker.args
    assert unit_id == "TX"
    assert global_pos == view.viewport().mapToGlobal(pos)


def test_clicking_selects_once_and_reports_it(qtbot, view, catalog):
    _show(view, catalog, 2016)
    pos = _viewport_point(view, *load_geometry().states["PA"].anchor)
    with qtbot.waitSignal(view.selection_changed, timeout=1000) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == ["unit", "PA"]
    assert view.selection() == ("unit", "PA")
    assert view.unit_item("PA").selected
    with qtbot.assertNotEmitted(view.selection_changed):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_every_elector_dot_is_clickable(qtbot, view, catalog):
    election = _show(view, catalog, 2016, ELECTORS_VIEW).election
    for index in range(election.appointed):
        dot = view.elector_item(index)
        pos = view.mapFromScene(dot.scenePos())
        with qtbot.waitSignal(view.elector_clicked, timeout=1000) as blocker:
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        assert blocker.args == [index]
    assert view.selection() == ("elector", str(election.appointed - 1))


def test_right_click_on_a_dot_asks_for_the_elector_menu(qtbot, view, catalog):
    election = _show(view, catalog, 2016, ELECTORS_VIEW).election
    index = election.state("TX").electors[36]
    pos = view.mapFromScene(view.elector_item(index).scenePos())
    with qtbot.waitSignal(view.elector_menu_requested, timeout=1000) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.RightButton, pos=pos)
    assert blocker.args[0] == index


def test_clicking_a_tile_outside_the_dots_emits_its_state(qtbot, view, catalog):
    _show(view, catalog, 2016, ELECTORS_VIEW)
    tile = view.unit_item("TX", ELECTORS_VIEW)
    rect = tile.path().boundingRect()
    pos = _viewport_point(view, rect.left() + 4, rect.top() + 4)
    assert _click_unit(qtbot, view, pos) == ["TX"]


def test_unit_rows_of_maine_in_the_electors_view(qtbot, view, catalog):
    election = _show(view, catalog, 2016, ELECTORS_VIEW).election
    for unit_id in election.state("ME").units:
        boxes = [i for i in view.unit_items(unit_id) if i.kind == "unit_box"]
        assert len(boxes) == 1, unit_id
        box = boxes[0]
        centre = box.path().boundingRect().center()
        assert _click_unit(qtbot, view, _viewport_point(view, centre.x(), centre.y())) == [unit_id]


# --- drawing what happened -----------------------------------------------------------------------


def test_refresh_recolours_the_changed_unit_in_place(view, catalog):
    scenario = _show(view, catalog, 2016)
    area = view.unit_item("PA")
    tile = view.unit_item("PA", ELECTORS_VIEW)
    trump, clinton = QColor(scenario.color("Donald Trump")), QColor(scenario.color("Hillary Clinton"))
    assert area.brush().color() == trump
    command = AssignUnit("PA", scenario.ticket_for("Hillary Clinton"))
    scenario.execute(command)
    assert area.brush().color() == trump  # the view does not listen: the window calls refresh
    changed = frozenset(scenario.election.unit("PA").electors)
    view.refresh(changed)
    assert view.unit_item("PA") is area
    assert area.brush().color() == clinton
    assert view.unit_item("OH").brush().color() == trump
    assert tile.brush().color() != QColor(trump)
    for index in changed:
        assert view.elector_item(index).parts[0].color == clinton
    scenario.revert(command)
    view.refresh(changed)
    assert area.brush().color() == trump


def test_faithless_electors_are_marked_without_colour(view, catalog):
    scenario = _show(view, catalog, 2016, ELECTORS_VIEW)
    texas = scenario.election.state("TX").electors
    faithless = [i for i in texas if view.elector_item(i).faithless]
    assert [scenario.election.electors[i].id for i in faithless] == ["TX:37", "TX:38"]
    assert not view.elector_item(texas[0]).faithless
    # In grey, the ring is darker than any fill (Republican red, the darkest, is about 150 of
    # 255 dark): sample it against a faithful dot.
    assert _ring_darkness(view.elector_item(texas[36])) > _ring_darkness(view.elector_item(texas[0])) + 60


def _ring_darkness(dot: DotItem) -> int:
    size = 80
    image = QImage(size, size, QImage.Format.Format_Grayscale8)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(size / 2, size / 2)
    painter.scale(size / (3 * dot.radius), size / (3 * dot.radius))
    dot.paint(painter, None, None)
    painter.end()
    ring = round(size / 2 + 0.86 * size / 3)  # 0.86 of the radius, right of the centre
    return 255 - QColor(image.pixel(ring, size // 2)).lightness()


def test_blank_and_undecided_electors(view, catalog):
    scenario = _show(view, catalog, 2000, ELECTORS_VIEW)
    dc = scenario.election.state("DC").electors
    styles = [view.elector_item(i).parts[0].style for i in dc]
    assert styles.count(DotStyle.BLANK) == 1
    blank = next(i for i in dc if view.elector_item(i).parts[0].style is DotStyle.BLANK)
    assert view.elector_item(blank).parts[0].color == QColor("#ffffff")
    assert not view.elector_item(blank).faithless
    upcoming = _show(view, catalog, 2028, ELECTORS_VIEW)
    assert all(view.elector_item(i).parts[0].style is DotStyle.UNDECIDED for i in range(10))
    assert view.elector_item(0).parts[0].color == QColor(upcoming.color(""))


def test_a_vote_change_restyles_only_that_dot(view, catalog):
    scenario = _show(view, catalog, 2024, ELECTORS_VIEW)
    index = scenario.election.state("WI").electors[0]
    neighbour = scenario.election.state("WI").electors[1]
    scenario.execute(SetElectorVote(index, Office.PRESIDENT, BLANK))
    view.refresh(frozenset({index}))
    assert view.elector_item(index).parts[0].style is DotStyle.BLANK
    assert view.elector_item(neighbour).parts[0].style is DotStyle.VOTE
    scenario.execute(SetElectorVote(index, Office.PRESIDENT, "Bernie Sanders"))
    view.refresh(frozenset({index}))
    assert view.elector_item(index).faithless_president
    assert "faithless" in elector_tooltip(scenario, index)


def test_before_the_12th_amendment_a_dot_shows_both_votes(view, catalog):
    scenario = _show(view, catalog, 1800, ELECTORS_VIEW)
    dot = view.elector_item(scenario.election.state("NY").electors[0])
    colors = {part.color.name() for part in dot.parts}
    assert colors == {scenario.color("Thomas Jefferson").lower(), scenario.color("Aaron Burr").lower()}


def test_states_that_did_not_vote_are_greyed_with_their_note(view, catalog):
    scenario = _show(view, catalog, 1864)
    alabama = view.unit_item("AL")
    assert alabama is not None and alabama.bands[0].pattern is not None
    pos = _viewport_point(view, *load_geometry().states["AL"].anchor)
    assert "Did not take part" in view.tooltip_at(pos)
    view.set_view(ELECTORS_VIEW)
    # Louisiana's 7 electors voted, but are out of the base: dashed outlines, not votes.
    dots = [i for i in view.unit_item("LA", ELECTORS_VIEW).collidingItems() if isinstance(i, DotItem)]
    assert len(dots) == scenario.election.state("LA").allotted == 7
    assert {part.style for dot in dots for part in dot.parts} == {DotStyle.NOT_APPOINTED}
    assert "not count" in state_tooltip(scenario, "LA")
    for year, code in ((1789, "NY"), (1872, "AR"), (1872, "LA")):
        scenario = _show(view, catalog, year)
        assert view.unit_item(code).bands[0].pattern is not None, (year, code)
        assert scenario.election.state(code).note in state_tooltip(scenario, code)


def test_a_state_brought_into_the_base_is_drawn_with_its_electors(view, catalog):
    scenario = _show(view, catalog, 1864)
    view.set_view(ELECTORS_VIEW)
    header = next(label for label, inside, _ in view.scenes.count_labels["LA"] if inside == ["LA 7"])
    assert header.lines == ["LA"]
    scenario.execute(SetStateAppointed("LA", True))
    view.refresh(frozenset(scenario.election.state("LA").electors))
    assert header.lines == ["LA 7"]
    dots = [i for i in view.unit_item("LA", ELECTORS_VIEW).collidingItems() if isinstance(i, DotItem)]
    assert {part.style for dot in dots for part in dot.parts} == {DotStyle.VOTE}
    assert view.unit_item("LA", MAP_VIEW).bands[0].pattern is None  # Lincoln's colour again
    assert "Not counted" not in state_tooltip(scenario, "LA")


def test_an_absent_elector_is_a_crossed_out_dot(view, catalog):
    scenario = _show(view, catalog, 1832)
    view.set_view(ELECTORS_VIEW)
    absent = [i for i in scenario.election.state("MD").electors if scenario.election.electors[i].absent]
    assert len(absent) == 2
    assert {part.style for i in absent for part in view.scenes.dots[i].parts} == {DotStyle.ABSENT}
    assert "<b>Absent</b>: appointed, but cast no ballot" in elector_tooltip(scenario, absent[0])
    legend = [entry.label for entry in view.scenes.legends[ELECTORS_VIEW].entries]
    assert "Absent: no ballot" in legend


@pytest.mark.parametrize("year", [1800, 1832, 1864, 1872, 2016, 2028])
def test_the_legend_kept_up_by_each_edit_is_the_legend_counted_afresh(view, catalog, year):
    """The legend sums the units' counts as each edit restyles them; after many edits it lists
    the same people, in the same order, as a count of every elector at once."""
    scenario = _show(view, catalog, year)
    rng = random.Random(year)
    election = scenario.election
    people = sorted({name for name in (*scenario.candidate_names(), "John Kasich") if name})
    scenario.subscribe(lambda change: view.refresh(change.electors))  # as the window's session does
    for _ in range(60):
        roll = rng.random()
        if roll < 0.5:
            elector = rng.randrange(len(election.electors))
            vote = rng.choice([*people, BLANK, ABSENT])
            office, other = rng.sample(list(Office), 2)
            if election.pre_12th_amendment and vote == scenario.cast(elector, other):
                continue  # two different persons
            command = SetElectorVote(elector, office, vote)
        elif roll < 0.8:
            unit = rng.choice(election.units)
            command = AssignUnit(unit.id, scenario.ticket_for(rng.choice(scenario.candidate_names())))
        else:
            state = rng.choice(election.states)
            command = SetStateAppointed(state.code, not scenario.is_appointed(state.code))
        scenario.execute(command)
    kept = view.style._map_entries()
    named, blank, undecided = presidential_totals(scenario)
    assert [entry.label for entry in kept[: len(named)]] == sorted(named, key=lambda n: (-named[n], n))
    labels = [entry.label for entry in kept]
    assert ("Blank ballots (how many)" in labels) == (blank > 0)
    assert ("Not yet called" in labels) == (undecided > 0)
    view.set_scenario(scenario)  # every unit counted again
    assert view.style._map_entries() == kept


def test_tooltips_say_how_the_electors_voted(view, catalog):
    scenario = _show(view, catalog, 2016)
    text = view.tooltip_at(_viewport_point(view, *load_geometry().states["TX"].anchor))
    assert "Texas" in text and "38 electors" in text
    assert "Donald Trump 36" in text and "John Kasich 1" in text and "Ron Paul 1" in text
    assert "2 faithless electors" in text
    assert "Maine, District 2" in unit_tooltip(scenario, "ME-2")
    view.set_view(ELECTORS_VIEW)
    dot = view.elector_item(scenario.election.state("TX").electors[36])
    text = view.tooltip_at(view.mapFromScene(dot.scenePos()))
    assert "TX:37" in text and "John Kasich" in text and "faithless" in text


def test_print_friendly_gives_each_candidate_a_hatch_and_a_marker(view, catalog):
    scenario = _show(view, catalog, 2016)
    view.set_print_friendly(True)
    trump_area, clinton_area = view.unit_item("TX"), view.unit_item("CA")
    assert trump_area.bands[0].pattern is not None and clinton_area.bands[0].pattern is not None
    assert trump_area.bands[0].pattern != clinton_area.bands[0].pattern
    tx, ca = scenario.election.state("TX").electors[0], scenario.election.state("CA").electors[0]
    assert view.elector_item(tx).parts[0].marker != view.elector_item(ca).parts[0].marker
    view.set_print_friendly(False)
    assert view.unit_item("TX").bands[0].pattern is None
    assert view.elector_item(tx).parts[0].marker is Marker.CIRCLE


# --- view API ------------------------------------------------------------------------------


def test_select_unit_and_elector(view, catalog):
    _show(view, catalog, 2016)
    assert view.select_unit("TX")
    assert all(item.selected for item in view.unit_items("TX"))
    assert view.select_elector(5)
    assert view.elector_item(5).selected
    assert not any(item.selected for item in view.unit_items("TX"))
    assert not view.select_unit("XX")
    assert view.selection() is None
    assert not view.select_elector(10_000)


def test_selection_survives_a_new_scenario_when_it_still_exists(view, catalog):
    _show(view, catalog, 2016)
    view.select_unit("NE-2")
    _show(view, catalog, 2020)
    assert view.selection() == ("unit", "NE-2")
    _show(view, catalog, 1988)
    assert view.selection() is None


def test_unknown_view_is_refused(view):
    with pytest.raises(ValueError, match="unknown map view"):
        view.set_view("globe")


@pytest.mark.parametrize("which", [MAP_VIEW, ELECTORS_VIEW])
def test_the_scene_fits_the_widget(view, catalog, which):
    _show(view, catalog, 2024, which)
    for size in ((1000, 640), (500, 700), (1200, 300)):
        view.resize(*size)
        mapped = view.mapFromScene(view.sceneRect()).boundingRect()
        viewport = view.viewport().rect()
        assert viewport.adjusted(-2, -2, 2, 2).contains(mapped), (size, mapped, viewport)
        # Fills one dimension: the aspect ratio is kept, not the scale.
        assert mapped.width() >= viewport.width() - 4 or mapped.height() >= viewport.height() - 4


def test_every_tile_fits_in_the_electors_scene(view, catalog):
    _show(view, catalog, 2024, ELECTORS_VIEW)
    scene_rect: QRectF = view.sceneRect()
    for election_state in catalog.election(2024).states:
        tile = view.unit_item(election_state.code, ELECTORS_VIEW)
        assert scene_rect.contains(tile.sceneBoundingRect()), election_state.code
        for index in election_state.electors:
            assert tile.sceneBoundingRect().contains(view.elector_item(index).sceneBoundingRect())


# --- screenshots ----------------------------------------------------------------------------


@pytest.mark.parametrize("year", SCREENSHOT_YEARS)
def test_screenshots_render(qtbot, catalog, tmp_path, year):
    scenario = Scenario(catalog.election(year))
    folder = Path(os.environ.get("EC_WHATIF_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    for which, prefix in ((MAP_VIEW, "map"), (ELECTORS_VIEW, "electors")):
        path = folder / f"{prefix}-{year}.png"
        render_map(scenario, which, str(path), SIZE)
        image = QImage(str(path))
        assert (image.width(), image.height()) == SIZE
        colours = {image.pixel(x, y) for x in range(0, SIZE[0], 25) for y in range(0, SIZE[1], 25)}
        assert len(colours) > 5, f"{path.name} looks empty"
    # The map's pixel at Pennsylvania's anchor has the colour of whoever carried it.
    probe = MapView()
    probe.resize(*SIZE)
    probe.set_scenario(scenario)
    probe.grab()  # lays the hidden widget out as render_map did
    pa = load_geometry().states["PA"]
    pos = probe.mapFromScene(QPointF(pa.anchor[0] - 12, pa.anchor[1] + 10))
    winner = scenario.unit_winner("PA")
    expected = QColor(scenario.color(winner.president))
    actual = QImage(str(folder / f"map-{year}.png")).pixelColor(pos)
    assert abs(actual.red() - expected.red()) + abs(actual.green() - expected.green()) < 12
    probe.deleteLater()


def test_a_double_click_counts_as_two_clicks(qtbot, view, catalog):
    _show(view, catalog, 2016)
    pos = _viewport_point(view, *load_geometry().states["OH"].anchor)
    clicks: list[str] = []
    view.unit_clicked.connect(clicks.append)
    # Through the window, as the platform sends it: press, release, double click, release.
    window_pos = view.viewport().mapTo(view.window(), pos)
    QTest.mouseDClick(
        view.window().windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, window_pos
    )
    assert clicks == ["OH", "OH"]


def test_the_menu_key_asks_for_the_selection_menu(qtbot, view, catalog):
    _show(view, catalog, 2016)
    view.select_unit("TX")
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(5, 5), view.mapToGlobal(QPoint(5, 5)))
    with qtbot.waitSignal(view.unit_menu_requested, timeout=1000) as blocker:
        QApplication.sendEvent(view, event)
    assert blocker.args[0] == "TX"


@pytest.mark.parametrize("year", [1789, 1860, 2016])
def test_the_electors_key_never_covers_a_tile(qtbot, view, catalog, year):
    view.resize(760, 330)  # as in a 1400x860 window: small, so the key's text grows
    _show(view, catalog, year, ELECTORS_VIEW)
    qtbot.wait(20)
    legend = view.scenes.legends[ELECTORS_VIEW].sceneBoundingRect()
    tiles = [
        item.sceneBoundingRect()
        for items in view.scenes.areas.values()
        for item in items
        if item.kind == "tile"
    ]
    assert tiles and not any(legend.intersects(tile) for tile in tiles), year
