"""Before the window opens on Linux: is there a display, and can Qt's X11 plugin load?

Without either, Qt prints a page of plugin diagnostics and aborts. This says what is wrong in
one line instead: no display to open the window on, or the system libraries to install
(Debian and Ubuntu package names). Pure Python: nothing of Qt is loaded to find out.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Mapping

# What Qt's X11 plugin (libqxcb) loads from the system, and the Debian/Ubuntu package of each.
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}


def _loads(library: str) -> bool:
    try:
        ctypes.CDLL(library)
    except OSError:
        return False
    return True


def display_problem(environ: Mapping[str, str] | None = None, platform: str | None = None) -> str | None:
    """Why the window cannot open here, in one line; None when it can (or when Qt chooses
    another platform: QT_QPA_PLATFORM set, macOS, Windows, a bundle with its own libraries)."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if not platform.startswith("linux") or (chosen and not chosen.startswith("xcb")):
        return None
    if not chosen and environ.get("WAYLAND_DISPLAY"):
        return None
    if not environ.get("DISPLAY"):
        return (
            "ec-whatif: no display to open the window on (DISPLAY is not set): run it on a desktop, "
            "or use a command that needs none, such as 'ec-whatif tally' or 'ec-whatif screenshot' "
            "(ec-whatif --help)"
        )
    if getattr(sys, "frozen", False):
        return None  # a bundle carries its libraries where only Qt looks
    missing = [package for library, package in XCB_LIBRARIES.items() if not _loads(library)]
    if missing:
        return (
            "ec-whatif: the window needs system libraries that are missing; on Debian or Ubuntu: "
            f"sudo apt install {' '.join(missing)}"
        )
    return None
