"""An election rebuilt with other numbers of electors: the structure an apportionment gives.

The record's facts stay where they can: who carried each state, and each elector kept keeps
their pledge and their ballot. A state that gains electors adds them, pledged to the ticket most
of its electors are pledged to (the ticket that carried it); a state that loses electors drops
them from the end of that ticket's electors who voted as pledged first, so faithless votes and a
split state's minority survive as long as they can. Maine and Nebraska keep their district
method: the at-large pair, then one elector per House seat, a new district pledged as the
at-large pair is and the highest-numbered districts dropped first. A state new to the election
(DC before 1964, Puerto Rico) has no recorded vote: its electors are undecided.

Each elector is known by a key, (unit, position in the unit), that holds across rebuilds: the
record's electors first, then those an apportionment adds. Applying apportionments one after
another therefore carries every kept elector's edits along (see ``gui.domain.commands``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from gui.domain.apportionment import Allotment, Choice, allot
from gui.domain.catalog import NO_TICKET, Election, ElectorSeat, State, Ticket, Unit

SeatKey = tuple[str, int]  # (unit id, position within the unit)
STATE_NAMES = {"DC": "District of Columbia", "PR": "Puerto Rico"}


@dataclass(frozen=True)
class Reapportioned:
    """How a scenario's election was rebuilt: from which record, under which apportionment."""

    record: Election  # the election as the catalog has it
    allotment: Allotment
    keys: tuple[SeatKey, ...]  # each elector's key, by index in the rebuilt election

    @property
    def choice(self) -> Choice:
        return self.allotment.choice


def record_keys(election: Election) -> tuple[SeatKey, ...]:
    """The keys of a catalog election's electors, by index."""
    keys: list[SeatKey] = [("", 0)] * len(election.electors)
    for unit in election.units:
        for position, index in enumerate(unit.electors):
            keys[index] = (unit.id, position)
    return tuple(keys)


def leading_ticket(pledges: Iterable[Ticket]) -> Ticket:
    """The ticket most of these electors are pledged to (the first of those tied); NO_TICKET
    for none."""
    counts = Counter(pledges)
    return max(counts, key=counts.__getitem__) if counts else NO_TICKET


def districted(state: State) -> bool:
    """Maine and Nebraska in the years they choose electors by district."""
    return len(state.units) > 1


def ticket_of_state(election: Election, pledge_of: Sequence[Ticket], code: str) -> Ticket:
    """The ticket an elector added to the state is pledged to: the one most of its electors are
    pledged to (for Maine and Nebraska, the at-large pair's); NO_TICKET for a state the election
    does not have."""
    if not election.has_state(code):
        return NO_TICKET
    state = election.state(code)
    electors = election.unit(code).electors if districted(state) else state.electors
    return leading_ticket(pledge_of[i] for i in electors)


def _kept_positions(record: Election, state: State, count: int) -> list[int]:
    """Which of a winner-take-all state's record electors stay when it has ``count`` (positions
    beyond the record's are new electors)."""
    have = len(state.electors)
    if count >= have:
        return list(range(count))
    seats = [record.electors[i] for i in state.electors]
    ticket = leading_ticket(seat.pledge for seat in seats)
    expendable = [n for n, seat in enumerate(seats) if seat.pledge == ticket and seat.cast == seat.pledge]
    others = [n for n in range(have) if n not in set(expendable)]
    dropped = set((expendable[::-1] + others[::-1])[: have - count])
    return [n for n in range(have) if n not in dropped]


def state_slots(record: Election, code: str, count: int) -> list[SeatKey]:
    """The keys of a state's electors when it has ``count``, in order."""
    if not record.has_state(code) or not record.state(code).electors:
        return [(code, n) for n in range(count)]
    state = record.state(code)
    if districted(state):
        districts = [(f"{code}-{d}", 0) for d in range(1, count - 1)]
        return [(code, 0), (code, 1), *districts]
    return [(code, n) for n in _kept_positions(record, state, count)]


def _unit_title(state_name: str, code: str, unit_id: str) -> str:
    """A new unit's name, as the catalog writes them: the state's, or "Maine, District 3"."""
    return state_name if unit_id == code else f"{state_name}, District {unit_id.rsplit('-', 1)[1]}"


def _state(
    code: str, name: str, count: int, units: tuple[str, ...], start: int, note: str, what_if: bool
) -> State:
    return State(
        code, name, count, count, units, tuple(range(start, start + count)), note=note, what_if=what_if
    )


def rebuild(record: Election, allotment: Allotment) -> tuple[Election, Reapportioned]:
    """The record's election with the allotment's electors; each seat keeps the record's facts
    (pledge, ballot, name, note) when the record has it, else is pledged to the state's ticket."""
    keys = record_keys(record)
    seat_of = {key: record.electors[i] for i, key in enumerate(keys)}
    units_of = {unit.id: unit for unit in record.units}
    record_pledges = [seat.pledge for seat in record.electors]
    states: list[State] = []
    units: list[Unit] = []
    electors: list[ElectorSeat] = []
    new_keys: list[SeatKey] = []
    for code, count in allotment.electors.items():
        known = record.has_state(code)
        name = record.state(code).name if known else STATE_NAMES[code]
        ticket = ticket_of_state(record, record_pledges, code)
        slots = state_slots(record, code, count)
        start = len(electors)
        members: dict[str, list[int]] = {}
        for number, key in enumerate(slots, start=1):
            unit_id = key[0]
            members.setdefault(unit_id, []).append(len(electors))
            seat = seat_of.get(key)
            if seat is None:
                seat = ElectorSeat(0, code, 0, unit_id, ticket, ticket)
            electors.append(seat._replace(index=len(electors), number=number))
            new_keys.append(key)
        for unit_id, indices in members.items():
            title = units_of[unit_id].name if unit_id in units_of else _unit_title(name, code, unit_id)
            units.append(Unit(unit_id, code, title, tuple(indices)))
        note = record.state(code).note if known else ""
        states.append(_state(code, name, count, tuple(members), start, note, code in allotment.added))
    election = replace(record, states=tuple(states), units=tuple(units), electors=tuple(electors))
    return election, Reapportioned(record, allotment, tuple(new_keys))


def reapportioned_election(record: Election, choice: Choice) -> tuple[Election, Reapportioned]:
    """The record's election rebuilt under ``choice`` (InputError when the choice cannot apply)."""
    return rebuild(record, allot(record, choice))


@dataclass(frozen=True)
class SeatChange:
    """A state whose electors differ from the record's (0: it had or has none)."""

    state: str
    name: str
    record: int
    what_if: int

    @property
    def change(self) -> int:
        return self.what_if - self.record


def seat_changes(reapportioned: Reapportioned) -> list[SeatChange]:
    """Every state whose electors the apportionment changed, most gained first."""
    record = reapportioned.record
    before = {s.code: s.allotted for s in record.states if s.allotted}
    after = reapportioned.allotment.electors
    names = {s.code: s.name for s in record.states} | STATE_NAMES
    found = [
        SeatChange(code, names[code], before.get(code, 0), after.get(code, 0))
        for code in sorted(before.keys() | after.keys())
        if before.get(code, 0) != after.get(code, 0)
    ]
    return sorted(found, key=lambda c: (-c.change, c.state))
