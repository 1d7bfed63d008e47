"""Build the popular vote the app ships, from the public sources in ``../shared/data``.

    python build_scripts/build_popular_vote.py [--shared PATH] [--check]

Writes ``resources/data/popular_vote.json``: for every election 1824-2024, each state's votes
per candidate (or how its electors were chosen when there was no popular vote), and the
National Popular Vote Interstate Compact's members. Deterministic; ``--check`` writes nothing
and exits 1 if the committed file differs from what the sources give.

Sources (see resources/data/SOURCES.md): MEDSL's official returns for 1976-2024 (as stacked in
derived/pres_popular_vote_by_state_1976_2024); the compiled clavesi table for 1824-1972. Every
national total is checked against the compiled table's own national row (and the corrections
listed in CORRECTIONS below are the only changes made to any figure).
"""

from __future__ import annotations

import csv
import json
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from outputs import run_build

REPO = Path(__file__).resolve().parents[1]
OUTPUT = REPO / "resources" / "data" / "popular_vote.json"
CHECKS = REPO / "resources" / "data" / "POPULAR_VOTE_CHECKS.md"
CATALOG = REPO / "resources" / "data" / "elections.json"
FORMAT_VERSION = 1
FIRST_YEAR = 1824
MEDSL_FROM = 1976
# A candidate is named on their own when they won electoral votes or at least this share of
# the national vote; everyone else is counted together as "other".
NAMED_SHARE = 0.01

# How a state without a popular vote chose its electors (the compiled table's words -> a code).
NO_POPULAR_VOTE = {
    "No popular vote": "legislature",
    "No election due to Reconstruction": "legislature",
    "Not enough time to organize election": "legislature",
}

# MEDSL lines that are not votes for anyone (blank, over- and under-votes): left out of totals.
NOT_A_VOTE = {
    "BLANK VOTE",
    "BLANK VOTES",
    "BLANK VOTE/SCATTERING",
    "BLANK VOTE/VOID VOTE/SCATTERING",
    "UNDERVOTES",
    "OVERVOTES",
    "OVER VOTE",
    "VOID VOTE",
}

# Corrections of the sources, each documented in resources/data/SOURCES.md.
# MEDSL writes one state's 2012 Romney line first name first ("MITT, ROMNEY").
MEDSL_NAME_FIXES = {"MITT, ROMNEY": "ROMNEY, MITT"}

# National Popular Vote Interstate Compact: jurisdictions that enacted it, the year of joinder
# (Council of State Governments, compacts.csg.org), and the day where a source gives it. A
# member counts for an election held after its joinder (see member_for).
NPVIC_MEMBERS: list[dict[str, object]] = [
    {"state": "MD", "year": 2007, "date": ""},
    {"state": "NJ", "year": 2008, "date": "2008-01-13"},
    {"state": "IL", "year": 2008, "date": "2008-04-07"},
    {"state": "HI", "year": 2008, "date": "2008-05-01"},
    {"state": "WA", "year": 2009, "date": ""},
    {"state": "MA", "year": 2010, "date": ""},
    {"state": "DC", "year": 2010, "date": ""},
    {"state": "VT", "year": 2011, "date": ""},
    {"state": "CA", "year": 2011, "date": ""},
    {"state": "RI", "year": 2013, "date": ""},
    {"state": "NY", "year": 2014, "date": ""},
    {"state": "CT", "year": 2018, "date": ""},
    {"state": "DE", "year": 2019, "date": ""},
    {"state": "NM", "year": 2019, "date": ""},
    {"state": "OR", "year": 2019, "date": ""},
    # Enacted 2019; in force only once the voters upheld it, at the 2020 election itself.
    {"state": "CO", "year": 2020, "date": "2020-11-03"},
    {"state": "MN", "year": 2023, "date": ""},
    {"state": "ME", "year": 2024, "date": "2024-04-15"},
]
NPVIC_SOURCES = [
    "https://compacts.csg.org/compact/national-popular-vote-interstate-compact",
    "https://www.nationalpopularvote.com/state/nj",
    "http://blog4paul.blogspot.com/2008/04/illinois-national-popular-vote-bill.html",
    "http://www.protectyourvoteusa.org/state-legislation/95-hawaii",
    "https://www.dailykos.com/stories/2024/4/15/2234864/-Maine-joins-interstate-alliance-to-elect-president-by-popular-vote",
]


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return " ".join(text.replace(".", " ").replace(",", " ").split())


