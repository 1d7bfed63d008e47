"""Contingent elections: the House (President) and the Senate (Vice President), and the CLI."""

from __future__ import annotations

import json

import pytest

from gui.domain.commands import AssignUnit, SetElectorVote
from gui.domain.congress import load_congress
from gui.domain.contingent import contingent_election
from gui.domain.contingent.house import Why, house_election
from gui.domain.contingent.rules import highest_not_exceeding, two_highest_numbers, two_thirds
from gui.domain.contingent.senate import senate_election
from gui.domain.identifiers import InputError
from gui.domain.scenario import BLANK, Office, Scenario, Start
from gui.domain.tally import tally
from gui.main import main
from gui.present.contingent import acting_label, house_reason, outcome_text, state_vote_detail

ADAMS, JACKSON, CRAWFORD = "John Quincy Adams", "Andrew Jackson", "William H. Crawford"


def official(catalog, year):
    scenario = Scenario(catalog.election(year), Start.OFFICIAL)
    return scenario, tally(scenario)


def trump_electors(election, count):
    return [s for s in election.electors if s.pledge.president == "Donald Trump"][:count]


@pytest.fixture
def kasich_2016(catalog):
    """2016 as pledged, with 37 Trump electors voting for John Kasich: 269 is one short."""
    election = catalog.election(2016)
    scenario = Scenario(election, Start.PLEDGED)
    for seat in trump_electors(election, 37):
        scenario.execute(SetElectorVote(seat.index, Office.PRESIDENT, "John Kasich"))
    return scenario


@pytest.fixture
def tie_2020(catalog):
    """2020 with Arizona, Georgia and Wisconsin carried by Trump: 269-269 for both offices."""
    election = catalog.election(2020)
    scenario = Scenario(election, Start.OFFICIAL)
    ticket = scenario.ticket_for("Donald Trump")
    for unit in ("AZ", "GA", "WI"):
        scenario.execute(AssignUnit(unit, ticket))
    return scenario


def majority_party_states(house_data, party):
    return {code for code, d in house_data.items() if 2 * d.members.get(party, 0) > d.seats}


# --- the rules --------------------------------------------------------------------------------


def test_persons_with_the_highest_numbers_not_exceeding():
    ranked = [("A", 260), ("B", 200), ("C", 40), ("D", 38)]
    assert highest_not_exceeding(ranked, 3) == (["A", "B", "C"], [])
    tie_for_third = [("A", 260), ("B", 200), ("C", 39), ("D", 39)]
    assert highest_not_exceeding(tie_for_third, 3) == (["A", "B"], ["C", "D"])
    tie_for_second = [("A", 260), ("B", 139), ("C", 139)]
    assert highest_not_exceeding(tie_for_second, 3) == (["A", "B", "C"], [])
    assert highest_not_exceeding([("A", 5), ("B", 5), ("C", 5), ("D", 5)], 3) == ([], ["A", "B", "C", "D"])


def test_the_senate_takes_everyone_with_the_two_highest_numbers():
    assert two_highest_numbers([("A", 269), ("B", 260), ("C", 9)]) == ["A", "B"]
    assert two_highest_numbers([("A", 200), ("B", 100), ("C", 100)]) == ["A", "B", "C"]


def test_quorums():
    assert [two_thirds(n) for n in (50, 24, 16, 100, 52)] == [34, 16, 11, 67, 35]


# --- history ------------------------------------------------------------------------------------


def test_1825_house_elects_adams(catalog):
    scenario, result = official(catalog, 1824)
    house = house_election(result, scenario)
    assert house.needed and house.rule == "12th"
    assert set(house.eligible) == {JACKSON, ADAMS, CRAWFORD}  # Clay, fourth with 37, is out
    assert house.states_total == 24 and house.needed_to_win == 13 and house.quorum == 16
    assert house.counts == {ADAMS: 13, JACKSON: 7, CRAWFORD: 4}
    assert house.winner == ADAMS and house.record is not None
    by_state = {s.state: s.vote for s in house.states}
    assert {c for c, v in by_state.items() if v == CRAWFORD} == {"DE", "GA", "NC", "VA"}
    assert {c for c, v in by_state.items() if v == JACKSON} == {"AL", "IN", "MS", "NJ", "PA", "SC", "TN"}
    assert all(s.reason is Why.HISTORICAL for s in house.states)


