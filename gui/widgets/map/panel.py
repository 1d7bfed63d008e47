"""The map beside the tree: a MapView with its view switch, fed by the session.

Clicks and menu picks become the same undoable commands as edits in the tree.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Signal
from PySide6.QtGui import QAction, QCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QMenu,
    QRadioButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from gui.domain.cycling import (
    assign_unit,
    cycle_unit,
    cycle_vote,
    set_appointed,
    set_vote,
    unit_choices,
    vote_choices,
)
from gui.domain.i18n import translate
from gui.domain.identifiers import InputError
from gui.domain.scenario import Command, Office, Vote
from gui.present.blocks import text_html
from gui.present.labels import not_called_label, office_title, pre_12th_vote_title, unit_name, vote_label
from gui.qt.session import ScenarioSession, SessionChange
from gui.widgets.forecast_menu import add_rating_actions
from gui.widgets.map.race_bar import RaceBarWidget
from gui.widgets.map.view import ELECTORS_VIEW, MAP_VIEW, MapView


class MapPanel(QWidget):
    selection_changed = Signal(str, str)  # ("unit", id) or ("elector", str(index)), from the map

    def __init__(
        self, session: ScenarioSession, parent: QWidget | None = None, *, deferred: bool = False
    ) -> None:
        """``deferred``: the map is drawn on ``show_scenario()`` (the window calls it just after its
        first frame, so opening the app does not wait for the map)."""
        super().__init__(parent)
        self._session = session
        self.view = MapView(self)
        self.view.setAccessibleName(translate("map_panel", "Map of the states"))
        if not deferred:
            self.show_scenario()
        self.map_button = QRadioButton(translate("map_panel", "&Map"), self)
        self.map_button.setToolTip(
            translate("map_panel", "The states as on a wall map, coloured by who carried them")
        )
        self.electors_button = QRadioButton(translate("map_panel", "E&lectors"), self)
        self.electors_button.setToolTip(
            translate("map_panel", "One dot per elector, coloured by the vote for President")
        )
        self.map_button.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.map_button)
        group.addButton(self.electors_button)
        self.map_button.toggled.connect(lambda on: self.set_view(MAP_VIEW if on else ELECTORS_VIEW))
        self.print_box = QCheckBox(translate("map_panel", "&Print friendly"), self)
        self.print_box.setToolTip(
            translate(
                "map_panel", "Hatching and marker shapes per candidate, so a black-and-white print reads"
            )
        )
        self.print_box.toggled.connect(self.view.set_print_friendly)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (self.map_button, self.electors_button, self.print_box):
            bar.addWidget(widget)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        self.race_bar = RaceBarWidget(session, self)  # a forecast's race to the majority
        layout.addWidget(self.race_bar)
        layout.addWidget(self.view, 1)

        # Bound methods, not lambdas: the connections end when the panel is deleted.
        session.changed.connect(self._on_changed)
        self.view.unit_clicked.connect(self._cycle_unit)
        self.view.unit_shift_clicked.connect(self._cycle_unit_back)
        self.view.elector_clicked.connect(self._cycle_elector)
        self.view.unit_menu_requested.connect(self._unit_menu)
        self.view.elector_menu_requested.connect(self._elector_menu)
        self.view.selection_changed.connect(self.selection_changed)

    def show_scenario(self) -> None:
        self.view.set_scenario(self._session.scenario)

    def set_view(self, view: str) -> None:
        self.view.set_view(view)
        (self.map_button if view == MAP_VIEW else self.electors_button).setChecked(True)

    def _on_changed(self, change: SessionChange) -> None:
        if change.rebuild:
            self.show_scenario()
        elif change.looks_changed:  # a recolour or an added candidate may change any colour
            self.view.refresh_all()
        elif change.electors:
            self.view.refresh(change.electors)

    def _push(self, command: Command | None) -> None:
        if command is not None:
            self._session.push(command)

    def _cycle_unit(self, unit_id: str) -> None:
        self._push(cycle_unit(self._session.scenario, unit_id))

    def _cycle_unit_back(self, unit_id: str) -> None:
        self._push(cycle_unit(self._session.scenario, unit_id, reverse=True))

    def _cycle_elector(self, index: int) -> None:
        self._push(cycle_vote(self._session.scenario, index, Office.PRESIDENT))

    def _unit_menu(self, unit_id: str, position: QPoint) -> None:
        menu = self.unit_menu(unit_id)
        if menu is not None:
            menu.exec(position)

    def unit_menu(self, unit_id: str) -> QMenu | None:
        """Who carries the unit, and whether its state appoints electors at all."""
        scenario = self._session.scenario
        unit = scenario.election.unit(unit_id)
        if not unit.electors:
            return None
        menu = QMenu(self)
        menu.setTitle(unit_name(scenario.election, unit_id))
        add_rating_actions(menu, self._session, unit_id)  # a forecast's ratings first
        current = scenario.unit_winner(unit_id)
        appointed = scenario.is_appointed(unit.state)
        for name in unit_choices(scenario):
            text = (
                translate("map_panel", "Carried by {name}").format(name=name) if name else not_called_label()
            )
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(appointed and current is not None and current.president == name)
            action.triggered.connect(lambda _=False, n=name: self._push(assign_unit(scenario, unit_id, n)))
        menu.addSeparator()
        add_appointed_action(menu, self._session, unit.state)
        return menu

    def _elector_menu(self, index: int, position: QPoint) -> None:
        scenario = self._session.scenario
        menu = QMenu(self)
        for office in Office:
            section = menu.addMenu(
                office_title(office)
                if not scenario.election.pre_12th_amendment
                else pre_12th_vote_title(office)
            )
            current = scenario.vote(index, office)
            for vote in vote_choices(scenario, index, office):
                action = section.addAction(vote_label(vote))
                action.setCheckable(True)
                action.setChecked(vote == current)
                action.triggered.connect(lambda _=False, o=office, v=vote: self._set_vote(index, o, v))
        menu.exec(position)

    def _set_vote(self, index: int, office: Office, vote: Vote) -> None:
        try:
            self._push(set_vote(self._session.scenario, index, office, vote))
        except InputError as error:  # before 1804: the same person twice
            QToolTip.showText(QCursor.pos(), text_html(str(error)), self)  # it may quote a name


def add_appointed_action(menu: QMenu, session: ScenarioSession, state: str) -> QAction:
    """The menu item that takes a state's electors out of the base, or brings them back."""
    scenario = session.scenario
    action = menu.addAction(
        translate("map_panel", "{state} appoints no electors (out of the base)").format(
            state=scenario.election.state(state).name
        )
    )
    action.setCheckable(True)
    action.setChecked(not scenario.is_appointed(state))
    action.setToolTip(
        translate(
            "map_panel",
            "The state appoints no electors, or its votes are not counted: the majority is then of "
            "fewer electors",
        )
    )

    def toggle(checked: bool) -> None:
        command = set_appointed(session.scenario, state, not checked)
        if command is not None:
            session.push(command)

    action.toggled.connect(toggle)
    return action
