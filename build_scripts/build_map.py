"""Build the map geometry the app ships, from the public sources in ``../shared/data``.

    python build_scripts/build_map.py [--shared PATH] [--check]

Writes ``resources/map/states.json`` (state outlines in the 975x610 Albers USA viewport of
us-atlas, simplified, with a label anchor each) and ``resources/map/tiles.json`` (one tile per
state, from NPR's one-to-one tile grid as published by Pitch Interactive's tilegrams). The
output is deterministic: the same inputs always give the same bytes. ``--check`` writes nothing
and exits 1 if a committed file differs from what the sources give.

TopoJSON is decoded here with the standard library only (arcs are quantized and delta-encoded;
``transform`` turns them back into viewport coordinates). Arcs are simplified before rings are
assembled, so neighbouring states keep exactly the same shared border.
"""

from __future__ import annotations

import heapq
import json
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from outputs import run_build

REPO = Path(__file__).resolve().parents[1]
OUTPUT_DIR = REPO / "resources" / "map"
STATES_OUTPUT = OUTPUT_DIR / "states.json"
TILES_OUTPUT = OUTPUT_DIR / "tiles.json"
FORMAT_VERSION = 1

ATLAS = Path("us-atlas-npm") / "states-albers-10m.json"
TILEGRAM = Path("pitchinteractive-tilegrams") / "npr-one-to-one.json"
FIPS = Path("pitchinteractive-tilegrams") / "fips-to-state.json"

VIEWPORT = (975, 610)  # d3.geoAlbersUsa().scale(1300).translate([487.5, 305])
TOLERANCE = 0.3  # viewport units: below a pixel at the sizes the map is shown
MIN_ISLAND_AREA = 1.5  # square viewport units; smaller islands vanish at any usable size

# Where a state too small for its label on the map gets a label box off the coast, with a
# leader line from the state, as wall maps do (the box's centre, viewport units). The column
# is ordered so that the leader lines do not cross.
CALLOUTS: dict[str, tuple[float, float]] = {
    "VT": (846.0, 74.0),
    "NH": (964.0, 172.0),
    "MA": (964.0, 197.0),
    "RI": (964.0, 222.0),
    "CT": (964.0, 247.0),
    "NJ": (964.0, 272.0),
    "DE": (964.0, 297.0),
    "MD": (964.0, 322.0),
    "DC": (964.0, 347.0),
    "HI": (352.0, 572.0),
}

# The row of boxes for Maine's and Nebraska's at-large pair and districts: its centre (viewport
# units) and how many boxes it must hold (Maine: at large + 2 districts since 1972; Nebraska:
# at large + 3 since 1992). Maine's is off its coast, Nebraska's inside the state under its label.
DISTRICT_BOXES: dict[str, tuple[float, float, int]] = {
    "ME": (966.0, 140.0, 3),
    "NE": (445.0, 251.0, 4),
}

# Present-day states that voted as part of another state before their admission: the map draws
# them inside that state in those years. (Kentucky: Virginia until June 1792; Maine:
# Massachusetts until March 1820; West Virginia: Virginia until June 1863.)
FORMED_FROM: dict[str, tuple[str, int]] = {
    "KY": ("VA", 1792),
    "ME": ("MA", 1820),
    "WV": ("VA", 1863),
}

Point = tuple[float, float]
Ring = list[Point]


# --- TopoJSON decoding ------------------------------------------------------------------------


def decode_arcs(topology: dict) -> list[Ring]:
    """Absolute coordinates of every arc (quantized arcs are delta-encoded integers)."""
    transform = topology.get("transform")
    arcs: list[Ring] = []
    for arc in topology["arcs"]:
        if transform is None:
            arcs.append([(float(x), float(y)) for x, y, *_ in arc])
            continue
        (kx, ky), (dx, dy) = transform["scale"], transform["translate"]
        x = y = 0
        points: Ring = []
        for step_x, step_y, *_ in arc:
            x += step_x
            y += step_y
            points.append((x * kx + dx, y * ky + dy))
        arcs.append(points)
    return arcs


def assemble_ring(arcs: list[Ring], indices: list[int]) -> Ring:
    """A ring from its arcs; a negative index ``~i`` means arc ``i`` reversed."""
    ring: Ring = []
    for index in indices:
        points = arcs[index] if index >= 0 else arcs[~index][::-1]
        ring.extend(points if not ring else points[1:])
    return ring


def geometry_polygons(geometry: dict) -> list[list[list[int]]]:
    """Polygons (lists of rings, as arc indices) of a Polygon or MultiPolygon."""
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["arcs"]
    raise SystemExit(f"unexpected geometry type {geometry['type']!r} for id {geometry.get('id')}")