def test_1824_from_party_labels_alone_cannot_decide(catalog):
    # Every candidate was a Democratic-Republican: party make-up gives no delegation a choice.
    scenario, result = official(catalog, 1824)
    outcome = contingent_election(result, scenario, use_history=False)
    assert outcome.house.deadlock and sum(outcome.house.counts.values()) == 0
    # Before the 20th Amendment the Vice President (Calhoun, elected by the electors) acts.
    assert outcome.outcome.acting == "John C. Calhoun"
    assert "March 4, 1825" in outcome_text(outcome.outcome)


def test_1801_house_36th_ballot_and_burr_vice_president(catalog):
    scenario, result = official(catalog, 1800)
    outcome = contingent_election(result, scenario)
    house = outcome.house
    assert house.rule == "pre12-tie" and set(house.eligible) == {"Thomas Jefferson", "Aaron Burr"}
    assert (house.states_total, house.needed_to_win) == (16, 9)
    assert house.counts == {"Thomas Jefferson": 10, "Aaron Burr": 4} and house.no_vote == 2
    assert {s.state for s in house.states if s.vote is None} == {"DE", "SC"}
    assert house.winner == "Thomas Jefferson"
    # Under the original rule the runner-up is Vice President once the House has chosen.
    assert outcome.senate.winner == "Aaron Burr" and not outcome.senate.needed
    assert outcome.outcome.president == "Thomas Jefferson" and outcome.outcome.vice_president == "Aaron Burr"


def test_1800_by_party_republican_delegations_vote_for_the_ticket_head(catalog):
    scenario, result = official(catalog, 1800)
    house = house_election(result, scenario, use_history=False)
    sixth = load_congress().body(1800).data.house
    republican = majority_party_states(sixth, "Democratic-Republican")
    assert {s.state for s in house.states if s.vote == "Thomas Jefferson"} == republican
    assert house.counts["Aaron Burr"] == 0  # Federalists' support for Burr is not a party fact
    assert house.deadlock == (len(republican) < 9)


def test_1837_senate_elects_johnson(catalog):
    scenario, result = official(catalog, 1836)
    senate = senate_election(result, scenario)
    assert senate.needed and set(senate.eligible) == {"Richard M. Johnson", "Francis Granger"}
    assert senate.whole_number == 52 and senate.needed_to_win == 27 and senate.quorum == 35
    assert senate.counts == {"Richard M. Johnson": 33, "Francis Granger": 16}
    assert senate.not_voting == 3 and senate.winner == "Richard M. Johnson" and senate.record is not None


def test_1837_senate_from_party_make_up_also_elects_johnson(catalog):
    scenario, result = official(catalog, 1836)
    senate = senate_election(result, scenario, use_history=False)
    seats = load_congress().body(1836).data.senate
    democrats = sum(1 for senators in seats.values() for s in senators if s.caucus == "Democratic")
    whigs = sum(1 for senators in seats.values() for s in senators if s.caucus == "Whig")
    assert senate.counts == {"Richard M. Johnson": democrats, "Francis Granger": whigs}
    assert senate.whole_number == 52  # vacancies do not lower the whole number
    assert senate.winner == ("Richard M. Johnson" if democrats >= 27 else None)


# --- what-ifs -------------------------------------------------------------------------------------


def test_2016_with_37_faithless_electors_goes_to_the_115th_house(kasich_2016):
    result = tally(kasich_2016)
    assert result.president.votes["Donald Trump"] == 269 and result.president.winner is None
    house = house_election(result, kasich_2016)
    assert house.eligible == ("Donald Trump", "Hillary Clinton", "John Kasich")
    assert house.body is not None and house.body.congress == 115 and house.body.newly_elected
    data = house.body.data.house
    republican = majority_party_states(data, "Republican")
    democratic = majority_party_states(data, "Democratic")
    assert {s.state for s in house.states if s.vote == "Donald Trump"} == republican
    assert {s.state for s in house.states if s.vote == "Hillary Clinton"} == democratic
    assert house.counts["John Kasich"] == 0  # no party's candidate
    assert house.state("ME").reason is Why.SPLIT  # one Democrat, one Republican
    assert (house.states_total, house.needed_to_win, house.quorum) == (50, 26, 34)
    assert house.winner == "Donald Trump" and len(republican) >= 26


