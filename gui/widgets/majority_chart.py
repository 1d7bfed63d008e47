"""How close each candidate is to the majority: one bar per candidate, a line at the majority.

Bars, labels and the line are created once and updated in place on every tally.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QShowEvent
from PySide6.QtWidgets import QWidget

from gui.domain.i18n import translate
from gui.domain.identifiers import cut
from gui.domain.scenario import Office, Scenario
from gui.domain.tally import Tally, votes_needed
from gui.qt.session import ScenarioSession, SessionChange

MAX_BARS = 13  # every person of 1789 and 1796 gets a bar of their own
NAME_LIMIT = 30  # characters of a name beside its bar: "Charles Cotesworth Pinckney" is 27
BAR_HEIGHT = 0.62
_configured = False


def configure_pyqtgraph() -> None:
    """Global pyqtgraph options, set once before the first plot widget."""
    global _configured
    if not _configured:
        pg.setConfigOptions(antialias=True, background="w", foreground="k")
        _configured = True


def still_plot(plot: pg.PlotWidget, *, horizontal_grid: bool) -> pg.PlotItem:
    """A chart to read, not to explore: no panning, zooming, buttons or pyqtgraph's own menu."""
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    item = plot.getPlotItem()
    item.showGrid(x=True, y=horizontal_grid, alpha=0.15)
    return item


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


class MajorityChart(pg.PlotWidget):
    """One bar per candidate, most votes on top, against a dashed line at the majority.

    Every text sits outside the plotted area, so none can collide with a bar, the line or
    another text: names on the left axis, each bar's figures on the right axis, the majority
    ("270 to win") on the top axis above the line. Units not yet called get a grey bar of
    their own at the bottom ("16 not yet called").
    """

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        configure_pyqtgraph()
        super().__init__(parent)
        self.office = office
        self.setAccessibleName(
            translate("chart", "Electoral votes for President against the majority")
            if office is Office.PRESIDENT
            else translate("chart", "Electoral votes for Vice President against the majority")
        )
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        plot = self.getPlotItem()
        plot.showAxis("right")
        plot.showAxis("top")
        plot.getAxis("right").linkToView(plot.getViewBox())
        plot.getAxis("top").linkToView(plot.getViewBox())
        plot.getAxis("bottom").setGrid(38)  # a faint grid, from the bottom axis only
        plot.getAxis("bottom").setLabel(translate("chart", "Electoral votes"))
        self._font = QFont()
        self._font.setPointSize(11)
        self._bars = pg.BarGraphItem(x0=[], y=[], height=BAR_HEIGHT, width=[], brushes=[])
        self.addItem(self._bars)
        self._line = pg.InfiniteLine(
            angle=90, movable=False, pen=pg.mkPen("#222222", width=2, style=Qt.PenStyle.DashLine)
        )
        self.addItem(self._line)
        self.rows: list[tuple[str, int]] = []
        self.labels: list[str] = []  # each row's figures, as the right axis shows them
        self.pending = 0  # electoral votes not yet called
        self.majority_text = ""
        self._pending: tuple[Tally, Scenario] | None = None
        self._last: tuple[Tally, Scenario] | None = None
        self._high_contrast = False
        self._ticks: tuple[object, ...] | None = None
        self._x_max = 0.0
        self._limit = MAX_BARS
        self._session: ScenarioSession | None = None
        plot.getViewBox().sigResized.connect(self._on_plot_resized)
        self._style_axes()

    def _style_axes(self) -> None:
        plot = self.getPlotItem()
        self._font.setBold(self._high_contrast)
        pen = pg.mkPen("#000000", width=2 if self._high_contrast else 1)
        for name in ("left", "bottom", "right", "top"):
            axis = plot.getAxis(name)
            axis.setStyle(tickFont=self._font, autoExpandTextSpace=True)
            axis.setPen(pen)
            axis.setTextPen(pg.mkPen("#000000"))
        bottom = plot.getAxis("bottom")
        bottom.label.setFont(self._font)
        bottom.setLabel(bottom.labelText)  # its height follows the type
        plot.getAxis("top").setStyle(tickLength=4)
        plot.getAxis("right").setStyle(tickLength=0)
        plot.getAxis("left").setStyle(tickLength=0)
        self._line.setPen(
            pg.mkPen("#000000", width=3 if self._high_contrast else 2, style=Qt.PenStyle.DashLine)
        )
        self._ticks = None  # the axes lay their text out again

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
        self._font.setPointSizeF(11 * scale)
        self._style_axes()
        if self._last is not None:
            self._draw(*self._last)

    def set_high_contrast(self, on: bool) -> None:
        self._high_contrast = on
        self._style_axes()
        if self._last is not None:
            self._draw(*self._last)

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

    def _on_plot_resized(self) -> None:
        if self._last is not None and self._row_limit() != self._limit:
            self._draw(*self._last)  # more or fewer rows now fit

    def _row_limit(self) -> int:
        """How many rows fit one above the other without their names touching (at most
        MAX_BARS): in projector mode's large type a few candidates, the rest summed."""
        height = self.getPlotItem().getViewBox().height()
        line = QFontMetrics(self._font).height() * 1.1
        return MAX_BARS if height <= 0 else max(2, min(MAX_BARS, int(height // line)))

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
        names = [name for name, _ in rows]
        widths = [votes for _, votes in rows]
        brushes = [pg.mkBrush(QColor(scenario.color(name))) for name in names]
        if summed:  # the last row sums the others: no one's colour
            brushes[-1] = pg.mkBrush(OTHERS_COLOR)
        outline = 3.0 if self._high_contrast else 0.5
        pens = [pg.mkPen("#000000", width=outline * (2 if name == winner else 1)) for name in names]
        if self.pending:
            names.append(translate("chart", "Not yet called"))
            widths.append(self.pending)
            self.labels.append(translate("chart", "{count} not yet called").format(count=self.pending))
            brushes.append(pg.mkBrush(PENDING_COLOR))
            pens.append(pg.mkPen("#000000", width=max(1.0, outline), style=Qt.PenStyle.DashLine))
        count = len(names)
        ys = [count - 1 - i for i in range(count)]  # most votes on top, not yet called last
        if not count:  # pyqtgraph cannot take empty pen lists
            brushes, pens = [pg.mkBrush(None)], [pg.mkPen(None)]
        self._bars.setOpts(x0=[0] * count, y=ys, height=BAR_HEIGHT, width=widths, brushes=brushes, pens=pens)
        self.majority_text = translate("chart", "{majority} to win").format(majority=result.majority)
        self._line.setValue(result.majority)
        # Axes are costly to redraw: change ticks and ranges only when they really change.
        ticks = (
            # A name longer than any candidate's is cut, so that it never squeezes the bars.
            tuple(zip(ys, (cut(name, NAME_LIMIT) for name in names), strict=True)),
            tuple(zip(ys, self.labels, strict=True)),
            result.majority,
            self.majority_text,
        )
        if ticks != self._ticks:
            self._ticks = ticks
            plot = self.getPlotItem()
            plot.getAxis("left").setTicks([[(float(y), name) for y, name in ticks[0]]])
            plot.getAxis("right").setTicks([[(float(y), label) for y, label in ticks[1]]])
            plot.getAxis("top").setTicks([[(float(result.majority), self.majority_text)], []])
            self.setYRange(-0.6, max(count, 2) - 0.4, padding=0)
        top = max([result.majority, *widths])
        x_max = _round_up(top * 1.06 + 1, step=max(10, result.appointed // 20))
        if x_max != self._x_max:
            self._x_max = x_max
            self.setXRange(0, x_max, padding=0)
