"""Hypothesis strategies over scenario files: odd but valid documents, and broken ones.

Valid documents start from real elections of the shipped catalog. Each broken file is a valid
document with exactly one thing broken (or bytes that are not a document at all), and it says
which field the reader must name and whether the JSON Schema can tell it is broken
(``structural``) or only the catalog can (a year, unit or elector that does not exist).

``lenient=True`` adds what the reader accepts and normalises but the schema, which describes
the form ec-whatif writes, does not: lower-case unit keys, spaces around keys, zero-padded
elector numbers, runs of spaces and tabs in names.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

from gui.domain.apportionment import (
    FIRST_ELECTION,
    MAX_HOUSE,
    Choice,
    District,
    Method,
    SizeRule,
    censuses,
    default_choice,
)
from gui.domain.catalog import Election, load_catalog
from gui.domain.identifiers import MAX_NAME_LENGTH, RESERVED_WORDS, WRITE_IN_MARK, reserved_meanings
from gui.domain.joint_session.rules import Decision, Ground
from gui.domain.reapportion import reapportioned_election
from gui.io.count_section import OBJECTION_KEYS
from gui.io.scenario_file import FORMAT_NAME, MAX_CANDIDATES, MAX_COLORS, MAX_FILE_BYTES, MAX_TEXT

# The reader's known bugs (the BUG-* tests of test_scenario_fuzz.py, xfail until fixed). While
# True, the strategies steer clear of them so that the other properties keep testing the rest;
# set it to False once the fixes are in, and the same inputs are fuzzed too.
AVOID_KNOWN_BUGS = False

CATALOG = load_catalog()
YEARS = CATALOG.years
TOP_LEVEL_KEYS = (
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
    "ratings",
)
RATING_LEVELS = ("safe", "likely", "lean", "tilt")  # for a carried unit; "tossup" for one not called
# The key patterns of the format (docs/scenario-format.md); the schema must say the same.
UNIT_KEY = re.compile(r"[A-Z]{2}(?:-[0-9]{1,2})?")
ELECTOR_KEY = re.compile(r"[A-Za-z]{2}:[0-9]{1,4}")
COLOR = re.compile(r"#[0-9a-fA-F]{6}")
CONGRESS_STATE = re.compile(r"[A-Z]{2}")  # a state (DC only when an apportionment admits it)
CHAMBERS = (("house", "divided"), ("senate", "abstain"))  # and what a state may do instead

WRITE_INS = (
    "John Kasich",
    "Colin Powell",
    "Zoë Écrivain",
    "A. Nobody",
    "José Martí",
    "Nguyễn Thị Minh Khai",
    "李小龍",
    "Владимир Иванов",
    "Ἀριστείδης",
    "محمد علي",
    "O'Neill-Smith Jr.",
    "😀 Emoji Person",
)
RESERVED_ENGLISH = sorted({word for words in RESERVED_WORDS.values() for word in words.split("|")})
SPACES = (" ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u3000", " \t ")

# The reader refuses any character of the Unicode "Other" categories in a name; free text
# takes anything but lone surrogates, which no file can hold.
_NAME_CHARACTERS = st.characters(exclude_categories=("C",))
_TEXT_CHARACTERS = st.characters(exclude_categories=("Cs",))
# Control characters that str.split() does not treat as spaces (those are collapsed instead).
_HARD_CONTROLS = [
    chr(c) for c in [*range(0x00, 0x09), *range(0x0E, 0x1C), *range(0x7F, 0x85), *range(0x86, 0xA0)]
]
# Invisible formatting and private-use characters in the Basic Multilingual Plane: the schema's
# pattern lists them, so it refuses them as the reader does.
_BMP_FORMATS = ["\u00ad", "\u061c", "\u180e", "\u200b", "\u200d", "\u202e", "\u2066", "\ufeff", "\ue000"]
# Characters the reader refuses that a portable schema pattern cannot list: astral format and
# private-use characters, unassigned code points, lone surrogates.
_OTHER_OTHERS = ["\U000e0001", "\U000110bd", "\U000f0000", "\u0378", "\U0003ffff", "\ud800", "\udfff"]


@dataclass(frozen=True)
class BadFile:
    """File contents the reader must refuse, and what its message must say."""

    what: str  # a label for reports
    content: str | bytes
    field: str | None  # the message starts with this field (or one inside it); None: no field
    structural: bool  # the JSON Schema refuses it too
    document: Any = None  # the JSON value, when the content is JSON the schema can check
    says: tuple[str, ...] = ()  # the message contains one of these
    instead: tuple[str, ...] = ()  # ... or, instead of naming the field, one of these
    key: str | None = None  # the field ends with this key from the file, which may be shown quoted


# --- names and people ----------------------------------------------------------------------------


def folds(text: str) -> set[str]:
    """The ways a name may be compared: ASCII-only, and case-folded without accents."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_only = decomposed.encode("ascii", "ignore").decode()
    unaccented = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return {" ".join(f.lower().replace(".", " ").split()) for f in (ascii_only, unaccented)}


def clearly_new(name: str, known: list[str]) -> bool:
    """True if ``name`` cannot be taken for a known person by any fold, in full or as a surname."""
    mine = folds(name)
    for other in known:
        theirs = folds(other)
        if mine & theirs or any(m.split() == t.split()[-1:] for m in mine for t in theirs):
            return False
    return True


def _collapsed(text: str) -> str:
    return " ".join(text.split())


def written_names() -> st.SearchStrategy[str]:
    """Anyone's name in any script, as ec-whatif writes it (at most 100 characters)."""
    letters = st.characters(categories=("L",))
    return st.one_of(
        st.text(_NAME_CHARACTERS, min_size=1, max_size=30),
        st.sampled_from(WRITE_INS),
        st.builds(lambda ch, n: ch * n, letters, st.integers(MAX_NAME_LENGTH - 5, MAX_NAME_LENGTH)),
    ).filter(lambda s: _collapsed(s) == s and s != "" and not _reserved(s))


def _reserved(name: str) -> bool:
    """A reserved word (undecided, blank, ...) or a write-in mark: never a person's name in a file."""
    return bool(reserved_meanings(name)) or name.startswith(WRITE_IN_MARK)


@st.composite
def padded(draw: st.DrawFn, name: str) -> str:
    """The same name with spaces around it and runs of spaces inside, which the reader collapses."""
    words = name.split(" ")
    inside = [draw(st.sampled_from(SPACES)) for _ in words[1:]]
    parts = [words[0]] + [gap + word for gap, word in zip(inside, words[1:], strict=True)]
    return draw(st.sampled_from(["", *SPACES])) + "".join(parts) + draw(st.sampled_from(["", *SPACES]))


def _case_variants(text: str) -> st.SearchStrategy[str]:
    return st.sampled_from(sorted({text, text.upper(), text.lower(), text.swapcase()}))


def _references(election: Election) -> list[str]:
    """Ways to name the election's candidates: full names, aliases, surnames."""
    found = []
    for candidate in election.candidates:
        found += [candidate.name, *candidate.aliases, candidate.name.split()[-1]]
    return [r for r in found if len(r) <= MAX_NAME_LENGTH]


