"""The shipped Congress and elector-law data: up to date with the build, and the facts it rests on."""

from __future__ import annotations

import json

import pytest

from gui.domain.congress import load_congress
from gui.present.contingent import body_description, senator_label
from gui.present.contingent import ordinal_text as ordinal


@pytest.fixture(scope="module")
def congress():
    return load_congress()


@pytest.fixture(scope="module")
def built(shared_data):
    pytest.importorskip("yaml", reason="the build reads the Senate snapshots with PyYAML")
    import build_congress

    return build_congress.build(shared_data)


@pytest.mark.slow
def test_committed_files_are_up_to_date_with_the_build_script(built):
    for path, text in built.items():
        assert path.read_text(encoding="utf-8") == text, (
            f"{path.name} is stale: run python build_scripts/build_congress.py"
        )


@pytest.mark.slow
def test_build_is_deterministic(built, shared_data):
    import build_congress

    assert build_congress.build(shared_data) == built


@pytest.mark.parametrize(
    ("year", "number", "newly_elected"),
    [
        (1789, 1, False),
        (1800, 6, False),
        (1824, 18, False),
        (1836, 24, False),
        (1932, 72, False),  # counted in February 1933 by the lame-duck Congress
        (1936, 75, True),  # the 20th Amendment's first election
        (2016, 115, True),
        (2020, 117, True),
        (2024, 119, True),
    ],
)
def test_which_congress_votes(congress, year, number, newly_elected):
    body = congress.body(year)
    assert (body.congress, body.newly_elected, body.stand_in) == (number, newly_elected, False)
    assert body.data.number == number


def test_an_upcoming_election_uses_the_latest_congress_and_says_so(congress, catalog):
    body = congress.body(2028)
    assert body.congress == 121 and body.stand_in
    assert body.data.number == max(congress.body(y).data.number for y in catalog.years if y < 2028)
    assert "121st Congress" in body_description(body) and "stands in" in body_description(body)


def test_every_catalog_election_has_a_congress(congress, catalog):
    assert set(catalog.years) <= set(congress.years)


def test_modern_house_delegations_cover_every_state_and_the_house(congress, catalog):
    for year in range(1960, 2028, 4):
        body = congress.body(year)
        codes = {s.code for s in catalog.election(year).states} - {"DC"}
        assert set(body.data.house) == codes, year
        seats = sum(d.seats for d in body.data.house.values())
        assert 430 <= seats <= 437, (year, seats)  # 435, give or take vacancies at the snapshot


def test_house_data_keeps_territories_and_dc_out(congress, catalog):
    for year in catalog.years:
        body = congress.body(year)
        codes = {s.code for s in catalog.election(year).states if s.allotted > 0} - {"DC"}
        assert set(body.data.house) <= codes, year
        assert set(body.data.senate) <= codes, year


def test_senate_seats_at_most_two_per_state_and_full_in_modern_congresses(congress):
    for year in congress.years:
        for state, senators in congress.body(year).data.senate.items():
            assert 1 <= len(senators) <= 2, (year, state)
    for year in range(1960, 2008, 4):
        assert sum(len(s) for s in congress.body(year).data.senate.values()) == 100, year


def test_known_vacancies_at_the_count(congress):
    # Jan 2009: Obama's Illinois seat (Burris sworn in 15 Jan) and Minnesota (Franken, July).
    senate_2009 = congress.body(2008).data.senate
    assert len(senate_2009["IL"]) == 1 and len(senate_2009["MN"]) == 1
    # Jan 2021: Perdue's Georgia term had ended; Ossoff was sworn in on 20 Jan.
    assert len(congress.body(2020).data.senate["GA"]) == 1


def test_independents_who_caucus_are_marked(congress):
    vermont = congress.body(2016).data.senate["VT"]
    sanders = next(s for s in vermont if s.party == "Independent")
    assert sanders.caucus == "Democratic"
    assert senator_label(sanders) == "Independent (caucuses with Democratic)"


def test_party_families_follow_the_era(congress):
    sixth = congress.body(1800).data
    assert sixth.house["VA"].members == {"Democratic-Republican": 13, "Federalist": 6}
    assert set(sixth.house["CT"].members) == {"Federalist"}
    jacksonian_era = congress.body(1836).data
    assert set(jacksonian_era.house["KY"].members) == {"Whig", "Democratic"}
    modern = congress.body(2016).data
    assert set(modern.house["CA"].members) == {"Democratic", "Republican"}


def test_every_catalog_party_is_mapped_or_knowingly_unmatched(congress, catalog):
    # A party the mapping does not know cannot match a delegation; list the ones that should not.
    unmatched = {
        "Independent",  # Washington: no party to vote with
        "Northern Democratic",  # 1860: Democratic delegations split between Douglas and Breckinridge
        "States' Rights Democratic",
        "American Independent",
    }
    for election in catalog.elections():
        for candidate in election.candidates:
            if candidate.party and candidate.party not in unmatched:
                assert congress.candidate_family(candidate.party), (election.year, candidate.party)


def test_historical_records_add_up(congress):
    house_1825 = congress.house_record(1824)
    assert house_1825 is not None and len(house_1825.votes) == 24
    house_1801 = congress.house_record(1800)
    assert house_1801 is not None and len(house_1801.votes) == 16
    senate_1837 = congress.senate_record(1836)
    assert senate_1837 is not None
    assert sum(senate_1837.totals.values()) + senate_1837.not_voting == 52


def test_ordinal():
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111, 115, 117, 119, 121)] == [
        "1st",
        "2nd",
        "3rd",
        "4th",
        "11th",
        "12th",
        "13th",
        "21st",
        "22nd",
        "101st",
        "111th",
        "115th",
        "117th",
        "119th",
        "121st",
    ]


def test_shipped_files_are_compact():
    from importlib import resources

    for name in ("congress.json", "elector_laws.json"):
        text = resources.files("gui.resources").joinpath(f"data/{name}").read_text(encoding="utf-8")
        assert len(text) < 150_000, name
        json.loads(text)
