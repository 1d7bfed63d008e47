from __future__ import annotations

import json

import pytest

from gui.main import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_tally_2016_json(capsys):
    code, out, err = run(capsys, "tally", "--election", "2016", "--json")
    data = json.loads(out)
    assert code == 0 and err == ""
    assert data["appointed"] == 538 and data["majority"] == 270 and data["start"] == "official"
    assert data["president"]["votes"]["Donald Trump"] == 304
    assert data["vice_president"]["votes"]["Mike Pence"] == 305
    assert data["president"]["winner"] == "Donald Trump"
    assert data["contingent"] == {"president": False, "vice_president": False}


def test_pledged_and_edits(capsys, tmp_path):
    saved = tmp_path / "s.json"
    code, out, _ = run(
        capsys,
        "tally",
        "--election",
        "2016",
        "--pledged",
        "--set",
        "PA=Hillary Clinton",
        "--vote",
        "TX:3=John Kasich",
        "--vote",
        "TX:4=blank",
        "--vp-vote",
        "TX:5=+Evan McMullin",  # someone new, on purpose
        "--save",
        str(saved),
        "--json",
    )
    data = json.loads(out)
    assert code == 0
    assert data["start"] == "pledged"
    assert data["president"]["votes"] == {
        "Donald Trump": 306 - 20 - 2,
        "Hillary Clinton": 232 + 20,
        "John Kasich": 1,
    }
    assert data["president"]["blank"] == 1
    assert data["vice_president"]["votes"]["Evan McMullin"] == 1
    _, again, _ = run(capsys, "tally", "--scenario", str(saved), "--json")
    assert json.loads(again) == data


def test_37_defections_send_2016_to_the_house(capsys):
    args = ["tally", "--election", "2016", "--pledged", "--json"]
    for n in range(1, 38):
        args += ["--vote", f"TX:{n}=John Kasich"]
    data = json.loads(run(capsys, *args)[1])
    assert data["president"]["votes"]["Donald Trump"] == 269
    assert data["president"]["winner"] is None and data["contingent"]["president"] is True
    assert "House" in data["president"]["outcome"]


def test_a_run_of_electors_and_an_elector_by_name(capsys):
    # The form analyze prints (TX:1-37) and an elector's surname unique in the state.
    data = json.loads(
        run(capsys, "tally", "--election", "2016", "--pledged", "--vote", "TX:1-37=Kasich", "--json")[1]
    )
    assert data["president"]["votes"] == {"Donald Trump": 269, "Hillary Clinton": 232, "John Kasich": 37}
    data = json.loads(
        run(capsys, "tally", "--election", "2016", "--pledged", "--vote", "TX:Suprun=Kasich", "--json")[1]
    )
    assert data["president"]["votes"]["John Kasich"] == 1
    data = json.loads(
        run(
            capsys,
            "tally",
            "--election",
            "2016",
            "--pledged",
            "--vote",
            "tx:christopher suprun=blank",
            "--json",
        )[1]
    )
    assert data["president"]["blank"] == 1


def test_michigan_not_yet_called(capsys, tmp_path):
    # December 2016 as the news had it: Trump 290, Clinton 232, Michigan's 16 not yet called.
    saved = tmp_path / "mi.json"
    args = [
        "tally",
        "--election",
        "2016",
        "--pledged",
        "--set",
        "MI=undecided",
        "--save",
        str(saved),
        "--json",
    ]
    data = json.loads(run(capsys, *args)[1])
    assert data["president"]["votes"] == {"Donald Trump": 290, "Hillary Clinton": 232}
    assert data["president"]["undecided"] == 16 and data["not_called"] == [{"unit": "MI", "electors": 16}]
    assert data["president"]["outcome"] == (
        "Donald Trump has 290 votes for President, 270 needed: Michigan's 16 cannot change that."
    )
    assert json.loads(saved.read_text())["units"] == {"MI": None}
    assert json.loads(run(capsys, "tally", "--scenario", str(saved), "--json")[1]) == data
    # With Pennsylvania and Florida too, the votes not yet called could still decide it.
    data = json.loads(
        run(capsys, *args[:-3], "--set", "PA=not called", "--set", "FL=too close to call", "--json")[1]
    )
    assert data["president"]["outcome"] == (
        "No majority for President yet: Donald Trump has 241 of 270 needed; "
        "Florida's 29, Michigan's 16 and Pennsylvania's 20 could still decide it."
    )


