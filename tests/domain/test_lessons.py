"""Bundled lessons: each loads, and reaches the outcome its text claims, with the same figures.

Every figure a lesson's text states is computed here from the catalog, the tally, the contingent
election or the state-law table, and then looked for in the text.
"""

from __future__ import annotations

import re

import pytest

from gui.domain import elector_laws as pledge_laws
from gui.domain.analyses.defections import defections_to_deny
from gui.domain.analyses.house_sizes import sweep_house_sizes
from gui.domain.catalog import Ticket
from gui.domain.commands import AssignUnit, SetApplyStateLaws, SetElectorVote
from gui.domain.contingent import contingent_for
from gui.domain.identifiers import InputError
from gui.domain.scenario import BLANK, FAITHFUL, Office, Scenario, Start
from gui.domain.tally import tally
from gui.io.lessons import Lesson, get_lesson, lesson_ids, list_lessons, load_lesson
from gui.io.scenario_file import ScenarioDocument, dump, parse

REQUIRED = {
    "hamilton-electors-2016",
    "jefferson-burr-1800",
    "house-picks-1824",
    "senate-picks-1836",
    "greeley-1872",
    "blank-ballot-2000",
    "tie-269",
    "2020-under-2024-apportionment",
    "house-size-2000",
}
SECTIONS = ("**What happened.**", "**Try this.**", "**Discuss.**")


def says(text: str, *claims: object) -> None:
    """Each claim (a number or a phrase) appears in the text; numbers as whole numbers."""
    for claim in claims:
        pattern = (
            rf"(?<![\d,]){re.escape(str(claim))}(?![\d])" if isinstance(claim, int) else re.escape(claim)
        )
        assert re.search(pattern, text), f"the lesson text does not say {claim!r}"


def seat(scenario: Scenario, ident: str) -> int:
    state, number = ident.split(":")
    return next(s.index for s in scenario.election.electors if s.state == state and s.number == int(number))


def lesson(catalog, ident: str) -> tuple[Scenario, str]:
    document = load_lesson(ident, catalog)
    return document.scenario, document.description


def official(catalog, year: int, start: Start = Start.OFFICIAL) -> Scenario:
    return Scenario(catalog.election(year), start)


# --- every lesson --------------------------------------------------------------------------------


def test_the_required_lessons_are_bundled_and_listed_in_order():
    ids = lesson_ids()
    assert set(ids) >= REQUIRED
    assert len(ids) >= 8
    years = [lesson.year for lesson in list_lessons()]
    assert years == sorted(years), "oldest election first: a class goes through history in order"
    assert ids[:2] == ["jefferson-burr-1800", "house-picks-1824"]


SECTIONS_ES = ("**Qué pasó.**", "**Pruebe esto.**", "**Para debatir.**")


@pytest.mark.parametrize("ident", sorted(REQUIRED))
def test_every_lesson_reads_in_spanish_with_the_same_figures(catalog, ident):
    english, spanish = get_lesson(ident), get_lesson(ident, "es")
    assert spanish.title and spanish.title != english.title and spanish.year == english.year
    positions = [spanish.text.find(section) for section in SECTIONS_ES]
    assert -1 not in positions and positions == sorted(positions), "three sections, in order"
    # The figures the English text states (checked against the count below) are the Spanish one's.
    numbers = sorted(re.findall(r"\d+(?:,\d{3})*", english.text))
    assert sorted(re.findall(r"\d+(?:,\d{3})*", spanish.text)) == numbers
    document = load_lesson(ident, catalog, "es")
    assert (document.title, document.description) == (spanish.title, spanish.text)
    assert dump(document) != dump(load_lesson(ident, catalog))  # saved as read, in Spanish
    assert [lesson.id for lesson in list_lessons("es")] == lesson_ids()


@pytest.mark.parametrize("language", ["en", "es"])
def test_no_lesson_asks_students_to_run_a_command(language):
    for lesson in list_lessons(language):
        assert "ec-whatif" not in lesson.text and "--" not in lesson.text, lesson.id


