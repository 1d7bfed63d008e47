"""Long sessions: 100,000 random edits through the item models (run by hand).

    python tests/bench/soak.py [--edits 100000]

Toggles electors and states, undoes and redoes through the real window's models, with the
window shown offscreen. Prints JSON lines: edits per second and the growth of the process's
resident memory between the end of the warm-up (the undo stack full: it keeps the last
5,000 steps) and the end.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--edits", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2016)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from gui.qt.application import application
    from gui.qt.elector_tree_model import Column
    from gui.qt.session import UNDO_LIMIT
    from gui.widgets.window_factory import create_window

    app = application()
    window = create_window(year=2016)
    window.confirm_discard = lambda: True
    window.show()
    window.ensure_ready()
    model, stack = window.tree_model, window.session.undo_stack
    rng = random.Random(args.seed)
    electors = len(window.session.scenario.election.electors)
    codes = [s.code for s in window.session.scenario.election.states if len(s.units) == 1]

    def edit() -> None:
        roll = rng.random()
        if roll < 0.6:
            index = model.index_of_elector(rng.randrange(electors))
            model.cycle(index.siblingAtColumn(rng.choice([Column.PRESIDENT, Column.VICE_PRESIDENT])))
        elif roll < 0.8:
            model.cycle(model.index_of_state(rng.choice(codes)).siblingAtColumn(Column.CARRIED_BY))
        elif roll < 0.9 and stack.canUndo():
            stack.undo()
        elif stack.canRedo():
            stack.redo()
        else:
            model.cycle(model.index_of_elector(rng.randrange(electors)).siblingAtColumn(Column.PRESIDENT))

    warm_up = min(args.edits, 2 * UNDO_LIMIT)
    for n in range(warm_up):
        edit()
        if n % 200 == 0:
            QApplication.processEvents()
    QApplication.processEvents()
    start_rss, start = rss_mib(), time.perf_counter()
    for n in range(args.edits - warm_up):
        edit()
        if n % 200 == 0:
            QApplication.processEvents()
    QApplication.processEvents()
    seconds = time.perf_counter() - start
    done = args.edits - warm_up
    print(
        json.dumps({"figure": "soak_edits_per_second", "value": round(done / seconds), "edits": args.edits})
    )
    print(
        json.dumps(
            {
                "figure": "soak_memory_growth_mib",
                "value": round(rss_mib() - start_rss, 1),
                "rss_mib": round(rss_mib(), 1),
                "after_warm_up": warm_up,
            }
        )
    )
    window.close()
    app.quit()


if __name__ == "__main__":
    main()