def people(election: Election, added: list[str], lenient: bool) -> st.SearchStrategy[str]:
    """A person as a file may name them: a candidate (any case, alias, surname) or anyone."""
    options = [written_names()]
    known = _references(election) + added
    if known:
        options.append(st.sampled_from(known).flatmap(_case_variants).filter(lambda s: len(s) <= 100))
    found = st.one_of(options)
    return found.flatmap(padded) if lenient else found


def colors() -> st.SearchStrategy[str]:
    return st.from_regex(COLOR, fullmatch=True)


def free_text() -> st.SearchStrategy[str]:
    return st.one_of(
        st.text(_TEXT_CHARACTERS, max_size=80),
        st.builds(lambda ch, n: ch * n, _TEXT_CHARACTERS, st.integers(MAX_TEXT - 3, MAX_TEXT)),
    )


# --- valid documents -----------------------------------------------------------------------------


def _tickets(person: st.SearchStrategy[str]) -> st.SearchStrategy[object]:
    member = st.one_of(person, st.just(""), st.none())
    pair = st.fixed_dictionaries({}, optional={"president": member, "vice_president": member})
    return st.one_of(person, pair)


def _unit_values(person: st.SearchStrategy[str]) -> st.SearchStrategy[object]:
    """What a unit may be given: a ticket, or null (not yet called)."""
    return st.one_of(_tickets(person), st.none())


def _votes(person: st.SearchStrategy[str]) -> st.SearchStrategy[object]:
    return st.one_of(st.booleans(), st.none(), person)


def _unit_key(unit_id: str, lenient: bool) -> st.SearchStrategy[str]:
    if not lenient:
        return st.just(unit_id)
    return st.tuples(
        _case_variants(unit_id), st.sampled_from(["", " ", "\t"]), st.sampled_from(["", " ", "\n"])
    ).map(lambda t: t[1] + t[0] + t[2])


def _elector_key(state: str, number: int, lenient: bool) -> st.SearchStrategy[str]:
    if not lenient:
        return st.just(f"{state}:{number}")
    return st.tuples(
        _case_variants(state), st.integers(len(str(number)), 4), st.sampled_from(["", " ", "\t"])
    ).map(lambda t: f"{t[2]}{t[0]}:{number:0{t[1]}d}{t[2]}")


@st.composite
def _added_candidates(draw: st.DrawFn, election: Election, lenient: bool) -> list[dict[str, object]]:
    known = _references(election)
    found: list[dict[str, object]] = []
    if draw(st.integers(0, 30)) == 0:  # now and then the most the reader takes
        base = draw(written_names().filter(lambda s: len(s) <= 20))
        names = [f"{base} Nr{n}" for n in range(MAX_CANDIDATES)]
    else:
        names = draw(st.lists(written_names(), max_size=4))
    many = len(names) > 10
    for name in names:
        if not clearly_new(name, known):
            continue
        known.append(name)
        entry: dict[str, object] = {"name": draw(padded(name)) if lenient else name}
        if draw(st.booleans()):
            # A hundred 20,000-character parties would pass the file size limit.
            entry["party"] = draw(st.text(_TEXT_CHARACTERS, max_size=20) if many else free_text())
        if draw(st.booleans()):
            entry["running_mate"] = draw(st.one_of(written_names(), st.sampled_from(["", None])))
        if draw(st.booleans()):
            entry["color"] = draw(colors())
        found.append(entry)
    # A running mate that reads as someone else (another spelling of a candidate) does not
    # survive a save: BUG-MATE-ROUND-TRIP, tested on its own. Keep exact names and clear ones.
    exact = {c.name for c in election.candidates} | {_collapsed(str(c["name"])) for c in found}
    for entry in found:
        mate = entry.get("running_mate")
        if AVOID_KNOWN_BUGS and mate and mate not in exact and not clearly_new(str(mate), known):
            del entry["running_mate"]
    return found


@st.composite
def _every_elector(draw: st.DrawFn, election: Election, names: list[str]) -> dict[str, object]:
    """An entry for every elector of the election, from a seeded random pattern (cheap to draw)."""
    rnd = draw(st.randoms(use_true_random=False))
    if election.pre_12th_amendment:
        return {seat.id: _two_persons(rnd, names) for seat in election.electors}
    pool: list[object] = [True, False, None, *names]
    entries: dict[str, object] = {}
    for seat in election.electors:
        entry = {office: rnd.choice(pool) for office in ("president", "vice_president") if rnd.random() < 0.7}
        if rnd.random() < 0.2 and names:
            entry["pledge"] = {"president": rnd.choice(names), "vice_president": rnd.choice([*names, ""])}
        entries[seat.id] = entry
    return entries


def _two_persons(rnd: Any, names: list[str]) -> dict[str, object]:
    """Before 1804 an elector names two different persons (Article II): both votes are written
    out, the first from ``names``, the second a write-in no name of ``names`` can be read as."""
    first: list[object] = [None, False, *names]
    second: list[object] = [None, False, *(n for n in WRITE_INS if clearly_new(n, [str(x) for x in names]))]
    return {"president": rnd.choice(first), "vice_president": rnd.choice(second)}


def _state_key(code: str, lenient: bool) -> st.SearchStrategy[str]:
    if not lenient:
        return st.just(code)
    return st.tuples(_case_variants(code), st.sampled_from(["", " "])).map(lambda t: t[1] + t[0] + t[1])


@st.composite
def _congress(
    draw: st.DrawFn, election: Election, person: st.SearchStrategy[str], lenient: bool
) -> dict[str, dict[str, str]]:
    """Votes set by hand in a contingent election: a state's delegation votes for someone, or not."""
    codes = [s.code for s in election.states if s.votes_in_congress]
    found: dict[str, dict[str, str]] = {}
    for chamber, instead in CHAMBERS:
        if draw(st.booleans()):
            chosen = draw(st.lists(st.sampled_from(codes), max_size=5, unique=True))
            vote = st.one_of(person, _case_variants(instead))
            found[chamber] = {draw(_state_key(code, lenient)): draw(vote) for code in chosen}
    return found


def _popular(election: Election, person: st.SearchStrategy[str]) -> st.SearchStrategy[dict[str, object]]:
    """The popular-vote section: a method, a swing, votes typed for a few states."""
    votes = st.integers(0, 10**9)
    state_vote = st.fixed_dictionaries(
        {},
        optional={"votes": st.dictionaries(written_names(), votes, max_size=4), "other": votes},
    )
    states = [s.code for s in election.states] or ["TX"]
    swing = (
        st.tuples(person, person, st.floats(0, 15, allow_nan=False))
        .filter(lambda t: _collapsed(t[0]) != _collapsed(t[1]))
        .map(lambda t: {"toward": t[0], "away": t[1], "points": t[2]})
    )
    return st.fixed_dictionaries(
        {},
        optional={
            "method": st.sampled_from(["winner-take-all", "proportional", "district", "npvic", "national"]),
            "npvic_as_if": st.booleans(),
            "swing": swing,
            "votes": st.dictionaries(st.sampled_from(states), state_vote, max_size=3),
        },
    )