@pytest.mark.parametrize("ident", sorted(REQUIRED))
def test_a_lesson_loads_as_a_scenario_file_with_its_header(catalog, ident):
    header = get_lesson(ident)
    assert isinstance(header, Lesson)
    document = load_lesson(ident, catalog)
    assert document.title == header.title and document.title
    assert document.description == header.text
    assert document.scenario.election.year == header.year
    assert document.scenario.start is header.start
    positions = [header.text.find(section) for section in SECTIONS]
    assert -1 not in positions and positions == sorted(positions), "three sections, in order"
    # A lesson is an ordinary scenario: saving it and reading it back changes nothing.
    again = parse(dump(document), catalog)
    assert again.scenario.state_key() == document.scenario.state_key()


def test_an_unknown_lesson_is_refused_with_the_list_of_lessons(catalog):
    with pytest.raises(InputError) as raised:
        load_lesson("no-such-lesson", catalog)
    message = str(raised.value)
    assert "no-such-lesson" in message and "\n" not in message
    for ident in lesson_ids():
        assert ident in message


def test_listing_does_not_need_the_catalog():
    assert all(lesson.year >= 1789 and lesson.title for lesson in list_lessons())


# --- 2016: the Hamilton electors -----------------------------------------------------------------


def test_hamilton_electors_2016(catalog):
    scenario, text = lesson(catalog, "hamilton-electors-2016")
    election = scenario.election
    assert scenario.start is Start.PLEDGED and scenario.apply_state_laws

    pledged = official(catalog, 2016, Start.PLEDGED)
    as_pledged = tally(pledged)
    assert as_pledged.president.votes == {"Donald Trump": 306, "Hillary Clinton": 232}
    deny = defections_to_deny(pledged)
    assert deny.needed == 37 and 306 - deny.needed == as_pledged.majority - 1
    says(
        text, 306, 232, as_pledged.majority, as_pledged.appointed, "306 − 37 = 269", "37 Republican electors"
    )

    # The lesson reproduces the record: the seven counted votes, the three voided ones.
    counted = [s for s in election.electors if s.cast != s.pledge]
    voided = [s for s in election.electors if s.attempted]
    assert (len(counted), len(voided)) == (7, 3)
    for s in counted:
        assert scenario.vote(s.index, Office.PRESIDENT) == s.cast.president
        expected_vp = FAITHFUL if s.cast.vice_president == s.pledge.vice_president else s.cast.vice_president
        assert scenario.vote(s.index, Office.VICE_PRESIDENT) == expected_vp
    for s in voided:
        assert scenario.vote(s.index, Office.PRESIDENT) == s.attempted
    faithless = counted + voided
    assert sum(s.pledge.president == "Donald Trump" for s in faithless) == 2
    assert {s.state for s in faithless if s.pledge.president == "Donald Trump"} == {"TX"}
    assert sum(s.pledge.president == "Hillary Clinton" for s in faithless) == 8
    says(text, "ten electors", "two of Trump's", "eight of Clinton's", "stopped three", "other seven")

    result = tally(scenario)
    record = tally(official(catalog, 2016))
    assert result.president.votes == record.president.votes
    assert result.vice_president.votes == record.vice_president.votes
    assert result.president.votes["Donald Trump"] == 304 and result.president.votes["Hillary Clinton"] == 227
    assert result.president.votes["Colin Powell"] == 3
    says(text, "Trump 304", "Clinton 227", "Colin Powell 3")

    # Which law did what, as the text says.
    laws = {code: pledge_laws.law(2016, code) for code in ("CO", "MN", "ME", "TX", "HI", "WA")}
    assert {s.state for s in voided} == {"CO", "MN", "ME"}
    assert all(laws[code].replaces for code in ("CO", "MN", "ME"))
    assert laws["TX"].category == pledge_laws.NO_LAW
    assert laws["HI"].category == pledge_laws.PLEDGE_NO_ENFORCEMENT
    assert laws["WA"].category == pledge_laws.VOTE_COUNTED_PENALTY and "$1,000" in laws["WA"].penalty
    assert sum(s.state == "WA" for s in counted) == 4 and sum(s.state == "TX" for s in counted) == 2
    says(
        text,
        "Colorado and Minnesota",
        "Maine",
        "two in Texas",
        "one in Hawaii",
        "four in Washington",
        "$1,000",
    )
    assert "Chiafalo v. Washington (2020)" in laws["WA"].note and "v. Baca (2020)" in laws["CO"].note
    assert "19 Dec" in laws["CO"].note and "19 Dec" in laws["ME"].note
    says(text, "In 2020 the Supreme Court", "Chiafalo v. Washington", "v. Baca", "On December 19")

    # Try this: the laws off, then the defections from 304.
    scenario.execute(SetApplyStateLaws(False))
    assert tally(scenario).president.votes["Hillary Clinton"] == 224
    says(text, 224)
    scenario.execute(SetApplyStateLaws(True))
    assert defections_to_deny(scenario).needed == 35
    says(text, "from 304, it is 35")


