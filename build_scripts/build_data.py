"""Build the election catalog the app ships, from the public sources in ``../shared/data``.

    python build_scripts/build_data.py [--shared PATH] [--check]

Writes ``resources/data/elections.json`` (one election per line, deterministic: the same
inputs always give the same bytes). ``--check`` writes nothing and exits 1 if the committed
file differs from what the sources give.

Sources, by precedence (see resources/data/SOURCES.md):
  President, by state: NARA pages (1824-1872, 2016-2024), House Clerk tables (2000-2012),
  the compiled table elsewhere -- all as merged in derived/ev_cast_by_state_candidate.
  Vice President, by state: NARA pages where they exist, else the ticket rebuild of
  derived/vp_ev_by_state (checked there against national VP totals).
  Electors allotted: derived/ev_allotted_by_state_year; electors appointed: the votes
  actually cast plus documented blanks and rejected votes (curated_facts.py).
"""

from __future__ import annotations

import csv
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import curated_facts as facts
from outputs import run_build

REPO = Path(__file__).resolve().parents[1]
OUTPUT = REPO / "resources" / "data" / "elections.json"
FORMAT_VERSION = 1
LAST_PRE_12TH = 1800
NEXT_ELECTION = 2028


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def display(name: str) -> str:
    return facts.DISPLAY_NAMES.get(name, name)


