"""Analyses beside the count: defections needed, paths to victory, probabilities, voting power.

Each page recomputes from the current scenario when it is shown or the tally changes; the
defections page can apply its cheapest set as one undoable step.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.domain.analyses.contest import Outcome
from gui.domain.analyses.defections import DefectionPlan, defections_to_deny, defections_to_elect
from gui.domain.analyses.paths import paths_to_victory
from gui.domain.analyses.power import banzhaf_power
from gui.domain.analyses.probabilities import (
    RATING_PROBABILITY,
    correlated_distribution,
    exact_distribution,
    rating_probability,
)
from gui.domain.i18n import QT_TRANSLATE_NOOP, translate
from gui.domain.identifiers import InputError
from gui.domain.pledge_laws import binding_rank
from gui.domain.tally import Tally
from gui.qt.session import ScenarioSession
from gui.widgets.majority_chart import configure_pyqtgraph

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


def number_ranges(numbers: Iterable[int]) -> str:
    """1, 2, 3, 7 -> "1–3, 7"."""
    runs: list[list[int]] = []
    for n in sorted(numbers):
        if runs and runs[-1][1] == n - 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return ", ".join(f"{a}–{b}" if b > a else str(a) for a, b in runs)


def _text(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


class _Page(QWidget):
    """A page that recomputes only while it is visible (and once when it becomes visible)."""

    def __init__(self, session: ScenarioSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._stale = True
        session.tally_changed.connect(self._on_tally)
        session.scenario_replaced.connect(self.reset)

    def reset(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _on_tally(self, _result: Tally) -> None:
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
        self.result = _text(QLabel(self))
        self.result.setAccessibleName(translate("analyses_panel", "Defections needed"))
        self.apply_button = QPushButton(translate("analyses_panel", "Apply these changes"), self)
        self.apply_button.setToolTip(
            translate("analyses_panel", "Make exactly these electors vote this way, as one undoable step")
        )
        self.apply_button.clicked.connect(self.apply)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(
            QLabel(translate("analyses_panel", "How many electors must change their vote to"), self)
        )
        row.addWidget(self.goal, 1)
        layout.addLayout(row)
        layout.addWidget(self.result, 1)
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

    def compute(self) -> None:
        self._fill_goals()
        scenario = self.session.scenario
        year = scenario.election.year
        order = (lambda code: binding_rank(year, code)) if scenario.apply_state_laws else None
        goal = self.goal.currentData()
        if goal == DENY:
            plan = defections_to_deny(scenario, state_order=order)
        else:
            plan = defections_to_elect(scenario, goal, state_order=order)
        self.plan = plan
        lines = []
        if plan.goal == "deny":
            if plan.needed == 0:
                lines.append(translate("analyses_panel", "No one has a majority now: nothing to deny."))
            else:
                leader_votes = plan.votes[plan.leader or ""]
                lines.append(
                    translate(
                        "analyses_panel",
                        "<b>{needed}</b> electors would have to stop voting for {leader} "
                        "({votes} − {needed} = {left}, one short of {majority}).",
                    ).format(
                        needed=plan.needed,
                        leader=plan.leader,
                        votes=leader_votes,
                        left=leader_votes - plan.needed,
                        majority=plan.majority,
                    )
                )
        else:
            lines.append(
                translate(
                    "analyses_panel",
                    "<b>{needed}</b> electors would have to vote for {name} "
                    "to give them {majority}, a majority.",
                ).format(needed=plan.needed, name=plan.candidate, majority=plan.majority)
                if plan.needed
                else translate("analyses_panel", "{name} already has a majority.").format(name=plan.candidate)
            )
        if scenario.apply_state_laws:
            lines.append(
                translate(
                    "analyses_panel",
                    "State laws applied: electors whose faithless vote would be voided are left out; "
                    "states whose law does not bind electors come first.",
                )
            )
        if plan.needed and not plan.possible:
            lines.append(
                translate(
                    "analyses_panel", "Only {available} electors could change: it cannot be done."
                ).format(available=plan.available)
            )
        elif plan.needed:
            groups = [
                f"{state} ({len(ids)}): {number_ranges(int(i.split(':')[1]) for i in ids)}"
                for state, ids in plan.by_state(scenario).items()
            ]
            lines.append(
                translate("analyses_panel", "One cheapest set, by state and elector number:")
                + "<br>"
                + "<br>".join(groups)
            )
            lines.append(
                translate("analyses_panel", "Afterwards: {counts}").format(
                    counts=", ".join(f"{n} {v}" for n, v in plan.after.items())
                )
            )
        self.result.setText("<br><br>".join(lines))
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
        splitter.addWidget(self.result)
        splitter.setSizes([150, 450])
        QVBoxLayout(self).addWidget(splitter)

    def reset(self) -> None:
        self.units.fill(self.session, set())
        super().reset()

    def compute(self) -> None:
        if self.units.count() == 0:
            self.units.fill(self.session, set())
        tossups = self.units.checked()
        if not tossups:
            self.result.setText(
                translate("analyses_panel", "Tick some units as toss-ups to count every way they can fall.")
            )
            return
        paths = paths_to_victory(self.session.scenario, tossups, listed=12)
        contest = paths.contest
        names = {
            Outcome.A: contest.a,
            Outcome.B: contest.b,
            Outcome.TIE: translate("analyses_panel", "a tie (the House decides)"),
            Outcome.NONE: translate("analyses_panel", "no majority (the House decides)"),
            Outcome.OTHER: translate("analyses_panel", "someone else"),
        }
        total = paths.total
        lines = [
            translate("analyses_panel", "{count} toss-ups, {total} ways they can fall:").format(
                count=len(tossups), total=f"{total:,}"
            )
        ]
        for outcome, count in paths.outcomes.items():
            if count:
                lines.append(f"&nbsp;&nbsp;{names[outcome]}: {count:,} ({100 * count / total:.1f}%)")
        for candidate in paths.candidates:
            if candidate.need <= 0:
                lines.append(
                    "<br>"
                    + translate(
                        "analyses_panel", "<b>{name}</b> already has a majority without the toss-ups."
                    ).format(name=candidate.name)
                )
                continue
            combos = "; ".join(" + ".join(c) for c in candidate.minimal) or translate(
                "analyses_panel", "none"
            )
            more = (
                ""
                if candidate.minimal_count <= len(candidate.minimal)
                else f" … ({candidate.minimal_count:,})"
            )
            lines.append(
                "<br>"
                + translate(
                    "analyses_panel",
                    "<b>{name}</b> needs {need} more; tipping point: {tipping}."
                    "<br>Smallest winning sets: {sets}",
                ).format(
                    name=candidate.name,
                    need=candidate.need,
                    tipping=candidate.tipping_point or "—",
                    sets=f"{combos}{more}",
                )
            )
        self.result.setText("<br>".join(lines))

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
        right_layout.addWidget(self.correlated)
        right_layout.addWidget(self.result)
        right_layout.addWidget(self.plot, 1)
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setSizes([200, 500])
        QVBoxLayout(self).addWidget(splitter)
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
        found: dict[str, float] = {}
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
        exact = exact_distribution(self.session.scenario, probabilities)
        contest = exact.contest
        votes = list(range(len(exact.pmf)))
        self.bars.setOpts(x=votes, height=exact.pmf.tolist(), width=1.0)
        if self.correlated.isChecked() and probabilities:
            mc = correlated_distribution(
                self.session.scenario, probabilities, draws=CORRELATED_DRAWS, seed=SEED
            )
            self.curve.setData(votes, mc.pmf.tolist())
            share = 100 * mc.outcomes[Outcome.A]
            spread = translate(
                "analyses_panel", " With a national swing: {a} wins {share}%, sd {sd}."
            ).format(a=contest.a, share=f"{share:.1f}", sd=f"{mc.sd:.0f}")
        else:
            self.curve.setData([], [])
            spread = ""
        self.line.setValue(contest.majority)
        self.line.label.setFormat(
            translate("analyses_panel", "{majority} to win").format(majority=contest.majority)
        )
        outcomes = exact.outcomes
        self.result.setText(
            translate(
                "analyses_panel",
                "A = {a}, B = {b}. Independent states: {a} wins {a_share}%, {b} {b_share}%, "
                "tie {tie}%, no majority {none}%; mean {mean}, sd {sd}.",
            ).format(
                a=contest.a,
                b=contest.b,
                a_share=f"{100 * outcomes[Outcome.A]:.1f}",
                b_share=f"{100 * outcomes[Outcome.B]:.1f}",
                tie=f"{100 * outcomes[Outcome.TIE]:.1f}",
                none=f"{100 * outcomes[Outcome.NONE]:.1f}",
                mean=f"{exact.mean:.0f}",
                sd=f"{exact.sd:.1f}",
            )
            + spread
            + ("" if probabilities else translate("analyses_panel", " Rate some units to see a spread."))
        )
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
        item.getAxis("left").setLabel(translate("analyses_panel", "power ÷ share"))
        self.points = pg.ScatterPlotItem(size=9, brush=pg.mkBrush("#0072B2"), pen=pg.mkPen("#FFFFFF"))
        self.plot.addItem(self.points)
        equal = pg.InfiniteLine(pos=1.0, angle=0, pen=pg.mkPen("#888888", style=Qt.PenStyle.DashLine))
        self.plot.addItem(equal)
        self._labels: list[pg.TextItem] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.result)
        layout.addWidget(self.plot, 1)

    def compute(self) -> None:
        index = banzhaf_power(self.session.scenario.election)
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
        top, bottom = states[0], states[-1]
        self.result.setText(
            translate(
                "analyses_panel",
                "Banzhaf power in {year}: how often a state's electors decide the outcome if every "
                "combination of states is equally likely ({quota} of {appointed} to win). "
                "{top}: {top_share}% of the electors, {top_power}% of the power (×{top_ratio}); "
                "{bottom}: {bottom_share}% and {bottom_power}% (×{bottom_ratio}). The dashed line is power "
                "equal to share: winner-take-all gives the largest states a little more power per elector "
                "than their numbers.",
            ).format(
                year=index.year,
                quota=index.quota,
                appointed=index.appointed,
                top=top.name,
                top_share=f"{100 * top.share:.1f}",
                top_power=f"{100 * top.banzhaf:.1f}",
                top_ratio=f"{top.ratio:.2f}",
                bottom=bottom.name,
                bottom_share=f"{100 * bottom.share:.1f}",
                bottom_power=f"{100 * bottom.banzhaf:.1f}",
                bottom_ratio=f"{bottom.ratio:.2f}",
            )
        )

    def show_unavailable(self, message: str) -> None:
        self.result.setText(message)


class AnalysesPanel(QTabWidget):
    def __init__(self, session: ScenarioSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("analyses_panel", "Analyses"))
        self.defections = DefectionsPage(session, self)
        self.paths = PathsPage(session, self)
        self.probabilities = ProbabilitiesPage(session, self)
        self.power = PowerPage(session, self)
        self.addTab(self.defections, translate("analyses_panel", "Defections"))
        self.addTab(self.paths, translate("analyses_panel", "Paths"))
        self.addTab(self.probabilities, translate("analyses_panel", "Probabilities"))
        self.addTab(self.power, translate("analyses_panel", "Voting power"))
