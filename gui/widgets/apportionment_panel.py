"""The Apportionment tab: another census, House size or method for the election on screen.

Each change of a control is one undoable step (gui.domain.commands.Reapportion); the session
then tells every view to rebuild. Beside the controls: what the apportionment changed (the words
of gui.present.apportionment, as ``ec-whatif tally`` prints them) and a chart of each leading
candidate's electoral votes above or below a majority for every House size, with the size on
screen marked. While the slider is dragged only the mark moves; the House changes on release.
"""

from __future__ import annotations

from dataclasses import replace
from html import escape

import pyqtgraph as pg
from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gui.domain.analyses.house_sizes import HouseSweep, sweep_house_sizes
from gui.domain.apportionment import (
    FIRST_ELECTION,
    MAX_HOUSE,
    MIN_HOUSE,
    Allotment,
    Choice,
    District,
    Method,
    SizeRule,
    allot,
    censuses,
    default_choice,
)
from gui.domain.commands import Reapportion
from gui.domain.i18n import QT_TRANSLATE_NOOP, translate
from gui.domain.identifiers import InputError
from gui.present.apportionment import (
    apportionment_report,
    choice_line,
    district_choice,
    district_label,
    margin_title,
    method_name,
    method_tip,
    size_result,
    sweep_summary,
)
from gui.present.blocks import to_html
from gui.qt.session import ScenarioSession, SessionChange
from gui.widgets.plots import configure_pyqtgraph, still_plot
from gui.widgets.scrolling import VerticalScrollArea

SWEEP = (100, 1000)  # the chart's House sizes, widened to take in the size on screen
RULE_WORDS = {
    SizeRule.FIXED: QT_TRANSLATE_NOOP("apportionment_panel", "Seats as chosen"),
    SizeRule.WYOMING: QT_TRANSLATE_NOOP("apportionment_panel", "Wyoming rule"),
    SizeRule.CUBE_ROOT: QT_TRANSLATE_NOOP("apportionment_panel", "Cube-root rule"),
}
RULE_TIPS = {
    SizeRule.FIXED: QT_TRANSLATE_NOOP(
        "apportionment_panel", "The House has the number of seats on the slider"
    ),
    SizeRule.WYOMING: QT_TRANSLATE_NOOP(
        "apportionment_panel", "As many seats as the total population holds the least populous state's"
    ),
    SizeRule.CUBE_ROOT: QT_TRANSLATE_NOOP(
        "apportionment_panel", "As many seats as the cube root of the total population"
    ),
}


def _text(label: QLabel) -> QScrollArea:
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    area = QScrollArea(label.parentWidget())
    area.setWidget(label)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


class MarginChart(pg.PlotWidget):
    """Each of the two leading candidates' electoral votes above (or below) a majority, by House
    size; where both lines meet below zero the count ties and the House decides."""

    def __init__(self, parent: QWidget | None = None) -> None:
        configure_pyqtgraph()
        super().__init__(parent)
        plot = still_plot(self, horizontal_grid=True)
        plot.getAxis("bottom").setLabel(translate("apportionment_panel", "House size (seats)"))
        # The title above the chart names the vertical axis: along the axis it would be cut short.
        self.curves = [self.plot([], []), self.plot([], [])]
        self.ties = pg.ScatterPlotItem(size=7, brush=pg.mkBrush("#222222"), pen=None, symbol="d")
        self.addItem(self.ties)
        self.majority = majority = pg.InfiniteLine(
            pos=0,
            angle=0,
            pen=pg.mkPen("#222222", width=1.5, style=Qt.PenStyle.DashLine),
            label=translate("apportionment_panel", "majority"),
            labelOpts={"position": 0.98, "color": "#222222", "anchors": [(1, 1), (1, 1)]},
        )
        self.addItem(majority)
        self.size_line = pg.InfiniteLine(
            angle=90,
            pen=pg.mkPen("#555555", width=1.5),
            label="",
            labelOpts={"position": 0.92, "color": "#222222", "fill": (255, 255, 255, 220)},
        )
        self.addItem(self.size_line)
        self.sweep: HouseSweep | None = None
        self.set_text_scale(1.0)

    def set_text_scale(self, scale: float) -> None:
        """Zoom (projector mode): the axes and labels grow with the rest of the window."""
        font = QFont()
        font.setPointSizeF(10 * scale)
        plot = self.getPlotItem()
        for axis in ("left", "bottom"):
            plot.getAxis(axis).setStyle(tickFont=font)
            plot.getAxis(axis).label.setFont(font)
        for line in (self.majority, self.size_line):
            line.label.setFont(font)

    def show_sweep(self, sweep: HouseSweep, colors: tuple[str, str]) -> None:
        self.sweep = sweep
        sizes = [count.size for count in sweep.counts]
        for curve, color, votes in (
            (self.curves[0], colors[0], [c.a_votes - c.majority for c in sweep.counts]),
            (self.curves[1], colors[1], [c.b_votes - c.majority for c in sweep.counts]),
        ):
            curve.setData(sizes, votes)
            curve.setPen(pg.mkPen(color, width=2))
        tied = [sweep.at(size) for size in sweep.ties()]
        self.ties.setData([c.size for c in tied], [c.a_votes - c.majority for c in tied])
        self.setXRange(sizes[0], sizes[-1], padding=0.01)

    def clear_sweep(self) -> None:
        self.sweep = None
        for curve in self.curves:
            curve.setData([], [])
        self.ties.setData([], [])

    def mark(self, size: int) -> None:
        self.size_line.setValue(size)
        self.size_line.label.setFormat(str(size))


