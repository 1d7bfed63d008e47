"""The map beside the state tree: a wall map of the states, or a tile per state with a dot per elector.

Two views of one scenario, switched with :meth:`MapView.set_view` (gui.widgets.map.scene builds
them, gui.widgets.map.style colours them). The view never changes the scenario: clicks become
signals, and the panel turns them into undoable commands; :meth:`MapView.refresh` then restyles
the items of the electors that changed, in place.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QHelpEvent,
    QImage,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView, QToolTip, QWidget

from gui.domain.i18n import translate
from gui.domain.scenario import Scenario
from gui.present.tooltips import elector_tooltip, state_tooltip, unit_tooltip
from gui.widgets.map.items import AreaItem, DotItem, OutlineItem
from gui.widgets.map.scene import ELECTORS_VIEW, LABEL_FONT, MAP_VIEW, VIEWS, MapScenes
from gui.widgets.map.style import MapStyle

__all__ = ["ELECTORS_VIEW", "MAP_VIEW", "VIEWS", "MapView", "map_image"]

# A state's label on screen is at least this many pixels high at zoom 1 (and grows with the
# zoom): the map's text stays readable however small the map is drawn.
LABEL_PIXELS = 10.0
MAX_TEXT_SCALE = 3.5  # in a very small map, text this much larger than drawn would hide the map


class MapView(QGraphicsView):
    """A clickable map of the states and their electors. See the module docstring."""

    unit_clicked = Signal(str)
    unit_shift_clicked = Signal(str)  # the same step backwards (a forecast: toward the other side)
    unit_menu_requested = Signal(str, QPoint)
    elector_clicked = Signal(int)
    elector_menu_requested = Signal(int, QPoint)
    selection_changed = Signal(str, str)  # ("unit", unit id) or ("elector", str(index))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scenes = MapScenes(self)
        self.style = MapStyle(self.scenes)
        self._view = MAP_VIEW
        self._selection: tuple[str, str] | None = None
        self._press_handled = False
        self._outlines: list[OutlineItem] = []
        self._zoom = 1.0
        self._show_selection = True
        self._fitting = False
        for scene in self.scenes.scenes.values():
            # A legend that grows or shrinks with an edit changes the scene: fit it again.
            scene.sceneRectChanged.connect(self._on_scene_rect_changed)
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
        self.setScene(self.scenes.scenes[MAP_VIEW])

    # --- public API ---------------------------------------------------------------------------

    @property
    def view(self) -> str:
        return self._view

    @property
    def print_friendly(self) -> bool:
        return self.style.print_friendly

    @property
    def scenario(self) -> Scenario | None:
        return self.style.scenario

    def set_scenario(self, scenario: Scenario) -> None:
        """Show another scenario (a new election or a loaded file): rebuilds the items."""
        self._outlines.clear()  # the rebuild deletes them with the rest
        self.scenes.build(scenario.election)
        self.style.set_scenario(scenario)
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
        self.setScene(self.scenes.scenes[view])
        self.style.update_legends(view)  # only the shown view's legend follows the edits
        self._fit()

    def set_zoom(self, zoom: float) -> None:
        """The window's zoom: the map's labels and legend grow with it."""
        if zoom != self._zoom:
            self._zoom = zoom
            self._fit()

    def set_show_selection(self, show: bool) -> None:
        """Projector mode hides the selection outline: the audience sees the map, not the cursor."""
        if show != self._show_selection:
            self._mark_selection(False)
            self._show_selection = show
            self._mark_selection(True)

    def set_high_contrast(self, on: bool) -> None:
        """Black outlines, heavier, and black text on white halos."""
        if on != self.style.high_contrast:
            self.style.high_contrast = on
            self.refresh_all()

    def label_pixels(self) -> float:
        """How tall a state's label is drawn on screen now (its text size in pixels)."""
        return LABEL_FONT * self.scenes.text_scale * self.transform().m22()

    def set_print_friendly(self, enabled: bool) -> None:
        """Hatch areas and give dots a marker shape per candidate, so a black-and-white print reads."""
        if enabled != self.style.print_friendly:
            self.style.print_friendly = enabled
            self.refresh_all()

    def refresh(self, electors: frozenset[int]) -> None:
        """Restyle, in place, the items of these electors and of their units and states."""
        scenario = self.style.scenario
        if scenario is None:
            return
        seats = [scenario.election.electors[i] for i in electors]
        self.style.note_names(electors)
        self.style.restyle(electors, {seat.unit for seat in seats})
        self.style.update_legends(self._view)

    def refresh_all(self) -> None:
        """Restyle every item (after a colour change, or when switching print-friendly)."""
        scenario = self.style.scenario
        if scenario is None:
            return
        self.style.note_names(range(len(scenario.election.electors)))
        self.style.restyle(list(self.scenes.dots), set(self.scenes.areas))
        self.style.update_legends(self._view)

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
        return list(self.scenes.areas.get(unit_id, []))

    def unit_item(self, unit_id: str, view: str = MAP_VIEW) -> AreaItem | None:
        return self.scenes.unit_item(unit_id, view)

    def elector_item(self, index: int) -> DotItem | None:
        return self.scenes.dots.get(index)

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
        scenario = self.style.scenario
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
                return state_tooltip(scenario, item.state, includes=self.scenes.includes.get(item.state, ()))
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
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                (self.unit_shift_clicked if shift else self.unit_clicked).emit(ident)
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
            return self.scenes.dots.get(int(ident))
        return self.unit_item(ident, self._view)

    def _select(self, kind: str, ident: str, *, emit: bool) -> bool:
        previous = self._selection
        self._mark_selection(False)
        exists = (kind == "unit" and ident in self.scenes.areas) or (
            kind == "elector" and ident.lstrip("-").isdigit() and int(ident) in self.scenes.dots
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
            for item in self.scenes.areas.get(ident, []):
                item.set_selected(on)
                if on and self._show_selection:
                    width = 3.2 if item.scene() is self.scenes.scenes[MAP_VIEW] else 5.0
                    outline = OutlineItem(item.path(), width)
                    item.scene().addItem(outline)
                    self._outlines.append(outline)
        elif (dot := self.scenes.dots.get(int(ident))) is not None:
            dot.set_selected(on and self._show_selection)
        if not on:
            for outline in self._outlines:
                outline.scene().removeItem(outline)
            self._outlines.clear()

    # --- scaling ------------------------------------------------------------------------------

    def _on_scene_rect_changed(self) -> None:
        if not self._fitting and self.sender() is self.scene():
            self._fit()

    def _fit(self) -> None:
        """Fit the scene, then size its text for the screen: labels of at least LABEL_PIXELS at
        zoom 1, more when zoomed; a legend that grows takes room, so fit again (twice settles)."""
        scene = self.scene()
        if scene is None or self._fitting:
            return
        self._fitting = True
        try:
            self._fit_scene(scene)
        finally:
            self._fitting = False

    def _fit_scene(self, scene: QGraphicsScene) -> None:
        viewport = self.viewport()
        base = self.scenes.base_rects[self._view]
        if viewport.width() >= 50 and base.width() > 0 and base.height() > 0:
            scale = min(viewport.width() / base.width(), viewport.height() / base.height())
            wanted = LABEL_PIXELS * self._zoom / (LABEL_FONT * scale)
            # What the view shows around the map at that scale: the legend may take that room
            # and a quarter more, so that it reads: the map is drawn a little smaller for it.
            room = QRectF(
                base.left(), base.top(), viewport.width() / scale * 1.25, viewport.height() / scale * 1.02
            )
            self.scenes.set_text_scale(min(max(1.0, wanted), MAX_TEXT_SCALE), {self._view: room})
        self.fitInView(scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)


def map_image(
    scenario: Scenario,
    view: str,
    size: tuple[int, int] = (1000, 640),
    *,
    print_friendly: bool = False,
) -> QImage:
    """A picture of one view of a scenario (offscreen works): for docs, prints and the CLI."""
    widget = MapView()
    widget.resize(*size)
    widget.set_scenario(scenario)
    widget.set_print_friendly(print_friendly)
    widget.set_view(view)
    image = widget.grab().toImage()
    widget.deleteLater()
    return image
