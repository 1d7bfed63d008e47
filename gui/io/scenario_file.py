"""Scenario files: JSON, versioned, validated field by field.

A file records an election, a starting point and what differs from it::

    {
      "format": "ec-whatif-scenario", "version": 1,
      "election": 2016, "start": "pledged",
      "title": "...", "description": "...",
      "apportionment": {"census": 1990, "house_size": 600, "method": "hill", "dc": "amendment",
                        "puerto_rico": false},
      "candidates": [{"name": "Evan McMullin", "party": "Independent"}],
      "appointed": {"TX": false},
      "units": {"PA": "Hillary Clinton", "MI": null, "ME-2": {"president": "...", "vice_president": "..."}},
      "electors": {"TX:3": {"president": "John Kasich", "vice_president": null}},
      "ratings": {"PA": "lean", "MI": "tossup"}
    }

An elector's vote is a name (voted for that person), ``null`` (blank ballot), ``true`` (as
pledged) or ``false`` (no ballot: the elector was absent). ``appointed`` lists the states whose
electors are out of the base (``false``) or brought into it (``true``) against the record. A unit
given only a presidential candidate takes that candidate's running mate; a unit given ``null`` is
not yet called (its electors are undecided). ``ratings`` makes the scenario a forecast: each
unit's level (safe, likely, lean, tilt; tossup for a unit not yet called), for whoever carries it.
Reading never trusts the file: size, depth, types, years, units, electors and names are all
checked, and the first problem is reported with the field it is in.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from gui.domain.allocation import Method
from gui.domain.apportionment import (
    MAX_HOUSE,
    MIN_HOUSE,
    Choice,
    District,
    SizeRule,
    censuses,
    default_choice,
)
from gui.domain.apportionment import Method as SeatMethod
from gui.domain.catalog import NO_TICKET, Candidate, Catalog, Election, Ticket
from gui.domain.colors import party_preset_color
from gui.domain.constitution import names_twice
from gui.domain.document import ScenarioDocument
from gui.domain.forecast import rated_units, rating_of
from gui.domain.i18n import QT_TRANSLATE_NOOP, translate
from gui.domain.identifiers import (
    InputError,
    clean_name,
    fold_name,
    parse_elector,
    parse_unit,
    quoted,
    reserved_meanings,
)
from gui.domain.popular_vote import MAX_SWING, NO_EDITS, NO_SWING, PopularEdits, StateVote, Swing
from gui.domain.ratings import Level
from gui.domain.reapportion import reapportioned_election
from gui.domain.scenario import ABSENT, BLANK, FAITHFUL, Office, Scenario, Start, Vote
from gui.domain.upcoming import answering_to_parties, placeholder_nominees
from gui.io.atomic import write_bytes
from gui.io.count_section import count_to_json, read_count
from gui.io.readers import read_limited
from gui.io.scenario_migrations import upgrade

FORMAT_NAME = "ec-whatif-scenario"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 2_000_000  # a full 538-elector scenario with long notes is under 100 kB
MAX_TEXT = 20_000
TOP_LEVEL_KEYS = {
    "format",
    "version",
    "election",
    "start",
    "title",
    "description",
    "apportionment",
    "candidates",
    "colors",
    "rules",
    "congress",
    "appointed",
    "units",
    "electors",
    "popular",
    "count",
    "ratings",
}
MAX_VOTES = 10**9  # in one state, for one candidate
MAX_POPULAR_NAMES = 50
# Entries a section may hold, refused before any is looked up: the most any election can have,
# with room to spare. A House of 2,000 seats with DC and Puerto Rico as states has 94 units and
# 2,104 electors (California 242); the record, 56 units and 538 electors.
MAX_UNIT_ENTRIES = 200
MAX_ELECTOR_ENTRIES = 2_500
MAX_STATE_ENTRIES = 100  # appointed, each chamber's votes in Congress, popular votes by state
MAX_CANDIDATES = 100
MAX_COLORS = 1_000
_COLOR = re.compile(r"#[0-9a-fA-F]{6}")
T = TypeVar("T")


class ScenarioFileError(InputError):
    """A scenario file that cannot be read; the message names the field."""


def _vote_to_json(vote: Vote) -> object:
    if vote is FAITHFUL:
        return True
    if vote is ABSENT:
        return False
    return None if vote == BLANK else vote


def _ticket_to_json(scenario: Scenario, ticket: Ticket) -> object:
    # A candidate's own ticket is written as their name: it is read back the same way, where a
    # pair would have its running mate looked up again (and maybe found as someone else).
    if ticket.president and ticket == scenario.ticket_for(ticket.president):
        return ticket.president
    return {"president": ticket.president, "vice_president": ticket.vice_president}


def _apportionment_to_json(choice: Choice) -> dict[str, object]:
    return {
        "census": choice.census,
        "house_size": choice.size if choice.rule is SizeRule.FIXED else choice.rule.value,
        "method": choice.method.value,
        "dc": choice.district.value,
        "puerto_rico": choice.puerto_rico,
    }


def dump(document: ScenarioDocument) -> str:
    scenario = document.scenario
    baseline = Scenario(scenario.election, scenario.start)
    baseline.use_palette(scenario.palette)  # colours saved are those the user chose
    units: dict[str, object] = {}
    electors: dict[str, dict[str, object]] = {}
    covered: set[int] = set()
    for unit in scenario.election.units:
        winner = scenario.unit_winner(unit.id)
        if winner is not None and scenario.unit_pledges(unit.id) != baseline.unit_pledges(unit.id):
            units[unit.id] = (
                None if winner.is_empty else _ticket_to_json(scenario, winner)
            )  # null: not called
            covered.update(unit.electors)
    for seat in scenario.election.electors:
        entry: dict[str, object] = {}
        if seat.index not in covered and scenario.pledge(seat.index) != baseline.pledge(seat.index):
            entry["pledge"] = _ticket_to_json(scenario, scenario.pledge(seat.index))
        # After a unit assignment the baseline of its electors is "as pledged".
        for office in Office:
            before = FAITHFUL if seat.index in covered else baseline.vote(seat.index, office)
            if scenario.vote(seat.index, office) != before:
                entry[office.value] = _vote_to_json(scenario.vote(seat.index, office))
        if entry:
            electors[seat.id] = entry
    data: dict[str, object] = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "election": scenario.election.year,
        "start": scenario.start.value,
    }
    if document.title:
        data["title"] = document.title
    if document.description:
        data["description"] = document.description
    if scenario.reapportioned:
        data["apportionment"] = _apportionment_to_json(scenario.reapportioned.choice)
    # The next election starts with placeholder nominees: listed only once they differ from
    # the English ones (a file reads the same in any language).
    listed = scenario.added_candidates != list(placeholder_nominees(scenario.election, translated=False))
    if listed:
        data["candidates"] = [
            {
                "name": c.name,
                "party": c.party,
                "running_mate": c.running_mate,
                "color": scenario.color(c.name),
            }
            for c in scenario.added_candidates
        ]
    added = {c.name for c in scenario.added_candidates} if listed else set()
    recolored = {
        name: color
        for name, color in sorted(scenario.colors.items())
        if name not in added and baseline.colors.get(name) != color
    }
    if recolored:
        data["colors"] = recolored
    if scenario.apply_state_laws:
        data["rules"] = {"apply_state_laws": True}
    congress = {
        chamber: dict(sorted(votes.items()))
        for chamber, votes in (("house", scenario.house_votes), ("senate", scenario.senate_votes))
        if votes
    }
    if congress:
        data["congress"] = congress
    if scenario.popular != NO_EDITS:
        data["popular"] = _popular_to_json(scenario.popular)
    if scenario.count:  # the count in Congress (gui.io.count_section)
        data["count"] = count_to_json(scenario.count)
    moved = scenario.not_appointed ^ baseline.not_appointed
    if moved:
        data["appointed"] = {code: code not in scenario.not_appointed for code in sorted(moved)}
    if scenario.ratings is not None:
        data["ratings"] = _ratings_to_json(scenario)
    data["units"] = units
    data["electors"] = electors
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _ratings_to_json(scenario: Scenario) -> dict[str, str]:
    """A forecast: every rated unit's level (its side is whoever carries it, in ``units``)."""
    out = {}
    for unit_id in rated_units(scenario):
        rating = rating_of(scenario, unit_id)
        if rating is not None:
            out[unit_id] = rating.level.value
    return out


