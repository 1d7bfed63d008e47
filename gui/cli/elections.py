"""``ec-whatif elections``: every election in the catalog, one line each."""

from __future__ import annotations

import argparse

from gui.cli.output import print_json
from gui.domain.catalog import load_catalog
from gui.domain.tally import majority_of
from gui.present.outcome import describe_election


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON")


def run(args: argparse.Namespace) -> int:
    rows = []
    for election in load_catalog().elections():
        rows.append(
            {
                "year": election.year,
                "appointed": election.appointed,
                "majority": majority_of(election.appointed),
                "rule": "pre-12th-amendment" if election.pre_12th_amendment else "12th-amendment",
                "upcoming": election.upcoming,
                "description": describe_election(election),
            }
        )
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            print(
                f"{row['year']}  {row['appointed']:>3} electors, {row['majority']:>3} to win  "
                f"{row['description']}"
            )
    return 0
