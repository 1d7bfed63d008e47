"""The voters behind the electors: each state's popular vote, shares, margins and swing.

Facts come from ``resources/data/popular_vote.json`` (built by build_scripts/build_popular_vote.py);
what a scenario changes (a national swing, votes typed or imported per state) is a
:class:`PopularEdits`. A state whose legislature chose the electors has no popular vote:
:attr:`StateVote.chosen_by` says so and its votes are empty.

Numbers and codes only; gui.present.popular_vote says them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from gui.domain.i18n import translate
from gui.domain.identifiers import InputError, quoted
from gui.domain.resource_data import read_data

POPULAR_RESOURCE = "data/popular_vote.json"
MAX_SWING = 15.0  # points of margin, either way
OTHER = ""  # the key of everyone not named (minor candidates, write-ins)
# 1960: the record credits all of Alabama's Democratic vote to Kennedy, though six of its
# eleven Democratic electors were unpledged; counts that split it put Nixon ahead nationally.
DISPUTED_COUNTS = {1960: "alabama_1960"}


@dataclass(frozen=True)
class StateVote:
    """One state's popular vote: votes per named candidate (most first) and everyone else."""

    votes: Mapping[str, int]
    other: int = 0
    chosen_by: str = ""  # "legislature", "not_taking_part"; "" when the people voted

    @property
    def has_vote(self) -> bool:
        return not self.chosen_by

    @property
    def total(self) -> int:
        return sum(self.votes.values()) + self.other

    def ranked(self) -> list[tuple[str, int]]:
        return sorted(self.votes.items(), key=lambda item: (-item[1], item[0]))

    def share(self, name: str) -> float:
        total = self.total
        return self.votes.get(name, 0) / total if total else 0.0

    @property
    def leader(self) -> str | None:
        """The plurality winner (None without votes, or on an exact tie for first)."""
        ranked = self.ranked()
        if not ranked or ranked[0][1] == 0 or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
            return None
        return ranked[0][0]


class Margin(NamedTuple):
    """How far a state's leader was ahead of the runner-up (for #18's ratings and the paths)."""

    state: str
    leader: str
    runner_up: str  # "" when only one candidate received votes
    votes: int  # leader minus runner-up
    share: float  # the same as a share of all the state's votes (0.05 = 5 points)

    @property
    def switchers(self) -> int:
        """Voters who would have had to switch from the leader to the runner-up: ⌊m/2⌋+1."""
        return self.votes // 2 + 1


@dataclass(frozen=True)
class NationalVote:
    votes: dict[str, int]  # named candidates, most first
    other: int
    states_without_vote: tuple[str, ...]  # chosen by the legislature (or not taking part)

    @property
    def total(self) -> int:
        return sum(self.votes.values()) + self.other

    @property
    def leader(self) -> str | None:
        ranked = list(self.votes.items())
        if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
            return None
        return ranked[0][0]

    def share(self, name: str) -> float:
        return self.votes.get(name, 0) / self.total if self.total else 0.0

    def leaders(self, count: int) -> list[str]:
        return list(self.votes)[:count]


@dataclass(frozen=True)
class Swing:
    """A uniform national swing: the margin moves ``points`` toward ``toward`` in every state,
    taken from ``away`` (the other of the two national leaders)."""

    toward: str
    away: str
    points: float

    def signed(self, first: str) -> float:
        """The swing in points toward ``first`` (negative: toward the other one)."""
        return self.points if self.toward == first else -self.points


NO_SWING = Swing("", "", 0.0)


@dataclass(frozen=True)
class PopularEdits:
    """What a scenario changes in the popular vote, and how the electors are allocated."""

    swing: Swing = NO_SWING
    votes: Mapping[str, StateVote] = field(default_factory=dict)  # state -> votes typed in
    method: str = "winner-take-all"  # a gui.domain.allocation.Method value
    npvic_as_if: bool = False  # apply the compact even while its members hold under 270

    def key(self) -> tuple[object, ...]:
        votes = tuple(sorted((s, tuple(sorted(v.votes.items())), v.other) for s, v in self.votes.items()))
        return (self.swing, votes, self.method, self.npvic_as_if)


NO_EDITS = PopularEdits()


class PopularRecord:
    """Every election's popular vote by state, and the compact's members."""

    def __init__(self, raw: dict[str, object]) -> None:
        self._raw = raw["elections"]  # type: ignore[index]
        self._built: dict[int, dict[str, StateVote]] = {}
        self.npvic_members: tuple[tuple[str, int, str], ...] = tuple(
            (m["state"], m["year"], m["date"])
            for m in raw["npvic"]["members"]  # type: ignore[index]
        )

    def has(self, year: int) -> bool:
        return str(year) in self._raw  # type: ignore[operator]

    def states(self, year: int) -> dict[str, StateVote]:
        """The record for ``year`` (empty when it has none: before 1824, or 2028)."""
        if year not in self._built:
            raw = self._raw.get(str(year), {"states": {}})  # type: ignore[union-attr]
            self._built[year] = {
                code: StateVote(entry.get("votes", {}), entry.get("other", 0), entry.get("chosen_by", ""))
                for code, entry in raw["states"].items()
            }
        return self._built[year]