# --- 1800: Jefferson and Burr ----------------------------------------------------------------------


def test_jefferson_burr_1800(catalog):
    scenario, text = lesson(catalog, "jefferson-burr-1800")
    result = tally(scenario)
    assert result.pre_12th_amendment and (result.appointed, result.majority) == (138, 70)
    votes = result.president.votes
    assert (votes["Thomas Jefferson"], votes["Aaron Burr"], votes["John Adams"]) == (73, 73, 65)
    assert (votes["Charles Cotesworth Pinckney"], votes["John Jay"]) == (64, 1)
    says(
        text,
        "73 votes each",
        "John Adams had 65",
        "Charles Cotesworth Pinckney 64",
        "John Jay 1",
        138,
        "majority was 70",
    )

    contingent = contingent_for(scenario, result)
    house = contingent.house
    assert house.rule == "pre12-tie" and set(house.eligible) == {"Thomas Jefferson", "Aaron Burr"}
    assert (house.states_total, house.needed_to_win) == (16, 9)
    assert house.counts == {"Thomas Jefferson": 10, "Aaron Burr": 4} and house.no_vote == 2
    assert house.winner == "Thomas Jefferson" and house.record is not None
    assert house.record.ballot.startswith("36th") and "17 February 1801" in house.record.ballot
    assert "35 ballots went 8 states to 6 with Vermont and Maryland divided" in house.record.note
    assert contingent.outcome.vice_president == "Aaron Burr"
    says(text, "9 of the 16 states", "36th ballot", "February 17, 1801", "Jefferson won 10 states", "Burr 4")
    says(text, "2 cast no vote", "For 35 ballots Jefferson had 8 states and Burr 6", "Vermont and Maryland")

    # Try this: one Virginia elector's vote for Burr goes to Adams.
    virginian = next(
        s.index
        for s in scenario.election.electors
        if s.state == "VA"
        and s.cast.vice_president == "Aaron Burr"
        and s.cast.president == "Thomas Jefferson"
    )
    scenario.execute(SetElectorVote(virginian, Office.VICE_PRESIDENT, "John Adams"))
    after = tally(scenario)
    assert (after.president.votes["Thomas Jefferson"], after.president.votes["Aaron Burr"]) == (73, 72)
    assert after.president.winner == "Thomas Jefferson" and after.vice_president.winner == "Aaron Burr"
    assert not after.president.contingent
    says(text, "73 to 72")


# --- 1824: the House picks the President ---------------------------------------------------------


def _only_contingent_years(catalog, office: Office) -> list[int]:
    return [
        e.year
        for e in catalog.elections()
        if 1804 <= e.year <= 2024 and not e.upcoming and tally(Scenario(e)).office(office).contingent
    ]


