"""The record exact down to each elector: every person by state before 1804, pairings as cast,
names, absent electors and the base, states out of the base, the Constitution's rules on one
elector's two names, the 1864 House, the 2024 Senate, and the notes the record has."""

from __future__ import annotations

import csv
import json
from collections import Counter, defaultdict

import pytest
from curated_facts import DISPLAY_NAMES

from gui.domain.catalog import OutOfBase
from gui.domain.commands import ResetScenario, SetElectorAbsent, SetElectorVote, SetStateAppointed
from gui.domain.congress import load_congress
from gui.domain.constitution import Inhabitants, check_two_persons, inhabitant_check, inhabitant_violations
from gui.domain.contingent import contingent_for
from gui.domain.contingent.house import house_election
from gui.domain.contingent.rules import voting_states
from gui.domain.cycling import cycle_unit, set_vote, vote_choices
from gui.domain.document import ScenarioDocument
from gui.domain.identifiers import InputError, parse_elector
from gui.domain.scenario import ABSENT, Ballot, Office, Scenario, Start
from gui.domain.tally import Status, tally
from gui.io.scenario_file import ScenarioFileError, dump, parse
from gui.main import main
from gui.present.labels import heading, start_line
from gui.present.outcome import base_sentence, notes, tally_json, tally_rows

PAGES = "national-archives-electoral-college-pages"


def official(catalog, year: int) -> Scenario:
    return Scenario(catalog.election(year), Start.OFFICIAL)


