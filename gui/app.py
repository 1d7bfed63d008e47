"""Composition root: the QApplication, its names, the session and the main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication

from gui.domain.catalog import Catalog, load_catalog
from gui.qt.session import ScenarioSession
from gui.qt.settings import APPLICATION, ORGANIZATION
from gui.widgets.main_window import MainWindow


def application(argv: Sequence[str] = ()) -> QApplication:
    """The one QApplication, with the names QSettings needs set before it is first used."""
    app = QApplication.instance()
    if app is None:
        QApplication.setOrganizationName(ORGANIZATION)
        QApplication.setApplicationName(APPLICATION)
        app = QApplication([*(argv or [sys.argv[0]])])
    assert isinstance(app, QApplication)
    return app


def create_window(
    catalog: Catalog | None = None, year: int | None = None, scenario: Path | None = None
) -> MainWindow:
    session = ScenarioSession(catalog or load_catalog())
    if year is not None:
        session.new(year)
    window = MainWindow(session)
    if scenario is not None:
        window.open_path(scenario, confirmed=True)
    return window


def run_app(argv: Sequence[str]) -> int:
    app = application(argv)
    window = create_window()
    window.show()
    return app.exec()