COUNT_GROUNDS = tuple(ground.value for ground in Ground)
COUNT_DECISIONS = tuple(decision.value for decision in Decision)


def _chamber_votes() -> st.SearchStrategy[object]:
    member = st.integers(0, 10_000)
    return st.one_of(
        st.none(),
        st.fixed_dictionaries({"yeas": member, "nays": member}),
        st.fixed_dictionaries({"sustains": st.booleans()}),
    )


@st.composite
def _objection(draw: st.DrawFn, election: Election, code: str) -> dict[str, object]:
    """One objection of the count in Congress, as a file may hold it."""
    member = st.integers(0, 10_000)
    size = len(election.state(code).electors)
    signers = st.one_of(
        st.none(),
        st.fixed_dictionaries(
            {"senators": member, "representatives": member}, optional={"at_least": st.booleans()}
        ),
    )
    entry: dict[str, object] = {
        "state": code,
        "ground": draw(st.sampled_from(COUNT_GROUNDS)),
        "signers": draw(signers),
    }
    optional = draw(
        st.fixed_dictionaries(
            {},
            optional={
                "senate": _chamber_votes(),
                "house": _chamber_votes(),
                "electors": st.lists(st.integers(1, size), max_size=min(size, 4), unique=True),
                "office": st.sampled_from(["president", "vice_president"]),
                "recorded": st.sampled_from(COUNT_DECISIONS),
                "slates": st.lists(free_text(), max_size=2),
                "note": free_text(),
                "source": free_text(),
            },
        )
    )
    return entry | optional


@st.composite
def _count(draw: st.DrawFn, election: Election) -> dict[str, object]:
    """The count section: objections to a few states' certificates or votes."""
    codes = [s.code for s in election.states if s.electors]
    chosen = draw(st.lists(st.sampled_from(codes), max_size=4, unique=True)) if codes else []
    return {"objections": [draw(_objection(election, code)) for code in chosen]}


SMALLEST_HOUSE = 52  # one seat for each of the 50 states, DC and Puerto Rico
SIZE_RULES = (SizeRule.WYOMING.value, SizeRule.CUBE_ROOT.value)


@st.composite
def _apportionment(draw: st.DrawFn, election: Election) -> dict[str, object]:
    """Another apportionment, every field optional (omitted: as the election had it)."""
    fields = {
        "census": st.sampled_from(sorted(censuses())),
        "house_size": st.one_of(st.integers(SMALLEST_HOUSE, MAX_HOUSE), st.sampled_from(SIZE_RULES)),
        "method": st.sampled_from([m.value for m in Method]),
        "dc": st.sampled_from([d.value for d in District]),
        "puerto_rico": st.booleans(),
    }
    return draw(st.fixed_dictionaries({}, optional=fields))


def apportionment_choice(election: Election, entry: dict[str, Any]) -> Choice:
    """The choice a document's apportionment makes, as the documentation says it is read."""
    default = default_choice(election)
    size = entry.get("house_size", default.size)
    return Choice(
        entry.get("census", default.census),
        default.size if isinstance(size, str) else size,
        Method(entry.get("method", default.method.value)),
        SizeRule(size) if isinstance(size, str) else SizeRule.FIXED,
        District(entry.get("dc", District.AMENDMENT.value)),
        entry.get("puerto_rico", False),
    )


def document_election(document: dict[str, Any]) -> Election:
    """The election a valid document's units and electors belong to: rebuilt when it has
    another apportionment."""
    election = CATALOG.election(document["election"])
    if "apportionment" in document:
        election, _ = reapportioned_election(
            election, apportionment_choice(election, document["apportionment"])
        )
    return election


@st.composite
def scenario_documents(draw: st.DrawFn, *, lenient: bool = True) -> dict[str, Any]:
    """A document the reader must accept, for a random election of the catalog."""
    election = CATALOG.election(draw(st.sampled_from(YEARS)))
    document: dict[str, Any] = {"format": FORMAT_NAME, "version": 1, "election": election.year}
    start = draw(st.sampled_from([None, "official", "pledged"]))
    if start is not None:
        document["start"] = start
    if election.year >= FIRST_ELECTION and draw(st.integers(0, 3)) == 0:
        document["apportionment"] = draw(_apportionment(election))
        election = document_election(document)
    for key in ("title", "description"):
        if draw(st.booleans()):
            document[key] = draw(free_text())
    candidates = draw(_added_candidates(election, lenient))
    if candidates or draw(st.booleans()):
        document["candidates"] = candidates
    added = [_collapsed(str(c["name"])) for c in candidates]
    person = people(election, added, lenient)
    if draw(st.booleans()):
        document["colors"] = draw(st.dictionaries(person, colors(), max_size=4))
    if draw(st.booleans()):
        document["rules"] = draw(st.fixed_dictionaries({}, optional={"apply_state_laws": st.booleans()}))
    if draw(st.booleans()):
        document["congress"] = draw(_congress(election, person, lenient))
    if draw(st.integers(0, 3)) == 0:
        document["popular"] = draw(_popular(election, person))
    if draw(st.integers(0, 3)) == 0:
        document["count"] = draw(_count(election))
    with_seats = [s.code for s in election.states if s.electors]
    if draw(st.booleans()) and with_seats:
        chosen_states = draw(st.lists(st.sampled_from(with_seats), max_size=3, unique=True))
        document["appointed"] = {
            draw(_state_key(code, lenient)): draw(st.booleans()) for code in chosen_states
        }
    pre12 = election.pre_12th_amendment
    if draw(st.booleans()) and election.units and not pre12:
        chosen = draw(st.lists(st.sampled_from(election.units), max_size=8, unique_by=lambda u: u.id))
        document["units"] = {draw(_unit_key(u.id, lenient)): draw(_unit_values(person)) for u in chosen}
    if draw(st.integers(0, 40)) == 0:
        pool = [*_references(election)[:6], *added[:3], *([] if pre12 else WRITE_INS[:4])]
        document["electors"] = draw(_every_elector(election, pool))
    elif pre12 and draw(st.booleans()):
        # Both votes written out, from two pools no name of which can be read as the other's.
        seats = draw(st.lists(st.sampled_from(election.electors), max_size=12))
        rnd = draw(st.randoms(use_true_random=False))
        names = [*_references(election), *added]
        document["electors"] = {
            draw(_elector_key(s.state, s.number, lenient)): _two_persons(rnd, names) for s in seats
        }
    elif draw(st.booleans()) and not pre12:
        seats = draw(st.lists(st.sampled_from(election.electors), max_size=12))
        entry = st.fixed_dictionaries(
            {},
            optional={
                "president": _votes(person),
                "vice_president": _votes(person),
                "pledge": _tickets(person),
            },
        )
        document["electors"] = {draw(_elector_key(s.state, s.number, lenient)): draw(entry) for s in seats}
    if draw(st.integers(0, 3)) == 0 and not pre12:
        document["ratings"] = draw(_ratings(document, election, lenient))
    return document