def _ratings(scenario: Scenario, raw: Any) -> dict[str, Level]:
    """A forecast's levels, each checked against who carries the unit: a toss-up is a unit not
    yet called, any other level a unit someone carries."""
    raw = _entries(
        raw, "ratings", dict, 'an object of unit: level, such as {"PA": "lean"}', MAX_UNIT_ENTRIES, "units"
    )
    levels: dict[str, Level] = {}
    for key, value in raw.items():
        where = f"ratings.{_key(key)}"
        unit_id = _identifier(parse_unit, scenario, key, where)
        choices = [level.value for level in Level]
        level = Level(_one_of(value, where, choices))
        unit = scenario.election.unit(unit_id)
        if not unit.electors or not scenario.is_appointed(unit.state):
            raise _fail(where, f"{unit_id} has no electors in the base to rate")
        winner = scenario.unit_winner(unit_id)
        if winner is None:
            raise _fail(where, f"{unit_id}'s electors are pledged to several tickets: no rating applies")
        if (level is Level.TOSSUP) != winner.is_empty:
            need = "not yet called (null in units)" if level is Level.TOSSUP else "carried by someone"
            raise _fail(where, f"a {level.value} unit must be {need}")
        if level not in (Level.TOSSUP, Level.SAFE):
            levels[unit_id] = level
    return levels


