"""The race to the majority: one bar across, each side's electors from its own end (safe, likely,
lean, tilt: lighter is less sure), toss-ups in the middle, and a line at the middle, which
whoever passes has the majority (labelled "270 to win", or whatever the majority is).

What it shows is gui.present.forecast.race_bar; :func:`paint_race_bar` draws it on any painter
(the window, the map picture, the handout)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPaintDevice, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from gui.domain.forecast import is_forecast, race_segments
from gui.domain.i18n import translate
from gui.domain.scenario import Scenario
from gui.present.forecast import RaceBar, legend_rows, race_bar
from gui.qt.session import ScenarioSession, SessionChange
from gui.widgets.map.items import is_dark

INK = QColor("#202020")
MIN_LABELLED = 0.035  # a part narrower than this share of the bar carries no number


def _metrics(font: QFont, device: QPaintDevice | None) -> QFontMetricsF:
    # On a printer or PDF a point is many device pixels: measure for the device drawn on.
    return QFontMetricsF(font, device) if device is not None else QFontMetricsF(font)


def race_bar_height(font: QFont, device: QPaintDevice | None = None) -> float:
    """The height the bar needs with ``font``: a line of words, the bar, a little air."""
    line = _metrics(font, device).height()
    return line * 1.25 + line * 1.6 + 4


def paint_race_bar(painter: QPainter, rect: QRectF, bar: RaceBar, font: QFont) -> None:
    """Draw the race bar in ``rect``: labels on the first line, the bar below."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    metrics = _metrics(font, painter.device())
    line = metrics.height()
    bold = QFont(font)
    bold.setBold(True)
    words = QRectF(rect.left(), rect.top(), rect.width(), line * 1.2)
    left, middle, right = _labels(bar, _metrics(bold, painter.device()), rect.width())
    painter.setFont(bold)
    painter.setPen(QColor(bar.left_color))
    painter.drawText(words, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, left)
    painter.setPen(QColor(bar.right_color))
    painter.drawText(words, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, right)
    painter.setPen(INK)
    painter.drawText(words, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, middle)
    strip = QRectF(rect.left(), words.bottom() + line * 0.15, rect.width(), line * 1.35)
    total = max(bar.total, 1)
    centre = strip.left() + strip.width() / 2
    x = strip.left()
    painter.setFont(font)
    for part in bar.parts:
        if not part.electors:
            continue
        width = strip.width() * part.electors / total
        box = QRectF(x, strip.top(), width, strip.height())
        color = QColor(part.color)
        painter.fillRect(box, color)
        painter.setPen(QPen(QColor("#FFFFFF"), max(1.0, line / 16)))
        painter.drawLine(box.topRight(), box.bottomRight())
        number = str(part.electors)
        if part.electors / total >= MIN_LABELLED and metrics.horizontalAdvance(number) < width - 4:
            painter.setPen(QColor("#FFFFFF") if is_dark(color) else INK)
            painter.drawText(_beside_line(box, metrics, number, centre), Qt.AlignmentFlag.AlignCenter, number)
        x += width
    thin = max(1.0, line / 16)  # one pixel on screen, as thin on paper
    painter.setPen(QPen(QColor("#707070"), thin))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(strip)
    # The middle: more than half the electors appointed is the majority, from either end.
    painter.setPen(QPen(INK, 2.5 * thin))
    painter.drawLine(centre, strip.top() - line * 0.15, centre, strip.bottom() + 2)
    painter.restore()


def _labels(bar: RaceBar, metrics: QFontMetricsF, width: float) -> tuple[str, str, str]:
    """The first line's three texts as they fit in ``width``: the toss-ups' count goes first,
    then the sides' names are shortened; the numbers and the majority always stay."""
    gap = metrics.horizontalAdvance("  ")
    middle = bar.middle + (f"  ·  {bar.tossups}" if bar.tossups else "")
    if not _fits(metrics, width, gap, bar.left, middle, bar.right):
        middle = bar.middle
    if _fits(metrics, width, gap, bar.left, middle, bar.right):
        return bar.left, middle, bar.right
    # Each side's label must end before the middle text begins.
    room = (width - metrics.horizontalAdvance(middle)) / 2 - gap
    names = []
    for name, label in ((bar.sides[0], bar.left), (bar.sides[1], bar.right)):
        fixed = metrics.horizontalAdvance(label) - metrics.horizontalAdvance(name)
        names.append(metrics.elidedText(name, Qt.TextElideMode.ElideRight, max(0.0, room - fixed)))
    return bar.left_label(names[0]), middle, bar.right_label(names[1])


def _fits(metrics: QFontMetricsF, width: float, gap: float, left: str, middle: str, right: str) -> bool:
    half = metrics.horizontalAdvance(middle) / 2 + gap
    return max(metrics.horizontalAdvance(left), metrics.horizontalAdvance(right)) + half <= width / 2


def _beside_line(box: QRectF, metrics: QFontMetricsF, text: str, centre: float) -> QRectF:
    """Where a part's number goes: centred, or moved to the wider side of the middle line when
    the line would run through it."""
    half = metrics.horizontalAdvance(text) / 2 + 3
    middle = box.center().x()
    if abs(middle - centre) >= half:
        return box
    if centre - box.left() > box.right() - centre:
        return QRectF(box.left(), box.top(), centre - box.left(), box.height())
    return QRectF(centre, box.top(), box.right() - centre, box.height())


class RaceBarWidget(QWidget):
    """The race bar of the session's scenario, shown while it is a forecast."""

    def __init__(self, session: ScenarioSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.bar: RaceBar | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(translate("race_bar", "Race to the majority"))
        session.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, change: SessionChange) -> None:
        self.refresh()

    def refresh(self) -> None:
        scenario: Scenario = self._session.scenario
        forecast = is_forecast(scenario)
        segments = race_segments(scenario) if forecast else []
        self.bar = race_bar(scenario, segments) if forecast else None
        if forecast:
            rows = "\n".join(row.text for row in legend_rows(scenario, segments))
            self.setToolTip(
                translate("race_bar", "The line marks the middle: passing it is a majority.") + "\n" + rows
            )
            self.setAccessibleDescription(f"{self.bar.left}; {self.bar.middle}; {self.bar.right}")  # type: ignore[union-attr]
        if forecast == self.isHidden():  # only then: a relayout would refit the map below it
            self.setVisible(forecast)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(400, round(race_bar_height(self.font())) + 6)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.bar is None:
            return
        painter = QPainter(self)
        paint_race_bar(painter, QRectF(self.rect()).adjusted(4, 3, -4, -3), self.bar, self.font())
        painter.end()
