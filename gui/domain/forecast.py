"""A forecast: every unit rated for one of two sides (gui.domain.ratings).

A scenario is a forecast when ``Scenario.ratings`` is a dict (None: an ordinary what-if). A
unit's rating is read, never stored twice: its side is whoever carries it (so a rated unit
counts for that side in the tally), its level the stored one (safe when none is stored); a
unit not yet called is a toss-up.

The two sides are the Democratic and the Republican candidates (the next election's
placeholder nominees until they are renamed), else the first two candidates. Clicks go
through :func:`click_ratings`; every edit is a domain command (undoable in the window).

Where a forecast starts: gui.domain.forecast_start.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from gui.domain.catalog import NO_TICKET, Ticket
from gui.domain.commands import AssignUnit, Batch
from gui.domain.identifiers import InputError, resolve_person
from gui.domain.ratings import CERTAINTY_ORDER, CLICK_LEVELS, PROBABILITY, Level
from gui.domain.scenario import Command, Scenario

SIDE_PARTIES = ("Democratic", "Republican")


@dataclass(frozen=True)
class Rating:
    level: Level
    side: str  # the presidential candidate favoured; "" for a toss-up

    @property
    def is_tossup(self) -> bool:
        return self.level is Level.TOSSUP


TOSSUP = Rating(Level.TOSSUP, "")


def is_forecast(scenario: Scenario) -> bool:
    return scenario.ratings is not None


def forecast_sides(scenario: Scenario) -> tuple[str, str]:
    """The two sides: the Democratic and the Republican candidates, else the first two
    candidates; InputError when the scenario has fewer than two."""
    names = [c.name for c in scenario.candidates if c.name in scenario.ticket_heads()]
    by_party = [next((n for n in names if scenario.party_of(n) == party), "") for party in SIDE_PARTIES]
    rest = [n for n in names if n not in by_party]
    sides = [name or (rest.pop(0) if rest else "") for name in by_party]
    if not all(sides):
        raise InputError(f"a forecast needs two candidates; {scenario.election.year} has fewer")
    return sides[0], sides[1]


def side_letter(scenario: Scenario, name: str) -> str:
    """How the command line writes a side: D or R by party, else the name."""
    party = scenario.party_of(name)
    return party[0] if party in SIDE_PARTIES else name


def rated_units(scenario: Scenario) -> list[str]:
    """The units a forecast rates: those with electors in the base."""
    return [u.id for u in scenario.election.units if u.electors and scenario.is_appointed(u.state)]


def rating_of(scenario: Scenario, unit_id: str) -> Rating | None:
    """The unit's rating (None: not a forecast, a unit without electors in the base, or one whose
    electors are pledged to several tickets)."""
    if scenario.ratings is None:
        return None
    unit = scenario.election.unit(unit_id)
    if not unit.electors or not scenario.is_appointed(unit.state):
        return None
    # The unit's one ticket (as Scenario.unit_winner, without counting: a click reads every unit).
    pledges = list(map(scenario.pledge, unit.electors))
    winner = pledges[0]
    if pledges.count(winner) != len(pledges):
        return None
    if winner.is_empty:
        return TOSSUP
    level = scenario.ratings.get(unit_id, Level.SAFE)
    return Rating(Level.SAFE if level is Level.TOSSUP else level, winner.president)


def tossups(scenario: Scenario) -> list[str]:
    return [u for u in rated_units(scenario) if rating_of(scenario, u) == TOSSUP]


@dataclass
class SetRatingLevel:
    """The level a forecast gives a unit (None: the default, safe for a carried unit)."""

    unit_id: str
    level: Level | None
    _before: Level | None = field(default=None, repr=False)

    def do(self, scenario: Scenario) -> frozenset[int]:
        ratings = _ratings(scenario)
        self._before = ratings.get(self.unit_id)
        _store(ratings, self.unit_id, self.level)
        return frozenset(scenario.election.unit(self.unit_id).electors)

    def undo(self, scenario: Scenario) -> frozenset[int]:
        _store(_ratings(scenario), self.unit_id, self._before)
        return frozenset(scenario.election.unit(self.unit_id).electors)


@dataclass
class SetForecast:
    """The scenario becomes a forecast with these levels (None: an ordinary what-if again)."""

    ratings: dict[str, Level] | None
    _before: dict[str, Level] | None = field(default=None, repr=False)

    def do(self, scenario: Scenario) -> frozenset[int]:
        self._before = scenario.ratings
        scenario.ratings = None if self.ratings is None else dict(self.ratings)
        return _all_electors(scenario)

    def undo(self, scenario: Scenario) -> frozenset[int]:
        scenario.ratings = self._before
        return _all_electors(scenario)


def _ratings(scenario: Scenario) -> dict[str, Level]:
    if scenario.ratings is None:
        raise InputError("not a forecast")
    return scenario.ratings


def _store(ratings: dict[str, Level], unit_id: str, level: Level | None) -> None:
    if level is None:
        ratings.pop(unit_id, None)
    else:
        ratings[unit_id] = level


def _all_electors(scenario: Scenario) -> frozenset[int]:
    return frozenset(range(len(scenario.election.electors)))


def unit_ticket(scenario: Scenario, rating: Rating) -> Ticket:
    """The ticket that carries a unit so rated (no one for a toss-up)."""
    return NO_TICKET if rating.is_tossup else scenario.ticket_for(rating.side)


@dataclass
class RateUnit:
    """A unit rated: carried by the rating's side (no one for a toss-up) at its level."""

    unit_id: str
    rating: Rating
    steps: Batch

    def do(self, scenario: Scenario) -> frozenset[int]:
        return self.steps.do(scenario)

    def undo(self, scenario: Scenario) -> frozenset[int]:
        return self.steps.undo(scenario)