@cache
def load_popular_record() -> PopularRecord:
    return PopularRecord(read_data(POPULAR_RESOURCE, "popular vote"))


def national(states: Mapping[str, StateVote]) -> NationalVote:
    votes: Counter[str] = Counter()
    other = 0
    for vote in states.values():
        votes.update(vote.votes)
        other += vote.other
    ordered = dict(sorted(((n, v) for n, v in votes.items() if v), key=lambda item: (-item[1], item[0])))
    without = tuple(sorted(code for code, vote in states.items() if not vote.has_vote))
    return NationalVote(ordered, other, without)


def margin(state: str, vote: StateVote) -> Margin | None:
    ranked = vote.ranked()
    if not ranked or ranked[0][1] == 0:
        return None
    runner_up, second = ranked[1] if len(ranked) > 1 else ("", 0)
    total = vote.total
    return Margin(state, ranked[0][0], runner_up, ranked[0][1] - second, (ranked[0][1] - second) / total)


def state_margins(states: Mapping[str, StateVote]) -> dict[str, Margin]:
    """Every state's margin (states without a popular vote are left out)."""
    out = {}
    for code, vote in states.items():
        found = margin(code, vote) if vote.has_vote else None
        if found is not None:
            out[code] = found
    return out


def swung(vote: StateVote, swing: Swing) -> StateVote:
    """The state's vote after the swing: points/2 per cent of its votes move from ``away`` to
    ``toward`` (the margin moves by ``points``), never more votes than ``away`` had."""
    if (
        not swing.points
        or not vote.has_vote
        or (swing.toward not in vote.votes and swing.away not in vote.votes)
    ):
        return vote
    moved = round(vote.total * swing.points / 200)
    moved = (
        min(moved, vote.votes.get(swing.away, 0))
        if moved > 0
        else max(moved, -vote.votes.get(swing.toward, 0))
    )
    if not moved:
        return vote
    votes = dict(vote.votes)
    votes[swing.toward] = votes.get(swing.toward, 0) + moved
    votes[swing.away] = votes.get(swing.away, 0) - moved
    return StateVote(votes, vote.other, vote.chosen_by)


def current_states(record: Mapping[str, StateVote], edits: PopularEdits) -> dict[str, StateVote]:
    """The popular vote as a scenario stands: the record, the votes typed in, then the swing."""
    out = {}
    for code in sorted(set(record) | set(edits.votes)):
        base = edits.votes.get(code, record.get(code))
        assert base is not None
        out[code] = swung(base, edits.swing)
    return out


_SWING = re.compile(r"\s*(.+?)\s*\+\s*([0-9]{1,2}(?:\.[0-9]{1,3})?)\s*")


def parse_swing(text: str, leaders: list[str], party_of: Mapping[str, str]) -> Swing:
    """``D+2.5``, ``R+1``, ``Clinton+3``: the margin moves toward that side of the two national
    leaders. A letter names a leader by the first letter of their party."""
    if len(leaders) < 2:
        raise InputError(translate("swing", "a swing needs two candidates with votes"))
    match = _SWING.fullmatch(text)
    if not match:
        raise InputError(
            translate("swing", "{text} is not a swing; write SIDE+POINTS, for example D+2.5").format(
                text=quoted(text)
            )
        )
    side, points = match.group(1), float(match.group(2))
    if points > MAX_SWING:
        raise InputError(
            translate("swing", "a swing can be at most {limit} points").format(limit=f"{MAX_SWING:g}")
        )
    a, b = leaders[:2]
    folded = side.casefold()
    found = [
        name
        for name in (a, b)
        if folded == name.casefold()
        or folded == name.split()[-1].casefold()
        or (len(side) == 1 and party_of.get(name, "")[:1].casefold() == folded)
    ]
    if len(found) != 1:
        raise InputError(
            translate("swing", "{side} names neither {a} nor {b} (or both)").format(
                side=quoted(side), a=a, b=b
            )
        )
    toward = found[0]
    return Swing(toward, b if toward == a else a, points)


def with_margin(vote: StateVote, toward: str, away: str, votes: int) -> StateVote:
    """The state's vote with ``toward`` ahead of ``away`` by exactly ``votes`` (negative: behind),
    their two totals kept (within one vote, for parity); the others' votes unchanged."""
    pair = vote.votes.get(toward, 0) + vote.votes.get(away, 0)
    behind = max((pair - abs(votes)) // 2, 0)
    ahead = behind + abs(votes)
    new = dict(vote.votes)
    new[toward], new[away] = (ahead, behind) if votes >= 0 else (behind, ahead)
    return StateVote(dict(sorted(new.items(), key=lambda i: (-i[1], i[0]))), vote.other, vote.chosen_by)
