"""Forecasts: ratings, the click cycle, start points from 2024's results and margins, the tally,
the race bar and the probabilities they feed."""

from __future__ import annotations

import pytest

from gui.domain.analyses.paths import paths_to_victory
from gui.domain.analyses.probabilities import exact_distribution
from gui.domain.catalog import load_catalog
from gui.domain.cycling import cycle_unit
from gui.domain.forecast import (
    TOSSUP,
    Rating,
    click_ratings,
    forecast_probabilities,
    forecast_sides,
    parse_rating,
    race_segments,
    rate_unit,
    rating_of,
    side_total,
    tossups,
)
from gui.domain.forecast_start import Basis, start_forecast
from gui.domain.identifiers import InputError
from gui.domain.popular_vote import load_popular_record
from gui.domain.ratings import Level, level_of_margin
from gui.domain.scenario import Scenario
from gui.domain.tally import tally

CATALOG = load_catalog()
D, R = "Democratic nominee", "Republican nominee"


def forecast_2028(basis: str = Basis.MARGINS) -> tuple[Scenario, tuple[str, ...]]:
    scenario = Scenario(CATALOG.election(2028))
    start = start_forecast(scenario, basis, CATALOG.election(2024), load_popular_record().states(2024))
    scenario.execute(start)
    return scenario, start.estimated


@pytest.mark.parametrize(
    ("points", "level"),
    [
        (15.01, Level.SAFE),
        (15.0, Level.LIKELY),
        (5.01, Level.LIKELY),
        (5.0, Level.LEAN),
        (1.0, Level.LEAN),
        (0.99, Level.TOSSUP),
        (-20.0, Level.SAFE),
        (-3.0, Level.LEAN),
        (0.0, Level.TOSSUP),
    ],
)
def test_thresholds(points, level):
    assert level_of_margin(points) is level


def test_sides_of_2028_are_the_placeholder_nominees():
    assert forecast_sides(Scenario(CATALOG.election(2028))) == (D, R)
    assert forecast_sides(Scenario(CATALOG.election(2024))) == ("Kamala Harris", "Donald Trump")


def test_margins_of_2024_checked_by_hand():
    # From resources/data/popular_vote.json, 2024 (Harris - Trump over all votes, in points):
    # WI 1,668,229 - 1,697,626 of 3,422,918: -0.86, a toss-up; PA 3,423,042 - 3,543,308 of
    # 7,034,216: -1.71, lean R; ME 435,652 - 377,977 of 831,375: +6.94, likely D; NE 369,995 -
    # 564,816 of 952,182: -20.5, safe R; AZ -5.5: likely R; NH +2.8: lean D.
    scenario, estimated = forecast_2028()
    expected = {
        "WI": TOSSUP,
        "PA": Rating(Level.LEAN, R),
        "ME": Rating(Level.LIKELY, D),
        "NE": Rating(Level.SAFE, R),
        "AZ": Rating(Level.LIKELY, R),
        "NH": Rating(Level.LEAN, D),
        "CA": Rating(Level.SAFE, D),
        "WY": Rating(Level.SAFE, R),
    }
    assert {u: rating_of(scenario, u) for u in expected} == expected
    # No district vote in the data: each takes its 2024 carrier, rated lean, and is marked.
    assert estimated == ("ME-1", "ME-2", "NE-1", "NE-2", "NE-3")
    assert rating_of(scenario, "NE-2") == Rating(Level.LEAN, D)
    assert rating_of(scenario, "ME-2") == Rating(Level.LEAN, R)
    assert tossups(scenario) == ["WI"]


def test_a_rated_unit_counts_for_its_side_and_a_tossup_is_not_called():
    scenario, _ = forecast_2028()
    result = tally(scenario)
    segments = race_segments(scenario)
    assert result.president.votes[D] == side_total(segments, D)
    assert result.president.votes[R] == side_total(segments, R)
    assert result.president.undecided == side_total(segments, "") == 10  # Wisconsin
    assert sum(s.electors for s in segments) == result.appointed == 538


def test_results_of_2024_give_every_unit_safe_to_its_party():
    scenario, estimated = forecast_2028(Basis.RESULTS)
    assert estimated == ()
    votes = tally(scenario).president.votes
    assert (votes[D], votes[R]) == (226, 312)  # Harris 226, Trump 312
    assert {rating_of(scenario, u).level for u in ("PA", "CA", "NE-2")} == {Level.SAFE}


def test_a_blank_forecast_is_every_unit_a_tossup():
    scenario, _ = forecast_2028(Basis.BLANK)
    assert len(tossups(scenario)) == len([u for u in scenario.election.units if u.electors])
    assert tally(scenario).president.undecided == 538


