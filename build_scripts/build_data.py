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
  Before the 12th Amendment (1789-1800), every person by state and how electors paired their
  two votes: national-archives-electoral-college-pages/pre12th_*.csv.
  Electors allotted: derived/ev_allotted_by_state_year; electors appointed: the votes actually
  cast plus documented blanks, rejected votes and electors who did not vote
  (nara_totals_by_year.csv, curated_facts.py). Home states: home_states.py.
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
from home_states import load_home_states
from outputs import run_build
from pairing import inhabitant_rule, pair_up

REPO = Path(__file__).resolve().parents[1]
OUTPUT = REPO / "resources" / "data" / "elections.json"
FORMAT_VERSION = 1
LAST_PRE_12TH = 1800
NEXT_ELECTION = 2028
NARA_PAGES = "national-archives-electoral-college-pages"


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
    absent: bool = False  # appointed, cast no ballot
    recorded: bool = True  # before 1804: the record says how this elector paired the two votes


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
    pre12_votes: dict[tuple[int, str], Counter[str]]  # (year, state) -> person -> votes
    pre12_pairs: dict[tuple[int, str], list[tuple[int, str, str]]]  # (electors, a, b); "" = unknown
    not_voting: dict[tuple[int, str], int]  # electors appointed who cast no ballot
    nara_totals: dict[int, dict[str, str]]
    homes: dict[int, dict[str, str]]  # year -> person -> home state


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
    pages = shared / NARA_PAGES
    pre12_votes: dict[tuple[int, str], Counter[str]] = defaultdict(Counter)
    for row in read_csv(pages / "pre12th_votes_by_state.csv"):
        pre12_votes[(int(row["year"]), row["state_po"])][display(row["person"])] += int(row["votes"])
    pre12_pairs: dict[tuple[int, str], list[tuple[int, str, str]]] = defaultdict(list)
    for row in read_csv(pages / "pre12th_elector_pairs.csv"):
        a, b = display(row["person_a"]), display(row["person_b"])
        if (row["basis"] == "unknown") != (not a and not b):
            raise SystemExit(f"pre12th_elector_pairs.csv: basis and persons disagree in {row}")
        pre12_pairs[(int(row["year"]), row["state_po"])].append((int(row["electors"]), a, b))
    not_voting: dict[tuple[int, str], int] = {}
    nara_totals: dict[int, dict[str, str]] = {}
    blank = {(f[0], f[1]): f[2] for f in facts.FAITHLESS if f[4] == ("", "")}
    for row in read_csv(pages / "nara_totals_by_year.csv"):
        year = int(row["year"])
        nara_totals[year] = row
        for part in filter(None, (p.strip() for p in row["electors_not_voting"].split(";"))):
            code, count = part.split()
            # A blank ballot (2000, DC) is a ballot: that elector voted.
            absent = int(count) - blank.get((year, code), 0)
            if absent:
                not_voting[(year, code)] = absent
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
        dict(pre12_votes),
        dict(pre12_pairs),
        not_voting,
        nara_totals,
        load_home_states(shared, dict(states), display),
    )


