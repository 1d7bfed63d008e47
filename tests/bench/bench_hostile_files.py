"""Reading hostile scenario files, run by hand: ``python tests/bench/bench_hostile_files.py``.

The files a probe of the reader used (issue 19): 100 long candidate names with 35,000 elector
entries (just under the 2,000,000-byte limit), 11,000 unit entries; and files at the reader's
limits (2,500 elector entries, 200 units), which are read. Each figure is the median of a few
reads beside a bare reference, ``json.loads`` of the same bytes, in the same run; one JSON line
each. ``--source DIR`` reads with the ``gui`` package of another checkout (to compare with main).
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

NAMES = [f"Candidate {n:03d} Longname" for n in range(100)]


def _spellings(identifier: str):
    for spaces in range(80):
        for case in (identifier.upper(), identifier.lower(), identifier.capitalize(), identifier.swapcase()):
            yield case + " " * spaces


def _keys(identifiers: list[str], count: int) -> list[str]:
    spellings = itertools.chain.from_iterable(zip(*(_spellings(i) for i in identifiers), strict=True))
    return list(itertools.islice(dict.fromkeys(spellings), count))


def files(election, folder: Path) -> dict[str, Path]:
    candidates = [{"name": name} for name in NAMES]
    head = {"format": "ec-whatif-scenario", "version": 1, "election": election.year, "candidates": candidates}
    made = {}
    for label, section, count in (
        ("35,000 elector entries", "electors", 35_000),
        ("11,000 unit entries", "units", 11_000),
        ("2,500 elector entries (the limit)", "electors", 2_500),
        ("200 unit entries (the limit)", "units", 200),
    ):
        if section == "electors":
            keys = _keys([seat.id for seat in election.electors], count)
            body = {key: {"president": NAMES[n % 100]} for n, key in enumerate(keys)}
        else:
            keys = _keys([unit.id for unit in election.units], count)
            body = {key: NAMES[n % 100] for n, key in enumerate(keys)}
        path = folder / f"{section}-{count}.json"
        path.write_text(json.dumps({**head, section: body}, separators=(",", ":")), encoding="utf-8")
        made[label] = path
    return made


def median_s(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, help="the checkout whose gui package reads the files")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if args.source:
        sys.path.insert(0, str(args.source.resolve()))
    from gui.domain.catalog import load_catalog
    from gui.io.scenario_file import ScenarioFileError, read

    catalog = load_catalog()
    with tempfile.TemporaryDirectory() as folder:
        for label, path in files(catalog.election(2016), Path(folder)).items():
            data = path.read_bytes()

            def attempt(path: Path = path) -> str:
                try:
                    read(path, catalog)
                except ScenarioFileError as error:
                    return f"refused: {error}"
                return "read"

            outcome = attempt()
            app_s = median_s(attempt, args.runs)
            bare_s = median_s(lambda data=data: json.loads(data), args.runs)
            line = {
                "figure": label,
                "bytes": len(data),
                "outcome": outcome[:120],
                "app_s": round(app_s, 4),
                "bare_s": round(bare_s, 4),
                "ratio": round(app_s / bare_s, 1),
                "source": str(args.source or "this checkout"),
            }
            print(json.dumps(line, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
