"""What a forecast says: each rating in words, the race bar's segments and labels, the legend's
shades with their counts, the command line's table and the JSON. The shades come from
gui.domain.colors.rating_shade; the window, the pictures and the handout draw these."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from gui.domain.colors import rating_shade
from gui.domain.forecast import (
    OTHER_SIDE,
    Rating,
    Segment,
    forecast_sides,
    is_forecast,
    race_segments,
    rated_units,
    rating_of,
    side_letter,
    side_total,
)
from gui.domain.forecast import tossups as forecast_tossups
from gui.domain.forecast_start import Basis
from gui.domain.i18n import QT_TRANSLATE_NOOP, translate
from gui.domain.ratings import LEAN_FROM, LIKELY_ABOVE, SAFE_ABOVE, Level
from gui.domain.scenario import Scenario
from gui.domain.tally import majority_of
from gui.present.blocks import Block, Bullets, Heading, Paragraph, Table, fmt, plain

OTHER_COLOR = "#A0A0A0"  # units carried by someone else, or split: the bar's middle, beside toss-ups
# "{side}" is the candidate; English here, shown through translate("forecast", ...).
RATING_TEMPLATES = {
    Level.SAFE: QT_TRANSLATE_NOOP("forecast", "Safe {side}"),
    Level.LIKELY: QT_TRANSLATE_NOOP("forecast", "Likely {side}"),
    Level.LEAN: QT_TRANSLATE_NOOP("forecast", "Lean {side}"),
    Level.TILT: QT_TRANSLATE_NOOP("forecast", "Tilt {side}"),
}
LEVEL_NAMES = {
    Level.SAFE: QT_TRANSLATE_NOOP("forecast", "safe"),
    Level.LIKELY: QT_TRANSLATE_NOOP("forecast", "likely"),
    Level.LEAN: QT_TRANSLATE_NOOP("forecast", "lean"),
    Level.TILT: QT_TRANSLATE_NOOP("forecast", "tilt"),
    Level.TOSSUP: QT_TRANSLATE_NOOP("forecast", "toss-up"),
}


def tossup_label() -> str:
    return translate("forecast", "Toss-up")


def rating_text(rating: Rating) -> str:
    """``Lean Republican nominee``, ``Toss-up``."""
    if rating.is_tossup:
        return tossup_label()
    return translate("forecast", RATING_TEMPLATES[rating.level]).format(side=rating.side)


def forecast_start_text(basis: str, source: int | None) -> str:
    """A start point as the Forecast menu and the history name it."""
    if basis == Basis.BLANK or source is None:
        return translate("forecast", "Blank forecast: every unit a toss-up")
    if basis == Basis.RESULTS:
        return translate("forecast", "Forecast from the {year} results").format(year=source)
    return translate("forecast", "Forecast from the {year} margins").format(year=source)


def unit_rating_line(scenario: Scenario, unit_id: str) -> str:
    """A unit's rating for its tooltip ("" when the scenario is no forecast)."""
    rating = rating_of(scenario, unit_id)
    if rating is None:
        return ""
    return translate("forecast", "Forecast: {rating}").format(rating=rating_text(rating))


def segment_color(scenario: Scenario, segment: Segment) -> str:
    if segment.side == OTHER_SIDE:
        return OTHER_COLOR
    if not segment.side:
        return rating_shade("", Level.TOSSUP.value)
    return rating_shade(scenario.color(segment.side), segment.level.value)


def segment_label(segment: Segment) -> str:
    if segment.side == OTHER_SIDE:
        return translate("forecast", "Others or split")
    if not segment.side:
        return tossup_label()
    return rating_text(Rating(segment.level, segment.side))


@dataclass(frozen=True)
class BarPart:
    color: str  # #rrggbb
    electors: int
    label: str  # "Lean Republican nominee", "Toss-up"


@dataclass(frozen=True)
class RaceBar:
    """The race to the majority: parts from the first side's end to the second's."""

    parts: tuple[BarPart, ...]
    appointed: int
    majority: int
    sides: tuple[str, str]
    votes: tuple[int, int]  # each side's electors
    left_color: str
    right_color: str
    middle: str  # "270 to win"
    tossups: str  # "10 toss-up electors" ("" when none)

    @property
    def total(self) -> int:
        return sum(part.electors for part in self.parts)

    def left_label(self, name: str | None = None) -> str:
        """``Democratic nominee 226``; ``name``: the side's name as it fits (shortened)."""
        return translate("forecast", "{side} {votes}").format(side=name or self.sides[0], votes=self.votes[0])

    def right_label(self, name: str | None = None) -> str:
        return translate("forecast", "{votes} {side}").format(side=name or self.sides[1], votes=self.votes[1])

    @property
    def left(self) -> str:
        return self.left_label()

    @property
    def right(self) -> str:
        return self.right_label()