def rating_carriers(document: dict[str, Any], election: Election) -> dict[str, bool]:
    """Units a valid ``ratings`` may rate, each with whether someone carries it once the file
    is read; left out: units with edited electors, states moved in or out of the base, units
    given a pair (which may name no one), units split between tickets."""
    if "electors" in document or "apportionment" in document:
        return {}
    moved = {_as_unit(key) for key in document.get("appointed", {})}
    given = {_as_unit(key): value for key, value in document.get("units", {}).items()}
    carriers = {}
    for unit in election.units:
        if not unit.electors or unit.state in moved or unit.state in election.out_of_base():
            continue
        if unit.id in given:
            value = given[unit.id]
            if value is None or isinstance(value, str):
                carriers[unit.id] = value is not None
            continue
        pledges = {election.electors[i].pledge for i in unit.electors}
        if len(pledges) == 1:
            carriers[unit.id] = not next(iter(pledges)).is_empty
    return carriers


@st.composite
def _ratings(draw: st.DrawFn, document: dict[str, Any], election: Election, lenient: bool) -> dict[str, str]:
    carriers = rating_carriers(document, election)
    if not carriers:
        return {}
    chosen = draw(st.lists(st.sampled_from(sorted(carriers)), max_size=8, unique=True))
    return {
        draw(_unit_key(unit_id, lenient)): draw(st.sampled_from(RATING_LEVELS))
        if carriers[unit_id]
        else "tossup"
        for unit_id in chosen
    }


# --- broken files --------------------------------------------------------------------------------

_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(-1e6, 1e6, allow_nan=False),
    st.text(max_size=12),
)
JSON_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)
# Keys that are never a unit or an elector: ASCII, and look-alikes in other scripts. While the
# bugs are there, no key over 40 characters or unprintable, and no letter str.upper() turns into
# ASCII (BUG-KEYS-ECHOED, BUG-LOOKALIKES).
_ODD_KEYS = st.one_of(
    st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=12),
    st.sampled_from(["Texas", "T", "TX:1", "TX-", "TX-123", "1", "Ｔｅｘａｓ", "Тexas", "德州", "TX 1"]),
    st.integers(1, 40).map(lambda n: "A" * n),
    *(
        []
        if AVOID_KNOWN_BUGS
        else [
            st.text(max_size=12),
            st.integers(41, 100_000).map(lambda n: "A" * n),
            st.sampled_from(["ﬂ", "ſc", "ıa", " ﬂ ", "TX:٣", "TX:３", "ﬂ:1", "T\nX", "P\u2028A"]),
        ]
    ),
)


def _as_unit(key: str) -> str:
    """The documented rule: a unit key is trimmed and read in any case, in ASCII."""
    key = key.strip()
    return key.upper() if key.isascii() else key


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _schema_year(value: float) -> bool:
    """Years the schema's shape allows: 1789, then every fourth year from 1792."""
    return value == 1789 or (value >= 1792 and value % 4 == 0)


def _bad_names() -> st.SearchStrategy[tuple[object, bool]]:
    """(a value that is not a name, whether the schema refuses it too)."""
    wrong_type = JSON_VALUES.filter(lambda v: not isinstance(v, str)).map(lambda v: (v, True))
    empty = st.sampled_from(["", *SPACES]).map(lambda v: (v, True))
    too_long = st.integers(MAX_NAME_LENGTH + 1, 300).map(lambda n: ("n" * n, True))
    with_control = st.tuples(written_names(), st.sampled_from(_HARD_CONTROLS + _BMP_FORMATS)).map(
        lambda t: (t[0] + t[1], True)
    )
    short = written_names().filter(lambda s: len(s) < MAX_NAME_LENGTH)
    other_other = st.tuples(short, st.sampled_from(_OTHER_OTHERS)).map(lambda t: (t[1] + t[0], False))
    # A reserved word is never a person: the schema cannot tell (any case, any spelling).
    reserved = st.sampled_from(RESERVED_ENGLISH).flatmap(_case_variants).map(lambda v: (v, False))
    return st.one_of(wrong_type, empty, too_long, with_control, other_other, reserved)


def _bad_tickets() -> st.SearchStrategy[tuple[object, str, bool, str | None]]:
    """(a value that is not a ticket, the sub-field the reader names, schema refuses too, key)."""
    by_type = JSON_VALUES.filter(lambda v: not isinstance(v, str | dict)).map(lambda v: (v, "", True, None))
    bad_name = _bad_names().filter(lambda t: isinstance(t[0], str)).map(lambda t: (t[0], "", t[1], None))
    unknown = _printable_keys().filter(lambda k: k not in ("president", "vice_president"))
    unknown_field = unknown.map(lambda k: ({k: "Someone"}, f".{k}", True, k))
    # A member that is not a name, "" or null. Falsy ones (0, false, [], {}) are read as no one:
    # that is BUG-TICKET-FALSY, tested on its own.
    member = _bad_names().filter(
        lambda t: t[0] is not None and t[0] != "" and not (AVOID_KNOWN_BUGS and _falsy(t[0]))
    )
    bad_member = st.tuples(st.sampled_from(["president", "vice_president"]), member).map(
        lambda t: ({t[0]: t[1][0]}, f".{t[0]}", t[1][1], None)
    )
    return st.one_of(by_type, bad_name, unknown_field, bad_member)


def _falsy(value: object) -> bool:
    return not value


def _newline_kept(color: str) -> str:
    # A colour followed by a newline is taken for a colour: BUG-COLOR-NEWLINE.
    return color.rstrip("\n") if AVOID_KNOWN_BUGS else color


def _printable_keys() -> st.SearchStrategy[str]:
    # Keys with line breaks or other unprintable characters are echoed raw: BUG-KEYS-ECHOED.
    return st.text(max_size=10).filter(lambda k: k.isprintable() or not AVOID_KNOWN_BUGS)


def _dumped(document: object, ensure_ascii: bool) -> str:
    return json.dumps(document, ensure_ascii=ensure_ascii)


