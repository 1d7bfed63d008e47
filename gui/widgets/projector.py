"""Projector mode, zoom and high contrast: the same window, readable from the back of a room."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

ZOOM_STEPS = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.5, 3.0)
PROJECTOR_ZOOM = 2.0  # type read from the back of a room on a 1920x1080 projector


def high_contrast_palette() -> QPalette:
    palette = QPalette()
    black, white = QColor("#000000"), QColor("#FFFFFF")
    for role in (
        QPalette.ColorRole.Window,
        QPalette.ColorRole.Base,
        QPalette.ColorRole.Button,
        QPalette.ColorRole.AlternateBase,
        QPalette.ColorRole.ToolTipBase,
    ):
        palette.setColor(role, white)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.ToolTipText,
        QPalette.ColorRole.Highlight,
    ):
        palette.setColor(role, black)
    palette.setColor(QPalette.ColorRole.HighlightedText, white)
    return palette


class Projector(QObject):
    """Owns the window's zoom, full-screen projector mode and high contrast. ``chrome`` gives the
    editing widgets projector mode hides; views that draw their own text follow the signals."""

    zoom_changed = Signal(float)
    contrast_changed = Signal(bool)
    projector_changed = Signal(bool)

    def __init__(self, window: QMainWindow, chrome: Callable[[], list[QWidget]]) -> None:
        super().__init__(window)
        self._window = window
        self._chrome = chrome
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._app = app
        self._base_point_size = app.font().pointSizeF()
        self._normal_palette = QGuiApplication.palette()
        self.zoom = 1.0
        self.projector = False
        self.high_contrast = False
        self._hidden: list[QWidget] = []
        self._was_maximized = False

    # --- zoom ----------------------------------------------------------------------------------

    def set_zoom(self, zoom: float) -> None:
        self.zoom = min(max(zoom, ZOOM_STEPS[0]), ZOOM_STEPS[-1])
        font = QFont(self._app.font())
        font.setPointSizeF(self._base_point_size * self.zoom)
        self._app.setFont(font)
        self.zoom_changed.emit(self.zoom)

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOM_STEPS if z > self.zoom + 1e-9), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        self.set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < self.zoom - 1e-9), ZOOM_STEPS[0]))

    def reset_zoom(self) -> None:
        self.set_zoom(1.0)

    # --- projector mode ------------------------------------------------------------------------

    def set_projector(self, on: bool, *, full_screen: bool = True) -> None:
        """Full screen, large type, the map and charts large, editing chrome hidden (F11 again
        brings everything back)."""
        if on == self.projector:
            return
        self.projector = on
        window = self._window
        if on:
            self._was_maximized = window.isMaximized()
            self._hidden = [w for w in self._chrome() if w.isVisible()]
            for widget in self._hidden:
                widget.hide()
            if full_screen:  # (a screenshot keeps its own size)
                window.showFullScreen()
            if self.zoom < PROJECTOR_ZOOM:
                self.set_zoom(PROJECTOR_ZOOM)
        else:
            self.set_zoom(1.0)  # first: the editing widgets come back laid out in the normal type
            QApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
            for widget in self._hidden:
                widget.show()
            self._hidden = []
            window.showMaximized() if self._was_maximized else window.showNormal()
        self.projector_changed.emit(on)

    # --- high contrast -------------------------------------------------------------------------

    def set_high_contrast(self, on: bool) -> None:
        self.high_contrast = on
        self._app.setPalette(high_contrast_palette() if on else self._normal_palette)
        self.contrast_changed.emit(on)
