"""The one QApplication, with the names QSettings needs and the window icon."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from importlib import resources

from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication

from gui.qt.settings import APPLICATION, ORGANIZATION


def application(argv: Sequence[str] = ()) -> QApplication:
    """The QApplication, created the first time (offscreen when nothing else was chosen and the
    caller is not the window: see ``offscreen_application``)."""
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


def offscreen_application() -> QApplication:
    """For pictures and handouts drawn without a window: offscreen unless an application (or a
    platform) was already chosen."""
    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return application()