def race_bar(scenario: Scenario, segments: list[Segment] | None = None) -> RaceBar:
    """The bar (``segments``: race_segments(scenario), when already at hand)."""
    segments = race_segments(scenario) if segments is None else segments
    a, b = forecast_sides(scenario)
    appointed = sum(s.electors for s in segments)
    majority = majority_of(appointed)
    tossup = side_total(segments, "")
    return RaceBar(
        parts=tuple(BarPart(segment_color(scenario, s), s.electors, segment_label(s)) for s in segments),
        appointed=appointed,
        majority=majority,
        sides=(a, b),
        votes=(side_total(segments, a), side_total(segments, b)),
        left_color=scenario.color(a),
        right_color=scenario.color(b),
        middle=translate("forecast", "{majority} to win").format(majority=majority),
        tossups=translate("forecast", "{count} toss-up electors").format(count=tossup) if tossup else "",
    )


@dataclass(frozen=True)
class LegendRow:
    color: str
    text: str
    side: str  # the candidate ("" for toss-ups and others)


def legend_rows(scenario: Scenario, segments: list[Segment] | None = None) -> list[LegendRow]:
    """Each shade in use with its electors and units, most sure first for each side."""
    rows = []
    for segment in race_segments(scenario) if segments is None else segments:
        if not segment.units:
            continue
        template = (
            translate("forecast", "{rating}: {electors} electors, 1 unit")
            if segment.units == 1
            else translate("forecast", "{rating}: {electors} electors, {units} units")
        )
        text = template.format(rating=segment_label(segment), electors=segment.electors, units=segment.units)
        side = "" if segment.side == OTHER_SIDE else segment.side
        rows.append(LegendRow(segment_color(scenario, segment), text, side))
    return rows


def thresholds_line() -> str:
    return translate(
        "forecast",
        "From margins: safe over {safe} points, likely over {likely}, lean from {lean} to {likely}, "
        "toss-up under {lean}; tilt is never given from a margin.",
    ).format(safe=f"{SAFE_ABOVE:g}", likely=f"{LIKELY_ABOVE:g}", lean=f"{LEAN_FROM:g}")


def estimated_line(estimated: Sequence[str]) -> str:
    return translate(
        "forecast",
        "Estimated, not from the data: {units} (no district vote in the data: each takes the side "
        "that carried it, rated lean).",
    ).format(units=", ".join(estimated))


def forecast_blocks(scenario: Scenario, estimated: Sequence[str] = ()) -> list[Block]:
    """The forecast for the command line and the handout: the race, each side by rating, the
    toss-ups."""
    if not is_forecast(scenario):
        return []
    segments = race_segments(scenario)
    bar = race_bar(scenario, segments)
    a, b = forecast_sides(scenario)
    levels = [Level.SAFE, Level.LIKELY, Level.LEAN, Level.TILT]
    rows = []
    for side in (a, b):
        counts = {s.level: s.electors for s in segments if s.side == side}
        rows.append((side, *(str(counts.get(level, 0)) for level in levels), str(side_total(segments, side))))
    headings = (
        translate("forecast", "Side"),
        *(translate("forecast", LEVEL_NAMES[level]) for level in levels),
        translate("forecast", "Total"),
    )
    tossups = forecast_tossups(scenario)
    blocks: list[Block] = [
        Heading(translate("forecast", "Forecast")),
        Paragraph(
            fmt(
                translate("forecast", "**{left}** · {middle} · **{right}**"),
                left=bar.left,
                middle=bar.middle,
                right=bar.right,
            )
        ),
        Table(tuple(rows), headings, frozenset(range(1, 6))),
    ]
    if tossups:
        blocks.append(
            Paragraph(
                fmt(
                    translate("forecast", "Toss-ups ({count} electors): {units}"),
                    count=side_total(segments, ""),
                    units=", ".join(tossups),
                )
            )
        )
    others = side_total(segments, OTHER_SIDE)
    if others:
        blocks.append(
            Paragraph(plain(translate("forecast", "Others or split: {count} electors").format(count=others)))
        )
    if estimated:
        blocks.append(Bullets((plain(estimated_line(estimated)),)))
    return blocks


def forecast_json(scenario: Scenario, estimated: Sequence[str] = ()) -> dict[str, object] | None:
    """The forecast in ``tally --json``: sides, each unit's rating, the bar's segments (None: not
    a forecast)."""
    if not is_forecast(scenario):
        return None
    a, b = forecast_sides(scenario)
    ratings: dict[str, object] = {}
    for unit_id in rated_units(scenario):
        rating = rating_of(scenario, unit_id)
        if rating is None:
            continue
        side = side_letter(scenario, rating.side) if rating.side else None
        ratings[unit_id] = {
            "rating": "tossup" if rating.is_tossup else f"{rating.level.value}-{side}",
            "level": rating.level.value,
            "side": rating.side or None,
        }
    segments = race_segments(scenario)
    return {
        "sides": [a, b],
        "ratings": ratings,
        "segments": [
            {
                "side": None if s.side in ("", OTHER_SIDE) else s.side,
                "level": "other" if s.side == OTHER_SIDE else s.level.value,
                "electors": s.electors,
                "units": s.units,
            }
            for s in segments
        ],
        "totals": {
            a: side_total(segments, a),
            b: side_total(segments, b),
            "tossup": side_total(segments, ""),
        },
        "tossups": [u for u, r in ratings.items() if isinstance(r, dict) and r["level"] == "tossup"],
        "estimated": list(estimated),
    }
