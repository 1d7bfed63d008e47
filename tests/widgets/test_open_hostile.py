"""The window's Open with hostile files (the path File › Open and Open Recent take): the scenario
that was open stays, exactly, and one message says why."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gui.domain.catalog import load_catalog
from tests.domain.scenario_strategies import bad_files

CATALOG = load_catalog()
NAMES = [f"Candidate {n:03d} Longname" for n in range(100)]


def _special(tmp_path: Path) -> dict[str, Path]:
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    zero = tmp_path / "zero.json"
    zero.symlink_to("/dev/zero")
    folder = tmp_path / "folder.json"
    folder.mkdir()
    huge = tmp_path / "huge.json"
    with huge.open("wb") as out:
        out.truncate(3 * 1024**3)
    deep = tmp_path / "deep.json"
    deep.write_text(
        '{"format": "ec-whatif-scenario", "version": 1, "election": 2016, "title": %s}'
        % ("[" * 988 + "]" * 988)
    )
    election = CATALOG.election(2016)
    many = tmp_path / "many-electors.json"
    electors = {}
    for spaces in range(70):
        for seat in election.electors:
            electors[seat.id + " " * spaces] = {"president": NAMES[len(electors) % 100]}
    many.write_text(
        json.dumps(
            {
                "format": "ec-whatif-scenario",
                "version": 1,
                "election": 2016,
                "candidates": [{"name": name} for name in NAMES],
                "electors": electors,
            },
            separators=(",", ":"),
        )
    )
    units = tmp_path / "many-units.json"
    keys = [unit.id.lower() + " " * spaces for spaces in range(200) for unit in election.units]
    units.write_text(
        json.dumps(
            {"format": "ec-whatif-scenario", "version": 1, "election": 2016, "units": dict.fromkeys(keys)}
        )
    )
    not_utf8 = tmp_path / "latin1.json"
    not_utf8.write_bytes('{"title": "Peña"}'.encode("latin-1"))
    missing = tmp_path / "missing.json"
    return {
        "fifo": fifo,
        "zero": zero,
        "folder": folder,
        "huge": huge,
        "deep": deep,
        "many-electors": many,
        "many-units": units,
        "not-utf8": not_utf8,
        "missing": missing,
    }


def _opens_refused(window, path: Path) -> None:
    before = (window.session.scenario.state_key(), window.session.path, window.windowTitle())
    window.errors.clear()
    assert not window.documents.open_path(path, confirmed=True)
    assert len(window.errors) == 1 and "\n" not in window.errors[0].strip() and len(window.errors[0]) < 500
    assert (window.session.scenario.state_key(), window.session.path, window.windowTitle()) == before


def test_hostile_files_leave_the_open_scenario_as_it_was(qtbot, window, tmp_path):
    window.session.new(2000, window.session.scenario.start)
    for kind, path in _special(tmp_path).items():
        _opens_refused(window, path)
        assert kind and window.session.scenario.election.year == 2000


OPEN_FUZZ = settings(
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)


def _open_fuzz(window, tmp_path, cases: int) -> None:
    @settings(OPEN_FUZZ, max_examples=cases)
    @given(case=bad_files(), name=st.sampled_from(["a.json", "b.JSON", "c"]))
    def fuzz(case, name):
        path = tmp_path / name
        content = case.content
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass"))
        _opens_refused(window, path)

    fuzz()


@pytest.mark.slow
def test_open_fuzz(qtbot, window, tmp_path):
    _open_fuzz(window, tmp_path, 10)


@pytest.mark.slow
def test_open_fuzz_at_length(qtbot, window, tmp_path):
    _open_fuzz(window, tmp_path, 200)
