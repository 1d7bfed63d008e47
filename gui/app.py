"""Composition root: the application, its language, the main window, autosave and recovery."""

from __future__ import annotations

import gc
from collections.abc import Sequence

from PySide6.QtCore import QTimer

from gui.qt.application import application
from gui.qt.autosave import Autosaver, find_recoveries
from gui.qt.settings import Preferences
from gui.qt.startup_probe import report_startup
from gui.qt.translations import install, resolve_language
from gui.widgets.main_window import MainWindow
from gui.widgets.recovery_prompt import offer_recovery
from gui.widgets.window_factory import create_window


def _resume(window: MainWindow, autosaver: Autosaver) -> None:
    """Where the user left off: unsaved work a crash left (if they want it back), else the
    scenario file that was open last time."""
    found = find_recoveries(autosaver.directory)
    if not offer_recovery(window, found, keep_restored=autosaver.write_now):
        window.reopen_last()


# Should the window never say it is complete (never painted), the collector resumes anyway.
COLLECTOR_RESUMES_MS = 3000


def _resume_collecting(window: MainWindow) -> None:
    """Python's garbage collector, paused for start-up (gui.main), runs again once the window
    is complete."""
    window.completed.connect(gc.enable)
    QTimer.singleShot(COLLECTOR_RESUMES_MS, gc.enable)


def run_app(argv: Sequence[str], lang: str | None = None) -> int:
    """Open the window: in ``lang`` ("en", "es") if given, else the saved or system language."""
    app = application(argv)
    install(resolve_language(lang, Preferences()))
    window = create_window()
    _resume_collecting(window)
    autosaver = Autosaver(window.session)
    app.aboutToQuit.connect(autosaver.finish)  # a normal exit leaves nothing of its own to recover
    # EC_WHATIF_REPORT_FIRST_FRAME=1 / EC_WHATIF_REPORT_COMPLETE_WINDOW=1: print when, and quit.
    report_startup(window, window.completed)
    window.fit_screen()
    window.show()
    QTimer.singleShot(0, lambda: _resume(window, autosaver))
    return app.exec()