def pair_votes(
    year: int,
    state: str,
    pres: Counter[str],
    vp: Counter[str],
    tickets: dict[str, str],
    explicit: list[tuple[str, str, int]],
    home: dict[str, str],
) -> list[tuple[str, str, bool]]:
    """Pair each elector's presidential vote with a vice-presidential vote.

    Pairs named by the sources come first, then the ticket rule, then whatever remains, most
    votes first, never two inhabitants of the elector's state (the inhabitant rule); an elector
    with no vice-presidential vote recorded casts a blank one. The third item says whether the
    record fixes the pair (False: one pairing of several the counts allow).
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
    missing = sum(pres.values()) - sum(vp.values())
    if missing < 0:
        raise SystemExit(f"{year} {state}: more VP votes than electors")
    vp[""] += missing
    forced = len(+pres) <= 1 or len(+vp) <= 1
    try:
        rest = Counter(pair_up(pres, vp, inhabitant_rule(state, lambda n: home.get(n, ""))))
    except ValueError as error:
        raise SystemExit(f"{year} {state}: {error}") from None
    ordered = sorted(rest, key=lambda pair: (-rest[pair], pair))
    return [(p, v, True) for p, v in pairs] + [
        (p, v, forced) for p, v in ordered for _ in range(rest[(p, v)])
    ]


def pre_12th_rows(year: int, state: str, src: Sources, tickets: dict[str, str]) -> list[ElectorRow]:
    """A state's electors before 1804: the pairs the record states, then for the electors it is
    silent about a pairing of the remaining votes that keeps the rules, marked as not recorded."""
    votes = Counter(src.pre12_votes.get((year, state), Counter()))
    home = src.homes.get(year, {})
    recorded: list[tuple[str, str]] = []
    unknown = 0
    for n, a, b in src.pre12_pairs.get((year, state), []):
        if not a:
            unknown += n
            continue
        recorded += [(a, b)] * n
        votes.subtract({a: n, b: n})
    if any(v < 0 for v in votes.values()):
        raise SystemExit(f"{year} {state}: the recorded pairs give more votes than the state cast")
    if sum(votes.values()) != 2 * unknown:
        raise SystemExit(f"{year} {state}: {unknown} unrecorded electors for {sum(votes.values())} votes")
    mates = {p: v for p, v in tickets.items() if v}
    partner = {**{v: p for p, v in mates.items()}, **mates}
    try:
        rule = inhabitant_rule(state, lambda n: home.get(n, ""))
        built = pair_up(votes, None, rule, lambda n: partner.get(n, ""))
    except ValueError as error:
        raise SystemExit(f"{year} {state}: {error}") from None

    def ordered(pair: tuple[str, str]) -> tuple[str, str]:
        # Each pair reads in ticket order (Jefferson & Burr, not Burr & Jefferson).
        a, b = pair
        return (b, a) if mates.get(b) == a else (a, b)

    rows = [ElectorRow(ordered(p), ordered(p)) for p in recorded]
    built_pairs = Counter(ordered(p) for p in built)
    for pair in sorted(built_pairs, key=lambda p: (-built_pairs[p], p)):
        rows += [ElectorRow(pair, pair, recorded=False) for _ in range(built_pairs[pair])]
    return rows


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
            row.pledge, row.note, row.recorded = pledge, note, True
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
                row.pledge, row.recorded = pledge, True
                row.note = (
                    f"{entry['elector_name']}, pledged to {pledge[0]}, voted for {cast[0]} and {cast[1]}."
                )
            else:
                attempted = entry["president_vote"].split(" (")[0]
                row = next(r for r in rows if r.cast == pledge and not r.attempt)
                then = "re-voted" if "re-voted" in entry["president_vote"] else "replaced"
                row.attempt = {"p": attempted, "by": entry["elector_name"], "then": then}
                also = facts.ATTEMPTED_VP_2016.get(entry["elector_name"], "")
                if also:
                    row.attempt["vp"] = also
                voted = f"{attempted} for President and {also} for Vice President" if also else attempted
                if then == "re-voted":
                    row.note = (
                        f"{entry['elector_name']} voted for {voted}; under state law the vote was "
                        f"ruled out of order and {entry['elector_name']} voted again, for {pledge[0]}."
                    )
                else:
                    row.note = (
                        f"{entry['elector_name']} voted for {voted}; under state law the vote was "
                        "voided and the elector replaced."
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
        if row.absent:
            entry["absent"] = True
        if not row.recorded:
            entry["pairing"] = "not recorded"
        if groups and not row.name and {k: v for k, v in groups[-1].items() if k != "n"} == entry:
            groups[-1]["n"] = int(groups[-1]["n"]) + 1  # type: ignore[call-overload]
        else:
            groups.append({"n": 1, **entry})
    return groups


def absent_rows(year: int, state: str, rows: list[ElectorRow], src: Sources) -> list[ElectorRow]:
    """Electors appointed who cast no ballot. Pledged to the state's ticket when every elector
    who voted shares one (a general ticket), else to no one: the record does not say."""
    count = src.not_voting.get((year, state), 0)
    pledges = {r.pledge for r in rows}
    pledge = next(iter(pledges)) if len(pledges) == 1 and year > LAST_PRE_12TH else ("", "")
    return [ElectorRow(pledge, ("", ""), absent=True) for _ in range(count)]


def state_note(year: int, state: str, allotted: int, rows: int, out: str) -> str:
    notes = []
    if allotted == 0:
        notes.append("Did not take part (seceded, or not yet readmitted).")
    if (year, state) in facts.OUT_OF_BASE:
        notes.append(facts.OUT_OF_BASE[(year, state)][3])
    if (year, state) in facts.SHORTFALL_NOTES:
        notes.append(facts.SHORTFALL_NOTES[(year, state)])
    if (year, state) in facts.STATE_NOTES:
        notes.append(facts.STATE_NOTES[(year, state)])
    if rows != allotted and not notes:
        raise SystemExit(f"{year} {state}: {rows} electors for {allotted} allotted, unexplained")
    return " ".join(notes)


def build_election(year: int, src: Sources) -> dict[str, object]:
    pre12 = year <= LAST_PRE_12TH
    allotted = src.allotted[year]
    tickets = src.tickets.get(year, {})
    home = src.homes.get(year, {})
    states_out = []
    for state in sorted(allotted, key=lambda s: src.states[s]):
        out = facts.OUT_OF_BASE.get((year, state))
        rows: list[ElectorRow]
        if out:
            # Out of the base in the record: its seats, voting as the record says (or undecided).
            rows = [ElectorRow(out[1], out[1]) for _ in range(allotted[state])]
        elif pre12:
            rows = pre_12th_rows(year, state, src, tickets)
        else:
            pres = src.president.get(year, {}).get(state, Counter())
            vp = src.vice_president.get(year, {}).get(state, Counter())
            rejected = facts.REJECTED_VOTES.get((year, state))
            if rejected:
                pres = pres + Counter({rejected[0]: rejected[1]})
            explicit = src.vp_pairs.get((year, state), [])
            pairs = pair_votes(year, state, pres, vp, tickets, explicit, home)
            rows = [ElectorRow((p, v), (p, v), recorded=known) for p, v, known in pairs]
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
            for row in rows:
                row.note = row.note or facts.ELECTOR_NOTES.get((year, row.pledge), "")
        if not out:
            rows += absent_rows(year, state, rows, src)
        units = assign_units(year, state, rows) if rows else [{"id": state, "name": "", "electors": 0}]
        if year == 2016:
            name_electors_2016(state, rows, src.roster_2016.get(state, []))
        entry: dict[str, object] = {
            "code": state,
            "name": src.states[state],
            "allotted": allotted[state],
            "appointed": 0 if out else len(rows),
            "units": units,
            "electors": group_rows(rows),
        }
        if out:
            entry["out"] = out[0]
            if not out[2]:
                entry["house"] = False  # not entitled to a vote in a contingent election
        note = state_note(year, state, allotted[state], len(rows), out[0] if out else "")
        if note:
            entry["note"] = note
        states_out.append(entry)

    candidates = candidate_list(year, states_out, tickets, src)
    rejected_names = {name: note for (y, _), (name, _, note) in facts.REJECTED_VOTES.items() if y == year}
    election: dict[str, object] = {
        "year": year,
        "rule": "pre12" if pre12 else "12th",
        "president_source": "pre12th" if pre12 else src.president_source.get(year, ""),
        "vice_president_by_state": not pre12,
        "tickets": [{"president": p, "vice_president": v} for p, v in sorted(tickets.items())],
        "candidates": candidates,
        "rejected_recipients": rejected_names,
        "states": states_out,
    }
    appointed = sum(int(s["appointed"]) for s in states_out)  # type: ignore[call-overload]
    totals = src.nara_totals.get(year, {})
    if totals.get("nara_total") and int(totals["nara_total"]) != appointed:
        election["announced"] = {
            "by": "NARA",
            "total": int(totals["nara_total"]),
            "majority": int(totals["nara_majority"]),
        }
    if year in facts.ELECTION_NOTES:
        election["notes"] = facts.ELECTION_NOTES[year]
    if year in facts.NOT_RATIFIED:
        election["not_ratified"] = list(facts.NOT_RATIFIED[year])
    return election


def candidate_list(
    year: int, states: list[dict[str, object]], tickets: dict[str, str], src: Sources
) -> list[dict[str, object]]:
    p_votes: Counter[str] = Counter()
    vp_votes: Counter[str] = Counter()
    names: set[str] = set(tickets) | {v for v in tickets.values() if v}
    for state in states:
        if state.get("out"):
            continue
        for group in state["electors"]:  # type: ignore[attr-defined]
            for ticket in (group["pledge"], group.get("cast", group["pledge"])):
                names.update(n for n in ticket if n)
            if group.get("absent"):
                continue
            cast = group.get("cast", group["pledge"])
            if cast[0]:
                p_votes[cast[0]] += group["n"]
            if cast[1]:
                (p_votes if year <= LAST_PRE_12TH else vp_votes)[cast[1]] += group["n"]
    for state in states:  # the electors of a state out of the base may name others
        for group in state["electors"] if state.get("out") else ():  # type: ignore[attr-defined]
            names.update(n for n in group["pledge"] if n)
    mate_of = {v: p for p, v in tickets.items() if v}
    home = src.homes.get(year, {})
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
        if name in home:
            entry["home"] = home[name]
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
    """The catalog's counts are the sources': per state before 1804, per person after."""
    year = int(election["year"])  # type: ignore[arg-type]
    pre12 = year <= LAST_PRE_12TH
    counted: Counter[str] = Counter()
    for state in election["states"]:  # type: ignore[attr-defined]
        if state.get("out"):
            continue
        by_state: Counter[str] = Counter()
        for group in state["electors"]:
            cast = group.get("cast", group["pledge"])
            if cast[0] in election["rejected_recipients"] or group.get("absent"):  # type: ignore[operator]
                continue
            for name in cast[: 2 if pre12 else 1]:
                if name:
                    by_state[name] += group["n"]
        if pre12 and by_state != src.pre12_votes.get((year, state["code"]), Counter()):
            raise SystemExit(f"{year} {state['code']}: {dict(by_state)} is not the record")
        counted += by_state
    expected: Counter[str] = Counter()
    for votes in src.president.get(year, {}).values():
        expected.update(votes)
    if pre12:
        # The compiled table lumps some recipients as "Others": the named ones must agree.
        lumped = expected.pop("Others", 0)
        named = Counter({n: v for n, v in counted.items() if n in expected})
        if named != expected or sum(counted.values()) - sum(named.values()) != lumped:
            raise SystemExit(f"{year}: {dict(counted)} does not add up to {dict(expected)} + Others {lumped}")
    elif counted != expected:
        raise SystemExit(f"{year}: presidential totals {dict(counted)} != sources {dict(expected)}")


def check_names(elections: list[dict[str, object]]) -> None:
    """One spelling per person in every year: two spellings that share a first name and a
    surname must be two people (listed in curated_facts.DIFFERENT_PEOPLE)."""
    spellings: dict[tuple[str, str], set[str]] = defaultdict(set)
    for election in elections:
        for candidate in election["candidates"]:  # type: ignore[attr-defined]
            words = [w for w in candidate["name"].replace(",", "").split() if w not in {"Jr.", "II"}]
            spellings[(words[0], words[-1])].add(candidate["name"])
    for _, names in sorted(spellings.items()):
        if len(names) > 1 and frozenset(names) not in facts.DIFFERENT_PEOPLE:
            raise SystemExit(f"one person, several spellings? {sorted(names)}")


def check_inhabitants(election: dict[str, object]) -> None:
    """No elector of the record voted for two inhabitants of the elector's own state."""
    year = int(election["year"])  # type: ignore[arg-type]
    home = {c["name"]: c.get("home", "") for c in election["candidates"]}  # type: ignore[attr-defined]
    for state in election["states"]:  # type: ignore[attr-defined]
        for group in state["electors"]:
            a, b = group.get("cast", group["pledge"])
            if a and b and home.get(a) == home.get(b) == state["code"] and not group.get("absent"):
                raise SystemExit(f"{year} {state['code']}: {a} and {b} are both inhabitants: check the data")


def build(shared: Path) -> str:
    src = load_sources(shared)
    elections = []
    for year in sorted(src.allotted):
        if year == NEXT_ELECTION:
            continue
        election = build_election(year, src)
        check_totals(election, src)
        check_inhabitants(election)
        elections.append(election)
    elections.append(next_election(src))
    check_names(elections)
    lines = [json.dumps(e, ensure_ascii=False, separators=(",", ":")) for e in elections]
    body = ",\n".join(lines)
    return f'{{"format":{FORMAT_VERSION},"elections":[\n{body}\n]}}\n'


def outputs(shared: Path) -> dict[Path, str]:
    return {OUTPUT: build(shared)}


def main(argv: list[str] | None = None) -> int:
    return run_build(__doc__.splitlines()[0], outputs, "build_data.py", argv)


if __name__ == "__main__":
    raise SystemExit(main())
