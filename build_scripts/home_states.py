"""Each candidate's home state per election, for the inhabitant rule (Art. II; 12th Amendment).

Two sources, which must agree where both speak: the National Archives pages copied in
``../shared/data`` name each recipient "Name, of State" (1824-1872), and ``home_states.csv``
(beside this script) lists the other years with the page each row was read from. A person in
neither is left without a home state: the app then says the rule cannot be checked.
"""

from __future__ import annotations

import csv
import html
import re
from collections.abc import Callable
from pathlib import Path

TABLE = Path(__file__).resolve().parent / "home_states.csv"
NARA_PAGES = "national-archives-electoral-college-pages"
_OF_STATE = re.compile(r"([A-Z][\w.' -]{3,40}?),? of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")


def _nara_homes(
    shared: Path, states: dict[str, str], display: Callable[[str], str]
) -> dict[int, dict[str, str]]:
    codes = {name: code for code, name in states.items()}
    found: dict[int, dict[str, str]] = {}
    for path in sorted((shared / NARA_PAGES).glob("www_archives_gov_electoral_college_[0-9]*.html")):
        year = int(re.search(r"_(\d{4})", path.name)[1])  # type: ignore[index]
        text = html.unescape(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")))
        for name, state in _OF_STATE.findall(text):
            if state in codes:
                found.setdefault(year, {})[display(name.strip())] = codes[state]
    return found


def load_home_states(
    shared: Path, states: dict[str, str], display: Callable[[str], str]
) -> dict[int, dict[str, str]]:
    """year -> person -> postal code of their home state."""
    homes = _nara_homes(shared, states, display)
    with TABLE.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["state"] not in states or not row["source"].strip():
                raise SystemExit(f"home_states.csv: bad row {row}")
            for year in range(int(row["first_year"]), int(row["last_year"]) + 1):
                known = homes.setdefault(year, {}).get(row["person"])
                if known and known != row["state"]:
                    raise SystemExit(
                        f"home_states.csv: {row['person']} {year} {row['state']}, "
                        f"the National Archives {known}"
                    )
                homes[year][row["person"]] = row["state"]
    return homes