def test_house_picks_1824(catalog):
    scenario, text = lesson(catalog, "house-picks-1824")
    result = tally(scenario)
    assert (result.appointed, result.majority) == (261, 131)
    assert result.president.votes == {
        "Andrew Jackson": 99,
        "John Quincy Adams": 84,
        "William H. Crawford": 41,
        "Henry Clay": 37,
    }
    assert result.vice_president.winner == "John C. Calhoun"
    says(
        text,
        "Andrew Jackson 99",
        "John Quincy Adams 84",
        "Crawford 41",
        "Henry Clay 37",
        261,
        "131 were needed",
    )
    says(text, f"Vice President ({result.vice_president.votes['John C. Calhoun']})")

    house = contingent_for(scenario, result).house
    assert house.eligible == ("Andrew Jackson", "John Quincy Adams", "William H. Crawford")
    assert (house.states_total, house.needed_to_win) == (24, 13)
    assert house.counts == {"John Quincy Adams": 13, "Andrew Jackson": 7, "William H. Crawford": 4}
    assert house.winner == "John Quincy Adams" == list(result.president.votes)[1]
    assert house.record is not None and "9 February 1825" in house.record.ballot
    says(text, "13 of the 24 states", "Adams won 13 states, Jackson 7 and Crawford 4", "February 9, 1825")
    assert _only_contingent_years(catalog, Office.PRESIDENT) == [1824]
    says(text, "only time the House has chosen the President")

    # Try this: New York's split, then all of it to Jackson.
    new_york = scenario.election.state("NY")
    split = {}
    for index in new_york.electors:
        name = scenario.cast(index, Office.PRESIDENT)
        split[name] = split.get(name, 0) + 1
    assert split == {"John Quincy Adams": 26, "William H. Crawford": 5, "Henry Clay": 4, "Andrew Jackson": 1}
    says(text, "New York's 36 electors", "Adams 26, Crawford 5, Clay 4 and Jackson 1")
    jackson = scenario.ticket_for("Andrew Jackson")
    scenario.execute(AssignUnit("NY", jackson))
    assert tally(scenario).president.votes["Andrew Jackson"] == 134
    assert tally(scenario).president.winner == "Andrew Jackson"
    says(text, "he has 134")

    # ... and New York's Crawford electors vote for Clay instead: Clay is in the top three.
    scenario, _ = lesson(catalog, "house-picks-1824")
    for index in new_york.electors:
        if scenario.cast(index, Office.PRESIDENT) == "William H. Crawford":
            scenario.execute(SetElectorVote(index, Office.PRESIDENT, "Henry Clay"))
    moved = tally(scenario)
    assert (moved.president.votes["Henry Clay"], moved.president.votes["William H. Crawford"]) == (42, 36)
    assert "Henry Clay" in contingent_for(scenario, moved).house.eligible
    says(text, "Clay has 42 and Crawford 36")


# --- 1836: the Senate picks the Vice President ----------------------------------------------------


def test_senate_picks_1836(catalog):
    scenario, text = lesson(catalog, "senate-picks-1836")
    result = tally(scenario)
    assert (result.appointed, result.majority) == (294, 148)
    assert result.president.winner == "Martin Van Buren" and result.president.votes["Martin Van Buren"] == 170
    vp = result.vice_president.votes
    assert (vp["Richard M. Johnson"], vp["Francis Granger"]) == (147, 77)
    says(text, "170 of 294", "148 needed", "got 147", "Francis Granger (77)")

    virginia = [scenario.election.electors[i] for i in scenario.election.state("VA").electors]
    assert len(virginia) == 23
    assert all(s.pledge == Ticket("Martin Van Buren", "Richard M. Johnson") for s in virginia)
    assert all(s.cast == Ticket("Martin Van Buren", "William Smith") for s in virginia)
    says(text, "Virginia's 23 Democratic electors", "William Smith")

    senate = contingent_for(scenario, result).senate
    assert set(senate.eligible) == {"Richard M. Johnson", "Francis Granger"}
    assert (senate.whole_number, senate.needed_to_win) == (52, 27)
    assert senate.counts == {"Richard M. Johnson": 33, "Francis Granger": 16}
    assert senate.winner == "Richard M. Johnson"
    assert senate.record is not None and "8 February 1837" in senate.record.ballot
    says(text, "27 of the 52", "Johnson won 33 to 16", "February 8, 1837")
    assert _only_contingent_years(catalog, Office.VICE_PRESIDENT) == [1836]
    says(text, "only time the Senate has chosen the Vice President")

    scenario.execute(SetElectorVote(virginia[0].index, Office.VICE_PRESIDENT, FAITHFUL))
    after = tally(scenario)
    assert after.vice_president.votes["Richard M. Johnson"] == 148 == after.majority
    assert after.vice_president.winner == "Richard M. Johnson"
    says(text, "he has 148, exactly a majority")


