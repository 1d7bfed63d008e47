"""How close each candidate is to the majority: one bar per candidate, a line at the majority.

Drawn with QPainter (the window's first chart needs neither pyqtgraph nor numpy, and a toggle
repaints only a few rectangles and texts); it keeps the look of the window's other plots: a
framed plot, names and figures outside it, a faint grid from the bottom axis.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from gui.domain.i18n import translate
from gui.domain.identifiers import cut
from gui.domain.scenario import Office, Scenario
from gui.domain.tally import Tally, votes_needed
from gui.qt.session import ScenarioSession, SessionChange

MAX_BARS = 13  # every person of 1789 and 1796 gets a bar of their own
NAME_LIMIT = 30  # characters of a name beside its bar: "Charles Cotesworth Pinckney" is 27
BAR_HEIGHT = 0.62


def bar_rows(result: Tally, office: Office, limit: int = MAX_BARS) -> list[tuple[str, int]]:
    """The candidates to draw, most votes first; past ``limit`` rows the rest are summed."""
    votes = list(result.office(office).votes.items())
    limit = max(2, limit)
    if len(votes) <= limit:
        return votes
    shown = votes[: limit - 1]
    rest = votes[limit - 1 :]
    others = translate("chart", "{count} others").format(count=len(rest))
    return [*shown, (others, sum(n for _, n in rest))]


def bar_label(votes: int, majority: int, winner: bool, pending: int = 0) -> str:
    """A bar's figures: what it still needs, or its votes to spare (``pending``: electors still
    undecided, so a majority is reached, not yet cast)."""
    missing = votes_needed(votes, majority)
    if missing:
        return translate("chart", "{votes} · needs {missing} more").format(votes=votes, missing=missing)
    spare = votes - majority
    if winner and pending:
        return translate("chart", "{votes} · majority reached, {spare} to spare").format(
            votes=votes, spare=spare
        )
    if winner:
        return translate("chart", "{votes} · elected, {spare} to spare").format(votes=votes, spare=spare)
    return translate("chart", "{votes} · {spare} to spare").format(votes=votes, spare=spare)


def _round_up(value: float, step: int) -> float:
    return float(-(-int(value) // step) * step)


PENDING_COLOR = QColor("#D9D9D9")  # the votes not yet called: grey, as on the map
OTHERS_COLOR = QColor("#9E9E9E")  # the row that sums the candidates past the last one shown
INK = QColor("#000000")
TEXT_GAP = 5  # between a name or a figure and the frame
TOP_TICK = 4  # the majority's tick on the top axis, into the plot
TEXT_OFFSET = 2  # between the frame and a text above or below it
TEXT_BOX = 0.8  # of a line's height: what a text above or below the plot takes (glyphs, no leading)
TOP_ROOM = 1  # above the majority's words, so that no glyph touches the edge
GRID_ALPHA = 38  # the faint vertical grid (of 255); the minor lines fainter still


def x_tick_levels(top: float, pixels: float) -> list[float]:
    """The spacings of the votes axis from 0 to ``top`` across ``pixels``, major first, as the
    window's other plots space theirs: at least 2.25 major intervals (more on a longer axis) of
    1, 2 or 5 times a power of ten, minor and finer steps no closer than 2 pixels."""
    if top <= 0 or pixels <= 0:
        return []
    widest = top / max(2.25, 2.25 * math.sqrt(pixels / 300.0))
    unit = 10.0 ** (math.floor(math.log10(widest)) - 1)
    closest = 2 * top / pixels  # one tick per two pixels at most
    factor = 100 if 100 * unit <= widest else next(f for f in (50, 20, 10) if f * unit <= widest)
    if factor == 100:
        factor, unit = 10, unit * 10
    minors = (5, 10) if factor == 10 else (10, 20, 50)
    minor = next((f * unit for f in minors if f * unit >= closest), minors[-1] * unit)
    levels = [factor * unit, minor]
    extras = {10: (1, 2, 5, 10), 20: (2, 5, 10, 20), 50: (5, 10, 50)}[factor]
    extra = next((f * unit for f in extras if f * unit >= closest or f * unit == minor), extras[-1] * unit)
    if extra < minor:
        levels.append(extra)
    return levels


FILL_LIMITS = ((0, 0.8), (2, 0.6), (4, 0.4), (6, 0.2))  # (texts so far, most of the axis filled)


class MajorityChart(QWidget):
    """One bar per candidate, most votes on top, against a dashed line at the majority.

    Every text sits outside the plotted area, so none can collide with a bar, the line or
    another text: names on the left, each bar's figures on the right, the majority
    ("270 to win") above the line. Units not yet called get a grey bar of their own at the
    bottom ("16 not yet called").
    """

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.setAccessibleName(
            translate("chart", "Electoral votes for President against the majority")
            if office is Office.PRESIDENT
            else translate("chart", "Electoral votes for Vice President against the majority")
        )
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # it fills every pixel itself
        self.axis_title = translate("chart", "Electoral votes")  # under the votes axis
        self.tick_font = QFont()
        self.tick_font.setPointSize(11)
        self.axis_pen = QPen(INK, 1)
        self.rows: list[tuple[str, int]] = []
        self.labels: list[str] = []  # each row's figures, as the right side shows them
        self.pending = 0  # electoral votes not yet called
        self.majority_text = ""
        self.axis_labels: list[tuple[float, str, float]] = []  # the votes axis's, at the last paint
        self._pending: tuple[Tally, Scenario] | None = None
        self._last: tuple[Tally, Scenario] | None = None
        self._high_contrast = False
        self.shown_names: list[str] = []  # each row's name as drawn, "Not yet called" included
        self._bars: list[tuple[int, QBrush, QPen]] = []  # (votes, fill, outline), top row first
        self._majority = 0
        self._x_max = 0.0
        self._limit = MAX_BARS
        self._session: ScenarioSession | None = None
        self._grid_key: object = None
        self._grid = QPixmap()
        self._style()

    def _style(self) -> None:
        self.tick_font.setBold(self._high_contrast)
        self.axis_pen = QPen(INK, 2 if self._high_contrast else 1)
        self.axis_pen.setCosmetic(True)

    def follow(self, session: ScenarioSession) -> None:
        """Show the session's tally now and after every change."""
        self._session = session
        session.changed.connect(self._on_changed)
        self.show_tally(session.tally, session.scenario)

    def _on_changed(self, change: SessionChange) -> None:
        assert self._session is not None
        self.show_tally(change.tally, self._session.scenario)

    def set_text_scale(self, scale: float) -> None:
        """Zoom (projector mode): every label of the chart grows with the rest of the window."""
        self.tick_font.setPointSizeF(11 * scale)
        self._restyled()

    def set_high_contrast(self, on: bool) -> None:
        self._high_contrast = on
        self._style()
        self._restyled()

    def _restyled(self) -> None:
        if self._last is not None:
            self._draw(*self._last)
        self.update()

    def show_tally(self, result: Tally, scenario: Scenario) -> None:
        if not self.isVisible():  # a chart in a hidden tab catches up when it is shown
            self._pending = (result, scenario)
            return
        self._pending = None
        self._draw(result, scenario)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending is not None:
            self.show_tally(*self._pending)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._last is not None and self._row_limit() != self._limit:
            self._draw(*self._last)  # more or fewer rows now fit

    # --- layout -------------------------------------------------------------------------------

    def _margins(self) -> tuple[float, float, float, float]:
        """Room outside the plot (left, top, right, bottom) for the names, the majority, the
        figures and the votes axis."""
        metrics = QFontMetrics(self.tick_font)
        line = metrics.height()
        left = max((metrics.horizontalAdvance(name) for name in self.shown_names), default=0)
        right = max((metrics.horizontalAdvance(label) for label in self.labels), default=0)
        gap = TEXT_GAP + 2
        return (
            left + gap if left else gap,
            TOP_TICK + TEXT_OFFSET + TEXT_BOX * line + TOP_ROOM,
            right + gap if right else gap,
            TEXT_OFFSET + TEXT_BOX * line + line,
        )

    def plot_rect(self) -> QRectF:
        """Where the bars are drawn, inside the frame, in widget pixels."""
        left, top, right, bottom = self._margins()
        return QRectF(
            left, top, max(1.0, self.width() - left - right), max(1.0, self.height() - top - bottom)
        )

    def _row_limit(self) -> int:
        """How many rows fit one above the other without their names touching (at most
        MAX_BARS): in projector mode's large type a few candidates, the rest summed."""
        height = (
            self.plot_rect().height()
            if self.shown_names
            else self.height() - self._margins()[1] - self._margins()[3]
        )
        line = QFontMetrics(self.tick_font).height() * 1.1
        return MAX_BARS if height <= 0 else max(2, min(MAX_BARS, int(height // line)))

    # --- the tally ----------------------------------------------------------------------------

    def _draw(self, result: Tally, scenario: Scenario) -> None:
        self._last = (result, scenario)
        office_tally = result.office(self.office)
        self._limit = self._row_limit()
        rows = bar_rows(result, self.office, self._limit - (1 if office_tally.undecided else 0))
        self.rows = rows
        self.pending = office_tally.undecided
        winner = office_tally.winner
        self.labels = [
            bar_label(votes, result.majority, name == winner, self.pending) for name, votes in rows
        ]
        summed = len(rows) < len(office_tally.votes)
        if summed:  # several people's votes together: nobody needs them, so say only how many
            self.labels[-1] = translate("chart", "{votes} in all").format(votes=rows[-1][1])
        outline = 3.0 if self._high_contrast else 0.5
        bars = []
        for i, (name, votes) in enumerate(rows):
            color = OTHERS_COLOR if summed and i == len(rows) - 1 else QColor(scenario.color(name))
            bars.append((votes, QBrush(color), self._outline(outline * (2 if name == winner else 1))))
        names = [name for name, _ in rows]
        if self.pending:
            names.append(translate("chart", "Not yet called"))
            self.labels.append(translate("chart", "{count} not yet called").format(count=self.pending))
            bars.append(
                (self.pending, QBrush(PENDING_COLOR), self._outline(max(1.0, outline), Qt.PenStyle.DashLine))
            )
        # A name longer than any candidate's is cut, so that it never squeezes the bars.
        self.shown_names, self._bars = [cut(name, NAME_LIMIT) for name in names], bars
        self.majority_text = translate("chart", "{majority} to win").format(majority=result.majority)
        self._majority = result.majority
        top = max([result.majority, *(votes for votes, _, _ in bars)])
        self._x_max = _round_up(top * 1.06 + 1, step=max(10, result.appointed // 20))
        self.update()

    @staticmethod
    def _outline(width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
        pen = QPen(INK, width, style)
        pen.setCosmetic(True)  # in screen pixels, whatever the scale
        return pen

    # --- painting -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.tick_font)
        plot = self.plot_rect()
        metrics = QFontMetrics(self.tick_font)
        line = metrics.height()
        x_max = self._x_max or 1.0
        count = len(self._bars)
        y_low, y_high = -0.6, max(count, 2) - 0.4

        def x_at(votes: float) -> float:
            return plot.left() + votes / x_max * plot.width()

        def y_at(value: float) -> float:
            return plot.bottom() - (value - y_low) / (y_high - y_low) * plot.height()

        # The grid and the votes axis: each finer step fainter, labelled while there is room.
        placed: set[int] = set()
        grid: list[tuple[int, list[float]]] = []  # (alpha, offsets from the plot's left)
        texts: list[tuple[float, str, float]] = []
        labelled = True
        for level, step in enumerate(x_tick_levels(x_max, plot.width())):
            ticks = [k for k in range(int(x_max / step + 1e-9) + 1) if round(k * step * 1000) not in placed]
            placed.update(round(k * step * 1000) for k in ticks)
            alpha = GRID_ALPHA / (level + 1) * min(1.0, 0.05 * plot.width() / (len(ticks) + 1))
            xs = [x_at(k * step) - plot.left() for k in ticks]
            grid.append((round(alpha), [x for x in xs if 0.5 < x < plot.width() - 0.5]))
            if not labelled:
                continue
            found = [(x_at(k * step), f"{k * step:g}") for k in ticks]
            found = [(x, text, metrics.boundingRect(text).width()) for x, text in found]
            found = [(x, t, w) for x, t, w in found if plot.left() <= x - w / 2 and x + w / 2 <= plot.right()]
            filled = sum(w for _, _, w in texts + found) / plot.width()
            if level and any(len(texts) >= n and filled >= most for n, most in FILL_LIMITS):
                labelled = False  # too crowded: no finer labels
                continue
            texts.extend(found)
        self._paint_grid(painter, plot, grid)
        self.axis_labels = texts  # as drawn: (centre, text, width)
        painter.setPen(INK)
        for x, text, width in texts:
            centre = plot.bottom() + TEXT_OFFSET + TEXT_BOX * line / 2
            box = QRectF(x - width / 2 - 1, centre - line / 2, width + 2, line)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.drawText(
            QRectF(plot.left(), plot.bottom() + TEXT_OFFSET + TEXT_BOX * line, plot.width(), line),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            self.axis_title,
        )

        # The bars, most votes on top, and their names and figures on either side.
        for i, ((votes, brush, pen), name, label) in enumerate(
            zip(self._bars, self.shown_names, self.labels, strict=True)
        ):
            y = count - 1 - i
            top, bottom = y_at(y + BAR_HEIGHT / 2), y_at(y - BAR_HEIGHT / 2)
            painter.setPen(pen)
            painter.setBrush(brush)
            painter.drawRect(QRectF(plot.left(), top, x_at(votes) - plot.left(), bottom - top))
            painter.setPen(INK)
            centre = y_at(y)
            painter.drawText(
                QRectF(0, centre - line / 2, plot.left() - TEXT_GAP, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                name,
            )
            painter.drawText(
                QRectF(plot.right() + TEXT_GAP, centre - line / 2, self.width(), line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
        painter.setBrush(Qt.BrushStyle.NoBrush)

        # The frame, then the majority: a dashed line, its tick and its words above the plot.
        painter.setPen(self.axis_pen)
        painter.drawRect(plot)
        if self._majority:
            x = x_at(self._majority)
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.top() + TOP_TICK))
            painter.setPen(self._line_pen())
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(INK)
            width = metrics.horizontalAdvance(self.majority_text)
            painter.drawText(
                QRectF(
                    x - width / 2 - 1,
                    plot.top() - TOP_TICK - TEXT_OFFSET - (1 + TEXT_BOX) * line / 2,
                    width + 2,
                    line,
                ),
                Qt.AlignmentFlag.AlignCenter,
                self.majority_text,
            )
        painter.end()

    def _paint_grid(self, painter: QPainter, plot: QRectF, grid: list[tuple[int, list[float]]]) -> None:
        """The faint vertical lines, kept as a picture of the plot while it keeps its size and
        steps: dozens of antialiased lines cost more than the rest of the chart together."""
        scaled = painter.deviceTransform().isScaling()  # a page at print resolution: vectors
        ratio = self.devicePixelRatioF()
        origin = QPointF(math.floor(plot.left()), math.floor(plot.top()))  # on whole pixels
        key = (plot.getRect(), tuple((alpha, tuple(xs)) for alpha, xs in grid), ratio)
        if scaled or self._grid_key != key:
            width, height = (
                math.ceil(plot.right()) + 1 - origin.x(),
                math.ceil(plot.bottom()) + 1 - origin.y(),
            )
            image = QPixmap(round(width * ratio), round(height * ratio))
            image.setDevicePixelRatio(ratio)
            image.fill(Qt.GlobalColor.white)
            target = painter if scaled else QPainter(image)
            target.save()
            target.setRenderHint(QPainter.RenderHint.Antialiasing)
            shift = plot.topLeft() - origin
            if scaled:
                target.translate(origin)
            for alpha, xs in grid:
                pen = QPen(QColor(0, 0, 0, alpha), 1)
                pen.setCosmetic(True)
                target.setPen(pen)
                target.drawLines(
                    [QLineF(x + shift.x(), shift.y(), x + shift.x(), shift.y() + plot.height()) for x in xs]
                )
            target.restore()
            if scaled:
                return
            target.end()
            self._grid_key, self._grid = key, image
        painter.drawPixmap(origin, self._grid)

    def _line_pen(self) -> QPen:
        return self._outline(3 if self._high_contrast else 2, Qt.PenStyle.DashLine)
