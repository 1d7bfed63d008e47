"""The count at every House size, against applying each size and counting; 2000 as the voters
chose it; and the command line's apportionment options."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from gui.domain.analyses.contest import Outcome
from gui.domain.analyses.house_sizes import sweep_choice, sweep_house_sizes
from gui.domain.apportionment import Choice, District, Method
from gui.domain.commands import AssignUnit, Reapportion, SetApplyStateLaws, SetElectorVote
from gui.domain.identifiers import InputError
from gui.domain.scenario import BLANK, Office, Scenario, Start
from gui.domain.tally import tally
from tests.domain.test_cli import run


def _applied(scenario_factory, choice: Choice, size: int):
    """The count after applying a House of ``size`` to a fresh copy of the scenario."""
    scenario = scenario_factory()
    scenario.execute(Reapportion(replace(choice, size=size)))
    return tally(scenario)


def _check_against_applying(scenario_factory, sizes: range, sample: list[int]) -> None:
    scenario = scenario_factory()
    sweep = sweep_house_sizes(scenario, sizes)
    choice = sweep_choice(scenario)
    for size in sample:
        count, result = sweep.at(size), _applied(scenario_factory, choice, size)
        assert count.size == size
        assert (count.appointed, count.majority) == (result.appointed, result.majority), size
        assert count.a_votes == result.president.votes.get(sweep.a, 0), size
        assert count.b_votes == result.president.votes.get(sweep.b, 0), size
        assert count.undecided == result.president.undecided, size
        winner = result.president.winner
        assert (count.leader if count.outcome in (Outcome.A, Outcome.B, Outcome.OTHER) else None) == winner


def test_2000_as_pledged_every_size_from_50_to_2000(catalog):
    """As the voters chose (DC's three electors to Gore), 1990 census, Huntington-Hill: Bush at
    every size up to 490, Gore at every size from 656 (as Neubauer and Zeitlin found, 2003), and
    in between the winner changes 13 times and the two tie at 26 sizes."""
    election = catalog.election(2000)
    sweep = sweep_house_sizes(Scenario(election, Start.PLEDGED), range(50, 2001))
    assert (sweep.a, sweep.b) == ("George W. Bush", "Al Gore")
    runs = sweep.runs()
    assert (runs[0].first, runs[0].last, runs[0].winner) == (50, 490, "George W. Bush")
    assert (runs[-1].first, runs[-1].last, runs[-1].winner) == (656, 2000, "Al Gore")
    assert sweep.changes() == [492, 506, 534, 536, 540, 542, 548, 552, 574, 588, 592, 594, 598]
    ties = [491, 493, 503, 505, 507, 533, 535, 537, 539, 541, 543, 545, 547, 551, 555, 557, 559]
    assert sweep.ties() == [*ties, 561, 571, 573, 585, 587, 591, 593, 597, 655]
    assert sweep.at(435).a_votes == 271 and sweep.at(435).b_votes == 267
    # Every change and tie, and the sizes around them, agree with applying that House and counting.
    sample = sorted({s + d for s in sweep.changes() + sweep.ties() for d in (-1, 0, 1)} | {50, 435, 2000})
    _check_against_applying(lambda: Scenario(election, Start.PLEDGED), range(50, 2001), sample)


def test_2000_ties_are_ties_in_every_office_of_the_count(catalog):
    election = catalog.election(2000)
    sweep = sweep_house_sizes(Scenario(election, Start.PLEDGED), range(480, 660))
    for size in sweep.ties():
        count = sweep.at(size)
        assert count.a_votes == count.b_votes == count.appointed // 2 and count.outcome is Outcome.TIE


@pytest.mark.slow  # applies and counts a House for each size it checks
@pytest.mark.parametrize(
    "year, start, choice",
    [
        (2016, Start.OFFICIAL, Choice(2010, method=Method.WEBSTER)),  # faithless electors
        (1968, Start.OFFICIAL, Choice(1960)),  # Wallace's 46: sizes with no majority
        (1912, Start.OFFICIAL, Choice(1910, method=Method.HAMILTON)),  # three candidates, split states
        (2020, Start.PLEDGED, Choice(2020, district=District.STATE, puerto_rico=True)),  # undecided PR
    ],
)
def test_the_sweep_is_what_applying_each_size_gives(catalog, year, start, choice):
    election = catalog.election(year)

    def factory():
        scenario = Scenario(election, start)
        scenario.execute(Reapportion(choice))
        return scenario

    _check_against_applying(factory, range(60, 900), [60, 61, 99, 250, 435, 436, 437, 600, 777, 899])


@pytest.mark.slow  # applies and counts a House for each size it checks
def test_the_sweep_starts_from_the_scenario_as_edited(catalog):
    def factory():
        scenario = Scenario(catalog.election(2016), Start.PLEDGED)
        scenario.execute(SetApplyStateLaws(True))
        scenario.execute(AssignUnit("PA", scenario.ticket_for("Hillary Clinton")))
        scenario.execute(SetElectorVote(scenario.election.state("CO").electors[0], Office.PRESIDENT, "X"))
        scenario.execute(SetElectorVote(scenario.election.state("TX").electors[0], Office.PRESIDENT, BLANK))
        scenario.execute(Reapportion(Choice(2010, 500)))
        return scenario

    _check_against_applying(factory, range(100, 1000), [100, 300, 435, 500, 501, 999])


@pytest.mark.slow  # applies and counts a House for each size it checks
def test_1960_small_houses_leave_no_one_a_majority(catalog):
    # Harry Byrd's 15 electors hold the balance when a small House gives the small states more
    # weight: Nixon at 50-57 seats, then no majority or a tie until Kennedy pulls ahead.
    election = catalog.election(1960)
    sweep = sweep_house_sizes(Scenario(election), range(50, 2001))
    first = sweep.runs()[:3]
    assert [(run.first, run.last, run.winner) for run in first] == [
        (50, 57, "Richard Nixon"),
        (58, 58, None),
        (59, 59, "Richard Nixon"),
    ]
    assert sweep.at(437).leader == "John F. Kennedy" and sweep.at(437).a_votes == 303
    _check_against_applying(lambda: Scenario(election), range(50, 2001), [57, 58, 60, 64, 66, 437])


def test_the_sweep_refuses_what_it_cannot_count(catalog):
    with pytest.raises(InputError, match="12th Amendment"):
        sweep_house_sizes(Scenario(catalog.election(1800)), range(100, 200))
    with pytest.raises(InputError, match="1912"):
        sweep_house_sizes(Scenario(catalog.election(1908)), range(100, 200))
    scenario = Scenario(catalog.election(2020))
    scenario.execute(Reapportion(Choice(2020, district=District.STATE, puerto_rico=True)))
    with pytest.raises(InputError, match="at least 52"):
        sweep_house_sizes(scenario, range(50, 100))


# --- the command line ------------------------------------------------------------------------------


def test_tally_with_another_house(capsys, tmp_path):
    saved = tmp_path / "bigger.json"
    code, out, err = run(
        capsys,
        "tally",
        "--election",
        "2000",
        "--pledged",
        "--house-size",
        "600",
        "--save",
        str(saved),
        "--json",
    )
    data = json.loads(out)
    assert (code, err) == (0, "")
    assert (data["appointed"], data["majority"]) == (703, 352)
    assert data["president"]["winner"] == "Al Gore"
    assert data["apportionment"]["census"] == 1990 and data["apportionment"]["house_size"] == 600
    assert {"state": "CA", "record": 54, "what_if": 74} in data["apportionment"]["changes"]
    _, again, _ = run(capsys, "tally", "--scenario", str(saved), "--json")
    assert json.loads(again) == data


def test_tally_options_for_dc_and_puerto_rico(capsys):
    code, out, _ = run(
        capsys,
        "tally",
        "--election",
        "2020",
        "--census",
        "2020",
        "--dc-state",
        "--pr-state",
        "--set",
        "PR=Biden",
    )
    assert code == 0
    assert "Puerto Rico admitted as a state" in out and "DC admitted as a state" in out
    _, out, _ = run(capsys, "tally", "--election", "2020", "--no-dc", "--json")
    data = json.loads(out)
    assert data["appointed"] == 535 and "DC" not in data["apportionment"]["electors"]
    _, out, _ = run(
        capsys, "tally", "--election", "2024", "--house-size", "wyoming", "--census", "2020", "--json"
    )
    assert json.loads(out)["apportionment"]["house_size"] == 573


def test_the_1920_census_for_1924(capsys):
    code, out, _ = run(capsys, "tally", "--election", "1924", "--census", "1920")
    assert code == 0 and "Congress never apportioned the House from the 1920 census" in out
    assert "California          13       16      +3" in out


@pytest.mark.parametrize(
    "argv, message",
    [
        (["--election", "1908", "--house-size", "500"], "start with the 1912 election"),
        (["--election", "2000", "--house-size", "49"], "--house-size expects a whole number from 50 to 2000"),
        (["--election", "2000", "--house-size", "5OO"], "--house-size expects a whole number"),
        (["--election", "2000", "--census", "1915"], "--census expects a census year"),
        (["--election", "2000", "--census", "٢٠٠٠"], "--census expects a whole number"),
        (["--election", "2000", "--dc-state", "--no-dc"], "not allowed with argument"),
        (["--election", "2020", "--house-size", "51", "--dc-state", "--pr-state"], "each of the 52 states"),
        (["--election", "2000", "--method", "dhondt"], "invalid choice"),
    ],
)
def test_bad_apportionment_options_get_one_line(capsys, argv, message):
    code, out, err = run(capsys, "tally", *argv)
    assert code == 2 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_analyze_house_sizes(capsys):
    code, out, err = run(capsys, "analyze", "--election", "2000", "--pledged", "--house-sizes", "480-520")
    assert (code, err) == (0, "")
    first_run = next(line for line in out.splitlines() if line.strip().startswith("480–490"))
    assert first_run.split()[1:4] == ["George", "W.", "Bush"] and "elected" in first_run
    assert "tie at: 491, 493, 503, 505, 507." in out
    code, out, _ = run(
        capsys, "analyze", "--election", "2000", "--pledged", "--house-sizes", "100-1000", "--json"
    )
    data = json.loads(out)
    assert data["analysis"] == "house-sizes" and len(data["sizes"]) == 901
    assert data["changes"][0] == 492 and data["ties"][-1] == 655
    code, _, err = run(capsys, "analyze", "--election", "2000", "--house-sizes", "900-100")
    assert code == 2 and "smaller size first" in err
    code, _, err = run(capsys, "analyze", "--election", "2000", "--house-sizes", "100")
    assert code == 2 and "range such as 100-1000" in err
