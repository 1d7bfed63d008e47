"""Projector mode read from the back of a room: text measured in pixels at 1920x1080."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontInfo, QFontMetrics

from gui.domain.scenario import Office
from gui.widgets.map.items import OutlineItem
from gui.widgets.map.scene import MAP_VIEW


def project(qtbot, window) -> None:
    window.resize(1920, 1080)
    window.projector_action.setChecked(True)
    window.projector.set_projector(True, full_screen=False)
    qtbot.wait(50)


def map_pixels(window) -> dict[str, float]:
    """The smallest text of each kind on the map, in screen pixels."""
    view = window.map_panel.view
    scale = view.transform().m22()
    shown = [(label, area) for label, area in view.scenes.labels if label.scene() is view.scene()]
    return {
        "state": min(label.pixel_size() * scale for label, area in shown if area.kind == "state"),
        "box": min(
            label.pixel_size() * scale for label, area in shown if area.kind in ("callout", "district")
        ),
        "legend": view.scenes.legends[MAP_VIEW].pixel_size() * scale,
    }


def test_labels_legend_and_chart_read_from_the_back_of_the_room(qtbot, window):
    before = map_pixels(window)
    project(qtbot, window)
    pixels = map_pixels(window)
    assert pixels["state"] >= 18 and pixels["legend"] >= 18 and pixels["box"] >= 15, pixels
    assert all(pixels[kind] > before[kind] for kind in pixels), (before, pixels)
    chart = window.charts[Office.PRESIDENT]
    assert QFontInfo(chart.tick_font).pixelSize() >= 20
    # The chart's rows never run into one another: past what fits, the rest are summed.
    window.session.new(2016)  # seven candidates
    qtbot.wait(20)
    plot_height = chart.plot_rect().height()
    line = QFontMetrics(chart.tick_font).height()
    assert len(chart.rows) * line <= plot_height and chart.rows[-1][0].endswith("others"), chart.rows
    # The summed row says how many votes it holds, never what "they" still need.
    assert chart.labels[-1] == f"{chart.rows[-1][1]} in all", chart.labels
    # The map takes most of the screen.
    assert window.map_panel.view.height() >= 0.5 * window.height()
    assert window.map_panel.view.width() >= 0.95 * window.width()
    # Zooming in makes the map's text larger still, never smaller.
    window.zoom_in_action.trigger()
    qtbot.wait(20)
    assert map_pixels(window)["state"] > pixels["state"]


@pytest.mark.slow
def test_no_selection_outline_in_projector_mode(qtbot, window):
    view = window.map_panel.view
    view.select_unit("TX")
    assert any(isinstance(item, OutlineItem) for item in view.scene().items())
    project(qtbot, window)
    assert view.selection() == ("unit", "TX")
    assert not any(isinstance(item, OutlineItem) for item in view.scene().items())
    window.projector.set_projector(False)
    assert any(isinstance(item, OutlineItem) for item in view.scene().items())


@pytest.mark.slow
def test_high_contrast_is_a_scheme(qtbot, window):
    window.contrast_action.trigger()
    view = window.map_panel.view
    texas = view.unit_item("TX")
    assert texas.outline.color().name() == "#1a1a1a" and texas.outline.widthF() >= 1.5
    assert "border: 2px solid #000000" in window.styleSheet()
    chart = window.charts[Office.PRESIDENT]
    assert chart.axis_pen.widthF() >= 2 and chart.tick_font.bold()
    window.contrast_action.trigger()
    assert texas.outline.color().name() == "#ffffff" and window.styleSheet() == ""
