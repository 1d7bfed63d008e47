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
import gc
import sys
from gui.qt import startup_probe

LATER = ("numpy", "pyqtgraph", "gui.widgets.majority_chart", "gui.widgets.analyses_panel",
         "gui.widgets.congress_panel", "gui.widgets.popular_panel", "gui.widgets.apportionment_panel",
         "gui.domain.analyses.probabilities", "gui.cli.analyze")
first_frame = startup_probe._StartupProbe._report_first_frame

complete = startup_probe._StartupProbe._report_complete

def report(self):
    print("loaded " + ",".join(name for name in LATER if name in sys.modules), flush=True)
    print("collecting-at-first-frame", gc.isenabled(), flush=True)
    first_frame(self)

def report_complete(self):
    print("collecting-when-complete", gc.isenabled(), flush=True)
    complete(self)

startup_probe._StartupProbe._report_first_frame = report
startup_probe._StartupProbe._report_complete = report_complete
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


def test_the_garbage_collector_waits_for_the_complete_window_then_runs_again(tmp_path):
    lines = run_probe(tmp_path, "EC_WHATIF_REPORT_COMPLETE_WINDOW", [])
    assert "collecting-at-first-frame False" in lines, lines
    assert "collecting-when-complete True" in lines, lines


def test_the_command_line_collects_garbage_as_usual():
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import gc, sys; from gui.main import main; main(['tally', '--election', '2016']); "
            "print('collecting', gc.isenabled(), file=sys.stderr)",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "Donald Trump" in done.stdout
    assert done.stderr.strip() == "collecting True", done.stderr
