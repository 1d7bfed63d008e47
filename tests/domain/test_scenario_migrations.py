from __future__ import annotations

import inspect
import json
import textwrap
from pathlib import Path
from typing import Any

import pytest

import gui.io.scenario_file as scenario_file
from gui.io.scenario_file import FORMAT_VERSION, ScenarioFileError, parse
from gui.io.scenario_migrations import MIGRATIONS, upgrade


def test_every_older_version_has_its_migration():
    # Raising FORMAT_VERSION without a migration from the previous version fails here.
    assert sorted(MIGRATIONS) == list(range(1, FORMAT_VERSION))


def _recording(log: list[int]) -> dict[int, Any]:
    def step(n: int):
        def migrate(document: dict[str, Any]) -> dict[str, Any]:
            log.append(n)
            assert document["version"] == n  # each step sees the version it upgrades from
            return {**document, f"from_{n}": True}

        return migrate

    return {1: step(1), 2: step(2), 3: step(3)}


@pytest.mark.parametrize(("version", "steps"), [(1, [1, 2, 3]), (2, [2, 3]), (3, [3]), (4, [])])
def test_upgrade_runs_each_step_in_order_from_the_files_version(version, steps):
    log: list[int] = []
    document = {"format": "ec-whatif-scenario", "version": version}
    upgraded = upgrade(document, version, 4, _recording(log))
    assert log == steps
    assert upgraded["version"] == 4
    assert [k for k in upgraded if k.startswith("from_")] == [f"from_{n}" for n in steps]
    assert document == {"format": "ec-whatif-scenario", "version": version}  # left as it was


def test_a_missing_step_or_an_impossible_version_is_a_programming_error():
    with pytest.raises(ValueError, match="no migration from version 2 to 3"):
        upgrade({"version": 1}, 1, 4, {1: dict, 3: dict})
    for version in (0, 5):
        with pytest.raises(ValueError, match=f"cannot upgrade version {version}"):
            upgrade({"version": version}, version, 4, {})


def _description_to_notes(document: dict[str, Any]) -> dict[str, Any]:
    """The example of docs/scenario-format.md: version 2 calls the description "notes"."""
    moved = {key: value for key, value in document.items() if key != "description"}
    if "description" in document:
        moved["notes"] = document["description"]
    return moved


def test_the_documented_example_is_the_one_in_the_docs():
    docs = (Path(__file__).resolve().parents[2] / "docs" / "scenario-format.md").read_text(encoding="utf-8")
    body = inspect.getsource(_description_to_notes).split('"""', 2)[2]
    assert textwrap.indent(textwrap.dedent(body).strip(), "       ") in docs


@pytest.mark.parametrize("description", ["Hamilton electors", 42, None, [["deep"]]])
def test_the_documented_example_migration_moves_and_never_judges(description):
    upgraded = upgrade(
        {"version": 1, "description": description, "title": "t"}, 1, 2, {1: _description_to_notes}
    )
    # Whatever the type, the value is passed on for the reader to report.
    assert upgraded == {"version": 2, "notes": description, "title": "t"}


def _notes_to_description(document: dict[str, Any]) -> dict[str, Any]:
    """A made-up older layout that the current reader can check once upgraded."""
    moved = {key: value for key, value in document.items() if key != "notes"}
    if "notes" in document:
        moved["description"] = document["notes"]
    return moved


def test_parse_upgrades_older_files_before_checking_them(monkeypatch, catalog):
    monkeypatch.setattr(scenario_file, "FORMAT_VERSION", 2)
    monkeypatch.setitem(MIGRATIONS, 1, _notes_to_description)
    old = {"format": "ec-whatif-scenario", "version": 1, "election": 2016, "notes": "from version 1"}
    assert parse(json.dumps(old), catalog).description == "from version 1"
    # A version 2 file is read as it is: its notes would be an unknown field.
    with pytest.raises(ScenarioFileError, match="notes: unknown field"):
        parse(json.dumps({**old, "version": 2}), catalog)