@st.composite
def _broken_field(draw: st.DrawFn) -> BadFile:
    """A valid document with one field broken."""
    document = draw(scenario_documents(lenient=False))
    election = document_election(document)
    ascii_only = draw(st.booleans())

    def done(what: str, where: str | None, structural: bool, key: str | None = None) -> BadFile:
        text = _dumped(document, ascii_only)
        return BadFile(what, text, where, structural, document, key=key)

    kind = draw(
        st.sampled_from(
            [
                "format",
                "version",
                "election",
                "start",
                "apportionment",
                "text",
                "unknown",
                "candidates",
                "candidate",
                "colors",
                "rules",
                "congress",
                "popular",
                "count",
                "appointed",
                "two persons",
                "units",
                "unit key",
                "unit value",
                "electors",
                "elector key",
                "elector value",
                "ratings",
            ]
        )
    )
    if kind == "format":
        if draw(st.booleans()):
            del document["format"]
        else:
            document["format"] = draw(JSON_VALUES.filter(lambda v: v != FORMAT_NAME))
        return done("format", "format", True)
    if kind == "version":
        value = draw(
            st.one_of(
                JSON_VALUES.filter(lambda v: not _is_int(v)),
                st.integers(2, 10**30),
                st.integers(-(10**30), 0),
                st.just(10**400),
            )
        )
        document["version"] = value
        # JSON Schema compares numbers by value: 1.0 is the version 1 it asks for.
        return done("version", "version", not (isinstance(value, float) and value == 1))
    if kind == "election":
        if draw(st.booleans()):
            value = draw(JSON_VALUES.filter(lambda v: not _is_int(v)))
            structural = not (isinstance(value, float) and value.is_integer() and _schema_year(value))
        else:
            value = draw(
                st.one_of(st.integers(-3000, 3000), st.integers(-(10**30), 10**30)).filter(
                    lambda y: y not in CATALOG
                )
            )
            structural = not _schema_year(value)
        document["election"] = value
        return done("election", "election", structural)
    if kind == "start":
        document["start"] = draw(JSON_VALUES.filter(lambda v: v not in ("official", "pledged")))
        return done("start", "start", True)
    if kind == "apportionment":
        return done(*draw(_broken_apportionment(document)))
    if kind == "text":
        key = draw(st.sampled_from(["title", "description"]))
        document[key] = draw(
            st.one_of(
                JSON_VALUES.filter(lambda v: not isinstance(v, str)),
                st.integers(MAX_TEXT + 1, 3 * MAX_TEXT).map(lambda n: "t" * n),
            )
        )
        if not AVOID_KNOWN_BUGS and draw(st.booleans()):  # BUG-LONE-SURROGATE
            document[key] = draw(st.text(max_size=5)) + draw(st.sampled_from(["\ud800", "\udfff"]))
            return done(key, key, False)
        return done(key, key, True)
    if kind == "unknown":
        # An empty key is reported as "unknown field" without a name: BUG-KEYS-ECHOED.
        key = draw(_ODD_KEYS.filter(lambda k: k not in TOP_LEVEL_KEYS and (k != "" or not AVOID_KNOWN_BUGS)))
        document[key] = draw(JSON_VALUES)
        return done("unknown top-level field", key, True, key)
    if kind == "candidates":
        if draw(st.booleans()):
            document["candidates"] = draw(JSON_VALUES.filter(lambda v: not isinstance(v, list)))
        else:
            base = draw(written_names().filter(lambda s: len(s) <= 20))
            count = draw(st.integers(MAX_CANDIDATES + 1, MAX_CANDIDATES + 20))
            document["candidates"] = [{"name": f"{base} Nr{n}"} for n in range(count)]
        return done("candidates", "candidates", True)
    if kind == "candidate":
        candidates = document.setdefault("candidates", [])
        # Within the reader's limit: a 101st candidate would be refused for the count, not itself.
        n = draw(st.integers(0, min(len(candidates), MAX_CANDIDATES - 1)))
        where = f"candidates[{n}]"
        taken = [c.name for c in election.candidates] + [str(c["name"]) for c in candidates[:n]]
        problem = draw(
            st.sampled_from(["type", "no name", "name", "duplicate", "party", "mate", "color", "unknown"])
        )
        fresh = written_names().filter(lambda s: clearly_new(s, _references(election) + taken))
        entry: Any = {"name": draw(fresh)}
        if problem == "duplicate" and not taken:
            problem = "name"
        structural = True
        shown = None
        if problem == "type":
            entry = draw(JSON_VALUES.filter(lambda v: not isinstance(v, dict)))
        elif problem == "no name":
            del entry["name"]
            where += ".name"
        elif problem == "name":
            value, structural = draw(_bad_names())
            entry["name"] = value
            where += ".name"
        elif problem == "duplicate":
            # Another spelling of a candidate is taken for a new one: BUG-DUPLICATE-SPELLING.
            same = st.sampled_from(taken)
            entry["name"] = draw(same if AVOID_KNOWN_BUGS else same.flatmap(_case_variants))
            where += ".name"
            structural = False
        elif problem == "party":
            entry["party"] = draw(
                st.one_of(
                    JSON_VALUES.filter(lambda v: not isinstance(v, str)),
                    st.just("p" * (MAX_TEXT + 1)),
                )
            )
            where += ".party"
        elif problem == "mate":
            # Falsy non-names (0, false, [], {}) are read as "no running mate": BUG-TICKET-FALSY.
            value, structural = draw(
                _bad_names().filter(
                    lambda t: t[0] is not None and t[0] != "" and not (AVOID_KNOWN_BUGS and _falsy(t[0]))
                )
            )
            entry["running_mate"] = value
            where += ".running_mate"
        elif problem == "color":
            entry["color"] = draw(
                st.one_of(JSON_VALUES, st.text(max_size=9)).filter(
                    lambda v: not (isinstance(v, str) and COLOR.fullmatch(_newline_kept(v)))
                )
            )
            where += ".color"
        else:
            key = draw(
                _printable_keys().filter(lambda k: k not in ("name", "party", "running_mate", "color"))
            )
            entry[key] = draw(JSON_VALUES)
            where += f".{key}"
            shown = key
        candidates.insert(n, entry)
        del candidates[n + 1 :]  # the reader stops at the first problem; keep nothing after it
        return done(f"candidate {problem}", where, structural, shown)
    if kind == "colors":
        problem = draw(st.sampled_from(["type", "name", "color", "too many"]))
        if problem == "type":
            document["colors"] = draw(JSON_VALUES.filter(lambda v: not isinstance(v, dict)))
            return done("colors", "colors", True)
        if problem == "too many":
            document["colors"] = {f"Person {n}": "#000000" for n in range(MAX_COLORS + 1)}
            return done("colors: too many", "colors", True)
        colors_ = {}
        if problem == "name":
            name, structural = draw(
                _bad_names().filter(
                    # Names in colors are exact, never looked up: a reserved word is one too.
                    lambda t: (
                        isinstance(t[0], str)
                        and (t[0].isprintable() or not AVOID_KNOWN_BUGS)
                        and not reserved_meanings(t[0])
                    )
                )
            )
            colors_[name] = draw(colors())
        else:
            name, structural = draw(written_names().filter(lambda s: s.isprintable())), True
            colors_[name] = draw(
                st.one_of(JSON_VALUES, st.text(max_size=9)).filter(
                    lambda v: not (isinstance(v, str) and COLOR.fullmatch(_newline_kept(v)))
                )
            )
        document["colors"] = colors_
        return done(f"colors {problem}", f"colors.{name}", structural, name)
    if kind == "rules":
        problem = draw(st.sampled_from(["type", "unknown", "value"]))
        if problem == "type":
            document["rules"] = draw(JSON_VALUES.filter(lambda v: not isinstance(v, dict)))
            return done("rules", "rules", True)
        if problem == "unknown":
            key = draw(_printable_keys().filter(lambda k: k != "apply_state_laws"))
            document["rules"] = {key: draw(JSON_VALUES)}
            return done("unknown rule", f"rules.{key}", True, key)
        document["rules"] = {"apply_state_laws": draw(JSON_VALUES.filter(lambda v: not isinstance(v, bool)))}
        return done("rules value", "rules.apply_state_laws", True)
    if kind == "congress":
        return done(*draw(_broken_congress(document, election)))
    if kind == "popular":
        return done(*draw(_broken_popular(document, election)))
    if kind == "count":
        return done(*draw(_broken_count(document, election)))
    if kind == "units":
        document["units"] = draw(JSON_VALUES.filter(lambda v: not isinstance(v, dict)))
        return done("units", "units", True)
    if kind == "unit key":
        key = draw(
            st.one_of(
                _ODD_KEYS,
                st.sampled_from(["ZZ", "ME-2", "NE-3", "DC", "TX-5", "PR", "AK", "HI"]),
            ).filter(lambda k: not election.has_unit(_as_unit(k)))
        )
        units = document.setdefault("units", {})
        units[key] = draw(_tickets(people(election, [], False)))
        return done("unit key", f"units.{key}", not UNIT_KEY.fullmatch(key), key)
    if kind == "unit value":
        unit = draw(st.sampled_from(election.units))
        # null is a unit not yet called, not a broken ticket.
        value, inner, structural, key = draw(_bad_tickets().filter(lambda t: t[0] is not None))
        units = {k: v for k, v in document.get("units", {}).items() if k != unit.id}
        document["units"] = units | {unit.id: value}
        return done("unit value", f"units.{unit.id}{inner}", structural, key)
    if kind == "ratings":
        carriers = rating_carriers(document, election)
        problem = draw(st.sampled_from(["type", "level", "side"] if carriers else ["type", "level"]))
        if problem == "type":
            document["ratings"] = draw(JSON_VALUES.filter(lambda v: not isinstance(v, dict)))
            return done("ratings", "ratings", True)
        if problem == "level":
            unit = draw(st.sampled_from([u.id for u in election.units]))
            value = draw(
                JSON_VALUES.filter(lambda v: v not in (*RATING_LEVELS, "tossup"))
                | st.sampled_from(["Safe", "toss-up", "lean-D", " lean", "solid"])
            )
            document["ratings"] = {unit: value}
            return done("ratings level", f"ratings.{unit}", True)
        # A toss-up for a unit someone carries, or a level for one not yet called: only the
        # reader, which knows who carries the unit, can tell.
        unit = draw(st.sampled_from(sorted(carriers)))
        level = draw(st.sampled_from(RATING_LEVELS)) if not carriers[unit] else "tossup"
        document["ratings"] = {unit: level}
        return done("ratings side", f"ratings.{unit}", False)
    if kind == "appointed":
        problem = draw(st.sampled_from(["type", "state", "value"]))
        if problem == "type":
            document["appointed"] = draw(JSON_VALUES.filter(lambda v: not isinstance(v, dict)))
            return done("appointed", "appointed", True)
        if problem == "state":
            key = draw(
                st.one_of(_ODD_KEYS, st.sampled_from(["ZZ", "PR", "GU"])).filter(
                    lambda k: not (election.has_state(_as_unit(k)) and election.state(_as_unit(k)).electors)
                )
            )
            document["appointed"] = {key: False}
            # The schema knows the shape of a code, not which states had electors that year.
            return done("appointed state", f"appointed.{key}", not re.fullmatch(r"[A-Z]{2}", key), key)
        code = draw(st.sampled_from([s.code for s in election.states if s.electors]))
        document["appointed"] = {code: draw(JSON_VALUES.filter(lambda v: not isinstance(v, bool)))}
        return done("appointed value", f"appointed.{code}", True)
    if kind == "two persons":
        # Before 1804 one elector naming the same person twice: only the reader can tell.
        early = CATALOG.election(draw(st.sampled_from([y for y in YEARS if y <= 1800])))
        seat = draw(st.sampled_from([s for s in early.electors if not s.absent]))
        name = draw(st.sampled_from([c.name for c in early.candidates]))
        document.clear()
        document.update(
            {
                "format": FORMAT_NAME,
                "version": 1,
                "election": early.year,
                "electors": {seat.id: {"president": name, "vice_president": name}},
            }
        )
        return done("two persons", f"electors.{seat.id}", False)
    if kind == "electors":
        document["electors"] = draw(JSON_VALUES.filter(lambda v: not isinstance(v, dict)))
        return done("electors", "electors", True)
    if kind == "elector key":
        state = draw(st.sampled_from(election.states))
        key = draw(
            st.one_of(
                _ODD_KEYS,
                st.integers(len(state.electors) + 1, 10**5).map(lambda n: f"{state.code}:{n}"),
                st.sampled_from([f"{state.code}:0", f"{state.code}:-1", "ZZ:1", "PR:1", f"{state.code}:1.0"]),
            ).filter(lambda k: not _is_elector(election, k))
        )
        electors = document.setdefault("electors", {})
        electors[key] = {}
        return done("elector key", f"electors.{key}", not ELECTOR_KEY.fullmatch(key), key)
    seat = draw(st.sampled_from(election.electors))
    problem = draw(st.sampled_from(["type", "unknown", "vote", "pledge"]))
    entry = {}
    where = f"electors.{seat.id}"
    structural = True
    shown = None
    if problem == "type":
        entry = draw(JSON_VALUES.filter(lambda v: not isinstance(v, dict)))
    elif problem == "unknown":
        key = draw(_printable_keys().filter(lambda k: k not in ("president", "vice_president", "pledge")))
        entry[key] = draw(JSON_VALUES)
        where += f".{key}"
        shown = key
    elif problem == "vote":
        office = draw(st.sampled_from(["president", "vice_president"]))
        value, structural = draw(
            _bad_names().filter(lambda t: t[0] is not None and not isinstance(t[0], bool))
        )
        entry[office] = value
        where += f".{office}"
    else:
        value, inner, structural, shown = draw(_bad_tickets())
        entry["pledge"] = value
        where += f".pledge{inner}"
    electors = {k: v for k, v in document.get("electors", {}).items() if k != seat.id}
    document["electors"] = electors | {seat.id: entry}
    return done(f"elector {problem}", where, structural, shown)


