"""A scenario with the words a teacher gives it: what a scenario file or a lesson holds."""

from __future__ import annotations

from dataclasses import dataclass

from gui.domain.scenario import Scenario


@dataclass
class ScenarioDocument:
    scenario: Scenario
    title: str = ""
    description: str = ""
