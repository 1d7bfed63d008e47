"""Random sessions in the real window: toggles, undo, redo, elections, files, candidates,
apportionments, forecasts, resets, states in and out of the base, units left not called.

After every step what the window shows equals an independent recount, and undoing every step
since the last document change gives back that document exactly.
"""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from PySide6.QtCore import QSettings

from gui.domain.apportionment import FIRST_ELECTION, Choice, District, Method, SizeRule
from gui.domain.catalog import Candidate, load_catalog
from gui.domain.commands import AddCandidate, Reapportion, ResetScenario, SetApplyStateLaws
from gui.domain.cycling import NOT_CALLED, assign_unit, set_appointed
from gui.domain.forecast import is_forecast
from gui.domain.forecast_start import BASES, start_forecast
from gui.domain.identifiers import InputError
from gui.domain.popular_vote import load_popular_record
from gui.domain.scenario import Office, Start
from gui.qt.candidate_model import CandidateColumn
from gui.qt.elector_tree_model import Column
from gui.qt.session import ScenarioSession
from gui.qt.settings import Preferences
from gui.widgets.window_factory import build_window
from tests.domain.test_properties import recount

pytestmark = pytest.mark.slow  # long: run by CI and the README's command, skipped by -m 'not slow'

YEARS = [1800, 1824, 1872, 2000, 2016, 2020, 2024, 2028]