def rate_unit(scenario: Scenario, unit_id: str, rating: Rating) -> RateUnit | None:
    """The edit giving a unit this rating (the scenario becomes a forecast if it is not one);
    None when it has it already."""
    if not scenario.election.unit(unit_id).electors or rating_of(scenario, unit_id) == rating:
        return None
    commands: list[Command] = [] if is_forecast(scenario) else [SetForecast({})]
    ticket = unit_ticket(scenario, rating)
    if scenario.unit_winner(unit_id) != ticket:
        commands.append(AssignUnit(unit_id, ticket))
    stored = None if rating.is_tossup or rating.level is Level.SAFE else rating.level
    if scenario.ratings is None or scenario.ratings.get(unit_id) != stored:
        commands.append(SetRatingLevel(unit_id, stored))
    return RateUnit(unit_id, rating, Batch(commands))


def click_ratings(scenario: Scenario) -> list[Rating]:
    """What clicks go through: safe, likely, lean for the first side, toss-up, then lean, likely,
    safe for the second (and round again)."""
    a, b = forecast_sides(scenario)
    return [
        *(Rating(level, a) for level in CLICK_LEVELS),
        TOSSUP,
        *(Rating(level, b) for level in reversed(CLICK_LEVELS)),
    ]


def every_rating(scenario: Scenario) -> list[Rating]:
    """Every rating a picker offers, tilt included, in the order of the click cycle."""
    a, b = forecast_sides(scenario)
    return [
        *(Rating(level, a) for level in CERTAINTY_ORDER),
        TOSSUP,
        *(Rating(level, b) for level in reversed(CERTAINTY_ORDER)),
    ]


def next_rating(scenario: Scenario, unit_id: str, *, reverse: bool = False) -> Rating:
    """The rating a click gives next (Shift-click: the one before). A unit rated tilt, or
    carried by someone else, moves to the nearest step of its side (or the first)."""
    cycle = click_ratings(scenario)
    current = rating_of(scenario, unit_id)
    if current is not None and current.level is Level.TILT:
        current = Rating(Level.LEAN, current.side)
    if current not in cycle:
        return cycle[-1 if reverse else 0]
    step = -1 if reverse else 1
    return cycle[(cycle.index(current) + step) % len(cycle)]


def cycle_rating(scenario: Scenario, unit_id: str, *, reverse: bool = False) -> Command | None:
    return rate_unit(scenario, unit_id, next_rating(scenario, unit_id, reverse=reverse))


def parse_rating(scenario: Scenario, text: str) -> Rating:
    """``safe-D``, ``likely-R``, ``lean-Trump``, ``tilt-R``, ``tossup`` (``toss-up``): a level and a
    side by party letter (D, R) or by a candidate's name; InputError else."""
    word = text.strip()
    if word.lower() in ("tossup", "toss-up"):
        return TOSSUP
    level_text, sep, side_text = word.partition("-")
    levels = {level.value: level for level in CERTAINTY_ORDER}
    level = levels.get(level_text.strip().lower())
    if not sep or level is None or not side_text.strip():
        raise InputError(
            f"{text!r} is not a rating; write safe, likely, lean or tilt and a side (safe-D, lean-R, "
            "likely-NAME), or tossup"
        )
    sides = forecast_sides(scenario)
    letters = {side_letter(scenario, name).upper(): name for name in sides}
    side = letters.get(side_text.strip().upper())
    if side is None:
        side = resolve_person([(name, ()) for name in sides], side_text, allow_new=False)
    return Rating(level, side)


# --- counts, the race bar, probabilities -------------------------------------------------------


@dataclass(frozen=True)
class Segment:
    side: str  # "" for toss-ups; OTHER_SIDE for units carried by anyone else or split
    level: Level
    electors: int
    units: int


OTHER_SIDE = "\x00other"


def race_segments(scenario: Scenario) -> list[Segment]:
    """The race bar from the first side's end to the second's: safe, likely, lean, tilt for the
    first side, then units carried by others, toss-ups, then tilt … safe for the second side.
    Every segment is present (some with no electors); they add up to the electors appointed."""
    a, b = forecast_sides(scenario)
    electors: dict[tuple[str, Level], int] = {}
    units: dict[tuple[str, Level], int] = {}
    for unit_id in rated_units(scenario):
        rating = rating_of(scenario, unit_id)
        if rating is None or (rating.side not in (a, b, "")):
            key = (OTHER_SIDE, Level.SAFE)
        else:
            key = (rating.side, rating.level)
        electors[key] = electors.get(key, 0) + len(scenario.election.unit(unit_id).electors)
        units[key] = units.get(key, 0) + 1
    order = [
        *((a, level) for level in CERTAINTY_ORDER),
        (OTHER_SIDE, Level.SAFE),
        ("", Level.TOSSUP),
        *((b, level) for level in reversed(CERTAINTY_ORDER)),
    ]
    return [
        Segment(side, level, electors.get((side, level), 0), units.get((side, level), 0))
        for side, level in order
    ]


def side_total(segments: list[Segment], side: str) -> int:
    return sum(s.electors for s in segments if s.side == side)


def forecast_probabilities(scenario: Scenario) -> dict[str, float]:
    """P(the first side carries it) for every rated unit: safe 0.99, likely 0.85, lean 0.65,
    tilt 0.55, toss-up 0.5 (the other side: 1 - p). Units carried by others keep their votes."""
    a, b = forecast_sides(scenario)
    found: dict[str, float] = {}
    for unit_id in rated_units(scenario):
        rating = rating_of(scenario, unit_id)
        if rating is None or rating.side not in (a, b, ""):
            continue
        p = PROBABILITY[rating.level]
        found[unit_id] = p if rating.side in (a, "") else 1.0 - p
    return found
