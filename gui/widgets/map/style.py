"""How the map looks for a scenario: each unit drawn by how its electors voted for President
(striped in proportion when they split, a badge counting blank ballots), each dot's vote,
hatches, grey values and markers when print friendly, heavy outlines in high contrast, and the
legend of the view shown, listing everyone who received a vote."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPen

from gui.domain.breakdown import OfficeBreakdown, presidential_ballots
from gui.domain.colors import rating_shade
from gui.domain.forecast import is_forecast, rating_of
from gui.domain.i18n import QT_TRANSLATE_NOOP, translate
from gui.domain.scenario import Ballot, Office, Scenario
from gui.present.forecast import legend_rows
from gui.widgets.map.items import (
    ABSENT,
    BLANK,
    GREYED,
    INK,
    MARKERS,
    PATTERNS,
    AreaItem,
    Band,
    DotPart,
    DotStyle,
    LabelItem,
    LegendEntry,
    Marker,
    is_dark,
    lighter,
)
from gui.widgets.map.scene import ELECTORS_VIEW, MAP_VIEW, MapScenes

UNDECIDED_NAME = ""
# Print friendly: how far each candidate's colour is mixed with white, by rank, so that the
# first two (and the rest, mostly) differ in grey value and not only in hatch direction.
PRINT_TINTS = (0.22, 0.8, 0.55, 0.68, 0.4, 0.88, 0.5, 0.74)
DISTRICTS_NOTE = (  # English here; shown through translate("map", ...)
    QT_TRANSLATE_NOOP("map", "AL: at-large pair (ME, NE)"),
    QT_TRANSLATE_NOOP("map", "1, 2, 3…: congressional districts"),
)


class MapStyle:
    """Restyles the items of a MapScenes in place for a scenario (never rebuilds them)."""

    def __init__(self, scenes: MapScenes) -> None:
        self.scenes = scenes
        self.scenario: Scenario | None = None
        self.print_friendly = False
        self.high_contrast = False
        self.style_index: dict[str, int] = {}  # hatches and markers go to the most-voted first
        # Each unit's ballots for President as last counted, and their sum (the legend's):
        # an edit recounts only the units it touched.
        self._ballots: dict[str, OfficeBreakdown] = {}
        self._named: Counter[str] = Counter()
        self._blank = self._undecided = 0

    def set_scenario(self, scenario: Scenario) -> None:
        self.scenario = scenario
        self.style_index = self._rank_names(scenario)
        self._ballots.clear()
        self._named.clear()
        self._blank = self._undecided = 0
        for unit in scenario.election.units:
            self._recount_unit(unit.id)

    def _recount_unit(self, unit_id: str) -> OfficeBreakdown:
        assert self.scenario is not None
        ballots = presidential_ballots(self.scenario, self.scenario.election.unit(unit_id).electors)
        old = self._ballots.get(unit_id)
        if old is not None:
            self._named.subtract(old.named)
            self._blank -= old.blank
            self._undecided -= old.undecided
        self._named.update(ballots.named)
        self._blank += ballots.blank
        self._undecided += ballots.undecided
        self._ballots[unit_id] = ballots
        return ballots

    def note_names(self, electors: Iterable[int]) -> None:
        """Give a hatch and a marker to anyone these electors name who has none yet."""
        assert self.scenario is not None
        for name in self._names_in_use(self.scenario, electors):
            self.style_index.setdefault(name, len(self.style_index))

    def restyle(self, electors: Iterable[int], units: set[str]) -> None:
        """Restyle these dots and units, counting their units' ballots again."""
        electors = list(electors)
        assert self.scenario is not None
        for unit_id in {self.scenario.election.electors[i].unit for i in electors} | units:
            self._recount_unit(unit_id)
        for index in electors:
            self._restyle_dot(index)
        self._restyle_units(units)
        self._recount({unit.split("-")[0] for unit in units})

    def _recount(self, states: Iterable[str]) -> None:
        """The labels that give a state's electors, as many as it has in the base."""
        assert self.scenario is not None
        for code in states:
            counted = self.scenario.is_appointed(code)
            for label, inside, outside in self.scenes.count_labels.get(code, []):
                label.set_text(inside if counted else outside)

    @staticmethod
    def _names_in_use(scenario: Scenario, electors: Iterable[int]) -> list[str]:
        names: list[str] = []
        for i in electors:
            pledge = scenario.pledge(i)
            names.extend([pledge.president, pledge.vice_president])
            names.extend(scenario.cast(i, office) for office in Office)
        return [n for n in dict.fromkeys(names) if n]

    @staticmethod
    def _rank_names(scenario: Scenario) -> dict[str, int]:
        """Hatches and markers go to the most-voted people first (the most distinct ones):
        presidential candidates, then running mates (both votes count alike before 1804)."""
        offices = list(Office) if scenario.election.pre_12th_amendment else [Office.PRESIDENT]
        first: Counter[str] = Counter()
        rest: Counter[str] = Counter()
        for i in range(len(scenario.election.electors)):
            pledge = scenario.pledge(i)
            for office in Office:
                pledged = pledge.for_office(office)
                (first if office in offices else rest).update([pledged, scenario.cast(i, office)])
        ranked = sorted(first, key=lambda name: (-first[name], name))
        ranked += sorted(set(rest) - set(first), key=lambda name: (-rest[name], name))
        return {name: n for n, name in enumerate(n for n in ranked if n != UNDECIDED_NAME)}

    def _pattern(self, name: str) -> Qt.BrushStyle | None:
        if not self.print_friendly or not name:
            return None
        return PATTERNS[self.style_index.get(name, 0) % len(PATTERNS)]

    def _marker(self, name: str) -> Marker:
        if not self.print_friendly or not name:
            return Marker.CIRCLE
        return MARKERS[self.style_index.get(name, 0) % len(MARKERS)]

    def _color(self, name: str) -> QColor:
        assert self.scenario is not None
        return QColor(self.scenario.color(name))

    def _print_fill(self, name: str) -> QColor:
        """A candidate's fill when print friendly: their colour lightened to their rank's grey."""
        rank = self.style_index.get(name, 0)
        return lighter(self._color(name), PRINT_TINTS[rank % len(PRINT_TINTS)])

    def _unit_shares(self, unit_id: str) -> tuple[list[tuple[str, int]], int, int]:
        """How a unit's electors voted for President: (person, votes) largest first, then the
        blank ballots and the undecided electors."""
        assert self.scenario is not None
        ballots = self._ballots[unit_id]
        order = {name: n for n, name in enumerate(self.scenario.candidate_names())}
        named = sorted(
            ballots.named.items(), key=lambda item: (-item[1], order.get(item[0], len(order)), item[0])
        )
        return named, ballots.blank, ballots.undecided

    def _unit_bands(self, unit_id: str, tint: bool) -> tuple[Band, ...]:
        assert self.scenario is not None
        if not self.scenario.election.unit(unit_id).electors:
            return (Band(GREYED, None if tint else self._greyed_pattern()),)
        named, blank, undecided = self._unit_shares(unit_id)
        rating = rating_of(self.scenario, unit_id)
        bands = []
        for name, count in named:
            color = self._color(name)
            if tint:
                bands.append(Band(lighter(color, 0.86 if self.print_friendly else 0.78), None, count))
            else:
                fill = self._print_fill(name) if self.print_friendly else color
                if rating is not None and rating.side == name:  # a forecast: lighter = less sure,
                    # from the candidate's own colour (a print tint would leave no room for shades)
                    fill = QColor(rating_shade(color.name(), rating.level.value))
                bands.append(Band(fill, self._pattern(name), count))
        if blank:
            bands.append(Band(BLANK, None, blank))
        if undecided:
            bands.append(Band(self._color(UNDECIDED_NAME), None, undecided))
        if not bands:  # out of the base, or every elector absent: no ballot to draw
            return (Band(GREYED, None if tint else self._greyed_pattern()),)
        return tuple(bands)

    def _greyed_pattern(self) -> Qt.BrushStyle:
        return Qt.BrushStyle.Dense7Pattern

    def _restyle_units(self, units: set[str]) -> None:
        touched: set[AreaItem] = set()
        for unit_id in units:
            for area in self.scenes.areas.get(unit_id, []):
                self._restyle_area(area)
                touched.add(area)
        for label, area in self.scenes.labels:
            if area in touched:
                self._color_label(label, area)
        assert self.scenario is not None
        for unit_id in units:
            badges = self.scenes.badges.get(unit_id, [])
            if badges:
                blank = self._ballots[unit_id].blank
                for badge, _ in badges:
                    badge.set_count(blank)

    def _restyle_area(self, area: AreaItem) -> None:
        assert area.unit_id is not None
        heavy = self.high_contrast
        if area.kind == "tile":
            outline = QPen(INK if heavy else QColor("#9a9a9a"), 2.4 if heavy else 1.0)
            area.set_look(self._unit_bands(area.unit_id, tint=True), outline)
            return
        bands = self._unit_bands(area.unit_id, tint=False)
        if area.kind == "state":
            white = not self.print_friendly and not heavy
            outline = QPen(QColor("#ffffff") if white else INK, 1.5 if heavy else 0.6)
        elif area.kind == "marker":
            outline = QPen(INK, 1.6 if heavy else 0.9)
        else:
            outline = QPen(INK if heavy else QColor("#404040"), 1.6 if heavy else 0.7)
        area.set_look(bands, outline)

    def _color_label(self, label: LabelItem, area: AreaItem) -> None:
        bands = area.bands
        solid = len(bands) == 1 and bands[0].pattern is None
        if any(band.pattern is not None for band in bands):
            label.set_colors(INK, None, plate=True)  # a hatch never runs through the text
        elif self.high_contrast:
            label.set_colors(QColor("#000000"), QColor("#ffffff"))
        elif solid and is_dark(bands[0].color):
            label.set_colors(QColor("#ffffff"), None)
        elif solid:
            label.set_colors(INK, None)
        else:
            label.set_colors(INK, QColor(255, 255, 255, 230))

    def _dot_part(self, index: int, office: Office) -> DotPart:
        assert self.scenario is not None
        kind = self.scenario.ballot(index, office)
        if kind is Ballot.BLANK:
            return DotPart(BLANK, DotStyle.BLANK, Marker.CIRCLE)
        if kind is Ballot.ABSENT:
            return DotPart(BLANK, DotStyle.ABSENT, Marker.CIRCLE)
        if kind is Ballot.NOT_APPOINTED:
            return DotPart(BLANK, DotStyle.NOT_APPOINTED, Marker.CIRCLE)
        if kind is Ballot.UNDECIDED:
            return DotPart(self._color(UNDECIDED_NAME), DotStyle.UNDECIDED, Marker.CIRCLE)
        name = self.scenario.cast(index, office)
        color = self._color(name)
        rating = rating_of(self.scenario, self.scenario.election.electors[index].unit)
        if rating is not None and rating.side == name:  # a forecast: the dots shaded like the map
            color = QColor(rating_shade(color.name(), rating.level.value))
        return DotPart(color, DotStyle.VOTE, self._marker(name))

    def _restyle_dot(self, index: int) -> None:
        scenario = self.scenario
        dot = self.scenes.dots.get(index)
        if scenario is None or dot is None:
            return
        if scenario.election.pre_12th_amendment:
            parts = (self._dot_part(index, Office.PRESIDENT), self._dot_part(index, Office.VICE_PRESIDENT))
            faithless = any(scenario.is_faithless(index, office) for office in Office)
            dot.set_look(parts, faithless, False)
        else:
            dot.set_look(
                (self._dot_part(index, Office.PRESIDENT),),
                scenario.is_faithless(index, Office.PRESIDENT),
                scenario.is_faithless(index, Office.VICE_PRESIDENT),
            )

    def update_legends(self, view: str) -> None:
        """Only the shown view's legend follows the edits; the other is brought up to date when shown."""
        scenario = self.scenario
        if scenario is None or not self.scenes.legends:
            return
        election = scenario.election
        if view == MAP_VIEW:
            title = (
                translate("map", "{year}: electoral votes (two per elector), by state")
                if election.pre_12th_amendment
                else translate("map", "{year} forecast: electoral votes by rating")
                if is_forecast(scenario)
                else translate("map", "{year}: electoral votes for President, by state")
            )
            self.scenes.legends[MAP_VIEW].set_content(title.format(year=election.year), self._map_entries())
            self.scenes.update_rects()
            return
        if election.pre_12th_amendment:
            title = translate("map", "{year}: one dot per elector, both votes for President (halves)")
        else:
            title = translate("map", "{year}: one dot per elector, by vote for President")
        title = title.format(year=election.year)
        self.scenes.legends[ELECTORS_VIEW].set_content(title, self._elector_entries())
        self.scenes.update_rects()

    def _map_entries(self) -> tuple[LegendEntry, ...]:
        """Everyone who received a vote for President, most first; then blank ballots, units
        not yet called, and the symbols the year needs."""
        scenario = self.scenario
        assert scenario is not None
        # Every unit's count, summed as the units were restyled: nothing is counted again here.
        named = [(name, count) for name, count in self._named.items() if count > 0]
        entries = [
            LegendEntry(name, swatch=self._unit_bands_for(name))
            for name, _ in sorted(named, key=lambda item: (-item[1], item[0]))
        ]
        blank, undecided = self._blank, self._undecided
        if is_forecast(scenario):  # each shade with its counts instead (toss-ups among them)
            entries = self._forecast_entries()
            undecided = 0
        if blank:
            entries.append(LegendEntry(translate("map", "Blank ballots (how many)"), badge=True))
        if undecided:
            entries.append(
                LegendEntry(
                    translate("map", "Not yet called"), swatch=Band(self._color(UNDECIDED_NAME), None)
                )
            )
        if any(not s.electors or not scenario.is_appointed(s.code) for s in scenario.election.states):
            entries.append(
                LegendEntry(
                    translate("map", "No electors counted"), swatch=Band(GREYED, self._greyed_pattern())
                )
            )
        if self.scenes.absent_states:
            entries.append(LegendEntry(translate("map", "Not a state"), swatch=Band(ABSENT, None)))
        if any(len(s.units) > 1 for s in scenario.election.states):
            entries.extend(LegendEntry(translate("map", line)) for line in DISTRICTS_NOTE)
        return tuple(entries)

    def _forecast_entries(self) -> list[LegendEntry]:
        """A forecast's key: each shade in use, with its electors and units."""
        assert self.scenario is not None
        rows = legend_rows(self.scenario)
        return [
            LegendEntry(row.text, swatch=Band(QColor(row.color), self._pattern(row.side))) for row in rows
        ]

    def _unit_bands_for(self, name: str) -> Band:
        return Band(self._print_fill(name) if self.print_friendly else self._color(name), self._pattern(name))

    def _elector_entries(self) -> tuple[LegendEntry, ...]:
        scenario = self.scenario
        assert scenario is not None
        offices = list(Office) if scenario.election.pre_12th_amendment else [Office.PRESIDENT]
        counts: Counter[str] = Counter()
        blank = undecided = faithless = False
        kinds: set[Ballot] = set()
        for i in self.scenes.dots:
            for office in offices:
                kind = scenario.ballot(i, office)
                kinds.add(kind)
                if kind is Ballot.BLANK:
                    blank = True
                elif kind is Ballot.UNDECIDED:
                    undecided = True
                elif kind not in (Ballot.ABSENT, Ballot.NOT_APPOINTED):
                    counts[scenario.cast(i, office)] += 1
            faithless = faithless or any(scenario.is_faithless(i, office) for office in Office)
        entries = [
            LegendEntry(name, dot=DotPart(self._color(name), DotStyle.VOTE, self._marker(name)))
            for name in sorted(counts, key=lambda n: (-counts[n], n))
        ]
        grey = QColor("#bdbdbd")
        entries.append(
            LegendEntry(
                translate("map", "Faithless elector"),
                dot=DotPart(grey, DotStyle.VOTE, Marker.CIRCLE),
                faithless=True,
            )
        )
        if blank:
            entries.append(
                LegendEntry(
                    translate("map", "Blank ballot"), dot=DotPart(BLANK, DotStyle.BLANK, Marker.CIRCLE)
                )
            )
        if undecided:
            entries.append(
                LegendEntry(
                    translate("map", "Not yet called"),
                    dot=DotPart(self._color(UNDECIDED_NAME), DotStyle.UNDECIDED, Marker.CIRCLE),
                )
            )
        if Ballot.ABSENT in kinds:
            entries.append(
                LegendEntry(
                    translate("map", "Absent: no ballot"), dot=DotPart(BLANK, DotStyle.ABSENT, Marker.CIRCLE)
                )
            )
        if Ballot.NOT_APPOINTED in kinds:
            entries.append(
                LegendEntry(
                    translate("map", "Not appointed"),
                    dot=DotPart(BLANK, DotStyle.NOT_APPOINTED, Marker.CIRCLE),
                )
            )
        if any(s.allotted > len(s.electors) for s in scenario.election.states):
            entries.append(LegendEntry(translate("map", "Seat not filled or not counted"), empty_seat=True))
        if any(len(s.units) > 1 for s in scenario.election.states):
            entries.extend(LegendEntry(translate("map", line)) for line in DISTRICTS_NOTE)
        return tuple(entries)