def test_2020_tie_goes_to_the_117th_congress(tie_2020):
    result = tally(tie_2020)
    assert result.president.votes == {"Donald Trump": 269, "Joe Biden": 269}
    assert result.vice_president.votes == {"Kamala Harris": 269, "Mike Pence": 269}
    outcome = contingent_election(result, tie_2020)
    house, senate = outcome.house, outcome.senate
    assert house.body is not None and house.body.congress == 117
    # Republicans held 27 delegations, Democrats 20; Michigan, Minnesota, Pennsylvania were tied.
    assert house.counts == {"Donald Trump": 27, "Joe Biden": 20} and house.no_vote == 3
    assert {s.state for s in house.states if s.reason is Why.SPLIT} == {"MI", "MN", "PA"}
    assert house.winner == "Donald Trump"
    seats = senate.body.data.senate
    republicans = sum(1 for senators in seats.values() for s in senators if s.caucus == "Republican")
    democrats = sum(1 for senators in seats.values() for s in senators if s.caucus == "Democratic")
    assert senate.whole_number == 100 and senate.needed_to_win == 51 and senate.quorum == 67
    assert senate.counts == {"Mike Pence": republicans, "Kamala Harris": democrats}
    assert senate.winner == ("Mike Pence" if republicans >= 51 else None)
    assert outcome.outcome.president == "Donald Trump"


def test_a_hand_override_changes_the_outcome(tie_2020):
    result = tally(tie_2020)
    before = house_election(result, tie_2020)
    assert before.winner == "Donald Trump"
    after = house_election(result, tie_2020, {"tx": "divided", "FL": "Biden"})
    assert after.state("TX").vote is None and after.state("TX").reason is Why.OVERRIDE
    assert after.state("FL").vote == "Joe Biden"
    assert after.counts == {"Donald Trump": 25, "Joe Biden": 21} and after.deadlock
    # With the House deadlocked, the Vice President-elect acts from January 20.
    senate = senate_election(result, tie_2020, house_winner=after.winner)
    outcome = contingent_election(result, tie_2020, {"TX": "divided", "FL": "Biden"})
    assert outcome.outcome.president is None
    assert acting_label(outcome.outcome) == (senate.winner or "the Speaker of the House")
    assert "January 20, 2021" in outcome_text(outcome.outcome)


def test_neither_chamber_decides_then_the_speaker_acts(tie_2020):
    result = tally(tie_2020)
    states = {s.code for s in tie_2020.election.states} - {"DC"}
    outcome = contingent_election(
        result,
        tie_2020,
        dict.fromkeys(states, "divided"),
        dict.fromkeys(states, "abstain"),
    )
    assert outcome.house.counts == {"Donald Trump": 0, "Joe Biden": 0}
    assert outcome.senate.deadlock and outcome.senate.not_voting == sum(
        len(s.senators) for s in outcome.senate.states
    )
    assert acting_label(outcome.outcome) == "the Speaker of the House"
    assert "Presidential Succession Act of 1947" in outcome_text(outcome.outcome)


def test_senate_party_counts_move_votes(tie_2020):
    result = tally(tie_2020)
    base = senate_election(result, tie_2020)
    moved = senate_election(result, tie_2020, party_votes={"republican": {"Harris": 2, "abstain": 1}})
    assert moved.counts["Kamala Harris"] == base.counts["Kamala Harris"] + 2
    assert moved.counts["Mike Pence"] == base.counts["Mike Pence"] - 3
    with pytest.raises(InputError, match="only"):
        senate_election(result, tie_2020, party_votes={"Republican": {"Harris": 1000}})
    with pytest.raises(InputError, match="no 'Whig' senators"):
        senate_election(result, tie_2020, party_votes={"Whig": {"Harris": 1}})


def test_tie_for_third_place_is_flagged(catalog):
    election = catalog.election(2016)
    scenario = Scenario(election, Start.PLEDGED)
    seats = trump_electors(election, 37)
    for seat in seats[:18]:
        scenario.execute(SetElectorVote(seat.index, Office.PRESIDENT, "John Kasich"))
    for seat in seats[18:36]:
        scenario.execute(SetElectorVote(seat.index, Office.PRESIDENT, "Colin Powell"))
    scenario.execute(SetElectorVote(seats[36].index, Office.PRESIDENT, BLANK))
    result = tally(scenario)
    house = house_election(result, scenario)
    assert house.needed and house.tie_for_last_place
    assert house.tied_at_cutoff == ("Colin Powell", "John Kasich")
    assert house.eligible == ("Donald Trump", "Hillary Clinton")
    with pytest.raises(InputError, match="not among those the House may choose"):
        house_election(result, scenario, {"OH": "John Kasich"})


