"""``ec-whatif analyze``: output, JSON and one-line errors."""

from __future__ import annotations

import json

import pytest

from gui.main import main


def analyze(capsys, *argv: str) -> tuple[int, str, str]:
    """``ec-whatif analyze ...``: bad input is one line on stderr and exit code 2."""
    code = main(["analyze", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def analyze_json(capsys, *argv: str) -> dict:
    code, out, err = analyze(capsys, *argv, "--json")
    assert code == 0 and err == ""
    assert out.count("\n") == 1  # exactly one JSON object, on one line
    data = json.loads(out)
    assert isinstance(data, dict)
    return data


def test_defections_2016(capsys):
    data = analyze_json(capsys, "--election", "2016", "--pledged", "--defections")
    assert data["needed"] == 37 and data["leader"] == "Donald Trump" and data["majority"] == 270
    assert data["electors"] == {"TX": [f"TX:{n}" for n in range(1, 38)]}
    assert data["after"]["Donald Trump"] == 269 and data["start"] == "pledged"
    data = analyze_json(capsys, "--election", "2016", "--defections", "--to", "Kasich")
    assert data["needed"] == 35 and {c["to"] for c in data["changes"]} == {"John Kasich"}
    code, out, _ = analyze(capsys, "--election", "2016", "--pledged", "--defections")
    assert code == 0
    assert (
        "37 electors would have to change their presidential vote (306 − 37 = 269, one short of 270)" in out
    )
    assert "TX  37  TX:1-37" in out and "blank ballots" in out


def test_defections_for_a_candidate_after_edits(capsys):
    data = analyze_json(
        capsys, "--election", "2016", "--pledged", "--set", "PA=Clinton", "--defections", "--for", "clinton"
    )
    assert data["goal"] == "elect" and data["candidate"] == "Hillary Clinton"
    assert data["votes"]["Hillary Clinton"] == 252 and data["needed"] == 18
    assert data["after"] == {"Hillary Clinton": 270, "Donald Trump": 268}
    code, out, _ = analyze(capsys, "--election", "2016", "--defections", "--for", "Trump")
    assert code == 0 and "Donald Trump already has a majority" in out


def test_apply_laws_leaves_out_voiding_states_and_prefers_unbound_ones(capsys, monkeypatch):
    from gui.domain import elector_laws as pledge_laws

    data = analyze_json(capsys, "--election", "2016", "--pledged", "--defections", "--apply-laws")
    assert data["apply_laws"] is True and "MI" in data["laws_void_faithless_votes_in"]
    assert data["needed"] == 37 and data["electors"] == {"TX": [f"TX:{n}" for n in range(1, 38)]}
    # Were Texas to void faithless votes, the set moves to the largest states with no law at all.
    import gui.domain.scenario

    monkeypatch.setattr(gui.domain.scenario, "voids_faithless_vote", lambda year, state: state == "TX")
    data = analyze_json(capsys, "--election", "2016", "--pledged", "--defections", "--apply-laws")
    assert data["laws_void_faithless_votes_in"] == ["TX"] and data["available"] == 306 - 38
    assert sum(len(ids) for ids in data["electors"].values()) == 37
    assert {pledge_laws.law(2016, code).category for code in data["electors"]} == {pledge_laws.NO_LAW}
    assert list(data["electors"]) == ["PA", "GA", "AZ"]  # 20 + 16 + 1, biggest first
    without_laws = analyze_json(capsys, "--election", "2016", "--pledged", "--defections")
    assert without_laws["apply_laws"] is False and without_laws["laws_void_faithless_votes_in"] is None


def test_paths(capsys):
    data = analyze_json(capsys, "--election", "2020", "--paths", "--tossups", "az, GA,WI")
    assert data["candidates"] == ["Joe Biden", "Donald Trump"]
    assert data["outcomes"] == {
        "total": 8,
        "a_wins": 7,
        "b_wins": 0,
        "tie": 1,
        "no_majority": 0,
        "other_wins": 0,
    }
    biden, trump = data["by_candidate"]
    # Biden holds 269 outside: any one toss-up wins; all three to Trump is 269-269.
    assert biden["need"] == 1 and biden["minimal"] == [["GA"], ["AZ"], ["WI"]]
    assert biden["pivotal"] == {"AZ": 1, "GA": 1, "WI": 1} and biden["tipping_point"] == "GA"  # most electors
    assert trump["need"] == 38 and trump["minimal_count"] == 0 and trump["tipping_point"] is None
    code, out, _ = analyze(capsys, "--election", "2016", "--paths", "--tossups", "PA,MI,WI,FL", "--list", "2")
    assert code == 0 and "Of the 16 ways the toss-ups can fall" in out and "the first 2 listed" in out
    assert "Tipping point for Donald Trump:" in out


def test_paths_for_named_candidates_in_an_upcoming_election(capsys):
    # The next election's placeholder nominees, by party; or anyone, written in with "+".
    data = analyze_json(
        capsys, "--election", "2028", "--paths", "--tossups", "TX,CA", "--candidates", "Democratic,Republican"
    )
    assert data["candidates"] == ["Democratic nominee", "Republican nominee"]
    assert data["outcomes"]["no_majority"] == 4  # every other unit is still undecided
    data = analyze_json(
        capsys, "--election", "2028", "--paths", "--tossups", "TX,CA", "--candidates", "+Ann Able,+Bo Baker"
    )
    assert data["candidates"] == ["Ann Able", "Bo Baker"]


def test_probabilities(capsys, tmp_path):
    csv_file = tmp_path / "ratings.csv"
    csv_file.write_text(
        "unit,rating\nPA,toss-up\nMI,lean Clinton\nWI,lean B\nFL,likely Trump\n", encoding="utf-8"
    )
    data = analyze_json(capsys, "--election", "2016", "--pledged", "--probabilities", str(csv_file))
    assert data["probabilities"] == {
        "FL": 0.85,
        "MI": pytest.approx(0.35),
        "PA": 0.5,
        "WI": pytest.approx(0.35),
    }
    independent = data["independent"]
    assert independent["method"] == "exact"
    assert sum(independent["outcomes"].values()) == pytest.approx(1.0)
    assert sum(p for _, p in independent["pmf"]) == pytest.approx(1.0)
    assert "correlated" not in data
    data = analyze_json(
        capsys, "--election", "2016", "--pledged", "--probabilities", str(csv_file),
        "--correlated", "--draws", "20000", "--seed", "5",
    )  # fmt: skip
    correlated = data["correlated"]
    assert correlated["draws"] == 20000 and correlated["seed"] == 5 and correlated["swing_sd"] == 1.0
    assert sum(n for _, n in correlated["counts"]) == 20000
    assert correlated["sd"] > data["independent"]["sd"]
    code, out, _ = analyze(capsys, "--election", "2016", "--probabilities", str(csv_file), "--correlated",
                           "--draws", "1000", "--seed", "1")  # fmt: skip
    assert code == 0 and "Independent units (exact):" in out and "national swing" in out and "#" in out


def test_power(capsys):
    data = analyze_json(capsys, "--election", "2024", "--power")
    assert data["quota"] == 270 and data["states"][0]["state"] == "CA"
    assert sum(row["banzhaf"] for row in data["states"]) == pytest.approx(1.0)
    code, out, _ = analyze(capsys, "--election", "1800", "--power")
    assert code == 0 and "Banzhaf voting power" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--election", "2016", "--paths", "--tossups", "PA,XX"], "unknown state or district 'XX'"),
        (["--election", "2016", "--paths", "--tossups", "PA,pa"], "PA is listed twice"),
        (
            ["--election", "2016", "--paths", "--tossups", "PA,,MI"],
            "--tossups expects a comma-separated list",
        ),
        (["--election", "2016", "--paths"], "--paths needs --tossups"),
        (["--election", "2016", "--paths", "--tossups", "PA", "--candidates", "Trump"], "exactly two"),
        (
            ["--election", "2016", "--paths", "--tossups", "PA", "--candidates", "Trump,Nobody Atall"],
            "unknown candidate",
        ),
        (["--election", "2016", "--defections", "--for", "Nobody Atall"], "unknown candidate"),
        (["--election", "2016", "--defections", "--to", "Trump"], "someone other than Donald Trump"),
        (["--election", "2016", "--defections", "--for", "Clinton", "--to", "Kasich"], "--to sets"),
        (
            ["--election", "2016", "--power", "--for", "Clinton"],
            "--for applies to --defections and --closest only",
        ),
        (["--election", "2016", "--power", "--tossups", "PA"], "--tossups applies to --paths only"),
        (["--election", "2016", "--power", "--candidates", "A,B"], "--candidates applies to"),
        (["--election", "2016", "--defections", "--power"], "not allowed with argument"),
        (["--election", "2016"], "one of the arguments"),
        (["--election", "1800", "--defections"], "before the 12th Amendment"),
        (["--election", "2016", "--probabilities", "missing.csv"], "cannot read missing.csv"),
        (["--election", "1999", "--power"], "no election in 1999"),
        (
            ["--election", "2016", "--paths", "--tossups", "PA", "--list", "-1"],
            "--list expects a whole number from 0",
        ),
    ],
)
def test_bad_input_is_one_line(capsys, argv, message):
    code, out, err = analyze(capsys, *argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and message in err


def test_bad_probability_options_are_one_line(capsys, tmp_path):
    good = tmp_path / "p.csv"
    good.write_text("unit,probability\nPA,0.5\n", encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("unit,probability\nPA,1.5\n", encoding="utf-8")
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"\xff\xfe\x00unit")
    for argv, message in [
        (["--probabilities", str(bad)], f"{bad} line 2: probability '1.5' is out of range"),
        (["--probabilities", str(binary)], "is not UTF-8 text"),
        (["--probabilities", str(good), "--draws", "10"], "--draws applies to --correlated only"),
        (["--probabilities", str(good), "--correlated", "--draws", "0"], "--draws expects a whole number"),
        (["--probabilities", str(good), "--correlated", "--seed", "-3"], "seed"),
        (["--probabilities", str(good), "--correlated", "--swing-sd", "nan"], "swing"),
        (["--probabilities", str(good), "--correlated", "--draws", "many"], "--draws expects a whole number"),
    ]:
        code, out, err = analyze(capsys, "--election", "2016", *argv)
        assert code == 2 and out == "" and err.count("\n") == 1 and message in err, (argv, err)


def test_wired_into_ec_whatif(capsys):
    assert main(["analyze", "--election", "2016", "--pledged", "--defections", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["needed"] == 37
    assert main(["analyze", "--election", "2016", "--paths", "--tossups", "ZZ"]) == 2
    assert "unknown state or district 'ZZ'" in capsys.readouterr().err
