"""Composition root: the QApplication, its names, the language, the session and the main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication

from gui.domain.catalog import Catalog, load_catalog
from gui.qt.session import ScenarioSession
from gui.qt.settings import APPLICATION, ORGANIZATION, Preferences
from gui.qt.translations import install, resolve_language
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


def rebuild_window(old: MainWindow, language: str) -> MainWindow:
    """Switch the language at once: install it, then build a new window around the same session
    (the scenario, its file and its undo history are kept) where the old one was, and close the
    old one without asking to save (nothing is lost: the session lives on in the new window)."""
    presentation = old.presentation
    zoom, projector, contrast = presentation.zoom, presentation.projector, presentation.high_contrast
    full_screen, maximized, visible = old.isFullScreen(), old.isMaximized(), old.isVisible()
    # The application's font and palette carry the zoom and contrast: back to normal first, so
    # the new window starts from the true base size, then takes them over.
    presentation.set_zoom(1.0)
    presentation.set_high_contrast(False)
    install(language)
    session = old.session
    old.release_session()
    session.retranslate()  # the tally's sentences and the undo texts, in the new language
    new = MainWindow(session, old.preferences)
    for hook in ("show_error", "confirm_discard"):  # replaced by tests: keep the replacement
        if getattr(getattr(old, hook), "__self__", None) is not old:
            setattr(new, hook, getattr(old, hook))
    new.setGeometry(old.normalGeometry() if maximized or full_screen else old.geometry())
    if maximized:
        new.showMaximized()
    elif visible:
        new.show()
    if contrast:
        new.contrast_action.setChecked(True)
        new.presentation.set_high_contrast(True)
    if projector:
        new.projector_action.setChecked(True)
        new.presentation.set_projector(True, full_screen=full_screen)
    new.presentation.set_zoom(zoom)
    old.confirm_discard = lambda: True
    old.replaced_by = new
    old.close()
    old.deleteLater()
    return new


def run_app(argv: Sequence[str], lang: str | None = None) -> int:
    """Open the window: in ``lang`` ("en", "es") if given, else the saved or system language."""
    app = application(argv)
    install(resolve_language(lang, Preferences()))
    window = create_window()
    window.show()
    return app.exec()
