"""What a forecast says: ratings in words, the race bar, the legend's counts, the table."""

from __future__ import annotations

from gui.domain.catalog import load_catalog
from gui.domain.colors import UNDECIDED_COLOR, rating_shade
from gui.domain.forecast import TOSSUP, Rating, rate_unit
from gui.domain.forecast_start import Basis, start_forecast
from gui.domain.popular_vote import load_popular_record
from gui.domain.ratings import Level
from gui.domain.scenario import Office, Scenario
from gui.domain.tally import tally
from gui.present.blocks import to_text
from gui.present.forecast import forecast_blocks, legend_rows, race_bar, rating_text, unit_rating_line
from gui.present.history import command_text
from gui.present.outcome import headline, tally_report, tally_rows

CATALOG = load_catalog()
D, R = "Democratic nominee", "Republican nominee"


def forecast() -> Scenario:
    scenario = Scenario(CATALOG.election(2028))
    scenario.execute(
        start_forecast(scenario, Basis.MARGINS, CATALOG.election(2024), load_popular_record().states(2024))
    )
    return scenario


def test_ratings_in_words():
    assert rating_text(Rating(Level.TILT, R)) == "Tilt Republican nominee"
    assert rating_text(TOSSUP) == "Toss-up"
    scenario = forecast()
    assert unit_rating_line(scenario, "PA") == "Forecast: Lean Republican nominee"
    assert unit_rating_line(Scenario(CATALOG.election(2024)), "PA") == ""


def test_shades_are_lighter_for_less_sure_ratings():
    red = "#CC2F2F"
    shades = [rating_shade(red, level) for level in ("safe", "likely", "lean", "tilt")]
    assert shades[0] == red
    lightness = [sum(int(s[i : i + 2], 16) for i in (1, 3, 5)) for s in shades]
    assert lightness == sorted(lightness) and len(set(lightness)) == 4
    assert rating_shade(red, "tossup") == UNDECIDED_COLOR


def test_the_race_bar_parts_add_up_and_the_legend_counts_units():
    scenario = forecast()
    bar = race_bar(scenario)
    assert bar.total == bar.appointed == 538 and bar.majority == 270
    assert [p.label for p in bar.parts if p.electors][:3] == [
        "Safe Democratic nominee",
        "Likely Democratic nominee",
        "Lean Democratic nominee",
    ]
    assert bar.parts[0].color == scenario.color(D)
    rows = [row.text for row in legend_rows(scenario)]
    assert rows[0] == "Safe Democratic nominee: 97 electors, 7 units"
    assert "Toss-up: 10 electors, 1 unit" in rows
    assert sum(int(text.split(": ")[1].split()[0]) for text in rows) == 538


def test_the_command_line_table_and_the_history_names():
    scenario = forecast()
    command = rate_unit(scenario, "WI", Rating(Level.TILT, D))
    assert command_text(command) == "WI: Tilt Democratic nominee"
    scenario.execute(command)
    text = to_text(forecast_blocks(scenario))
    assert "Democratic nominee 236 · 270 to win · 302 Republican nominee" in text
    assert "Democratic nominee    97     113    16    10    236" in text
    assert "Toss-ups" not in text
    start = start_forecast(Scenario(CATALOG.election(2028)), Basis.BLANK)
    assert command_text(start) == "Blank forecast: every unit a toss-up"
    assert forecast_blocks(Scenario(CATALOG.election(2024))) == []


def test_a_forecast_is_never_said_as_a_result():
    scenario = forecast()
    result = tally(scenario)
    first, _ = headline(result, scenario)
    assert first.startswith("Forecast: ")
    statuses = [row.status for row in tally_rows(scenario, result, Office.PRESIDENT)]
    assert "elected" not in statuses
    assert to_text(tally_report(scenario, result)).startswith(f"{scenario.election.year} — a forecast")
    official = Scenario(load_catalog().election(2024))
    assert not headline(tally(official), official)[0].startswith("Forecast")
