"""The shipped map geometry and tile grid: up to date, complete for every election, sound."""

from __future__ import annotations

import math
from importlib import resources

import build_map
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gui.domain.breakdown import unit_breakdown
from gui.domain.map_layout import (
    StateShape,
    dot_grid,
    drawn_as,
    load_geometry,
    load_tiles,
)
from gui.domain.scenario import Scenario

MAX_RESOURCE_BYTES = 300_000


@pytest.mark.slow
def test_map_resources_are_up_to_date_with_the_build_script(shared_data):
    for path, text in build_map.build(shared_data).items():
        assert path.read_text(encoding="utf-8") == text, (
            f"{path.name} is stale: run build_scripts/build_map.py"
        )


@pytest.mark.slow
def test_map_build_is_deterministic(shared_data):
    assert build_map.build(shared_data) == build_map.build(shared_data)


@pytest.mark.slow
def test_check_flag_passes_on_the_committed_output(shared_data):
    assert build_map.main(["--shared", str(shared_data), "--check"]) == 0


def test_map_resources_are_small():
    folder = resources.files("gui.resources").joinpath("map")
    total = sum(len(folder.joinpath(name).read_bytes()) for name in ("states.json", "tiles.json"))
    assert total < MAX_RESOURCE_BYTES


def test_every_state_of_every_election_has_a_shape_and_a_tile(catalog):
    geometry, tiles = load_geometry(), load_tiles()
    for election in catalog.elections():
        for state in election.states:
            assert state.code in geometry.states, (election.year, state.code)
            assert state.code in tiles.tiles, (election.year, state.code)
    assert len(geometry.states) == len(tiles.tiles) == 51


def _inside(shape: StateShape, x: float, y: float) -> bool:
    inside = False
    for ring in shape.rings:
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (y0 > y) != (y1 > y) and x < (x1 - x0) * (y - y0) / (y1 - y0) + x0:
                inside = not inside
    return inside


def test_label_anchors_are_inside_their_state():
    for code, shape in load_geometry().states.items():
        assert shape.radius > 0, code
        assert _inside(shape, *shape.anchor), code


def test_shapes_lie_in_the_albers_viewport():
    geometry = load_geometry()
    width, height = geometry.viewport
    assert (width, height) == (975, 610)
    for code, shape in geometry.states.items():
        for ring in shape.rings:
            assert len(ring) >= 3, code
            for x, y in ring:
                assert -60 <= x <= width and 0 <= y <= height, (code, x, y)


def test_tiles_form_an_offset_grid_without_overlap():
    tiles = load_tiles()
    positions = list(tiles.tiles.values())
    assert len(set(positions)) == len(positions)
    # Rows alternate by half a tile, so column + row has the same parity everywhere.
    assert len({(col + row) % 2 for col, row in positions}) == 1
    for col, row in positions:
        assert 0 <= col <= tiles.half_columns - 2 and 0 <= row < tiles.rows
    # Neighbours in the same row are at least a whole tile apart.
    for col, row in positions:
        assert (col + 1, row) not in tiles.tiles


def test_tile_grid_keeps_the_country_shape():
    tiles = load_tiles().tiles
    assert tiles["WA"][0] < tiles["MT"][0] < tiles["MN"][0] < tiles["NY"][0]  # west to east
    assert tiles["ME"][1] < tiles["NY"][1] < tiles["VA"][1] < tiles["FL"][1]  # north to south
    assert tiles["TX"][1] > tiles["OK"][1]


def test_states_formed_from_others_are_drawn_inside_them(catalog):
    shapes = load_geometry().states
    assert drawn_as(catalog.election(1860), shapes["WV"]) == "VA"
    assert drawn_as(catalog.election(1864), shapes["WV"]) == "WV"
    assert drawn_as(catalog.election(1816), shapes["ME"]) == "MA"
    assert drawn_as(catalog.election(1820), shapes["ME"]) == "ME"
    assert drawn_as(catalog.election(1789), shapes["KY"]) == "VA"
    assert drawn_as(catalog.election(1792), shapes["KY"]) == "KY"
    assert drawn_as(catalog.election(1860), shapes["KS"]) is None
    assert drawn_as(catalog.election(1789), shapes["VT"]) is None


@given(
    count=st.integers(min_value=1, max_value=60),
    width=st.floats(min_value=5, max_value=200),
    height=st.floats(min_value=5, max_value=200),
)
def test_dot_grid_holds_every_dot_inside_the_box(count, width, height):
    grid = dot_grid(count, width, height)
    assert grid.columns * grid.rows >= count
    assert grid.columns * grid.pitch <= width + 1e-6
    assert grid.rows * grid.pitch <= height + 1e-6
    # No worse than the obvious square-ish layout.
    columns = math.ceil(math.sqrt(count))
    assert grid.pitch >= min(width / columns, height / math.ceil(count / columns)) - 1e-9
    for n in range(count):
        x, y = grid.centre(n, 0, 0, width, height)
        assert grid.pitch / 2 - 1e-6 <= x <= width - grid.pitch / 2 + 1e-6
        assert grid.pitch / 2 - 1e-6 <= y <= height - grid.pitch / 2 + 1e-6


def test_dot_grid_for_the_largest_delegation():
    grid = dot_grid(55, 85, 69)
    assert (grid.columns, grid.rows) == (8, 7)


@pytest.mark.parametrize("count", [0, -1])
def test_dot_grid_of_nothing_is_empty(count):
    assert dot_grid(count, 10, 10).columns == 0


def carried(scenario: Scenario, unit_id: str) -> list[tuple[str, int]]:
    return list(unit_breakdown(scenario, unit_id).carried)


def test_carried_shares_count_both_votes_before_the_12th_amendment(catalog):
    scenario = Scenario(catalog.election(1800))
    shares = dict(carried(scenario, "NY"))
    assert shares == {"Thomas Jefferson": 12, "Aaron Burr": 12}
    scenario = Scenario(catalog.election(2016))
    assert carried(scenario, "PA") == [("Donald Trump", 20)]
    assert carried(Scenario(catalog.election(2028)), "TX") == [("", 40)]


def test_carried_shares_of_a_split_state(catalog):
    scenario = Scenario(catalog.election(1860))
    assert carried(scenario, "NJ") == [("Abraham Lincoln", 4), ("Stephen A. Douglas", 3)]
