"""Reading what users type: units (``TX``, ``ME-2``), electors (``TX:3``) and people.

The same identifiers are used in scenario files, on the command line and in the window.
Every function raises :class:`InputError` with a sentence a user can act on.
"""

from __future__ import annotations

import re
import unicodedata

from gui.domain.catalog import Election, ElectorSeat
from gui.domain.i18n import translate

MAX_NAME_LENGTH = 100
_ELECTOR = re.compile(r"([A-Za-z]{2}):([0-9]{1,4})")  # ASCII: \d takes "٣" too


class InputError(ValueError):
    """Bad user input; the message is shown as is."""


def quoted(text: str) -> str:
    """Text from the user in a message: quoted, escaped, and cut short when long."""
    return repr(text) if len(text) <= 40 else repr(text[:40]) + "…"


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
        raise InputError(f"unknown state {code!r} in {election.year}")
    state = election.state(code)
    if not 1 <= number <= len(state.electors):
        if not state.electors:
            raise InputError(f"{state.name} appointed no electors in {election.year}")
        raise InputError(
            f"{state.name} had {len(state.electors)} electors in {election.year}; "
            f"{quoted(text)} is out of range"
        )
    return election.electors[state.electors[number - 1]]


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


def _fold(text: str) -> str:
    # Case, accents and dots never tell two people apart; letters of any script do.
    decomposed = unicodedata.normalize("NFKD", text)
    unaccented = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(unaccented.casefold().replace(".", " ").split())


def same_name(a: str, b: str) -> bool:
    """Whether two spellings name the same person (case, accents, dots and spaces aside)."""
    folded = _fold(a)
    return folded == _fold(b) if folded else a == b


def resolve_person(known: list[tuple[str, tuple[str, ...]]], text: str, *, allow_new: bool) -> str:
    """The known person ``text`` names (name or alias, any case, or a unique surname).

    ``known`` pairs each name with its aliases. With ``allow_new`` an unknown name is taken as
    a write-in (a faithless vote may go to anyone); otherwise it is an error.
    """
    name = clean_name(text)
    wanted = _fold(name)
    for person, aliases in known:
        if name == person or (wanted and wanted in {_fold(person), *(_fold(a) for a in aliases)}):
            return person
    # A name of only dots or accents folds to nothing: it is only ever itself.
    by_surname = [person for person, _ in known if wanted and _fold(person).split()[-1:] == wanted.split()]
    if len(by_surname) == 1:
        return by_surname[0]
    if allow_new:
        return name
    if len(by_surname) > 1:
        raise InputError(
            translate("identifiers", "{text} could be {names}; write the full name").format(
                text=repr(text), names=translate("identifiers", " or ").join(by_surname)
            )
        )
    names = ", ".join(person for person, _ in known[:8]) or "none"
    raise InputError(f"unknown candidate {text!r} (candidates: {names})")
