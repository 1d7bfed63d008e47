"""The map's geometry and layout, without Qt: state outlines, tiles, and where dots go.

``resources/map/states.json`` and ``tiles.json`` are made by ``build_scripts/build_map.py``;
views (gui.widgets.map) turn what this module gives into graphics items.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from gui.domain.resource_data import parse_data

if TYPE_CHECKING:
    from gui.domain.catalog import Election

STATES_RESOURCE = "map/states.json"
TILES_RESOURCE = "map/tiles.json"

Point = tuple[float, float]
# States an apportionment what-if adds that the shipped map has no outline or tile for: Puerto
# Rico gets a label box below the District of Columbia's (map units) and a tile east of Florida.
EXTRA_CALLOUTS: dict[str, Point] = {"PR": (964.0, 380.0)}
EXTRA_TILES: dict[str, tuple[int, int]] = {"PR": (20, 7)}


@dataclass(frozen=True)
class StateShape:
    code: str
    name: str
    anchor: Point  # an interior point, the best place for a label
    radius: float  # distance from the anchor to the nearest edge
    rings: tuple[tuple[Point, ...], ...]  # exterior rings and holes; even-odd fill
    callout: Point | None = None  # centre of the label box off the coast, if the state is small
    district_boxes: Point | None = None  # centre of the row of at-large/district boxes
    district_count: int = 0  # how many boxes that row holds at most
    formed_from: tuple[str, int] | None = None  # (state it was part of, year admitted)


@dataclass(frozen=True)
class MapGeometry:
    viewport: tuple[float, float]
    states: dict[str, StateShape]


@dataclass(frozen=True)
class TileGrid:
    """NPR's one-to-one tile grid: ``col`` in half tiles (rows are offset by half a tile)."""

    half_columns: int
    rows: int
    tiles: dict[str, tuple[int, int]]  # code -> (col, row)

    @property
    def width(self) -> float:
        """In tile widths."""
        return self.half_columns / 2


def _pairs(flat: list[float]) -> tuple[Point, ...]:
    return tuple((float(flat[i]), float(flat[i + 1])) for i in range(0, len(flat), 2))


def parse_geometry(text: str) -> MapGeometry:
    raw = parse_data(text, "map")
    states = {}
    for code, entry in raw["states"].items():
        formed = entry.get("formed_from")
        states[code] = StateShape(
            code=code,
            name=entry["name"],
            anchor=(float(entry["anchor"][0]), float(entry["anchor"][1])),
            radius=float(entry["radius"]),
            rings=tuple(_pairs(ring) for ring in entry["rings"]),
            callout=tuple(entry["callout"]) if "callout" in entry else None,
            district_boxes=tuple(entry["district_boxes"][:2]) if "district_boxes" in entry else None,
            district_count=int(entry["district_boxes"][2]) if "district_boxes" in entry else 0,
            formed_from=(formed["state"], int(formed["admitted"])) if formed else None,
        )
    width, height = raw["viewport"]
    return MapGeometry((float(width), float(height)), states)


def parse_tiles(text: str) -> TileGrid:
    raw = parse_data(text, "tile")
    tiles = {code: (int(col), int(row)) for code, (col, row) in raw["tiles"].items()}
    return TileGrid(int(raw["half_columns"]), int(raw["rows"]), tiles)


@cache
def load_geometry() -> MapGeometry:
    """The state outlines shipped with the app (read once)."""
    return parse_geometry(resources.files("gui.resources").joinpath(STATES_RESOURCE).read_text("utf-8"))


@cache
def load_tiles() -> TileGrid:
    """The tile grid shipped with the app (read once)."""
    return parse_tiles(resources.files("gui.resources").joinpath(TILES_RESOURCE).read_text("utf-8"))


def drawn_as(election: Election, shape: StateShape) -> str | None:
    """The state of ``election`` whose outline includes this present-day state, or None.

    A state draws itself when it voted (or was listed) that year; before its admission a state
    carved out of another one (Kentucky, Maine, West Virginia) is drawn inside that one.
    """
    if election.has_state(shape.code):
        return shape.code
    if shape.formed_from:
        parent, admitted = shape.formed_from
        if election.year < admitted and election.has_state(parent):
            return parent
    return None


# --- dots -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DotGrid:
    columns: int
    rows: int
    pitch: float  # distance between dot centres

    def centre(self, n: int, left: float, top: float, width: float, height: float) -> Point:
        """Centre of the ``n``-th dot (row by row) in a box, the grid centred in it."""
        row, col = divmod(n, self.columns)
        x0 = left + (width - self.columns * self.pitch) / 2
        y0 = top + (height - self.rows * self.pitch) / 2
        return (x0 + (col + 0.5) * self.pitch, y0 + (row + 0.5) * self.pitch)


def dot_grid(count: int, width: float, height: float) -> DotGrid:
    """The rows and columns that give ``count`` dots the largest pitch in a width x height box."""
    if count <= 0 or width <= 0 or height <= 0:
        return DotGrid(0, 0, 0.0)
    best = DotGrid(1, count, 0.0)
    for columns in range(1, count + 1):
        rows = math.ceil(count / columns)
        pitch = min(width / columns, height / rows)
        # Prefer fewer rows on ties: full rows read better than a lone dot at the bottom.
        if pitch > best.pitch + 1e-9:
            best = DotGrid(columns, rows, pitch)
    return best
