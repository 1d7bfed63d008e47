"""How fast a swing drag repaints the window (run by hand; not collected by pytest).

    python tests/bench/bench_swing.py [--steps 240]

Drags the Popular vote tab's swing slider across its whole range on the 2016 scenario, one step
at a time as a mouse drag does, and prints one JSON line per figure with the median and 90th
percentile over all steps: to the session's ``changed`` signal (states re-decided and recounted),
and to the window repainted (every paint the step caused processed). One frame at 60 Hz is
16.7 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from gui.domain.catalog import load_catalog
from gui.qt.application import application
from gui.qt.session import ScenarioSession
from gui.widgets.window_factory import build_window


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--steps", type=int, default=240)
    args = parser.parse_args()
    app = application()
    session = ScenarioSession(load_catalog())
    session.new(2016)
    stamp: list[float] = []
    session.changed.connect(lambda _: stamp.append(time.perf_counter()))
    window = build_window(session)
    window.resize(1400, 860)
    window.show()
    for _ in range(5):
        app.processEvents()
    window.ensure_ready()
    window.show_results("popular")
    for _ in range(5):
        app.processEvents()
    slider = window.popular_panel.slider
    slider.setSliderDown(True)  # a drag: the steps merge into one undoable step
    low, high = slider.minimum(), slider.maximum()
    values = [low + (n % (high - low + 1)) for n in range(args.steps)]
    to_tally: list[float] = []
    to_paint: list[float] = []
    for value in values:
        if value == slider.value():
            continue
        stamp.clear()
        start = time.perf_counter()
        slider.setValue(value)
        QApplication.processEvents()
        end = time.perf_counter()
        to_tally.append(stamp[0] - start)
        to_paint.append(end - start)
    slider.setSliderDown(False)
    for name, found in (("swing_step_to_tally_ms", to_tally), ("swing_step_to_repaint_ms", to_paint)):
        print(
            json.dumps(
                {
                    "figure": name,
                    "median": round(statistics.median(found) * 1000, 3),
                    "p90": round(sorted(found)[int(len(found) * 0.9)] * 1000, 3),
                    "steps": len(found),
                    "undo_steps": session.undo_stack.count(),
                    "election": 2016,
                }
            )
        )
    window.confirm_discard = lambda: True
    window.close()


if __name__ == "__main__":
    main()
