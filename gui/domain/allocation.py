"""Ways to allocate a state's electors from its popular vote, and re-deciding them after an edit.

- winner-take-all: the state's plurality winner takes the electors its statewide vote decides
  (all of them; in Maine and Nebraska the at-large pair, the districts keep the record's carriers,
  since no district-level vote is in the sources);
- proportional: every elector of the state by popular share, whole electors by largest remainder;
- district: by congressional district where district results exist (Maine from 1972, Nebraska
  from 1992, as the record has them), winner-take-all elsewhere (refused there, for lack of
  district results);
- npvic: the National Popular Vote Interstate Compact's members give all their electors to the
  national popular-vote winner, once members hold a majority of the electors (or "as if" it were
  in force); the others stay winner-take-all;
- national: a plain national vote, every elector for the national popular-vote winner.

A state whose legislature chose the electors keeps them under every method.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import Enum

from gui.domain.catalog import Candidate, Election
from gui.domain.commands import AddCandidate, Batch, keep_levels_in_effect, restore_levels
from gui.domain.contingent import contingent_for
from gui.domain.i18n import translate
from gui.domain.identifiers import InputError
from gui.domain.popular_vote import (
    NO_EDITS,
    PopularEdits,
    StateVote,
    current_states,
    load_popular_record,
    national,
    with_margin,
)
from gui.domain.ratings import Level
from gui.domain.scenario import FAITHFUL, Command, Office, Scenario, Start, Vote
from gui.domain.tally import Tally, majority_of, tally

# seat (elector index) -> the presidential candidate the popular vote gives it
Seats = dict[int, str]


class Method(Enum):
    WINNER_TAKE_ALL = "winner-take-all"
    PROPORTIONAL = "proportional"
    DISTRICT = "district"
    NPVIC = "npvic"
    NATIONAL = "national"


@dataclass(frozen=True)
class Compact:
    """The compact in one election: its members then, their electors, and whether it applies."""

    members: tuple[str, ...]
    electors: int
    threshold: int  # a majority of the electors appointed
    in_force: bool
    applied: bool  # in force, or applied "as if"


@dataclass(frozen=True)
class Allocation:
    method: Method
    seats: dict[str, Seats]  # state -> the seats its popular vote decides
    without_vote: tuple[str, ...]  # states whose electors no popular vote decides
    district_states: tuple[str, ...] = ()  # where district results exist (the district method)
    compact: Compact | None = None
    national_leader: str | None = None
    notes: tuple[str, ...] = field(default=())

    def totals(self, scenario: Scenario) -> Counter[str]:
        """Electoral votes for President by this method: decided seats as allocated, the rest
        as the scenario's electors cast them."""
        decided = {seat: name for seats in self.seats.values() for seat, name in seats.items()}
        out: Counter[str] = Counter()
        for i, cast in enumerate(scenario.every_cast(Office.PRESIDENT)):
            if not scenario.in_base(i):
                continue
            name = decided.get(i, cast)
            if name and name not in scenario.election.rejected_recipients:
                out[name] += 1
        return out


def record_states(scenario: Scenario) -> dict[str, StateVote]:
    return load_popular_record().states(scenario.election.year)


def popular_states(scenario: Scenario, edits: PopularEdits | None = None) -> dict[str, StateVote]:
    """The popular vote as the scenario stands (or with other ``edits``)."""
    return current_states(record_states(scenario), scenario.popular if edits is None else edits)


def district_states(election: Election) -> tuple[str, ...]:
    return tuple(s.code for s in election.states if any(election.unit(u).is_district for u in s.units))


def compact_for(election: Election, as_if: bool) -> Compact:
    year = election.year
    members = tuple(
        code
        for code, joined, date in load_popular_record().npvic_members
        if election.has_state(code)
        and (joined < year or (joined == year and date and date < f"{year}-11-01"))
    )
    electors = sum(election.state(code).appointed for code in members)
    threshold = majority_of(election.appointed)
    in_force = bool(members) and electors >= threshold
    return Compact(members, electors, threshold, in_force, in_force or (as_if and bool(members)))