def test_dc_never_votes(catalog, tie_2020, kasich_2016):
    for scenario in (tie_2020, kasich_2016):
        outcome = contingent_election(tally(scenario), scenario)
        assert "DC" not in {s.state for s in outcome.house.states}
        assert outcome.house.states_total == 50
    for chamber in (house_election, senate_election):
        with pytest.raises(InputError, match="DC has no vote"):
            chamber(tally(tie_2020), tie_2020, {"DC": "Biden"})


def test_no_contingent_election_when_someone_has_a_majority(catalog):
    scenario, result = official(catalog, 2016)
    outcome = contingent_election(result, scenario)
    assert not outcome.house.needed and outcome.house.winner == "Donald Trump"
    assert not outcome.senate.needed and outcome.senate.winner == "Mike Pence"
    assert outcome.outcome.president == "Donald Trump" and outcome.outcome.acting is None


def test_undecided_electors_mean_no_contingent_election_yet(catalog):
    scenario, result = official(catalog, 2028)
    outcome = contingent_election(result, scenario)
    assert not outcome.house.needed and "undecided" in house_reason(outcome.house)
    assert outcome.outcome.president is None and outcome.outcome.acting is None


def test_party_defaults_cover_every_historical_year_without_errors(catalog):
    for election in catalog.elections():
        for start in Start:
            scenario = Scenario(election, start)
            outcome = contingent_election(tally(scenario), scenario)
            house = outcome.house
            if house.needed:
                assert sum(house.counts.values()) + house.no_vote == house.states_total
                assert all(s.vote in house.eligible for s in house.states if s.vote)
                assert all(s.reason in (Why.PARTY, Why.HISTORICAL) for s in house.states if s.vote)


# --- the CLI ----------------------------------------------------------------------------------


