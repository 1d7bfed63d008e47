"""Analyses beside the count: defections needed, paths to victory, probabilities, voting power.

Each page recomputes from the current scenario when it is shown or the scenario changes, and
shows what gui.present.analyses says (the same words as ``ec-whatif analyze``); the
defections page can apply its cheapest set as one undoable step.
"""

from __future__ import annotations

from html import escape
from typing import ClassVar

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from gui.domain.allocation import Method
from gui.domain.analyses.closest import Goal, closest_path
from gui.domain.analyses.contest import require_12th_amendment
from gui.domain.analyses.defections import DefectionPlan
from gui.domain.analyses.misfires import election_history
from gui.domain.analyses.paths import paths_to_victory
from gui.domain.analyses.power import banzhaf_power
from gui.domain.analyses.probabilities import (
    RATING_PROBABILITY,
    correlated_distribution,
    exact_distribution,
    rating_probability,
)
from gui.domain.forecast import forecast_probabilities, forecast_sides, is_forecast
from gui.domain.forecast import tossups as forecast_tossups
from gui.domain.i18n import QT_TRANSLATE_NOOP, translate
from gui.domain.identifiers import InputError
from gui.domain.scenario import BLANK
from gui.present.analyses import (
    defections_report,
    paths_report,
    plan_defections,
    power_report,
    probabilities_report,
)
from gui.present.blocks import to_html
from gui.present.popular_vote import closest_blocks, method_name
from gui.qt.session import ScenarioSession, SessionChange
from gui.widgets.plots import configure_pyqtgraph

DENY = "deny"
RATINGS = ["as now", "safe A", "likely A", "lean A", "toss-up", "lean B", "likely B", "safe B"]
RATING_LABELS = {  # how each rating reads in the picker; English here, shown through translate
    "as now": QT_TRANSLATE_NOOP("analyses_panel", "as now"),
    "safe A": QT_TRANSLATE_NOOP("analyses_panel", "safe A"),
    "likely A": QT_TRANSLATE_NOOP("analyses_panel", "likely A"),
    "lean A": QT_TRANSLATE_NOOP("analyses_panel", "lean A"),
    "toss-up": QT_TRANSLATE_NOOP("analyses_panel", "toss-up"),
    "lean B": QT_TRANSLATE_NOOP("analyses_panel", "lean B"),
    "likely B": QT_TRANSLATE_NOOP("analyses_panel", "likely B"),
    "safe B": QT_TRANSLATE_NOOP("analyses_panel", "safe B"),
}
CORRELATED_DRAWS = 20_000  # enough for a smooth picture while the window stays responsive
SEED = 2016  # the same picture every time for the same ratings


