"""``ec-whatif self-test``: prove an installed or frozen copy works, offline, in a few seconds.

Loads every election and tallies it (official and pledged), renders the window offscreen to a
temporary PNG, and reads every resource file. One line per check, then
``self-test: N passed, M failed``; the exit code is 0 only when nothing failed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from gui.domain.catalog import Catalog, Election, load_catalog
from gui.domain.document import ScenarioDocument
from gui.domain.scenario import Scenario, Start
from gui.domain.tally import Tally, tally

RENDER_SIZE = (1000, 700)
CATALOG_FILE = "data/elections.json"
Check = tuple[str, Callable[[], str]]  # name, function returning a detail (raises on failure)


class CheckError(Exception):
    """A check found something wrong; the message says what."""


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise CheckError(message)


def _check_counts(election: Election, result: Tally, start: Start) -> None:
    label = f"{start.value}"
    in_base = sum(len(s.electors) for s in election.states if s.out is None)
    _require(result.appointed == in_base, f"{label}: appointed is not the electors in the base")
    _require(
        sum(state.appointed for state in election.states) == result.appointed,
        f"{label}: the states' electors do not add up to {result.appointed}",
    )
    _require(
        result.majority == result.appointed // 2 + 1,
        f"{label}: majority {result.majority} is not {result.appointed} // 2 + 1",
    )
    president = result.president
    # Before the 12th Amendment every elector cast two votes, both on the presidential ballot.
    ballots = result.appointed * (2 if result.pre_12th_amendment else 1) - president.undecided
    counted = sum(president.votes.values()) + president.blank + president.rejected + president.absent
    _require(counted == ballots, f"{label}: presidential votes add up to {counted}, not {ballots} ballots")
    if president.winner is not None:
        _require(
            president.votes[president.winner] >= result.majority,
            f"{label}: {president.winner} wins without a majority",
        )


def check_election(election: Election) -> str:
    official = tally(Scenario(election, Start.OFFICIAL))
    _check_counts(election, official, Start.OFFICIAL)
    if not election.upcoming:
        _require(official.president.undecided == 0, "official: electors without a counted ballot")
    _check_counts(election, tally(Scenario(election, Start.PLEDGED)), Start.PLEDGED)
    outcome = official.president.winner or ("undecided" if election.upcoming else "no majority")
    return f"{official.appointed} electors, {official.majority} to win, official: {outcome}"


def _resource_files(folder: Traversable, prefix: str = "") -> Iterator[tuple[str, Traversable]]:
    for entry in sorted(folder.iterdir(), key=lambda item: item.name):
        name = f"{prefix}{entry.name}"
        if entry.is_dir():
            if entry.name != "__pycache__":
                yield from _resource_files(entry, f"{name}/")
        elif not entry.name.endswith((".py", ".pyc")):
            yield name, entry


def check_resource_list(names: list[str]) -> str:
    _require(CATALOG_FILE in names, f"{CATALOG_FILE} is not among the {len(names)} resource files")
    return f"{len(names)} files under gui.resources"


def check_resource(entry: Traversable) -> str:
    data = entry.read_bytes()
    _require(len(data) > 0, "empty file")
    if entry.name.endswith(".json"):
        json.loads(data.decode("utf-8"))
        return f"{len(data):,} bytes of JSON"
    return f"{len(data):,} bytes"


def check_window(catalog: Catalog, folder: Path) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from gui.widgets.window_picture import sample_render

    year = catalog.latest_year
    out, (width, height), colours = sample_render(
        ScenarioDocument(Scenario(catalog.election(year))), folder, size=RENDER_SIZE
    )
    _require(len(colours) > 2, f"the rendered window is blank ({len(colours)} colours)")
    size = out.stat().st_size
    return f"{year} rendered offscreen, {width}x{height}, {size:,} bytes, {len(colours)} colours sampled"


def _checks(folder: Path) -> Iterator[Check]:
    catalog = load_catalog()
    elections = catalog.elections()
    yield "catalog", lambda: f"{len(elections)} elections, {elections[0].year}-{elections[-1].year}"
    for election in elections:
        yield f"tally {election.year}", lambda e=election: check_election(e)
    files = list(_resource_files(resources.files("gui.resources")))
    yield "resources", lambda: check_resource_list([name for name, _ in files])
    for name, entry in files:
        yield f"resource {name}", lambda e=entry: check_resource(e)
    yield "window", lambda: check_window(catalog, folder)


def run_self_test() -> int:
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix="ec-whatif-self-test-") as temp:
        try:
            for name, check in _checks(Path(temp)):
                try:
                    detail = check()
                except Exception as error:  # report every failure as one line and go on
                    failed += 1
                    print(f"FAIL {name}: {type(error).__name__}: {error}", flush=True)
                else:
                    passed += 1
                    print(f"ok   {name}: {detail}", flush=True)
        except Exception as error:  # the catalog or the resources could not even be listed
            failed += 1
            print(f"FAIL setup: {type(error).__name__}: {error}", flush=True)
    print(f"self-test: {passed} passed, {failed} failed", flush=True)
    return 0 if failed == 0 and passed > 0 else 1


def register(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Tally every election (official and pledged), render the window offscreen and read "
        "every resource file; one line per check, exit code 0 when all pass."
    )


def run(args: argparse.Namespace) -> int:
    return run_self_test()


if __name__ == "__main__":
    sys.exit(run_self_test())
