"""The House apportionment: the shipped census data, the four methods, the House-size rules, the
District of Columbia under the 23rd Amendment and the statehood options."""

from __future__ import annotations

import csv
from fractions import Fraction

import build_apportionment
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.domain.apportionment import (
    DC,
    MAX_HOUSE,
    PR,
    Choice,
    District,
    Method,
    SizeRule,
    allot,
    apportion,
    census,
    census_in_force,
    censuses,
    default_choice,
    house_sizes,
    record_house_size,
    seat_order,
)
from gui.domain.identifiers import InputError

APPORTIONED = [year for year, c in censuses().items() if c.apportioned]


def test_the_shipped_data_is_what_the_build_makes(shared_data):
    built = build_apportionment.build(shared_data)
    assert build_apportionment.OUTPUT.read_text(encoding="utf-8") == built, (
        "resources/data/apportionment.json is stale: run python build_scripts/build_apportionment.py"
    )
    assert build_apportionment.build(shared_data) == built


def test_every_census_1910_to_2020_is_there_and_only_1920_was_never_used():
    assert list(censuses()) == list(range(1910, 2030, 10))
    assert [year for year, c in censuses().items() if not c.apportioned] == [1920]
    assert census(1910).house_size == 433 and len(census(1910).populations) == 46
    assert {year: len(c.populations) for year, c in censuses().items() if year >= 1960} == dict.fromkeys(
        range(1960, 2030, 10), 50
    )
    # Published totals of the apportionment population (Census Bureau).
    assert sum(census(2020).populations.values()) == 331_108_434
    assert sum(census(2000).populations.values()) == 281_424_177
    assert sum(census(1910).populations.values()) == 91_072_117


@pytest.mark.parametrize("year", APPORTIONED)
def test_every_official_apportionment_is_reproduced(year):
    used = census(year)
    # The method in law gives the official seats, and so does Huntington-Hill every time.
    assert apportion(used.populations, used.house_size, used.method_in_law) == used.seats
    assert apportion(used.populations, used.house_size, Method.HILL) == used.seats


def test_1920_lists_the_seats_in_force_from_1910():
    # No apportionment followed the 1920 census: 1912-1928 kept 1910's seats, with Arizona and
    # New Mexico's admission seats.
    assert census(1920).seats == census(1910).seats | {"AZ": 1, "NM": 1}
    assert census(1920).house_size == 435


def test_our_methods_agree_with_the_independent_check_of_the_shared_data(shared_data):
    # derived/huntington_hill_check was computed by another program (with Fractions).
    path = shared_data / "derived" / "huntington_hill_check.derived.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for year in {int(row["census_year"]) for row in rows}:
        mine = [row for row in rows if int(row["census_year"]) == year]
        populations = {row["state_po"]: int(row["apportionment_population"]) for row in mine}
        size = int(mine[0]["house_size"])
        hill = apportion(populations, size, Method.HILL)
        webster = apportion(populations, size, Method.WEBSTER)
        assert {row["state_po"]: int(row["hh_seats"]) for row in mine} == hill, year
        assert {row["state_po"]: int(row["webster_seats"]) for row in mine} == webster, year


def test_the_methods_differ_where_history_says_they_do():
    # 1940: Webster gives Michigan the 435th seat, Huntington-Hill Arkansas (the 1941 Act).
    used = census(1940)
    webster = apportion(used.populations, 435, Method.WEBSTER)
    hill = apportion(used.populations, 435, Method.HILL)
    assert (webster["MI"], webster["AR"]) == (18, 6) and (hill["MI"], hill["AR"]) == (17, 7)
    # 2000: Hamilton's largest remainders would have given Utah a fourth seat, from California.
    used = census(2000)
    hamilton = apportion(used.populations, 435, Method.HAMILTON)
    assert (hamilton["UT"], hamilton["CA"]) == (4, 52) and (used.seats["UT"], used.seats["CA"]) == (3, 53)
    # Jefferson's method favours large states: California gains.
    jefferson = apportion(census(2020).populations, 435, Method.JEFFERSON)
    assert jefferson["CA"] > census(2020).seats["CA"]


