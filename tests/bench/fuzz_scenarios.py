"""The scenario-file fuzzing properties for many cases (run by hand; not collected by pytest).

    python tests/bench/fuzz_scenarios.py [--cases 10000] [--seed N]

Runs the properties of ``tests/domain/test_scenario_fuzz.py`` without shrinking, counting every
failure instead of stopping at the first, and prints one JSON line: cases, failures, seconds,
and per property the same plus up to three failing inputs. Exit code 1 if anything failed.
``--cases`` goes to each of the two main properties (valid documents, broken files); the slower
ones (through the disk, through the command line) get a tenth of it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

from tests.domain.scenario_strategies import bad_files, large_files, scenario_documents
from tests.domain.test_scenario_fuzz import (
    check_cli_accepts,
    check_cli_refuses,
    check_invalid,
    check_saved_and_read_back,
    check_valid,
)


def run_property(
    strategy: st.SearchStrategy[Any], check: Callable[[Any], None], cases: int, seed_value: int
) -> dict[str, object]:
    ran = 0
    failures: list[str] = []
    started = time.perf_counter()

    @seed(seed_value)
    @settings(
        max_examples=cases,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def one(case: Any) -> None:
        nonlocal ran
        ran += 1
        try:
            check(case)
        except Exception as error:  # counted, not raised: keep going
            failures.append(f"{type(error).__name__}: {str(error)[:300]} <- {repr(case)[:500]}")

    one()
    return {
        "cases": ran,
        "failures": len(failures),
        "seconds": round(time.perf_counter() - started, 1),
        "examples": failures[:3],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000, help="cases for each main property")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    slow = max(1, args.cases // 10)
    properties = {
        "valid documents are kept and round-trip": (scenario_documents(), check_valid, args.cases),
        "broken files are refused naming the field": (bad_files(), check_invalid, args.cases),
        "valid documents survive write and read": (scenario_documents(), check_saved_and_read_back, slow),
        "the CLI tallies valid documents": (scenario_documents(), check_cli_accepts, slow),
        "the CLI refuses broken files in one line": (bad_files(), check_cli_refuses, slow),
        "oversized files are refused": (large_files(), check_invalid, max(1, slow // 10)),
    }
    started = time.perf_counter()
    results = {
        name: run_property(strategy, check, cases, args.seed)
        for name, (strategy, check, cases) in properties.items()
    }
    summary = {
        "cases": sum(int(r["cases"]) for r in results.values()),
        "failures": sum(int(r["failures"]) for r in results.values()),
        "seconds": round(time.perf_counter() - started, 1),
        "seed": args.seed,
        "properties": results,
    }
    print(json.dumps(summary, ensure_ascii=True))
    return 1 if summary["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
