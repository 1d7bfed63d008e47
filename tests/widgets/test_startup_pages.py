"""The window after its first frame: what it shows is built and painted first (``completed``),
the other pages follow by themselves, and a page asked for before then is built at once."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from gui.domain.catalog import load_catalog
from gui.domain.scenario import Office
from gui.qt.session import ScenarioSession
from gui.qt.settings import Preferences
from gui.widgets.window_factory import build_window


def _window(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = build_window(ScenarioSession(load_catalog()), Preferences(settings))
    window.confirm_discard = lambda: True
    qtbot.addWidget(window)
    window.resize(1400, 860)
    return window


def test_the_window_is_complete_with_the_map_and_the_chart_shown_then_fills_the_rest(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    assert not window.charts and window.map_panel.view.scenario is None  # nothing before the frame
    with qtbot.waitSignal(window.completed, timeout=10000):
        window.show()
    assert list(window.charts) == [Office.PRESIDENT]
    assert window.map_panel.view.scenario is window.session.scenario
    assert window.charts[Office.PRESIDENT].majority_text == "270 to win"
    qtbot.waitUntil(window.is_ready)
    assert set(window.charts) == set(Office)
    assert window.congress_panel.isVisibleTo(window.congress_panel.parentWidget())


def test_a_page_chosen_before_it_was_filled_is_filled_at_once(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    assert window.analyses is None and window.popular_panel is None
    window.tabs.setCurrentWidget(window._analyses_scroll)
    assert window.analyses is not None and window.congress_panel is None
    window.show_results("popular")
    assert window.is_ready()  # show_results builds everything first
