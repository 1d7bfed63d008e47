"""Reading what users type: units (``TX``, ``ME-2``), electors (``TX:3``) and people.

The same identifiers are used in scenario files, on the command line and in the window.
Every function raises :class:`InputError` with a sentence a user can act on.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from gui.domain.catalog import Election, ElectorSeat
from gui.domain.i18n import QT_TRANSLATE_NOOP, translate

MAX_NAME_LENGTH = 100
_ELECTOR = re.compile(r"([A-Za-z]{2}):([0-9]{1,4})")  # ASCII: \d takes "٣" too
_STATE = re.compile(r"[A-Za-z]{2}")
_RUN = re.compile(r"([0-9]{1,4})(?:\s*-\s*([0-9]{1,4}))?")


class InputError(ValueError):
    """Bad user input; the message is shown as is."""


QUOTE_LIMIT = 40  # characters of the user's input a message quotes; the rest is "…"


def cut(text: str, limit: int = QUOTE_LIMIT) -> str:
    """``text`` as a message shows it: whole when short, else its start and "…"."""
    return text if len(text) <= limit else text[:limit] + "…"


def quoted(text: str) -> str:
    """Text from the user in a message: quoted, escaped, and cut short when long."""
    return repr(text) if len(text) <= QUOTE_LIMIT else repr(text[:QUOTE_LIMIT]) + "…"


def parse_unit(election: Election, text: str) -> str:
    unit_id = text.strip()
    unit_id = unit_id.upper() if unit_id.isascii() else unit_id  # 'ﬂ'.upper() is 'FL'
    if election.has_unit(unit_id):
        return unit_id
    state = unit_id.split("-")[0]
    if election.has_state(state):
        choices = ", ".join(election.state(state).units)
        raise InputError(f"{quoted(text)} is not a unit of {election.year}; {state} has: {choices}")
    raise InputError(
        f"unknown state or district {quoted(text)} in {election.year} "
        "(use a postal code such as TX, or a district such as ME-2)"
    )


def parse_elector(election: Election, text: str) -> ElectorSeat:
    match = _ELECTOR.fullmatch(text.strip())
    if not match:
        raise InputError(f"{quoted(text)} is not an elector; write STATE:N, for example TX:3")
    code, number = match.group(1).upper(), int(match.group(2))
    if not election.has_state(code):
        raise InputError(f"unknown state {quoted(code)} in {election.year}")
    state = election.state(code)
    if not 1 <= number <= len(state.electors):
        if not state.electors:
            raise InputError(f"{state.name} appointed no electors in {election.year}")
        raise InputError(
            f"{state.name} had {len(state.electors)} electors in {election.year}; "
            f"{quoted(text)} is out of range"
        )
    return election.electors[state.electors[number - 1]]


def parse_electors(election: Election, text: str) -> list[ElectorSeat]:
    """Electors as the command line names them: ``TX:3``, a run ``TX:1-37`` (as ``analyze``
    prints them) or ``TX:Suprun`` (an elector's full name, or a surname unique in the state)."""
    code, sep, rest = text.strip().partition(":")
    rest = rest.strip()
    if not sep or not rest or not _STATE.fullmatch(code.strip()):
        raise InputError(f"{quoted(text)} is not an elector; write STATE:N, STATE:N-M or STATE:NAME (TX:3)")
    code = code.strip().upper()
    run = _RUN.fullmatch(rest)
    if run is None:
        if rest.isdigit():  # digits of another script ("٣"): never a number here
            raise InputError(f"{quoted(text)} is not an elector; write STATE:N, for example TX:3")
        return [_elector_by_name(election, code, rest, text)]
    first, last = int(run.group(1)), int(run.group(2) or run.group(1))
    if last < first:
        raise InputError(f"{quoted(text)}: a run of electors goes from the lower number up, e.g. TX:1-37")
    seats = [parse_elector(election, f"{code}:{first}"), parse_elector(election, f"{code}:{last}")]
    state = election.state(code)
    return [election.electors[state.electors[n - 1]] for n in range(seats[0].number, seats[1].number + 1)]


def _elector_by_name(election: Election, code: str, name: str, text: str) -> ElectorSeat:
    if not election.has_state(code):
        raise InputError(f"unknown state {quoted(code)} in {election.year}")
    seats = [election.electors[i] for i in election.state(code).electors]
    named = [seat for seat in seats if seat.name]
    if not named:
        raise InputError(
            f"the record names no elector of {election.state(code).name} in {election.year}; "
            f"write {code}:N (1-{len(seats)})"
        )
    wanted = _fold(name)
    found = [seat for seat in named if _fold(seat.name) == wanted]
    if not found:
        found = [seat for seat in named if _fold(seat.name).split()[-1:] == wanted.split()]
    if len(found) == 1:
        return found[0]
    if found:
        choices = ", ".join(f"{seat.id} {seat.name}" for seat in found)
        raise InputError(f"{quoted(name)} could be {choices}; write the full name or the number")
    close = suggestions([(seat.name, ()) for seat in named], name)
    hint = (
        f"; did you mean {' or '.join(close)}?"
        if close
        else f" (see: ec-whatif electors --election {election.year} --state {code})"
    )
    state = election.state(code).name
    raise InputError(f"no elector of {state} named {quoted(name)} in {election.year}{hint}")


def clean_name(text: str) -> str:
    """A person's name as typed, trimmed; refuses empty, over-long or control characters."""
    name = " ".join(text.split())
    if not name:
        raise InputError(translate("identifiers", "a name cannot be empty"))
    if len(name) > MAX_NAME_LENGTH:
        raise InputError(
            translate("identifiers", "a name can have at most {count} characters").format(
                count=MAX_NAME_LENGTH
            )
        )
    if any(unicodedata.category(ch).startswith("C") for ch in name):
        raise InputError(translate("identifiers", "a name cannot contain control characters"))
    return name


@lru_cache(maxsize=4096)  # a file names the same people again and again
def _fold(text: str) -> str:
    # Case, accents and dots never tell two people apart; letters of any script do.
    decomposed = unicodedata.normalize("NFKD", text)
    unaccented = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(unaccented.casefold().replace(".", " ").split())


def fold_name(text: str) -> str:
    """A name as searches compare it: case, accents, dots and runs of spaces aside."""
    return _fold(text)


def same_name(a: str, b: str) -> bool:
    """Whether two spellings name the same person (case, accents, dots and spaces aside)."""
    folded = _fold(a)
    return folded == _fold(b) if folded else a == b


class Reserved(Enum):
    """Words that name a state of a unit or a ballot, never a person."""

    NOT_CALLED = "not called"  # a unit nobody has carried yet (too close to call)
    BLANK = "blank"  # a blank ballot
    AS_PLEDGED = "as pledged"  # the elector votes for the ticket they are pledged to
    ABSENT = "absent"  # the elector cast no ballot at all (still appointed)
    NOT_APPOINTED = "not appointed"  # a state's electors out of the base
    APPOINTED = "appointed"  # a state's electors brought back into the base


# Each reserved meaning and the words for it, "|"-separated. English is always understood; the
# reader's language adds its own words through its translation of the same line.
RESERVED_WORDS = {
    Reserved.NOT_CALLED: QT_TRANSLATE_NOOP(
        "reserved",
        "undecided|not called|not yet called|uncalled|too close to call|pending|none|no one|nobody",
    ),
    Reserved.BLANK: QT_TRANSLATE_NOOP("reserved", "blank|blank ballot|none|no one|nobody"),
    Reserved.AS_PLEDGED: QT_TRANSLATE_NOOP("reserved", "as pledged|pledged|faithful"),
    Reserved.ABSENT: QT_TRANSLATE_NOOP("reserved", "absent|no ballot"),
    Reserved.NOT_APPOINTED: QT_TRANSLATE_NOOP("reserved", "not-appointed|not appointed|out of the base"),
    Reserved.APPOINTED: QT_TRANSLATE_NOOP("reserved", "appointed|in the base"),
}
# The words a vote may be given (blank, as pledged, absent), those a unit may be (not yet called)
# and those a whole state may be besides (its electors out of the base or back in it).
VOTE_WORDS = frozenset({Reserved.BLANK, Reserved.AS_PLEDGED, Reserved.ABSENT})
UNIT_WORDS = frozenset({Reserved.NOT_CALLED})
STATE_WORDS = UNIT_WORDS | {Reserved.NOT_APPOINTED, Reserved.APPOINTED}
# Typed before a name, it votes for someone who is not a candidate (a write-in): "+Evan McMullin".
WRITE_IN_MARK = "+"


@dataclass(frozen=True)
class Person:
    """A person a user named: a known one, or ``new`` when written in on purpose."""

    name: str
    new: bool = False


Choice = Reserved | Person


class UnknownNameError(InputError):
    """A name that is no known person; ``suggestions`` are the known names it is closest to."""

    def __init__(self, message: str, text: str, suggestions: tuple[str, ...]) -> None:
        super().__init__(message)
        self.text = text
        self.suggestions = suggestions


def reserved_meanings(text: str) -> set[Reserved]:
    """What a reserved word means (several for "none"); empty for anything else."""
    spellings = tuple(translate("reserved", words) for words in RESERVED_WORDS.values())
    return set(_reserved_index(spellings).get(_fold(text), ()))


@lru_cache(maxsize=8)
def _reserved_index(translated: tuple[str, ...]) -> dict[str, frozenset[Reserved]]:
    # Built once per language: a file of thousands of names is looked up in linear time.
    index: dict[str, set[Reserved]] = {}
    for (meaning, words), theirs in zip(RESERVED_WORDS.items(), translated, strict=True):
        for word in {*words.split("|"), *theirs.split("|")}:
            index.setdefault(_fold(word), set()).add(meaning)
    return {word: frozenset(meanings) for word, meanings in index.items()}


def reserved_word(meaning: Reserved) -> str:
    """The first word for a meaning in the reader's language ("undecided", "blank", ...)."""
    return translate("reserved", RESERVED_WORDS[meaning]).split("|")[0]


Known = list[tuple[str, tuple[str, ...]]]


@dataclass(frozen=True)
class _PeopleIndex:
    """The known people by name as written, by folded name or alias, and by folded surname:
    each lookup is a dictionary access, not a scan (a file may name thousands of people)."""

    exact: dict[str, int]  # name -> its first position in ``known``
    folded: dict[str, int]  # folded name or alias -> the first position it names
    surnames: dict[str, list[str]]  # folded last word -> the people with it, in order


@lru_cache(maxsize=32)
def _people_index(known: tuple[tuple[str, tuple[str, ...]], ...]) -> _PeopleIndex:
    exact: dict[str, int] = {}
    folded: dict[str, int] = {}
    surnames: dict[str, list[str]] = {}
    for position, (person, aliases) in enumerate(known):
        exact.setdefault(person, position)
        for spelling in (person, *aliases):
            key = _fold(spelling)
            if key:
                folded.setdefault(key, position)
        last = _fold(person).split()[-1:]
        if last:
            surnames.setdefault(last[0], []).append(person)
    return _PeopleIndex(exact, folded, surnames)


def _match_known(known: Known, name: str) -> str | list[str] | None:
    """The known person ``name`` names (name or alias, any case, or a unique surname); a list of
    those sharing the surname when it is not unique; None when nobody."""
    index = _people_index(tuple(known))
    wanted = _fold(name)
    # The first person named, as written or folded (a name of only dots or accents folds to
    # nothing: it is only ever itself).
    named = (index.exact.get(name), index.folded.get(wanted) if wanted else None)
    found = [position for position in named if position is not None]
    if found:
        return known[min(found)][0]
    words = wanted.split()
    by_surname = index.surnames.get(words[0], []) if len(words) == 1 else []
    if len(by_surname) == 1:
        return by_surname[0]
    return list(by_surname) or None


def suggestions(known: list[tuple[str, tuple[str, ...]]], text: str, count: int = 3) -> tuple[str, ...]:
    """The known names closest to ``text`` (by whole name or surname), closest first."""
    wanted = _fold(text)
    if not wanted:
        return ()
    keys: dict[str, str] = {}
    for person, aliases in known:
        for spelling in (person, *aliases):
            folded = _fold(spelling)
            keys.setdefault(folded, person)
            if folded.split():
                keys.setdefault(folded.split()[-1], person)
    close = difflib.get_close_matches(wanted, list(keys), n=count * 3, cutoff=0.6)
    return tuple(dict.fromkeys(keys[key] for key in close))[:count]


def read_choice(
    known: list[tuple[str, tuple[str, ...]]],
    text: str,
    *,
    accepts: frozenset[Reserved] = frozenset(),
    new_names: bool = False,
) -> Choice:
    """What a user typed, read one way everywhere (command line, window, files).

    ``known`` pairs each person's name with their aliases. A reserved word (undecided, blank,
    as pledged, in English or the reader's language) is one of ``accepts`` or an error, never a
    person. A known person is found by name, alias or unique surname. A name after
    WRITE_IN_MARK is someone new on purpose; any other unknown name is an error naming the
    closest known names, unless ``new_names`` (a file's names are taken as written).
    """
    name = clean_name(text)
    meanings = reserved_meanings(name)
    if meanings:
        usable = meanings & accepts
        if len(usable) == 1:
            return next(iter(usable))
        raise InputError(_reserved_refusal(name, accepts))
    if name.startswith(WRITE_IN_MARK):
        name = clean_name(name[len(WRITE_IN_MARK) :])
        if reserved_meanings(name):
            raise InputError(
                translate("identifiers", "{text} is a reserved word, not a person's name").format(
                    text=quoted(name)
                )
            )
        found = _match_known(known, name)
        return Person(found) if isinstance(found, str) else Person(name, new=True)
    found = _match_known(known, name)
    if isinstance(found, str):
        return Person(found)
    if new_names:
        return Person(name, new=True)
    if isinstance(found, list):
        raise InputError(
            translate("identifiers", "{text} could be {names}; write the full name").format(
                text=quoted(text), names=translate("identifiers", " or ").join(found)
            )
        )
    close = suggestions(known, name)
    if close:
        message = translate(
            "identifiers", "unknown candidate {text}; did you mean {names}? (someone new: {mark}{name})"
        ).format(
            text=quoted(text),
            names=translate("identifiers", " or ").join(close),
            mark=WRITE_IN_MARK,
            name=name,
        )
    else:
        message = translate(
            "identifiers", "unknown candidate {text} (candidates: {names}; someone new: {mark}{name})"
        ).format(
            text=quoted(text),
            names=", ".join(person for person, _ in known[:8]) or translate("identifiers", "nobody yet"),
            mark=WRITE_IN_MARK,
            name=name,
        )
    raise UnknownNameError(message, name, close)


def _reserved_refusal(name: str, accepts: frozenset[Reserved]) -> str:
    if Reserved.NOT_CALLED in accepts:
        return translate(
            "identifiers", "{text} does not say who carried it: write a candidate's name or {undecided}"
        ).format(text=quoted(name), undecided=reserved_word(Reserved.NOT_CALLED))
    if accepts:
        return translate(
            "identifiers", "{text} is not a vote: write a person's name, {blank} or {pledged}"
        ).format(
            text=quoted(name),
            blank=reserved_word(Reserved.BLANK),
            pledged=reserved_word(Reserved.AS_PLEDGED),
        )
    refusal = translate("identifiers", "{text} is a reserved word, not a person's name")
    return refusal.format(text=quoted(name))


def resolve_person(known: list[tuple[str, tuple[str, ...]]], text: str, *, allow_new: bool) -> str:
    """The person ``text`` names (see read_choice); with ``allow_new`` an unknown name is taken
    as written. A reserved word is never a person."""
    choice = read_choice(known, text, new_names=allow_new)
    assert isinstance(choice, Person)  # no reserved word is accepted
    return choice.name