def test_the_click_cycle_and_its_reverse():
    scenario, _ = forecast_2028(Basis.BLANK)
    seen = []
    for _ in range(7):
        scenario.execute(cycle_unit(scenario, "PA"))
        seen.append(rating_of(scenario, "PA"))
    # From a toss-up: lean, likely, safe for the second side, then round to safe for the first.
    assert seen == [
        Rating(Level.LEAN, R),
        Rating(Level.LIKELY, R),
        Rating(Level.SAFE, R),
        Rating(Level.SAFE, D),
        Rating(Level.LIKELY, D),
        Rating(Level.LEAN, D),
        TOSSUP,
    ]
    assert click_ratings(scenario)[3] == TOSSUP and all(
        r.level is not Level.TILT for r in click_ratings(scenario)
    )
    scenario.execute(cycle_unit(scenario, "PA", reverse=True))
    assert rating_of(scenario, "PA") == Rating(Level.LEAN, D)


def test_tilt_is_reachable_and_undo_restores_exactly():
    scenario, _ = forecast_2028()
    before = scenario.state_key()
    tilt = rate_unit(scenario, "WI", parse_rating(scenario, "tilt-D"))
    scenario.execute(tilt)
    assert rating_of(scenario, "WI") == Rating(Level.TILT, D)
    assert tally(scenario).president.votes[D] == 236
    # A click from tilt goes on as from lean: to a toss-up.
    click = cycle_unit(scenario, "WI")
    scenario.execute(click)
    assert rating_of(scenario, "WI") == TOSSUP
    assert rate_unit(scenario, "WI", TOSSUP) is None  # already so
    scenario.revert(click)
    scenario.revert(tilt)
    assert scenario.state_key() == before


def test_undo_of_a_rating():
    scenario, _ = forecast_2028()
    before = scenario.state_key()
    command = rate_unit(scenario, "TX", Rating(Level.LEAN, D))
    scenario.execute(command)
    assert rating_of(scenario, "TX") == Rating(Level.LEAN, D)
    scenario.revert(command)
    assert scenario.state_key() == before


def test_rating_an_ordinary_scenario_makes_it_a_forecast():
    scenario = Scenario(CATALOG.election(2024))
    assert rating_of(scenario, "PA") is None
    command = rate_unit(scenario, "PA", Rating(Level.LEAN, "Donald Trump"))
    scenario.execute(command)
    assert rating_of(scenario, "PA") == Rating(Level.LEAN, "Donald Trump")
    assert rating_of(scenario, "CA") == Rating(Level.SAFE, "Kamala Harris")  # carried: safe
    scenario.revert(command)
    assert scenario.ratings is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("safe-D", Rating(Level.SAFE, D)),
        ("LIKELY-r", Rating(Level.LIKELY, R)),
        ("tossup", TOSSUP),
        ("toss-up", TOSSUP),
        ("lean-Republican nominee", Rating(Level.LEAN, R)),
    ],
)
def test_parse_rating(text, expected):
    assert parse_rating(Scenario(CATALOG.election(2028)), text) == expected


@pytest.mark.parametrize("text", ["safe", "sure-D", "lean-X", "lean-", "", "tilt D", "safe-Ｄ", "１"])
def test_parse_rating_refuses(text):
    with pytest.raises(InputError):
        parse_rating(Scenario(CATALOG.election(2028)), text)


def test_probabilities_and_paths_need_no_csv():
    scenario, _ = forecast_2028()
    rate = forecast_probabilities(scenario)
    assert rate["WI"] == 0.5 and rate["CA"] == 0.99 and rate["PA"] == pytest.approx(0.35)
    assert rate["NE-2"] == 0.65 and len(rate) == 56
    scenario.execute(rate_unit(scenario, "GA", Rating(Level.TILT, R)))
    assert forecast_probabilities(scenario)["GA"] == pytest.approx(0.45)
    distribution = exact_distribution(scenario, forecast_probabilities(scenario), forecast_sides(scenario))
    assert distribution.pmf.sum() == pytest.approx(1.0)
    paths = paths_to_victory(scenario, tossups(scenario), forecast_sides(scenario))
    assert paths.contest.units == ("WI",) and paths.total == 2


def test_a_third_candidate_sits_beside_the_tossups():
    from gui.domain.catalog import Candidate
    from gui.domain.commands import AddCandidate, AssignUnit
    from gui.domain.forecast import OTHER_SIDE

    scenario, _ = forecast_2028()
    scenario.execute(AddCandidate(Candidate("Ada Lovelace", "Libertarian", running_mate="Charles Babbage")))
    assert forecast_sides(scenario) == (D, R)  # the sides stay the two parties'
    scenario.execute(AssignUnit("UT", scenario.ticket_for("Ada Lovelace")))
    assert rating_of(scenario, "UT") == Rating(Level.SAFE, "Ada Lovelace")
    segments = race_segments(scenario)
    assert side_total(segments, OTHER_SIDE) == 6 and sum(s.electors for s in segments) == 538
    assert "UT" not in forecast_probabilities(scenario)  # her votes stay hers in the analyses
    # A click moves Utah onto the forecast's cycle.
    scenario.execute(cycle_unit(scenario, "UT"))
    assert rating_of(scenario, "UT") == Rating(Level.SAFE, D)


