"""Calling back once a window's first frame is painted: what it does not need can wait till then."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class _FirstPaint(QObject):
    """Watches the application, not the window: Qt sends no paint event to a window that its
    opaque children cover entirely, so the first one may go to any widget inside it."""

    def __init__(self, window: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(window)  # the window owns the watcher
        self._window = window
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            QApplication.instance().removeEventFilter(self)
            # The zero timer runs once the whole frame (every widget) is painted and flushed.
            QTimer.singleShot(0, self._window, self._callback)
        return False


def after_first_paint(window: QWidget, callback: Callable[[], object]) -> None:
    """Call ``callback`` once, just after ``window``'s first frame. Of several callbacks, the one
    asked for last runs first (Qt activates the newest event filter first)."""
    application = QApplication.instance()
    if application is None:
        raise RuntimeError("after_first_paint needs the QApplication to exist")
    application.installEventFilter(_FirstPaint(window, callback))
