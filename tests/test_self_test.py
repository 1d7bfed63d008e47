"""``ec-whatif self-test`` passes on this install, and reports what it finds wrong."""

from __future__ import annotations

import dataclasses
import os
import re
import subprocess
import sys

import pytest

import gui.cli.self_test as self_test
from gui.cli.self_test import CheckError, check_election, check_resource, run_self_test


@pytest.mark.slow
def test_self_test_passes_in_a_fresh_process(catalog, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "gui.cli.self_test"], capture_output=True, text=True, env=env, timeout=120
    )
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    passed = [line for line in lines if line.startswith("ok ")]
    assert not [line for line in lines if line.startswith("FAIL")]
    assert lines[-1] == f"self-test: {len(passed)} passed, 0 failed"
    names = {re.match(r"ok +(.+?): ", line).group(1) for line in passed}
    assert {f"tally {year}" for year in catalog.years} <= names
    assert {"catalog", "resources", "window", "resource data/elections.json"} <= names
    assert any(re.match(r"ok +resource data/elections\.json: [\d,]+ bytes of JSON$", line) for line in lines)
    assert not list(tmp_path.rglob("*")), "the self-test wrote settings outside its temporary folder"


def test_failures_are_counted_reported_and_fail_the_run(monkeypatch, capsys):
    def broken() -> str:
        raise CheckError("something is off")

    monkeypatch.setattr(
        self_test, "_checks", lambda folder: iter([("fine", lambda: "ok"), ("broken", broken)])
    )
    assert run_self_test() == 1
    out = capsys.readouterr().out.splitlines()
    assert "ok   fine: ok" in out
    assert "FAIL broken: CheckError: something is off" in out
    assert out[-1] == "self-test: 1 passed, 1 failed"


def test_a_catalog_that_cannot_be_loaded_fails_the_run(monkeypatch, capsys):
    def no_catalog():
        raise ValueError("unsupported catalog format")
        yield  # pragma: no cover - makes this a generator, like the real _checks

    monkeypatch.setattr(self_test, "_checks", lambda folder: no_catalog())
    assert run_self_test() == 1
    out = capsys.readouterr().out.splitlines()
    assert out[-2] == "FAIL setup: ValueError: unsupported catalog format"
    assert out[-1] == "self-test: 0 passed, 1 failed"


def test_an_election_whose_states_do_not_add_up_is_caught(catalog):
    election = catalog.election(2016)
    first = election.states[0]
    damaged = dataclasses.replace(
        election, states=(dataclasses.replace(first, appointed=first.appointed + 1), *election.states[1:])
    )
    assert check_election(election).startswith("538 electors, 270 to win")
    with pytest.raises(CheckError, match="do not add up to 538"):
        check_election(damaged)


def test_empty_and_damaged_resources_are_caught(tmp_path):
    empty = tmp_path / "empty.md"
    empty.write_bytes(b"")
    broken = tmp_path / "broken.json"
    broken.write_text('{"elections": [', encoding="utf-8")
    good = tmp_path / "good.json"
    good.write_text('{"a": 1}', encoding="utf-8")
    with pytest.raises(CheckError, match="empty file"):
        check_resource(empty)
    with pytest.raises(ValueError):
        check_resource(broken)
    assert check_resource(good) == "8 bytes of JSON"
