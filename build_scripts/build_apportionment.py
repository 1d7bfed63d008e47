"""Build the census apportionment data the House-size what-if uses, from ``../shared/data``.

    python build_scripts/build_apportionment.py [--shared PATH] [--check]

Writes ``resources/data/apportionment.json``: for every census 1910-2020 the apportionment
population and the official seats of each state in the apportionment, the House size and the
method in law, and the populations of the District of Columbia and Puerto Rico (resident
population plus any overseas count: they were never part of an apportionment). Deterministic;
``--check`` writes nothing and exits 1 if the committed file differs from what the sources give.

Source: derived/apportionment_by_state_census.derived.csv (Census Bureau apportionment reports
and the Census historical apportionment file; see resources/data/SOURCES.md).
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from outputs import run_build

REPO = Path(__file__).resolve().parents[1]
OUTPUT = REPO / "resources" / "data" / "apportionment.json"
SOURCE = Path("derived") / "apportionment_by_state_census.derived.csv"
FORMAT_VERSION = 1
FIRST_CENSUS = 1910  # the first census with apportionment populations in the sources
NOT_STATES = ("DC", "PR")
# The method written into the apportionment law for each census (1920: no apportionment was made).
METHOD_IN_LAW = {1910: "webster", 1920: None, 1930: "webster"} | {
    year: "hill" for year in range(1940, 2030, 10)
}


def _whole(text: str) -> int:
    return int(text) if text else 0


def build(shared: Path) -> str:
    with (shared / SOURCE).open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if int(row["census_year"]) >= FIRST_CENSUS]
    censuses: dict[int, dict[str, object]] = {}
    for row in rows:
        year = int(row["census_year"])
        census = censuses.setdefault(
            year,
            {
                "year": year,
                "apportioned": METHOD_IN_LAW[year] is not None,
                "method_in_law": METHOD_IN_LAW[year],
                "states": {},
                "not_states": {},
            },
        )
        code = row["state_po"]
        if code in NOT_STATES:
            people = _whole(row["resident_population"]) + _whole(row["overseas_population"])
            census["not_states"][code] = people  # type: ignore[index]
        elif row["in_apportionment"] == "1":
            census["states"][code] = [int(row["apportionment_population"]), int(row["seats"])]  # type: ignore[index]
    for year, census in censuses.items():
        states: dict[str, list[int]] = census["states"]  # type: ignore[assignment]
        census["states"] = dict(sorted(states.items()))
        census["house_size"] = sum(seats for _, seats in states.values())
        if sorted(census["not_states"]) != list(NOT_STATES):  # type: ignore[call-overload]
            raise SystemExit(f"{year}: the District of Columbia or Puerto Rico is missing")
        if census["house_size"] != (433 if year == 1910 else 435):
            raise SystemExit(f"{year}: the official seats add up to {census['house_size']}")
    ordered = [censuses[year] for year in sorted(censuses)]
    lines = [json.dumps(census, separators=(",", ":")) for census in ordered]
    return f'{{"format":{FORMAT_VERSION},"censuses":[\n' + ",\n".join(lines) + "\n]}\n"


def outputs(shared: Path) -> dict[Path, str]:
    return {OUTPUT: build(shared)}


def main(argv: list[str] | None = None) -> int:
    return run_build(__doc__.splitlines()[0], outputs, "build_apportionment.py", argv)


if __name__ == "__main__":
    raise SystemExit(main())
