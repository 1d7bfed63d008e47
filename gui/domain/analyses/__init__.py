"""Analyses of a scenario: defections needed, paths to victory, win probabilities, voting power.

Pure functions over a :class:`~gui.domain.scenario.Scenario` (or its election). numpy is used
here for the probability distributions and nowhere else in ``gui.domain``.
"""
