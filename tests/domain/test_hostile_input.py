"""Hostile input is refused in one line, at once: special files, files too large or with absurd
counts, nesting deeper than the stack, numbers in other scripts, unbounded work.

Each case is one a probe of the command line and the reader found (issue 19); the fuzzing of
every option is in test_cli_fuzz.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.domain import numbers
from gui.domain.analyses.probabilities import MAX_DRAWS
from gui.domain.catalog import Election, load_catalog
from gui.domain.identifiers import InputError
from gui.io.readers import read_limited
from gui.io.scenario_file import (
    MAX_ELECTOR_ENTRIES,
    MAX_FILE_BYTES,
    MAX_STATE_ENTRIES,
    MAX_UNIT_ENTRIES,
    ScenarioFileError,
    parse,
)
from gui.main import main

CATALOG = load_catalog()
NAMES = [f"Candidate {n:03d} Longname" for n in range(100)]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def refused(capsys, *argv: str) -> str:
    """The one line a refused command line prints (exit code 2, no traceback)."""
    code, _, err = run(capsys, *argv)
    assert code == 2, err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err


def _document(**fields: object) -> dict[str, object]:
    return {"format": "ec-whatif-scenario", "version": 1, "election": 2016, **fields}


def _spellings(identifier: str):
    """Ways a file may write one unit, elector or state (the reader takes case and spaces)."""
    for spaces in range(80):
        for case in (identifier.upper(), identifier.lower(), identifier.capitalize(), identifier.swapcase()):
            yield case + " " * spaces


def _keys(identifiers: list[str], count: int) -> list[str]:
    keys: dict[str, None] = {}
    for spellings in zip(*(_spellings(i) for i in identifiers), strict=True):
        keys.update(dict.fromkeys(spellings))
        if len(keys) >= count:
            return list(keys)[:count]
    raise AssertionError("not enough spellings")


# --- special files ---------------------------------------------------------------------------------


@pytest.fixture
def special_files(tmp_path) -> dict[str, Path]:
    """A FIFO (no writer: opening it to read would wait forever), links to /dev/zero and
    /dev/urandom (endless), a directory and a sparse file far over every limit."""
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    zero, urandom = tmp_path / "zero.json", tmp_path / "urandom.csv"
    zero.symlink_to("/dev/zero")
    urandom.symlink_to("/dev/urandom")
    folder = tmp_path / "folder.json"
    folder.mkdir()
    huge = tmp_path / "huge.json"
    with huge.open("wb") as out:
        out.truncate(4 * 1024**3)  # 4 GiB of holes: read whole, it would exhaust memory
    return {"fifo": fifo, "zero": zero, "urandom": urandom, "folder": folder, "huge": huge}


@pytest.mark.parametrize("kind", ["fifo", "zero", "urandom", "folder"])
def test_the_reader_takes_only_regular_files(special_files, kind):
    with pytest.raises(InputError, match="not a regular file"):
        read_limited(special_files[kind], MAX_FILE_BYTES)


def test_the_size_is_checked_before_reading(special_files, monkeypatch):
    reads = []
    real_read = os.read
    monkeypatch.setattr(os, "read", lambda fd, n: reads.append(n) or real_read(fd, n))
    with pytest.raises(InputError, match="too large"):
        read_limited(special_files["huge"], MAX_FILE_BYTES)
    assert reads == []


def test_the_reader_reads_at_most_one_byte_past_the_limit(tmp_path, monkeypatch):
    # A file that grows after it was measured is read no further than limit + 1 bytes.
    path = tmp_path / "growing.json"
    path.write_bytes(b"x" * 10)
    read_sizes = []
    real_fstat, real_read = os.fstat, os.read

    def small_fstat(fd):  # it measured 10 bytes, but holds 10,000 by the time it is read
        info = real_fstat(fd)
        path.write_bytes(b"x" * 10_000)
        return info

    monkeypatch.setattr(os, "fstat", small_fstat)
    monkeypatch.setattr(os, "read", lambda fd, n: read_sizes.append(n) or real_read(fd, n))
    with pytest.raises(InputError, match="too large"):
        read_limited(path, 100)
    assert read_sizes == [101]


READERS = {
    "--scenario": ["tally", "--scenario"],
    "--votes": ["tally", "--election", "2028", "--votes"],
    "--probabilities": ["analyze", "--election", "2016", "--probabilities"],
}


@pytest.mark.parametrize("option", READERS)
@pytest.mark.parametrize("kind", ["fifo", "zero", "urandom", "folder", "huge"])
def test_every_file_option_refuses_special_files(capsys, special_files, option, kind):
    err = refused(capsys, *READERS[option], str(special_files[kind]))
    assert "not a regular file" in err or "too large" in err


def test_standard_input_is_refused_as_a_scenario():
    # A pipe as /dev/stdin: the reader refuses it at once instead of waiting for its end.
    process = subprocess.run(
        [sys.executable, "-m", "gui.main", "tally", "--scenario", "/dev/stdin"],
        stdin=subprocess.PIPE,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert process.returncode == 2 and process.stderr.count("\n") == 1, process.stderr
    assert "not a regular file" in process.stderr


# --- absurd counts, in linear time -----------------------------------------------------------------


def _hostile(election: Election, section: str, count: int) -> dict[str, object]:
    """A file with ``count`` entries in ``section``, every one valid, naming 100 long names."""
    candidates = [{"name": name} for name in NAMES]
    if section == "electors":
        keys = _keys([seat.id for seat in election.electors], count)
        return _document(
            candidates=candidates, electors={k: {"president": NAMES[n % 100]} for n, k in enumerate(keys)}
        )
    if section == "units":
        keys = _keys([unit.id for unit in election.units], count)
        return _document(candidates=candidates, units={k: NAMES[n % 100] for n, k in enumerate(keys)})
    states = [state.code for state in election.states if state.votes_in_congress]
    keys = _keys(states, count)
    if section == "appointed":
        return _document(appointed=dict.fromkeys(keys, True))
    if section == "popular":
        return _document(popular={"votes": {k: {"votes": {}, "other": 1} for k in keys}})
    return _document(congress={section: dict.fromkeys(keys, "Hillary Clinton")})


LIMITS = [
    ("electors", MAX_ELECTOR_ENTRIES, "electors: at most 2,500 electors"),
    ("units", MAX_UNIT_ENTRIES, "units: at most 200 units"),
    ("appointed", MAX_STATE_ENTRIES, "appointed: at most 100 states"),
    ("house", MAX_STATE_ENTRIES, "congress.house: at most 100 states"),
    ("senate", MAX_STATE_ENTRIES, "congress.senate: at most 100 states"),
    ("popular", MAX_STATE_ENTRIES, "popular.votes: at most 100 states"),
]


@pytest.mark.parametrize(("section", "limit", "message"), LIMITS)
def test_counts_are_limited_exactly(section, limit, message):
    election = CATALOG.election(2016)
    parse(json.dumps(_hostile(election, section, limit)), CATALOG)
    with pytest.raises(ScenarioFileError, match=message):
        parse(json.dumps(_hostile(election, section, limit + 1)), CATALOG)


def test_the_limits_leave_room_for_the_largest_election():
    # A House of 2,000 seats with DC and Puerto Rico as states: every unit and every elector named.
    apportionment = {"census": 2020, "house_size": 2000, "dc": "state", "puerto_rico": True}
    document = _document(election=2020, apportionment=apportionment)
    probe = parse(json.dumps(document), CATALOG).scenario.election
    assert len(probe.units) <= MAX_UNIT_ENTRIES and len(probe.electors) <= MAX_ELECTOR_ENTRIES
    document["units"] = {unit.id: "Joe Biden" for unit in probe.units}
    document["electors"] = {seat.id: {"vice_president": None} for seat in probe.electors}
    scenario = parse(json.dumps(document), CATALOG).scenario
    assert len(scenario.election.electors) == len(probe.electors) > 2000


@pytest.mark.parametrize(
    ("section", "count", "message"),
    [
        ("electors", 35_000, "electors: at most 2,500 electors (this one has 35,000)"),
        ("units", 11_000, "at most 200"),
    ],
)
def test_the_probes_large_files_are_refused(tmp_path, capsys, section, count, message):
    # The probe's files: 100 long names and 35,000 elector entries (under 2 MB), or 11,000 units.
    path = tmp_path / f"{section}.json"
    document = _hostile(CATALOG.election(2016), section, count)
    path.write_text(json.dumps(document, separators=(",", ":")), encoding="utf-8")
    assert path.stat().st_size <= MAX_FILE_BYTES
    assert message in refused(capsys, "tally", "--scenario", str(path))


def test_names_are_looked_up_by_index_not_by_scan(monkeypatch):
    # Each of 2,500 votes naming one of 100 added candidates folds the name it reads, not every
    # candidate's again: the work is linear in the file.
    from gui.domain import identifiers

    folds = []
    real = identifiers._fold
    monkeypatch.setattr(identifiers, "_fold", lambda text: folds.append(text) or real(text))
    identifiers._people_index.cache_clear()
    parse(json.dumps(_hostile(CATALOG.election(2016), "electors", MAX_ELECTOR_ENTRIES)), CATALOG)
    assert len(folds) < 20 * MAX_ELECTOR_ENTRIES


# --- nesting ---------------------------------------------------------------------------------------

FIELDS = [
    "title",
    "description",
    "candidates",
    "apportionment",
    "rules",
    "congress",
    "colors",
    "appointed",
    "units",
    "electors",
    "popular",
    "start",
    "election",
    "version",
]


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("depth", [988, 100_000])
def test_deep_nesting_is_refused_in_every_field(field, depth):
    text = json.dumps(_document(**{field: "PLACEHOLDER"})).replace('"PLACEHOLDER"', _nested(depth))
    with pytest.raises(ScenarioFileError) as refusal:
        parse(text, CATALOG)
    assert len(str(refusal.value)) < 200 and "[[" not in str(refusal.value)


@pytest.mark.parametrize("where", ["electors.TX:1.president", "units.TX", "congress.house.TX", "colors.X"])
def test_deep_nesting_is_refused_with_little_stack_left(where):
    # The window reads files deeper in the stack than the command line does: with most of the
    # stack used, a list nested as deep as the parser then takes is still refused in one line.
    *path, last = where.split(".", 2) if where.startswith("electors") else where.split(".")
    document: dict[str, object] = _document()
    inner = document
    for key in path:
        inner = inner.setdefault(key, {})  # type: ignore[assignment]
    inner[last] = "PLACEHOLDER"
    text = json.dumps(document).replace('"PLACEHOLDER"', _nested(600))

    def deep(levels: int) -> None:
        if levels:
            return deep(levels - 1)
        with pytest.raises(ScenarioFileError):
            parse(text, CATALOG)

    deep(sys.getrecursionlimit() - 450)


# --- numbers ---------------------------------------------------------------------------------------

OTHER_DIGITS = ["²", "١٢", "٤٣٥", "１２", "߁", "𝟙𝟚", "½", "Ⅻ"]


@pytest.mark.parametrize(
    "text", [*OTHER_DIGITS, "+1", "-1", "1e3", "1_000", "nan", "inf", "0x10", "", " ", "1 2"]
)
def test_numbers_are_ascii_digits_only(text):
    assert numbers.whole(text) is None and numbers.decimal(text) is None


@given(st.text(max_size=12))
@settings(max_examples=300)
def test_a_number_read_is_written_in_ascii_digits(text):
    value = numbers.whole(text)
    if value is not None:
        assert text.strip().isascii() and int(text.strip()) == value
    elif text.strip().isascii() and text.strip().isdigit() and len(text.strip()) <= numbers.MAX_DIGITS:
        raise AssertionError(f"{text!r} was refused")
    point = numbers.decimal(text)
    assert point is None or (text.strip().isascii() and float(text.strip()) == point)


@pytest.mark.parametrize(
    "argv",
    [
        ["tally", "--election", "١٢"],
        ["tally", "--election", "²"],
        ["tally", "--election", "２０１６"],
        ["screenshot", "/tmp/never-written.png", "--election", "2016", "--size", "²x300"],
        ["screenshot", "/tmp/never-written.png", "--election", "2016", "--size", "1000x٣٠٠"],
        ["contingent", "--election", "2016", "--senate-party", "Republican:Harris=²"],
        ["tally", "--election", "2016", "--house-size", "٤٣٥"],
        ["tally", "--election", "2016", "--census", "١٩٩٠"],
        ["tally", "--election", "2016", "--margin", "PA=Clinton+٢"],
        ["tally", "--election", "2016", "--swing", "D+٢"],
        ["tally", "--election", "2016", "--vote", "TX:١=Kasich"],
        ["analyze", "--election", "2016", "--house-sizes", "١٠٠-٢٠٠"],
        ["analyze", "--election", "2016", "--paths", "--tossups", "PA,MI", "--list", "٣"],
    ],
)
def test_options_refuse_digits_of_other_scripts(capsys, argv):
    refused(capsys, *argv)


@pytest.mark.parametrize("value", ["٠.٥", "5e-1", "nan", "0_5", "-0.5", "inf", "½"])
def test_probability_files_refuse_numbers_not_in_ascii_digits(capsys, tmp_path, value):
    path = tmp_path / "p.csv"
    path.write_text(f"unit,probability\nPA,{value}\n", encoding="utf-8")
    err = refused(capsys, "analyze", "--election", "2016", "--probabilities", str(path))
    assert "line 2" in err


@pytest.mark.parametrize("value", ["١٢", "²", "1e3", "+5", "1_000"])
def test_mock_vote_files_refuse_numbers_not_in_ascii_digits(capsys, tmp_path, value):
    path = tmp_path / "votes.csv"
    path.write_text(f"unit,candidate,votes\nTX,Ada Lovelace,{value}\n", encoding="utf-8")
    err = refused(capsys, "tally", "--election", "2028", "--votes", str(path))
    assert "line 2: votes must be a whole number" in err


# --- unbounded work --------------------------------------------------------------------------------


def test_draws_are_capped_and_the_cap_is_stated(capsys, tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("unit,probability\nPA,0.5\n", encoding="utf-8")
    err = refused(
        capsys,
        *("analyze", "--election", "2016", "--probabilities", str(path), "--correlated"),
        *("--draws", str(MAX_DRAWS + 1)),
    )
    assert f"from 1 to {MAX_DRAWS}" in err
    with pytest.raises(SystemExit):
        main(["analyze", "--help"])
    assert f"at most {MAX_DRAWS:,}" in capsys.readouterr().out


def test_ctrl_c_in_a_long_analysis_ends_in_one_line(capsys, tmp_path, monkeypatch):
    # Ctrl+C reaches the running analysis as KeyboardInterrupt: one line, exit code 130.
    from gui.cli import analyze

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(analyze, "correlated_distribution", interrupted)
    path = tmp_path / "p.csv"
    path.write_text("unit,probability\nPA,0.5\n", encoding="utf-8")
    code, _, err = run(capsys, "analyze", "--election", "2016", "--probabilities", str(path), "--correlated")
    assert code == 130 and err == "ec-whatif: interrupted\n"


def test_ratings_and_objections_are_limited_before_any_look_up():
    ratings = {f"unit {n}": "lean" for n in range(MAX_UNIT_ENTRIES + 1)}
    with pytest.raises(ScenarioFileError, match="ratings: at most 200 units"):
        parse(json.dumps(_document(election=2028, ratings=ratings)), CATALOG)
    objections = [{"state": f"S{n}"} for n in range(61)]
    with pytest.raises(ScenarioFileError, match="at most 60 objections"):
        parse(json.dumps(_document(count={"objections": objections})), CATALOG)