def surname(name: str) -> str:
    words = [w for w in fold(name).split() if w not in {"jr", "sr", "ii", "iii"}]
    return words[-1] if words else ""


def medsl_display(name: str) -> str:
    """'TRUMP, DONALD J.' -> 'Donald J. Trump' (MEDSL writes names last name first)."""
    last, _, first = name.partition(",")
    text = f"{first.strip()} {last.strip()}".strip()
    return " ".join(w.title() if w.isupper() else w for w in text.split())


class Namer:
    """Source spellings -> the catalog's names for one election (by full name, alias or surname)."""

    def __init__(self, candidates: list[dict[str, object]]) -> None:
        self.full: dict[str, str] = {}
        by_surname: dict[str, list[str]] = defaultdict(list)
        for c in candidates:
            name = str(c["name"])
            for spelling in (name, *c.get("aliases", ())):  # type: ignore[misc]
                self.full[fold(str(spelling))] = name
            by_surname[surname(name)].append(name)
        self.unique = {s: names[0] for s, names in by_surname.items() if len(names) == 1}

        self.others: dict[str, str] = {}

    def __call__(self, name: str) -> tuple[str, bool]:
        """The catalog's name and True, or else the first spelling seen of that surname and
        False (a candidate without electoral votes is spelled differently by each source)."""
        if fold(name) in self.full:
            return self.full[fold(name)], True
        if surname(name) in self.unique:
            return self.unique[surname(name)], True
        return self.others.setdefault(surname(name), name), False


def catalog_states(catalog: dict[str, object]) -> dict[int, dict[str, tuple[str, int]]]:
    out: dict[int, dict[str, tuple[str, int]]] = {}
    for election in catalog["elections"]:  # type: ignore[attr-defined]
        out[election["year"]] = {s["code"]: (s["name"], s["appointed"]) for s in election["states"]}
    return out


def from_clavesi(shared: Path, year: int, namer: Namer, states: dict[str, tuple[str, int]]):
    data = json.loads(
        (shared / "clavesi-presidential-election-results" / "json" / f"{year}.json").read_text("utf-8")
    )
    code_of = {name.lower(): code for code, (name, _) in states.items()}
    code_of["distric of columbia"] = "DC"
    votes: dict[str, Counter[str]] = {}
    chosen: dict[str, str] = {}
    national_row: Counter[str] = Counter()
    for state, entry in data["votes"].items():
        popular = entry["popular"]
        if state == "Total":
            for name, n in popular.items():
                national_row[namer(name)[0]] += int(n)
            continue
        code = code_of[state.lower()]
        if "status" in popular:
            chosen[code] = NO_POPULAR_VOTE[popular["status"]]
            continue
        counts: Counter[str] = Counter()
        for name, n in popular.items():
            if int(n) > 0:
                counts[namer(name)[0]] += int(n)
        votes[code] = counts
    return votes, chosen, national_row


def from_medsl(shared: Path, year: int, namer: Namer, states: dict[str, tuple[str, int]]):
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for row in read_csv(shared / "derived" / "pres_popular_vote_by_state_1976_2024.derived.csv"):
        if int(row["year"]) != year or row["candidate"] in NOT_A_VOTE:
            continue
        n = int(row["candidatevotes"])
        raw = MEDSL_NAME_FIXES.get(row["candidate"], row["candidate"])
        if not raw or raw == "OTHER" or row["writein"] == "TRUE":
            votes[row["state_po"]][""] += n
            continue
        votes[row["state_po"]][namer(medsl_display(raw))[0]] += n
    return dict(votes), {}, clavesi_national_row(shared, year, namer)


def clavesi_national_row(shared: Path, year: int, namer: Namer) -> Counter[str]:
    """The compiled table's national row (from the House Clerk's volumes), to check MEDSL by."""
    path = shared / "clavesi-presidential-election-results" / "json" / f"{year}.json"
    row: Counter[str] = Counter()
    if path.exists():
        for name, n in json.loads(path.read_text("utf-8"))["votes"]["Total"]["popular"].items():
            row[namer(name)[0]] += int(n)
    return row


