"""Report how long the window took to reach its first painted frame (for the start-up benchmark).

With ``EC_WHATIF_REPORT_FIRST_FRAME=1`` in the environment, ``report_first_frame(window)`` makes
the app print ``first-frame <seconds since the process started>`` once the window's first paint
has been processed, then quit. Without it, it does nothing, so ``run_app`` can always call it.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENVIRONMENT_VARIABLE = "EC_WHATIF_REPORT_FIRST_FRAME"
_IMPORTED = time.perf_counter()


def process_age() -> float:
    """Seconds since this process started: from /proc on Linux (10 ms ticks); elsewhere, since
    this module was imported (later than the true start, so the benchmark times from outside)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            # Field 22 (starttime, in clock ticks after boot); the name in field 2 may hold spaces.
            start_ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as uptime:
            now = float(uptime.read().split()[0])
        return now - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return time.perf_counter() - _IMPORTED


class _FirstPaintProbe(QObject):
    """Watches the application, not the window: Qt sends no paint event to a window that its
    opaque children cover entirely, so the first one may go to any widget inside it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)  # the window owns the probe
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            QApplication.instance().removeEventFilter(self)
            # The zero timer runs once the whole frame (every widget) is painted and flushed.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"first-frame {process_age():.4f}", flush=True)
        QApplication.quit()


def report_first_frame(window: QWidget) -> bool:
    """Install the probe when the environment asks for it; True when installed."""
    if os.environ.get(ENVIRONMENT_VARIABLE) != "1":
        return False
    application = QApplication.instance()
    if application is None:
        raise RuntimeError("report_first_frame needs the QApplication to exist")
    application.installEventFilter(_FirstPaintProbe(window))
    return True
