"""Reading unit probabilities from CSV: ``unit,probability`` or ``unit,rating``.

::

    unit,probability          unit,rating
    PA,0.55                   PA,toss-up
    ME-2,0.3                  GA,lean B
                              AZ,likely Trump

A probability is P(A carries the unit), A being the first of the two candidates. A rating is
``toss-up`` or a level (``safe``, ``likely``, ``lean``) followed by the side it favours: ``A``,
``B``, or that candidate's name or surname. Units left out keep their current votes (their
current winner's with probability 1). Blank lines and lines starting with ``#`` are skipped.
Every problem is one sentence naming the line.
"""

from __future__ import annotations

import csv
import unicodedata

from gui.domain import numbers
from gui.domain.analyses.probabilities import RATING_PROBABILITY, rating_probability
from gui.domain.catalog import Election
from gui.domain.identifiers import InputError, parse_unit, quoted

MAX_BYTES = 1_000_000
_LEVELS = ", ".join(level for level in RATING_PROBABILITY if level != "toss-up")


def _fold(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(plain.lower().replace("_", " ").replace("-", " ").replace(".", " ").split())


def _side_names(name: str, letter: str) -> set[str]:
    folded = _fold(name)
    return {letter, folded, *folded.split()[-1:]}


def parse_rating(text: str, a: str, b: str) -> float:
    """P(A carries) for a rating such as ``lean B``, ``safe Trump`` or ``toss-up``."""
    words = _fold(text)
    if words in {"toss up", "tossup"}:
        return RATING_PROBABILITY["toss-up"]
    level, _, side = words.partition(" ")
    if level not in RATING_PROBABILITY or level == "toss-up" or not side:
        raise InputError(
            f"bad rating {quoted(text)}: write toss-up, or {_LEVELS} followed by A, B or a candidate"
        )
    a_names, b_names = _side_names(a, "a"), _side_names(b, "b")
    if side in a_names and side not in b_names:
        return rating_probability(level, favours_a=True)
    if side in b_names and side not in a_names:
        return rating_probability(level, favours_a=False)
    raise InputError(f"bad rating {quoted(text)}: {quoted(side)} is neither A ({a}) nor B ({b})")


def _probability(text: str) -> float:
    value = numbers.decimal(text)  # ASCII digits only: float() would take "٠.٥", "5e-1" or "nan"
    if value is None:
        raise InputError(f"{quoted(text)} is not a probability (write a number from 0 to 1, such as 0.55)")
    if not 0.0 <= value <= 1.0:
        raise InputError(f"probability {quoted(text)} is out of range [0, 1]")
    return value


def read_probabilities(
    text: str, election: Election, a: str, b: str, source: str = "CSV"
) -> dict[str, float]:
    """Unit id -> P(A carries it), from the text of a CSV file (``source`` names it in errors)."""
    if len(text) > MAX_BYTES:
        raise InputError(f"{source}: the file is too large (at most {MAX_BYTES:,} characters)")
    result: dict[str, float] = {}
    column = ""
    try:
        rows = list(csv.reader(text.splitlines()))
    except csv.Error as error:
        raise InputError(f"{source}: not a readable CSV file ({error})") from None
    for number, row in enumerate(rows, start=1):
        cells = [cell.strip() for cell in row]
        if not any(cells) or cells[0].startswith("#"):
            continue
        try:
            if len(cells) != 2:
                raise InputError(f"expected 2 columns, found {len(cells)}")
            if not column:
                header = [cell.lower() for cell in cells]
                if header[0] != "unit" or header[1] not in ("probability", "rating"):
                    raise InputError("the first row must be the header unit,probability or unit,rating")
                column = header[1]
                continue
            unit_id = parse_unit(election, cells[0])
            if unit_id in result:
                raise InputError(f"{unit_id} is listed twice")
            result[unit_id] = (
                _probability(cells[1]) if column == "probability" else parse_rating(cells[1], a, b)
            )
        except InputError as error:
            raise InputError(f"{source} line {number}: {error}") from None
    if not column:
        raise InputError(f"{source}: no header; the first row must be unit,probability or unit,rating")
    return result
