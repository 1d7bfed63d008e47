from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont, QPalette

from gui.domain.catalog import load_catalog
from gui.qt.session import ScenarioSession
from gui.qt.settings import Preferences
from gui.widgets.window_factory import build_window


@pytest.fixture(autouse=True)
def application_look(qapp):
    """Projector zoom and high contrast change the whole application's font and palette: each
    test starts from, and leaves, the normal ones."""
    font, palette = QFont(qapp.font()), QPalette(qapp.palette())
    yield
    qapp.setFont(font)
    qapp.setPalette(palette)


@pytest.fixture
def window(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = build_window(ScenarioSession(load_catalog()), Preferences(settings))
    win.errors = []
    win.show_error = lambda title, message: win.errors.append(message)
    win.documents.offer_save_as = lambda title, message: bool(win.errors.append(message))
    win.confirm_discard = lambda: True
    qtbot.addWidget(win)
    win.resize(1400, 860)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(win.is_ready)  # the views arrive just after the first frame
    return win
