"""Every historical preset reproduces the official count."""

from __future__ import annotations

import csv
from collections import Counter, defaultdict

import pytest
from curated_facts import DISPLAY_NAMES

from gui.domain.scenario import Office, Scenario, Start
from gui.domain.tally import tally
from gui.present.outcome import reason
from tests.facts import OFFICIAL_2016_PRESIDENT, OFFICIAL_2016_VICE_PRESIDENT


def official(catalog, year: int):
    return tally(Scenario(catalog.election(year), Start.OFFICIAL))


# (year, appointed, majority): electors appointed, absent ones included (Art. II and the 12th
# Amendment: "a majority of the whole number of electors appointed"). Where NARA announced a
# smaller base (1789, 1812, 1832, 1864), test_civic_record.py pins both.
BASES = [
    (1789, 72, 37),
    (1792, 135, 68),
    (1796, 138, 70),
    (1800, 138, 70),
    (1808, 176, 89),
    (1812, 218, 110),
    (1816, 221, 111),
    (1820, 235, 118),
    (1824, 261, 131),
    (1832, 288, 145),
    (1836, 294, 148),
    (1864, 234, 118),
    (1868, 294, 148),
    (1872, 352, 177),
    (1876, 369, 185),
    (1912, 531, 266),
    (1960, 537, 269),
    (1968, 538, 270),
    (2000, 538, 270),
    (2016, 538, 270),
    (2024, 538, 270),
]


@pytest.mark.parametrize(("year", "appointed", "majority"), BASES)
def test_appointed_and_majority(catalog, year, appointed, majority):
    result = official(catalog, year)
    assert (result.appointed, result.majority) == (appointed, majority)


def test_2016_as_congress_counted(catalog):
    result = official(catalog, 2016)
    assert result.president.votes == OFFICIAL_2016_PRESIDENT
    assert result.vice_president.votes == OFFICIAL_2016_VICE_PRESIDENT
    assert result.president.winner == "Donald Trump"
    assert result.vice_president.winner == "Mike Pence"


def test_2016_as_pledged_is_306_to_232(catalog):
    result = tally(Scenario(catalog.election(2016), Start.PLEDGED))
    assert result.president.votes == {"Donald Trump": 306, "Hillary Clinton": 232}
    assert result.vice_president.votes == {"Mike Pence": 306, "Tim Kaine": 232}


def test_1800_jefferson_and_burr_tie_with_a_majority(catalog):
    result = official(catalog, 1800)
    assert result.pre_12th_amendment
    assert result.president.votes["Thomas Jefferson"] == 73
    assert result.president.votes["Aaron Burr"] == 73
    assert result.president.votes["John Adams"] == 65
    assert result.president.votes["Charles Cotesworth Pinckney"] == 64
    assert result.president.votes["John Jay"] == 1
    assert result.president.winner is None and result.president.contingent
    assert "House" in reason(result, Office.PRESIDENT)


def test_1789_runner_up_is_vice_president(catalog):
    result = official(catalog, 1789)
    assert result.president.winner == "George Washington"
    assert result.vice_president.winner == "John Adams"


def test_2000_blank_ballot_counts_as_appointed(catalog):
    result = official(catalog, 2000)
    assert result.president.votes == {"George W. Bush": 271, "Al Gore": 266}
    assert result.president.blank == 1 and result.vice_president.blank == 1
    assert (result.appointed, result.majority) == (538, 270)


def test_1872_counts_neither_arkansas_nor_louisiana_nor_greeley(catalog):
    result = official(catalog, 1872)
    assert result.president.votes == {
        "Ulysses S. Grant": 286,
        "Thomas A. Hendricks": 42,
        "Benjamin Gratz Brown": 18,
        "Charles J. Jenkins": 2,
        "David Davis": 1,
    }
    assert result.president.rejected == 3
    election = catalog.election(1872)
    assert election.state("AR").appointed == 0 and election.state("LA").appointed == 0
    assert election.state("AR").allotted == 6 and election.state("LA").allotted == 8


