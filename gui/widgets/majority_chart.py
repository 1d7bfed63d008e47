"""How close each candidate is to the majority: one bar per candidate, a line at the majority.

Bars, labels and the line are created once and updated in place on every tally.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QShowEvent
from PySide6.QtWidgets import QWidget

from gui.domain.i18n import translate
from gui.domain.scenario import Office, Scenario
from gui.domain.tally import Tally, votes_needed
from gui.qt.session import ScenarioSession, SessionChange

MAX_BARS = 8
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


def bar_rows(result: Tally, office: Office) -> list[tuple[str, int]]:
    """The candidates to draw, most votes first; past MAX_BARS the rest are summed."""
    votes = list(result.office(office).votes.items())
    if len(votes) <= MAX_BARS:
        return votes
    shown = votes[: MAX_BARS - 1]
    rest = votes[MAX_BARS - 1 :]
    others = translate("chart", "{count} others").format(count=len(rest))
    return [*shown, (others, sum(n for _, n in rest))]


def bar_label(votes: int, majority: int, winner: bool) -> str:
    missing = votes_needed(votes, majority)
    if missing:
        return translate("chart", "{votes} · needs {missing} more").format(votes=votes, missing=missing)
    spare = votes - majority
    if winner:
        return translate("chart", "{votes} · elected, {spare} to spare").format(votes=votes, spare=spare)
    return translate("chart", "{votes} · {spare} to spare").format(votes=votes, spare=spare)


def _round_up(value: float, step: int) -> float:
    return float(-(-int(value) // step) * step)


def _text_color_on(background: str) -> QColor:
    """Black or white, whichever reads better on the bar colour."""
    color = QColor(background)
    luminance = 0.299 * color.red() + 0.587 * color.green() + 0.114 * color.blue()
    return QColor("#000000" if luminance > 150 else "#FFFFFF")


class MajorityChart(pg.PlotWidget):
    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        configure_pyqtgraph()
        super().__init__(parent)
        self.office = office
        self.setAccessibleName(
            translate("chart", "Electoral votes for President against the majority")
            if office is Office.PRESIDENT
            else translate("chart", "Electoral votes for Vice President against the majority")
        )
        plot = still_plot(self, horizontal_grid=False)
        plot.getAxis("bottom").setLabel(translate("chart", "Electoral votes"))
        self._font = QFont()
        self._font.setPointSize(11)
        plot.getAxis("left").setStyle(tickFont=self._font)
        plot.getAxis("bottom").setStyle(tickFont=self._font)
        self._bars = pg.BarGraphItem(x0=[], y=[], height=BAR_HEIGHT, width=[], brushes=[])
        self.addItem(self._bars)
        self._line = pg.InfiniteLine(
            angle=90,
            movable=False,
            pen=pg.mkPen("#222222", width=2, style=Qt.PenStyle.DashLine),
            label="",
            labelOpts={
                "position": 0.96,
                "color": "#222222",
                "fill": (255, 255, 255, 220),
                "anchors": [(1, 0), (1, 0)],
            },
        )
        self._line.label.setFont(self._font)
        self.addItem(self._line)
        self._labels: list[pg.TextItem] = []
        self.rows: list[tuple[str, int]] = []
        self.majority_text = ""
        self._pending: tuple[Tally, Scenario] | None = None
        self._last: tuple[Tally, Scenario] | None = None
        self._high_contrast = False
        self._ticks: list[tuple[float, str]] | None = None
        self._x_max = 0.0
        self._session: ScenarioSession | None = None

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
        plot = self.getPlotItem()
        for axis in ("left", "bottom"):
            plot.getAxis(axis).setStyle(tickFont=self._font)
        self._line.label.setFont(self._font)
        for label in self._labels:
            label.setFont(self._font)

    def set_high_contrast(self, on: bool) -> None:
        self._high_contrast = on
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

    def _draw(self, result: Tally, scenario: Scenario) -> None:
        self._last = (result, scenario)
        rows = bar_rows(result, self.office)
        self.rows = rows
        count = len(rows)
        winner = result.office(self.office).winner
        ys = [count - 1 - i for i in range(count)]  # most votes on top
        brushes = [pg.mkBrush(QColor(scenario.color(name))) for name, _ in rows]
        outline = 3.0 if self._high_contrast else 0.5
        pens = [pg.mkPen("#000000", width=outline * (2 if name == winner else 1)) for name, _ in rows]
        if not rows:  # nobody has votes yet (2028): pyqtgraph cannot take empty pen lists
            brushes, pens = [pg.mkBrush(None)], [pg.mkPen(None)]
        self._bars.setOpts(
            x0=[0] * count, y=ys, height=BAR_HEIGHT, width=[n for _, n in rows], brushes=brushes, pens=pens
        )
        self.majority_text = translate("chart", "{majority} to win").format(majority=result.majority)
        self._line.setValue(result.majority)
        self._line.label.setFormat(self.majority_text)
        while len(self._labels) < count:
            label = pg.TextItem(color="#111111", anchor=(0, 0.5))
            label.setFont(self._font)
            self.addItem(label)
            self._labels.append(label)
        top = max([result.majority, *(n for _, n in rows)])
        for i, label in enumerate(self._labels):
            if i < count:
                name, votes = rows[i]
                label.setText(bar_label(votes, result.majority, name == winner))
                inside = votes > top * 0.55  # a long bar carries its label inside, by its end
                label.setAnchor((1, 0.5) if inside else (0, 0.5))
                label.setColor(_text_color_on(scenario.color(name)) if inside else QColor("#111111"))
                label.setPos(votes - top * 0.01 if inside else votes + top * 0.01, ys[i])
                label.show()
            else:
                label.hide()
        # Axes are costly to redraw: change ticks and ranges only when they really change.
        ticks = [(float(ys[i]), rows[i][0]) for i in range(count)]
        if ticks != self._ticks:
            self._ticks = ticks
            self.getPlotItem().getAxis("left").setTicks([ticks])
            self.setYRange(-0.6, max(count, 2) + 0.5, padding=0)  # a free row on top for the majority label
        x_max = _round_up(top * 1.12 + 1, step=max(10, result.appointed // 20))
        if x_max != self._x_max:
            self._x_max = x_max
            self.setXRange(0, x_max, padding=0)