def _statewide_seats(election: Election, code: str) -> tuple[int, ...]:
    """The seats a state's own vote decides: the whole state, or Maine's/Nebraska's at-large pair
    (kept on the election, which is read-only: a swing drag asks for them many times)."""
    found: dict[str, tuple[int, ...]] | None = election.__dict__.get("_statewide_seats")
    if found is None:
        found = {}
        for state in election.states:
            units = [election.unit(u) for u in state.units]
            found[state.code] = tuple(i for unit in units if not unit.is_district for i in unit.electors)
        object.__setattr__(election, "_statewide_seats", found)
    return found[code]


def largest_remainder(votes: Mapping[str, int], seats: int) -> list[tuple[str, int]]:
    """Whole seats by share: each gets the floor of its quota, the rest go to the largest
    remainders (ties: more votes, then name). Candidates with no votes get none."""
    total = sum(votes.values())
    if not total or not seats:
        return []
    ranked = sorted(votes.items(), key=lambda item: (-item[1], item[0]))
    whole = {name: n * seats // total for name, n in ranked}
    left = seats - sum(whole.values())
    by_remainder = sorted(ranked, key=lambda item: (-(item[1] * seats % total), -item[1], item[0]))
    for name, _ in by_remainder[:left]:
        whole[name] += 1
    return [(name, whole[name]) for name, _ in ranked if whole[name]]


def allocate(scenario: Scenario, edits: PopularEdits | None = None) -> Allocation:
    """Which seats the popular vote decides, and for whom, by the edits' method."""
    edits = scenario.popular if edits is None else edits
    election = scenario.election
    method = Method(edits.method)
    states = popular_states(scenario, edits)
    leader = national(states).leader
    compact = compact_for(election, edits.npvic_as_if) if method is Method.NPVIC else None
    seats: dict[str, Seats] = {}
    for code, vote in states.items():
        if not vote.has_vote or not election.has_state(code):
            continue
        state = election.state(code)
        everyone = state.electors
        if method is Method.NATIONAL or (compact and compact.applied and code in compact.members):
            if leader:
                seats[code] = dict.fromkeys(everyone, leader)
            continue
        if method is Method.PROPORTIONAL:
            shares = largest_remainder(vote.votes, len(everyone))
            if shares:
                names = [name for name, n in shares for _ in range(n)]
                seats[code] = dict(zip(everyone, names, strict=True))
            continue
        winner = vote.leader
        if winner:
            seats[code] = dict.fromkeys(_statewide_seats(election, code), winner)
    without = tuple(sorted(s.code for s in election.states if s.appointed and s.code not in seats))
    return Allocation(
        method,
        seats,
        without,
        district_states(election) if method is Method.DISTRICT else (),
        compact,
        leader,
    )


@dataclass
class SetPopularEdits:
    """Change the popular vote or the method; every state whose allocation changes is re-decided:
    its electors follow their new pledges (back to the record's electors where the allocation is
    the record's own again). ``flipped`` then lists the states whose carrier changed."""

    edits: PopularEdits
    _before: PopularEdits = field(default=NO_EDITS, repr=False)
    _electors: list[tuple[int, object, Vote, Vote]] = field(default_factory=list, repr=False)
    _levels: dict[str, Level] | None = field(default=None, repr=False)

    def do(self, scenario: Scenario) -> frozenset[int]:
        self._before = scenario.popular
        old = allocate(scenario).seats
        scenario.popular = self.edits
        new = allocate(scenario).seats
        base = allocate(scenario, PopularEdits(method=Method.WINNER_TAKE_ALL.value)).seats
        baseline: Scenario | None = None
        self._electors = []
        for code in sorted(set(old) | set(new)):
            if old.get(code) == new.get(code):
                continue
            back_to_record = new.get(code) == base.get(code)
            for seat in sorted(set(old.get(code, {})) | set(new.get(code, {}))):
                self._electors.append(
                    (
                        seat,
                        scenario.pledge(seat),
                        scenario.vote(seat, Office.PRESIDENT),
                        scenario.vote(seat, Office.VICE_PRESIDENT),
                    )
                )
                if back_to_record or seat not in new.get(code, {}):
                    baseline = baseline or Scenario(scenario.election, scenario.start or Start.OFFICIAL)
                    scenario.set_pledge(seat, baseline.pledge(seat))
                    for office in Office:
                        scenario.set_vote(seat, office, baseline.vote(seat, office))
                else:
                    scenario.set_pledge(seat, scenario.ticket_for(new[code][seat]))
                    for office in Office:
                        scenario.set_vote(seat, office, FAITHFUL)
        self._levels = keep_levels_in_effect(scenario)  # a unit split or not called is no longer rated
        return frozenset(seat for seat, *_ in self._electors)

    def undo(self, scenario: Scenario) -> frozenset[int]:
        for seat, pledge, president, vice_president in reversed(self._electors):
            scenario.set_pledge(seat, pledge)  # type: ignore[arg-type]
            scenario.set_vote(seat, Office.PRESIDENT, president)
            scenario.set_vote(seat, Office.VICE_PRESIDENT, vice_president)
        scenario.popular = self._before
        restore_levels(scenario, self._levels)
        return frozenset(seat for seat, *_ in self._electors)


def flipped(scenario: Scenario) -> dict[str, tuple[str, str]]:
    """States whose popular-vote leader differs from the record's: state -> (was, now)."""
    record = record_states(scenario)
    now = popular_states(scenario)
    out = {}
    for code, vote in now.items():
        before = record.get(code)
        was = before.leader if before else None
        if vote.leader and was and vote.leader != was:
            out[code] = (was, vote.leader)
    return out


def tally_by_method(scenario: Scenario, method: Method, *, as_if: bool | None = None) -> Tally:
    """The count the scenario would give under ``method`` (same popular vote). The scenario is
    changed and restored exactly, without telling its listeners."""
    edits = replace(
        scenario.popular,
        method=method.value,
        npvic_as_if=scenario.popular.npvic_as_if if as_if is None else as_if,
    )
    command = SetPopularEdits(edits)
    command.do(scenario)
    try:
        return tally(scenario)
    finally:
        command.undo(scenario)


@dataclass(frozen=True)
class Misfire:
    """The President chosen (by the electors, or by the House) is not the popular-vote leader."""

    chosen: str
    popular_leader: str
    by_house: bool


def president_chosen(scenario: Scenario, result: Tally) -> tuple[str | None, bool]:
    """Who becomes President: the electors' choice, else the House's (when it decides)."""
    if result.president.winner:
        return result.president.winner, False
    if result.president.contingent and not result.pre_12th_amendment:
        return contingent_for(scenario, result).house.winner, True
    return None, False


def misfire(scenario: Scenario, result: Tally) -> Misfire | None:
    leader = national(popular_states(scenario)).leader
    chosen, by_house = president_chosen(scenario, result)
    if leader and chosen and chosen != leader:
        return Misfire(chosen, leader, by_house)
    return None


def votes_command(scenario: Scenario, states: Mapping[str, StateVote]) -> Batch:
    """Votes typed or imported (gui.domain.mock_votes) as one undoable step: each name is read
    as a candidate of the election (any spelling, a unique surname) or added as a new one."""
    known = set(scenario.candidate_names())
    resolved: dict[str, StateVote] = {}
    fresh: list[str] = []
    for code, vote in states.items():
        votes: dict[str, int] = {}
        for name, n in vote.votes.items():
            person = scenario.person(name, allow_new=True)
            if person not in known and person not in fresh:
                fresh.append(person)
            votes[person] = votes.get(person, 0) + n
        resolved[code] = StateVote(dict(sorted(votes.items(), key=lambda i: (-i[1], i[0]))), vote.other)
    added: list[Command] = [AddCandidate(Candidate(name)) for name in fresh]
    edits = replace(scenario.popular, votes={**scenario.popular.votes, **resolved})
    return Batch([*added, SetPopularEdits(edits)])


def margin_command(scenario: Scenario, code: str, toward: str, away: str, votes: int) -> SetPopularEdits:
    """Set one state's margin (before any national swing), as one undoable step."""
    base = scenario.popular.votes.get(code) or record_states(scenario).get(code)
    if base is None or not base.has_vote:
        raise InputError(
            translate("popular", "{state} has no popular vote in {year}").format(
                state=code, year=scenario.election.year
            )
        )
    new = with_margin(base, toward, away, votes)
    return SetPopularEdits(replace(scenario.popular, votes={**scenario.popular.votes, code: new}))