def _text(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


def _scrolled(label: QLabel) -> QScrollArea:
    """A result that scrolls rather than being cut off in a small window."""
    area = QScrollArea(label.parentWidget())
    area.setWidget(label)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


class _Page(QWidget):
    """A page that recomputes only while it is visible (and once when it becomes visible)."""

    def __init__(self, session: ScenarioSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._stale = True
        session.changed.connect(self._on_changed)

    def reset(self) -> None:
        """A new scenario: forget what was chosen for the old one."""

    def _on_changed(self, change: SessionChange) -> None:
        if change.rebuild:
            self.reset()
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        try:
            self.compute()
        except InputError as error:  # e.g. before the 12th Amendment: say why, once
            self.show_unavailable(str(error))

    def compute(self) -> None:
        raise NotImplementedError

    def show_unavailable(self, message: str) -> None:
        raise NotImplementedError


class DefectionsPage(_Page):
    def __init__(self, session: ScenarioSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.goal = QComboBox(self)
        self.goal.setAccessibleName(translate("analyses_panel", "Goal"))
        self.goal.activated.connect(lambda _: self.refresh())
        # Whom the defectors vote for instead: a blank ballot or a named person (denying the
        # leader); to elect someone, that person.
        self.recipient = QComboBox(self)
        self.recipient.setAccessibleName(translate("analyses_panel", "The defectors vote for"))
        self.recipient.activated.connect(lambda _: self.refresh())
        self.result = _text(QLabel(self))
        self.result.setAccessibleName(translate("analyses_panel", "Defections needed"))
        self.apply_button = QPushButton(translate("analyses_panel", "Apply these changes"), self)
        self.apply_button.setToolTip(
            translate("analyses_panel", "Make exactly these electors vote this way, as one undoable step")
        )
        self.apply_button.clicked.connect(self.apply)
        layout = QVBoxLayout(self)
        # Each question on its own line above its choices: both read in full in any language.
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(translate("analyses_panel", "How many electors must change their vote to"), self.goal)
        form.addRow(translate("analyses_panel", "They vote for"), self.recipient)
        layout.addLayout(form)
        layout.addWidget(_scrolled(self.result), 1)
        layout.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.plan: DefectionPlan | None = None

    def _fill_goals(self) -> None:
        current = self.goal.currentData()
        self.goal.clear()
        self.goal.addItem(translate("analyses_panel", "deny the leader a majority"), DENY)
        for name in self.session.tally.president.votes:
            self.goal.addItem(translate("analyses_panel", "elect {name}").format(name=name), name)
        position = self.goal.findData(current)
        self.goal.setCurrentIndex(max(0, position))

    def _fill_recipients(self, goal: str) -> None:
        """Blank, then everyone but the leader (who would gain nothing); to elect someone, only
        that person."""
        current = self.recipient.currentData()
        self.recipient.clear()
        if goal != DENY:
            self.recipient.addItem(goal, goal)
            self.recipient.setEnabled(False)
            return
        self.recipient.setEnabled(True)
        self.recipient.addItem(translate("analyses_panel", "a blank ballot"), BLANK)
        leader = self.session.tally.president.winner
        people = [*self.session.tally.president.votes, *self.session.scenario.candidate_names()]
        for name in dict.fromkeys(people):
            if name and name != leader:
                self.recipient.addItem(name, name)
        self.recipient.setCurrentIndex(max(0, self.recipient.findData(current)))

    def compute(self) -> None:
        self._fill_goals()
        scenario = self.session.scenario
        goal = self.goal.currentData()
        self._fill_recipients(goal)
        to = self.recipient.currentData() if goal == DENY else BLANK
        plan = plan_defections(scenario, None if goal == DENY else goal, to or BLANK)
        self.plan = plan
        self.result.setText(to_html(defections_report(scenario, plan, with_heading=False)))
        self.apply_button.setEnabled(bool(plan.needed) and plan.possible)

    def show_unavailable(self, message: str) -> None:
        self.plan = None
        self.result.setText(message)
        self.apply_button.setEnabled(False)

    def apply(self) -> None:
        if self.plan is not None and self.plan.needed and self.plan.possible:
            self.session.push(self.plan.batch())


class _UnitList(QListWidget):
    """Every unit with its electoral votes, checkable."""

    def fill(self, session: ScenarioSession, checked: set[str]) -> None:
        self.blockSignals(True)
        self.clear()
        for unit in session.scenario.election.units:
            if not unit.electors:
                continue
            item = QListWidgetItem(f"{unit.id}  {len(unit.electors)}")
            item.setData(Qt.ItemDataRole.UserRole, unit.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if unit.id in checked else Qt.CheckState.Unchecked)
            self.addItem(item)
        self.blockSignals(False)

    def checked(self) -> list[str]:
        return [
            self.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        ]


class PathsPage(_Page):
    def __init__(self, session: ScenarioSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.units = _UnitList(self)
        self.units.setAccessibleName(translate("analyses_panel", "Toss-ups"))
        self.units.setToolTip(
            translate("analyses_panel", "Tick the toss-ups; every other unit keeps its current votes")
        )
        self.units.itemChanged.connect(lambda _: self.refresh())
        self.result = _text(QLabel(self))
        self.result.setAccessibleName(translate("analyses_panel", "Paths to victory"))
        splitter = QSplitter(self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(translate("analyses_panel", "Toss-ups:"), self))
        left_layout.addWidget(self.units)
        splitter.addWidget(left)
        splitter.addWidget(_scrolled(self.result))
        splitter.setSizes([150, 450])
        QVBoxLayout(self).addWidget(splitter)

    def reset(self) -> None:
        self.units.fill(self.session, set())
        super().reset()

    def compute(self) -> None:
        if self.units.count() == 0:
            self.units.fill(self.session, set())
        tossups = self.units.checked()
        scenario = self.session.scenario
        sides = None
        if not tossups and is_forecast(scenario):  # the forecast's own toss-ups, no ticks needed
            tossups, sides = forecast_tossups(scenario), forecast_sides(scenario)
        if not tossups:
            self.result.setText(
                translate("analyses_panel", "Tick some units as toss-ups to count every way they can fall.")
            )
            return
        paths = paths_to_victory(scenario, tossups, sides, listed=12)
        intro = (
            translate("analyses_panel", "The forecast's toss-ups (tick units to choose others).") + "<br><br>"
            if sides
            else ""
        )
        self.result.setText(intro + to_html(paths_report(scenario, paths, with_heading=False)))

    def show_unavailable(self, message: str) -> None:
        self.result.setText(message)


class ProbabilitiesPage(_Page):
    def __init__(self, session: ScenarioSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        configure_pyqtgraph()
        self.table = QTableWidget(self)
        self.table.setColumnCount(2)
        self.table.setHorizontalHeaderLabels(
            [translate("analyses_panel", "Unit"), translate("analyses_panel", "Rating")]
        )
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(translate("analyses_panel", "Ratings"))
        self.correlated = QCheckBox(translate("analyses_panel", "National swing (correlated states)"), self)
        self.correlated.setToolTip(
            translate("analyses_panel", "{draws} simulated elections with a shared national swing").format(
                draws=f"{CORRELATED_DRAWS:,}"
            )
        )
        self.correlated.toggled.connect(lambda _: self.refresh())
        self.result = _text(QLabel(self))
        self.plot = pg.PlotWidget(self)
        self.plot.setAccessibleName(translate("analyses_panel", "Distribution of electoral votes"))
        self.plot.setMenuEnabled(False)
        self.plot.getPlotItem().getAxis("bottom").setLabel(
            translate("analyses_panel", "Electoral votes for A")
        )
        self.bars = pg.BarGraphItem(x=[], height=[], width=1.0, brush=QColor("#0072B2"))
        self.plot.addItem(self.bars)
        self.curve = self.plot.plot([], [], pen=pg.mkPen("#D55E00", width=2))
        self.line = pg.InfiniteLine(angle=90, pen=pg.mkPen("#222222", style=Qt.PenStyle.DashLine), label="")
        self.plot.addItem(self.line)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(_scrolled(self.result))
        right_layout.addWidget(self.plot, 1)
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setSizes([200, 500])
        layout = QVBoxLayout(self)
        layout.addWidget(self.correlated)  # across the page: its words read in full
        layout.addWidget(splitter, 1)
        self._combos: dict[str, QComboBox] = {}

    def reset(self) -> None:
        self.table.setRowCount(0)
        self._combos = {}
        super().reset()

    def _fill(self) -> None:
        units = [u for u in self.session.scenario.election.units if u.electors]
        self.table.setRowCount(len(units))
        for row, unit in enumerate(units):
            self.table.setCellWidget(row, 0, QLabel(f" {unit.id}  {len(unit.electors)}", self.table))
            combo = QComboBox(self.table)
            for rating in RATINGS:
                combo.addItem(translate("analyses_panel", RATING_LABELS[rating]), rating)
            combo.setAccessibleName(translate("analyses_panel", "Rating of {unit}").format(unit=unit.id))
            combo.activated.connect(lambda _: self.refresh())
            self.table.setCellWidget(row, 1, combo)
            self._combos[unit.id] = combo
        if self._combos:  # the ratings read in full in any language: room for the widest one
            widest = max(combo.sizeHint().width() for combo in self._combos.values())
            self.table.setColumnWidth(1, max(self.table.columnWidth(1), widest))
            needed = (
                self.table.columnWidth(0)
                + self.table.columnWidth(1)
                + self.table.verticalScrollBar().sizeHint().width()
                + 2 * self.table.frameWidth()
            )
            self.table.setMinimumWidth(needed)

    def probabilities(self) -> dict[str, float]:
        """Each unit's chance for A: as picked here, else as the forecast rates it (if any)."""
        scenario = self.session.scenario
        found: dict[str, float] = forecast_probabilities(scenario) if is_forecast(scenario) else {}
        for unit, combo in self._combos.items():
            text = str(combo.currentData())
            if text == "as now":
                continue
            level, _, side = text.partition(" ")
            found[unit] = (
                RATING_PROBABILITY["toss-up"] if text == "toss-up" else rating_probability(level, side == "A")
            )
        return found

    def compute(self) -> None:
        if not self._combos:
            self._fill()
        probabilities = self.probabilities()
        scenario = self.session.scenario
        sides = forecast_sides(scenario) if is_forecast(scenario) else None
        # In a forecast a unit left alone here keeps the forecast's rating.
        first = (
            translate("analyses_panel", "as rated")
            if sides
            else translate("analyses_panel", RATING_LABELS["as now"])
        )
        for combo in self._combos.values():
            if combo.itemText(0) != first:
                combo.setItemText(0, first)
        exact = exact_distribution(scenario, probabilities, sides)
        contest = exact.contest
        votes = list(range(len(exact.pmf)))
        self.bars.setOpts(x=votes, height=exact.pmf.tolist(), width=1.0)
        correlated = None
        if self.correlated.isChecked() and probabilities:
            correlated = correlated_distribution(
                self.session.scenario, probabilities, sides, draws=CORRELATED_DRAWS, seed=SEED
            )
            self.curve.setData(votes, correlated.pmf.tolist())
        else:
            self.curve.setData([], [])
        self.line.setValue(contest.majority)
        self.line.label.setFormat(
            translate("analyses_panel", "{majority} to win").format(majority=contest.majority)
        )
        report = probabilities_report(
            self.session.scenario, exact, correlated, with_heading=False, with_histogram=False
        )
        hint = (
            ""
            if probabilities
            else "<br><br>" + translate("analyses_panel", "Rate some units to see a spread.")
        )
        self.result.setText(to_html(report) + hint)
        low, high = max(0, exact.quantile(0.0005) - 20), min(contest.appointed, exact.quantile(0.9995) + 20)
        self.plot.setXRange(low, max(high, contest.majority + 10), padding=0)

    def show_unavailable(self, message: str) -> None:
        self.result.setText(message)
        self.bars.setOpts(x=[], height=[])
        self.curve.setData([], [])


class PowerPage(_Page):
    """Power per elector against size: the "small states" debate in one picture."""

    def __init__(self, session: ScenarioSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        configure_pyqtgraph()
        self.result = _text(QLabel(self))
        self.plot = pg.PlotWidget(self)
        self.plot.setAccessibleName(translate("analyses_panel", "Voting power by state"))
        self.plot.setMenuEnabled(False)
        item = self.plot.getPlotItem()
        item.getAxis("bottom").setLabel(translate("analyses_panel", "electors of the state"))
        # Above the plot, not along its side: a short plot would cut the words off.
        item.setTitle(translate("analyses_panel", "power ÷ share"))
        self.points = pg.ScatterPlotItem(size=9, brush=pg.mkBrush("#0072B2"), pen=pg.mkPen("#FFFFFF"))
        self.plot.addItem(self.points)
        equal = pg.InfiniteLine(pos=1.0, angle=0, pen=pg.mkPen("#888888", style=Qt.PenStyle.DashLine))
        self.plot.addItem(equal)
        self._labels: list[pg.TextItem] = []
        layout = QVBoxLayout(self)
        layout.addWidget(_scrolled(self.result))
        layout.addWidget(self.plot, 1)

    def compute(self) -> None:
        index = banzhaf_power(self.session.scenario.election, self.session.scenario.not_appointed)
        states = index.states
        self.points.setData(x=[s.electors for s in states], y=[s.ratio for s in states])
        ratios = [s.ratio for s in states]
        self.plot.setYRange(min(ratios) - 0.01, max(ratios) + 0.03, padding=0)
        for label in self._labels:
            self.plot.removeItem(label)
        self._labels = []
        labelled = {s.code for s in states if s.electors >= 20} | {states[-1].code}
        for state in states:
            if state.code in labelled:  # the small states crowd together: label the large ones
                label = pg.TextItem(state.code, color="#222222", anchor=(0.5, 1.2))
                label.setPos(state.electors, state.ratio)
                self.plot.addItem(label)
                self._labels.append(label)
        self.result.setText(to_html(power_report(index, with_table=False)))

    def show_unavailable(self, message: str) -> None:
        self.result.setText(message)


class ClosestPage(_Page):
    """The fewest voters whose switch would have changed the outcome (``analyze --closest``)."""

    def __init__(self, session: ScenarioSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.goal = QComboBox(self)
        self.goal.setAccessibleName(translate("analyses_panel", "Goal"))
        self.goal.activated.connect(lambda _: self.refresh())
        self.result = _text(QLabel(self))
        self.result.setAccessibleName(translate("analyses_panel", "Closest path"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # the question above its choice
        form.addRow(translate("analyses_panel", "The fewest voters switching to"), self.goal)
        layout.addLayout(form)
        layout.addWidget(_scrolled(self.result), 1)

    def _fill_goals(self) -> None:
        current = self.goal.currentData()
        self.goal.clear()
        self.goal.addItem(translate("analyses_panel", "elect the runner-up"), "")
        self.goal.addItem(translate("analyses_panel", "leave no one a majority"), DENY)
        for name in self.session.tally.president.votes:
            self.goal.addItem(translate("analyses_panel", "elect {name}").format(name=name), name)
        self.goal.setCurrentIndex(max(0, self.goal.findData(current)))

    def compute(self) -> None:
        self._fill_goals()
        scenario = self.session.scenario
        require_12th_amendment(scenario)
        goal = self.goal.currentData()
        path = closest_path(scenario, Goal.DENY if goal == DENY else Goal.ELECT, goal or None)
        self.result.setText(to_html(closest_blocks(path)))

    def show_unavailable(self, message: str) -> None:
        self.result.setText(message)


POPULAR_COLOR = "#222222"
MISFIRE_COLOR = "#D55E00"


class HistoryPage(_Page):
    """Every election 1824-2024: the winner's share of the electors (by method) against their
    share of the popular vote, the misfires marked."""

    COLORS: ClassVar[dict[Method, str]] = {Method.WINNER_TAKE_ALL: "#0072B2", Method.PROPORTIONAL: "#009E73"}

    def __init__(self, session: ScenarioSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        configure_pyqtgraph()
        self.plot = pg.PlotWidget(self)
        self.plot.setAccessibleName(translate("analyses_panel", "Electors and popular vote, 1824-2024"))
        self.plot.setMenuEnabled(False)
        item = self.plot.getPlotItem()
        item.getAxis("bottom").setLabel(translate("analyses_panel", "election"))
        item.getAxis("left").setLabel("%")  # the key under the plot says of what: a long title is cut off
        self.popular = self.plot.plot([], [], pen=pg.mkPen(POPULAR_COLOR, width=2))
        self.curves = {
            method: self.plot.plot(
                [],
                [],
                pen=pg.mkPen(color, width=2),
                symbol="o",
                symbolSize=4,
                symbolBrush=color,
            )
            for method, color in self.COLORS.items()
        }
        self.misfires = pg.ScatterPlotItem(
            size=13,
            symbol="x",
            pen=pg.mkPen(MISFIRE_COLOR, width=3),
            brush=pg.mkBrush(MISFIRE_COLOR),
        )
        self.plot.addItem(self.misfires)
        half = pg.InfiniteLine(pos=50, angle=0, pen=pg.mkPen("#888888", style=Qt.PenStyle.DashLine))
        self.plot.addItem(half)
        self.now = pg.InfiniteLine(angle=90, pen=pg.mkPen("#CC79A7", style=Qt.PenStyle.DotLine))
        self.plot.addItem(self.now)
        self.result = _text(QLabel(self))
        layout = QVBoxLayout(self)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.result)

    def compute(self) -> None:
        history = election_history()
        years = [h.year for h in history]
        self.popular.setData(years, [100 * h.popular_share for h in history])
        for method, curve in self.curves.items():
            curve.setData(years, [100 * h.elector_share[method] for h in history])
        missed = [h for h in history if h.misfire]
        self.misfires.setData(
            x=[h.year for h in missed], y=[100 * h.elector_share[Method.WINNER_TAKE_ALL] for h in missed]
        )
        self.now.setValue(self.session.scenario.election.year)
        self.plot.setYRange(0, 100, padding=0.02)
        # The key sits under the plot: a legend inside it would cover the curves in a small window.
        key = [(POPULAR_COLOR, "—", translate("analyses_panel", "popular vote"))]
        key += [
            (color, "—", translate("analyses_panel", "electors: {method}").format(method=method_name(method)))
            for method, color in self.COLORS.items()
        ]
        key.append(
            (MISFIRE_COLOR, "✕", translate("analyses_panel", "President chosen lost the popular vote"))
        )
        legend = escape(translate("analyses_panel", "The winner's share (%):")) + " "
        legend += " &nbsp; ".join(
            f'<span style="color:{color}"><b>{mark}</b></span> {escape(text)}' for color, mark, text in key
        )
        self.result.setText(
            legend
            + "<br>"
            + translate(
                "analyses_panel",
                "The President chosen lost the popular vote in {years}. Winner-take-all turns a "
                "popular plurality into a larger share of electors; proportional allocation stays "
                "close to the popular share.",
            ).format(years=", ".join(str(h.year) for h in missed))
        )

    def show_unavailable(self, message: str) -> None:
        self.result.setText(message)


class AnalysesPanel(QWidget):
    """The analyses, one at a time, chosen from a list: six tabs would not fit one row beside the
    lesson at 1024x768, and a list keeps room for more."""

    def __init__(self, session: ScenarioSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("analyses_panel", "Analyses"))
        self.defections = DefectionsPage(session, self)
        self.paths = PathsPage(session, self)
        self.probabilities = ProbabilitiesPage(session, self)
        self.power = PowerPage(session, self)
        self.closest = ClosestPage(session, self)
        self.history = HistoryPage(session, self)
        self.chooser = QComboBox(self)
        self.chooser.setAccessibleName(translate("analyses_panel", "Analysis"))
        self.stack = QStackedWidget(self)
        for page, title in (
            (self.defections, translate("analyses_panel", "Defections needed to change the result")),
            (self.paths, translate("analyses_panel", "Paths to victory")),
            (self.probabilities, translate("analyses_panel", "Probabilities")),
            (self.power, translate("analyses_panel", "Voting power of each state")),
            (self.closest, translate("analyses_panel", "Closest path: the fewest voters")),
            (self.history, translate("analyses_panel", "Popular vote and electors in history")),
        ):
            self.stack.addWidget(page)
            self.chooser.addItem(title)
        self.chooser.currentIndexChanged.connect(self.stack.setCurrentIndex)
        label = QLabel(translate("analyses_panel", "Analysis:"), self)
        label.setBuddy(self.chooser)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.chooser, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.stack, 1)

    def pages(self) -> list[QWidget]:
        return [self.stack.widget(index) for index in range(self.stack.count())]

    def show_page(self, page: QWidget) -> None:
        self.chooser.setCurrentIndex(self.stack.indexOf(page))