def surname_key(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = [w.strip(".,") for w in text.split() if w.strip(".,").lower() not in {"jr", "sr", "ii", "iii"}]
    return words[-1].lower() if words else ""


@dataclass
class ElectorRow:
    pledge: tuple[str, str]
    cast: tuple[str, str]
    unit: str = ""
    name: str = ""
    note: str = ""
    attempt: dict[str, str] = field(default_factory=dict)


@dataclass
class Sources:
    states: dict[str, str]  # code -> name
    allotted: dict[int, dict[str, int]]
    president: dict[int, dict[str, Counter[str]]]
    president_source: dict[int, str]
    vice_president: dict[int, dict[str, Counter[str]]]
    vp_pairs: dict[tuple[int, str], list[tuple[str, str, int]]]  # (vp, president, n)
    tickets: dict[int, dict[str, str]]
    parties: dict[int, dict[str, str]]  # year -> surname key -> party
    faithless_2016: list[dict[str, str]]
    roster_2016: dict[str, list[tuple[str, str]]]


def load_sources(shared: Path) -> Sources:
    derived = shared / "derived"
    states: dict[str, str] = {}
    allotted: dict[int, dict[str, int]] = defaultdict(dict)
    for row in read_csv(derived / "ev_allotted_by_state_year.derived.csv"):
        states[row["state_po"]] = row["state"]
        allotted[int(row["year"])][row["state_po"]] = int(row["electoral_votes"])

    president: dict[int, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    president_source: dict[int, str] = {}
    for row in read_csv(derived / "ev_cast_by_state_candidate.derived.csv"):
        year = int(row["year"])
        president[year][row["state_po"]][display(row["candidate"])] += int(row["electoral_votes"])
        president_source[year] = row["source"]

    vice_president: dict[int, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    nara_vp_years: set[int] = set()
    for row in read_csv(derived / "nara_ev_cast_by_state.derived.csv"):
        if row["office"] == "VP":
            year = int(row["year"])
            nara_vp_years.add(year)
            vice_president[year][row["state_po"]][display(row["candidate"])] += int(row["electoral_votes"])
    for row in read_csv(derived / "vp_ev_by_state.derived.csv"):
        year = int(row["year"])
        if year not in nara_vp_years:
            vice_president[year][row["state_po"]][display(row["candidate"])] += int(row["electoral_votes"])

    vp_pairs: dict[tuple[int, str], list[tuple[str, str, int]]] = defaultdict(list)
    for row in read_csv(shared / "vice-president" / "vp_state_exceptions.csv"):
        if row["president_vote_of_those_electors"]:
            vp_pairs[(int(row["year"]), row["state_po"])].append(
                (
                    display(row["vp_candidate"]),
                    display(row["president_vote_of_those_electors"]),
                    int(row["electoral_votes"]),
                )
            )

    tickets: dict[int, dict[str, str]] = defaultdict(dict)
    for row in read_csv(shared / "vice-president" / "tickets.csv"):
        tickets[int(row["year"])][display(row["president_candidate"])] = display(row["running_mate"])
    for year, pairs in facts.EXTRA_TICKETS.items():
        for pres, vp in pairs:
            tickets[year][pres] = vp

    parties: dict[int, dict[str, str]] = defaultdict(dict)
    for path in sorted((shared / "clavesi-presidential-election-results" / "json").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for name, party in data["candidates"].items():
            party = facts.PARTY_SPELLING_FIXES.get(party, party)
            if party not in facts.NOT_A_PARTY:
                parties[int(path.stem)][surname_key(name)] = party

    faithless_2016 = read_csv(derived / "faithless_electors_2016.derived.csv")
    roster: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in read_csv(derived / "electors_2016.derived.csv"):
        # A few names carry a remark glued on ("Terie Norelli- Signed letter ..."): keep the name.
        name = re.split(r"\s*[-–]\s+(?=[A-Z])", row["elector_name"], maxsplit=1)[0]
        roster[row["state_po"]].append((name, row["raw_line"]))
    return Sources(
        dict(states),
        dict(allotted),
        president,
        president_source,
        vice_president,
        vp_pairs,
        tickets,
        parties,
        faithless_2016,
        dict(roster),
    )


def pair_votes(
    year: int,
    state: str,
    pres: Counter[str],
    vp: Counter[str],
    tickets: dict[str, str],
    explicit: list[tuple[str, str, int]],
) -> list[tuple[str, str]]:
    """Pair each elector's presidential vote with a vice-presidential vote.

    Pairs named by the sources come first, then the ticket rule, then whatever remains in
    order; an elector with no vice-presidential vote recorded casts a blank one.
    """
    pres, vp = Counter(pres), Counter(vp)
    pairs: list[tuple[str, str]] = []

    def take(p: str, v: str, n: int) -> None:
        n = min(n, pres[p], vp[v] if v else n)
        pairs.extend([(p, v)] * n)
        pres[p] -= n
        if v:
            vp[v] -= n

    for v, p, n in explicit:
        take(p, v, n)
    for p in sorted(pres, key=lambda c: (-pres[c], c)):
        mate = tickets.get(p, "")
        if mate:
            take(p, mate, pres[p])
    rest_p = [p for p in sorted(pres, key=lambda c: (-pres[c], c)) for _ in range(pres[p])]
    rest_v = [v for v in sorted(vp, key=lambda c: (-vp[c], c)) for _ in range(vp[v])]
    if len(rest_v) > len(rest_p):
        raise SystemExit(f"{year} {state}: more VP votes than electors")
    rest_v += [""] * (len(rest_p) - len(rest_v))
    pairs.extend(zip(rest_p, rest_v, strict=True))
    return pairs


def pre_12th_ballots(votes: Counter[str]) -> list[tuple[str, str]]:
    """Split a state's 2E ballots into E electors casting two different names each."""
    flat = [c for c in sorted(votes, key=lambda c: (-votes[c], c)) for _ in range(votes[c])]
    electors = len(flat) // 2
    ballots = [(flat[i], flat[i + electors]) for i in range(electors)]
    assert all(a != b for a, b in ballots), votes
    return ballots


def apply_pledge_exceptions(year: int, state: str, rows: list[ElectorRow], src: Sources) -> None:
    if (year, state) in facts.STATE_PLEDGES:
        pledge, note = facts.STATE_PLEDGES[(year, state)]
        for row in rows:
            row.pledge, row.note = pledge, note
    for f_year, f_state, count, pledge, cast, note in facts.FAITHLESS:
        if (f_year, f_state) != (year, state):
            continue
        matching = [r for r in rows if r.cast == cast and r.pledge == cast]
        if len(matching) < count:
            raise SystemExit(f"{year} {state}: faithless entry {cast} does not match the cast votes")
        for row in matching[-count:]:
            row.pledge, row.note = pledge, note
    if year == 2016:
        for entry in src.faithless_2016:
            if entry["state_po"] != state:
                continue
            pledged = tuple(display(n) for n in entry["pledged_ticket"].split("/"))
            full = {"Clinton": ("Hillary Clinton", "Tim Kaine"), "Trump": ("Donald Trump", "Mike Pence")}
            pledge = full[pledged[0]]
            if entry["status"] == "counted":
                cast = (entry["president_vote"], entry["vice_president_vote"])
                row = next(r for r in rows if r.cast == cast and r.pledge == cast)
                row.pledge = pledge
                row.note = (
                    f"{entry['elector_name']}, pledged to {pledge[0]}, voted for {cast[0]} and {cast[1]}."
                )
            else:
                attempted = entry["president_vote"].split(" (")[0]
                row = next(r for r in rows if r.cast == pledge and not r.attempt)
                row.attempt = {"p": attempted, "by": entry["elector_name"]}
                outcome = entry["president_vote"].split("(", 1)[1].rstrip(")")
                row.note = (
                    f"{entry['elector_name']} tried to vote for {attempted} ({outcome}, under state law)."
                )
                continue
            if not row.name:
                row.name = entry["elector_name"]


def assign_units(year: int, state: str, rows: list[ElectorRow]) -> list[dict[str, object]]:
    start, districts = facts.DISTRICT_SYSTEM.get(state, (10_000, 0))
    if year < start:
        for row in rows:
            row.unit = state
        return [{"id": state, "name": "", "electors": len(rows)}]
    units = [{"id": state, "name": "At large", "electors": 2}]
    units += [{"id": f"{state}-{d}", "name": f"District {d}", "electors": 1} for d in range(1, districts + 1)]
    remaining = list(rows)
    ordered: list[ElectorRow] = []
    for unit in units:
        wanted = facts.DISTRICT_SPLITS.get((year, str(unit["id"])))
        for _ in range(int(unit["electors"])):
            pick = next((r for r in remaining if r.pledge[0] == wanted), None) if wanted else None
            if pick is None:
                majority = Counter(
                    r.pledge[0]
                    for r in remaining
                    if all(facts.DISTRICT_SPLITS.get((year, str(u["id"]))) != r.pledge[0] for u in units)
                )
                top = majority.most_common(1)[0][0] if majority else None
                pick = next(r for r in remaining if r.pledge[0] == top) if top else remaining[0]
            remaining.remove(pick)
            pick.unit = str(unit["id"])
            ordered.append(pick)
    rows[:] = ordered
    return units


def roster_order(raw_line: str) -> int:
    """At-large electors first, then by congressional district, as the state lists them."""
    if "at large" in raw_line.lower() or "at-large" in raw_line.lower():
        return 0
    match = re.search(r"\((\d+)(?:st|nd|rd|th)\)|CD ?(\d+)", raw_line)
    return int(next(g for g in match.groups() if g)) if match else 0


def name_electors_2016(state: str, rows: list[ElectorRow], roster: list[tuple[str, str]]) -> None:
    if len(roster) != len(rows):
        return  # the roster article does not list exactly the appointed electors here
    roster = sorted(roster, key=lambda entry: roster_order(entry[1]))
    free = [name for name, _ in roster]
    for row in rows:
        if row.attempt:  # a replacement elector sits in the seat of one whose vote was voided
            by = surname_key(row.attempt["by"])
            replacement = next(
                (n for n, raw in roster if "replaced" in raw.lower() and by in raw.lower()), None
            )
            row.name = replacement or next(n for n in free if surname_key(n) == by)
            if replacement:
                row.note += f" {replacement} was appointed in the seat and voted as pledged."
        elif row.name:
            row.name = next(n for n in free if surname_key(n) == surname_key(row.name))
        if row.name:
            free.remove(row.name)
    for row in rows:
        if not row.name:
            row.name = free.pop(0)


def group_rows(rows: list[ElectorRow]) -> list[dict[str, object]]:
    """Run-length encode electors that are alike (no names, same unit, pledge and vote)."""
    groups: list[dict[str, object]] = []
    for row in rows:
        entry: dict[str, object] = {"unit": row.unit, "pledge": list(row.pledge)}
        if row.cast != row.pledge:
            entry["cast"] = list(row.cast)
        for key, value in (("name", row.name), ("note", row.note), ("attempt", row.attempt)):
            if value:
                entry[key] = value
        if groups and not row.name and {k: v for k, v in groups[-1].items() if k != "n"} == entry:
            groups[-1]["n"] = int(groups[-1]["n"]) + 1  # type: ignore[call-overload]
        else:
            groups.append({"n": 1, **entry})
    return groups


def build_election(year: int, src: Sources) -> dict[str, object]:
    pre12 = year <= LAST_PRE_12TH
    allotted = src.allotted[year]
    tickets = src.tickets.get(year, {})
    states_out = []
    for state in sorted(allotted, key=lambda s: src.states[s]):
        pres = src.president.get(year, {}).get(state, Counter())
        rows: list[ElectorRow]
        if pre12:
            # Each pair reads in ticket order (Jefferson & Burr, not Burr & Jefferson).
            pairs = [(b, a) if tickets.get(b) == a else (a, b) for a, b in pre_12th_ballots(pres)]
            rows = [ElectorRow(p, p) for p in pairs]
        else:
            vp = src.vice_president.get(year, {}).get(state, Counter())
            rejected = facts.REJECTED_VOTES.get((year, state))
            if rejected:
                pres = pres + Counter({rejected[0]: rejected[1]})
            pairs = pair_votes(year, state, pres, vp, tickets, src.vp_pairs.get((year, state), []))
            rows = [ElectorRow(p, p) for p in pairs]
            # Blank ballots appear in no vote table; the elector was appointed all the same.
            rows += [
                ElectorRow(("", ""), ("", ""))
                for f in facts.FAITHLESS
                if f[:2] == (year, state) and f[4] == ("", "")
                for _ in range(f[2])
            ]
            if rejected:
                for row in rows:
                    if row.cast[0] == rejected[0]:
                        row.note = rejected[2]
            apply_pledge_exceptions(year, state, rows, src)
        units = (
            assign_units(year, state, rows)
            if rows or not pre12
            else [{"id": state, "name": "", "electors": 0}]
        )
        if year == 2016:
            name_electors_2016(state, rows, src.roster_2016.get(state, []))
        entry: dict[str, object] = {
            "code": state,
            "name": src.states[state],
            "allotted": allotted[state],
            "appointed": len(rows),
            "units": units,
            "electors": group_rows(rows),
        }
        if allotted[state] == 0:
            entry["note"] = "Did not take part (seceded, or not yet readmitted)."
        elif note := facts.SHORTFALL_NOTES.get((year, state)):
            entry["note"] = note
        elif len(rows) != allotted[state]:
            raise SystemExit(
                f"{year} {state}: {len(rows)} electors for {allotted[state]} allotted, unexplained"
            )
        states_out.append(entry)

    candidates = candidate_list(year, states_out, tickets, src)
    rejected = {name: note for (y, _), (name, _, note) in facts.REJECTED_VOTES.items() if y == year}
    return {
        "year": year,
        "rule": "pre12" if pre12 else "12th",
        "president_source": src.president_source.get(year, ""),
        "vice_president_by_state": not pre12,
        "tickets": [{"president": p, "vice_president": v} for p, v in sorted(tickets.items())],
        "candidates": candidates,
        "rejected_recipients": rejected,
        "states": states_out,
    }


def candidate_list(
    year: int, states: list[dict[str, object]], tickets: dict[str, str], src: Sources
) -> list[dict[str, object]]:
    p_votes: Counter[str] = Counter()
    vp_votes: Counter[str] = Counter()
    names: set[str] = set(tickets) | {v for v in tickets.values() if v}
    for state in states:
        for group in state["electors"]:  # type: ignore[attr-defined]
            for ticket in (group["pledge"], group.get("cast", group["pledge"])):
                names.update(n for n in ticket if n)
            cast = group.get("cast", group["pledge"])
            if cast[0]:
                p_votes[cast[0]] += group["n"]
            if cast[1]:
                (p_votes if year <= LAST_PRE_12TH else vp_votes)[cast[1]] += group["n"]
    mate_of = {v: p for p, v in tickets.items() if v}
    out = []
    for name in sorted(names, key=lambda n: (-p_votes[n], -vp_votes[n], n)):
        party = facts.PARTY_OVERRIDES.get((year, name)) or src.parties.get(year, {}).get(
            surname_key(name), ""
        )
        if not party and name in mate_of:
            running_with = mate_of[name]
            party = facts.PARTY_OVERRIDES.get((year, running_with)) or src.parties.get(year, {}).get(
                surname_key(running_with), ""
            )
        aliases = sorted(k for k, v in facts.DISPLAY_NAMES.items() if v == name)
        entry: dict[str, object] = {"name": name, "party": party}
        if aliases:
            entry["aliases"] = aliases
        out.append(entry)
    return out


def next_election(src: Sources) -> dict[str, object]:
    allotted = src.allotted[NEXT_ELECTION]
    states = []
    for state in sorted(allotted, key=lambda s: src.states[s]):
        rows = [ElectorRow(("", ""), ("", "")) for _ in range(allotted[state])]
        units = assign_units(NEXT_ELECTION, state, rows)
        states.append(
            {
                "code": state,
                "name": src.states[state],
                "allotted": allotted[state],
                "appointed": allotted[state],
                "units": units,
                "electors": group_rows(rows),
            }
        )
    return {
        "year": NEXT_ELECTION,
        "rule": "12th",
        "president_source": "",
        "vice_president_by_state": True,
        "tickets": [],
        "candidates": [],
        "rejected_recipients": {},
        "states": states,
        "upcoming": True,
    }


def check_totals(election: dict[str, object], src: Sources) -> None:
    year = int(election["year"])  # type: ignore[arg-type]
    counted: Counter[str] = Counter()
    for state in election["states"]:  # type: ignore[attr-defined]
        for group in state["electors"]:
            cast = group.get("cast", group["pledge"])
            if cast[0] in election["rejected_recipients"]:  # type: ignore[operator]
                continue
            for name in cast[: 2 if year <= LAST_PRE_12TH else 1]:
                if name:
                    counted[name] += group["n"]
    expected: Counter[str] = Counter()
    for votes in src.president.get(year, {}).values():
        expected.update(votes)
    if counted != expected:
        raise SystemExit(f"{year}: presidential totals {dict(counted)} != sources {dict(expected)}")


def build(shared: Path) -> str:
    src = load_sources(shared)
    elections = []
    for year in sorted(src.allotted):
        if year == NEXT_ELECTION:
            continue
        election = build_election(year, src)
        check_totals(election, src)
        elections.append(election)
    elections.append(next_election(src))
    lines = [json.dumps(e, ensure_ascii=False, separators=(",", ":")) for e in elections]
    body = ",\n".join(lines)
    return f'{{"format":{FORMAT_VERSION},"elections":[\n{body}\n]}}\n'


def outputs(shared: Path) -> dict[Path, str]:
    return {OUTPUT: build(shared)}


def main(argv: list[str] | None = None) -> int:
    return run_build(__doc__.splitlines()[0], outputs, "build_data.py", argv)


if __name__ == "__main__":
    raise SystemExit(main())
