"""Build the record of the joint sessions that counted the electoral votes.

    python build_scripts/build_joint_sessions.py [--check]

Reads ``build_scripts/joint_sessions.json`` (compiled by hand from Hinds' Precedents, the
Congressional Record and the statutes; every session and objection names its source) and writes
``resources/data/joint_sessions.json``: the sessions by election year, each objection checked
(a state of that election, electors it has, a known ground and decision, chamber votes that agree
with the decision they record). Deterministic; ``--check`` writes nothing and exits 1 if the
committed file differs.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from outputs import run_build

REPO = Path(__file__).resolve().parents[1]
INPUT = REPO / "build_scripts" / "joint_sessions.json"
ELECTIONS = REPO / "resources" / "data" / "elections.json"
OUTPUT = REPO / "resources" / "data" / "joint_sessions.json"
FORMAT_VERSION = 1
GROUNDS = {"certificate", "vote"}
OFFICES = {"president", "vice_president"}
DECISIONS = {
    "sustained",
    "not-sustained",
    "out-of-order",
    "announced-both-ways",
    "counted-by-presiding-officer",
    "commission",
}


class DataError(ValueError):
    pass


def _chamber(raw: Any, where: str) -> dict[str, Any] | None:
    if raw is None:
        return None
    if not isinstance(raw, dict) or set(raw) - {"yeas", "nays", "sustains"}:
        raise DataError(f"{where}: expected yeas/nays or sustains")
    if "yeas" in raw:
        yeas, nays = raw["yeas"], raw["nays"]
        if not all(isinstance(n, int) and n >= 0 for n in (yeas, nays)):
            raise DataError(f"{where}: yeas and nays are whole numbers")
        sustains = yeas > nays
        if raw.get("sustains", sustains) != sustains:
            raise DataError(f"{where}: sustains disagrees with {yeas}–{nays}")
        return {"yeas": yeas, "nays": nays, "sustains": sustains}
    if not isinstance(raw.get("sustains"), bool):
        raise DataError(f"{where}: sustains true or false")
    return {"sustains": raw["sustains"]}


def _objection(raw: dict[str, Any], states: dict[str, int], where: str) -> dict[str, Any]:
    state = raw["state"]
    if state not in states:
        raise DataError(f"{where}: {state} is not a state of that election")
    if raw["ground"] not in GROUNDS:
        raise DataError(f"{where}: unknown ground {raw['ground']!r}")
    if raw["decision"] not in DECISIONS:
        raise DataError(f"{where}: unknown decision {raw['decision']!r}")
    electors = raw.get("electors", [])
    if any(not isinstance(n, int) or not 1 <= n <= states[state] for n in electors):
        raise DataError(f"{where}: {state} has electors 1–{states[state]}")
    office = raw.get("office")
    if office is not None and office not in OFFICES:
        raise DataError(f"{where}: unknown office {office!r}")
    signers = raw.get("signers")
    if signers is not None and (set(signers) - {"senators", "representatives", "at_least"}):
        raise DataError(f"{where}: signers has senators, representatives, at_least")
    senate = _chamber(raw.get("senate"), f"{where}.senate")
    house = _chamber(raw.get("house"), f"{where}.house")
    if raw["decision"] in {"sustained", "not-sustained"} and (senate is None or house is None):
        raise DataError(f"{where}: a decision of the Houses needs each House's vote")
    if not raw.get("source") or not raw.get("note"):
        raise DataError(f"{where}: every objection has a note and a source")
    out: dict[str, Any] = {"state": state, "ground": raw["ground"], "decision": raw["decision"]}
    if electors:
        out["electors"] = sorted(electors)
    if office:
        out["office"] = office
    if raw.get("slates"):
        out["slates"] = list(raw["slates"])
    out["signers"] = (
        None
        if signers is None
        else {
            "senators": int(signers.get("senators", 0)),
            "representatives": int(signers.get("representatives", 0)),
            "at_least": bool(signers.get("at_least", False)),
        }
    )
    out["senate"], out["house"] = senate, house
    out["note"], out["source"] = raw["note"], raw["source"]
    return out


def build() -> str:
    raw = json.loads(INPUT.read_text(encoding="utf-8"))
    elections = {e["year"]: e for e in json.loads(ELECTIONS.read_text(encoding="utf-8"))["elections"]}
    sessions: dict[str, Any] = {}
    for session in raw["sessions"]:
        year = session["election"]
        if year not in elections or str(year) in sessions:
            raise DataError(f"session {year}: not an election, or listed twice")
        states = {s["code"]: s["allotted"] for s in elections[year]["states"]}
        if not session.get("sources"):
            raise DataError(f"session {year}: no source")
        sessions[str(year)] = {
            "date": session["date"],
            "note": session["note"],
            "sources": list(session["sources"]),
            "uncertain": list(session.get("uncertain", [])),
            "objections": [
                _objection(o, states, f"session {year} objection {n}")
                for n, o in enumerate(session["objections"])
            ],
        }
    data = {"format": FORMAT_VERSION, "sessions": dict(sorted(sessions.items(), key=lambda kv: int(kv[0])))}
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def outputs(_shared: Path) -> dict[Path, str]:
    return {OUTPUT: build()}


def main(argv: list[str] | None = None) -> int:
    return run_build(__doc__.splitlines()[0], outputs, "build_joint_sessions.py", argv)


if __name__ == "__main__":
    raise SystemExit(main())