def build_year(shared: Path, year: int, election: dict[str, object], states: dict[str, tuple[str, int]]):
    namer = Namer(election["candidates"])  # type: ignore[arg-type]
    reader = from_medsl if year >= MEDSL_FROM else from_clavesi
    votes, chosen, national_row = reader(shared, year, namer, states)
    national: Counter[str] = Counter()
    for counts in votes.values():
        national.update(counts)
    total = sum(national.values())
    electoral = {str(c["name"]) for c in election["candidates"]}  # type: ignore[attr-defined]
    named = {n for n, v in national.items() if n and (n in electoral or v >= NAMED_SHARE * total)}
    out_states: dict[str, object] = {}
    for code in sorted(states):
        appointed = states[code][1]
        if code in chosen:
            out_states[code] = {"chosen_by": chosen[code]}
        elif code in votes:
            counts = votes[code]
            kept = {n: counts[n] for n in sorted(counts, key=lambda n: (-counts[n], n)) if n in named}
            other = sum(v for n, v in counts.items() if n not in named)
            out_states[code] = {"votes": kept, "other": other}
        elif appointed == 0:
            out_states[code] = {"chosen_by": "not_taking_part"}
        else:
            raise SystemExit(f"{year} {code}: electors appointed but no popular vote and no reason")
    checks = []
    for name in sorted(national_row, key=lambda n: (-national_row[n], n)):
        checks.append({"candidate": name, "states": national[name], "national_row": national_row[name]})
    return out_states, checks


def member_for(year: int, member: dict[str, object]) -> bool:
    """Whether a member had joined before election day of ``year`` (early November)."""
    joined = int(member["year"])  # type: ignore[call-overload]
    if joined != year:
        return joined < year
    return bool(member["date"]) and str(member["date"]) < f"{year}-11-01"


def build(shared: Path) -> tuple[str, list[dict[str, object]]]:
    catalog = json.loads(CATALOG.read_text(encoding="utf-8"))
    by_year = {e["year"]: e for e in catalog["elections"]}
    states_by_year = catalog_states(catalog)
    elections: dict[str, object] = {}
    report = []
    for year in sorted(by_year):
        if year < FIRST_YEAR or by_year[year].get("upcoming"):
            continue
        states, checks = build_year(shared, year, by_year[year], states_by_year[year])
        source = "medsl" if year >= MEDSL_FROM else "clavesi"
        elections[str(year)] = {"source": source, "states": states}
        report.append({"year": year, "source": source, "checks": checks})
    data = {
        "format": FORMAT_VERSION,
        "npvic": {"members": NPVIC_MEMBERS, "sources": NPVIC_SOURCES},
        "elections": elections,
    }
    compact = {"ensure_ascii": False, "separators": (",", ":")}
    lines = [f'"{year}":{json.dumps(e, **compact)}' for year, e in elections.items()]  # type: ignore[arg-type]
    head = json.dumps({"format": FORMAT_VERSION, "npvic": data["npvic"]}, **compact)  # type: ignore[arg-type]
    text = head[:-1] + ',"elections":{\n' + ",\n".join(lines) + "\n}}\n"
    assert json.loads(text) == data
    return text, report


def checks_text(report: list[dict[str, object]]) -> str:
    """The national cross-check as a Markdown table (shipped beside the data)."""
    lines = [
        "# Popular vote: national totals checked",
        "",
        "Generated by `build_scripts/build_popular_vote.py`. For each election and candidate, the sum",
        "of the state rows the app ships against the national row of the compiled table",
        "(`clavesi/presidential-election-results`, from the UCSB American Presidency Project before",
        "1924 and the House Clerk's volumes after). For 1824-1972 the state rows are that table's own,",
        "so the check is one of consistency; for 1976-2020 the state rows are MEDSL's official returns",
        "and the compiled row is an independent second source (the differences come from lines of",
        "fusion parties and write-ins that the compiled table leaves out; see SOURCES.md). 2024 has",
        "no second source here. Only candidates in the compiled row are listed.",
        "",
        "| Year | State rows | Candidate | Sum of states | Compiled national row | Difference |",
        "|---|---|---|---:|---:|---:|",
    ]
    for entry in report:
        for check in entry["checks"]:  # type: ignore[attr-defined]
            ours, theirs = int(check["states"]), int(check["national_row"])
            lines.append(
                f"| {entry['year']} | {entry['source']} | {check['candidate']} | {ours:,} | {theirs:,} "
                f"| {ours - theirs:+,} |"
            )
    return "\n".join(lines) + "\n"


def outputs(shared: Path) -> dict[Path, str]:
    text, report = build(shared)
    return {OUTPUT: text, CHECKS: checks_text(report)}


def main(argv: list[str] | None = None) -> int:
    return run_build(__doc__.splitlines()[0], outputs, "build_popular_vote.py", argv)


if __name__ == "__main__":
    raise SystemExit(main())
