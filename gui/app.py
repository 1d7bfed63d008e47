"""Composition root: the QApplication, its names, the language, the session and the main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QDateTime, QTimer
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.domain.catalog import Catalog, load_catalog
from gui.domain.i18n import translate
from gui.domain.identifiers import InputError
from gui.qt.autosave import Autosaver, Recovery, discard, find_recoveries, restore
from gui.qt.session import ScenarioSession
from gui.qt.settings import APPLICATION, ORGANIZATION, Preferences
from gui.qt.translations import install, resolve_language
from gui.startup_probe import report_first_frame
from gui.widgets.main_window import MainWindow


def application(argv: Sequence[str] = ()) -> QApplication:
    """The one QApplication, with the names QSettings needs set before it is first used."""
    app = QApplication.instance()
    if app is None:
        QApplication.setOrganizationName(ORGANIZATION)
        QApplication.setApplicationName(APPLICATION)
        app = QApplication([*(argv or [sys.argv[0]])])
        app.setDesktopFileName("ec-whatif")  # desktops match the window to ec-whatif.desktop
        icon = QPixmap()
        icon.loadFromData(resources.files("gui.resources").joinpath("icons/ec-whatif.png").read_bytes())
        app.setWindowIcon(QIcon(icon))
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


def offer_recovery(window: MainWindow, found: list[Recovery]) -> bool:
    """Ask whether to restore the newest unsaved work left by a crash; the copies go either way."""
    if not found:
        return False
    newest = found[0]
    when = QDateTime.fromSecsSinceEpoch(int(newest.saved_at)).toString("yyyy-MM-dd hh:mm")
    what = newest.original.name if newest.original else translate("app", "an unsaved scenario")
    answer = QMessageBox.question(
        window,
        translate("app", "Restore unsaved work?"),
        translate("app", "Ec-whatif did not close normally. Restore {what}, as it was at {when}?").format(
            what=what, when=when
        ),
    )
    restored = False
    if answer == QMessageBox.StandardButton.Yes:
        try:
            restore(window.session, newest)
            restored = True
        except InputError as error:
            window.show_error(translate("app", "Cannot restore"), str(error))
    discard(found)
    return restored


def run_app(argv: Sequence[str], lang: str | None = None) -> int:
    """Open the window: in ``lang`` ("en", "es") if given, else the saved or system language."""
    app = application(argv)
    install(resolve_language(lang, Preferences()))
    window = create_window()
    autosaver = Autosaver(window.session)
    app.aboutToQuit.connect(autosaver.remove)  # a normal exit leaves nothing to recover
    report_first_frame(window)  # EC_WHATIF_REPORT_FIRST_FRAME=1: print "first-frame <s>" and quit
    window.show()
    QTimer.singleShot(0, lambda: offer_recovery(window, find_recoveries(autosaver.directory)))
    return app.exec()