@pytest.fixture
def ec_whatif(capsys):
    def call(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return call


def test_cli_2016_kasich_json(ec_whatif, catalog):
    votes = [f"--vote={s.id}=John Kasich" for s in trump_electors(catalog.election(2016), 37)]
    code, out, err = ec_whatif("contingent", "--election", "2016", "--pledged", *votes, "--json")
    assert code == 0 and err == ""
    data = json.loads(out)
    assert data["electoral_votes"]["president"]["Donald Trump"] == 269
    assert data["house"]["congress"] == 115 and data["house"]["winner"] == "Donald Trump"
    assert data["house"]["eligible"] == ["Donald Trump", "Hillary Clinton", "John Kasich"]
    assert data["senate"]["needed"] is False and data["outcome"]["president"] == "Donald Trump"
    assert "DC" not in {row["state"] for row in data["house"]["states"]}


def test_cli_text_and_delegation_override(ec_whatif):
    flips = ["--set", "AZ=Trump", "--set", "GA=Trump", "--set", "WI=Trump"]
    code, out, _ = ec_whatif("contingent", "--election", "2020", *flips)
    assert code == 0
    assert "Donald Trump is elected President by 27 of 50 states (26 needed)." in out
    assert "117th Congress" in out
    code, out, _ = ec_whatif(
        "contingent", "--election", "2020", *flips, "--delegation", "TX=divided", "--delegation", "FL=Biden"
    )
    assert code == 0 and "the House is deadlocked" in out


def test_cli_1824_reports_the_recorded_vote(ec_whatif):
    code, out, _ = ec_whatif("contingent", "--election", "1824")
    assert code == 0
    assert "John Quincy Adams is elected President by 13 of 24 states (13 needed)." in out
    code, out, _ = ec_whatif("contingent", "--election", "1824", "--no-history", "--json")
    assert json.loads(out)["house"]["winner"] is None


@pytest.mark.parametrize(
    ("option", "message"),
    [
        (["--delegation", "XX=Trump"], "unknown state 'XX'"),
        (["--delegation", "DC=Trump"], "DC has no vote"),
        (["--delegation", "TX=Nobody Special"], "unknown candidate 'Nobody Special'"),
        (["--delegation", "TX"], "--delegation expects KEY=VALUE"),
        (["--senate", "OH=Trump"], "not among those the Senate may choose"),
        (["--senate-party", "Republican=2"], "--senate-party expects PARTY:NAME=N"),
        (["--senate-party", "Republican:Harris=two"], "expects a whole number"),
    ],
)
def test_cli_bad_input_is_one_line_and_exit_2(ec_whatif, option, message):
    flips = ["--set", "AZ=Trump", "--set", "GA=Trump", "--set", "WI=Trump"]
    code, out, err = ec_whatif("contingent", "--election", "2020", *flips, *option)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and message in err and "Traceback" not in err


def test_senate_state_override_changes_the_outcome(tie_2020):
    result = tally(tie_2020)
    base = senate_election(result, tie_2020)
    republican_states = [s.state for s in base.states if [v.vote for v in s.senators] == ["Mike Pence"] * 2]
    flipped = senate_election(result, tie_2020, dict.fromkeys(republican_states[:2], "Kamala Harris"))
    assert flipped.counts["Mike Pence"] == base.counts["Mike Pence"] - 4
    assert flipped.counts["Kamala Harris"] == base.counts["Kamala Harris"] + 4
    assert flipped.state(republican_states[0]).reason is Why.OVERRIDE
    assert flipped.winner == next((n for n, c in flipped.counts.items() if c >= 51), None)
    assert flipped.winner != base.winner or base.winner is None


# --- a candidate the user added is matched by party like any other ------------------------------


def jane_doe_2016(catalog) -> Scenario:
    """2016 as pledged with Jane Doe (Democratic, added by the user) carrying Clinton's units and
    37 Texas electors voting for John Kasich: the House chooses among Trump, Doe and Kasich."""
    from gui.domain.catalog import Candidate
    from gui.domain.commands import AddCandidate

    scenario = Scenario(catalog.election(2016), Start.PLEDGED)
    scenario.execute(AddCandidate(Candidate("Jane Doe", "Democratic", running_mate="John Roe")))
    clinton_units = {s.unit for s in scenario.election.electors if s.pledge.president == "Hillary Clinton"}
    for unit in sorted(clinton_units):
        scenario.execute(AssignUnit(unit, scenario.ticket_for("Jane Doe")))
    for seat in [s for s in scenario.election.electors if s.state == "TX"][:37]:
        scenario.execute(SetElectorVote(seat.index, Office.PRESIDENT, "John Kasich"))
    return scenario


def test_an_added_candidate_gets_her_party_s_delegations(catalog):
    scenario = jane_doe_2016(catalog)
    result = tally(scenario)
    assert result.president.votes["Jane Doe"] == 232 and result.president.winner is None
    house = contingent_election(result, scenario).house
    assert house.needed and "Jane Doe" in house.eligible
    california = house.state("CA")
    assert california.vote == "Jane Doe" and california.reason is Why.PARTY
    assert "no Democratic candidate" not in state_vote_detail(california)
    assert house.counts["Jane Doe"] > 0
    assert scenario.party_of("Jane Doe") == "Democratic" and scenario.party_of("John Roe") == "Democratic"


def test_a_delegation_may_be_set_to_an_added_candidate(catalog):
    scenario = jane_doe_2016(catalog)
    house = house_election(tally(scenario), scenario, {"TX": "Doe"})
    assert house.state("TX").vote == "Jane Doe" and house.state("TX").reason is Why.OVERRIDE


def test_cli_contingent_sees_an_added_candidate_s_party(catalog, tmp_path, ec_whatif):
    from gui.domain.document import ScenarioDocument
    from gui.io.scenario_file import write

    path = tmp_path / "doe.json"
    write(path, ScenarioDocument(jane_doe_2016(catalog)))
    code, out, err = ec_whatif("contingent", "--scenario", str(path), "--json")
    data = json.loads(out)
    assert code == 0 and err == ""
    california = next(s for s in data["house"]["states"] if s["state"] == "CA")
    assert california["vote"] == "Jane Doe" and california["reason"] == "party"
    assert data["house"]["counts"]["Jane Doe"] == sum(
        1 for s in data["house"]["states"] if s["vote"] == "Jane Doe"
    )