def _exact_priority(method: Method, people: int, seats: int) -> Fraction:
    """The priority of a state's next seat, as a fraction (Huntington-Hill's squared)."""
    if method is Method.HILL:
        return Fraction(people * people, seats * (seats + 1))
    if method is Method.WEBSTER:
        return Fraction(2 * people, 2 * seats + 1)
    return Fraction(people, seats + 1)


@pytest.mark.parametrize("method", [Method.HILL, Method.WEBSTER, Method.JEFFERSON])
def test_each_seat_goes_to_the_highest_exact_priority(method):
    populations = census(2010).populations
    seats = dict.fromkeys(populations, 1)
    for code in seat_order(populations, method, 600):
        best = max(_exact_priority(method, p, seats[c]) for c, p in populations.items())
        assert _exact_priority(method, populations[code], seats[code]) == best
        seats[code] += 1


def test_an_exact_tie_goes_to_the_first_postal_code():
    assert apportion({"BB": 1000, "AA": 1000}, 3, Method.HILL) == {"AA": 2, "BB": 1}
    assert apportion({"BB": 1000, "AA": 1000}, 3, Method.HAMILTON) == {"AA": 2, "BB": 1}


@pytest.mark.slow  # hundreds of apportionments
def test_hamilton_gives_every_state_a_seat_and_shows_the_alabama_paradox():
    used = census(1910)
    small = apportion(used.populations, 60, Method.HAMILTON)
    assert min(small.values()) == 1 and sum(small.values()) == 60
    # The paradox that ended Hamilton's method: a state can lose a seat when the House grows.
    before = apportion(used.populations, 99, Method.HAMILTON)
    paradox = []
    for size in range(100, 700):
        seats = apportion(used.populations, size, Method.HAMILTON)
        paradox += [(size, code) for code in seats if seats[code] < before[code]]
        before = seats
    assert paradox


def test_the_size_rules_give_the_published_houses():
    election = _election(2024)
    # 2020: 331,108,434 people, Wyoming 577,719 -> 573 seats; the cube root -> 692.
    assert allot(election, Choice(2020, rule=SizeRule.WYOMING)).house_size == 573
    assert allot(election, Choice(2020, rule=SizeRule.CUBE_ROOT)).house_size == 692
    for year in censuses():
        used = census(year)
        total, least = sum(used.populations.values()), min(used.populations.values())
        wyoming = allot(election, Choice(year, rule=SizeRule.WYOMING))
        cube = allot(election, Choice(year, rule=SizeRule.CUBE_ROOT))
        assert abs(wyoming.house_size - len(wyoming.admitted) - total / least) <= 0.5
        assert abs(cube.house_size - len(cube.admitted) - total ** (1 / 3)) <= 0.5
        assert (
            50
            <= min(cube.house_size, wyoming.house_size)
            <= max(cube.house_size, wyoming.house_size)
            <= MAX_HOUSE
        )


def _election(year: int):
    from gui.domain.catalog import load_catalog

    return load_catalog().election(year)


def test_the_census_in_force_and_the_record_house():
    years = (1912, 1928, 1932, 1940, 1944, 1960, 1964, 2000, 2004, 2024, 2028)
    censuses_used = (1910, 1910, 1930, 1930, 1940, 1950, 1960, 1990, 2000, 2020, 2020)
    assert tuple(census_in_force(y) for y in years) == censuses_used
    assert record_house_size(_election(1960)) == 437  # Alaska and Hawaii sat as seats 436-437
    assert record_house_size(_election(2000)) == 435


def test_every_election_from_1912_is_its_record_under_its_own_apportionment(catalog):
    for year in catalog.years:
        if year < 1912:
            continue
        election = catalog.election(year)
        allotment = allot(election, default_choice(election))
        assert allotment.electors == {s.code: s.allotted for s in election.states if s.allotted}, year


def test_states_the_census_did_not_count_get_their_admission_seat():
    # 1912: the 1910 census apportioned 433 seats among 46 states; Arizona and New Mexico had one
    # each on admission, and a House of 435.
    allotment = allot(_election(1912), Choice(1910, 435, Method.WEBSTER))
    assert allotment.admitted == ("AZ", "NM")
    assert (allotment.seats["AZ"], allotment.seats["NM"], allotment.house_size) == (1, 1, 435)
    assert sum(allotment.seats.values()) == 435
    # 1960 under the 1950 census: Alaska and Hawaii (seats 436 and 437).
    assert allot(_election(1960), Choice(1950, 437)).admitted == ("AK", "HI")


