"""The count in Congress: the certificates as opened, objections to raise, each House's vote."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.domain.commands import SetCount
from gui.domain.count_session import new_objection, recorded_objections, without
from gui.domain.i18n import translate
from gui.domain.joint_session.rules import Ground, Objection, Signers
from gui.present.blocks import line_html, plain, strong
from gui.present.count import ground_label, order_note, refusal_text, rule_text, session_lines
from gui.present.count_changes import change_lines, state_name
from gui.qt.count_model import CountModel
from gui.qt.session import ScenarioSession, SessionChange
from gui.widgets.congress_panel import ChoicesDelegate
from gui.widgets.scrolling import fill_with_scrolled


class CountPanel(QWidget):
    def __init__(self, session: ScenarioSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.model = CountModel(session, self, live=self.isVisible)  # recomputed when shown
        self.rule = QLabel(self)
        self.rule.setWordWrap(True)
        self.rule.setAccessibleName(translate("count_panel", "The rule of the count"))
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(translate("count_panel", "What the count changed"))
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("count_panel", "Certificates"))
        delegate = ChoicesDelegate(self.table)
        for column in (5, 6):
            self.table.setItemDelegateForColumn(column, delegate)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(
            self.table.horizontalHeader().sizeHint().height()
            + 7 * self.table.verticalHeader().defaultSectionSize()
        )
        self.ground = QComboBox(self)
        for ground in Ground:
            self.ground.addItem(ground_label(ground), ground)
        self.ground.setAccessibleName(translate("count_panel", "Ground"))
        self.senators = QSpinBox(self)
        self.representatives = QSpinBox(self)
        for box, name in (
            (self.senators, translate("count_panel", "Senators")),
            (self.representatives, translate("count_panel", "Representatives")),
        ):
            box.setRange(0, 1000)
            box.setValue(1)
            box.setAccessibleName(name)
        self.object_button = QPushButton(translate("count_panel", "Object"), self)
        self.object_button.setToolTip(translate("count_panel", "Object to the selected state's certificate"))
        self.withdraw_button = QPushButton(translate("count_panel", "Withdraw"), self)
        self.record_button = QPushButton(translate("count_panel", "As recorded"), self)
        self.record_button.setToolTip(translate("count_panel", "Replay the joint session as recorded"))
        self.clear_button = QPushButton(translate("count_panel", "No objections"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        # Two short rows, and the whole page scrolls: a small window keeps room for the docks.
        content = QWidget(self)
        signers = QHBoxLayout()
        signers.addWidget(self.ground)
        signers.addWidget(QLabel(translate("count_panel", "Senators"), content))
        signers.addWidget(self.senators)
        signers.addWidget(QLabel(translate("count_panel", "Representatives"), content))
        signers.addWidget(self.representatives)
        signers.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.object_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.clear_button)
        inner = QVBoxLayout(content)
        inner.addWidget(self.outcome)
        inner.addWidget(self.rule)
        inner.addLayout(signers)
        inner.addLayout(buttons)
        inner.addWidget(self.message)
        inner.addWidget(self.table, 1)
        fill_with_scrolled(self, content)
        self.object_button.clicked.connect(self.raise_objection)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.record_button.clicked.connect(self.replay_record)
        self.clear_button.clicked.connect(self.clear)
        self.table.selectionModel().currentRowChanged.connect(self._show_buttons)
        session.changed.connect(self._on_changed)
        self._year = -1
        self._stale = False
        self._show()

    # --- actions ------------------------------------------------------------------------------

    def selected_state(self) -> str | None:
        row = self.table.currentIndex().row()
        return self.model.state_at(row) if row >= 0 else None

    def select_state(self, state: str) -> None:
        self.model.catch_up()  # the rows of now, even before the page is shown
        row = self.model.row_of(state)
        if row >= 0:
            self.table.selectRow(row)

    def raise_objection(self) -> None:
        self.model.catch_up()
        state = self.selected_state()
        scenario = self._session.scenario
        if state is None:
            self.message.setText(translate("count_panel", "Select a state's certificate first."))
            return
        signers = Signers(self.senators.value(), self.representatives.value())
        made = new_objection(scenario, state, Ground(self.ground.currentData()), signers)
        if not isinstance(made, Objection):
            self.message.setText(refusal_text(state_name(scenario, state), made, self.model.count.needed))
            return
        self.message.setText("")
        self._session.push(SetCount((*scenario.count, made), "raise", state))

    def withdraw(self) -> None:
        state = self.selected_state()
        scenario = self._session.scenario
        if state is None or not any(o.state == state for o in scenario.count):
            return
        self._session.push(SetCount(without(scenario.count, state), "withdraw", state))

    def replay_record(self) -> None:
        objections = recorded_objections(self._session.scenario.election.year)
        if self._session.scenario.count != objections:
            self._session.push(SetCount(objections, "replay"))

    def clear(self) -> None:
        if self._session.scenario.count:
            self._session.push(SetCount((), "clear"))

    # --- showing ------------------------------------------------------------------------------

    def _on_changed(self, _change: SessionChange) -> None:
        self.message.setText("")
        if self.isVisible():
            self._show()
        else:  # a hidden page catches up when it is shown, not on every toggle
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._show()

    def _show_buttons(self) -> None:
        state = self.selected_state()
        objected = state is not None and any(o.state == state for o in self._session.scenario.count)
        self.withdraw_button.setEnabled(objected)
        self.object_button.setEnabled(state is not None and not objected)

    def _show(self) -> None:
        self._stale = False
        self.model.catch_up()
        scenario = self._session.scenario
        count = self.model.count
        if scenario.election.year != self._year:  # the signers the rule needs, as a start
            self._year = scenario.election.year
            self.senators.setValue(max(1, count.needed.senators))
            self.representatives.setValue(max(1, count.needed.representatives))
            self.table.resizeColumnsToContents()
            if count.rulings:  # a lesson or a replayed session opens on its first objection
                self.select_state(count.rulings[0].objection.state)
                self.table.scrollTo(self.table.currentIndex())
        self.rule.setText(f"{rule_text(count.era, count.needed)} {order_note(count)}")
        changes = change_lines(scenario)
        if changes:
            text = " ".join(changes)
        elif count.replayed:
            text = translate(
                "count_panel", "The session as recorded: what it decided is already in the official result."
            )
        elif count.rulings:
            text = translate("count_panel", "The count changed nothing: every certificate counts as cast.")
        else:
            text = translate("count_panel", "No objection: every certificate counts as cast.")
        extra = session_lines(count)
        html = line_html(strong(text))
        if extra:
            html += "<br>" + line_html(plain(extra[0]))  # the record's own account of the session
        self.outcome.setText(html)
        self.record_button.setEnabled(bool(recorded_objections(scenario.election.year)))
        self.clear_button.setEnabled(bool(scenario.count))
        self._show_buttons()
