"""The shipped popular vote is exactly what its build makes from ../shared/data."""

import json

import build_popular_vote
import pytest


def test_popular_vote_is_up_to_date_with_the_build_script(shared_data):
    outputs = build_popular_vote.outputs(shared_data)
    for path, text in outputs.items():
        assert path.read_text(encoding="utf-8") == text, f"{path.name} is stale: run build_popular_vote.py"


@pytest.mark.slow
def test_build_is_deterministic(shared_data):
    assert build_popular_vote.build(shared_data)[0] == build_popular_vote.build(shared_data)[0]


@pytest.mark.slow
def test_every_state_row_adds_up_to_the_compiled_national_row_before_1976(shared_data):
    _, report = build_popular_vote.build(shared_data)
    for entry in report:
        if entry["year"] < build_popular_vote.MEDSL_FROM:
            for check in entry["checks"]:
                assert check["states"] == check["national_row"], (entry["year"], check)


def test_official_figures(shared_data):
    data = json.loads(build_popular_vote.build(shared_data)[0])
    florida = data["elections"]["2000"]["states"]["FL"]["votes"]
    assert florida["George W. Bush"] - florida["Al Gore"] == 537
    assert data["elections"]["1824"]["states"]["NY"] == {"chosen_by": "legislature"}
    assert data["elections"]["1860"]["states"]["SC"] == {"chosen_by": "legislature"}
    romney = sum(s["votes"].get("Mitt Romney", 0) for s in data["elections"]["2012"]["states"].values())
    assert romney == 60_932_152
