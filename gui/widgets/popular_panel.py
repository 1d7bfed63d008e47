"""The voters behind the electors: the popular vote beside the count, a national swing, margin
edits, the way electors are allocated, and a classroom mock election (votes typed, pasted or
imported as ``unit,candidate,votes``).

Every edit is a domain command pushed on the session (a slider drag is one undoable step); what
the panel says comes from gui.present.popular_vote.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gui.domain.allocation import (
    Method,
    SetPopularEdits,
    district_states,
    margin_command,
    popular_states,
    record_states,
    votes_command,
)
from gui.domain.i18n import translate
from gui.domain.identifiers import InputError
from gui.domain.mock_votes import MAX_BYTES, parse_votes
from gui.domain.popular_vote import MAX_SWING, NO_EDITS, NO_SWING, Swing, current_states, national
from gui.domain.scenario import Command
from gui.io.readers import read_text_limited
from gui.present.blocks import to_html
from gui.present.popular_vote import method_description, method_name, methods_blocks, popular_blocks
from gui.qt.session import ScenarioSession, SessionChange

STEPS_PER_POINT = 2  # the slider moves in half points
METHODS_DELAY_MS = 150


def _text_view(parent: QWidget) -> QTextBrowser:
    """Rich text in a view of its own: a new text lays out this view only, not the panel (a
    label in the panel's layout made every swing step lay out and repaint the whole panel)."""
    view = QTextBrowser(parent)
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.setOpenLinks(False)
    view.viewport().setAutoFillBackground(False)
    return view


class PopularPanel(QWidget):
    def __init__(self, session: ScenarioSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._stale = True
        self._drag = 0  # each drag of the slider is its own undoable step
        self.setAccessibleName(translate("popular_panel", "Popular vote"))

        self.method_box = QComboBox(self)
        self.method_box.setAccessibleName(translate("popular_panel", "Method"))
        for method in Method:
            self.method_box.addItem(method_name(method), method.value)
            self.method_box.setItemData(
                self.method_box.count() - 1, method_description(method), Qt.ItemDataRole.ToolTipRole
            )
        self.method_box.activated.connect(self._on_method)
        self.as_if_box = QCheckBox(translate("popular_panel", "As if in force"), self)
        self.as_if_box.setToolTip(
            translate("popular_panel", "Apply the compact although its members hold fewer than 270 electors")
        )
        self.as_if_box.toggled.connect(self._on_as_if)

        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        limit = int(MAX_SWING * STEPS_PER_POINT)
        self.slider.setRange(-limit, limit)
        self.slider.setPageStep(STEPS_PER_POINT)
        self.slider.setTickInterval(5 * STEPS_PER_POINT)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setAccessibleName(translate("popular_panel", "National swing"))
        self.slider.valueChanged.connect(self._on_swing)
        self.slider.sliderReleased.connect(self._end_drag)
        self.left_name = QLabel(self)
        self.right_name = QLabel(self)
        self.swing_label = QLabel(self)

        self.state_box = QComboBox(self)
        self.state_box.setAccessibleName(translate("popular_panel", "State"))
        self.state_box.activated.connect(lambda _: self._fill_margin_names())
        self.toward_box = QComboBox(self)
        self.toward_box.setAccessibleName(translate("popular_panel", "Ahead"))
        self.margin_box = QSpinBox(self)
        self.margin_box.setRange(0, 10**8 - 1)  # more than any state's whole vote; narrower
        self.margin_box.setGroupSeparatorShown(True)
        self.margin_box.setAccessibleName(translate("popular_panel", "Margin in votes"))
        set_margin = QPushButton(translate("popular_panel", "Set margin"), self)
        set_margin.clicked.connect(self.set_margin)

        self.result = _text_view(self)
        self.result.setAccessibleName(translate("popular_panel", "Popular vote"))
        self.methods = _text_view(self)
        self.methods.setAccessibleName(translate("popular_panel", "By each method"))
        self._methods_timer = QTimer(self)
        self._methods_timer.setSingleShot(True)
        self._methods_timer.setInterval(METHODS_DELAY_MS)
        self._methods_timer.timeout.connect(self._show_methods)

        self.votes_text = QPlainTextEdit(self)
        self.votes_text.setAccessibleName(translate("popular_panel", "Votes typed in"))
        self.votes_text.setPlaceholderText(
            translate(
                "popular_panel", "unit,candidate,votes — one line per candidate, e.g.\nPA,Ada Lovelace,120"
            )
        )

        apply_votes = QPushButton(translate("popular_panel", "Use these votes"), self)
        apply_votes.clicked.connect(self.apply_votes)
        import_votes = QPushButton(translate("popular_panel", "Import CSV…"), self)
        import_votes.clicked.connect(self.import_votes)
        clear_votes = QPushButton(translate("popular_panel", "Back to the record"), self)
        clear_votes.setToolTip(
            translate("popular_panel", "Forget the votes typed in, the swing and the method")
        )
        clear_votes.clicked.connect(self.clear)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setMaximumWidth(260)

        top = QHBoxLayout()
        top.addWidget(QLabel(translate("popular_panel", "Method"), self))
        top.addWidget(self.method_box, 1)
        top.addWidget(self.as_if_box)
        swing = QHBoxLayout()
        swing.addWidget(QLabel(translate("popular_panel", "Swing"), self))
        swing.addWidget(self.left_name)
        swing.addWidget(self.slider, 1)
        swing.addWidget(self.right_name)
        swing.addWidget(self.swing_label)
        margin = QHBoxLayout()
        margin.addWidget(QLabel(translate("popular_panel", "Margin"), self))
        margin.addWidget(self.state_box)
        margin.addWidget(self.toward_box, 1)
        margin.addWidget(QLabel(translate("popular_panel", "ahead by"), self))
        margin.addWidget(self.margin_box)
        margin.addWidget(set_margin)
        mock = QWidget(self)
        mock_layout = QHBoxLayout(mock)
        mock_layout.addWidget(self.votes_text, 1)
        buttons = QVBoxLayout()
        for button in (apply_votes, import_votes, clear_votes):
            buttons.addWidget(button)
        buttons.addWidget(self.message)
        buttons.addStretch(1)
        mock_layout.addLayout(buttons)

        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.result, translate("popular_panel", "Result"))
        self.pages.addTab(self.methods, translate("popular_panel", "By each method"))
        self.pages.addTab(mock, translate("popular_panel", "Mock election: votes by state"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)  # inside a tab already: room for the text below
        layout.addLayout(top)
        layout.addLayout(swing)
        layout.addLayout(margin)
        layout.addWidget(self.pages, 1)
        session.changed.connect(self._on_changed)

    # --- following the session ------------------------------------------------------------------

    def _leaders(self) -> list[str]:
        """The two sides of the slider: the leaders before any swing (stable during a drag)."""
        scenario = self.session.scenario
        edits = replace(scenario.popular, swing=NO_SWING)
        return national(current_states(record_states(scenario), edits)).leaders(2)

    def _on_changed(self, change: SessionChange) -> None:
        if change.rebuild:
            self._fill_states()
        self._sync_controls()
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._fill_states()
            self._sync_controls()
            self.refresh()

    def _sync_controls(self) -> None:
        scenario = self.session.scenario
        edits = scenario.popular
        leaders = self._leaders()
        with QSignalBlocker(self.method_box):
            self.method_box.setCurrentIndex(self.method_box.findData(edits.method))
        with QSignalBlocker(self.as_if_box):
            self.as_if_box.setChecked(edits.npvic_as_if)
        self.as_if_box.setEnabled(edits.method == Method.NPVIC.value)
        self.slider.setEnabled(len(leaders) == 2)
        self.left_name.setText(leaders[1] if len(leaders) == 2 else "")
        self.right_name.setText(leaders[0] if leaders else "")
        value = (
            round(edits.swing.signed(leaders[0]) * STEPS_PER_POINT) if leaders and edits.swing.points else 0
        )
        with QSignalBlocker(self.slider):
            self.slider.setValue(value)
        self.swing_label.setText(self._swing_text(value, leaders))

    @staticmethod
    def _swing_text(value: int, leaders: list[str]) -> str:
        if not value or len(leaders) < 2:
            return translate("popular_panel", "no swing")
        name = leaders[0] if value > 0 else leaders[1]
        return f"{name.split()[-1]} +{abs(value) / STEPS_PER_POINT:g}"

    def refresh(self) -> None:
        self._stale = False
        scenario = self.session.scenario
        result = self.session.tally
        self.result.setHtml(to_html(popular_blocks(scenario, result, heading=False)))
        # Counting every method takes a few frames: during a drag, done once it pauses.
        if self.slider.isSliderDown():
            self._methods_timer.start()
        else:
            self._show_methods()

    def _show_methods(self) -> None:
        scenario = self.session.scenario
        self.methods.setHtml(to_html(methods_blocks(scenario)) if popular_states(scenario) else "")

    def _fill_states(self) -> None:
        scenario = self.session.scenario
        current = self.state_box.currentData()
        with QSignalBlocker(self.state_box):
            self.state_box.clear()
            for code, vote in sorted(popular_states(scenario).items()):
                if vote.has_vote and scenario.election.has_state(code):
                    self.state_box.addItem(code, code)
            self.state_box.setCurrentIndex(max(0, self.state_box.findData(current)))
        self._fill_margin_names()

    def _fill_margin_names(self) -> None:
        vote = popular_states(self.session.scenario).get(self.state_box.currentData() or "")
        self.toward_box.clear()
        if vote is not None:
            for name, _ in vote.ranked()[:2]:
                self.toward_box.addItem(name, name)
            ranked = vote.ranked()
            if len(ranked) > 1:
                self.margin_box.setValue(ranked[0][1] - ranked[1][1])

    # --- edits ----------------------------------------------------------------------------------

    def _push(self, command: Command, merge_key: str = "") -> None:
        self.message.setText("")
        self.session.push(command, merge_key)

    def _on_method(self, _row: int) -> None:
        method = self.method_box.currentData()
        scenario = self.session.scenario
        if method == scenario.popular.method:
            return
        if method == Method.DISTRICT.value and not district_states(scenario.election):
            self.message.setText(
                translate(
                    "popular_panel",
                    "No district results in {year}: Maine from 1972 and Nebraska from 1992 only.",
                ).format(year=scenario.election.year)
            )
            self._sync_controls()
            return
        self._push(SetPopularEdits(replace(scenario.popular, method=method)))

    def _on_as_if(self, on: bool) -> None:
        if on != self.session.scenario.popular.npvic_as_if:
            self._push(SetPopularEdits(replace(self.session.scenario.popular, npvic_as_if=on)))

    def _on_swing(self, value: int) -> None:
        leaders = self._leaders()
        if len(leaders) < 2:
            return
        points = abs(value) / STEPS_PER_POINT
        swing = NO_SWING if not value else Swing(*(leaders if value > 0 else leaders[::-1]), points)
        self.swing_label.setText(self._swing_text(value, leaders))
        edits = replace(self.session.scenario.popular, swing=swing)
        self._push(SetPopularEdits(edits), f"swing {self._drag}")
        if not self.slider.isSliderDown():
            self._end_drag()  # a key press or a click on the groove is a step of its own

    def _end_drag(self) -> None:
        self._drag += 1

    def set_margin(self) -> None:
        code = self.state_box.currentData()
        toward = self.toward_box.currentData()
        vote = popular_states(self.session.scenario).get(code or "")
        if not code or not toward or vote is None:
            return
        away = next((name for name, _ in vote.ranked() if name != toward), "")
        if not away:
            return
        try:
            command = margin_command(self.session.scenario, code, toward, away, self.margin_box.value())
        except InputError as error:
            self.message.setText(str(error))
            return
        self._push(command)

    def apply_votes(self, text: str | None = None) -> None:
        scenario = self.session.scenario
        try:
            states = parse_votes(self.votes_text.toPlainText() if text is None else text, scenario.election)
        except InputError as error:
            self.message.setText(str(error))
            return
        self._push(votes_command(scenario, states))
        self.message.setText(
            translate("popular_panel", "Votes for {count} states in use.").format(count=len(states))
        )

    def import_votes(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("popular_panel", "Import votes"),
            "",
            translate("popular_panel", "CSV files (*.csv)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        try:
            text = read_text_limited(path, MAX_BYTES)
        except InputError as error:
            self.message.setText(str(error))
            return
        self.votes_text.setPlainText(text)
        self.apply_votes(text)

    def clear(self) -> None:
        if self.session.scenario.popular != NO_EDITS:
            self._push(SetPopularEdits(NO_EDITS))
