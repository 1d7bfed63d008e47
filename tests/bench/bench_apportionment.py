"""Timing of the apportionment what-if, run by hand: ``python tests/bench/bench_apportionment.py``.

Prints one JSON line per figure with the median over repeated runs and its target. The target
that matters is the sweep: a thousand House sizes for one election in under a second.
"""

from __future__ import annotations

import time

from bench_analyses import median_ms, report  # the folder of this script is on the path

from gui.domain.analyses.house_sizes import sweep_house_sizes
from gui.domain.apportionment import Choice, Method, allot
from gui.domain.catalog import load_catalog
from gui.domain.commands import Reapportion
from gui.domain.scenario import Scenario, Start


def main() -> None:
    election = load_catalog().election(2000)
    pledged = Scenario(election, Start.PLEDGED)
    sizes = range(100, 1100)
    runs = 20
    report(
        "sweep of 1,000 House sizes, 2000 as pledged (Huntington-Hill)",
        median_ms(lambda: sweep_house_sizes(pledged, sizes), runs),
        1000,
        runs,
        sizes=len(sizes),
    )
    report(
        "sweep of 1,000 House sizes, 2000 as pledged (Hamilton: each size worked out alone)",
        median_ms(lambda: sweep_house_sizes(pledged, sizes, choice=Choice(1990, method=Method.HAMILTON)), 5),
        1000,
        5,
        sizes=len(sizes),
    )
    report(
        "one apportionment, 2,000 seats",
        median_ms(lambda: allot(election, Choice(1990, 2000)), runs),
        50,
        runs,
    )

    def apply_and_undo() -> None:
        command = Reapportion(Choice(1990, 1000))
        pledged.execute(command)
        pledged.revert(command)

    report("apply a House of 1,000 and undo it", median_ms(apply_and_undo, runs), 100, runs)
    start = time.perf_counter()
    sweep_house_sizes(Scenario(election, Start.PLEDGED), range(50, 2001))
    report("sweep of every size 50-2,000, cold", (time.perf_counter() - start) * 1000, 2000, 1)


if __name__ == "__main__":
    main()
