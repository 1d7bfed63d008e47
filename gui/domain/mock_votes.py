"""Votes typed, pasted or imported for a classroom mock election: ``unit,candidate,votes`` lines.

::

    unit,candidate,votes
    PA,Ada Lovelace,120
    PA,Grace Hopper,95

A header line is optional; blank lines and lines starting with ``#`` are skipped. A unit is a
state's postal code (its whole popular vote); a number is written with ASCII digits only. Every
problem is one sentence naming the line. Linear in the input.
"""

from __future__ import annotations

import csv

from gui.domain import numbers
from gui.domain.catalog import Election
from gui.domain.i18n import translate
from gui.domain.identifiers import InputError, clean_name, quoted
from gui.domain.popular_vote import StateVote

MAX_BYTES = 1_000_000
MAX_VOTES = 10**9  # per line: more than any state has ever cast
MAX_CANDIDATES = 50


def _line_error(number: int, message: str) -> InputError:
    return InputError(translate("mock", "line {number}: {message}").format(number=number, message=message))


def parse_votes(text: str, election: Election) -> dict[str, StateVote]:
    """Each state's votes, by candidate as written (the same name twice in a state adds up)."""
    if len(text) > MAX_BYTES:
        raise InputError(
            translate("mock", "the votes are too long (at most {limit} characters)").format(
                limit=f"{MAX_BYTES:,}"
            )
        )
    states: dict[str, dict[str, int]] = {}
    names: set[str] = set()
    for number, row in enumerate(csv.reader(text.removeprefix("\ufeff").splitlines()), start=1):
        if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
            continue
        if len(row) != 3:
            raise _line_error(number, translate("mock", "expected unit,candidate,votes"))
        unit, person, count = (cell.strip() for cell in row)
        if number == 1 and (unit.lower(), person.lower(), count.lower()) == ("unit", "candidate", "votes"):
            continue
        code = unit.upper() if unit.isascii() else unit
        if not election.has_state(code):
            raise _line_error(
                number,
                translate("mock", "{unit} is not a state in {year}").format(
                    unit=quoted(unit), year=election.year
                ),
            )
        try:
            name = clean_name(person)
        except InputError as error:
            raise _line_error(number, str(error)) from None
        votes_given = numbers.whole(count)
        if votes_given is None or votes_given > MAX_VOTES:
            raise _line_error(
                number,
                translate("mock", "votes must be a whole number from 0 to {limit}, got {text}").format(
                    limit=f"{MAX_VOTES:,}", text=quoted(count)
                ),
            )
        names.add(name)
        if len(names) > MAX_CANDIDATES:
            raise _line_error(
                number, translate("mock", "at most {limit} candidates").format(limit=MAX_CANDIDATES)
            )
        votes = states.setdefault(code, {})
        votes[name] = votes.get(name, 0) + votes_given
    if not states:
        raise InputError(
            translate("mock", "no votes found: write one unit,candidate,votes line per candidate")
        )
    return {
        code: StateVote(dict(sorted(votes.items(), key=lambda item: (-item[1], item[0]))))
        for code, votes in states.items()
    }