def test_2028_has_the_2020_census_electors():
    scenario, _ = forecast_2028()
    assert tally(scenario).appointed == 538
    assert (
        len(scenario.election.state("TX").electors) == 40
        and len(scenario.election.state("CA").electors) == 54
    )


def test_outside_a_forecast_shift_steps_back_through_the_candidates_and_votes():
    from gui.domain.cycling import click_choices, cycle_vote, vote_choices
    from gui.domain.scenario import Office

    scenario = Scenario(CATALOG.election(2016))
    choices = click_choices(scenario)  # Trump, Clinton, not yet called
    assert scenario.unit_winner("PA").president == choices[0]
    scenario.execute(cycle_unit(scenario, "PA", reverse=True))
    assert scenario.unit_winner("PA").president == choices[-1] == ""  # back round to not yet called
    scenario.execute(cycle_unit(scenario, "PA"))
    assert scenario.unit_winner("PA").president == choices[0]
    elector = scenario.election.unit("PA").electors[0]
    votes = vote_choices(scenario, elector, Office.PRESIDENT)
    scenario.execute(cycle_vote(scenario, elector, Office.PRESIDENT, reverse=True))
    assert scenario.vote(elector, Office.PRESIDENT) == votes[-1]  # absent, the last choice


def test_a_unit_an_apportionment_removes_comes_back_rated_by_its_new_electors():
    from gui.domain.apportionment import Choice, Method
    from gui.domain.commands import Reapportion
    from gui.io.scenario_file import ScenarioDocument, dump, parse

    scenario, _ = forecast_2028()
    before = scenario.state_key()
    assert rating_of(scenario, "NE-2") == Rating(Level.LEAN, D)
    smaller = Reapportion(Choice(2020, 174, Method.HAMILTON))  # Nebraska keeps one district
    scenario.execute(smaller)
    assert not scenario.election.has_unit("NE-2")
    back = Reapportion(None)
    scenario.execute(back)
    # Its electors come back pledged to the state's ticket, at the level a new unit has; no
    # level of the district that was is left over to surface later.
    assert rating_of(scenario, "NE-2") == Rating(Level.SAFE, R)
    assert "NE-2" not in scenario.ratings
    assert parse(dump(ScenarioDocument(scenario)), CATALOG).scenario.state_key() == scenario.state_key()
    scenario.revert(back)
    scenario.revert(smaller)
    assert scenario.state_key() == before


def test_a_state_taken_out_of_the_base_loses_its_levels_until_undone():
    from gui.domain.commands import SetStateAppointed
    from gui.io.scenario_file import ScenarioDocument, dump, parse

    scenario, _ = forecast_2028()
    before = scenario.state_key()
    assert rating_of(scenario, "PA") == Rating(Level.LEAN, R)
    out = SetStateAppointed("PA", False)
    scenario.execute(out)
    assert "PA" not in scenario.ratings
    assert parse(dump(ScenarioDocument(scenario)), CATALOG).scenario.state_key() == scenario.state_key()
    back = SetStateAppointed("PA", True)
    scenario.execute(back)
    assert rating_of(scenario, "PA") == Rating(Level.SAFE, R)  # as a unit new to the forecast
    scenario.revert(back)
    scenario.revert(out)
    assert scenario.state_key() == before
    assert rating_of(scenario, "PA") == Rating(Level.LEAN, R)


def test_back_to_the_record_keeps_no_level_of_a_unit_no_longer_called():
    from gui.domain.commands import ResetScenario
    from gui.domain.scenario import Start
    from gui.io.scenario_file import ScenarioDocument, dump, parse

    scenario, _ = forecast_2028()
    before = scenario.state_key()
    reset = ResetScenario(Start.OFFICIAL)  # 2028 has no result: every unit is a toss-up again
    scenario.execute(reset)
    assert scenario.ratings == {}
    assert parse(dump(ScenarioDocument(scenario)), CATALOG).scenario.state_key() == scenario.state_key()
    scenario.revert(reset)
    assert scenario.state_key() == before


def test_a_unit_left_not_called_by_hand_keeps_no_level():
    from gui.domain.cycling import NOT_CALLED, assign_unit
    from gui.io.scenario_file import ScenarioDocument, dump, parse

    scenario, _ = forecast_2028()
    before = scenario.state_key()
    uncalled = assign_unit(scenario, "PA", NOT_CALLED)  # F2, the menu or --set PA=undecided
    scenario.execute(uncalled)
    assert rating_of(scenario, "PA") == TOSSUP and "PA" not in scenario.ratings
    assert parse(dump(ScenarioDocument(scenario)), CATALOG).scenario.state_key() == scenario.state_key()
    called = assign_unit(scenario, "PA", R)
    scenario.execute(called)
    assert rating_of(scenario, "PA") == Rating(Level.SAFE, R)  # not the lean it had before
    scenario.revert(called)
    scenario.revert(uncalled)
    assert scenario.state_key() == before
