"""Writing a table as CSV (UTF-8, a header row), atomically.

Text that a spreadsheet would read as a formula (a cell starting with ``=``, ``+``, ``-``, ``@``,
a tab or a carriage return: OWASP's CSV-injection advice) is written with a leading ``'``, so a
candidate named ``=HYPERLINK(...)`` stays a name. Numbers (ints and floats) are written as
numbers, negative ones included: ``-3`` from a number cell is a value, never a formula.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from gui.io.atomic import write_text

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value: object) -> object:
    """A cell as written: text that starts like a formula gets a leading ``'``; numbers stay."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_text(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow([cell(name) for name in header])
    writer.writerows([cell(value) for value in row] for row in rows)
    return out.getvalue()


def write_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """The whole table is made in memory, then written at once (gui.io.atomic)."""
    write_text(Path(path), csv_text(header, rows))