def test_electors_lists_numbers_names_pledges_and_votes(capsys):
    code, out, _ = run(capsys, "electors", "--election", "2016", "--state", "tx")
    assert code == 0 and out.startswith("2016 — official result: electors of Texas")
    row = next(line.split() for line in out.splitlines() if "Suprun" in line)
    assert row[:3] == ["TX:37", "Christopher", "Suprun"] and "John Kasich" in " ".join(row)
    assert "(faithless)" in " ".join(row)
    data = json.loads(
        run(capsys, "electors", "--election", "2016", "--pledged", "--vote", "TX:Suprun=blank", "--json")[1]
    )
    assert len(data["electors"]) == 538
    suprun = next(e for e in data["electors"] if e["name"] == "Christopher Suprun")
    assert suprun["elector"] == "TX:37" and suprun["president"] == {
        "vote": None,
        "ballot": "blank",
        "voided_by_state_law": False,
    }
    _, out, _ = run(capsys, "electors", "--election", "1800", "--state", "NY")
    assert "First vote" in out and "known by number only" in out


def test_human_readable_output_and_elections(capsys):
    code, out, _ = run(capsys, "tally", "--election", "2000")
    assert code == 0
    assert "538 electors appointed, 270 needed for a majority" in out and "Blank ballots" in out
    _, out, _ = run(capsys, "elections", "--json")
    rows = json.loads(out)
    assert [r["year"] for r in rows][:3] == [1789, 1792, 1796] and rows[-1]["year"] == 2028
    assert all(r["majority"] == r["appointed"] // 2 + 1 for r in rows)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["tally", "--election", "1999"], "no election in 1999"),
        (["tally", "--election", "2016", "--set", "ZZ=Trump"], "unknown state"),
        (["tally", "--election", "2016", "--set", "PA=Nobody Atall"], "unknown candidate"),
        (["tally", "--election", "2016", "--vote", "TX:3=Trumpp"], "did you mean Donald Trump?"),
        (["tally", "--election", "2016", "--vote", "TX:3=Evan McMullin"], "+Evan McMullin"),
        (["tally", "--election", "2016", "--vote", "TX:3=undecided"], "is not a vote"),
        (["tally", "--election", "2016", "--set", "PA=blank"], "does not say who carried it"),
        (["tally", "--election", "2016", "--vote", "TX:+blank=Kasich"], "no elector of Texas named"),
        (["tally", "--election", "2016", "--vote", "TX:Smith=Kasich"], "no elector of Texas named"),
        (["tally", "--election", "2016", "--vote", "TX:37-1=Kasich"], "from the lower number up"),
        (["tally", "--election", "2016", "--vote", "TX:1-39=Kasich"], "out of range"),
        (["tally", "--election", "2016", "--vote", "TX:3=+none"], "reserved word"),
        (["electors", "--election", "2016", "--state", "ZZ"], "unknown state 'ZZ'"),
        (["tally", "--election", "2016", "--set", "PA"], "expects KEY=VALUE"),
        (["tally", "--election", "2016", "--vote", "TX:0=blank"], "out of range"),
        (["tally", "--election", "2016", "--vote", "TX=blank"], "STATE:N"),
        (["tally", "--election", "1864", "--vote", "AL:1=blank"], "appointed no electors"),
        (["tally", "--scenario", "/nonexistent/file.json"], "cannot read"),
        (["tally"], "required"),
        (["tally", "--election", "abc"], "--election expects a whole number"),
        (["bogus"], "invalid choice"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(capsys, argv, message):
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
