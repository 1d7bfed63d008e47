"""The map's two scenes for one election, built once: an area per unit (state outline, label
box, district box, tile), labels, a dot per elector and a legend per scene.

``"map"``: states as on a wall map (Albers USA, Alaska and Hawaii inset); small north-eastern
states get label boxes off the coast; Maine's and Nebraska's at-large pair and districts get
small boxes in the years they split. ``"electors"``: NPR's one-to-one tile grid, each tile
holding one dot per elector. Colours are gui.widgets.map.style's business.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsScene

from gui.domain.catalog import Election, OutOfBase, State
from gui.domain.i18n import translate
from gui.domain.map_layout import (
    EXTRA_CALLOUTS,
    EXTRA_TILES,
    StateShape,
    dot_grid,
    drawn_as,
    load_geometry,
    load_tiles,
)
from gui.present.tooltips import absent_tooltip
from gui.widgets.map.items import ABSENT, AreaItem, BadgeItem, Band, DotItem, LabelItem, LegendItem

MAP_VIEW = "map"
ELECTORS_VIEW = "electors"
VIEWS = (MAP_VIEW, ELECTORS_VIEW)

# Map scene, in the 975x610 viewport units of the geometry.
CALLOUT_SIZE = (40.0, 17.0)
DISTRICT_BOX = (18.0, 14.0)
DISTRICT_GAP = 2.0
DC_MARKER_RADIUS = 3.4
MAP_LEGEND = QRectF(848.0, 385.0, 150.0, 221.0)  # where the legend starts; it grows to the right
LABEL_FONT, SMALL_FONT, LEGEND_FONT, LEGEND_TITLE_FONT = 9.5, 8.0, 9.0, 9.5
BADGE_RADIUS = 4.2
FIT = 0.86  # the share of a box's height its label's text may fill
# How tall label boxes may grow with their text (projector mode): callouts are 25 apart.
CALLOUT_ROOM = 23.0
DISTRICT_ROOM = 21.0


@dataclass
class DistrictRow:
    """Maine's or Nebraska's row of unit boxes, laid out again when their labels grow."""

    centre: QPointF
    boxes: list[tuple[AreaItem, LabelItem]]
    state_label: LabelItem | None = None  # the state's own label, above a row inside the state


MAP_MARGIN = 6.0

# Electors scene: a tile is TILE x TILE, drawn with a gap; a header holds the label.
TILE = 100.0
KEY_GAP, KEY_WIDTH = 0.4, 4.0  # tiles: the Electors view's key, in a column right of the grid
TILE_GAP = 4.0
TILE_HEADER = 19.0
TILE_PADDING = 3.5
MAX_DOT_PITCH = 24.0
DOT_RATIO = 0.43  # dot radius / pitch
UNIT_COLUMN = 27.0  # width of the unit boxes in Maine's and Nebraska's tiles


def _font(pixels: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, round(pixels)))
    font.setBold(bold)
    return font


def _rect_path(rect: QRectF, radius: float = 0.0) -> QPainterPath:
    path = QPainterPath()
    if radius:
        path.addRoundedRect(rect, radius, radius)
    else:
        path.addRect(rect)
    return path


def _state_path(shape: StateShape) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for ring in shape.rings:
        path.moveTo(*ring[0])
        for point in ring[1:]:
            path.lineTo(*point)
        path.closeSubpath()
    return path


class MapScenes:
    """Both scenes and every item in them, by unit, state and elector."""

    def __init__(self, owner: QObject) -> None:
        self.geometry = load_geometry()
        self.tiles = load_tiles()
        self.scenes = {name: QGraphicsScene(owner) for name in VIEWS}
        for scene in self.scenes.values():
            scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        # Everything but the legends (which grow with their text): computed once.
        self.base_rects = {MAP_VIEW: self._map_rect(), ELECTORS_VIEW: self._electors_rect()}
        for name, rect in self.base_rects.items():
            self.scenes[name].setSceneRect(rect)
        self.areas: dict[str, list[AreaItem]] = {}  # unit id -> its areas in both scenes
        self.labels: list[tuple[LabelItem, AreaItem]] = []  # a label and the area it sits on
        self.dots: dict[int, DotItem] = {}
        self.includes: dict[str, tuple[str, ...]] = {}  # a state -> present-day states drawn inside it
        self.absent_states = False  # some present-day state was not a state that year
        self.legends: dict[str, LegendItem] = {}
        self.badges: dict[str, list[tuple[BadgeItem, LabelItem]]] = {}  # unit id -> its badges
        self.callouts: list[tuple[AreaItem, QRectF, LabelItem]] = []  # box, its base rect, its label
        self.district_rows: list[DistrictRow] = []
        self.text_scale = 1.0
        # A state's labels that say how many electors it has in the base: (label, in, out).
        self.count_labels: dict[str, list[tuple[LabelItem, list[str], list[str]]]] = {}

    def build(self, election: Election) -> None:
        """Every item of ``election``'s two scenes (what was there before is deleted)."""
        for scene in self.scenes.values():
            scene.clear()
        self.areas.clear()
        self.labels.clear()
        self.dots.clear()
        self.includes.clear()
        self.absent_states = False
        self.legends.clear()
        self.badges.clear()
        self.callouts.clear()
        self.district_rows.clear()
        self.text_scale = 1.0
        self.count_labels.clear()
        self._build_map(election)
        self._build_electors(election)
        self.update_rects()

    def set_text_scale(self, scale: float, rooms: dict[str, QRectF] | None = None) -> None:
        """Labels, badges and legends ``scale`` times their base size (each label no larger than
        its box allows); label boxes off the coast widen to their text. A legend stays within
        its scene's ``rooms`` (what the view shows without drawing the map smaller): past
        that, its text grows less."""
        self.text_scale = scale
        for label, _ in self.labels:
            label.set_scale(scale)
        for view, legend in self.legends.items():
            legend.set_scale(scale)
            room = (rooms or {}).get(view)
            if room is None or room.contains(legend.sceneBoundingRect()):
                continue
            # The largest scale at which it fits (its columns change with its size: search).
            low, high = 1.0, scale
            for _ in range(8):
                middle = (low + high) / 2
                legend.set_scale(middle)
                if room.contains(legend.sceneBoundingRect()):
                    low = middle
                else:
                    high = middle
            legend.set_scale(low)
        for box, base, label in self.callouts:
            text = label.text_rect()
            width, height = max(base.width(), text.width() + 6), max(base.height(), text.height() + 4)
            rect = QRectF(base.left(), base.center().y() - height / 2, width, height)
            box.setPath(_rect_path(rect, 2))
            label.setPos(rect.center())
        for row in self.district_rows:
            self._lay_out_row(row)
        for badges in self.badges.values():
            for badge, label in badges:
                badge.set_scale(label.scale_factor)
                text = label.text_rect()
                badge.setPos(
                    label.pos() + QPointF(text.right() + badge.radius * 0.8, text.top() + badge.radius * 0.3)
                )
        self.update_rects()

    @staticmethod
    def _lay_out_row(row: DistrictRow) -> None:
        """Each box as wide and tall as its label needs (at least its first size), side by side
        around the row's centre; the state's label just above a row inside the state."""
        base_width, base_height = DISTRICT_BOX
        widths = [max(base_width, label.text_rect().width() + 5) for _, label in row.boxes]
        height = max([base_height, *(label.text_rect().height() + 4 for _, label in row.boxes)])
        left = row.centre.x() - (sum(widths) + DISTRICT_GAP * (len(widths) - 1)) / 2
        top = row.centre.y() - height / 2
        for (box, label), width in zip(row.boxes, widths, strict=True):
            rect = QRectF(left, top, width, height)
            box.setPath(_rect_path(rect, 2))
            label.setPos(rect.center())
            left += width + DISTRICT_GAP
        if row.state_label is not None:
            text = row.state_label.text_rect()
            row.state_label.setPos(row.state_label.x(), top - 2 - text.bottom())

    def update_rects(self) -> None:
        """Each scene's rectangle: everything drawn, the legend as it is laid out now."""
        for view, base in self.base_rects.items():
            rect = QRectF(base)
            legend = self.legends.get(view)
            if legend is not None:
                rect = rect.united(legend.sceneBoundingRect().adjusted(0, 0, MAP_MARGIN, MAP_MARGIN))
            for box, _, _ in self.callouts if view == MAP_VIEW else []:
                rect = rect.united(box.sceneBoundingRect().adjusted(0, 0, MAP_MARGIN, 0))
            if rect != self.scenes[view].sceneRect():
                self.scenes[view].setSceneRect(rect)

    def unit_item(self, unit_id: str, view: str = MAP_VIEW) -> AreaItem | None:
        """The main area of a unit in a view: the outline (or district box) on the map, the tile
        (or unit box) in the electors view."""
        scene = self.scenes[view]
        for item in self.areas.get(unit_id, []):
            if item.scene() is scene and item.kind in {"state", "district", "tile", "unit_box", "callout"}:
                return item
        return None

    def _map_rect(self) -> QRectF:
        rect = QRectF()
        for shape in self.geometry.states.values():
            rect = rect.united(_state_path(shape).boundingRect())
            if shape.callout:
                rect = rect.united(self._callout_rect(shape.callout))
            if shape.district_boxes:
                rect = rect.united(self._district_rects(shape.district_boxes, shape.district_count)[-1])
        rect = rect.united(MAP_LEGEND.adjusted(0, 0, 0, -MAP_LEGEND.height() + 1))
        return rect.adjusted(-MAP_MARGIN, -MAP_MARGIN, MAP_MARGIN, MAP_MARGIN)

    def _electors_rect(self) -> QRectF:
        """The grid and the key's column beside it (the text is sized for both)."""
        width = self.tiles.width + KEY_GAP + KEY_WIDTH
        return QRectF(0, 0, width * TILE, self.tiles.rows * TILE).adjusted(-4, -4, 4, 4)

    @staticmethod
    def _callout_rect(centre: tuple[float, float]) -> QRectF:
        width, height = CALLOUT_SIZE
        return QRectF(centre[0] - width / 2, centre[1] - height / 2, width, height)

    @staticmethod
    def _district_rects(centre: tuple[float, float], count: int) -> list[QRectF]:
        width, height = DISTRICT_BOX
        total = count * width + (count - 1) * DISTRICT_GAP
        left = centre[0] - total / 2
        return [
            QRectF(left + n * (width + DISTRICT_GAP), centre[1] - height / 2, width, height)
            for n in range(count)
        ]

    def _add_area(self, scene: QGraphicsScene, area: AreaItem, z: float) -> AreaItem:
        area.setZValue(z)
        scene.addItem(area)
        if area.unit_id:
            self.areas.setdefault(area.unit_id, []).append(area)
        return area

    def _add_label(
        self,
        scene: QGraphicsScene,
        lines: list[str],
        font: QFont,
        centre: QPointF,
        on: AreaItem,
        *,
        box_height: float | None = None,
        badge: bool = False,
    ) -> LabelItem:
        """A label on an area; in a box of ``box_height`` it grows only as far as the box holds
        it; ``badge``: the unit's blank-ballot badge goes beside it."""
        max_scale = (
            4.0 if box_height is None else max(1.0, box_height * FIT / (font.pixelSize() * len(lines)))
        )
        label = LabelItem(lines, font, centre, max_scale)
        scene.addItem(label)
        self.labels.append((label, on))
        if badge and on.unit_id:
            item = BadgeItem(on.unit_id, centre, BADGE_RADIUS)
            scene.addItem(item)
            self.badges.setdefault(on.unit_id, []).append((item, label))
        return label

    def _count_label(self, code: str, label: LabelItem, counted: list[str], out: list[str]) -> None:
        """A label that reads ``counted`` while the state's electors are in the base, else ``out``."""
        self.count_labels.setdefault(code, []).append((label, counted, out))

    def _build_map(self, election: Election) -> None:
        scene = self.scenes[MAP_VIEW]
        paths: dict[str, QPainterPath] = {}
        for code, shape in self.geometry.states.items():
            owner = drawn_as(election, shape)
            if owner is None:
                area = AreaItem(_state_path(shape), None, code, "absent")
                area.note = absent_tooltip(
                    shape.name, election.year, not_ratified=code in election.not_ratified
                )
                self.absent_states = True
                self._add_area(scene, area, -1)
                area.set_look((Band(ABSENT, None),), QPen(QColor("#d0d0d0"), 0.5))
            else:
                path = _state_path(shape)
                # A state not yet admitted is drawn inside the one it was part of.
                paths[owner] = paths[owner].united(path) if owner in paths else path
                if owner != code:
                    self.includes[owner] = (*self.includes.get(owner, ()), shape.name)
        label_font = _font(LABEL_FONT, bold=True)
        small_font = _font(SMALL_FONT, bold=True)
        for state in election.states:
            shape = self.geometry.states.get(state.code)
            if shape is None:  # a state the what-if adds (Puerto Rico): a label box of its own
                rect = self._callout_rect(EXTRA_CALLOUTS[state.code])
                item = AreaItem(_rect_path(rect, 2), state.code, state.code, "callout")
                box = self._add_area(scene, item, 2)
                self._add_label(scene, [" ".join(self._label_lines(state))], small_font, rect.center(), box)
                continue
            area = self._add_area(scene, AreaItem(paths[state.code], state.code, state.code, "state"), 0)
            label = self._label_lines(state)
            districts = [u for u in state.units if u != state.code]
            label_centre = QPointF(*shape.anchor)
            district_row: DistrictRow | None = None
            if districts and shape.district_boxes:
                rects = self._district_rects(shape.district_boxes, len(state.units))
                district_row = DistrictRow(QPointF(*shape.district_boxes), [])
                for unit_id, rect in zip(state.units, rects, strict=True):
                    box = self._add_area(
                        scene, AreaItem(_rect_path(rect, 2), unit_id, state.code, "district"), 6
                    )
                    text = self._add_label(
                        scene,
                        [self._unit_short(state, unit_id)],
                        _font(SMALL_FONT, bold=True),
                        rect.center(),
                        box,
                        box_height=DISTRICT_ROOM,
                        badge=True,
                    )
                    district_row.boxes.append((box, text))
                self.district_rows.append(district_row)
                row = rects[0].united(rects[-1])
                if area.path().contains(row.center()):
                    # Boxes inside the state: the state's label goes just above them.
                    label_centre = QPointF(shape.anchor[0], row.top() - 11)
                else:
                    self._add_leader(scene, self._nearest_vertex(shape, row.topLeft()), row)
                    district_row = None  # the state's label stays where it is
            if shape.callout:
                rect = self._callout_rect(shape.callout)
                box = self._add_area(
                    scene, AreaItem(_rect_path(rect, 2), state.code, state.code, "callout"), 2
                )
                text = self._add_label(
                    scene,
                    [" ".join(label)],
                    small_font,
                    rect.center(),
                    box,
                    box_height=CALLOUT_ROOM,
                    badge=True,
                )
                self.callouts.append((box, QRectF(rect), text))
                if state.electors:
                    self._count_label(state.code, text, [" ".join(label)], [state.code])
                self._add_leader(scene, QPointF(*shape.anchor), rect)
                if state.code == "DC":
                    marker = QPainterPath()
                    marker.addEllipse(QPointF(*shape.anchor), DC_MARKER_RADIUS, DC_MARKER_RADIUS)
                    self._add_area(scene, AreaItem(marker, state.code, state.code, "marker"), 5)
            else:
                own = self._add_label(
                    scene, label, label_font, label_centre, area, badge=len(state.units) == 1
                )
                if district_row is not None:
                    district_row.state_label = own
                if state.electors:
                    self._count_label(state.code, own, label, [state.code])
        self.legends[MAP_VIEW] = legend = LegendItem(
            MAP_LEGEND, _font(LEGEND_FONT), _font(LEGEND_TITLE_FONT, bold=True)
        )
        scene.addItem(legend)

    @staticmethod
    def _unit_short(state: State, unit_id: str) -> str:
        """ "AL" for the at-large pair (as in "MT-AL"), the district number otherwise."""
        return "AL" if unit_id == state.code else unit_id.split("-")[1]

    @staticmethod
    def _nearest_vertex(shape: StateShape, target: QPointF) -> QPointF:
        x, y = min(
            (p for ring in shape.rings for p in ring),
            key=lambda p: (p[0] - target.x()) ** 2 + (p[1] - target.y()) ** 2,
        )
        return QPointF(x, y)

    @staticmethod
    def _label_lines(state: State) -> list[str]:
        return [state.code, str(len(state.electors))] if state.electors else [state.code]

    @staticmethod
    def _add_leader(scene: QGraphicsScene, anchor: QPointF, box: QRectF) -> None:
        # From the state to the nearest point of the box's outline.
        end = QPointF(
            min(max(anchor.x(), box.left()), box.right()), min(max(anchor.y(), box.top()), box.bottom())
        )
        line = QGraphicsLineItem(anchor.x(), anchor.y(), end.x(), end.y())
        line.setPen(QPen(QColor("#555555"), 0.6))
        line.setZValue(1)
        line.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        scene.addItem(line)

    def _tile_rect(self, code: str) -> QRectF:
        col, row = self.tiles.tiles[code] if code in self.tiles.tiles else EXTRA_TILES[code]
        half_gap = TILE_GAP / 2
        return QRectF(col / 2 * TILE + half_gap, row * TILE + half_gap, TILE - TILE_GAP, TILE - TILE_GAP)

    def _build_electors(self, election: Election) -> None:
        scene = self.scenes[ELECTORS_VIEW]
        header_font = _font(12.5, bold=True)
        extra = sorted(code for code in EXTRA_TILES if election.has_state(code))
        for code in sorted(self.tiles.tiles) + extra:
            rect = self._tile_rect(code)
            if not election.has_state(code):
                shape = self.geometry.states[code]
                owner = drawn_as(election, shape)
                area = AreaItem(_rect_path(rect, 6), None, code, "absent")
                part_of = election.state(owner).name if owner else ""
                area.note = absent_tooltip(
                    shape.name, election.year, part_of, not_ratified=code in election.not_ratified
                )
                self._add_area(scene, area, -1)
                outline = QPen(QColor("#cfcfcf"), 1.0)
                outline.setStyle(Qt.PenStyle.DotLine)
                area.set_look((Band(QColor("#fafafa"), None),), outline)
                label = LabelItem(
                    [code], header_font, QPointF(rect.center().x(), rect.top() + TILE_HEADER / 2 + 2)
                )
                label.set_colors(QColor("#c4c4c4"), None)
                scene.addItem(label)
                continue
            state = election.state(code)
            tile = self._add_area(scene, AreaItem(_rect_path(rect, 6), code, code, "tile"), 0)
            header = f"{code} {len(state.electors)}" if state.electors else code
            label = self._add_label(
                scene,
                [header],
                header_font,
                QPointF(rect.center().x(), rect.top() + TILE_HEADER / 2 + 2),
                tile,
                box_height=TILE_HEADER,
            )
            if state.electors:
                self._count_label(code, label, [header], [code])
            body = rect.adjusted(TILE_PADDING, TILE_HEADER, -TILE_PADDING, -TILE_PADDING)
            if not state.appointed:
                # A state that did not vote: a note at the bottom, its empty seats above it.
                if state.out is OutOfBase.NOT_APPOINTED:
                    note = translate("map", "not appointed")
                elif state.allotted:
                    note = translate("map", "no votes counted")
                else:
                    note = translate("map", "did not vote")
                label = LabelItem([note], _font(10.0), QPointF(rect.center().x(), rect.bottom() - 10))
                label.set_colors(QColor("#555555"), None)
                scene.addItem(label)
                if state.electors:  # a class can count them: the note goes when they are
                    self._count_label(code, label, [""], [note])
                body.setBottom(body.bottom() - 14)
            if len(state.units) > 1:
                self._build_unit_rows(scene, election, state, body)
            else:
                self._place_dots(scene, election, list(state.electors), state.allotted, body)
        # Beside the grid, on the right (the view is wider than the grid): never over a tile,
        # however many people the year names.
        rect = QRectF((self.tiles.width + KEY_GAP) * TILE, 6, KEY_WIDTH * TILE, self.tiles.rows * TILE - 12)
        self.legends[ELECTORS_VIEW] = legend = LegendItem(rect, _font(12.0), _font(14.0, bold=True))
        scene.addItem(legend)

    def _build_unit_rows(self, scene: QGraphicsScene, election: Election, state: State, body: QRectF) -> None:
        """Maine and Nebraska: one row per unit, its box on the left and its dots beside it."""
        height = body.height() / len(state.units)
        for n, unit_id in enumerate(state.units):
            row = QRectF(body.left(), body.top() + n * height, body.width(), height)
            box_rect = QRectF(row.left(), row.top() + 1, UNIT_COLUMN, row.height() - 2)
            box = self._add_area(scene, AreaItem(_rect_path(box_rect, 3), unit_id, state.code, "unit_box"), 1)
            text = self._unit_short(state, unit_id)
            self._add_label(
                scene,
                [text],
                _font(min(11.0, height * 0.6), bold=True),
                box_rect.center(),
                box,
                box_height=box_rect.height(),
            )
            dots = row.adjusted(UNIT_COLUMN + 3, 0, 0, 0)
            electors = list(election.unit(unit_id).electors)
            self._place_dots(scene, election, electors, len(electors), dots)

    def _place_dots(
        self, scene: QGraphicsScene, election: Election, electors: list[int], seats: int, box: QRectF
    ) -> None:
        """One dot per elector, then a dashed circle per seat no elector filled."""
        slots = max(seats, len(electors))
        grid = dot_grid(slots, box.width(), box.height())
        if not slots:
            return
        pitch = min(grid.pitch, MAX_DOT_PITCH)
        grid = type(grid)(grid.columns, grid.rows, pitch)
        radius = pitch * DOT_RATIO
        for n in range(slots):
            x, y = grid.centre(n, box.left(), box.top(), box.width(), box.height())
            if n < len(electors):
                index = electors[n]
                dot = DotItem(index, election.electors[index].unit, QPointF(x, y), radius)
                scene.addItem(dot)
                self.dots[index] = dot
            else:
                pen = QPen(QColor("#8a8a8a"), radius * 0.16)
                pen.setStyle(Qt.PenStyle.DashLine)
                seat = scene.addEllipse(QRectF(x - radius, y - radius, 2 * radius, 2 * radius), pen)
                seat.setToolTip(translate("map", "A seat no elector filled (or whose vote was not counted)"))
                seat.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
