"""Timing of the analyses, run by hand: ``python tests/bench/bench_analyses.py``.

Prints one JSON line per figure with the median over repeated runs and its target.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable

from gui.domain.analyses.defections import defections_to_deny, defections_to_elect
from gui.domain.analyses.paths import paths_to_victory
from gui.domain.analyses.power import banzhaf_power
from gui.domain.analyses.probabilities import correlated_distribution, exact_distribution
from gui.domain.catalog import load_catalog
from gui.domain.scenario import Scenario, Start


def median_ms(work: Callable[[], object], runs: int) -> float:
    work()  # warm caches (catalog indexes, numpy) before timing
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def report(figure: str, median: float, target: float, runs: int, **detail: object) -> None:
    line = {"figure": figure, "median_ms": round(median, 3), "target_ms": target, "runs": runs}
    print(json.dumps({**line, "ok": median < target, **detail}))


def main() -> None:
    election = load_catalog().election(2016)
    official = Scenario(election, Start.OFFICIAL)
    pledged = Scenario(election, Start.PLEDGED)
    # Every unit open, with probabilities spread over (0, 1): the worst case for both methods.
    probabilities = {u.id: 0.05 + 0.9 * (i % 10) / 9 for i, u in enumerate(election.units)}
    units = len(probabilities)
    # The 30 units with the most electors after the 10 largest: many distinct weights, 2^30 outcomes.
    by_size = sorted(election.units, key=lambda u: (-len(u.electors), u.id))
    tossups = [u.id for u in by_size[10:40]]

    runs = 50
    report(
        "exact distribution, all units",
        median_ms(lambda: exact_distribution(official, probabilities), runs),
        5,
        runs,
        units=units,
    )
    report(
        "paths, 30 toss-ups",
        median_ms(lambda: paths_to_victory(official, tossups), runs),
        50,
        runs,
        tossups=len(tossups),
        listed=50,
    )
    draws = 100_000
    runs = 15
    report(
        "100,000 correlated draws, all units",
        median_ms(lambda: correlated_distribution(official, probabilities, draws=draws, seed=1), runs),
        250,
        runs,
        units=units,
        draws=draws,
    )
    runs = 50
    report(
        "defections to deny, 2016 as pledged", median_ms(lambda: defections_to_deny(pledged), runs), 5, runs
    )
    report(
        "defections to elect the runner-up, 2016 official",
        median_ms(lambda: defections_to_elect(official, "Hillary Clinton"), runs),
        5,
        runs,
    )
    report("Banzhaf power, 51 states", median_ms(lambda: banzhaf_power(election), runs), 50, runs)


if __name__ == "__main__":
    main()
