"""The joint sessions as recorded: every objection, who signed it, each House's vote, the decision.

Read-only facts from ``gui.resources/data/joint_sessions.json`` (built by
build_scripts/build_joint_sessions.py from the sources it names).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from gui.domain.catalog import Office
from gui.domain.joint_session.rules import ChamberVote, Decision, Ground, Objection, Signers
from gui.domain.resource_data import read_data

RESOURCE = "data/joint_sessions.json"


@dataclass(frozen=True)
class RecordedSession:
    year: int  # the election counted
    date: str
    note: str
    sources: tuple[str, ...]
    uncertain: tuple[str, ...]
    objections: tuple[Objection, ...]


def _chamber(raw: dict[str, Any] | None) -> ChamberVote | None:
    if raw is None:
        return None
    return ChamberVote(bool(raw["sustains"]), raw.get("yeas"), raw.get("nays"))


def _objection(raw: dict[str, Any]) -> Objection:
    signers = raw["signers"]
    return Objection(
        raw["state"],
        Ground(raw["ground"]),
        None
        if signers is None
        else Signers(signers["senators"], signers["representatives"], signers["at_least"]),
        _chamber(raw["senate"]),
        _chamber(raw["house"]),
        tuple(raw.get("electors", ())),
        Office(raw["office"]) if raw.get("office") else None,
        Decision(raw["decision"]),
        tuple(raw.get("slates", ())),
        raw["note"],
        raw["source"],
    )


@cache
def recorded_sessions() -> dict[int, RecordedSession]:
    """Every recorded session compiled, by election year (read once)."""
    raw = read_data(RESOURCE, "joint session data")
    return {
        int(year): RecordedSession(
            int(year),
            s["date"],
            s["note"],
            tuple(s["sources"]),
            tuple(s["uncertain"]),
            tuple(_objection(o) for o in s["objections"]),
        )
        for year, s in raw["sessions"].items()
    }


def recorded_session(year: int) -> RecordedSession | None:
    return recorded_sessions().get(year)
