"""Build the Congress and elector-law data for contingent elections and the "state laws" rule.

    python build_scripts/build_congress.py [--shared PATH] [--check]

Writes ``resources/data/congress.json`` (which Congress would vote for each election, the
party make-up of every state's House delegation and Senate seats in it, as party families with
short codes listed under "parties", and the recorded historical contingent votes) and
``resources/data/elector_laws.json`` (state laws binding electors, 2000-2024).
Deterministic: the same inputs always give the same bytes. ``--check``
writes nothing and exits 1 if a committed file differs from what the sources give.

Needs PyYAML (build only: the Senate of the 113th-119th Congresses comes from YAML snapshots;
the app itself never reads YAML). Sources and decisions: resources/data/CONGRESS_SOURCES.md.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from outputs import run_build

REPO = Path(__file__).resolve().parents[1]
CONGRESS_OUTPUT = REPO / "resources" / "data" / "congress.json"
LAWS_OUTPUT = REPO / "resources" / "data" / "elector_laws.json"
FORMAT_VERSION = 1
FIRST_NEW_CONGRESS_ELECTION = 1936  # 20th Amendment: from then on the newly elected Congress decides
FIRST_SNAPSHOT_CONGRESS = 113  # the YAML snapshots cover the 113th-119th Congresses
SNAPSHOT_CONGRESS = {2013: 113, 2015: 114, 2017: 115, 2019: 116, 2021: 117, 2023: 118, 2025: 119}
UNKNOWN = "unknown"
CURRENT_SNAPSHOT_DATE = "2026-06-15"  # legislators-current.yaml in ../shared (PROVENANCE.md, section 5)

# --- party labels -> families ------------------------------------------------------------------
# The sources label members as they were known (Jackson, Anti-Jacksonian, Pro-Administration...);
# the catalog labels candidates by party (Democratic, National Republican...). Both are mapped to
# one family name so a delegation can be matched with a candidate. Era matters: "Republican"
# before 1829 is Jefferson's party, from 1855 the modern one.
FEDERALIST = {"Federalist", "Pro-Administration", "Pro-administration"}
JEFFERSONIAN = {"Anti-Administration", "Anti-administration", "Democratic Republican", "Crawford Republican"}
JACKSONIAN = {
    "Jackson",
    "Jacksonian",
    "Democrat",
    "Democratic",
    "Jackson Republican",
    "Jacksonian Republican",
}
ANTI_JACKSON = {"Adams", "Anti-Jacksonian", "Anti Jacksonian", "Anti Jackson", "Whig"}
SAME_FAMILY = {
    "Anti Mason": "Anti-Masonic",
    "Anti Masonic": "Anti-Masonic",
    "Nullifier": "Nullifier",
    "American": "American",
    "Constitutional Unionist": "Constitutional Union",
    "Liberal Republican": "Liberal Republican",
    "Populist": "Populist",
    "Progressive": "Progressive",
}
# The Unconditional Unionists of the Civil War Congresses (Maryland, Missouri, West Virginia...)
# were the Union Party men who backed Lincoln and his re-election on the National Union ticket.
UNION_PARTY = {"Unconditional Unionist"}
UNION_PARTY_CONGRESSES = range(37, 40)
LAST_FIRST_PARTY_SYSTEM_CONGRESS = 18  # sat until March 1825: every non-Federalist was a Republican
LAST_NATIONAL_REPUBLICAN_CONGRESS = 23  # the anti-Jackson men called themselves Whigs from the 24th
FIRST_MODERN_REPUBLICAN_CONGRESS = 34  # 1855: the Republican Party's first Congress

# Catalog party names -> family. A party not listed here matches no delegation (Independent
# Washington, Northern and States' Rights Democrats, who split a Democratic delegation).
CANDIDATE_FAMILIES = {
    "Federalist": "Federalist",
    "Democratic-Republican": "Democratic-Republican",
    "Democratic": "Democratic",
    "Democratic-Populist": "Democratic",  # Bryan 1896: the Democratic nominee, endorsed by the Populists
    "National Republican": "National Republican",
    "Whig": "Whig",
    "Anti-Masonic": "Anti-Masonic",
    "Nullifier": "Nullifier",
    "Know Nothing": "American",
    "Republican": "Republican",
    "Constitutional Union": "Constitutional Union",
    "Liberal Republican": "Liberal Republican",
    "Populist": "Populist",
    "Progressive": "Progressive",
}


# Short codes keep congress.json small; families without one are written out in full.
CODES = {
    "Democratic": "D",
    "Republican": "R",
    "Federalist": "F",
    "Democratic-Republican": "DR",
    "National Republican": "NR",
    "Whig": "W",
    "Anti-Masonic": "AM",
    "Nullifier": "N",
    "American": "A",
    "Independent": "I",
    UNKNOWN: "?",
}


def code(name: str) -> str:
    return CODES.get(name, name)


def family(label: str, congress: int) -> str:
    label = label.strip()
    if label in ("", "unknown", "Unknown"):
        return UNKNOWN
    if label in FEDERALIST:
        return "Federalist"
    if label in UNION_PARTY and congress in UNION_PARTY_CONGRESSES:
        return "Republican"
    if congress <= LAST_FIRST_PARTY_SYSTEM_CONGRESS:
        return "Democratic-Republican"
    if label in JEFFERSONIAN:
        return "Democratic-Republican"
    if label in JACKSONIAN:
        return "Democratic"
    if label in ANTI_JACKSON:
        return "National Republican" if congress <= LAST_NATIONAL_REPUBLICAN_CONGRESS else "Whig"
    if label == "Republican":
        # Between the first party system and 1855 the label names no faction we can match.
        return "Republican" if congress >= FIRST_MODERN_REPUBLICAN_CONGRESS else UNKNOWN
    return SAME_FAMILY.get(label, label)


# --- which Congress votes ------------------------------------------------------------------------


def second_wednesday_of_february(year: int) -> dt.date:
    first = dt.date(year, 2, 1)
    return first + dt.timedelta(days=(2 - first.weekday()) % 7 + 7)


@dataclass(frozen=True)
class Body:
    congress: int
    which: str  # "sitting" (counted the votes in February, before 1937) or "new"
    count_date: dt.date  # when the votes were (or would be) counted: the Senate's reference date


def body_for(year: int, starts: dict[int, dt.date]) -> Body:
    if year == 1789:  # the First Congress counted the first votes on 6 April 1789
        return Body(1, "sitting", dt.date(1789, 4, 6))
    if year >= FIRST_NEW_CONGRESS_ELECTION:
        congress = (year - 1788) // 2 + 1
        # The count is on January 6 by law, or just after the new Congress meets (1997: January 7).
        day = max(dt.date(year + 1, 1, 6), starts.get(congress, dt.date.min))
        return Body(congress, "new", day)
    return Body((year - 1788) // 2, "sitting", second_wednesday_of_february(year + 1))


# --- sources -----------------------------------------------------------------------------------


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def congress_starts(shared: Path) -> dict[int, dt.date]:
    rows = read_csv(shared / "chipoglesby-congress-legislators" / "congresses.csv")
    return {int(r["congressnumber"]): dt.date.fromisoformat(r["start_date"]) for r in rows}


def states_by_year(shared: Path) -> dict[int, list[str]]:
    """The states of each election (allotted electors; DC has no vote in Congress)."""
    years: dict[int, list[str]] = defaultdict(list)
    for row in read_csv(shared / "derived" / "ev_allotted_by_state_year.derived.csv"):
        if row["state_po"] != "DC" and int(row["electoral_votes"]) > 0:
            years[int(row["year"])].append(row["state_po"])
    return {year: sorted(codes) for year, codes in sorted(years.items())}


def house_delegations(shared: Path) -> tuple[dict[int, dict[str, dict[str, int]]], dict[int, str]]:
    """Congress -> state -> family -> members, and how each Congress was derived."""
    house: dict[int, dict[str, dict[str, int]]] = defaultdict(dict)
    methods: dict[int, str] = {}
    for row in read_csv(shared / "derived" / "house_delegations_by_congress.derived.csv"):
        congress = int(row["congress"])
        # 113th-114th are given both ways; the snapshots are the better source there.
        if (congress >= FIRST_SNAPSHOT_CONGRESS) != row["method"].startswith("snapshot"):
            continue
        members: Counter[str] = Counter()
        for part in row["parties"].split("; "):
            label, _, count = part.rpartition(": ")
            members[code(family(label, congress))] += int(count)
        house[congress][row["state_po"]] = dict(sorted(members.items(), key=lambda kv: (-kv[1], kv[0])))
        methods[congress] = row["method"]
    return house, methods


def senate_terms(shared: Path) -> list[dict[str, str]]:
    rows = read_csv(shared / "chipoglesby-congress-legislators" / "congress-terms.csv")
    return [row for row in rows if row["office"] == "sen"]


def senators_from_terms(terms: list[dict[str, str]], congress: int, day: dt.date) -> dict[str, list[str]]:
    """Senators in office on ``day`` per state (one per Senate class: the latest-starting term)."""
    seats: dict[tuple[str, str], tuple[str, str]] = {}
    iso = day.isoformat()
    for row in terms:
        if not row["start_date"] <= iso <= row["end_date"]:
            continue
        key = (row["state"], row["senate_class"])
        if key not in seats or row["start_date"] > seats[key][0]:
            seats[key] = (row["start_date"], code(family(row["party"], congress)))
    senate: dict[str, list[str]] = defaultdict(list)
    for (state, _), (_, party) in sorted(seats.items()):
        senate[state].append(party)
    return {state: sorted(parties) for state, parties in senate.items()}


def senators_from_snapshot(path: Path, congress: int) -> dict[str, list[str]]:
    """Senators in a legislators-current snapshot; an independent is written "Independent>Democratic"
    when the source says whom they caucus with."""
    import yaml  # build-time only

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open(encoding="utf-8") as handle:
        people = yaml.load(handle, Loader=loader)
    senate: dict[str, list[str]] = defaultdict(list)
    for person in people:
        term = person["terms"][-1]
        if term["type"] != "sen":
            continue
        party = code(family(term.get("party", ""), congress))
        caucus = code(family(term["caucus"], congress)) if term.get("caucus") else party
        senate[term["state"]].append(party if caucus == party else f"{party}>{caucus}")
    return {state: sorted(parties) for state, parties in sorted(senate.items())}


# Senators the snapshot taken a few days after the count leaves out, though they held their seat
# on the day of the count: congress -> [(state, party code, why)].
SENATE_ON_COUNT_DAY: dict[int, list[tuple[str, str, str]]] = {
    119: [
        (
            "OH",
            "R",
            "JD Vance held his Ohio seat until he resigned on 10 January 2025, after the count of "
            "6 January (U.S. Senate, Senators of the 119th Congress; his successor Jon Husted was "
            "sworn in on 21 January)",
        )
    ],
}


def house_from_snapshot(path: Path, congress: int) -> dict[str, dict[str, int]]:
    """Representatives per state and party family in a legislators-current file."""
    import yaml  # build-time only

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open(encoding="utf-8") as handle:
        people = yaml.load(handle, Loader=loader)
    house: dict[str, Counter[str]] = defaultdict(Counter)
    for person in people:
        term = person["terms"][-1]
        if term["type"] == "rep":
            house[term["state"]][code(family(term.get("party", ""), congress))] += 1
    return {
        state: dict(sorted(members.items(), key=lambda kv: (-kv[1], kv[0])))
        for state, members in sorted(house.items())
    }


def snapshot_paths(shared: Path) -> dict[int, tuple[Path, str]]:
    found: dict[int, tuple[Path, str]] = {}
    for path in sorted((shared / "unitedstates-congress-legislators" / "snapshots").glob("*.yaml")):
        match = re.search(r"at-(\d{4})-(\d{2})-(\d{2})", path.name)
        if match:
            day = dt.date(int(match[1]), int(match[2]), int(match[3]))
            found[SNAPSHOT_CONGRESS[day.year]] = (path, day.isoformat())
    return found


# --- recorded contingent votes -----------------------------------------------------------------
# Party make-up alone does not give these votes (1801: the Federalists' choice of Burr and their
# final abstentions; 1825: every candidate was a Republican; 1837: the roll call by name is not
# in our sources, only the totals).

JEFFERSON, BURR = "Thomas Jefferson", "Aaron Burr"
ADAMS, JACKSON, CRAWFORD = "John Quincy Adams", "Andrew Jackson", "William H. Crawford"
HISTORY = {
    1800: {
        "house": {
            "candidates": [JEFFERSON, BURR],
            "ballot": "36th ballot, 17 February 1801",
            "votes": {
                **dict.fromkeys(["GA", "KY", "MD", "NJ", "NY", "NC", "PA", "TN", "VA", "VT"], JEFFERSON),
                **dict.fromkeys(["CT", "MA", "NH", "RI"], BURR),
                **dict.fromkeys(["DE", "SC"], "blank"),
            },
            "note": (
                "The first 35 ballots went 8 states to 6 with Vermont and Maryland divided. On the "
                "36th, Vermont's and Maryland's Federalists abstained or cast blanks, giving both "
                "states to Jefferson; Delaware and South Carolina cast blank ballots."
            ),
            "source": (
                "Thomas Jefferson to T. M. Randolph, 19 Feb 1801 (ten States for me, four for Burr, "
                "two voted blanks; Morris of Vermont withdrew, the four Maryland Federalists put in "
                "blanks, Bayard of Delaware voted blank); Encyclopaedia Britannica, United States "
                "presidential election of 1800; Wikipedia, Contingent election"
            ),
        }
    },
    1824: {
        "house": {
            "candidates": [JACKSON, ADAMS, CRAWFORD],
            "ballot": "first ballot, 9 February 1825",
            "votes": {
                **dict.fromkeys(
                    ["CT", "IL", "KY", "LA", "ME", "MD", "MA", "MO", "NH", "NY", "OH", "RI", "VT"], ADAMS
                ),
                **dict.fromkeys(["AL", "IN", "MS", "NJ", "PA", "SC", "TN"], JACKSON),
                **dict.fromkeys(["DE", "GA", "NC", "VA"], CRAWFORD),
            },
            "note": "Adams 13 states, Jackson 7, Crawford 4, on the first ballot.",
            "source": (
                "House Journal, 18th Congress, 2nd session, 9 Feb 1825; U.S. Capitol Visitor Center, "
                "The House Elects a President, 1825; Wikipedia, 1824 United States presidential "
                "election (map of the House vote by state, public domain)"
            ),
        }
    },
    1836: {
        "senate": {
            "candidates": ["Richard M. Johnson", "Francis Granger"],
            "ballot": "8 February 1837",
            "totals": {"Richard M. Johnson": 33, "Francis Granger": 16},
            "not_voting": 3,
            "note": (
                "49 of the 52 senators voted, along party lines. The Senate Journal names each "
                "senator's vote; that roll call is not in our sources, so only the totals are recorded."
            ),
            "source": (
                "Senate Journal, 24th Congress, 2nd session, 8 Feb 1837; U.S. Senate Historical "
                "Office, The Senate Elects a Vice President (senate.gov); Annenberg Classroom, "
                "Senate Elects a Vice President"
            ),
        }
    },
}


# --- build ---------------------------------------------------------------------------------------


def build_congress(shared: Path) -> str:
    years = states_by_year(shared)
    house, house_methods = house_delegations(shared)
    snapshots = snapshot_paths(shared)
    terms = senate_terms(shared)
    starts = congress_starts(shared)
    latest = max(house)
    elections: dict[str, dict[str, object]] = {}
    congresses: dict[int, dict[str, object]] = {}
    for year, states in years.items():
        body = body_for(year, starts)
        entry: dict[str, object] = {"congress": body.congress, "which": body.which}
        data_congress = body.congress
        if body.congress not in house:
            data_congress = latest  # an upcoming election: the Congress in office now stands in
            entry["stand_in"] = latest
        elections[str(year)] = entry
        if data_congress in congresses:
            continue
        if data_congress >= FIRST_SNAPSHOT_CONGRESS:
            path, day = snapshots[data_congress]
            senate = senators_from_snapshot(path, data_congress)
            senate_source = f"snapshot {day}"
            if data_congress in SENATE_ON_COUNT_DAY:
                for state, party, _why in SENATE_ON_COUNT_DAY[data_congress]:
                    senate[state] = sorted([*senate.get(state, []), party])
                senate_source += f"; as on {body.count_date.isoformat()}"
        else:
            senate = senators_from_terms(terms, data_congress, body.count_date)
            senate_source = f"terms in office on {body.count_date.isoformat()}"
        state_set = set(states)
        congresses[data_congress] = {
            "house_source": house_methods[data_congress],
            "senate_source": senate_source,
            "house": {s: m for s, m in sorted(house[data_congress].items()) if s in state_set},
            "senate": {s: p for s, p in sorted(senate.items()) if s in state_set},
        }
    stand_in = current_congress(shared, latest, years[max(years)])
    used: set[str] = set()
    for body in [*congresses.values(), stand_in]:
        for chamber in ("house", "senate"):
            for members in body[chamber].values():  # type: ignore[attr-defined]
                for party in members:
                    used.update(party.split(">"))
    names = {c: n for n, c in CODES.items()}
    head = {
        "format": FORMAT_VERSION,
        "parties": {c: names.get(c, c) for c in sorted(used)},
        "candidate_families": CANDIDATE_FAMILIES,
        "elections": elections,
        "history": {str(year): record for year, record in sorted(HISTORY.items())},
        "stand_in": stand_in,
    }
    lines = [
        f'"{number}":{json.dumps(congresses[number], ensure_ascii=False, separators=(",", ":"))}'
        for number in sorted(congresses)
    ]
    head_text = json.dumps(head, ensure_ascii=False, separators=(",", ":"))
    return head_text[:-1] + ',"congresses":{\n' + ",\n".join(lines) + "\n}}\n"


def current_congress(shared: Path, latest: int, states: list[str]) -> dict[str, object]:
    """The Congress in office now (``legislators-current.yaml``), standing in for the one an
    upcoming election would have: every seat as filled today, not as on the day of a past count."""
    folder = shared / "unitedstates-congress-legislators"
    path = folder / "legislators-current.yaml"
    state_set = set(states)
    house = house_from_snapshot(path, latest)
    senate = senators_from_snapshot(path, latest)
    return {
        "number": latest,
        "house_source": f"current {CURRENT_SNAPSHOT_DATE}",
        "senate_source": f"current {CURRENT_SNAPSHOT_DATE}",
        "house": {s: m for s, m in house.items() if s in state_set},
        "senate": {s: p for s, p in senate.items() if s in state_set},
    }


LAW_CATEGORIES = ("no_law", "pledge_no_enforcement", "vote_counted_penalty", "vote_voided_replaced")
_CONFIDENCE = re.compile(r"^conf=([a-z-]+)(?: for the event)?[.;]?\s*")


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def build_laws(shared: Path) -> str:
    """Per state, one entry per run of years with the same law (keeps the file small)."""
    folder = shared / "state-elector-laws"
    per_state: dict[str, list[dict[str, object]]] = defaultdict(list)
    years: set[int] = set()
    for row in read_csv(folder / "elector_binding_laws.csv"):
        category = row["category"]
        if category not in LAW_CATEGORIES:
            raise ValueError(f"unknown category {category!r} in {row['year']} {row['state_po']}")
        if (row["replaces_faithless"] == "1") != (category == "vote_voided_replaced"):
            raise ValueError(f"replaces flag disagrees with category in {row['year']} {row['state_po']}")
        year = int(row["year"])
        years.add(year)
        match = _CONFIDENCE.match(row["note"])
        entry = {
            "category": category,
            "penalty": row["penalty"],
            "replaces": row["replaces_faithless"] == "1",
            "statute": row["statute"],
            "confidence": match[1] if match else "",
            "note": _sentence(row["note"][match.end() :] if match else row["note"]),
        }
        runs = per_state[row["state_po"]]
        if runs and {k: v for k, v in runs[-1].items() if k != "years"} == entry:
            runs[-1]["years"].append(year)  # type: ignore[union-attr]
        else:
            runs.append({"years": [year], **entry})
    head = {
        "format": FORMAT_VERSION,
        "years": sorted(years),
        "source": "state-elector-laws/elector_binding_laws.csv (hand-compiled from cited public sources)",
    }
    lines = [
        f'"{state}":{json.dumps(per_state[state], ensure_ascii=False, separators=(",", ":"))}'
        for state in sorted(per_state)
    ]
    head_text = json.dumps(head, ensure_ascii=False, separators=(",", ":"))
    return head_text[:-1] + ',"states":{\n' + ",\n".join(lines) + "\n}}\n"


def build(shared: Path) -> dict[Path, str]:
    return {CONGRESS_OUTPUT: build_congress(shared), LAWS_OUTPUT: build_laws(shared)}


def main(argv: list[str] | None = None) -> int:
    return run_build(__doc__.splitlines()[0], build, "build_congress.py", argv)


if __name__ == "__main__":
    raise SystemExit(main())
