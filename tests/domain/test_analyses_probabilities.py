"""Win probabilities: exact convolution against enumeration, Monte Carlo against the exact answer
and against the closed-form spread of the correlated model, ratings and the CSV reader."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gui.domain.analyses.contest import Outcome
from gui.domain.analyses.probabilities import (
    RATING_PROBABILITY,
    convolve,
    correlated_distribution,
    exact_distribution,
    rating_probability,
)
from gui.domain.analyses.probability_csv import parse_rating, read_probabilities
from gui.domain.catalog import load_catalog
from gui.domain.commands import AssignUnit, Batch
from gui.domain.identifiers import InputError
from gui.domain.scenario import Scenario, Start
from gui.domain.tally import tally

CATALOG = load_catalog()
E2016 = CATALOG.election(2016)


def enumerate_by_tally(scenario: Scenario, probabilities: dict[str, float], a: str, b: str):
    """Every assignment of the units, tallied: P(A has v votes) and P(each outcome)."""
    units = list(probabilities)
    pmf: dict[int, float] = {}
    outcomes = dict.fromkeys(Outcome, 0.0)
    for mask in range(2 ** len(units)):
        weight = 1.0
        commands = []
        for i, unit in enumerate(units):
            to_a = bool(mask >> i & 1)
            weight *= probabilities[unit] if to_a else 1 - probabilities[unit]
            commands.append(AssignUnit(unit, scenario.ticket_for(a if to_a else b)))
        batch = Batch(list(commands))
        scenario.execute(batch)
        result = tally(scenario).president
        scenario.revert(batch)
        votes_a = result.votes.get(a, 0)
        pmf[votes_a] = pmf.get(votes_a, 0.0) + weight
        if result.winner == a:
            outcome = Outcome.A
        elif result.winner == b:
            outcome = Outcome.B
        elif result.winner:
            outcome = Outcome.OTHER
        else:
            outcome = Outcome.TIE if votes_a == result.votes.get(b, 0) else Outcome.NONE
        outcomes[outcome] += weight
    return pmf, outcomes


@st.composite
def cases(draw):
    election = CATALOG.election(draw(st.sampled_from([1968, 2000, 2016, 2020])))
    scenario = Scenario(election, draw(st.sampled_from(list(Start))))
    units = draw(st.lists(st.sampled_from([u.id for u in election.units]), max_size=6, unique=True))
    probs = {u: draw(st.sampled_from([0.0, 1.0, 0.5, 0.99, 0.15]) | st.floats(0, 1)) for u in units}
    return scenario, probs


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_exact_distribution_equals_enumeration(case):
    scenario, probs = case
    exact = exact_distribution(scenario, probs)
    pmf, outcomes = enumerate_by_tally(scenario, probs, exact.contest.a, exact.contest.b)
    expected = np.zeros(exact.pmf.size)
    for votes, p in pmf.items():
        expected[votes] += p
    np.testing.assert_allclose(exact.pmf, expected, atol=1e-12)
    for outcome in Outcome:
        assert exact.outcomes[outcome] == pytest.approx(outcomes[outcome], abs=1e-12)
    assert sum(exact.outcomes.values()) == pytest.approx(1.0)


def test_ten_units_against_enumeration():
    scenario = Scenario(E2016, Start.OFFICIAL)
    probs = dict(
        zip(
            ["PA", "MI", "WI", "FL", "NC", "AZ", "GA", "NV", "NH", "ME-2"],
            np.linspace(0.05, 0.95, 10),
            strict=True,
        )
    )
    exact = exact_distribution(scenario, probs)
    pmf, outcomes = enumerate_by_tally(scenario, probs, exact.contest.a, exact.contest.b)
    for votes, p in pmf.items():
        assert exact.pmf[votes] == pytest.approx(p, abs=1e-12)
    for outcome in Outcome:
        assert exact.outcomes[outcome] == pytest.approx(outcomes[outcome], abs=1e-12)
    assert outcomes[Outcome.NONE] > 0  # the seven third-party votes make "no majority" possible


def test_convolve_is_a_distribution_with_the_right_mean():
    weights, probs = [3, 55, 10, 0, 7], [0.2, 0.7, 1.0, 0.5, 0.0]
    pmf = convolve(weights, probs)
    assert pmf.size == sum(weights) + 1 and pmf.sum() == pytest.approx(1.0)
    assert np.dot(np.arange(pmf.size), pmf) == pytest.approx(
        sum(w * p for w, p in zip(weights, probs, strict=True))
    )


def all_units_at(p: float) -> dict[str, float]:
    return {u.id: p for u in E2016.units}


def test_monte_carlo_without_swing_matches_the_exact_distribution():
    scenario = Scenario(E2016, Start.OFFICIAL)
    probs = {u.id: (0.35 + 0.3 * (i % 3) / 2) for i, u in enumerate(E2016.units) if u.id not in ("CA", "TX")}
    exact = exact_distribution(scenario, probs)
    draws = 400_000
    simulated = correlated_distribution(scenario, probs, draws=draws, swing_sd=0.0, seed=20161219)
    for outcome in Outcome:
        p = exact.outcomes[outcome]
        assert abs(simulated.outcomes[outcome] - p) <= 5 * math.sqrt(p * (1 - p) / draws) + 1e-12, outcome
    assert abs(simulated.mean - exact.mean) <= 5 * exact.sd / math.sqrt(draws)
    # Kolmogorov-Smirnov bound on the whole distribution (alpha far below 0.1%).
    gap = np.abs(np.cumsum(simulated.pmf) - np.cumsum(exact.pmf)).max()
    assert gap <= 1.95 / math.sqrt(draws)
    assert int(simulated.counts.sum()) == draws


def test_the_swing_keeps_each_units_probability():
    scenario = Scenario(E2016, Start.OFFICIAL)
    draws = 200_000
    for p in (0.8, 0.15):
        result = correlated_distribution(scenario, {"PA": p}, draws=draws, swing_sd=1.5, seed=7)
        carried = result.pmf[result.contest.fixed_votes(result.contest.a) + 20]
        assert abs(carried - p) <= 5 * math.sqrt(p * (1 - p) / draws)


def test_correlation_widens_the_spread_as_the_model_predicts():
    scenario = Scenario(E2016, Start.PLEDGED)
    draws = 200_000
    exact = exact_distribution(scenario, all_units_at(0.5))
    swing = 1.0
    correlated = correlated_distribution(scenario, all_units_at(0.5), draws=draws, swing_sd=swing, seed=3)
    w = np.array([len(u.electors) for u in E2016.units], dtype=float)
    rho = swing**2 / (1 + swing**2)
    both = 0.25 + math.asin(rho) / (2 * math.pi)  # P(two units at 0.5 both go to A)
    variance = (w**2).sum() / 4 + (w.sum() ** 2 - (w**2).sum()) * (both - 0.25)
    assert exact.sd == pytest.approx(math.sqrt((w**2).sum() / 4))
    assert correlated.sd == pytest.approx(math.sqrt(variance), rel=0.02)
    assert correlated.sd > 2.5 * exact.sd
    assert correlated.mean == pytest.approx(269, abs=5 * correlated.sd / math.sqrt(draws))


def test_seeds_repeat_and_a_missing_seed_is_reported():
    scenario = Scenario(E2016)
    probs = {"PA": 0.5, "FL": 0.4, "MI": 0.6}
    first = correlated_distribution(scenario, probs, draws=5_000, seed=11)
    again = correlated_distribution(scenario, probs, draws=5_000, seed=11)
    other = correlated_distribution(scenario, probs, draws=5_000, seed=12)
    assert np.array_equal(first.counts, again.counts) and not np.array_equal(first.counts, other.counts)
    unseeded = correlated_distribution(scenario, probs, draws=5_000)
    replay = correlated_distribution(scenario, probs, draws=5_000, seed=unseeded.seed)
    assert np.array_equal(unseeded.counts, replay.counts)


def test_refusals():
    scenario = Scenario(E2016)
    with pytest.raises(InputError, match="between 0 and 1"):
        exact_distribution(scenario, {"PA": 1.5})
    with pytest.raises(InputError, match="draws"):
        correlated_distribution(scenario, {"PA": 0.5}, draws=0)
    with pytest.raises(InputError, match="swing"):
        correlated_distribution(scenario, {"PA": 0.5}, swing_sd=-1)
    with pytest.raises(InputError, match="12th Amendment"):
        exact_distribution(Scenario(CATALOG.election(1796)), {})


def test_ratings_mirror():
    assert RATING_PROBABILITY == {"safe": 0.99, "likely": 0.85, "lean": 0.65, "tilt": 0.55, "toss-up": 0.5}
    for level, p in RATING_PROBABILITY.items():
        assert rating_probability(level, True) == p
        assert rating_probability(level, False) == pytest.approx(1 - p)
    a, b = "Donald Trump", "Hillary Clinton"
    assert parse_rating("Safe A", a, b) == 0.99
    assert parse_rating("likely-b", a, b) == pytest.approx(0.15)
    assert parse_rating("lean Clinton", a, b) == pytest.approx(0.35)
    assert parse_rating("lean donald trump", a, b) == 0.65
    assert parse_rating("Toss-up", a, b) == parse_rating("tossup", a, b) == 0.5
    for bad in ("safe", "solid A", "lean Kasich", "maybe"):
        with pytest.raises(InputError, match="bad rating"):
            parse_rating(bad, a, b)


def test_csv_reader():
    a, b = "Donald Trump", "Hillary Clinton"
    text = "# 2016 polls\nunit,probability\nPA, 0.55\n\nme-2,1\n"
    assert read_probabilities(text, E2016, a, b) == {"PA": 0.55, "ME-2": 1.0}
    zero = read_probabilities("unit,probability\nPA,0\n", E2016, a, b)["PA"]
    assert zero == 0.0 and math.copysign(1, zero) == 1
    ratings = "Unit,Rating\nFL,lean Trump\nMI,toss-up\nNH,safe B\n"
    assert read_probabilities(ratings, E2016, a, b) == {"FL": 0.65, "MI": 0.5, "NH": pytest.approx(0.01)}
    # Units left out keep their current votes: the contest holds them fixed.
    exact = exact_distribution(Scenario(E2016), read_probabilities(ratings, E2016, a, b))
    assert exact.contest.units == ("FL", "MI", "NH")
    assert exact.contest.fixed_votes(a) == 304 - 29 - 16


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("unit,probability\nXX,0.5\n", r"f\.csv line 2: unknown state or district 'XX'"),
        ("unit,probability\nPA,1.2\n", r"line 2: probability '1\.2' is out of range \[0, 1\]"),
        ("unit,probability\nPA,nan\n", "is not a probability"),
        ("unit,probability\nPA,-0\n", "is not a probability"),  # ASCII digits and a point only
        ("unit,probability\nPA,5e-1\n", "is not a probability"),
        ("unit,probability\nPA,٠.٥\n", "is not a probability"),
        ("unit,probability\nPA,high\n", "is not a probability"),
        ("unit,rating\nPA,solid R\n", "line 2: bad rating 'solid R'"),
        ("unit,probability\nPA,0.5\npa,0.4\n", "line 3: PA is listed twice"),
        ("unit,probability\nPA,0.5,x\n", "expected 2 columns"),
        ("state,probability\nPA,0.5\n", "line 1: the first row must be the header"),
        ("# nothing\n", "no header"),
        ('unit,probability\n"PA,0.5\n', "line 2: expected 2 columns, found 1"),
    ],
)
def test_csv_errors_are_one_line(text, message):
    with pytest.raises(InputError, match=message) as caught:
        read_probabilities(text, E2016, "Donald Trump", "Hillary Clinton", "f.csv")
    assert "\n" not in str(caught.value)