def test_dc_is_held_to_the_least_populous_state():
    election = _election(2000)
    for size in (435, 774, 1500, 2000):
        allotment = allot(election, Choice(1990, size))
        least = allotment.least_populous
        assert (
            allotment.dc_cap
            == allotment.electors[least]
            == min(allotment.electors[c] for c in allotment.electors if c != DC)
        )
        assert allotment.electors[DC] == min(allotment.dc_as_state, allotment.dc_cap)
    # With 2,000 seats the District would have 7 electors as a state; Wyoming has 6.
    big = allot(election, Choice(1990, 2000))
    assert (big.dc_as_state, big.dc_cap, big.electors[DC], big.least_populous) == (7, 6, 6, "WY")
    # Before 1964 the District has no electors to hold back.
    assert DC not in allot(_election(1960), Choice(1950, 437)).electors


def test_statehood_and_no_electors_for_dc():
    election = _election(2020)
    record = allot(election, Choice(2010, 435))
    both = allot(election, Choice(2010, 435, district=District.STATE, puerto_rico=True))
    assert both.added == (DC, PR)
    assert sum(both.seats.values()) == 435 and both.seats[PR] >= 4 and both.seats[DC] == 1
    assert both.appointed == 435 + 2 * 52  # 52 states, no elector outside them
    assert both.dc_cap is None and both.dc_as_state is None
    # The new states' seats come out of the others'.
    assert sum(record.seats[c] - both.seats[c] for c in record.seats) == both.seats[PR] + both.seats[DC]
    none = allot(election, Choice(2010, 435, district=District.NONE))
    assert DC not in none.electors and none.appointed == 535
    # Puerto Rico and the District find their places among the states, by name.
    order = list(both.electors)
    assert order.index("PR") == order.index("PA") + 1 and order.index("DC") == order.index("DE") + 1


def test_choices_that_cannot_apply_are_refused_in_one_sentence():
    with pytest.raises(InputError, match="1912"):
        allot(_election(1908), Choice(1910))
    with pytest.raises(InputError, match="52 states"):
        allot(_election(2020), Choice(2020, 51, district=District.STATE, puerto_rico=True))
    with pytest.raises(InputError, match="from 50 to 2000"):
        allot(_election(2020), Choice(2020, 2001))
    with pytest.raises(InputError, match="no census apportionment for 1915"):
        allot(_election(2020), Choice(1915))


@pytest.mark.slow  # hundreds of apportionments
@settings(max_examples=60, deadline=None)
@given(
    year=st.sampled_from(list(range(1912, 2029, 4))),
    census_year=st.sampled_from(list(range(1910, 2030, 10))),
    size=st.integers(52, MAX_HOUSE),
    method=st.sampled_from(list(Method)),
    district=st.sampled_from(list(District)),
    pr=st.booleans(),
)
def test_any_choice_gives_every_state_a_seat_and_two_senators(year, census_year, size, method, district, pr):
    election = _election(year)
    allotment = allot(election, Choice(census_year, size, method, SizeRule.FIXED, district, pr))
    assert allotment.house_size == size == sum(allotment.seats.values())
    assert min(allotment.seats.values()) >= 1
    for code, electors in allotment.electors.items():
        if code in allotment.seats:
            assert electors == allotment.seats[code] + 2
        else:
            assert code == DC and electors <= allotment.dc_cap
    # The quick sweep gives the same allotment as working out that size alone.
    swept = next(house_sizes(election, allotment.choice, range(size, size + 1)))
    assert swept == allotment


def test_a_rule_makes_the_house_size_it_was_given_irrelevant():
    assert Choice(2020, 600, rule=SizeRule.WYOMING) == Choice(2020, 435, rule=SizeRule.WYOMING)
    assert Choice(2020, 600, rule=SizeRule.WYOMING).size == 0
    assert Choice(2020, 600) != Choice(2020, 435)