@st.composite
def _broken_apportionment(draw: st.DrawFn, document: dict[str, Any]) -> tuple[str, str, bool, str | None]:
    """Replaces the document's apportionment by a broken one (the rest of the document says
    nothing of what it would add); returns (what, field, structural, key)."""
    for key in ("units", "electors", "congress"):
        document.pop(key, None)
    year = document["election"]
    states = sum(1 for s in CATALOG.election(year).states if s.code != "DC" and s.allotted)
    problems = ["type", "unknown", "census", "size", "method", "dc", "pr"]
    if states + 2 > 51:  # with DC and Puerto Rico, more states than a House of 51 can seat
        problems.append("fit")
    problem = draw(st.sampled_from(problems))
    if year < FIRST_ELECTION:
        problem = draw(st.sampled_from(["type", "unknown", "year"]))
    entry: dict[str, object] = {}
    document["apportionment"] = entry
    if problem == "type":
        document["apportionment"] = draw(JSON_VALUES.filter(lambda v: not isinstance(v, dict)))
        return "apportionment", "apportionment", True, None
    if problem == "unknown":
        key = draw(
            _printable_keys().filter(
                lambda k: k not in ("census", "house_size", "method", "dc", "puerto_rico")
            )
        )
        entry[key] = draw(JSON_VALUES)
        return "apportionment unknown field", f"apportionment.{key}", True, key
    if problem == "year":  # only the catalog knows the election has no census apportionment
        return "apportionment before 1912", "apportionment", False, None
    if problem == "fit":  # a House too small for its states: only the reader counts them
        entry.update(house_size=51, dc="state", puerto_rico=True)
        return "apportionment: a House too small", "apportionment", False, None
    if problem == "census":
        value = draw(
            st.one_of(
                JSON_VALUES.filter(lambda v: not _is_int(v)),
                st.integers(-3000, 3000).filter(lambda y: y not in censuses()),
            )
        )
        entry["census"] = value
        # JSON Schema compares numbers by value: 1990.0 is a census year to it.
        structural = not (isinstance(value, float) and value in censuses())
        return "apportionment census", "apportionment.census", structural, None
    if problem == "size":
        value = draw(
            st.one_of(
                JSON_VALUES.filter(lambda v: not _is_int(v) and v not in SIZE_RULES),
                st.integers(-(10**6), 49),
                st.integers(MAX_HOUSE + 1, 10**9),
            )
        )
        entry["house_size"] = value
        structural = not (isinstance(value, float) and value.is_integer() and 50 <= value <= MAX_HOUSE)
        return "apportionment size", "apportionment.house_size", structural, None
    if problem == "pr":
        key, value = "puerto_rico", draw(JSON_VALUES.filter(lambda v: not isinstance(v, bool)))
    else:
        key = problem
        allowed = [m.value for m in Method] if key == "method" else [d.value for d in District]
        value = draw(JSON_VALUES.filter(lambda v: not (isinstance(v, str) and v in allowed)))
    entry[key] = value
    return f"apportionment {key}", f"apportionment.{key}", True, None