def _read(path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _name(text: str) -> str:
    return DISPLAY_NAMES.get(text, text)


# --- 1. every person, by state, before 1804 -----------------------------------------------------


def test_every_person_by_state_before_1804_is_the_record(catalog, shared_data):
    expected: dict[tuple[int, str], Counter[str]] = defaultdict(Counter)
    for row in _read(shared_data / PAGES / "pre12th_votes_by_state.csv"):
        expected[(int(row["year"]), row["state_po"])][_name(row["person"])] += int(row["votes"])
    checked = 0
    for year in (1789, 1792, 1796, 1800):
        scenario = official(catalog, year)
        for state in scenario.election.states:
            found = Counter(
                scenario.cast(i, office)
                for i in state.electors
                for office in Office
                if scenario.ballot(i, office) not in (Ballot.ABSENT, Ballot.NOT_APPOINTED)
            )
            assert found == expected.get((year, state.code), Counter()), (year, state.code)
            checked += 1
    assert checked == 10 + 15 + 16 + 16 + 1  # 1789 has New York, out of the base


def test_no_lumped_others_anywhere(catalog):
    for election in catalog.elections():
        assert "Others" not in {c.name for c in election.candidates}, election.year
    votes = tally(official(catalog, 1789)).president.votes
    assert {n: votes[n] for n in ("John Jay", "Robert H. Harrison", "John Rutledge", "John Hancock")} == {
        "John Jay": 9,
        "Robert H. Harrison": 6,
        "John Rutledge": 6,
        "John Hancock": 4,
    }
    assert votes["George Clinton"] == 3 and sum(votes.values()) == 69 * 2
    result_1796 = tally(official(catalog, 1796)).president.votes
    assert (result_1796["Samuel Adams"], result_1796["Oliver Ellsworth"], result_1796["George Clinton"]) == (
        15,
        11,
        7,
    )


# --- 2. pairings as cast -------------------------------------------------------------------------


def _pairs(scenario: Scenario, code: str, *, recorded: bool | None = None) -> Counter[tuple[str, str]]:
    election = scenario.election
    return Counter(
        tuple(sorted(scenario.cast(i, office) for office in Office))
        for i in election.state(code).electors
        if not election.electors[i].absent
        and (recorded is None or election.electors[i].pairing_recorded == recorded)
    )


def test_1800_every_elector_paired_as_cast(catalog):
    scenario = official(catalog, 1800)
    republican = ("Aaron Burr", "Thomas Jefferson")
    federalist = ("Charles Cotesworth Pinckney", "John Adams")
    assert _pairs(scenario, "MD") == Counter({republican: 5, federalist: 5})
    assert _pairs(scenario, "NC") == Counter({republican: 8, federalist: 4})
    assert _pairs(scenario, "PA") == Counter({republican: 8, federalist: 7})
    assert _pairs(scenario, "RI") == Counter({federalist: 3, ("John Adams", "John Jay"): 1})
    others = Counter()
    for state in scenario.election.states:
        others.update(p for p in _pairs(scenario, state.code) if p not in (republican, federalist))
    assert others == Counter({("John Adams", "John Jay"): 1})  # the one Rhode Island elector
    assert all(seat.pairing_recorded for seat in scenario.election.electors)


def test_recorded_pairs_are_kept_and_the_rest_marked(catalog, shared_data):
    recorded: dict[tuple[int, str], Counter[tuple[str, str]]] = defaultdict(Counter)
    unknown: Counter[tuple[int, str]] = Counter()
    for row in _read(shared_data / PAGES / "pre12th_elector_pairs.csv"):
        key = (int(row["year"]), row["state_po"])
        if row["basis"] == "unknown":
            unknown[key] += int(row["electors"])
        else:
            pair = tuple(sorted((_name(row["person_a"]), _name(row["person_b"]))))
            recorded[key][pair] += int(row["electors"])
    for (year, code), pairs in recorded.items():
        assert _pairs(official(catalog, year), code, recorded=True) == pairs, (year, code)
    for (year, code), count in unknown.items():
        assert sum(_pairs(official(catalog, year), code, recorded=False).values()) == count, (year, code)
    assert unknown == Counter({(1796, "PA"): 15, (1796, "VA"): 21, (1796, "MD"): 9})


def test_an_unrecorded_pairing_keeps_both_rules(catalog):
    scenario = official(catalog, 1796)
    virginia = scenario.election.state("VA").electors
    for i in virginia:
        assert scenario.cast(i, Office.PRESIDENT) != scenario.cast(i, Office.VICE_PRESIDENT)
        # Jefferson and Washington, both Virginians, never on one Virginian's ballot.
        assert inhabitant_check(scenario, i).status is Inhabitants.KEPT


# --- 3. names ------------------------------------------------------------------------------------


def test_charles_cotesworth_pinckney_is_the_federalist_of_1800_to_1808(catalog):
    for year in (1800, 1804, 1808):
        candidate = catalog.election(year).candidate("Charles Cotesworth Pinckney")
        assert candidate is not None and candidate.home == "SC", year
        assert "Charles Pinckney" in candidate.aliases  # what older files and sources wrote
    assert (
        official(catalog, 1804).person("Charles C. Pinckney", allow_new=False)
        == "Charles Cotesworth Pinckney"
    )


@pytest.mark.parametrize(
    ("year", "name", "old"),
    [
        (1876, "Samuel J. Tilden", "Samuel Tilden"),
        (1908, "William H. Taft", "William Taft"),
        (1916, "Charles E. Hughes", "Charles Hughes"),
        (1924, "Robert M. La Follette", "Robert LaFollette"),
        (1836, "William Henry Harrison", "William H. Harrison"),
        (1844, "James K. Polk", "James Polk"),
        (1948, "Harry S. Truman", "Harry Truman"),
    ],
)
def test_full_names_with_the_old_spellings_as_aliases(catalog, year, name, old):
    candidate = catalog.election(year).candidate(name)
    assert candidate is not None and old in candidate.aliases
    assert official(catalog, year).person(old, allow_new=False) == name


def test_one_spelling_per_person_in_every_year(catalog):
    spellings: dict[tuple[str, str], set[str]] = defaultdict(set)
    for election in catalog.elections():
        for candidate in election.candidates:
            words = [w for w in candidate.name.replace(",", "").split() if w not in {"Jr.", "II"}]
            spellings[(words[0], words[-1])].add(candidate.name)
    several = {key: names for key, names in spellings.items() if len(names) > 1}
    assert several == {
        ("John", "Adams"): {"John Adams", "John Quincy Adams"},
        ("George", "Bush"): {"George H. W. Bush", "George W. Bush"},
        ("Adlai", "Stevenson"): {"Adlai E. Stevenson", "Adlai Stevenson II"},
    }


# --- 4. appointed, voted, absent -----------------------------------------------------------------

NOT_VOTING = {
    1789: {"MD": 2, "VA": 1},
    1792: {"MD": 2, "VT": 1},
    1808: {"KY": 1},
    1812: {"OH": 1},
    1816: {"DE": 1, "MD": 3},
    1820: {"MS": 1, "PA": 1, "TN": 1},
    1832: {"MD": 2},
    1864: {"NV": 1},
}


def test_absent_electors_per_year_from_the_record(catalog, shared_data):
    from_table: dict[int, dict[str, int]] = {}
    for row in _read(shared_data / PAGES / "nara_totals_by_year.csv"):
        parts = [p.split() for p in row["electors_not_voting"].split(";") if p.strip()]
        from_table[int(row["year"])] = {code: int(n) for code, n in parts}
    from_table[2000].pop("DC")  # a blank ballot: that elector voted (Barbara Lett-Simmons)
    assert {y: v for y, v in from_table.items() if v} == NOT_VOTING
    for election in catalog.elections():
        scenario = official(catalog, election.year)
        absent = Counter(
            seat.state
            for seat in election.electors
            if all(scenario.ballot(seat.index, o) is Ballot.ABSENT for o in Office)
        )
        assert dict(absent) == NOT_VOTING.get(election.year, {}), election.year


@pytest.mark.parametrize(
    ("year", "appointed", "majority", "announced"),
    [
        (1789, 72, 37, (69, 35)),
        (1808, 176, 89, None),  # NARA counts the absent Kentuckian: "176 (175)*"
        (1812, 218, 110, (217, 109)),
        (1816, 221, 111, None),
        (1820, 235, 118, None),
        (1832, 288, 145, (286, 144)),
        (1864, 234, 118, (233, 117)),
        (1872, 352, 177, None),
    ],
)
def test_the_base_is_of_electors_appointed_and_nara_is_stated_beside_it(
    catalog, year, appointed, majority, announced
):
    scenario = official(catalog, year)
    result = tally(scenario)
    assert (result.appointed, result.majority) == (appointed, majority)
    election = scenario.election
    found = election.announced and (election.announced.total, election.announced.majority)
    assert (found or None) == announced
    sentence = base_sentence(result, scenario)
    assert f"{appointed} electors appointed, {majority} needed" in sentence
    if announced:
        assert f"NARA announced {announced[0]} votes, {announced[1]} a majority" in sentence
        assert tally_json(scenario, result)["announced"] == {
            "by": "NARA",
            "total": announced[0],
            "majority": announced[1],
        }
    else:
        assert "NARA" not in sentence and tally_json(scenario, result)["announced"] is None


def test_1832_absent_is_neither_blank_nor_a_vote(catalog):
    scenario = official(catalog, 1832)
    result = tally(scenario)
    president = result.president
    assert (president.absent, president.blank, president.undecided) == (2, 0, 0)
    assert president.votes["Andrew Jackson"] == 219 and sum(president.votes.values()) == 286
    assert president.winner == "Andrew Jackson" and president.status is Status.ELECTED
    rows = {row.name: row.votes for row in tally_rows(scenario, result, Office.PRESIDENT)}
    assert rows["Absent (no ballot)"] == 2 and "Blank ballots" not in rows


def test_any_elector_can_be_made_absent_and_back(catalog):
    scenario = official(catalog, 2016)
    seat = parse_elector(scenario.election, "FL:1")
    before = scenario.state_key()
    command = set_vote(scenario, seat.index, Office.VICE_PRESIDENT, ABSENT)
    assert isinstance(command, SetElectorAbsent)
    scenario.execute(command)
    result = tally(scenario)
    assert (result.appointed, result.majority) == (538, 270)  # still appointed
    assert result.president.absent == result.vice_president.absent == 1
    assert result.president.votes["Donald Trump"] == 303
    back = set_vote(scenario, seat.index, Office.PRESIDENT, None)  # "as pledged" brings him back
    assert isinstance(back, SetElectorAbsent) and not back.absent
    scenario.revert(command)
    assert scenario.state_key() == before
    assert ABSENT in vote_choices(scenario, seat.index, Office.PRESIDENT)


def test_absent_on_the_command_line_and_in_files(capsys, catalog, tmp_path):
    path = tmp_path / "absent.json"
    assert main(["tally", "--election", "2016", "--vote", "FL:1=absent", "--save", str(path), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["appointed"], result["majority"], result["president"]["absent"]) == (538, 270, 1)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["electors"] == {"FL:1": {"president": False, "vice_president": False}}
    document = parse(path.read_text(encoding="utf-8"), catalog)
    assert tally(document.scenario).vice_president.absent == 1


# --- 5. states out of the base --------------------------------------------------------------------


def test_2016_without_texas(capsys, catalog):
    scenario = official(catalog, 2016)
    scenario.execute(SetStateAppointed("TX", False))
    result = tally(scenario)
    assert (result.appointed, result.majority) == (500, 251)
    assert result.president.votes["Donald Trump"] == 304 - 36
    assert "Texas" in " ".join(notes(scenario))
    assert main(["tally", "--election", "2016", "--set", "TX=not-appointed", "--json"]) == 0
    result_json = json.loads(capsys.readouterr().out)
    assert (result_json["appointed"], result_json["majority"], result_json["not_appointed"]) == (
        500,
        251,
        ["TX"],
    )
    document = parse(dump(ScenarioDocument(scenario)), catalog)
    assert document.scenario.not_appointed == {"TX"}


def test_the_record_leaves_these_states_out_and_a_class_can_bring_them_back(catalog):
    out = {(e.year, s.code): s.out for e in catalog.elections() for s in e.states if s.out is not None}
    assert out == {
        (1789, "NY"): OutOfBase.NOT_APPOINTED,
        (1864, "LA"): OutOfBase.NOT_COUNTED,
        (1864, "TN"): OutOfBase.NOT_COUNTED,
        (1872, "AR"): OutOfBase.NOT_COUNTED,
        (1872, "LA"): OutOfBase.NOT_COUNTED,
    }
    scenario = official(catalog, 1864)
    scenario.execute(SetStateAppointed("LA", True))
    scenario.execute(SetStateAppointed("TN", True))
    result = tally(scenario)
    assert (result.appointed, result.majority) == (251, 126)  # the allotment table's 1864 total
    assert result.president.votes["Abraham Lincoln"] == 212 + 17
    new_york = official(catalog, 1789)
    command = cycle_unit(new_york, "NY")  # a click on a state out of the base brings it in
    assert isinstance(command, SetStateAppointed) and command.appointed
    new_york.execute(command)
    result = tally(new_york)
    assert (result.appointed, result.majority, result.president.undecided) == (80, 41, 16)
    new_york.execute(ResetScenario(Start.OFFICIAL))
    assert new_york.not_appointed == {"NY"}


# --- 6. the Constitution's rules ------------------------------------------------------------------


def test_two_persons_before_1804(capsys, catalog):
    scenario = official(catalog, 1800)
    seat = parse_elector(scenario.election, "VA:1")
    with pytest.raises(InputError, match="two different persons"):
        set_vote(scenario, seat.index, Office.PRESIDENT, "Aaron Burr")
    with pytest.raises(InputError, match="Article II"):
        check_two_persons(scenario, seat.index, Office.VICE_PRESIDENT, "Thomas Jefferson")
    assert "Aaron Burr" not in vote_choices(scenario, seat.index, Office.PRESIDENT)
    check_two_persons(official(catalog, 1804), seat.index, Office.PRESIDENT, "George Clinton")  # after: fine
    assert main(["tally", "--election", "1800", "--vote", "VA:1=Burr"]) == 2
    assert "two different persons" in capsys.readouterr().err
    text = json.dumps(
        {
            "format": "ec-whatif-scenario",
            "version": 1,
            "election": 1796,
            "electors": {"VA:2": {"president": "Thomas Jefferson", "vice_president": "Jefferson"}},
        }
    )
    with pytest.raises(ScenarioFileError, match=r"^electors\.VA:2: votes twice for Thomas Jefferson"):
        parse(text, catalog)


def test_the_inhabitant_rule_is_flagged_not_refused(capsys, catalog):
    scenario = official(catalog, 2016)
    assert inhabitant_violations(scenario) == []
    scenario.execute(SetStateAppointed("NY", True))
    elector = parse_elector(scenario.election, "NY:1").index
    scenario.execute(SetElectorVote(elector, Office.VICE_PRESIDENT, "Donald Trump"))  # Clinton and Trump
    check = inhabitant_check(scenario, elector)
    assert check.status is Inhabitants.BROKEN and check.state == "NY"
    assert tally(scenario).vice_president.votes["Donald Trump"] == 1  # counted as cast
    assert any("12th Amendment's inhabitant rule" in line for line in notes(scenario))
    result = tally_json(scenario, tally(scenario))
    assert [v["elector"] for v in result["inhabitant_rule"]] == ["NY:1"]
    assert main(["tally", "--election", "2016", "--vp-vote", "NY:1=Trump", "--json"]) == 0
    out, err = capsys.readouterr()
    assert err.startswith("ec-whatif: warning: ") and "inhabitant rule" in err
    assert json.loads(out)["inhabitant_rule"][0]["persons"] == ["Hillary Clinton", "Donald Trump"]


def test_home_states_decide_the_rule_and_unknown_ones_are_said(catalog):
    # 2000: Cheney had moved his home to Wyoming, so Texas's electors kept the rule.
    scenario = official(catalog, 2000)
    texan = scenario.election.state("TX").electors[0]
    assert scenario.home_of("Dick Cheney") == "WY"
    assert inhabitant_check(scenario, texan).status is Inhabitants.KEPT
    # 1789: James Armstrong's home state is not in the record (sources disagree).
    georgia = official(catalog, 1789)
    elector = next(
        i for i in georgia.election.state("GA").electors if "James Armstrong" in georgia.pledge(i).label()
    )
    georgia.execute(SetElectorVote(elector, Office.PRESIDENT, "John Milton"))  # a Georgian
    check = inhabitant_check(georgia, elector)
    assert check.status is Inhabitants.UNKNOWN and check.unknown == ("James Armstrong",)
    # The record itself keeps the rule everywhere (1873: Missouri's Brown electors did).
    for election in catalog.elections():
        assert inhabitant_violations(official(catalog, election.year)) == [], election.year


def test_the_1864_house_counts_the_25_states_the_count_did(catalog):
    election = catalog.election(1864)
    states = voting_states(election)
    assert len(states) == 25 and "LA" not in states and "TN" not in states and "VA" not in states
    scenario = official(catalog, 1864)
    for code in ("NY", "PA", "OH", "IL"):  # 96 of Lincoln's electors cast blank ballots
        for i in election.state(code).electors:
            scenario.execute(SetElectorVote(i, Office.PRESIDENT, ""))
    result = tally(scenario)
    assert result.president.votes["Abraham Lincoln"] == 116 and result.president.contingent
    house = house_election(result, scenario)
    assert (house.states_total, house.count.needed_to_win) == (25, 13)
    for code in ("MD", "MO", "WV"):  # Unconditional Unionist delegations side with Lincoln
        assert house.state(code).vote == "Abraham Lincoln", code


def test_the_2024_senate_counts_vance_and_2028_stands_in_whole(catalog):
    congress = load_congress()
    senate_2024 = congress.body(2024).data.senate
    parties = Counter(s.party for seats in senate_2024.values() for s in seats)
    assert parties["Republican"] == 52 and len(senate_2024["OH"]) == 2
    stand_in = congress.body(2028)
    assert stand_in.stand_in and stand_in.data.number == 119
    seats = stand_in.data.senate
    parties_2028 = Counter(s.party for state in seats.values() for s in state)
    assert len(seats["OH"]) == 2 and sum(parties_2028.values()) == 100
    assert (parties_2028["Republican"], parties_2028["Democratic"]) != (51, 47)


# --- 7. notes the record has ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "phrases"),
    [
        (1789, ["had not yet ratified"]),
        (1820, ["Missouri's 3 votes both ways", "231", "228"]),
        (1868, ["Georgia's 9 votes both ways", "80", "71"]),
        (1876, ["Electoral Commission", "Florida", "Oregon", "185", "184"]),
        (1912, ["Sherman", "Nicholas Murray Butler", "8 electors"]),
        (2016, ["Tulsi Gabbard", "Abdurrahman", "Bright", "voted again"]),
    ],
)
def test_the_notes_the_record_has(catalog, year, phrases):
    text = " ".join(notes(official(catalog, year)))
    for phrase in phrases:
        assert phrase in text, phrase


def test_state_and_elector_notes(catalog):
    e1876 = catalog.election(1876)
    for code in ("FL", "LA", "SC", "OR"):
        assert "Electoral Commission" in e1876.state(code).note, code
    assert "both ways" in catalog.election(1820).state("MO").note
    assert "both ways" in catalog.election(1868).state("GA").note
    e1912 = catalog.election(1912)
    butler = [s for s in e1912.electors if s.cast.vice_president == "Nicholas Murray Butler"]
    assert len(butler) == 8 and all("Sherman" in s.note for s in butler)
    e2016 = catalog.election(2016)
    bright = next(s for s in e2016.electors if s.attempted_by == "David Bright")
    assert bright.attempt_then == "re-voted" and "voted again" in bright.note
    abdurrahman = next(s for s in e2016.electors if s.attempted_by == "Muhammad Abdurrahman")
    assert (abdurrahman.attempted, abdurrahman.attempted_vp, abdurrahman.attempt_then) == (
        "Bernie Sanders",
        "Tulsi Gabbard",
        "replaced",
    )
    assert catalog.election(1789).not_ratified == ("NC", "RI")


def test_2028_is_not_as_congress_counted_it(catalog):
    scenario = Scenario(catalog.election(2028))
    assert "Congress" not in heading(scenario)
    assert "Congress" not in start_line(scenario.start, upcoming=True)
    result = tally(scenario)
    contingent = contingent_for(scenario, result)
    assert not contingent.house.needed
