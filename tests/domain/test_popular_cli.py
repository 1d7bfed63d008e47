"""The popular vote on the command line: tally JSON and options, analyze --closest, mock votes."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.domain.catalog import load_catalog
from gui.domain.identifiers import InputError
from gui.domain.mock_votes import parse_votes
from gui.main import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("year", "lost"), [(1824, True), (1876, True), (1888, True), (1960, False), (2000, True), (2016, True)]
)
def test_tally_json_has_the_popular_vote(capsys, year, lost):
    code, out, _ = run(capsys, "tally", "--election", str(year), "--json")
    popular = json.loads(out)["popular_vote"]
    assert code == 0 and popular["total"] == sum(popular["votes"].values()) + popular["other"]
    assert popular["electoral_winner_lost_popular_vote"] is lost


def test_2016_totals(capsys):
    _, out, _ = run(capsys, "tally", "--election", "2016", "--json")
    votes = json.loads(out)["popular_vote"]["votes"]
    assert votes["Hillary Clinton"] == 65_853_503 and votes["Donald Trump"] == 62_984_803


def test_swing_and_method_options(capsys):
    _, out, _ = run(capsys, "tally", "--election", "2016", "--swing", "D+2.5", "--json")
    data = json.loads(out)
    assert data["president"]["winner"] == "Hillary Clinton"
    assert sorted(data["popular_vote"]["flipped"]) == ["FL", "MI", "PA", "WI"]
    _, out, _ = run(capsys, "tally", "--election", "1992", "--method", "proportional", "--json")
    assert json.loads(out)["president"]["votes"]["Ross Perot"] == 105
    _, out, _ = run(capsys, "tally", "--election", "2000", "--method", "national", "--json")
    assert json.loads(out)["president"]["winner"] == "Al Gore"


def test_margin_option(capsys):
    _, out, _ = run(capsys, "tally", "--election", "2000", "--margin", "FL=Gore+1", "--json")
    assert json.loads(out)["president"]["winner"] == "Al Gore"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--swing", "D+16"], "at most 15 points"),
        (["--swing", "X+1"], "names neither"),
        (["--method", "district"], "no district results in 1960"),
        (["--npvic-as-if"], "--npvic-as-if applies to --method npvic"),
        (["--margin", "FL=Nixon"], "--margin expects STATE=NAME+VOTES"),
    ],
)
def test_bad_popular_options_are_one_line(capsys, argv, message):
    code, out, err = run(capsys, "tally", "--election", "1960", *argv)
    assert code == 2 and out == "" and err.count("\n") == 1 and message in err


def test_analyze_closest_json(capsys):
    _, out, _ = run(capsys, "analyze", "--election", "2016", "--closest", "--json")
    assert json.loads(out)["units"] == ["MI", "PA", "WI"]
    _, out, _ = run(capsys, "analyze", "--election", "2000", "--closest", "--json")
    data = json.loads(out)
    assert data["units"] == ["FL"] and data["margin"] == 537 and data["switchers"] == 269
    _, out, _ = run(capsys, "analyze", "--election", "2016", "--closest", "--for", "Gary Johnson", "--json")
    assert json.loads(out)["target"] == "Gary Johnson"
    code, _, err = run(capsys, "analyze", "--election", "2016", "--closest", "--deny", "--for", "Clinton")
    assert code == 2 and "choose one" in err


def test_mock_votes_file(capsys, tmp_path):
    votes = tmp_path / "votes.csv"
    votes.write_text("unit,candidate,votes\nTX,Ada Lovelace,10\nTX,Grace Hopper,9\nCA,Grace Hopper,3\n")
    _, out, _ = run(capsys, "tally", "--election", "2028", "--votes", str(votes), "--json")
    data = json.loads(out)
    assert data["president"]["votes"] == {"Grace Hopper": 54, "Ada Lovelace": 40}
    assert data["popular_vote"]["votes"] == {"Grace Hopper": 12, "Ada Lovelace": 10}
    code, _, err = run(capsys, "tally", "--election", "2028", "--votes", str(tmp_path))
    assert code == 2 and "not a regular file" in err


ELECTION = load_catalog().election(2028)
LINES = st.lists(
    st.one_of(
        st.tuples(
            st.sampled_from(["TX", "ca", " NY ", "ZZ", "ME-2", ""]), st.text(max_size=12), st.text(max_size=8)
        ).map(lambda t: ",".join(t)),
        st.text(max_size=30),
    ),
    max_size=20,
)


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(LINES)
def test_mock_votes_parse_or_say_why_in_one_line(lines):
    text = "\n".join(lines)
    try:
        states = parse_votes(text, ELECTION)
    except InputError as error:
        assert "\n" not in str(error) and len(str(error)) < 400
        return
    for vote in states.values():
        assert all(isinstance(n, int) and 0 <= n <= 10**9 for n in vote.votes.values())
