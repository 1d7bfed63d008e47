"""Writing a table as CSV (UTF-8, a header row), atomically."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from gui.io.atomic import atomic_path


def write_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    with (
        atomic_path(Path(path), ".csv") as temporary,
        temporary.open("w", encoding="utf-8", newline="") as out,
    ):
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows(rows)
