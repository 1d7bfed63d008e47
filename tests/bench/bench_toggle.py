"""How fast a toggle reaches the tally and the screen (run by hand; not collected by pytest).

    python tests/bench/bench_toggle.py [--toggles 600]

Toggles electors of the 2016 scenario through the tree model (as a click does) and prints one
JSON line per figure with the median over all toggles: to the session's ``changed`` signal, and to
the window repainted (the event loop has processed every paint the toggle caused), in wall-clock
time and in this process's CPU time (which a busy machine sways less).
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
from gui.qt.elector_tree_model import Column
from gui.qt.session import ScenarioSession
from gui.widgets.window_factory import build_window


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--toggles", type=int, default=600)
    args = parser.parse_args()
    app = application()
    session = ScenarioSession(load_catalog())
    session.new(2016)
    stamp: list[float] = []
    # Connected before the window's own slots, so it fires as soon as the tally is ready.
    session.changed.connect(lambda _: stamp.append(time.perf_counter()))
    window = build_window(session)
    window.resize(1400, 860)
    window.show()
    window.ensure_ready()  # every page built, as a while after start-up: they all follow the toggles
    window.tree.expandAll()
    for _ in range(5):
        app.processEvents()
    model = window.tree_model
    election = window.session.scenario.election
    to_tally: list[float] = []
    to_paint: list[float] = []
    to_paint_cpu: list[float] = []  # this process's CPU time: less swayed by a busy machine
    for n in range(args.toggles):
        seat = election.electors[(n * 37) % len(election.electors)]
        index = model.index_of_elector(seat.index).siblingAtColumn(Column.PRESIDENT)
        stamp.clear()
        start, start_cpu = time.perf_counter(), time.process_time()
        model.cycle(index)
        QApplication.processEvents()
        end, end_cpu = time.perf_counter(), time.process_time()
        to_tally.append(stamp[0] - start)
        to_paint.append(end - start)
        to_paint_cpu.append(end_cpu - start_cpu)
    for name, values in (
        ("toggle_to_tally_ms", to_tally),
        ("toggle_to_repaint_ms", to_paint),
        ("toggle_to_repaint_cpu_ms", to_paint_cpu),
    ):
        print(
            json.dumps(
                {
                    "figure": name,
                    "median": round(statistics.median(values) * 1000, 3),
                    "p90": round(sorted(values)[int(len(values) * 0.9)] * 1000, 3),
                    "toggles": len(values),
                    "election": 2016,
                }
            )
        )
    window.confirm_discard = lambda: True
    window.close()


if __name__ == "__main__":
    main()
