"""The votes axis of the majority chart: steps a reader counts in, labels that never crowd."""

from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gui.domain.scenario import Office
from gui.widgets.majority_chart import x_tick_levels


def test_2016_counts_in_hundreds_fifties_and_tens():
    assert x_tick_levels(338, 545) == [100, 50, 10]


@given(top=st.floats(5, 2000), pixels=st.floats(60, 4000))
def test_steps_are_one_two_or_five_times_a_power_of_ten(top, pixels):
    levels = x_tick_levels(top, pixels)
    assert levels and levels == sorted(levels, reverse=True)
    for step in levels:
        mantissa = step / 10 ** math.floor(math.log10(step) + 1e-9)
        assert any(math.isclose(mantissa, m) for m in (1, 2, 5)), (step, levels)
    assert top / levels[0] >= 2.25 - 1e-9  # at least two labelled steps fit
    assert all(step >= 2 * top / pixels - 1e-9 for step in levels[1:])  # never under 2 px apart


def test_nothing_to_draw_has_no_ticks():
    assert x_tick_levels(0, 500) == [] and x_tick_levels(100, 0) == []


@pytest.mark.parametrize("year", [2016, 1796])
def test_the_axis_labels_never_overlap(qtbot, window, year):
    window.session.new(year)
    chart = window.charts[Office.PRESIDENT]
    qtbot.waitUntil(lambda: chart.majority_text != "")
    chart.repaint()
    spans = sorted((x - w / 2, x + w / 2) for x, _, w in chart.axis_labels)
    assert len(spans) >= 2
    plot = chart.plot_rect()
    assert all(plot.left() <= a and b <= plot.right() for a, b in spans)
    assert all(b1 < a2 for (_, b1), (a2, _) in itertools.pairwise(spans))