def _popular_to_json(edits: PopularEdits) -> dict[str, object]:
    out: dict[str, object] = {"method": edits.method}
    if edits.npvic_as_if:
        out["npvic_as_if"] = True
    if edits.swing.points:
        out["swing"] = {"toward": edits.swing.toward, "away": edits.swing.away, "points": edits.swing.points}
    if edits.votes:
        out["votes"] = {
            code: {"votes": dict(vote.votes), "other": vote.other}
            for code, vote in sorted(edits.votes.items())
        }
    return out


def _whole(value: Any, where: str, high: int) -> int:
    _expect(value, int, where, "a whole number")
    if not 0 <= value <= high:
        raise _fail(where, f"expected a whole number from 0 to {high:,}, got {value}")
    return value


def _popular(scenario: Scenario, raw: Any) -> PopularEdits:
    where = "popular"
    _expect(raw, dict, where, 'an object such as {"method": "proportional"}')
    unknown = set(raw) - {"method", "npvic_as_if", "swing", "votes"}
    if unknown:
        raise _fail(f"{where}.{_key(sorted(unknown)[0])}", "unknown field")
    method = raw.get("method", Method.WINNER_TAKE_ALL.value)
    if not isinstance(method, str) or method not in {m.value for m in Method}:
        choices = ", ".join(m.value for m in Method)
        raise _fail(f"{where}.method", f"expected one of {choices}, got {_shown(method, 40)}")
    as_if = _expect(raw.get("npvic_as_if", False), bool, f"{where}.npvic_as_if", "true or false")
    swing = NO_SWING
    if "swing" in raw:
        entry = _expect(raw["swing"], dict, f"{where}.swing", '{"toward": ..., "away": ..., "points": ...}')
        unknown = set(entry) - {"toward", "away", "points"}
        if unknown:
            raise _fail(f"{where}.swing.{_key(sorted(unknown)[0])}", "unknown field")
        points = entry.get("points")
        if isinstance(points, bool) or not isinstance(points, int | float) or not 0 <= points <= MAX_SWING:
            raise _fail(f"{where}.swing.points", f"expected a number from 0 to {MAX_SWING:g}")
        toward = _name(entry.get("toward"), f"{where}.swing.toward")
        away = _name(entry.get("away"), f"{where}.swing.away")
        if toward == away:
            raise _fail(f"{where}.swing", "a swing is between two different candidates")
        swing = Swing(toward, away, float(points)) if points else NO_SWING
    votes: dict[str, StateVote] = {}
    states = _entries(
        raw.get("votes", {}), f"{where}.votes", dict, "an object of STATE: votes", MAX_STATE_ENTRIES, "states"
    )
    for key, entry in states.items():
        at = f"{where}.votes.{_key(key)}"
        code = key.strip().upper() if key.isascii() else key
        if not scenario.election.has_state(code):
            raise _fail(at, f"not a state in {scenario.election.year}")
        _expect(entry, dict, at, '{"votes": {NAME: N}, "other": N}')
        unknown = set(entry) - {"votes", "other"}
        if unknown:
            raise _fail(f"{at}.{_key(sorted(unknown)[0])}", "unknown field")
        named = _expect(entry.get("votes", {}), dict, f"{at}.votes", "an object of name: votes")
        if len(named) > MAX_POPULAR_NAMES:
            raise _fail(f"{at}.votes", f"at most {MAX_POPULAR_NAMES} candidates")
        counts: dict[str, int] = {}
        for name, n in named.items():
            person = _name(name, f"{at}.votes.{_key(name)}")
            counts[person] = counts.get(person, 0) + _whole(n, f"{at}.votes.{_key(name)}", MAX_VOTES)
        other = _whole(entry.get("other", 0), f"{at}.other", MAX_VOTES)
        votes[code] = StateVote(dict(sorted(counts.items(), key=lambda i: (-i[1], i[0]))), other)
    return PopularEdits(swing, votes, method, as_if)


