"""The count in Congress: the rules of each era, the recorded sessions replayed, the base rule
of 3 U.S.C. §15(e)(2), objections refused when out of order, the scenario file's count section."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from gui.domain.catalog import load_catalog
from gui.domain.commands import SetCount
from gui.domain.contingent import contingent_for
from gui.domain.count_session import count_session, new_objection, recorded_objections, with_decision
from gui.domain.document import ScenarioDocument
from gui.domain.joint_session.record import recorded_sessions
from gui.domain.joint_session.rules import (
    ChamberVote,
    Decision,
    Era,
    Ground,
    Objection,
    Signers,
    Why,
    decide,
    era_of,
    needed_for,
    thresholds_for,
)
from gui.domain.scenario import Scenario
from gui.domain.tally import majority_of, tally
from gui.io.scenario_file import dump, parse
from gui.main import main

CATALOG = load_catalog()
RECORDED_YEARS = (1820, 1856, 1868, 1872, 1876, 1968, 2000, 2004, 2016, 2020, 2024)
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "build_scripts"))


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


ONE_EACH = Signers(1, 1)


def sustained(scenario: Scenario, state: str, ground: Ground, signers: Signers = ONE_EACH) -> Scenario:
    made = new_objection(scenario, state, ground, signers)
    assert isinstance(made, Objection), made
    scenario.execute(SetCount((*scenario.count, with_decision(made, True))))
    return scenario


def test_the_built_record_is_current():
    import build_joint_sessions

    assert build_joint_sessions.OUTPUT.read_text(encoding="utf-8") == build_joint_sessions.build()
    assert build_joint_sessions.main(["--check"]) == 0


def test_every_session_the_issue_lists_is_recorded_with_sources():
    sessions = recorded_sessions()
    assert tuple(sessions) == RECORDED_YEARS
    for session in sessions.values():
        assert session.sources and session.note
        for objection in session.objections:
            assert objection.source and objection.note and objection.recorded is not None


@pytest.mark.parametrize("year", RECORDED_YEARS)
def test_count_recorded_reproduces_the_session(capsys, year):
    code, out, _ = run(capsys, "count", "--election", str(year), "--recorded", "--json")
    assert code == 0
    data = json.loads(out)
    official = tally(Scenario(CATALOG.election(year)))
    # Each ruling follows from the era's rule and the recorded votes, and is the record's.
    record = recorded_sessions()[year]
    assert [o["decision"] for o in data["objections"]] == [o.recorded.value for o in record.objections]
    assert data["recorded"] is True or not record.objections
    # The count Congress announced: the same base, majority and votes as the official result.
    assert (data["appointed"], data["majority"]) == (official.appointed, official.majority)
    assert data["president"]["votes"] == official.president.votes
    assert data["vice_president"]["votes"] == official.vice_president.votes
    assert data["president"]["winner"] == official.president.winner


def test_recorded_figures_of_the_votes():
    by_state = {
        (year, o.state): o for year in (1968, 2004, 2020) for o in recorded_sessions()[year].objections
    }
    assert by_state[(1968, "NC")].senate == ChamberVote(False, 33, 58)
    assert by_state[(1968, "NC")].house == ChamberVote(False, 170, 228)
    assert by_state[(2004, "OH")].senate == ChamberVote(False, 1, 74)
    assert by_state[(2004, "OH")].house == ChamberVote(False, 31, 267)
    assert by_state[(2020, "AZ")].senate == ChamberVote(False, 6, 93)
    assert by_state[(2020, "AZ")].house == ChamberVote(False, 121, 303)
    assert by_state[(2020, "PA")].senate == ChamberVote(False, 7, 92)
    assert by_state[(2020, "PA")].house == ChamberVote(False, 138, 282)


def test_1873_keeps_greeleys_votes_in_the_base_and_drops_arkansas_and_louisiana():
    scenario = Scenario(CATALOG.election(1872))
    scenario.execute(SetCount(recorded_objections(1872)))
    effect = scenario.count_effect()
    assert effect.excluded == {"AR", "LA"}
    result = tally(scenario)
    assert (result.appointed, result.majority, result.president.rejected) == (352, 177, 3)


def test_2017_and_2001_objections_were_out_of_order_for_want_of_a_senator():
    for year in (2000, 2016):
        scenario = Scenario(CATALOG.election(year))
        scenario.execute(SetCount(recorded_objections(year)))
        rulings = count_session(scenario).rulings
        assert rulings and all(r.why is Why.NO_SENATOR for r in rulings)


def test_ecra_base_rule_2020_without_pennsylvania():
    scenario = sustained(Scenario(CATALOG.election(2020)), "PA", Ground.CERTIFICATE)
    result = tally(scenario)
    assert (result.appointed, result.majority) == (518, 260)
    assert result.majority == majority_of(518)
    # Biden 306 - 20 = 286, still a majority of 518; Trump keeps his 232.
    assert result.president.winner == "Joe Biden" and result.president.votes["Joe Biden"] == 286
    assert result.president.votes["Donald Trump"] == 232


def test_a_vote_not_regularly_given_stays_in_the_base():
    scenario = sustained(Scenario(CATALOG.election(2020)), "PA", Ground.VOTE)
    result = tally(scenario)
    assert (result.appointed, result.majority) == (538, 270)
    assert result.president.votes["Joe Biden"] == 286 and result.president.rejected == 20


def test_the_ground_decides_between_an_election_and_the_house():
    # California's 55 not counted but kept in the base: Biden 251 of 270, the House decides.
    scenario = sustained(Scenario(CATALOG.election(2020)), "CA", Ground.VOTE)
    kept = tally(scenario)
    assert kept.president.contingent and kept.appointed == 538
    # The contingent election follows: the House chooses among the top three, by state.
    house = contingent_for(scenario, kept).house
    assert house.needed and set(house.eligible) == {"Joe Biden", "Donald Trump"}
    # California's electors excluded: 483 appointed, 242 needed, Biden elected with 251.
    cut = tally(sustained(Scenario(CATALOG.election(2020)), "CA", Ground.CERTIFICATE))
    assert (cut.appointed, cut.majority, cut.president.winner) == (483, 242, "Joe Biden")


def test_eras():
    assert [era_of(y) for y in (1820, 1860, 1864, 1872, 1876, 1880, 1884, 1888, 2020, 2024, 2028)] == [
        Era.NONE,
        Era.NONE,
        Era.JOINT_RULE,
        Era.JOINT_RULE,
        Era.COMMISSION,
        Era.NONE,
        Era.NONE,
        Era.ECA,
        Era.ECA,
        Era.ECRA,
        Era.ECRA,
    ]
    needed = thresholds_for(Era.ECRA, 100, 435)
    assert (needed.senators, needed.representatives) == (20, 87)


def _objection(senate: bool, house: bool) -> Objection:
    return Objection("PA", Ground.VOTE, Signers(20, 87), ChamberVote(senate), ChamberVote(house))


@pytest.mark.parametrize(
    ("era", "senate", "house", "decision"),
    [
        (Era.JOINT_RULE, True, False, Decision.SUSTAINED),  # either House alone rejects a vote
        (Era.JOINT_RULE, False, True, Decision.SUSTAINED),
        (Era.JOINT_RULE, False, False, Decision.NOT_SUSTAINED),
        (Era.ECA, True, False, Decision.NOT_SUSTAINED),  # both Houses must agree
        (Era.ECA, True, True, Decision.SUSTAINED),
        (Era.COMMISSION, False, True, Decision.NOT_SUSTAINED),
        (Era.ECRA, False, True, Decision.NOT_SUSTAINED),
        (Era.ECRA, True, True, Decision.SUSTAINED),
    ],
)
def test_who_must_agree(era, senate, house, decision):
    assert decide(era, _objection(senate, house), thresholds_for(era, 100, 435)).decision is decision


@pytest.mark.parametrize(
    ("year", "signers", "says"),
    [
        (1860, "1,1", "no rule for objections"),
        (1872, "0,0", "no member signed it"),
        (1876, "0,3", "no senator signed it"),
        (2016, "0,5", "no senator signed it"),
        (2016, "2,0", "no representative signed it"),
        (2024, "19,100", "fewer than one fifth of the senators"),
        (2024, "20,80", "fewer than one fifth of the representatives"),
    ],
)
def test_out_of_order_objections_are_refused_with_the_reason(capsys, year, signers, says):
    state = "GA"
    code, out, err = run(
        capsys,
        "count",
        "--election",
        str(year),
        "--object",
        f"{state}=vote",
        "--signers",
        f"{state}={signers}",
    )
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "not in order" in err and says in err


def test_ecra_fifths_in_order(capsys):
    needed = needed_for(2024)
    code, out, _ = run(
        capsys,
        "count",
        "--election",
        "2024",
        "--object",
        "PA=certificate",
        "--signers",
        f"PA={needed.senators},{needed.representatives}",
        "--sustain",
        "PA",
        "--json",
    )
    data = json.loads(out)
    assert code == 0 and data["excluded"] == ["PA"]
    assert data["appointed"] == 538 - 19 and data["majority"] == majority_of(519)
    assert data["objections"][0]["decision"] == "sustained"


@pytest.mark.parametrize(
    "argv",
    [
        ("--object", "PA=maybe"),
        ("--object", "ZZ=vote"),
        ("--signers", "PA=1"),
        ("--signers", "PA=１,1"),
        ("--signers", "PA=-1,1"),
        ("--sustain", "PA"),
        ("--object", "PA=vote", "--object", "PA=certificate"),
    ],
)
def test_bad_count_options_are_one_line_and_exit_2(capsys, argv):
    code, out, err = run(capsys, "count", "--election", "2020", *argv)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1


def test_what_if_a_senator_had_signed_in_2017(capsys):
    code, out, _ = run(capsys, "count", "--election", "2016", "--recorded", "--signers", "GA=1,1", "--json")
    objection = json.loads(out)["objections"][0]
    assert code == 0 and objection["decision"] == "not-sustained"
    assert objection["senate"]["yeas"] is not None  # each House voted by party


def test_undo_restores_exactly():
    scenario = Scenario(CATALOG.election(2020))
    before = scenario.state_key()
    command = SetCount(recorded_objections(2020))
    scenario.execute(command)
    sustained(scenario, "CA", Ground.CERTIFICATE)
    scenario.revert(command)
    scenario.set_count(())
    assert scenario.state_key() == before and tally(scenario).appointed == 538


def test_the_count_is_saved_and_read_back(tmp_path):
    scenario = Scenario(CATALOG.election(1872))
    scenario.execute(SetCount(recorded_objections(1872)))
    sustained(scenario, "NY", Ground.VOTE)
    text = dump(ScenarioDocument(scenario))
    again = parse(text, CATALOG).scenario
    assert again.count == scenario.count
    assert tally(again) == tally(scenario)
    assert dump(ScenarioDocument(again)) == text


@pytest.mark.parametrize(
    ("count", "says"),
    [
        ({"objections": [{"state": "PA", "ground": "vote"}]}, "count.objections[0].signers"),
        (
            {
                "objections": [
                    {"state": "PA", "ground": "vote", "signers": None, "senate": {"yeas": "1", "nays": 2}}
                ]
            },
            "senate.yeas",
        ),
        (
            {"objections": [{"state": "PA", "ground": "vote", "signers": None, "electors": [21]}]},
            "electors[0]",
        ),
        (
            {
                "objections": [
                    {"state": "PA", "ground": "vote", "signers": {"senators": 1.5, "representatives": 1}}
                ]
            },
            "senators",
        ),
        (
            {"objections": [{"state": "PA", "ground": "vote", "signers": None, "house": {"sustains": 1}}]},
            "house.sustains",
        ),
    ],
)
def test_the_count_section_is_read_strictly(count, says):
    document = {"format": "ec-whatif-scenario", "version": 1, "election": 2020, "count": count}
    with pytest.raises(ValueError, match=r"count") as error:
        parse(json.dumps(document), CATALOG)
    assert says in str(error.value)


def test_the_january_6_2017_lesson_states_what_the_count_gives():
    import re

    from gui.domain.count_session import without
    from gui.io.lessons import get_lesson, load_lesson

    english, spanish = get_lesson("january-6-2017"), get_lesson("january-6-2017", "es")
    assert sorted(re.findall(r"\d+", english.text)) == sorted(re.findall(r"\d+", spanish.text))
    scenario = load_lesson("january-6-2017", CATALOG).scenario
    assert [r.why for r in count_session(scenario).rulings] == [Why.NO_SENATOR]
    result = tally(scenario)
    assert (result.president.votes["Donald Trump"], result.president.votes["Hillary Clinton"]) == (304, 227)
    assert "11 times" in english.text and "304" in english.text and "227" in english.text
    scenario.set_count(without(scenario.count, "GA"))
    made = new_objection(scenario, "GA", Ground.VOTE, ONE_EACH)
    assert isinstance(made, Objection)
    assert (made.senate.yeas, made.senate.nays) == (48, 52) and "48–52" in english.text
    assert (made.house.yeas, made.house.nays) == (194, 241) and "194–241" in english.text
    scenario.set_count((made,))
    assert count_session(scenario).rulings[0].decision is Decision.NOT_SUSTAINED
    assert len(CATALOG.election(2016).state("GA").electors) == 16
    needed = needed_for(2024)
    assert (needed.senators, needed.representatives) == (20, 87) and "20 senators and 87" in english.text


@pytest.mark.parametrize("ground", list(Ground))
def test_the_csv_adds_up_to_the_count(ground):
    from gui.present.csv_table import csv_rows
    from gui.present.outcome import notes

    scenario = sustained(Scenario(CATALOG.election(2020)), "PA", ground)
    header, rows = csv_rows(scenario)
    result = tally(scenario)
    column = header.index("President: Joe Biden")
    assert sum(row[column] for row in rows) == result.president.votes["Joe Biden"] == 286
    assert sum(row[header.index("electors_appointed")] for row in rows) == result.appointed
    by_state = {row[0]: row for row in rows}
    assert by_state["PA"][header.index("count_in_congress")] == "sustained"
    assert by_state["AZ"][header.index("count_in_congress")] == ""
    # The handout and the window's outcome say it with the other notes on the count.
    assert any(line.startswith("The count in Congress") for line in notes(scenario))