@st.composite
def _broken_count(
    draw: st.DrawFn, document: dict[str, Any], election: Election
) -> tuple[str, str, bool, str | None]:
    """Breaks the document's count section; returns (what, field, structural, key)."""
    codes = [s.code for s in election.states if s.electors]
    problem = draw(
        st.sampled_from(["type", "list", "ground", "state", "yeas", "unknown", "twice", "elector"])
    )
    if problem == "type" or not codes:
        document["count"] = draw(JSON_VALUES.filter(lambda v: not isinstance(v, dict)))
        return "count", "count", True, None
    if problem == "list":
        document["count"] = {"objections": draw(JSON_VALUES.filter(lambda v: not isinstance(v, list)))}
        return "count objections", "count.objections", True, None
    code = draw(st.sampled_from(codes))
    objection = draw(_objection(election, code))
    document["count"] = {"objections": [objection]}
    where = "count.objections[0]"
    if problem == "ground":
        objection["ground"] = draw(JSON_VALUES.filter(lambda v: v not in COUNT_GROUNDS))
        return "count ground", f"{where}.ground", True, None
    if problem == "state":
        objection["state"] = draw(st.sampled_from(["ZZ", "PR", "XX"]).filter(lambda c: c not in codes))
        return "count state", f"{where}.state", False, None
    if problem == "yeas":
        objection["senate"] = {"yeas": draw(st.integers(max_value=-1)), "nays": 0}
        return "count yeas", f"{where}.senate.yeas", True, None
    if problem == "unknown":
        key = draw(_printable_keys().filter(lambda k: k not in OBJECTION_KEYS))
        objection[key] = draw(JSON_VALUES)
        return "count unknown field", f"{where}.{key}", True, key
    if problem == "twice":
        document["count"] = {"objections": [objection, dict(objection)]}
        return "count twice", "count.objections[1].state", False, None
    size = len(election.state(code).electors)
    objection["electors"] = [size + draw(st.integers(1, 5))]
    return "count elector", f"{where}.electors[0]", False, None


@st.composite
def _broken_congress(
    draw: st.DrawFn, document: dict[str, Any], election: Election
) -> tuple[str, str, bool, str | None]:
    """Breaks the document's congress votes; returns (what, field, structural, key)."""
    problem = draw(st.sampled_from(["type", "chamber", "unknown chamber", "state", "vote"]))
    chamber = draw(st.sampled_from([c for c, _ in CHAMBERS]))
    congress = {k: v for k, v in document.get("congress", {}).items() if k != chamber}
    document["congress"] = congress
    if problem == "type":
        document["congress"] = draw(JSON_VALUES.filter(lambda v: not isinstance(v, dict)))
        return "congress", "congress", True, None
    if problem == "chamber":
        congress[chamber] = draw(JSON_VALUES.filter(lambda v: not isinstance(v, dict)))
        return "congress chamber", f"congress.{chamber}", True, None
    if problem == "unknown chamber":
        key = draw(_printable_keys().filter(lambda k: k not in ("house", "senate")))
        congress[key] = draw(JSON_VALUES)
        return "congress unknown chamber", f"congress.{key}", True, key
    if problem == "state":
        key = draw(
            st.one_of(_ODD_KEYS, st.sampled_from(["ZZ", "DC", "dc", " DC", "PR", "GU"])).filter(
                lambda k: (
                    not (election.has_state(_as_unit(k)) and election.state(_as_unit(k)).votes_in_congress)
                )
            )
        )
        congress[chamber] = {key: "Someone"}
        structural = not CONGRESS_STATE.fullmatch(key)
        return "congress state", f"congress.{chamber}.{key}", structural, key
    code = draw(st.sampled_from([s.code for s in election.states if s.votes_in_congress]))
    value, structural = draw(_bad_names())
    congress[chamber] = {code: value}
    return "congress vote", f"congress.{chamber}.{code}", structural, None


@st.composite
def _broken_popular(draw: st.DrawFn, document: dict[str, Any], election: Election) -> tuple[Any, ...]:
    """The popular-vote section with one thing wrong: (what, where, structural[, key])."""
    problem = draw(st.sampled_from(["type", "unknown", "method", "as_if", "points", "state", "count"]))
    swing = {"toward": "Ada Lovelace", "away": "Grace Hopper", "points": 1}
    if problem == "type":
        document["popular"] = draw(JSON_VALUES.filter(lambda v: not isinstance(v, dict)))
        return ("popular", "popular", True)
    if problem == "unknown":
        key = draw(_printable_keys().filter(lambda k: k not in {"method", "npvic_as_if", "swing", "votes"}))
        document["popular"] = {key: draw(JSON_VALUES)}
        return ("unknown popular field", f"popular.{key}", True, key)
    if problem == "method":
        methods = {"winner-take-all", "proportional", "district", "npvic", "national"}
        document["popular"] = {
            "method": draw(JSON_VALUES.filter(lambda v: not (isinstance(v, str) and v in methods)))
        }
        return ("popular method", "popular.method", True)
    if problem == "as_if":
        document["popular"] = {"npvic_as_if": draw(JSON_VALUES.filter(lambda v: not isinstance(v, bool)))}
        return ("popular as-if", "popular.npvic_as_if", True)
    if problem == "points":
        swing["points"] = draw(
            st.one_of(
                st.floats(15.001, 1e9),
                st.floats(-1e9, -0.001),
                JSON_VALUES.filter(lambda v: isinstance(v, bool) or not isinstance(v, int | float)),
            )
        )
        document["popular"] = {"swing": swing}
        return ("swing points", "popular.swing.points", True)
    states = [s.code for s in election.states]
    if problem == "state":
        key = draw(st.sampled_from(["ZZ", "XX", "QQ"]).filter(lambda k: k not in states))
        document["popular"] = {"votes": {key: {"votes": {"Ada Lovelace": 1}}}}
        return ("popular state", f"popular.votes.{key}", False, key)
    code = draw(st.sampled_from(states))
    count = draw(st.one_of(st.integers(-(10**12), -1), st.integers(10**9 + 1, 10**15), st.just(1.5)))
    document["popular"] = {"votes": {code: {"votes": {"Ada Lovelace": count}}}}
    return ("popular count", f"popular.votes.{code}.votes.Ada Lovelace", True)


