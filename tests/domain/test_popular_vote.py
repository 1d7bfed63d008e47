"""The popular vote in the domain: totals, margins, swing, methods, re-deciding the electors."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.domain.allocation import (
    Method,
    SetPopularEdits,
    allocate,
    flipped,
    largest_remainder,
    popular_states,
)
from gui.domain.catalog import load_catalog
from gui.domain.commands import ResetScenario
from gui.domain.identifiers import InputError
from gui.domain.popular_vote import PopularEdits, StateVote, national, parse_swing, state_margins, swung
from gui.domain.scenario import Scenario, Start
from gui.domain.tally import tally


def _scenario(year):
    return Scenario(load_catalog().election(year))


def test_2016_national_totals_and_the_misfire():
    s = _scenario(2016)
    vote = national(popular_states(s))
    assert vote.votes["Hillary Clinton"] - vote.votes["Donald Trump"] == 2_868_700
    assert vote.leader == "Hillary Clinton" != tally(s).president.winner


def test_states_without_a_popular_vote_are_said_so():
    vote = national(popular_states(_scenario(1824)))
    assert vote.states_without_vote == ("DE", "GA", "LA", "NY", "SC", "VT")


def test_margins_are_exposed_per_state():
    margins = state_margins(popular_states(_scenario(2000)))
    assert margins["FL"].leader == "George W. Bush" and margins["FL"].votes == 537
    assert margins["FL"].switchers == 269


def test_swing_moves_the_margin_by_its_points():
    vote = StateVote({"A": 5000, "B": 4000}, 1000)
    after = swung(vote, parse_swing("B+10", ["A", "B"], {}))
    assert after.votes == {"A": 4500, "B": 4500} and after.total == vote.total


@pytest.mark.parametrize("text", ["D+", "X+2", "D+16", "D-2", "D+2.5.1", "+3", "D+1e1"])
def test_bad_swings_are_refused(text):
    with pytest.raises(InputError):
        parse_swing(
            text,
            ["Hillary Clinton", "Donald Trump"],
            {"Hillary Clinton": "Democratic", "Donald Trump": "Republican"},
        )


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(st.sampled_from("ABCDE"), st.integers(0, 10**6), min_size=1), st.integers(0, 60))
def test_largest_remainder_gives_every_seat(votes, seats):
    shares = largest_remainder(votes, seats)
    if sum(votes.values()):
        assert sum(n for _, n in shares) == seats
        total = sum(votes.values())
        for name, n in shares:  # never more than one seat off the exact quota
            assert abs(n - votes[name] * seats / total) < 1


def test_swing_flips_states_and_undo_restores_exactly():
    s = _scenario(2016)
    before = s.state_key()
    swing = parse_swing("D+2.5", ["Hillary Clinton", "Donald Trump"], {"Hillary Clinton": "Democratic"})
    command = SetPopularEdits(PopularEdits(swing=swing))
    s.execute(command)
    assert set(flipped(s)) == {"FL", "MI", "PA", "WI"}
    assert tally(s).president.winner == "Hillary Clinton"
    s.revert(command)
    assert s.state_key() == before


def test_swinging_back_restores_the_record_electors():
    s = _scenario(2016)
    before = s.state_key()
    s.execute(
        SetPopularEdits(PopularEdits(swing=parse_swing("Clinton+5", ["Hillary Clinton", "Donald Trump"], {})))
    )
    s.execute(SetPopularEdits(PopularEdits()))
    assert s.state_key() == before  # Texas's faithless electors are back


def test_methods_2016():
    s = _scenario(2016)
    proportional = allocate(s, PopularEdits(method=Method.PROPORTIONAL.value))
    assert sum(len(seats) for seats in proportional.seats.values()) == 538
    compact = allocate(s, PopularEdits(method=Method.NPVIC.value)).compact
    assert compact.electors == 165 and not compact.in_force and not compact.applied
    as_if = allocate(s, PopularEdits(method=Method.NPVIC.value, npvic_as_if=True))
    assert as_if.compact.applied and set(as_if.seats["NY"].values()) == {"Hillary Clinton"}


def test_compact_members_2024_hold_209():
    compact = allocate(_scenario(2024), PopularEdits(method=Method.NPVIC.value)).compact
    assert compact.electors == 209 and "ME" in compact.members and "CO" in compact.members


def test_national_method_elects_the_popular_winner():
    s = _scenario(2000)
    s.execute(SetPopularEdits(PopularEdits(method=Method.NATIONAL.value)))
    assert tally(s).president.winner == "Al Gore"


def test_reset_takes_the_popular_vote_back_to_the_record_and_undo_restores_it():
    s = _scenario(2016)
    s.execute(SetPopularEdits(PopularEdits(method=Method.PROPORTIONAL.value)))
    edited = s.state_key()
    reset = ResetScenario(Start.OFFICIAL)
    s.execute(reset)
    assert s.state_key() == _scenario(2016).state_key()
    s.revert(reset)
    assert s.state_key() == edited
