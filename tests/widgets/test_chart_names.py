"""The chart's names: a name longer than any candidate's is cut, never the bars squeezed."""

from __future__ import annotations

from gui.domain.catalog import Candidate, Ticket
from gui.domain.commands import AddCandidate, AssignUnit
from gui.domain.document import ScenarioDocument
from gui.domain.scenario import Office, Scenario
from gui.widgets.majority_chart import NAME_LIMIT

LONG = "Someone Whose Name Runs On Far Longer Than Any Candidate's Ever Did"


def test_a_long_name_is_cut_beside_its_bar(qtbot, window, catalog):
    scenario = Scenario(catalog.election(2016))
    scenario.execute(AddCandidate(Candidate(LONG, "Independent", running_mate="Running Mate")))
    scenario.execute(AssignUnit("TX", Ticket(LONG, "Running Mate")))
    window.session.replace(ScenarioDocument(scenario, None, ""))
    chart = window.charts[Office.PRESIDENT]
    qtbot.waitUntil(lambda: any(name == LONG for name, _ in chart.rows))
    shown = next(text for text in chart.shown_names if text.startswith("Someone"))
    assert shown == LONG[:NAME_LIMIT] + "…"