# --- 1872: Horace Greeley --------------------------------------------------------------------------


def test_greeley_1872(catalog):
    scenario, text = lesson(catalog, "greeley-1872")
    election = scenario.election
    result = tally(scenario)
    assert (result.appointed, result.majority) == (352, 177)
    assert result.president.votes == {
        "Ulysses S. Grant": 286,
        "Thomas A. Hendricks": 42,
        "Benjamin Gratz Brown": 18,
        "Charles J. Jenkins": 2,
        "David Davis": 1,
    }
    assert result.president.rejected == 3 and "Horace Greeley" in election.rejected_recipients
    assert (
        result.vice_president.winner == "Henry Wilson" and result.vice_president.votes["Henry Wilson"] == 286
    )
    says(text, "Hendricks 42", "Benjamin Gratz Brown 18", "Charles J. Jenkins 2", "David Davis 1")
    says(text, "352 electors were", "177 needed", "re-elected with 286", "Henry Wilson", "with 286.")
    assert tally(Scenario(catalog.election(1868))).president.winner == "Ulysses S. Grant"

    greeley_states = {s.state for s in election.electors if s.pledge.president == "Horace Greeley"}
    greeley_electors = [s for s in election.electors if s.pledge.president == "Horace Greeley"]
    assert (len(greeley_states), len(greeley_electors)) == (6, 66)
    assert "29 November 1872" in greeley_electors[0].note
    says(text, "six states with 66 electors", "November 29, 1872")
    georgia = [s for s in election.electors if s.cast.president == "Horace Greeley"]
    assert {s.state for s in georgia} == {"GA"} and len(georgia) == 3
    assert election.state("AR").appointed == 0 and election.state("LA").appointed == 0
    says(text, "Three Georgia electors", "Arkansas and Louisiana")

    for s in georgia:
        scenario.execute(SetElectorVote(s.index, Office.PRESIDENT, "Benjamin Gratz Brown"))
    assert tally(scenario).president.votes["Benjamin Gratz Brown"] == 21
    says(text, "Brown has 21")
    pledged = tally(official(catalog, 1872, Start.PLEDGED))
    assert pledged.president.rejected == 66 and pledged.president.winner == "Ulysses S. Grant"
    says(text, "all 66 of Greeley's electors")


# --- 2000: a blank ballot ---------------------------------------------------------------------------


def test_blank_ballot_2000(catalog):
    scenario, text = lesson(catalog, "blank-ballot-2000")
    result = tally(scenario)
    assert (result.appointed, result.majority) == (538, 270)
    assert result.president.votes == {"George W. Bush": 271, "Al Gore": 266} and result.president.blank == 1
    says(text, "George W. Bush won 271", "Al Gore 266", "538 were appointed", "270 were")
    dc = [s for s in scenario.election.electors if s.state == "DC" and s.cast.president == ""]
    assert len(dc) == 1 and "Lett-Simmons" in dc[0].note and dc[0].pledge.president == "Al Gore"
    says(text, "Barbara Lett-Simmons", "pledged to Gore")

    bush = [s.index for s in scenario.election.electors if s.pledge.president == "George W. Bush"]
    scenario.execute(SetElectorVote(bush[0], Office.PRESIDENT, BLANK))
    assert tally(scenario).president.votes["George W. Bush"] == 270 == tally(scenario).majority
    assert tally(scenario).president.winner == "George W. Bush"
    scenario.execute(SetElectorVote(bush[1], Office.PRESIDENT, BLANK))
    assert tally(scenario).president.votes["George W. Bush"] == 269
    assert tally(scenario).president.contingent and tally(scenario).majority == 270
    says(text, "Bush has 270, still exactly a majority", "269, no majority")
    scenario.execute(SetElectorVote(dc[0].index, Office.PRESIDENT, "Al Gore"))
    assert tally(scenario).president.votes["Al Gore"] == 267
    says(text, "vote for Gore: 267")