def _key(key: str) -> str:
    """A key of the file as a message shows it: as is when plain, else quoted, escaped and cut."""
    if key and key.isprintable() and len(key) <= 40:
        return key
    return json.dumps(key[:40]) + ("…" if len(key) > 40 else "")


def _shown(value: Any, width: int = 60) -> str:
    """A value of the file as a message shows it, cut short; a list or an object is named, never
    walked (a list nested a thousand deep must not exhaust the stack, nor a long one the line)."""
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, str) and len(value) > width:
        value = value[:width]
    return json.dumps(value)[:width]


def _fail(where: str, message: str) -> ScenarioFileError:
    return ScenarioFileError(f"{where}: {message}" if where else message)


def _expect(value: Any, kind: type, where: str, description: str) -> Any:
    # bool is an int to Python, never to a scenario file
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        raise _fail(where, f"expected {description}, got {_shown(value)}")
    return value


def _entries(value: Any, where: str, kind: type, description: str, most: int, what: str) -> Any:
    """A list or object of the file, refused at once when it holds more than ``most`` entries."""
    _expect(value, kind, where, description)
    if len(value) > most:
        raise _fail(where, f"at most {most:,} {what} (this one has {len(value):,})")
    return value


def _text(value: Any, where: str) -> str:
    _expect(value, str, where, "text")
    if len(value) > MAX_TEXT:
        raise _fail(where, f"longer than {MAX_TEXT} characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:  # "\ud800" is valid JSON but no text a file can hold
        raise _fail(where, f"a lone surrogate at character {error.start + 1} is not text") from None
    return value


def _name(value: Any, where: str) -> str:
    _expect(value, str, where, "a name")
    try:
        return clean_name(value)
    except InputError as error:
        raise _fail(where, str(error)) from None


def _new_person(value: Any, where: str) -> str:
    """The name of someone the file adds (a candidate, a running mate): never a reserved word."""
    name = _name(value, where)
    if reserved_meanings(name):
        raise _fail(
            where,
            translate("identifiers", "{text} is a reserved word, not a person's name").format(
                text=quoted(name)
            ),
        )
    return name


def _color(value: Any, where: str) -> str:
    _expect(value, str, where, 'a colour such as "#0072B2"')
    if not _COLOR.fullmatch(value):  # match() with $ would take a final newline
        raise _fail(where, f'expected a colour such as "#0072B2", got {_shown(value, 40)}')
    return value.upper()


def _person(scenario: Scenario, value: Any, where: str) -> str:
    """A candidate by name, alias or unique surname, else a write-in; never a reserved word
    (a blank ballot is null, a vote as pledged true, a unit not yet called null)."""
    try:
        return scenario.person(_name(value, where), allow_new=True)
    except InputError as error:
        raise _fail(where, str(error)) from None


def _vote(scenario: Scenario, value: Any, where: str) -> Vote:
    if value is True:
        return FAITHFUL
    if value is False:
        return ABSENT
    if value is None:
        return BLANK
    if isinstance(value, str):
        return _person(scenario, value, where)
    raise _fail(
        where,
        f"expected a name, null (blank ballot), true (as pledged) or false (absent), got {_shown(value)}",
    )


def _unit_value(scenario: Scenario, value: Any, where: str) -> Ticket:
    """What a unit is given: a ticket, or null (not yet called: no one carried it)."""
    return NO_TICKET if value is None else _unit_ticket(scenario, value, where)


def _unit_ticket(scenario: Scenario, value: Any, where: str) -> Ticket:
    if isinstance(value, str):
        return scenario.ticket_for(_person(scenario, value, where))
    _expect(
        value,
        dict,
        where,
        'a candidate\'s name or {"president": ..., "vice_president": ...}',
    )
    unknown = set(value) - {"president", "vice_president"}
    if unknown:
        raise _fail(f"{where}.{_key(sorted(unknown)[0])}", "unknown field")
    return Ticket(
        _member(scenario, value.get("president"), f"{where}.president"),
        _member(scenario, value.get("vice_president"), f"{where}.vice_president"),
    )


def _member(scenario: Scenario, value: Any, where: str) -> str:
    """A ticket's president or running mate: a person, or no one ("" or null; not 0 or false)."""
    return "" if value is None or value == "" else _person(scenario, value, where)


def _identifier(parse_key: Callable[[Election, str], T], scenario: Scenario, key: str, where: str) -> T:
    """A unit or elector named by a key of the file, or the error naming the field."""
    try:
        return parse_key(scenario.election, key)
    except InputError as error:
        raise _fail(where, str(error)) from None


_SIZE_RULES = (SizeRule.WYOMING.value, SizeRule.CUBE_ROOT.value)


def _one_of(value: Any, where: str, choices: list[str]) -> str:
    if not isinstance(value, str) or value not in choices:
        expected = ", ".join(json.dumps(c) for c in choices)
        raise _fail(where, f"expected one of {expected}, got {_shown(value, 40)}")
    return value


def _choice(election: Election, raw: Any) -> Choice:
    """The apportionment of ``apportionment``: each field checked, omitted ones as the election had."""
    _expect(raw, dict, "apportionment", 'an object such as {"census": 1990, "house_size": 600}')
    unknown = set(raw) - {"census", "house_size", "method", "dc", "puerto_rico"}
    if unknown:
        raise _fail(f"apportionment.{_key(sorted(unknown)[0])}", "unknown field")
    default = default_choice(election)
    census = _expect(raw.get("census", default.census), int, "apportionment.census", "a census year")
    if census not in censuses():
        years = ", ".join(str(year) for year in censuses())
        raise _fail("apportionment.census", f"no census apportionment for {census} (censuses: {years})")
    size = raw.get("house_size", default.size)
    rule = SizeRule.FIXED
    if isinstance(size, str) and size in _SIZE_RULES:
        rule, size = SizeRule(size), default.size
    elif not isinstance(size, int) or isinstance(size, bool) or not MIN_HOUSE <= size <= MAX_HOUSE:
        raise _fail(
            "apportionment.house_size",
            f'expected a whole number from {MIN_HOUSE} to {MAX_HOUSE}, "wyoming" or "cube-root", '
            f"got {_shown(size, 40)}",
        )
    method = _one_of(
        raw.get("method", default.method.value), "apportionment.method", [m.value for m in SeatMethod]
    )
    district = _one_of(
        raw.get("dc", District.AMENDMENT.value), "apportionment.dc", [d.value for d in District]
    )
    puerto_rico = _expect(raw.get("puerto_rico", False), bool, "apportionment.puerto_rico", "true or false")
    return Choice(census, size, SeatMethod(method), rule, District(district), puerto_rico)


_ABSENT = object()  # no "apportionment" in the file (null is a value, and a wrong one)


def _scenario(election: Election, start: Start, apportionment: Any) -> Scenario:
    """The scenario the file starts from: the election, rebuilt under its apportionment if any."""
    if apportionment is _ABSENT:
        return Scenario(election, start)
    choice = _choice(election, apportionment)
    try:
        rebuilt, reapportioned = reapportioned_election(election, choice)
    except InputError as error:  # an election before 1912, a House too small for its states
        raise _fail("apportionment", str(error)) from None
    return Scenario(rebuilt, start, reapportioned)


# What JSON's reader says went wrong, in plain words (the start of its message: the rest is where).
JSON_PROBLEMS = (
    (
        "Invalid control character",
        QT_TRANSLATE_NOOP(
            "scenario_file",
            "a quoted text runs over a line break or holds another control character "
            "(write a line break as \\n, a tab as \\t)",
        ),
    ),
    (
        "Expecting property name",
        QT_TRANSLATE_NOOP(
            "scenario_file",
            "a field name is not in double quotes, or a comma comes just before a closing brace",
        ),
    ),
    ("Expecting ':'", QT_TRANSLATE_NOOP("scenario_file", "a colon (:) is missing after a field name")),
    ("Expecting ','", QT_TRANSLATE_NOOP("scenario_file", "a comma is missing between two entries")),
    (
        "Expecting value",
        QT_TRANSLATE_NOOP(
            "scenario_file",
            "a value is missing or is not JSON (a text in double quotes, a number, true, false, null, "
            "a list [...] or an object {...})",
        ),
    ),
    ("Unterminated string", QT_TRANSLATE_NOOP("scenario_file", "a quoted text has no closing double quote")),
    ("Extra data", QT_TRANSLATE_NOOP("scenario_file", "something follows the end of the scenario")),
    (
        "Invalid \\",
        QT_TRANSLATE_NOOP(
            "scenario_file", "a backslash starts something that is not an escape (write a backslash as \\\\)"
        ),
    ),
)


def json_problem(error: json.JSONDecodeError, text: str) -> str:
    """A file that is not JSON, in plain words: which line and column, and what is wrong."""
    if not text.strip():
        return translate("scenario_file", "the file is empty: not a scenario file (invalid JSON)")
    what = next(
        (translate("scenario_file", plain) for start, plain in JSON_PROBLEMS if error.msg.startswith(start)),
        error.msg,
    )
    return translate(
        "scenario_file", "not a scenario file (invalid JSON): line {line}, column {column}: {what}"
    ).format(line=error.lineno, column=error.colno, what=what)


def parse(text: str | bytes, catalog: Catalog) -> ScenarioDocument:
    """A scenario from file contents, or ScenarioFileError saying what is wrong and where."""
    if len(text) > MAX_FILE_BYTES:
        raise ScenarioFileError(f"the file is too large ({len(text):,} bytes; at most {MAX_FILE_BYTES:,})")
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise ScenarioFileError(f"the file is not UTF-8 text (byte {error.start})") from None
    try:
        data = json.loads(text)
    except RecursionError:
        raise ScenarioFileError("the file is nested too deeply to be a scenario") from None
    except json.JSONDecodeError as error:
        raise ScenarioFileError(json_problem(error, text)) from None
    except ValueError as error:  # numbers too long to read
        raise ScenarioFileError(f"not a scenario file: invalid JSON ({error})") from None
    _expect(data, dict, "", "a JSON object")
    if data.get("format") != FORMAT_NAME:
        raise _fail("format", f"expected {FORMAT_NAME!r}: this is not an ec-whatif scenario file")
    version = _expect(data.get("version"), int, "version", "a whole number")
    if version > FORMAT_VERSION:
        raise _fail(
            "version",
            f"version {version} comes from a newer ec-whatif; this one reads up to {FORMAT_VERSION}",
        )
    if version < 1:
        raise _fail("version", f"unknown version {version}")
    data = upgrade(data, version, FORMAT_VERSION)  # older files are upgraded before any check
    unknown = set(data) - TOP_LEVEL_KEYS
    if unknown:
        raise _fail(_key(sorted(unknown)[0]), "unknown field")
    year = _expect(data.get("election"), int, "election", "an election year")
    if year not in catalog:
        raise _fail(
            "election",
            f"no election in {year} (the catalog has {catalog.years[0]}–{catalog.years[-1]}, "
            "every four years)",
        )
    start_text = data.get("start", Start.OFFICIAL.value)
    try:
        start = Start(start_text)
    except ValueError:
        raise _fail("start", f'expected "official" or "pledged", got {_shown(start_text, 40)}') from None
    scenario = _scenario(catalog.election(year), start, data.get("apportionment", _ABSENT))
    title = _text(data.get("title", ""), "title")
    description = _text(data.get("description", ""), "description")

    candidates = _entries(
        data.get("candidates", []), "candidates", list, "a list", MAX_CANDIDATES, "added candidates"
    )
    # The file's list replaces the next election's placeholder nominees; a placeholder running
    # mate it still names keeps the colour it had (a changed one is under "colors").
    placeholder_colors: dict[str, str] = {}
    if "candidates" in data:
        for placeholder in scenario.added_candidates:
            for person in (placeholder.name, placeholder.running_mate):
                placeholder_colors[person] = scenario.colors.pop(person, "")
        scenario.added_candidates.clear()
    # Each candidate by folded name and alias (a name that folds to nothing, as written), as
    # same_name compares them: one look-up per added candidate, not a scan.
    taken: dict[str, str] = {}
    for person in scenario.candidates:
        for spelling in (person.name, *person.aliases):
            taken.setdefault(fold_name(spelling) or spelling, person.name)
    for n, raw in enumerate(candidates):
        where = f"candidates[{n}]"
        _expect(raw, dict, where, "an object with a name")
        name = _new_person(raw.get("name"), f"{where}.name")
        party = _text(raw.get("party", ""), f"{where}.party")[:MAX_TEXT]
        # Another spelling of a candidate's name or alias would never get a vote of its own.
        known = taken.get(fold_name(name) or name)
        if known is not None:
            same = "" if known == name else f" ({known})"
            raise _fail(f"{where}.name", f"{name!r} is already a candidate{same}")
        mate = raw.get("running_mate")
        mate = "" if mate is None or mate == "" else _new_person(mate, f"{where}.running_mate")
        unknown = set(raw) - {"name", "party", "running_mate", "color"}
        if unknown:
            raise _fail(f"{where}.{_key(sorted(unknown)[0])}", "unknown field")
        scenario.added_candidates.append(Candidate(name, party, running_mate=mate))
        taken.setdefault(fold_name(name) or name, name)
        # Without a colour of their own, a candidate of a known party takes the party's.
        default = party_preset_color(party) or scenario.color(name)
        scenario.colors[name] = _color(raw.get("color", default), f"{where}.color")
        if placeholder_colors.get(mate):
            scenario.colors[mate] = placeholder_colors[mate]
    scenario.added_candidates[:] = answering_to_parties(scenario.election, scenario.added_candidates)

    rules = _expect(data.get("rules", {}), dict, "rules", 'an object such as {"apply_state_laws": true}')
    unknown = set(rules) - {"apply_state_laws"}
    if unknown:
        raise _fail(f"rules.{_key(sorted(unknown)[0])}", "unknown rule")
    scenario.apply_state_laws = _expect(
        rules.get("apply_state_laws", False), bool, "rules.apply_state_laws", "true or false"
    )

    congress = _expect(data.get("congress", {}), dict, "congress", 'an object with "house" and "senate"')
    for chamber, keep, store in (
        ("house", "divided", scenario.house_votes),
        ("senate", "abstain", scenario.senate_votes),
    ):
        votes = _entries(
            congress.get(chamber, {}),
            f"congress.{chamber}",
            dict,
            "an object of STATE: vote",
            MAX_STATE_ENTRIES,
            "states",
        )
        for key, value in votes.items():
            where = f"congress.{chamber}.{_key(key)}"
            code = key.strip().upper() if key.isascii() else key  # 'ﬂ'.upper() is 'FL'
            if not scenario.election.has_state(code) or not scenario.election.state(code).votes_in_congress:
                raise _fail(where, f"not a state that votes in Congress in {scenario.election.year}")
            text = _name(value, where)
            store[code] = keep if text.lower() == keep else _person(scenario, text, where)
    unknown = set(congress) - {"house", "senate"}
    if unknown:
        raise _fail(f"congress.{_key(sorted(unknown)[0])}", "unknown field")

    colors = _entries(
        data.get("colors", {}), "colors", dict, "an object of name: colour", MAX_COLORS, "colours"
    )
    for key, value in colors.items():
        scenario.colors[_name(key, f"colors.{_key(key)}")] = _color(value, f"colors.{_key(key)}")

    appointed = _entries(
        data.get("appointed", {}),
        "appointed",
        dict,
        "an object of STATE: true or false",
        MAX_STATE_ENTRIES,
        "states",
    )
    for key, value in appointed.items():
        where = f"appointed.{_key(key)}"
        code = key.strip().upper() if key.isascii() else key  # 'ﬂ'.upper() is 'FL'
        if not scenario.election.has_state(code) or not scenario.election.state(code).electors:
            raise _fail(where, f"not a state with electors in {scenario.election.year}")
        scenario.set_appointed(code, _expect(value, bool, where, "true (appointed) or false (not appointed)"))
    if "popular" in data:
        scenario.popular = _popular(scenario, data["popular"])
    if "count" in data:
        scenario.set_count(read_count(scenario.election, data["count"], _fail))

    units = _entries(
        data.get("units", {}), "units", dict, "an object of unit: candidate", MAX_UNIT_ENTRIES, "units"
    )
    for key, value in units.items():
        where = f"units.{_key(key)}"
        unit_id = _identifier(parse_unit, scenario, key, where)
        ticket = _unit_value(scenario, value, where)
        for i in scenario.election.unit(unit_id).electors:
            scenario.set_pledge(i, ticket)
            for office in Office:
                scenario.set_vote(i, office, FAITHFUL)

    electors = _entries(
        data.get("electors", {}),
        "electors",
        dict,
        "an object of STATE:N: votes",
        MAX_ELECTOR_ENTRIES,
        "electors",
    )
    for key, value in electors.items():
        where = f"electors.{_key(key)}"
        seat = _identifier(parse_elector, scenario, key, where)
        _expect(value, dict, where, "an object with president / vice_president / pledge")
        unknown = set(value) - {"president", "vice_president", "pledge"}
        if unknown:
            raise _fail(f"{where}.{_key(sorted(unknown)[0])}", "unknown field")
        if "pledge" in value:
            scenario.set_pledge(seat.index, _unit_ticket(scenario, value["pledge"], f"{where}.pledge"))
        for office in Office:
            if office.value in value:
                scenario.set_vote(
                    seat.index, office, _vote(scenario, value[office.value], f"{where}.{office.value}")
                )
    if "ratings" in data:  # after the units: a rating's side is whoever carries the unit
        scenario.ratings = _ratings(scenario, data["ratings"])
    _check_two_persons(scenario)
    return ScenarioDocument(scenario, title, description)


def _check_two_persons(scenario: Scenario) -> None:
    """Before 1804 an elector's two votes go to two different persons (Article II)."""
    if not scenario.election.pre_12th_amendment:
        return
    for seat in scenario.election.electors:
        name = names_twice(
            scenario, seat.index, Office.PRESIDENT, scenario.vote(seat.index, Office.PRESIDENT)
        )
        if name:
            raise _fail(
                f"electors.{seat.id}",
                f"votes twice for {name}: before 1804 an elector's two votes went to two different "
                "persons (Article II)",
            )


def read(path: Path, catalog: Catalog) -> ScenarioDocument:
    try:
        raw = read_limited(path, MAX_FILE_BYTES)
    except InputError as error:
        raise ScenarioFileError(str(error)) from None
    try:
        return parse(raw, catalog)
    except ScenarioFileError as error:
        raise ScenarioFileError(f"{path.name}: {error}") from None


def encode(document: ScenarioDocument, path: Path) -> bytes:
    """The file's bytes; ScenarioFileError when a name cannot be written (a lone surrogate)."""
    try:
        return dump(document).encode("utf-8")
    except UnicodeEncodeError:
        raise ScenarioFileError(f"cannot save {path}: it holds text that is not Unicode") from None


def write(path: Path, document: ScenarioDocument) -> None:
    """Write atomically (gui.io.atomic): if anything fails the old file is untouched."""
    data = encode(document, path)
    try:
        write_bytes(path, data)
    except OSError as error:
        raise ScenarioFileError(str(error)) from None
