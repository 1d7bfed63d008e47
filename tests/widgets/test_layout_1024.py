"""At 1024x768, in English and Spanish, with the lesson and glossary panels open, every tab and
panel shows its text whole: no label, button, tab, header or toolbar item is cut off."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QToolBar,
    QWidget,
)

from gui.domain.catalog import load_catalog
from gui.present.window_tabs import ANALYSIS_PAGES, RESULT_TABS
from gui.qt.session import ScenarioSession
from gui.qt.settings import Preferences
from gui.qt.translations import install
from gui.widgets.majority_chart import MajorityChart
from gui.widgets.window_factory import build_window

SIZE = (1024, 768)


def _in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def clipped(window: QWidget) -> list[str]:
    """What is cut off in the window now: (widget, text) descriptions."""
    found = []
    for widget in window.findChildren(QWidget):
        if not _shown(widget):
            continue
        name = widget.accessibleName() or widget.objectName() or type(widget).__name__
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                # Wrapped text needs its height for the width (a scroll area may hold more).
                if (
                    not _in_scroll_area(widget)
                    and widget.heightForWidth(widget.width()) > widget.height() + 2
                ):
                    found.append(f"label {name!r} needs more height: {widget.text()[:60]!r}")
            elif widget.sizeHint().width() > widget.width() + 1:
                found.append(f"label {name!r}: {widget.text()[:60]!r}")
        elif (
            isinstance(widget, QAbstractButton)
            and widget.text()
            and not isinstance(widget.parentWidget(), QTabBar)
        ):
            if widget.sizeHint().width() > widget.width() + 1:
                found.append(f"button {name!r}: {widget.text()!r}")
        elif isinstance(widget, QComboBox) and widget.currentText():
            option = QStyleOptionComboBox()
            widget.initStyleOption(option)
            field = widget.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, widget
            )
            if QFontMetrics(widget.font()).horizontalAdvance(widget.currentText()) > field.width():
                found.append(f"combo {name!r}: {widget.currentText()!r}")
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                rect = widget.tabRect(i)
                if rect.width() < widget.tabSizeHint(i).width() or not widget.rect().contains(rect):
                    found.append(f"tab {widget.tabText(i)!r}")
        elif isinstance(widget, QHeaderView) and widget.orientation().name == "Horizontal":
            model = widget.model()
            metrics = QFontMetrics(widget.font())
            for section in range(widget.count()):
                if widget.isSectionHidden(section):
                    continue
                text = str(model.headerData(section, widget.orientation()) or "")
                if metrics.horizontalAdvance(text) + 8 > widget.sectionSize(section):
                    found.append(f"header {text!r} ({widget.sectionSize(section)} px)")
        elif isinstance(widget, QToolBar):
            for action in widget.actions():
                item = widget.widgetForAction(action)
                if item is not None and not item.isVisible():
                    found.append(f"toolbar item {action.text() or item.accessibleName()!r} hidden")
        elif (
            isinstance(widget, QAbstractScrollArea)
            and widget.height() < 3 * QFontMetrics(widget.font()).height()
        ):
            found.append(f"view {name!r} crushed to {widget.height()} px")
        if isinstance(widget, pg.PlotWidget):
            # An axis's title runs along the axis, centred: longer than the plot, it is cut off.
            for side in ("left", "right", "bottom", "top"):
                axis = widget.getPlotItem().getAxis(side)
                if axis.isVisible() and axis.label.isVisible() and axis.labelText:
                    length = widget.height() if side in ("left", "right") else widget.width()
                    if axis.label.boundingRect().width() > length:
                        found.append(f"plot {name!r}: axis title {axis.labelText!r}")
        if isinstance(widget, MajorityChart) and widget.isVisible():
            # The votes axis's title, centred under the plot, and every row's name and figures.
            metrics = QFontMetrics(widget.tick_font)
            plot = widget.plot_rect()
            if metrics.horizontalAdvance(widget.axis_title) > widget.width():
                found.append(f"chart {name!r}: axis title {widget.axis_title!r}")
            if plot.width() < 0.25 * widget.width():
                found.append(f"chart {name!r}: bars squeezed to {plot.width():.0f} px by its texts")
    return found


@pytest.fixture(params=["en", "es"])
def small_window(request, qtbot, tmp_path):
    install(request.param)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = build_window(ScenarioSession(load_catalog()), Preferences(settings))
    window.confirm_discard = lambda: True
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.is_ready)
    yield window
    install("en")


def pages(window):
    """Every results page by name, and within it every analysis and every page of the popular vote."""
    for tab in RESULT_TABS:
        if tab == "analyses":
            yield from ((tab, analysis) for analysis in ANALYSIS_PAGES)
        elif tab == "popular":
            yield from ((tab, page) for page in range(window.popular_panel.pages.count()))
        else:
            yield tab, None


def show(window, tab, page) -> None:
    window.show_results(tab, page if tab == "analyses" else None)
    if tab == "popular":
        window.popular_panel.pages.setCurrentIndex(page)


def walk(qtbot, window) -> list[str]:
    """Every tab, every analysis page, both map views: what is cut off in each."""
    problems = []
    for tab, page in pages(window):
        show(window, tab, page)
        qtbot.wait(10)
        where = tab if page is None else f"{tab} › {page}"
        problems += [f"{where}: {problem}" for problem in clipped(window)]
    window.show_map_view("electors")
    qtbot.wait(10)
    problems += [f"electors view: {problem}" for problem in clipped(window)]
    window.show_map_view("map")
    return sorted(set(problems))


def test_nothing_is_cut_off_at_1024x768(qtbot, small_window):
    window = small_window
    window.documents.open_lesson("hamilton-electors-2016")
    assert window.lesson_dock.isVisible()
    problems = walk(qtbot, window)
    assert problems == [], "\n".join(problems)
    window.show_glossary()
    assert window.glossary_dock.isVisible()
    problems = walk(qtbot, window)
    assert problems == [], "\n".join(problems)


@pytest.mark.slow
def test_the_map_does_not_jump_between_tabs(qtbot, small_window):
    window = small_window
    window.documents.open_lesson("hamilton-electors-2016")
    places = set()
    for tab, page in pages(window):
        show(window, tab, page)
        qtbot.wait(10)
        places.add(window.map_panel.view.geometry().getRect())
    assert len(places) == 1, places


def test_a_first_window_fits_a_small_screen(qtbot, window):
    room = window.screen().availableGeometry()
    window.resize(room.width() + 300, room.height() + 200)
    window.fit_screen()
    assert window.width() <= room.width() and window.height() <= room.height()
