"""Building the main window: the first one, and a new one in another language around the same
session (scenario, file and undo history kept)."""

from __future__ import annotations

from pathlib import Path

from gui.domain.catalog import Catalog, load_catalog
from gui.qt.session import ScenarioSession
from gui.qt.settings import Preferences
from gui.qt.translations import install
from gui.widgets.main_window import MainWindow


def build_window(session: ScenarioSession, preferences: Preferences | None = None) -> MainWindow:
    """A main window around ``session`` that rebuilds itself when another language is chosen."""
    window = MainWindow(session, preferences)
    window.language_requested.connect(lambda language: rebuild_window(window, language))
    return window


def create_window(
    catalog: Catalog | None = None, year: int | None = None, scenario: Path | None = None
) -> MainWindow:
    session = ScenarioSession(catalog or load_catalog())
    if year is not None:
        session.new(year)
    window = build_window(session)
    if scenario is not None:
        window.documents.open_path(scenario, confirmed=True)
    return window


def rebuild_window(old: MainWindow, language: str) -> MainWindow:
    """Switch the language at once: install it, then build a new window around the same session
    where the old one was, and close the old one without asking to save (nothing is lost: the
    session lives on in the new window)."""
    projector = old.projector
    zoom, projecting, contrast = projector.zoom, projector.projector, projector.high_contrast
    full_screen, maximized, visible = old.isFullScreen(), old.isMaximized(), old.isVisible()
    # The application's font and palette carry the zoom and contrast: back to normal first, so
    # the new window starts from the true base size, then takes them over.
    projector.set_zoom(1.0)
    projector.set_high_contrast(False)
    install(language)
    session = old.session
    old.release_session()
    session.retranslate()  # the undo texts, in the new language
    new = build_window(session, old.preferences)
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
        new.projector.set_high_contrast(True)
    if projecting:
        new.projector_action.setChecked(True)
        new.projector.set_projector(True, full_screen=full_screen)
    new.projector.set_zoom(zoom)
    old.confirm_discard = lambda: True
    old.replaced_by = new
    old.close()
    old.deleteLater()
    return new
