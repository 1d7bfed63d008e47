"""Report how long the window took to start (for the start-up benchmark).

With ``EC_WHATIF_REPORT_FIRST_FRAME=1`` in the environment, ``report_startup`` makes the app
print ``first-frame <seconds since the process started>`` once the window's first paint has been
processed, then quit. With ``EC_WHATIF_REPORT_COMPLETE_WINDOW=1`` it prints that line, then
``complete-window <seconds>`` once the window says it is complete (its ``completed`` signal: the
map and the charts built and painted), then quits. Without either it does nothing, so
``run_app`` can always call it.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QObject, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication, QWidget

from gui.qt.first_paint import after_first_paint

ENVIRONMENT_VARIABLE = "EC_WHATIF_REPORT_FIRST_FRAME"
COMPLETE_VARIABLE = "EC_WHATIF_REPORT_COMPLETE_WINDOW"
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


class _StartupProbe(QObject):
    def __init__(self, window: QWidget, completed: SignalInstance | None) -> None:
        super().__init__(window)  # the window owns the probe
        self._first_frame_reported = False
        self._complete = False  # the window said it is complete
        if completed is not None:
            completed.connect(self._on_completed)
        self._waits_for_completion = completed is not None
        after_first_paint(window, self._report_first_frame)

    def _report_first_frame(self) -> None:
        print(f"first-frame {process_age():.4f}", flush=True)
        self._first_frame_reported = True
        if not self._waits_for_completion:
            QApplication.quit()
        elif self._complete:
            self._report_complete()

    def _on_completed(self) -> None:
        self._complete = True
        if self._first_frame_reported:
            # The window painted its parts before saying so; the zero timer lets them be flushed.
            QTimer.singleShot(0, self, self._report_complete)

    def _report_complete(self) -> None:
        print(f"complete-window {process_age():.4f}", flush=True)
        QApplication.quit()


def report_startup(window: QWidget, completed: SignalInstance | None = None) -> bool:
    """Install the probe when the environment asks for it; True when installed. ``completed``
    is the window's signal that it is complete (needed for the complete-window line)."""
    complete = os.environ.get(COMPLETE_VARIABLE) == "1"
    if not complete and os.environ.get(ENVIRONMENT_VARIABLE) != "1":
        return False
    if complete and completed is None:
        raise RuntimeError("the complete-window line needs the window's completed signal")
    # Asked for after the window's own wait for its first frame, so it runs before the window
    # completes itself (see after_first_paint).
    _StartupProbe(window, completed if complete else None)
    return True