def test_1824_goes_to_the_house_and_1836_vp_to_the_senate(catalog):
    result = official(catalog, 1824)
    assert list(result.president.votes.items()) == [
        ("Andrew Jackson", 99),
        ("John Quincy Adams", 84),
        ("William H. Crawford", 41),
        ("Henry Clay", 37),
    ]
    assert result.president.contingent and not result.vice_president.contingent
    assert result.vice_president.winner == "John C. Calhoun"
    vp_1836 = official(catalog, 1836).vice_president
    assert vp_1836.votes["Richard M. Johnson"] == 147 and vp_1836.contingent


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (1876, {"Rutherford B. Hayes": 185, "Samuel J. Tilden": 184}),
        (1960, {"John F. Kennedy": 303, "Richard Nixon": 219, "Harry F. Byrd": 15}),
        (1968, {"Richard Nixon": 301, "Hubert H. Humphrey": 191, "George C. Wallace": 46}),
        (2020, {"Joe Biden": 306, "Donald Trump": 232}),
        (2024, {"Donald Trump": 312, "Kamala Harris": 226}),
    ],
)
def test_president_totals(catalog, year, expected):
    assert official(catalog, year).president.votes == expected


def test_maine_and_nebraska_split_by_district(catalog):
    election = catalog.election(2024)
    scenario = Scenario(election, Start.OFFICIAL)
    assert scenario.unit_winner("ME-2").president == "Donald Trump"
    assert scenario.unit_winner("ME").president == "Kamala Harris"
    assert scenario.unit_winner("NE-2").president == "Kamala Harris"
    assert scenario.unit_winner("NE").president == "Donald Trump"
    assert [u for u in election.state("NE").units] == ["NE", "NE-1", "NE-2", "NE-3"]
    assert catalog.election(1968).state("ME").units == ("ME",)


def test_dc_has_three_electors_since_1964(catalog):
    for year in range(1964, 2025, 4):
        assert len(catalog.election(year).state("DC").electors) == 3


def test_next_election_is_blank(catalog):
    election = catalog.election(2028)
    result = tally(Scenario(election))
    assert election.upcoming and result.appointed == 538 and result.majority == 270
    assert result.president.votes == {} and result.president.undecided == 538


# --- against the raw sources -------------------------------------------------------------------


def _read(path):
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_every_election_matches_the_source_tables(catalog, shared_data):
    derived = shared_data / "derived"
    president: dict[int, Counter[str]] = defaultdict(Counter)
    for row in _read(derived / "ev_cast_by_state_candidate.derived.csv"):
        if int(row["year"]) > 1800:  # before 1804: every person by state, from the NARA-based table
            president[int(row["year"])][DISPLAY_NAMES.get(row["candidate"], row["candidate"])] += int(
                row["electoral_votes"]
            )
    pages = shared_data / "national-archives-electoral-college-pages"
    for row in _read(pages / "pre12th_votes_by_state.csv"):
        president[int(row["year"])][DISPLAY_NAMES.get(row["person"], row["person"])] += int(row["votes"])
    vice: dict[int, Counter[str]] = defaultdict(Counter)
    for row in _read(shared_data / "vice-president" / "vp_national_totals.csv"):
        vice[int(row["year"])][DISPLAY_NAMES.get(row["candidate"], row["candidate"])] += int(
            row["electoral_votes"]
        )
    for row in _read(derived / "nara_ev_cast_by_state.derived.csv"):
        if row["office"] == "VP" and int(row["year"]) >= 2016:
            vice[int(row["year"])][DISPLAY_NAMES.get(row["candidate"], row["candidate"])] += int(
                row["electoral_votes"]
            )
    allotted: dict[int, int] = Counter()
    for row in _read(derived / "ev_allotted_by_state_year.derived.csv"):
        allotted[int(row["year"])] += int(row["electoral_votes"])

    checked = 0
    for election in catalog.elections():
        if election.upcoming:
            assert election.appointed == allotted[election.year]
            continue
        result = official(catalog, election.year)
        assert Counter(result.president.votes) == president[election.year], election.year
        if election.year in vice:
            assert _by_surname(result.vice_president.votes) == _by_surname(vice[election.year]), election.year
        office = result.president
        counted = sum(office.votes.values()) + office.blank + office.rejected + office.absent
        factor = 2 if election.pre_12th_amendment else 1
        assert counted == factor * result.appointed, election.year
        assert result.majority == result.appointed // 2 + 1
        checked += 1
    assert checked == 60  # 1789 and every fourth year 1792-2024


def _by_surname(votes) -> Counter[str]:
    # the VP table spells a few names differently ("Al Gore" for 1996); the counts are what matter
    return Counter({name.replace(",", "").split()[-1].lower(): n for name, n in votes.items()})


def test_vice_president_office_is_separate_after_1800(catalog):
    result = official(catalog, 1804)
    assert not result.pre_12th_amendment
    assert result.vice_president.votes == {"George Clinton": 162, "Rufus King": 14}
    assert Office.VICE_PRESIDENT.title == "Vice President"
