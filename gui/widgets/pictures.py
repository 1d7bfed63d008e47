"""Pictures of a scenario as PNG files: the map, the electors view, the chart, or a widget
as it is on screen. Drawn offscreen by the window's own views, encoded in memory and checked,
then written atomically (gui.io.atomic): a picture that failed never replaces a file. A picture
of a whole window is gui.widgets.window_picture's.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from gui.domain.document import ScenarioDocument
from gui.domain.forecast import is_forecast
from gui.domain.i18n import translate
from gui.domain.identifiers import InputError
from gui.domain.scenario import Office, Scenario
from gui.domain.tally import Tally, tally
from gui.io.atomic import WriteError, cannot_write, write_bytes
from gui.present.forecast import race_bar
from gui.qt.application import offscreen_application
from gui.widgets.majority_chart import MajorityChart
from gui.widgets.map.race_bar import paint_race_bar, race_bar_height
from gui.widgets.map.view import MapView, map_image

PNG_KINDS = ("map", "electors", "chart")
DEFAULT_PNG_SIZES = {
    "map": (1000, 640),
    "electors": (1000, 640),
    "chart": (900, 360),
}


def chart_image(scenario: Scenario, result: Tally, size: tuple[int, int], *, scale: float = 1.0) -> QImage:
    """The majority chart for President, laid out at ``size`` in screen pixels and rendered
    ``scale`` times as large (laid out for the screen, so its type keeps its size on a page)."""
    app = offscreen_application()
    chart = MajorityChart(Office.PRESIDENT)
    chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)  # never flashes a window
    chart.resize(*size)
    chart.show()  # the chart draws only when visible
    chart.show_tally(result, scenario)
    app.processEvents()
    image = QImage(round(size[0] * scale), round(size[1] * scale), QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.scale(image.width() / size[0], image.height() / size[1])
    chart.render(painter, QPoint(0, 0))
    painter.end()
    chart.close()
    chart.deleteLater()
    return image


def forecast_map_image(scenario: Scenario, size: tuple[int, int], *, print_friendly: bool = False) -> QImage:
    """A forecast's map with its race bar above it, ``size`` in pixels."""
    width, height = size
    font = QFont(QApplication.font())
    font.setPixelSize(max(11, round(height / 48)))
    bar_height = round(race_bar_height(font)) + 12
    view = MapView()
    view.resize(width, height - bar_height)
    view.set_scenario(scenario)
    view.set_print_friendly(print_friendly)
    view.set_view("map")
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    paint_race_bar(painter, QRectF(12, 8, width - 24, bar_height - 12), race_bar(scenario), font)
    painter.drawPixmap(0, bar_height, view.grab())
    painter.end()
    view.deleteLater()
    return image


def export_png(
    document: ScenarioDocument,
    path: Path,
    *,
    what: str = "window",
    size: tuple[int, int] | None = None,
    print_friendly: bool = False,
) -> tuple[int, int]:
    """Save a PNG of the map, the electors view or the majority chart (President); returns its
    size in pixels. ``print_friendly`` hatches the map and marks the dots."""
    if what not in PNG_KINDS:
        raise InputError(f"cannot export {what!r} as a picture; choose one of {', '.join(PNG_KINDS)}")
    width, height = size or DEFAULT_PNG_SIZES[what]
    offscreen_application()
    scenario = document.scenario
    if what == "map" and is_forecast(scenario):
        image = forecast_map_image(scenario, (width, height), print_friendly=print_friendly)
    elif what in ("map", "electors"):
        image = map_image(scenario, what, (width, height), print_friendly=print_friendly)
    else:
        image = chart_image(scenario, tally(scenario), (width, height))
    return save_image(image, path)


def png_bytes(image: QImage) -> bytes:
    """``image`` encoded as PNG in memory, checked by reading it back; OSError if it failed."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    encoded = not image.isNull() and image.save(buffer, "PNG")
    buffer.close()
    if not encoded or QImage.fromData(data, "PNG").size() != image.size():
        raise OSError(translate("export", "the picture could not be encoded"))
    return bytes(data.data())


def save_image(image: QImage, path: Path) -> tuple[int, int]:
    """Write an image as PNG, atomically; returns its size."""
    try:
        data = png_bytes(image)
    except OSError as error:
        raise WriteError(cannot_write(Path(path), str(error))) from None
    write_bytes(Path(path), data)
    return image.width(), image.height()


def render_map(
    scenario: Scenario,
    view: str,
    path: Path,
    size: tuple[int, int] = (1000, 640),
    *,
    print_friendly: bool = False,
) -> tuple[int, int]:
    """A picture of the map or the electors view saved as PNG (docs, prints)."""
    return save_image(map_image(scenario, view, size, print_friendly=print_friendly), Path(path))


def save_widget(widget: QWidget, path: Path) -> tuple[int, int]:
    """A picture of a widget (the window) as it is on screen."""
    return save_image(widget.grab().toImage(), path)