# --- a 269-269 tie ----------------------------------------------------------------------------------


def test_tie_269(catalog):
    scenario, text = lesson(catalog, "tie-269")
    election = scenario.election
    base = tally(official(catalog, 2020))
    assert base.president.votes == {"Joe Biden": 306, "Donald Trump": 232}
    moved = {code: len(election.unit(code).electors) for code in ("AZ", "GA", "WI")}
    assert moved == {"AZ": 11, "GA": 16, "WI": 10} and sum(moved.values()) == 37
    says(text, "306 electoral votes to Donald Trump's 232", "Arizona (11)", "Georgia (16)", "Wisconsin (10)")

    result = tally(scenario)
    assert result.president.votes == {"Donald Trump": 269, "Joe Biden": 269}
    assert result.vice_president.votes == {"Kamala Harris": 269, "Mike Pence": 269}
    assert result.president.contingent and result.vice_president.contingent and result.majority == 270
    says(text, "37 electors: 269 to 269", "270")

    contingent = contingent_for(scenario, result)
    house, senate = contingent.house, contingent.senate
    assert house.body is not None and house.body.congress == 117 and house.body.newly_elected
    assert "2021" in house.body.data.house_source
    assert (house.states_total, house.needed_to_win) == (50, 26)
    assert house.counts == {"Donald Trump": 27, "Joe Biden": 20} and house.no_vote == 3
    divided = [s.state for s in house.states if s.vote is None]
    assert all(house.state(code).reason == "divided" for code in divided)
    says(text, "117th Congress", "January 2021", "26 of the 50", "Trump wins 27 states and Biden 20")
    says(text, "3 delegations are evenly divided")
    assert senate.counts == {"Mike Pence": 51, "Kamala Harris": 48}
    assert (senate.whole_number, senate.needed_to_win, senate.present) == (100, 51, 99)
    says(text, "51 of 100", "Mike Pence 51, Kamala Harris 48", "one seat was vacant")
    assert contingent.outcome.president == "Donald Trump"

    # Try this: the divided delegations vote for Biden.
    biden = contingent_for(scenario, result, dict.fromkeys(divided, "Joe Biden")).house
    assert biden.counts == {"Donald Trump": 27, "Joe Biden": 23} and biden.winner == "Donald Trump"
    says(text, "he has 23 states", "Trump keeps 27")
    assert sum(house.state("CA").members.values()) == 53
    says(text, "California with 53")


# --- 2020's results on the 2024 apportionment -----------------------------------------------------


