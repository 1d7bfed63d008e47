"""The bare reference for the start-up benchmark: a QMainWindow holding one pyqtgraph PlotWidget.

Built into a bundle with exactly the app's PyInstaller options (``build_bundle.py --bare``), it
prints ``first-frame <seconds since process start>`` after its first paint and quits, like the app
with ``EC_WHATIF_REPORT_FIRST_FRAME=1``; with ``EC_WHATIF_REPORT_COMPLETE_WINDOW=1`` it prints
``complete-window <seconds>`` at the same moment (its first frame is complete: the plot is in it).
Nothing here may import ``gui``: it is the floor that PySide6 + pyqtgraph + numpy set on their own.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_API", "pyside6")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")


def _process_age() -> float:
    """Seconds since this process started (Linux /proc; elsewhere since this module ran)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            start_ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as uptime:
            now = float(uptime.read().split()[0])
        return now - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return time.perf_counter() - _STARTED


_STARTED = time.perf_counter()


def main() -> int:
    import pyqtgraph as pg
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    class FirstPaint(QObject):
        """The app's probe (gui/qt/startup_probe.py), repeated: this script must not import gui."""

        def __init__(self, window: QMainWindow) -> None:
            super().__init__(window)
            self._window = window

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and watched.window() is self._window
            ):
                QApplication.instance().removeEventFilter(self)
                QTimer.singleShot(0, self._report)
            return False

        def _report(self) -> None:
            age = _process_age()
            print(f"first-frame {age:.4f}", flush=True)
            if os.environ.get("EC_WHATIF_REPORT_COMPLETE_WINDOW") == "1":
                print(f"complete-window {age:.4f}", flush=True)
            QApplication.quit()

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    plot = pg.PlotWidget()
    plot.plot([1, 2, 3, 4], [3, 1, 4, 1])
    window.setCentralWidget(plot)
    window.resize(1280, 800)
    app.installEventFilter(FirstPaint(window))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