class WindowSession(RuleBasedStateMachine):
    @initialize(year=st.sampled_from(YEARS))
    def open_window(self, year):
        import tempfile
        from pathlib import Path

        self.folder = Path(tempfile.mkdtemp())
        settings = QSettings(str(self.folder / "settings.ini"), QSettings.Format.IniFormat)
        self.window = build_window(ScenarioSession(load_catalog()), Preferences(settings))
        self.window.confirm_discard = lambda: True
        self.window.show_error = lambda title, message: None
        self.window.show()
        self.window.ensure_ready()
        self.window.session.new(year)
        self.document_state = self.window.session.scenario.state_key()
        self.saves = 0

    def teardown(self):
        self.window.confirm_discard = lambda: True
        self.window.close()
        self.window.deleteLater()

    @property
    def session(self) -> ScenarioSession:
        return self.window.session

    @rule(n=st.integers(0, 10_000), office=st.sampled_from(list(Office)))
    def toggle_elector(self, n, office):
        electors = self.session.scenario.election.electors
        if electors:
            index = self.window.tree_model.index_of_elector(n % len(electors))
            column = Column.PRESIDENT if office is Office.PRESIDENT else Column.VICE_PRESIDENT
            assert self.window.tree_model.cycle(index.siblingAtColumn(column))

    @rule(n=st.integers(0, 10_000))
    def cycle_state(self, n):
        states = [s for s in self.session.scenario.election.states if len(s.units) == 1 and s.electors]
        state = states[n % len(states)]
        index = self.window.tree_model.index_of_state(state.code)
        assert self.window.tree_model.cycle(index.siblingAtColumn(Column.CARRIED_BY))

    @precondition(lambda self: self.session.undo_stack.canUndo())
    @rule()
    def undo(self):
        self.window.undo_action.trigger()

    @precondition(lambda self: self.session.undo_stack.canRedo())
    @rule()
    def redo(self):
        self.window.redo_action.trigger()

    @rule(on=st.booleans())
    def state_laws(self, on):
        if on != self.session.scenario.apply_state_laws:
            self.session.push(SetApplyStateLaws(on))

    @rule(name=st.sampled_from(["Evan McMullin", "Gary Johnson", "Jill Stein"]))
    def add_candidate(self, name):
        if name not in self.session.scenario.candidate_names():
            self.session.push(AddCandidate(Candidate(name, "Independent"), "#7F7F7F"))

    @rule(
        size=st.integers(60, 900),
        census=st.sampled_from([1910, 1990, 2020]),
        method=st.sampled_from(list(Method)),
        size_rule=st.sampled_from(list(SizeRule)),
        district=st.sampled_from(list(District)),
        puerto_rico=st.booleans(),
    )
    def reapportion(self, size, census, method, size_rule, district, puerto_rico):
        if self.session.scenario.record.year >= FIRST_ELECTION:
            choice = Choice(census, size, method, size_rule, district, puerto_rico)
            self.session.push(Reapportion(choice))

    @rule()
    def back_to_the_record(self):
        if self.session.scenario.reapportioned is not None:
            self.session.push(Reapportion(None))

    @rule(basis=st.sampled_from(list(BASES)))
    def start_forecast(self, basis):
        scenario = self.session.scenario
        earlier = [y for y in load_catalog().years if y < scenario.election.year]
        if scenario.election.pre_12th_amendment or not earlier:
            return
        record = load_popular_record()
        try:
            command = start_forecast(
                scenario, basis, load_catalog().election(earlier[-1]), record.states(earlier[-1])
            )
        except InputError:  # fewer than two candidates
            return
        self.session.push(command)

    @rule(start=st.sampled_from(list(Start)))
    def reset(self, start):
        self.session.push(ResetScenario(start))

    @rule(n=st.integers(0, 10_000), appointed=st.booleans())
    def appoint(self, n, appointed):
        states = [s.code for s in self.session.scenario.election.states if s.electors]
        command = set_appointed(self.session.scenario, states[n % len(states)], appointed)
        if command is not None:
            self.session.push(command)

    @rule(n=st.integers(0, 10_000))
    def leave_not_called(self, n):
        units = [u.id for u in self.session.scenario.election.units if u.electors]
        command = assign_unit(self.session.scenario, units[n % len(units)], NOT_CALLED)
        if command is not None:
            self.session.push(command)

    @rule(n=st.integers(0, 10_000))
    def shift_click_state(self, n):
        units = [u.id for u in self.session.scenario.election.units if u.electors]
        self.window.map_panel._cycle_unit_back(units[n % len(units)])

    @rule(year=st.sampled_from(YEARS))
    def switch_election(self, year):
        self.session.new(year)
        self.document_state = self.session.scenario.state_key()

    @rule()
    def save_and_reopen(self):
        self.saves += 1
        path = self.folder / f"s{self.saves}.json"
        before = self.session.scenario.state_key()
        assert self.window.documents.save_to(path)
        assert self.window.documents.open_path(path, confirmed=True)
        assert self.session.scenario.state_key() == before
        self.document_state = before

    @invariant()
    def shown_tally_equals_recount(self):
        if not hasattr(self, "window"):
            return
        scenario = self.session.scenario
        expected = recount(scenario)[Office.PRESIDENT]
        model = self.window.candidate_model
        shown = Counter()
        for row in range(model.rowCount()):
            votes = int(model.index(row, CandidateColumn.PRESIDENT).data())
            if votes:
                shown[model.index(row, CandidateColumn.NAME).data()] = votes
        assert shown == expected
        chart = self.window.charts[Office.PRESIDENT]
        if chart.isVisible() and expected:
            assert chart.rows[0][1] == max(expected.values())
        assert f"{self.session.tally.majority} needed" in self.window.outcome.text()
        bar = self.window.map_panel.race_bar.bar
        assert (bar is not None) == is_forecast(scenario)
        if bar is not None:  # the race bar adds up to the electors appointed
            assert bar.total == bar.appointed == self.session.tally.appointed

    @invariant()
    def undoing_everything_restores_the_document(self):
        if not hasattr(self, "window"):
            return
        stack = self.session.undo_stack
        index, now = stack.index(), self.session.scenario.state_key()
        stack.setIndex(0)
        assert self.session.scenario.state_key() == self.document_state
        stack.setIndex(index)
        assert self.session.scenario.state_key() == now


WindowSession.TestCase.settings = settings(
    max_examples=12, stateful_step_count=15, deadline=None, suppress_health_check=list(HealthCheck)
)


def test_random_window_sessions(qapp):
    WindowSession.TestCase().runTest()
