"""State laws binding electors: the shipped table and the faithless votes it voids."""

from __future__ import annotations

from collections import Counter

import pytest

from gui.domain.commands import AssignUnit, SetElectorVote
from gui.domain.elector_laws import (
    NO_LAW,
    PLEDGE_NO_ENFORCEMENT,
    VOTE_COUNTED_PENALTY,
    VOTE_VOIDED_REPLACED,
    law,
    load_laws,
    voids_faithless_vote,
)
from gui.domain.pledge_laws import laws_applied_to
from gui.domain.scenario import BLANK, Office, Scenario, Start
from gui.present.laws import describe

# Counts per year (no law / pledge only / penalty / voided), DC included: the table's README.
README_COUNTS = {
    2000: (21, 22, 5, 3),
    2004: (21, 22, 5, 3),
    2008: (20, 22, 5, 4),
    2012: (20, 21, 5, 5),
    2016: (20, 17, 4, 10),
    2020: (17, 17, 3, 14),
    2024: (16, 14, 2, 19),
}
ORDER = (NO_LAW, PLEDGE_NO_ENFORCEMENT, VOTE_COUNTED_PENALTY, VOTE_VOIDED_REPLACED)


@pytest.mark.parametrize("year", sorted(README_COUNTS))
def test_counts_per_year_match_the_compiled_table(catalog, year):
    codes = [s.code for s in catalog.election(year).states]
    assert len(codes) == 51
    found = Counter(law(year, code).category for code in codes)  # type: ignore[union-attr]
    assert tuple(found[c] for c in ORDER) == README_COUNTS[year]


def test_2016_laws_behind_the_recorded_events():
    for state in ("CO", "MN", "ME"):
        assert voids_faithless_vote(2016, state), state
    washington = law(2016, "WA")
    assert washington is not None and washington.category == VOTE_COUNTED_PENALTY
    assert "$1,000" in washington.penalty and not washington.replaces
    assert law(2016, "HI").category == PLEDGE_NO_ENFORCEMENT  # type: ignore[union-attr]
    assert law(2016, "TX").category == NO_LAW  # type: ignore[union-attr]
    assert not voids_faithless_vote(2016, "WA") and not voids_faithless_vote(2016, "TX")
    minnesota = law(2016, "mn")
    assert minnesota is not None and "208" in minnesota.statute and minnesota.confidence == "high"


def test_laws_change_over_time():
    assert law(2016, "WA").category == VOTE_COUNTED_PENALTY  # type: ignore[union-attr]
    assert law(2020, "WA").category == VOTE_VOIDED_REPLACED  # type: ignore[union-attr]


@pytest.mark.parametrize("year", [1996, 2002, 2028, 1789])
def test_years_outside_the_table_have_no_data(year):
    assert not load_laws().covers(year)
    assert law(year, "CO") is None
    assert voids_faithless_vote(year, "CO") is False
    assert "no data" in describe(year, "CO")


def test_describe_a_law():
    text = describe(2016, "WA")
    assert text.startswith("WA 2016: a faithless vote counts") and "$1,000" in text


def test_official_2016_lists_the_three_voided_votes(catalog):
    scenario = Scenario(catalog.election(2016), Start.OFFICIAL)
    applied = laws_applied_to(scenario)
    assert [(a.elector, a.attempted, a.attempted_by, a.source) for a in applied] == [
        ("CO:1", "John Kasich", "Micheal Baca", "record"),
        ("ME:1", "Bernie Sanders", "David Bright", "record"),
        ("MN:1", "Bernie Sanders", "Muhammad Abdurrahman", "record"),
    ]
    assert all(a.category == VOTE_VOIDED_REPLACED and a.counted_for == "Hillary Clinton" for a in applied)
    assert applied[0].statute == law(2016, "CO").statute  # type: ignore[union-attr]


def test_changing_the_unit_drops_the_record(catalog):
    scenario = Scenario(catalog.election(2016), Start.OFFICIAL)
    scenario.execute(AssignUnit("CO", scenario.ticket_for("Donald Trump")))
    assert [a.elector for a in laws_applied_to(scenario)] == ["ME:1", "MN:1"]


def test_pledged_scenario_lists_every_faithless_vote_in_a_voiding_state(catalog):
    election = catalog.election(2016)
    scenario = Scenario(election, Start.PLEDGED)
    assert laws_applied_to(scenario) == []  # the pledged start has no faithless votes
    toggles = [
        ("CO:2", Office.PRESIDENT, "Bernie Sanders"),
        ("CO:3", Office.PRESIDENT, BLANK),
        ("MN:4", Office.VICE_PRESIDENT, "Elizabeth Warren"),
        ("WA:1", Office.PRESIDENT, "Colin Powell"),  # fined, not voided
        ("TX:1", Office.PRESIDENT, "John Kasich"),  # no law
        ("HI:1", Office.PRESIDENT, "Bernie Sanders"),  # pledge only
    ]
    for elector, office, vote in toggles:
        state, number = elector.split(":")
        seat = election.electors[election.state(state).electors[int(number) - 1]]
        scenario.execute(SetElectorVote(seat.index, office, vote))
    applied = laws_applied_to(scenario)
    assert [(a.elector, a.office, a.attempted, a.source) for a in applied] == [
        ("CO:2", Office.PRESIDENT, "Bernie Sanders", "scenario"),
        ("CO:3", Office.PRESIDENT, "", "scenario"),
        ("MN:4", Office.VICE_PRESIDENT, "Elizabeth Warren", "scenario"),
    ]
    assert applied[2].counted_for == "Tim Kaine"
    for state in {a.state for a in applied}:
        assert voids_faithless_vote(2016, state)


def test_every_faithless_elector_in_a_voiding_state_is_listed(catalog):
    election = catalog.election(2024)
    scenario = Scenario(election, Start.PLEDGED)
    for seat in election.electors:
        scenario.execute(SetElectorVote(seat.index, Office.PRESIDENT, "Someone Else"))
    applied = laws_applied_to(scenario)
    voiding = {s.code for s in election.states if voids_faithless_vote(2024, s.code)}
    assert len(voiding) == README_COUNTS[2024][3]
    expected = [s.id for s in election.electors if s.state in voiding]
    assert [a.elector for a in applied] == expected
