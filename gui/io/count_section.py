"""The scenario file's optional ``count`` section: the objections of the count in Congress.

    "count": {"objections": [{"state": "PA", "ground": "certificate",
                              "signers": {"senators": 20, "representatives": 87},
                              "senate": {"yeas": 60, "nays": 40}, "house": {"sustains": false}}]}

Read strictly (known fields only, whole numbers within limits, one objection per state, electors
the state has); written with only what differs from an objection's defaults.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from gui.domain.catalog import Election, Office
from gui.domain.joint_session.rules import ChamberVote, Decision, Ground, Objection, Signers

MAX_OBJECTIONS = 60  # one per state and the District, with room to spare
MAX_MEMBERS = 10_000  # signers or votes of one House (435 and 100 today)
MAX_TEXT = 20_000
OBJECTION_KEYS = {
    "state",
    "ground",
    "signers",
    "senate",
    "house",
    "electors",
    "office",
    "recorded",
    "slates",
    "note",
    "source",
}

Fail = Callable[[str, str], Exception]


def _chamber_to_json(vote: ChamberVote | None) -> dict[str, object] | None:
    if vote is None:
        return None
    if vote.yeas is not None and vote.nays is not None:
        return {"yeas": vote.yeas, "nays": vote.nays}
    return {"sustains": vote.sustains}


def count_to_json(objections: tuple[Objection, ...]) -> dict[str, object]:
    out: list[dict[str, object]] = []
    for o in objections:
        entry: dict[str, object] = {"state": o.state, "ground": o.ground.value}
        entry["signers"] = (
            None
            if o.signers is None
            else {"senators": o.signers.senators, "representatives": o.signers.representatives}
            | ({"at_least": True} if o.signers.at_least else {})
        )
        entry["senate"] = _chamber_to_json(o.senate)
        entry["house"] = _chamber_to_json(o.house)
        if o.electors:
            entry["electors"] = list(o.electors)
        if o.office is not None:
            entry["office"] = o.office.value
        if o.recorded is not None:
            entry["recorded"] = o.recorded.value
        if o.slates:
            entry["slates"] = list(o.slates)
        if o.note:
            entry["note"] = o.note
        if o.source:
            entry["source"] = o.source
        out.append(entry)
    return {"objections": out}


def _whole(value: Any, where: str, fail: Fail, high: int = MAX_MEMBERS) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= high:
        raise fail(where, f"expected a whole number from 0 to {high}, got {json.dumps(value)[:40]}")
    return value


def _object(value: Any, where: str, fail: Fail, keys: set[str]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise fail(where, f"expected an object, got {json.dumps(value)[:40]}")
    unknown = set(value) - keys
    if unknown:
        raise fail(f"{where}.{_key(sorted(unknown)[0])}", "unknown field")
    return value


def _key(key: str) -> str:
    """A key of the file as a message shows it: as is when plain, else quoted, escaped and cut."""
    if key and key.isprintable() and len(key) <= 40:
        return key
    return json.dumps(key[:40]) + ("…" if len(key) > 40 else "")


def _text(value: Any, where: str, fail: Fail) -> str:
    if not isinstance(value, str):
        raise fail(where, "expected text")
    if len(value) > MAX_TEXT:
        raise fail(where, f"longer than {MAX_TEXT} characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise fail(where, "not text (a lone surrogate)") from None
    return value


def _chamber(value: Any, where: str, fail: Fail) -> ChamberVote | None:
    if value is None:
        return None
    raw = _object(value, where, fail, {"yeas", "nays", "sustains"})
    if "yeas" in raw or "nays" in raw:
        if "sustains" in raw:
            raise fail(where, "give yeas and nays, or sustains, not both")
        return ChamberVote.counted(
            _whole(raw.get("yeas"), f"{where}.yeas", fail), _whole(raw.get("nays"), f"{where}.nays", fail)
        )
    sustains = raw.get("sustains")
    if not isinstance(sustains, bool):
        raise fail(f"{where}.sustains", "expected true or false")
    return ChamberVote(sustains)


def _choice(value: Any, where: str, fail: Fail, kind: type[Any]) -> Any:
    try:
        return kind(value)
    except (ValueError, TypeError):
        names = ", ".join(f'"{k.value}"' for k in kind)
        raise fail(where, f"expected one of {names}, got {json.dumps(value)[:40]}") from None


def read_count(election: Election, value: Any, fail: Fail) -> tuple[Objection, ...]:
    """The ``count`` section's objections, or ``fail(where, message)`` raised."""
    raw = _object(value, "count", fail, {"objections"})
    listed = raw.get("objections", [])
    if not isinstance(listed, list):
        raise fail("count.objections", "expected a list")
    if len(listed) > MAX_OBJECTIONS:
        raise fail("count.objections", f"at most {MAX_OBJECTIONS} objections")
    objections: list[Objection] = []
    seen: set[str] = set()
    for n, item in enumerate(listed):
        where = f"count.objections[{n}]"
        entry = _object(item, where, fail, OBJECTION_KEYS)
        state = entry.get("state")
        if not isinstance(state, str) or not election.has_state(state) or not election.state(state).electors:
            raise fail(f"{where}.state", f"not a state with electors in {election.year}")
        if state in seen:
            raise fail(f"{where}.state", f"{state} already has an objection")
        seen.add(state)
        ground = _choice(entry.get("ground"), f"{where}.ground", fail, Ground)
        signers = None
        if entry.get("signers") is not None:
            s = _object(
                entry["signers"], f"{where}.signers", fail, {"senators", "representatives", "at_least"}
            )
            at_least = s.get("at_least", False)
            if not isinstance(at_least, bool):
                raise fail(f"{where}.signers.at_least", "expected true or false")
            signers = Signers(
                _whole(s.get("senators"), f"{where}.signers.senators", fail),
                _whole(s.get("representatives"), f"{where}.signers.representatives", fail),
                at_least,
            )
        elif "signers" not in entry:
            raise fail(f"{where}.signers", "missing (null when the record does not say)")
        size = len(election.state(state).electors)
        electors = entry.get("electors", [])
        if not isinstance(electors, list) or len(electors) > size:
            raise fail(f"{where}.electors", f"expected a list of elector numbers 1–{size}")
        numbers = tuple(_whole(e, f"{where}.electors[{i}]", fail, size) for i, e in enumerate(electors))
        if 0 in numbers or len(set(numbers)) != len(numbers):
            raise fail(f"{where}.electors", f"expected different elector numbers 1–{size}")
        office = entry.get("office")
        slates = entry.get("slates", [])
        if not isinstance(slates, list) or len(slates) > 10:
            raise fail(f"{where}.slates", "expected a list of at most 10 names")
        objections.append(
            Objection(
                state,
                ground,
                signers,
                _chamber(entry.get("senate"), f"{where}.senate", fail),
                _chamber(entry.get("house"), f"{where}.house", fail),
                numbers,
                None if office is None else _choice(office, f"{where}.office", fail, Office),
                None
                if entry.get("recorded") is None
                else _choice(entry["recorded"], f"{where}.recorded", fail, Decision),
                tuple(_text(s, f"{where}.slates[{i}]", fail) for i, s in enumerate(slates)),
                _text(entry.get("note", ""), f"{where}.note", fail),
                _text(entry.get("source", ""), f"{where}.source", fail),
            )
        )
    return tuple(objections)
