"""Start-up as the README runs it: ``ec-whatif`` paints its first frame before importing what only
the rest of the window needs, then says when the window is complete (the benchmark's probe)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

# Run in a fresh process: the probe's first-frame report is wrapped to list what is loaded then.
PROBE_SCRIPT = """
import sys
from gui.qt import startup_probe

LATER = ("numpy", "pyqtgraph", "gui.widgets.majority_chart", "gui.widgets.analyses_panel",
         "gui.widgets.congress_panel", "gui.widgets.popular_panel", "gui.widgets.apportionment_panel",
         "gui.domain.analyses.probabilities", "gui.cli.analyze")
first_frame = startup_probe._StartupProbe._report_first_frame

def report(self):
    print("loaded " + ",".join(name for name in LATER if name in sys.modules), flush=True)
    first_frame(self)

startup_probe._StartupProbe._report_first_frame = report
from gui.main import main
sys.exit(main({argv}))
"""


def run_probe(tmp_path: Path, variable: str, argv: list[str]) -> list[str]:
    env = {name: value for name, value in os.environ.items() if not name.startswith("EC_WHATIF_REPORT_")}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path), **{variable: "1"})
    done = subprocess.run(
        [sys.executable, "-c", PROBE_SCRIPT.format(argv=argv)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split("\n")


def seconds(lines: list[str], word: str) -> float:
    found = [float(line.split()[1]) for line in lines if line.startswith(word + " ")]
    assert len(found) == 1, lines
    return found[0]


def test_the_first_frame_waits_for_no_chart_analysis_or_numpy(tmp_path):
    lines = run_probe(tmp_path, "EC_WHATIF_REPORT_FIRST_FRAME", [])
    assert "loaded " in lines, f"loaded before the first frame: {lines}"
    assert seconds(lines, "first-frame") > 0
    assert not any(line.startswith("complete-window") for line in lines)


@pytest.mark.parametrize("lang", ["en", pytest.param("es", marks=pytest.mark.slow)])
def test_the_complete_window_is_reported_after_the_first_frame(tmp_path, lang):
    lines = run_probe(tmp_path, "EC_WHATIF_REPORT_COMPLETE_WINDOW", ["--lang", lang])
    assert "loaded " in lines, f"loaded before the first frame: {lines}"
    assert 0 < seconds(lines, "first-frame") <= seconds(lines, "complete-window")