class ApportionmentPanel(QWidget):
    def __init__(self, session: ScenarioSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAccessibleName(translate("apportionment_panel", "Apportionment"))
        self._stale = True
        self._build()
        # A bound method, not a lambda: the connection ends when the panel is deleted.
        session.changed.connect(self._on_changed)
        self._sync_controls()

    # --- construction --------------------------------------------------------------------------

    def _build(self) -> None:
        self.census_box = QComboBox(self)
        self.census_box.setAccessibleName(translate("apportionment_panel", "Census"))
        self.census_box.setToolTip(translate("apportionment_panel", "Whose populations divide the House"))
        for year, found in censuses().items():
            label = (
                str(year)
                if found.apportioned
                else translate("apportionment_panel", "{year} (never used)").format(year=year)
            )
            self.census_box.addItem(label, year)
        self.size_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.size_slider.setAccessibleName(translate("apportionment_panel", "House size"))
        self.size_slider.setRange(MIN_HOUSE, MAX_HOUSE)
        self.size_slider.setPageStep(25)
        self.size_box = QSpinBox(self)
        self.size_box.setAccessibleName(translate("apportionment_panel", "Seats in the House"))
        self.size_box.setRange(MIN_HOUSE, MAX_HOUSE)
        self.size_box.setKeyboardTracking(False)  # a House per number typed, not per digit
        self.rule_box = QComboBox(self)
        self.rule_box.setAccessibleName(translate("apportionment_panel", "House size rule"))
        for rule, words in RULE_WORDS.items():
            self.rule_box.addItem(translate("apportionment_panel", words), rule.value)
            self.rule_box.setItemData(
                self.rule_box.count() - 1,
                translate("apportionment_panel", RULE_TIPS[rule]),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.method_box = QComboBox(self)
        self.method_box.setAccessibleName(translate("apportionment_panel", "Method"))
        for method in Method:
            self.method_box.addItem(method_name(method), method.value)
            self.method_box.setItemData(
                self.method_box.count() - 1, method_tip(method), Qt.ItemDataRole.ToolTipRole
            )
        self.district_box = QComboBox(self)
        self.district_box.setAccessibleName(
            translate("apportionment_panel", "The District of Columbia's electors")
        )
        for district in District:
            self.district_box.addItem(district_choice(district), district.value)
            self.district_box.setItemData(
                self.district_box.count() - 1, district_label(district), Qt.ItemDataRole.ToolTipRole
            )
        self.puerto_rico_box = QCheckBox(
            translate("apportionment_panel", "Puerto Rico admitted as a state"), self
        )
        self.record_button = QPushButton(translate("apportionment_panel", "Back to the record"), self)
        self.record_button.setToolTip(
            translate("apportionment_panel", "The electors the election had (undoable)")
        )
        self.result = QLabel(self)
        self.result.setAccessibleName(translate("apportionment_panel", "What the apportionment changes"))
        self.chart = MarginChart(self)
        self.chart.setAccessibleName(
            translate("apportionment_panel", "Electoral votes above a majority by House size")
        )
        self.chart_title = QLabel(self)
        self.chart_title.setWordWrap(True)
        self.chart_title.setTextFormat(Qt.TextFormat.RichText)
        self.at_size = QLabel(self)
        self.at_size.setWordWrap(True)
        self.at_size.setTextFormat(Qt.TextFormat.PlainText)  # names are the user's: never markup

        size_row = QHBoxLayout()
        size_row.addWidget(self.size_slider, 1)
        size_row.addWidget(self.size_box)
        form = QFormLayout()
        form.addRow(translate("apportionment_panel", "Census"), self.census_box)
        form.addRow(translate("apportionment_panel", "House"), size_row)
        form.addRow(translate("apportionment_panel", "Size"), self.rule_box)
        form.addRow(translate("apportionment_panel", "Method"), self.method_box)
        form.addRow(translate("apportionment_panel", "DC"), self.district_box)
        form.addRow("", self.puerto_rico_box)
        form.addRow("", self.record_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(4, 4, 4, 4)
        left_layout.addLayout(form)
        left_layout.addWidget(_text(self.result), 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 4, 4, 4)
        right_layout.addWidget(self.chart_title)
        right_layout.addWidget(self.chart, 1)
        right_layout.addWidget(self.at_size)
        # The long option names may be cut in a narrow window, so that the chart keeps its room.
        for box in (self.census_box, self.rule_box, self.method_box, self.district_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(10)
        # The controls scroll rather than hold the panel tall: in projector mode the map keeps its room.
        splitter = QSplitter(self)
        splitter.addWidget(VerticalScrollArea(left, self))
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([400, 600])
        QVBoxLayout(self).addWidget(splitter)

        for box in (self.census_box, self.rule_box, self.method_box, self.district_box):
            box.activated.connect(lambda _: self._apply())
        self.puerto_rico_box.toggled.connect(lambda _: self._apply())
        self.size_slider.valueChanged.connect(self._on_slider_moved)
        self.size_slider.sliderReleased.connect(self._apply)
        self.size_box.valueChanged.connect(self._on_size_typed)
        self.record_button.clicked.connect(self.back_to_record)

    # --- the controls ----------------------------------------------------------------------------

    def available(self) -> bool:
        return self.session.scenario.record.year >= FIRST_ELECTION

    def current_choice(self) -> Choice:
        """The scenario's apportionment, or the one its election had."""
        scenario = self.session.scenario
        return scenario.reapportioned.choice if scenario.reapportioned else default_choice(scenario.record)

    def chosen(self) -> Choice:
        """What the controls say."""
        # Qt hands the items' data back as plain text: the enums are made again from it.
        return Choice(
            int(self.census_box.currentData()),
            self.size_box.value(),
            Method(self.method_box.currentData()),
            SizeRule(self.rule_box.currentData()),
            District(self.district_box.currentData()),
            self.puerto_rico_box.isChecked(),
        )

    def _allotment(self) -> Allotment | None:
        scenario = self.session.scenario
        if scenario.reapportioned:
            return scenario.reapportioned.allotment
        return allot(scenario.record, self.current_choice()) if self.available() else None

    def _sync_controls(self) -> None:
        """The controls show the scenario's apportionment (after an edit, an undo, a new file)."""
        available = self.available()
        for widget in (
            self.census_box,
            self.size_slider,
            self.size_box,
            self.rule_box,
            self.method_box,
            self.district_box,
            self.puerto_rico_box,
        ):
            widget.setEnabled(available)
        self.record_button.setEnabled(self.session.scenario.reapportioned is not None)
        if not available:
            return
        choice = self.current_choice()
        allotment = self._allotment()
        assert allotment is not None
        smallest = max(MIN_HOUSE, len(allotment.seats))
        blockers = [
            QSignalBlocker(w)
            for w in (self.census_box, self.size_slider, self.size_box, self.rule_box, self.method_box)
        ]
        blockers += [QSignalBlocker(self.district_box), QSignalBlocker(self.puerto_rico_box)]
        self.census_box.setCurrentIndex(self.census_box.findData(choice.census))
        self.rule_box.setCurrentIndex(self.rule_box.findData(choice.rule.value))
        self.method_box.setCurrentIndex(self.method_box.findData(choice.method.value))
        self.district_box.setCurrentIndex(self.district_box.findData(choice.district.value))
        self.puerto_rico_box.setChecked(choice.puerto_rico)
        for widget in (self.size_slider, self.size_box):
            widget.setMinimum(smallest)
            widget.setValue(allotment.house_size)
            widget.setEnabled(choice.rule is SizeRule.FIXED)
        del blockers

    def _on_slider_moved(self, size: int) -> None:
        with QSignalBlocker(self.size_box):
            self.size_box.setValue(size)
        self._preview(size)
        if not self.size_slider.isSliderDown():  # keys and page clicks: at once; a drag: on release
            self._apply()

    def _on_size_typed(self, size: int) -> None:
        with QSignalBlocker(self.size_slider):
            self.size_slider.setValue(size)
        self._preview(size)
        self._apply()

    def _preview(self, size: int) -> None:
        """While the House size moves: the mark on the chart and the count at that size."""
        self.chart.mark(size)
        sweep = self.chart.sweep
        if sweep is not None and sweep.counts[0].size <= size <= sweep.counts[-1].size:
            self.at_size.setText(size_result(sweep, size))

    def _apply(self) -> None:
        if not self.available():
            return
        choice = self.chosen()
        if choice.rule is not SizeRule.FIXED:
            choice = replace(choice, size=self.current_choice().size)
        scenario = self.session.scenario
        if scenario.reapportioned is not None and scenario.reapportioned.choice == choice:
            return
        try:
            allot(scenario.record, choice)
        except InputError as error:  # a House too small for the states: say so, keep the scenario
            self._sync_controls()
            self.at_size.setText(str(error))
            return
        self.session.push(Reapportion(choice))

    def back_to_record(self) -> None:
        if self.session.scenario.reapportioned is not None:
            self.session.push(Reapportion(None))

    # --- following the session ------------------------------------------------------------------

    def _on_changed(self, change: SessionChange) -> None:
        if change.rebuild:
            self._sync_controls()
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refresh_if_stale()

    def _refresh_if_stale(self) -> None:
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        scenario = self.session.scenario
        if not self.available():
            self.result.setText(
                translate(
                    "apportionment_panel",
                    "Apportionment populations start with the 1910 census: "
                    "choose an election from {year} on.",
                ).format(year=FIRST_ELECTION)
            )
            self.chart.clear_sweep()
            for label in (self.chart_title, self.at_size):
                label.setText("")
            return
        allotment = self._allotment()
        assert allotment is not None
        if scenario.reapportioned:
            report = to_html(apportionment_report(scenario))
        else:
            report = escape(
                translate(
                    "apportionment_panel",
                    "The election's own apportionment: {choice}. Choose another census, House size or "
                    "method to see whose electors change.",
                ).format(choice=choice_line(allotment, scenario.record.has_state("DC")))
            )
        size = allotment.house_size
        lowest = max(MIN_HOUSE, len(allotment.seats))
        sizes = range(max(lowest, min(SWEEP[0], size)), max(SWEEP[1], size) + 1)
        try:
            sweep = sweep_house_sizes(scenario, sizes, choice=allotment.choice)
        except InputError as error:  # no votes yet (2028), or fewer than two candidates
            self.chart.clear_sweep()
            self.chart.mark(size)
            self.chart_title.setText("")
            self.at_size.setText(str(error))
            self.result.setText(report)
            return
        self.chart.show_sweep(sweep, (scenario.color(sweep.a), scenario.color(sweep.b)))
        self.chart.mark(size)
        swatches = " &nbsp; ".join(
            f"<span style='color:{scenario.color(name)}'>■</span> {escape(name)}"
            for name in (sweep.a, sweep.b)
        )
        tie = escape(translate("apportionment_panel", "tie"))
        self.chart_title.setText(f"<b>{escape(margin_title(sweep))}</b><br>{swatches} &nbsp; ◆ {tie}")
        self.at_size.setText(size_result(sweep, size))
        summary = "<br>".join(escape(line) for line in sweep_summary(sweep))
        self.result.setText(f"{report}<p>{summary}</p>")