def test_2020_under_2024_apportionment(catalog):
    scenario, text = lesson(catalog, "2020-under-2024-apportionment")
    e2020, e2024 = catalog.election(2020), catalog.election(2024)
    assert scenario.election is e2024

    result = tally(scenario)
    assert result.president.votes == {"Joe Biden": 303, "Donald Trump": 235}
    assert result.vice_president.votes == {"Kamala Harris": 303, "JD Vance": 235}
    says(text, "Biden's 306", "become 303", "Trump's 232 become 235", "JD Vance")

    # Biden carries exactly the units he carried in 2020 (NE-2 included), Trump the rest (ME-2).
    in_2020 = Scenario(e2020)
    carried = {u.id for u in e2020.units if in_2020.unit_winner(u.id).president == "Joe Biden"}
    now = {u.id for u in e2024.units if scenario.unit_winner(u.id).president == "Joe Biden"}
    assert now == carried and "NE-2" in now and "ME-2" not in now
    assert scenario.unit_winner("ME-2").president == "Donald Trump"
    says(text, "Nebraska's 2nd district", "Maine's 2nd district")

    # The apportionment change, as the text lists it.
    change = {s.code: s.allotted - e2020.state(s.code).allotted for s in e2024.states}
    gained = {e2024.state(code).name: n for code, n in change.items() if n > 0}
    lost = {e2024.state(code).name: n for code, n in change.items() if n < 0}
    assert sum(gained.values()) == -sum(lost.values()) == 7 and len(gained) + len(lost) == 13
    says(text, "moved 7 electors among 13 states")
    assert gained.pop("Texas") == 2
    says(text, "Texas gained 2")
    assert set(gained.values()) == {1} and set(lost.values()) == {-1}
    gain_text = text[text.index("Texas gained 2") : text.index("gained 1 each")]
    loss_text = text[text.index("gained 1 each") : text.index("lost 1 each")]
    assert set(re.findall(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*", gain_text)) - {"Texas"} == set(gained)
    assert set(re.findall(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*", loss_text)) == set(lost)

    # Try this: the tie lesson's three states are no longer a tie.
    for code in ("AZ", "GA", "WI"):
        scenario.execute(AssignUnit(code, scenario.ticket_for("Donald Trump")))
    assert tally(scenario).president.votes == {"Donald Trump": 272, "Joe Biden": 266}
    says(text, "Trump has 272", "Biden 266")


def test_a_teachers_own_lesson_is_a_scenario_file(catalog):
    """What docs/lessons.md tells teachers: a title and a Markdown description is all it takes."""
    document = ScenarioDocument(Scenario(catalog.election(1968)), "Wallace, 1968", "**What happened.** ...")
    again = parse(dump(document), catalog)
    assert (again.title, again.description) == ("Wallace, 1968", "**What happened.** ...")


# --- 2000 with a larger House -----------------------------------------------------------------------


def test_house_size_2000(catalog):
    scenario, text = lesson(catalog, "house-size-2000")
    assert scenario.reapportioned is not None
    choice = scenario.reapportioned.choice
    assert (choice.census, choice.size, choice.method.value) == (1990, 600, "hill")
    says(text, "435 seats since 1913", "a House of 600 seats", "the 1990 census", "Huntington–Hill")
    record = tally(official(catalog, 2000, Start.PLEDGED))
    assert record.president.votes == {"George W. Bush": 271, "Al Gore": 267}
    says(text, "Bush carried states with 271 electors and Al Gore 267")
    result = tally(scenario)
    assert result.president.votes == {"Al Gore": 353, "George W. Bush": 350} and result.majority == 352
    says(text, "Gore wins 353 to 350, with 352 needed")
    electors = {s.code: len(s.electors) for s in scenario.election.states}
    assert (electors["CA"], catalog.election(2000).state("CA").allotted) == (74, 54)
    says(text, "California has 74 electors instead of 54")
    assert (
        scenario.election.state("ME").units[-1] == "ME-3"
        and scenario.election.state("NE").units[-1] == "NE-4"
    )
    says(text, "Maine gets a third district and Nebraska a fourth")

    sweep = sweep_house_sizes(scenario, range(50, 2001))
    runs = sweep.runs()
    assert (runs[0].last, runs[0].winner, runs[-1].first, runs[-1].winner) == (
        490,
        "George W. Bush",
        656,
        "Al Gore",
    )
    assert (len(sweep.changes()), len(sweep.ties())) == (13, 26)
    says(text, "Up to 490 seats Bush always wins", "from 656 seats Gore always does")
    says(text, "the winner changes 13 times and the count ties at 26 sizes")
    at = sweep.at(491)
    assert at.a_votes == at.b_votes == 297
    says(text, "at 491 seats each has 297")