# --- geometry helpers -------------------------------------------------------------------------


def _segment_distance(p: Point, a: Point, b: Point) -> float:
    (px, py), (ax, ay), (bx, by) = p, a, b
    vx, vy = bx - ax, by - ay
    length2 = vx * vx + vy * vy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((px - ax) * vx + (py - ay) * vy) / length2))
    return math.hypot(px - (ax + t * vx), py - (ay + t * vy))


def simplify(points: Ring, tolerance: float) -> Ring:
    """Douglas-Peucker with fixed end points (arcs are shared, so ends must not move)."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        worst, worst_index = -1.0, -1
        for i in range(first + 1, last):
            d = _segment_distance(points[i], points[first], points[last])
            if d > worst:
                worst, worst_index = d, i
        if worst > tolerance:
            keep[worst_index] = True
            stack.extend([(first, worst_index), (worst_index, last)])
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def ring_area(ring: Ring) -> float:
    """Signed area (shoelace)."""
    return 0.5 * sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True))


def _inside(point: Point, rings: list[Ring]) -> bool:
    """Even-odd rule over all rings (holes included)."""
    x, y = point
    inside = False
    for ring in rings:
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (y0 > y) != (y1 > y) and x < (x1 - x0) * (y - y0) / (y1 - y0) + x0:
                inside = not inside
    return inside


def _signed_distance(point: Point, rings: list[Ring]) -> float:
    """Distance to the nearest edge, negative outside."""
    nearest = min(
        _segment_distance(point, a, b)
        for ring in rings
        for a, b in zip(ring, ring[1:] + ring[:1], strict=True)
    )
    return nearest if _inside(point, rings) else -nearest


def label_anchor(rings: list[Ring], precision: float = 0.25) -> tuple[Point, float]:
    """The interior point farthest from the outline ("pole of inaccessibility") and that distance.

    Best-first search over square cells: a cell can hold a point at most ``d + half * sqrt 2``
    from the edge, so cells that cannot beat the best point found are dropped.
    """
    xs = [x for ring in rings for x, _ in ring]
    ys = [y for ring in rings for _, y in ring]
    min_x, min_y, max_x, max_y = min(xs), min(ys), max(xs), max(ys)
    size = min(max_x - min_x, max_y - min_y)
    if size == 0:
        return (min_x, min_y), 0.0
    half = size / 2
    cells: list[tuple[float, float, float, float, float]] = []

    def push(x: float, y: float, h: float) -> None:
        d = _signed_distance((x, y), rings)
        heapq.heappush(cells, (-(d + h * math.sqrt(2)), d, x, y, h))

    y = min_y
    while y < max_y:
        x = min_x
        while x < max_x:
            push(x + half, y + half, half)
            x += size
        y += size
    # Start from the area centroid, a good first guess for compact shapes.
    area = sum(ring_area(r) for r in rings)
    cx = cy = 0.0
    for ring in rings:
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
            cross = x0 * y1 - x1 * y0
            cx += (x0 + x1) * cross
            cy += (y0 + y1) * cross
    best = (cx / (6 * area), cy / (6 * area)) if area else (min_x + half, min_y + half)
    best_d = _signed_distance(best, rings)
    while cells:
        bound, d, x, y, h = heapq.heappop(cells)
        if d > best_d:
            best, best_d = (x, y), d
        if -bound - best_d <= precision:
            continue
        h /= 2
        for sx in (-h, h):
            for sy in (-h, h):
                push(x + sx, y + sy, h)
    return best, best_d


def _round(value: float) -> float | int:
    rounded = round(value, 1)
    return int(rounded) if rounded == int(rounded) else rounded


def _flat(ring: Ring) -> list[float | int]:
    return [_round(c) for point in ring for c in point]


# --- the build --------------------------------------------------------------------------------


def _state_codes(shared: Path) -> dict[str, tuple[str, str]]:
    raw = json.loads((shared / FIPS).read_text(encoding="utf-8"))
    return {fips: (entry["name_short"], entry["name"]) for fips, entry in raw.items()}


def build_states(shared: Path) -> str:
    topology = json.loads((shared / ATLAS).read_text(encoding="utf-8"))
    codes = _state_codes(shared)
    arcs = [simplify(arc, TOLERANCE) for arc in decode_arcs(topology)]
    states: dict[str, dict] = {}
    for geometry in topology["objects"]["states"]["geometries"]:
        code, upper_name = codes[geometry["id"]]
        name = geometry["properties"]["name"]
        if name.upper() != upper_name:
            raise SystemExit(f"FIPS {geometry['id']}: atlas says {name!r}, the FIPS table {upper_name!r}")
        polygons = []
        for polygon in geometry_polygons(geometry):
            rings = [_dedupe([(_round(x), _round(y)) for x, y in assemble_ring(arcs, r)]) for r in polygon]
            rings = [r for r in rings if len(r) >= 3]
            if rings:
                polygons.append(rings)
        polygons.sort(key=lambda rings: -abs(ring_area(rings[0])))
        kept = [polygons[0]] + [p for p in polygons[1:] if abs(ring_area(p[0])) >= MIN_ISLAND_AREA]
        (ax, ay), radius = label_anchor(kept[0])
        entry: dict[str, object] = {
            "name": name,
            "fips": geometry["id"],
            "anchor": [_round(ax), _round(ay)],
            "radius": _round(radius),
        }
        if code in CALLOUTS:
            entry["callout"] = list(CALLOUTS[code])
        if code in DISTRICT_BOXES:
            entry["district_boxes"] = list(DISTRICT_BOXES[code])
        if code in FORMED_FROM:
            parent, admitted = FORMED_FROM[code]
            entry["formed_from"] = {"state": parent, "admitted": admitted}
        entry["rings"] = [_flat(ring) for rings in kept for ring in rings]
        states[code] = entry
    if len(states) != 51:
        raise SystemExit(f"expected 50 states and DC, found {len(states)}")
    lines = [
        f"{json.dumps(code)}:{json.dumps(states[code], separators=(',', ':'))}" for code in sorted(states)
    ]
    body = ",\n".join(lines)
    head = json.dumps({"format": FORMAT_VERSION, "viewport": list(VIEWPORT)}, separators=(",", ":"))[:-1]
    return f'{head},"states":{{\n{body}\n}}}}\n'


def _dedupe(ring: Ring) -> Ring:
    out: Ring = []
    for point in ring:
        if not out or point != out[-1]:
            out.append(point)
    if len(out) > 1 and out[0] == out[-1]:
        out.pop()
    return out


def build_tiles(shared: Path) -> str:
    """Grid positions of NPR's one-to-one tiles.

    The tilegram draws pointy-top hexagons with the y axis pointing up; rows alternate by half
    a tile. We keep that offset grid: ``col`` counts half tiles from the left, ``row`` whole
    rows from the top, so a tile spans ``col/2 .. col/2 + 1`` tile widths.
    """
    topology = json.loads((shared / TILEGRAM).read_text(encoding="utf-8"))
    codes = _state_codes(shared)
    size = topology["properties"]["tilegramTileSize"]
    half_width, row_height = size["width"] / 2, size["height"] * 0.75  # hexagon row spacing
    arcs = decode_arcs(topology)
    centres: dict[str, Point] = {}
    for geometry in topology["objects"]["tiles"]["geometries"]:
        points = [p for rings in geometry_polygons(geometry) for r in rings for p in assemble_ring(arcs, r)]
        xs, ys = [x for x, _ in points], [y for _, y in points]
        centres[codes[geometry["id"]][0]] = ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)
    if len(centres) != 51:
        raise SystemExit(f"expected 51 tiles, found {len(centres)}")
    left = min(x for x, _ in centres.values())
    top = max(y for _, y in centres.values())
    tiles: dict[str, list[int]] = {}
    for code, (x, y) in centres.items():
        col, row = (x - left) / half_width, (top - y) / row_height
        if abs(col - round(col)) > 0.05 or abs(row - round(row)) > 0.05:
            raise SystemExit(f"tile {code} is off the grid ({col:.2f}, {row:.2f})")
        tiles[code] = [round(col), round(row)]
    taken = [tuple(v) for v in tiles.values()]
    if len(set(taken)) != len(taken):
        raise SystemExit("two tiles share a grid position")
    columns = max(c for c, _ in tiles.values()) + 2
    rows = max(r for _, r in tiles.values()) + 1
    lines = [f"{json.dumps(code)}:{json.dumps(tiles[code], separators=(',', ':'))}" for code in sorted(tiles)]
    body = ",\n".join(lines)
    return f'{{"format":{FORMAT_VERSION},"half_columns":{columns},"rows":{rows},"tiles":{{\n{body}\n}}}}\n'


def build(shared: Path) -> dict[Path, str]:
    return {STATES_OUTPUT: build_states(shared), TILES_OUTPUT: build_tiles(shared)}


def main(argv: list[str] | None = None) -> int:
    return run_build(__doc__.splitlines()[0], build, "build_map.py", argv)


if __name__ == "__main__":
    raise SystemExit(main())
