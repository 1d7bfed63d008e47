"""``tally --election 2028 --from 2024 --rate ...``: forecasts on the command line."""

from __future__ import annotations

import contextlib
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.main import main

D, R = "Democratic nominee", "Republican nominee"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_tally_from_2024_margins_json(capsys):
    code, out, err = run(capsys, "tally", "--election", "2028", "--from", "2024", "--json")
    assert code == 0 and err == ""
    data = json.loads(out)
    forecast = data["forecast"]
    assert forecast["sides"] == [D, R]
    assert forecast["ratings"]["PA"] == {"rating": "lean-R", "level": "lean", "side": R}
    assert forecast["ratings"]["WI"] == {"rating": "tossup", "level": "tossup", "side": None}
    assert forecast["tossups"] == ["WI"]
    assert forecast["totals"] == {D: 226, R: 302, "tossup": 10}
    assert sum(s["electors"] for s in forecast["segments"]) == data["appointed"] == 538
    assert forecast["estimated"] == ["ME-1", "ME-2", "NE-1", "NE-2", "NE-3"]
    assert data["president"]["votes"] == {R: 302, D: 226}
    assert data["not_called"] == [{"unit": "WI", "electors": 10}]


def test_rate_and_save_round_trip(capsys, tmp_path):
    saved = tmp_path / "forecast.json"
    code, out, _ = run(
        capsys,
        "tally",
        "--election",
        "2028",
        "--from",
        "2024",
        "--rate",
        "WI=tilt-D",
        "--rate",
        "pa=Lean-Democratic nominee",
        "--rate",
        "GA=tossup",
        "--save",
        str(saved),
        "--json",
    )
    assert code == 0
    first = json.loads(out)["forecast"]
    assert first["ratings"]["WI"]["rating"] == "tilt-D" and first["ratings"]["PA"]["rating"] == "lean-D"
    assert first["tossups"] == ["GA"]
    file = json.loads(saved.read_text())
    assert file["ratings"]["WI"] == "tilt" and file["ratings"]["GA"] == "tossup"
    code, out, _ = run(capsys, "tally", "--scenario", str(saved), "--json")
    again = json.loads(out)["forecast"]
    assert again["ratings"] == first["ratings"] and again["estimated"] == []


def test_results_and_blank_starts(capsys):
    _, out, _ = run(capsys, "tally", "--election", "2028", "--forecast", "results", "--json")
    assert json.loads(out)["forecast"]["totals"] == {D: 226, R: 312, "tossup": 0}
    _, out, _ = run(capsys, "tally", "--election", "2028", "--forecast", "blank", "--json")
    assert json.loads(out)["forecast"]["totals"] == {D: 0, R: 0, "tossup": 538}
    _, out, _ = run(capsys, "tally", "--election", "2028", "--json")
    assert json.loads(out)["forecast"] is None


def test_text_output_names_the_majority_and_the_estimates(capsys):
    code, out, _ = run(capsys, "tally", "--election", "2028", "--from", "2024")
    assert code == 0
    assert "Democratic nominee 226 · 270 to win · 302 Republican nominee" in out
    assert "Toss-ups (10 electors): WI" in out
    assert "Estimated, not from the data: ME-1, ME-2, NE-1, NE-2, NE-3" in out


def test_the_majority_follows_the_base(capsys):
    _, out, _ = run(capsys, "tally", "--election", "2028", "--from", "2024", "--set", "TX=not-appointed")
    assert "250 to win" in out  # 498 appointed


@pytest.mark.parametrize(
    "argv",
    [
        ("--rate", "XX=safe-D"),
        ("--rate", "PA=safe"),
        ("--rate", "PA"),
        ("--rate", "PA=lean-Q"),
        ("--from", "2030"),
        ("--from", "２０２４"),
        ("--from", "2023"),
        ("--from", "+2024"),
        ("--forecast", "guess"),
    ],
)
def test_bad_input_is_one_line_exit_2(capsys, argv):
    code, _, err = run(capsys, "tally", "--election", "2028", *argv)
    assert code == 2
    assert err.startswith("ec-whatif") and err.count("\n") == 1


def test_paths_and_probabilities_from_the_forecast(capsys):
    code, out, _ = run(capsys, "analyze", "--election", "2028", "--from", "2024", "--paths", "--json")
    assert code == 0
    paths = json.loads(out)
    assert json.dumps(paths).count("WI") >= 1
    code, out, _ = run(capsys, "analyze", "--election", "2028", "--from", "2024", "--probabilities", "--json")
    assert code == 0
    data = json.loads(out)
    assert "exact" in json.dumps(data)
    code, _, err = run(capsys, "analyze", "--election", "2024", "--probabilities")
    assert code == 2 and "forecast" in err


# --- fuzzing the new options -----------------------------------------------------------------------


_RATING_WORDS = st.sampled_from(["safe", "likely", "lean", "tilt", "tossup", "toss-up", "SAFE", "sure", ""])
_SIDES = st.sampled_from(["D", "R", "d", "Republican nominee", "Trump", "Ｄ", "", "-", "D-R"])


@settings(max_examples=60, deadline=None)
@given(
    unit=st.sampled_from(["PA", "pa", " WI ", "ME-2", "NE-9", "XX", "", "Ｐ", "PA:1"]),
    level=_RATING_WORDS,
    side=_SIDES,
    sep=st.sampled_from(["-", "", " ", "--"]),
    noise=st.text(max_size=4),
)
def test_rate_is_accepted_or_refused_in_one_line(unit, level, side, sep, noise):
    value = f"{unit}={level}{sep}{side}{noise}"
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["tally", "--election", "2028", "--rate", value, "--json"])
    if code == 0:
        forecast = json.loads(out.getvalue())["forecast"]
        assert sum(s["electors"] for s in forecast["segments"]) == 538
    else:
        assert code == 2 and err.getvalue().startswith("ec-whatif") and err.getvalue().count("\n") == 1


@settings(max_examples=40, deadline=None)
@given(
    year=st.one_of(
        st.integers(-10, 3000).map(str),
        st.text(max_size=6),
        st.sampled_from(["2024", "２０２４", "2024.0", " 2020", "1e3"]),
    )
)
def test_from_is_a_strict_year(year):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["tally", "--election", "2028", "--from", year, "--json"])
    stripped = year.strip()
    valid = (
        stripped.isascii() and stripped.isdigit() and 1824 <= int(stripped) <= 2024 and int(stripped) % 4 == 0
    )
    if code == 0:
        assert valid, year
    else:
        assert code == 2 and err.getvalue().count("\n") == 1, (year, err.getvalue())
