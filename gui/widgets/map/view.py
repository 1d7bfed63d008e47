"""The map beside the state tree: a wall map of the states, or a tile per state with a dot per elector.

Two views of one scenario, switched with :meth:`MapView.set_view`:

* ``"map"``: states as on a wall map (Albers USA, Alaska and Hawaii inset), coloured by who
  carried them; small north-eastern states get label boxes off the coast; Maine's and
  Nebraska's at-large pair and districts get small boxes in the years they split.
* ``"electors"``: NPR's one-to-one tile grid, each tile holding one dot per elector, coloured by
  the elector's vote for President (both votes, side by side, before the 12th Amendment).

The view never changes the scenario: clicks become signals, and the window turns them into
undoable commands, then calls :meth:`MapView.refresh` with the electors that changed, which
restyles those items in place. Items are built once per scenario (:meth:`set_scenario`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsView,
    QToolTip,
    QWidget,
)

from gui.domain.breakdown import carried_shares, carried_totals
from gui.domain.catalog import Election, State
from gui.domain.i18n import QT_TRANSLATE_NOOP, translate
from gui.domain.map_layout import StateShape, dot_grid, drawn_as, load_geometry, load_tiles
from gui.domain.scenario import Ballot, Office, Scenario
from gui.present.tooltips import absent_tooltip, elector_tooltip, state_tooltip, unit_tooltip
from gui.widgets.map.items import (
    ABSENT,
    BLANK,
    GREYED,
    INK,
    MARKERS,
    PATTERNS,
    AreaItem,
    Band,
    DotItem,
    DotPart,
    DotStyle,
    LabelItem,
    LegendEntry,
    LegendItem,
    Marker,
    OutlineItem,
    is_dark,
    lighter,
)

MAP_VIEW = "map"
ELECTORS_VIEW = "electors"
VIEWS = (MAP_VIEW, ELECTORS_VIEW)

# Map scene, in the 975x610 viewport units of the geometry.
CALLOUT_SIZE = (40.0, 17.0)
DISTRICT_BOX = (18.0, 14.0)
DISTRICT_GAP = 2.0
DC_MARKER_RADIUS = 3.4
MAP_LEGEND = QRectF(848.0, 420.0, 150.0, 186.0)
MAP_MARGIN = 6.0

# Electors scene: a tile is TILE x TILE, drawn with a gap; a header holds the label.
TILE = 100.0
TILE_GAP = 4.0
TILE_HEADER = 19.0
TILE_PADDING = 3.5
MAX_DOT_PITCH = 24.0
DOT_RATIO = 0.43  # dot radius / pitch
UNIT_COLUMN = 27.0  # width of the unit boxes in Maine's and Nebraska's tiles

UNDECIDED_NAME = ""
DISTRICTS_NOTE = (  # English here; shown through translate("map", ...)
    QT_TRANSLATE_NOOP("map", "AL: at-large pair (ME, NE)"),
    QT_TRANSLATE_NOOP("map", "1-3: congressional districts"),
)


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


class MapView(QGraphicsView):
    """A clickable map of the states and their electors. See the module docstring."""

    unit_clicked = Signal(str)
    unit_menu_requested = Signal(str, QPoint)
    elector_clicked = Signal(int)
    elector_menu_requested = Signal(int, QPoint)
    selection_changed = Signal(str, str)  # ("unit", unit id) or ("elector", str(index))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._geometry = load_geometry()
        self._tiles = load_tiles()
        self._scenes = {name: QGraphicsScene(self) for name in VIEWS}
        for scene in self._scenes.values():
            scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self._scenes[MAP_VIEW].setSceneRect(self._map_rect())
        self._scenes[ELECTORS_VIEW].setSceneRect(self._electors_rect())
        self._view = MAP_VIEW
        self._print_friendly = False
        self._scenario: Scenario | None = None
        self._areas: dict[str, list[AreaItem]] = {}  # unit id -> its areas in both scenes
        self._labels: list[tuple[LabelItem, AreaItem]] = []  # a label and the area it sits on
        self._dots: dict[int, DotItem] = {}
        self._includes: dict[str, tuple[str, ...]] = {}
        self._absent_states = False  # some present-day state was not a state that year
        self._style_index: dict[str, int] = {}
        self._selection: tuple[str, str] | None = None
        self._press_handled = False
        self._outlines: list[OutlineItem] = []
        self._legends: dict[str, LegendItem] = {}
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setBackgroundBrush(QColor("#ffffff"))
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(320, 200)
        self.setAccessibleName(translate("map", "Map of the states and their electors"))
        self.setScene(self._scenes[MAP_VIEW])

    # --- public API ---------------------------------------------------------------------------

    @property
    def view(self) -> str:
        return self._view

    @property
    def print_friendly(self) -> bool:
        return self._print_friendly

    @property
    def scenario(self) -> Scenario | None:
        return self._scenario

    def set_scenario(self, scenario: Scenario) -> None:
        """Show another scenario (a new election or a loaded file): rebuilds the items."""
        self._scenario = scenario
        for scene in self._scenes.values():
            scene.clear()
        self._areas.clear()
        self._labels.clear()
        self._outlines.clear()  # scene.clear() deleted them
        self._dots.clear()
        self._includes.clear()
        self._absent_states = False
        self._legends.clear()
        self._style_index = self._rank_names(scenario)
        self._build_map(scenario.election)
        self._build_electors(scenario.election)
        self.refresh_all()
        kind, ident = self._selection or ("", "")
        if not (kind == "unit" and self.select_unit(ident)) and not (
            kind == "elector" and self.select_elector(int(ident))
        ):
            self._selection = None

    def set_view(self, view: str) -> None:
        """``"map"`` (geographic) or ``"electors"`` (a dot per elector)."""
        if view not in VIEWS:
            raise ValueError(f"unknown map view {view!r}; use one of {', '.join(VIEWS)}")
        self._view = view
        self.setScene(self._scenes[view])
        self._update_legends()  # only the shown view's legend follows the edits
        self._fit()

    def set_print_friendly(self, enabled: bool) -> None:
        """Hatch areas and give dots a marker shape per candidate, so a black-and-white print reads."""
        if enabled != self._print_friendly:
            self._print_friendly = enabled
            self.refresh_all()

    def refresh(self, electors: frozenset[int]) -> None:
        """Restyle, in place, the items of these electors and of their units and states."""
        scenario = self._scenario
        if scenario is None:
            return
        seats = [scenario.election.electors[i] for i in electors]
        for name in self._names_in_use(scenario, [s.index for s in seats]):
            self._style_index.setdefault(name, len(self._style_index))
        for seat in seats:
            self._restyle_dot(seat.index)
        self._restyle_units({seat.unit for seat in seats})
        self._update_legends()

    def refresh_all(self) -> None:
        """Restyle every item (after a colour change, or when switching print-friendly)."""
        scenario = self._scenario
        if scenario is None:
            return
        for name in self._names_in_use(scenario, range(scenario.election.appointed)):
            self._style_index.setdefault(name, len(self._style_index))
        for index in self._dots:
            self._restyle_dot(index)
        self._restyle_units(set(self._areas))
        self._update_legends()

    def select_unit(self, unit_id: str) -> bool:
        """Highlight a unit (``TX``, ``ME-2``); False, and nothing selected, if it has no item.
        Does not emit ``selection_changed`` (only user clicks do)."""
        return self._select("unit", unit_id, emit=False)

    def select_elector(self, index: int) -> bool:
        """Highlight an elector's dot; False, and nothing selected, if there is no such elector."""
        return self._select("elector", str(index), emit=False)

    def selection(self) -> tuple[str, str] | None:
        return self._selection

    def unit_items(self, unit_id: str) -> list[AreaItem]:
        """The areas that stand for a unit (state outline, label box, district box, tile)."""
        return list(self._areas.get(unit_id, []))

    def unit_item(self, unit_id: str, view: str = MAP_VIEW) -> AreaItem | None:
        """The main area of a unit in a view: the outline (or district box) on the map, the tile
        (or unit box) in the electors view."""
        scene = self._scenes[view]
        for item in self._areas.get(unit_id, []):
            if item.scene() is scene and item.kind in {"state", "district", "tile", "unit_box"}:
                return item
        return None

    def elector_item(self, index: int) -> DotItem | None:
        return self._dots.get(index)

    def hit(self, viewport_pos: QPoint) -> tuple[str, str] | None:
        """What a click at this viewport position selects: ("unit", id), ("elector", index) or None."""
        for item in self.items(viewport_pos):
            if isinstance(item, DotItem):
                return ("elector", str(item.index))
            if isinstance(item, AreaItem) and item.unit_id:
                return ("unit", item.unit_id)
        return None

    def tooltip_at(self, viewport_pos: QPoint) -> str:
        """The hover text at a viewport position (built when asked, so it is always current)."""
        scenario = self._scenario
        if scenario is None:
            return ""
        for item in self.items(viewport_pos):
            if isinstance(item, DotItem):
                return elector_tooltip(scenario, item.index)
            if isinstance(item, AreaItem):
                if item.unit_id is None:
                    return item.note
                if item.kind in {"district", "unit_box"}:
                    return unit_tooltip(scenario, item.unit_id)
                return state_tooltip(scenario, item.state, includes=self._includes.get(item.state, ()))
            if item.toolTip():
                return item.toolTip()
        return ""

    # --- events -------------------------------------------------------------------------------

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        button = event.button()
        if button not in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            super().mousePressEvent(event)
            return
        # The map takes every left and right click, on a unit or not (nothing else wants them).
        self._press_handled = True
        event.accept()
        target = self.hit(event.position().toPoint())
        if target is None:
            return
        kind, ident = target
        self._select(kind, ident, emit=True)
        if button == Qt.MouseButton.LeftButton:
            if kind == "unit":
                self.unit_clicked.emit(ident)
            else:
                self.elector_clicked.emit(int(ident))
        else:
            self._request_menu(kind, ident, event.globalPosition().toPoint())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press_handled:
            # The press did what a click does; the release belongs to it.
            self._press_handled = False
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        # Qt 6 delivers the second press of a double click as this event only: it is a click
        # like any other (clicking a unit cycles its winner, so a quick pair acts twice).
        self.mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        clickable = self.hit(event.position().toPoint()) is not None
        self.viewport().setCursor(
            Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
        )
        super().mouseMoveEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        # Mouse right-clicks are handled on press; the menu key asks for the selection's menu.
        if event.reason() == QContextMenuEvent.Reason.Keyboard and self._selection:
            kind, ident = self._selection
            item = self._selected_item()
            pos = (
                self.viewport().mapToGlobal(self.mapFromScene(item.sceneBoundingRect().center()))
                if item is not None
                else event.globalPos()
            )
            self._request_menu(kind, ident, pos)
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    # --- selection ----------------------------------------------------------------------------

    def _request_menu(self, kind: str, ident: str, pos: QPoint) -> None:
        if kind == "unit":
            self.unit_menu_requested.emit(ident, pos)
        else:
            self.elector_menu_requested.emit(int(ident), pos)

    def _selected_item(self) -> QGraphicsItem | None:
        if self._selection is None:
            return None
        kind, ident = self._selection
        if kind == "elector":
            return self._dots.get(int(ident))
        return self.unit_item(ident, self._view)

    def _select(self, kind: str, ident: str, *, emit: bool) -> bool:
        previous = self._selection
        self._mark_selection(False)
        exists = (kind == "unit" and ident in self._areas) or (
            kind == "elector" and ident.lstrip("-").isdigit() and int(ident) in self._dots
        )
        self._selection = (kind, ident) if exists else None
        self._mark_selection(True)
        if emit and self._selection and self._selection != previous:
            self.selection_changed.emit(kind, ident)
        return exists

    def _mark_selection(self, on: bool) -> None:
        if self._selection is None:
            return
        kind, ident = self._selection
        if kind == "unit":
            for item in self._areas.get(ident, []):
                item.set_selected(on)
                if on:
                    width = 3.2 if item.scene() is self._scenes[MAP_VIEW] else 5.0
                    outline = OutlineItem(item.path(), width)
                    item.scene().addItem(outline)
                    self._outlines.append(outline)
        elif (dot := self._dots.get(int(ident))) is not None:
            dot.set_selected(on)
        if not on:
            for outline in self._outlines:
                outline.scene().removeItem(outline)
            self._outlines.clear()

    # --- scaling ------------------------------------------------------------------------------

    def _fit(self) -> None:
        scene = self.scene()
        if scene is not None:
            self.fitInView(scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def _map_rect(self) -> QRectF:
        rect = QRectF()
        for shape in self._geometry.states.values():
            rect = rect.united(_state_path(shape).boundingRect())
            if shape.callout:
                rect = rect.united(self._callout_rect(shape.callout))
            if shape.district_boxes:
                rect = rect.united(self._district_rects(shape.district_boxes, shape.district_count)[-1])
        rect = rect.united(MAP_LEGEND)
        return rect.adjusted(-MAP_MARGIN, -MAP_MARGIN, MAP_MARGIN, MAP_MARGIN)

    def _electors_rect(self) -> QRectF:
        return QRectF(0, 0, self._tiles.width * TILE, self._tiles.rows * TILE).adjusted(-4, -4, 4, 4)

    # --- building the map ---------------------------------------------------------------------

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
            self._areas.setdefault(area.unit_id, []).append(area)
        return area

    def _add_label(
        self, scene: QGraphicsScene, lines: list[str], font: QFont, centre: QPointF, on: AreaItem
    ) -> None:
        label = LabelItem(lines, font, centre)
        scene.addItem(label)
        self._labels.append((label, on))

    def _build_map(self, election: Election) -> None:
        scene = self._scenes[MAP_VIEW]
        paths: dict[str, QPainterPath] = {}
        for code, shape in self._geometry.states.items():
            owner = drawn_as(election, shape)
            if owner is None:
                area = AreaItem(_state_path(shape), None, code, "absent")
                area.note = absent_tooltip(shape.name, election.year)
                self._absent_states = True
                self._add_area(scene, area, -1)
                area.set_look((Band(ABSENT, None),), QPen(QColor("#d0d0d0"), 0.5))
            else:
                path = _state_path(shape)
                # A state not yet admitted is drawn inside the one it was part of.
                paths[owner] = paths[owner].united(path) if owner in paths else path
                if owner != code:
                    self._includes[owner] = (*self._includes.get(owner, ()), shape.name)
        label_font = _font(9.5, bold=True)
        small_font = _font(8.0, bold=True)
        for state in election.states:
            shape = self._geometry.states[state.code]
            area = self._add_area(scene, AreaItem(paths[state.code], state.code, state.code, "state"), 0)
            label = self._label_lines(state)
            districts = [u for u in state.units if u != state.code]
            label_centre = QPointF(*shape.anchor)
            if districts and shape.district_boxes:
                rects = self._district_rects(shape.district_boxes, len(state.units))
                for unit_id, rect in zip(state.units, rects, strict=True):
                    box = self._add_area(
                        scene, AreaItem(_rect_path(rect, 2), unit_id, state.code, "district"), 6
                    )
                    self._add_label(
                        scene, [self._unit_short(state, unit_id)], _font(8.0, bold=True), rect.center(), box
                    )
                row = rects[0].united(rects[-1])
                if area.path().contains(row.center()):
                    # Boxes inside the state: the state's label goes just above them.
                    label_centre = QPointF(shape.anchor[0], row.top() - 11)
                else:
                    self._add_leader(scene, self._nearest_vertex(shape, row.topLeft()), row)
            if shape.callout:
                rect = self._callout_rect(shape.callout)
                box = self._add_area(
                    scene, AreaItem(_rect_path(rect, 2), state.code, state.code, "callout"), 2
                )
                self._add_label(scene, [" ".join(label)], small_font, rect.center(), box)
                self._add_leader(scene, QPointF(*shape.anchor), rect)
                if state.code == "DC":
                    marker = QPainterPath()
                    marker.addEllipse(QPointF(*shape.anchor), DC_MARKER_RADIUS, DC_MARKER_RADIUS)
                    self._add_area(scene, AreaItem(marker, state.code, state.code, "marker"), 5)
            else:
                self._add_label(scene, label, label_font, label_centre, area)
        self._legends[MAP_VIEW] = legend = LegendItem(MAP_LEGEND, _font(8.0), _font(8.5, bold=True))
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
        return [state.code, str(state.appointed)] if state.appointed else [state.code]

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

    # --- building the electors view -------------------------------------------------------------

    def _tile_rect(self, code: str) -> QRectF:
        col, row = self._tiles.tiles[code]
        half_gap = TILE_GAP / 2
        return QRectF(col / 2 * TILE + half_gap, row * TILE + half_gap, TILE - TILE_GAP, TILE - TILE_GAP)

    def _build_electors(self, election: Election) -> None:
        scene = self._scenes[ELECTORS_VIEW]
        header_font = _font(12.5, bold=True)
        for code in sorted(self._tiles.tiles):
            rect = self._tile_rect(code)
            shape = self._geometry.states[code]
            if not election.has_state(code):
                owner = drawn_as(election, shape)
                area = AreaItem(_rect_path(rect, 6), None, code, "absent")
                part_of = election.state(owner).name if owner else ""
                area.note = absent_tooltip(shape.name, election.year, part_of)
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
            header = f"{code} {state.appointed}" if state.appointed else code
            self._add_label(
                scene,
                [header],
                header_font,
                QPointF(rect.center().x(), rect.top() + TILE_HEADER / 2 + 2),
                tile,
            )
            body = rect.adjusted(TILE_PADDING, TILE_HEADER, -TILE_PADDING, -TILE_PADDING)
            if not state.appointed:
                # A state that did not vote: a note at the bottom, its empty seats above it.
                note = (
                    translate("map", "no votes counted")
                    if state.allotted
                    else translate("map", "did not vote")
                )
                label = LabelItem([note], _font(10.0), QPointF(rect.center().x(), rect.bottom() - 10))
                label.set_colors(QColor("#555555"), None)
                scene.addItem(label)
                body.setBottom(body.bottom() - 14)
            if len(state.units) > 1:
                self._build_unit_rows(scene, election, state, body)
            else:
                self._place_dots(scene, election, list(state.electors), state.allotted, body)
        rect = QRectF(1.62 * TILE, 6, 8.8 * TILE, 1.9 * TILE)
        self._legends[ELECTORS_VIEW] = legend = LegendItem(rect, _font(12.0), _font(14.0, bold=True))
        scene.addItem(legend)

    def _build_unit_rows(self, scene: QGraphicsScene, election: Election, state: State, body: QRectF) -> None:
        """Maine and Nebraska: one row per unit, its box on the left and its dots beside it."""
        height = body.height() / len(state.units)
        for n, unit_id in enumerate(state.units):
            row = QRectF(body.left(), body.top() + n * height, body.width(), height)
            box_rect = QRectF(row.left(), row.top() + 1, UNIT_COLUMN, row.height() - 2)
            box = self._add_area(scene, AreaItem(_rect_path(box_rect, 3), unit_id, state.code, "unit_box"), 1)
            text = self._unit_short(state, unit_id)
            self._add_label(scene, [text], _font(min(11.0, height * 0.6), bold=True), box_rect.center(), box)
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
                self._dots[index] = dot
            else:
                pen = QPen(QColor("#8a8a8a"), radius * 0.16)
                pen.setStyle(Qt.PenStyle.DashLine)
                seat = scene.addEllipse(QRectF(x - radius, y - radius, 2 * radius, 2 * radius), pen)
                seat.setToolTip(translate("map", "A seat no elector filled (or whose vote was not counted)"))
                seat.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    # --- styling ------------------------------------------------------------------------------

    @staticmethod
    def _names_in_use(scenario: Scenario, electors: Iterable[int]) -> list[str]:
        names: list[str] = []
        for i in electors:
            pledge = scenario.pledge(i)
            names.extend([pledge.president, pledge.vice_president])
            names.extend(scenario.cast(i, office) for office in Office)
        return [n for n in dict.fromkeys(names) if n]

    @staticmethod
    def _rank_names(scenario: Scenario) -> dict[str, int]:
        """Hatches and markers go to the most-voted people first (the most distinct ones):
        presidential candidates, then running mates (both votes count alike before 1804)."""
        offices = list(Office) if scenario.election.pre_12th_amendment else [Office.PRESIDENT]
        first: Counter[str] = Counter()
        rest: Counter[str] = Counter()
        for i in range(scenario.election.appointed):
            pledge = scenario.pledge(i)
            for office in Office:
                pledged = pledge.for_office(office)
                (first if office in offices else rest).update([pledged, scenario.cast(i, office)])
        ranked = sorted(first, key=lambda name: (-first[name], name))
        ranked += sorted(set(rest) - set(first), key=lambda name: (-rest[name], name))
        return {name: n for n, name in enumerate(n for n in ranked if n != UNDECIDED_NAME)}

    def _pattern(self, name: str) -> Qt.BrushStyle | None:
        if not self._print_friendly or not name:
            return None
        return PATTERNS[self._style_index.get(name, 0) % len(PATTERNS)]

    def _marker(self, name: str) -> Marker:
        if not self._print_friendly or not name:
            return Marker.CIRCLE
        return MARKERS[self._style_index.get(name, 0) % len(MARKERS)]

    def _color(self, name: str) -> QColor:
        assert self._scenario is not None
        return QColor(self._scenario.color(name))

    def _unit_bands(self, unit_id: str, tint: bool) -> tuple[Band, ...]:
        assert self._scenario is not None
        shares = carried_shares(self._scenario, self._scenario.election.unit(unit_id).electors)
        if not shares:
            return (Band(GREYED, None if tint else self._greyed_pattern()),)
        bands = []
        for name, count in shares:
            color = self._color(name)
            if tint:
                bands.append(Band(lighter(color, 0.86 if self._print_friendly else 0.78), None, count))
            else:
                fill = lighter(color, 0.55) if self._print_friendly and name else color
                bands.append(Band(fill, self._pattern(name), count))
        return tuple(bands)

    def _greyed_pattern(self) -> Qt.BrushStyle:
        return Qt.BrushStyle.Dense7Pattern

    def _restyle_units(self, units: set[str]) -> None:
        touched: set[AreaItem] = set()
        for unit_id in units:
            for area in self._areas.get(unit_id, []):
                self._restyle_area(area)
                touched.add(area)
        for label, area in self._labels:
            if area in touched:
                self._color_label(label, area)

    def _restyle_area(self, area: AreaItem) -> None:
        assert area.unit_id is not None
        if area.kind == "tile":
            outline = QPen(QColor("#9a9a9a"), 1.0)
            area.set_look(self._unit_bands(area.unit_id, tint=True), outline)
            return
        bands = self._unit_bands(area.unit_id, tint=False)
        if area.kind == "state":
            outline = QPen(QColor("#ffffff") if not self._print_friendly else INK, 0.6)
        elif area.kind == "marker":
            outline = QPen(INK, 0.9)
        else:
            outline = QPen(QColor("#404040"), 0.7)
        area.set_look(bands, outline)

    def _color_label(self, label: LabelItem, area: AreaItem) -> None:
        bands = area.bands
        solid = len(bands) == 1 and bands[0].pattern is None
        if solid and is_dark(bands[0].color):
            label.set_colors(QColor("#ffffff"), None)
        elif solid:
            label.set_colors(INK, None)
        else:
            label.set_colors(INK, QColor(255, 255, 255, 230))

    def _dot_part(self, index: int, office: Office) -> DotPart:
        assert self._scenario is not None
        kind = self._scenario.ballot(index, office)
        if kind is Ballot.BLANK:
            return DotPart(BLANK, DotStyle.BLANK, Marker.CIRCLE)
        if kind is Ballot.UNDECIDED:
            return DotPart(self._color(UNDECIDED_NAME), DotStyle.UNDECIDED, Marker.CIRCLE)
        name = self._scenario.cast(index, office)
        return DotPart(self._color(name), DotStyle.VOTE, self._marker(name))

    def _restyle_dot(self, index: int) -> None:
        scenario = self._scenario
        dot = self._dots.get(index)
        if scenario is None or dot is None:
            return
        if scenario.election.pre_12th_amendment:
            parts = (self._dot_part(index, Office.PRESIDENT), self._dot_part(index, Office.VICE_PRESIDENT))
            faithless = any(scenario.is_faithless(index, office) for office in Office)
            dot.set_look(parts, faithless, False)
        else:
            dot.set_look(
                (self._dot_part(index, Office.PRESIDENT),),
                scenario.is_faithless(index, Office.PRESIDENT),
                scenario.is_faithless(index, Office.VICE_PRESIDENT),
            )

    # --- legends ------------------------------------------------------------------------------

    def _update_legends(self) -> None:
        scenario = self._scenario
        if scenario is None or not self._legends:
            return
        election = scenario.election
        if self._view == MAP_VIEW:  # the other view's legend is brought up to date when shown
            self._legends[MAP_VIEW].set_content(
                translate("map", "{year}: who carried each state").format(year=election.year),
                self._map_entries(),
            )
            return
        if election.pre_12th_amendment:
            title = translate("map", "{year}: one dot per elector, both votes for President (halves)")
        else:
            title = translate("map", "{year}: one dot per elector, by vote for President")
        title = title.format(year=election.year)
        self._legends[ELECTORS_VIEW].set_content(title, self._elector_entries())

    def _map_entries(self) -> tuple[LegendEntry, ...]:
        scenario = self._scenario
        assert scenario is not None
        counts = carried_totals(scenario)
        entries = [
            LegendEntry(name, swatch=self._unit_bands_for(name))
            for name in sorted(counts, key=lambda n: (-counts[n], n))
            if name
        ]
        if counts.get(UNDECIDED_NAME):
            entries.append(
                LegendEntry(translate("map", "Undecided"), swatch=Band(self._color(UNDECIDED_NAME), None))
            )
        if any(not s.appointed for s in scenario.election.states):
            entries.append(
                LegendEntry(
                    translate("map", "No electors counted"), swatch=Band(GREYED, self._greyed_pattern())
                )
            )
        if self._absent_states:
            entries.append(LegendEntry(translate("map", "Not a state"), swatch=Band(ABSENT, None)))
        if any(len(s.units) > 1 for s in scenario.election.states):
            entries.extend(LegendEntry(translate("map", line)) for line in DISTRICTS_NOTE)
        return tuple(entries)

    def _unit_bands_for(self, name: str) -> Band:
        fill = self._color(name)
        return Band(lighter(fill, 0.55) if self._print_friendly else fill, self._pattern(name))

    def _elector_entries(self) -> tuple[LegendEntry, ...]:
        scenario = self._scenario
        assert scenario is not None
        offices = list(Office) if scenario.election.pre_12th_amendment else [Office.PRESIDENT]
        counts: Counter[str] = Counter()
        blank = undecided = faithless = False
        for i in self._dots:
            for office in offices:
                kind = scenario.ballot(i, office)
                if kind is Ballot.BLANK:
                    blank = True
                elif kind is Ballot.UNDECIDED:
                    undecided = True
                else:
                    counts[scenario.cast(i, office)] += 1
            faithless = faithless or any(scenario.is_faithless(i, office) for office in Office)
        entries = [
            LegendEntry(name, dot=DotPart(self._color(name), DotStyle.VOTE, self._marker(name)))
            for name in sorted(counts, key=lambda n: (-counts[n], n))
        ]
        grey = QColor("#bdbdbd")
        entries.append(
            LegendEntry(
                translate("map", "Faithless elector"),
                dot=DotPart(grey, DotStyle.VOTE, Marker.CIRCLE),
                faithless=True,
            )
        )
        if blank:
            entries.append(
                LegendEntry(
                    translate("map", "Blank ballot"), dot=DotPart(BLANK, DotStyle.BLANK, Marker.CIRCLE)
                )
            )
        if undecided:
            entries.append(
                LegendEntry(
                    translate("map", "Undecided"),
                    dot=DotPart(self._color(UNDECIDED_NAME), DotStyle.UNDECIDED, Marker.CIRCLE),
                )
            )
        if any(s.allotted > s.appointed for s in scenario.election.states):
            entries.append(LegendEntry(translate("map", "Seat not filled or not counted"), empty_seat=True))
        if any(len(s.units) > 1 for s in scenario.election.states):
            entries.extend(LegendEntry(translate("map", line)) for line in DISTRICTS_NOTE)
        return tuple(entries)


def render_map(
    scenario: Scenario,
    view: str,
    path: str,
    size: tuple[int, int] = (1000, 640),
    *,
    print_friendly: bool = False,
) -> None:
    """Save a picture of one view of a scenario (offscreen works): for docs, prints and the CLI."""
    widget = MapView()
    widget.resize(*size)
    widget.set_scenario(scenario)
    widget.set_print_friendly(print_friendly)
    widget.set_view(view)
    if not widget.grab().save(path):
        raise OSError(translate("map", "could not write {path}").format(path=path))
    widget.deleteLater()
