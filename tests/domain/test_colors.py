"""Default colours: every person an election names gets a colour of their own."""

from __future__ import annotations

import pytest

from gui.domain.colors import COLOR_BLIND, CONVENTIONAL, default_colors, shade
from gui.domain.scenario import Scenario, Start
from gui.domain.upcoming import placeholder_nominees


@pytest.mark.parametrize("palette", [CONVENTIONAL, COLOR_BLIND], ids=lambda p: p.name)
def test_no_two_people_of_an_election_share_a_colour(catalog, palette):
    for year in catalog.years:
        scenario = Scenario(catalog.election(year), Start.OFFICIAL)
        colors = scenario.default_colors(palette)
        running_mates = {t.vice_president for t in scenario.election.tickets}
        running_mates |= {n.running_mate for n in placeholder_nominees(scenario.election)}
        own = {name: color for name, color in colors.items() if name not in running_mates}
        assert len(set(own.values())) == len(own), (year, own)


def test_past_the_palette_colours_are_shades_of_it():
    names = [f"Person {n}" for n in range(len(CONVENTIONAL.others) * 2 + 1)]
    colors = default_colors(names, {}, CONVENTIONAL)
    first = CONVENTIONAL.others[0]
    assert colors["Person 0"] == first
    assert colors[f"Person {len(CONVENTIONAL.others)}"] == shade(first, 1) != first
    assert len(set(colors.values())) == len(names)


def test_shade_mixes_towards_black_then_white():
    assert shade("#808080", 0) == "#808080"
    assert shade("#808080", 1) == "#464646"  # 128 * 0.55
    assert shade("#808080", 2) == "#C0C0C0"  # 128 + 127 * 0.5
