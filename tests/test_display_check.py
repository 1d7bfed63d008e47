"""Opening the window where it cannot open: one clear line, never Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys

from gui import display_check
from gui.display_check import XCB_LIBRARIES, display_problem


def test_no_display_is_one_line_and_exit_1():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run(
        [sys.executable, "-m", "gui.main"], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "no display" in done.stderr and "Qt" not in done.stderr


def test_missing_x11_libraries_are_named_as_packages(monkeypatch):
    monkeypatch.setattr(display_check, "_loads", lambda library: library != "libxcb-cursor.so.0")
    message = display_problem({"DISPLAY": ":0"}, "linux")
    assert message is not None and message.endswith("sudo apt install libxcb-cursor0")
    monkeypatch.setattr(display_check, "_loads", lambda library: True)
    assert display_problem({"DISPLAY": ":0"}, "linux") is None
    assert {"libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1"} <= set(XCB_LIBRARIES.values())


def test_other_platforms_are_left_to_qt():
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert display_problem({}, "darwin") is None and display_problem({}, "win32") is None
