"""A teacher's path from launch to a saved 2028 forecast, step by step (run by hand; not
collected by pytest).

    python tests/bench/bench_forecast.py [--runs 5]

Opens the window as ``ec-whatif`` does (the latest election), then, with real mouse and key
events where Qt offscreen allows: opens the Forecast menu, picks *New 2028 Forecast from the
2024 Margins*, clicks three states on the map (Wisconsin from toss-up to lean R, Pennsylvania
back to a toss-up with Shift-click, Georgia a step toward safe R), presses Ctrl+S and gives a
file name (the Save dialog is answered in code: typing the name and Enter are counted as two
actions). Prints one JSON line: the user actions counted, and the median time the app takes
for each step and in all, over ``--runs`` runs.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from gui.domain.catalog import load_catalog
from gui.domain.forecast_start import Basis
from gui.domain.map_layout import load_geometry
from gui.domain.ratings import Level
from gui.io.scenario_file import read
from gui.qt.application import application
from gui.qt.session import ScenarioSession
from gui.qt.settings import Preferences
from gui.widgets.forecast_menu import start as start_forecast
from gui.widgets.window_factory import build_window

CLICKS = (("WI", False), ("PA", True), ("GA", False))


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def one_run(folder: Path) -> tuple[dict[str, float], int, Path]:
    times: dict[str, float] = {}
    actions = 0
    start = time.perf_counter()
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = build_window(ScenarioSession(load_catalog()), Preferences(settings))
    window.resize(1400, 860)
    window.show()
    settle()
    window.ensure_ready()
    settle()
    times["launch_to_window_ms"] = time.perf_counter() - start

    # The Forecast menu, then its first item (two clicks).
    bar = window.menuBar()
    t = time.perf_counter()
    menu_action = window.forecast_menu.menuAction()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(menu_action).center())
    settle()
    item = next(a for a in window.forecast_menu.actions() if "Margins" in a.text())
    window.forecast_menu.close()
    item.trigger()
    settle()
    actions += 2
    times["start_forecast_ms"] = time.perf_counter() - t

    view = window.map_panel.view
    geometry = load_geometry()
    t = time.perf_counter()
    for code, shift in CLICKS:
        point = view.mapFromScene(QPointF(*geometry.states[code].anchor))
        modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, point)
        settle()
        actions += 1
    times["three_clicks_ms"] = time.perf_counter() - t

    path = folder / "forecast-2028.json"
    original = QFileDialog.getSaveFileName
    QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (str(path), ""))  # type: ignore[method-assign]
    t = time.perf_counter()
    QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle()
    QFileDialog.getSaveFileName = original  # type: ignore[method-assign]
    actions += 3  # Ctrl+S, the name typed, Enter
    times["save_ms"] = time.perf_counter() - t
    times["total_ms"] = time.perf_counter() - start
    window.confirm_discard = lambda: True
    window.close()
    window.deleteLater()
    settle()
    return times, actions, path


def clicks(count: int, rounds: int = 3, warm_up: int = 20) -> dict[str, float]:
    """Median ms from a click on a unit to the repainted window: in the 2028 forecast (the next
    rating) and, as the bare reference in the same run, in 2024 (the next candidate). The two
    alternate for ``rounds`` rounds, each after ``warm_up`` clicks not timed, so neither gains
    from going second."""
    window = build_window(ScenarioSession(load_catalog()))
    window.resize(1400, 860)
    window.show()
    settle()
    window.ensure_ready()
    window.confirm_discard = lambda: True
    times: dict[str, list[float]] = {"ordinary_2024": [], "forecast_2028": []}
    for _ in range(rounds):
        for name, year, forecast in (("ordinary_2024", 2024, False), ("forecast_2028", 2028, True)):
            window.session.new(year)
            if forecast:
                start_forecast(window, Basis.MARGINS, new=False)
            settle()
            units = [u.id for u in window.session.scenario.election.units if u.electors]
            for n in range(warm_up + count):
                t = time.perf_counter()
                window.map_panel._cycle_unit(units[n % len(units)])
                QApplication.processEvents()
                if n >= warm_up:
                    times[name].append(time.perf_counter() - t)
    window.close()
    window.deleteLater()
    settle()
    return {
        f"click_to_repaint_{name}_ms": round(statistics.median(found) * 1000, 1)
        for name, found in times.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--clicks", type=int, default=56)
    args = parser.parse_args()
    application()
    runs = []
    with tempfile.TemporaryDirectory() as folder:
        for n in range(args.runs):
            run_folder = Path(folder) / str(n)
            run_folder.mkdir()
            times, actions, path = one_run(run_folder)
            saved = read(path, load_catalog())  # the forecast really is saved
            assert saved.scenario.ratings is not None
            # What the clicks did: Wisconsin lean R, Pennsylvania a toss-up, Georgia likely R.
            assert {u: saved.scenario.ratings.get(u) for u in ("WI", "GA")} == {
                "WI": Level.LEAN,
                "GA": Level.LIKELY,
            }
            assert saved.scenario.unit_winner("PA").is_empty
            runs.append(times)
    print(
        json.dumps(
            {
                "figure": "launch_to_saved_forecast",
                "user_actions": actions,
                "steps": "Forecast menu, New 2028 Forecast from the 2024 Margins, 3 map clicks, "
                "Ctrl+S, a file name, Enter",
                **{key: round(statistics.median(r[key] for r in runs) * 1000) for key in runs[0]},
                "runs": len(runs),
            }
        )
    )
    found = clicks(args.clicks)
    ratio = found["click_to_repaint_forecast_2028_ms"] / found["click_to_repaint_ordinary_2024_ms"]
    print(
        json.dumps(
            {"figure": "click_to_repaint", **found, "ratio": round(ratio, 2), "clicks": 3 * args.clicks}
        )
    )


if __name__ == "__main__":
    main()