def _votes_in_congress(election: Election, code: str) -> bool:
    return election.has_state(code) and election.state(code).votes_in_congress


def _is_elector(election: Election, key: str) -> bool:
    """The documented rule: STATE:N, trimmed, any case, N from 1 to the state's electors."""
    match = ELECTOR_KEY.fullmatch(key.strip())
    if not match:
        return False
    state, number = key.strip().split(":")
    if not election.has_state(state.upper()):
        return False
    return 1 <= int(number) <= len(election.state(state.upper()).electors)


@st.composite
def _truncated(draw: st.DrawFn) -> BadFile:
    """A valid document cut short: never valid JSON, since only the last '}' closes it."""
    text = json.dumps(draw(scenario_documents()), ensure_ascii=draw(st.booleans()))
    cut = draw(st.integers(0, len(text) - 1))
    content: str | bytes = text[:cut]
    if draw(st.booleans()):
        content = text.encode("utf-8")[: draw(st.integers(0, len(text.encode("utf-8")) - 1))]
    return BadFile("truncated", content, None, True, says=("invalid JSON", "not UTF-8"))


@st.composite
def _not_utf8(draw: st.DrawFn) -> BadFile:
    text = json.dumps(draw(scenario_documents()), ensure_ascii=False)
    if draw(st.booleans()):
        encoding = draw(st.sampled_from(["utf-16", "utf-32", "utf-16-be", "utf-32-le"]))
        content = text.encode(encoding, errors="surrogatepass")
        return BadFile(f"encoded as {encoding}", content, None, True, says=("not UTF-8", "invalid JSON"))
    raw = text.encode("utf-8")
    at = draw(st.integers(0, len(raw)))
    bad = draw(
        st.sampled_from(
            [b"\xff", b"\xfe", b"\x80", b"\xc0\xaf", b"\xed\xa0\x80", b"\xf5\x80\x80\x80", b"\xe2\x82"]
        )
    )
    return BadFile("invalid UTF-8", raw[:at] + bad + raw[at:], None, True, says=("not UTF-8",))


@st.composite
def _deeply_nested(draw: st.DrawFn) -> BadFile:
    """Lists or objects nested up to far past Python's recursion limit, at some field."""
    depth = draw(st.one_of(st.integers(2, 50), st.integers(900, 1100), st.integers(5000, 100_000)))
    opening, closing = draw(st.sampled_from([("[", "]"), ('{"a":', "}")]))
    nested = opening * depth + ("1" if opening != "[" else "") + closing * depth
    document = draw(scenario_documents(lenient=False))
    election = document_election(document)
    marker = "@@nested@@"
    seat = election.electors[0]
    where = draw(
        st.sampled_from(["version", "election", "title", "candidates", "units", "electors", "vote", "all"])
    )
    if where == "all":
        text = nested
    else:
        if where == "vote":
            document["electors"] = {seat.id: {"president": marker}}
            where = f"electors.{seat.id}.president"
        else:
            document[where] = marker
        text = json.dumps(document).replace(json.dumps(marker), nested)
    field = None if where == "all" else where
    return BadFile(f"nested {depth} deep", text, field, True, instead=("nested too deeply",))


@st.composite
def _too_large(draw: st.DrawFn) -> BadFile:
    text = json.dumps(draw(scenario_documents()))
    padding = " " * (MAX_FILE_BYTES + 1 - len(text) + draw(st.integers(0, 1000)))
    content = text[:-1] + padding + "}"
    return BadFile(
        "too large",
        content.encode() if draw(st.booleans()) else content,
        None,
        True,
        says=("too large",),
    )


@st.composite
def _odd_json(draw: st.DrawFn) -> BadFile:
    """JSON that is no scenario: another kind of value, or an object without the format."""
    value = draw(st.one_of(JSON_VALUES, st.dictionaries(st.text(max_size=8), JSON_VALUES, max_size=4)))
    field = "format" if isinstance(value, dict) else None
    return BadFile(
        "other JSON", json.dumps(value), field, True, value, says=() if field else ("JSON object",)
    )


@st.composite
def _non_standard_numbers(draw: st.DrawFn) -> BadFile:
    """NaN and Infinity, which Python's json reads, where numbers belong."""
    token = draw(st.sampled_from(["NaN", "Infinity", "-Infinity", "1e400", "-0.0", "2016.5"]))
    where = draw(st.sampled_from(["version", "election"]))
    document = {"format": FORMAT_NAME, "version": 1, "election": 2016, where: "@@number@@"}
    text = json.dumps(document).replace('"@@number@@"', token)
    return BadFile(f"{where} = {token}", text, where, True)


@st.composite
def _byte_order_marks(draw: st.DrawFn) -> BadFile:
    """Two byte-order marks, or one in the middle: only one at the very start is allowed."""
    raw = json.dumps(draw(scenario_documents())).encode()
    at = draw(st.sampled_from([0, 1]))
    content = b"\xef\xbb\xbf" * 2 + raw if at == 0 else raw[:1] + b"\xef\xbb\xbf" + raw[1:]
    return BadFile("byte-order marks", content, None, True, says=("invalid JSON",))


def _random_contents() -> st.SearchStrategy[BadFile]:
    anything = st.one_of(st.binary(max_size=300), st.text(max_size=300))
    return anything.map(lambda c: BadFile("random contents", c, None, True))


def bad_files() -> st.SearchStrategy[BadFile]:
    """Contents the reader must refuse, with one clear line that names the field."""
    strategies: list[st.SearchStrategy[BadFile]] = [
        _broken_field(),
        _broken_field(),
        _broken_field(),
        _truncated(),
        _not_utf8(),
        _deeply_nested(),
        _odd_json(),
        _non_standard_numbers(),
        _byte_order_marks(),
        _random_contents(),
    ]
    return st.one_of(strategies)


def large_files() -> st.SearchStrategy[BadFile]:
    """Over the size limit: kept apart, since each case is two megabytes."""
    return _too_large()


def broken_documents() -> st.SearchStrategy[BadFile]:
    """Broken files that are JSON documents, for checking the schema refuses the same."""
    return st.one_of(_broken_field(), _broken_field(), _odd_json())
