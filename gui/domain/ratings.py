"""Forecast ratings: how sure a forecast is that a unit goes to a side.

Five levels, as election forecasters (and 270toWin) use them: safe, likely, lean, tilt and
toss-up. A rated unit is carried by its side (it counts for that side in the tally); a toss-up
is a unit not yet called. Tilt is the least sure rating short of a toss-up: it is left out of
the click cycle (safe → likely → lean → toss-up → lean → likely → safe for the other side, as
on 270toWin) and reached from the pickers (F2, the right-click menu) and ``--rate``.

Facts only, no scenario: gui.domain.forecast applies them to a scenario.
"""

from __future__ import annotations

from enum import Enum


class Level(Enum):
    SAFE = "safe"
    LIKELY = "likely"
    LEAN = "lean"
    TILT = "tilt"
    TOSSUP = "tossup"


# The probability that the favoured side carries the unit (the other side: 1 - p); the
# analyses' probabilities read their ratings from here.
PROBABILITY: dict[Level, float] = {
    Level.SAFE: 0.99,
    Level.LIKELY: 0.85,
    Level.LEAN: 0.65,
    Level.TILT: 0.55,
    Level.TOSSUP: 0.5,
}
# Most sure first: the order of the race bar from each end and of the legend.
CERTAINTY_ORDER = (Level.SAFE, Level.LIKELY, Level.LEAN, Level.TILT)
CLICK_LEVELS = (Level.SAFE, Level.LIKELY, Level.LEAN)  # tilt: pickers and --rate only

# A margin in points (leader minus runner-up, as a share of all the state's votes) as a
# rating: safe above 15 points, likely above 5, lean from 1 to 5, toss-up under 1. Tilt is
# never given from a margin: it is the teacher's judgement.
SAFE_ABOVE = 15.0
LIKELY_ABOVE = 5.0
LEAN_FROM = 1.0


def level_of_margin(points: float) -> Level:
    """The rating a margin of ``points`` (either side: its size only) earns."""
    size = abs(points)
    if size > SAFE_ABOVE:
        return Level.SAFE
    if size > LIKELY_ABOVE:
        return Level.LIKELY
    if size >= LEAN_FROM:
        return Level.LEAN
    return Level.TOSSUP


def parse_level(text: str) -> Level:
    """A level as written in files and on the command line (``toss-up`` too); ValueError else."""
    word = text.strip().lower()
    word = "tossup" if word in ("toss-up", "toss up") else word
    return Level(word)
