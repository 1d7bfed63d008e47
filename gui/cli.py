"""``ec-whatif``: the command line. With no arguments it opens the window.

Bad input is reported in one line on stderr with exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from gui import __version__

# Sub-commands kept in their own modules (they import the helpers above lazily).
from gui.cli_analyze import register as register_analyze
from gui.cli_analyze import run as cmd_analyze
from gui.cli_classroom import register as register_classroom
from gui.cli_classroom import run_export as cmd_export
from gui.cli_classroom import run_lessons as cmd_lessons
from gui.cli_contingent import register as register_contingent
from gui.cli_contingent import run as cmd_contingent
from gui.domain.catalog import Catalog, load_catalog
from gui.domain.commands import AssignUnit, SetApplyStateLaws, SetElectorVote
from gui.domain.i18n import LANGUAGES
from gui.domain.identifiers import InputError, parse_elector, parse_unit
from gui.domain.lessons import load_lesson
from gui.domain.scenario import BLANK, FAITHFUL, Office, Scenario, Start, Vote
from gui.domain.scenario_file import ScenarioDocument, read, write
from gui.domain.summary import describe_election, tally_json, tally_text
from gui.domain.tally import tally

EXIT_BAD_INPUT = 2


class CliError(Exception):
    """Reported as one line on stderr, exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's own errors: one line, exit 2
        raise CliError(f"{self.prog}: {message}")


def _add_scenario_options(parser: argparse.ArgumentParser, *, edits: bool = True) -> None:
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--election", type=int, metavar="YEAR", help="start from this election")
    source.add_argument("--scenario", type=Path, metavar="FILE", help="start from a scenario file")
    source.add_argument("--lesson", metavar="ID", help="start from a bundled lesson ('ec-whatif lessons')")
    if not edits:
        return
    parser.add_argument(
        "--pledged",
        action="store_true",
        help="start with every elector voting as pledged (the result as the voters chose)",
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="UNIT=NAME",
        help="UNIT (TX, ME-2, NE-2, ...) carried by the candidate NAME; repeatable",
    )
    parser.add_argument(
        "--vote",
        action="append",
        default=[],
        metavar="STATE:N=NAME|blank|faithful",
        help="elector N of STATE votes for NAME for President (anyone), blank, or as pledged; repeatable",
    )
    parser.add_argument(
        "--vp-vote",
        action="append",
        default=[],
        metavar="STATE:N=NAME|blank|faithful",
        help="the same for Vice President",
    )
    parser.add_argument(
        "--apply-laws",
        action="store_true",
        help="apply state laws: a faithless vote in a state whose law voids it is replaced by a vote "
        "as pledged (law data 2000-2024)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="ec-whatif",
        description="Electoral College What-If: replay and change how "
        "the electors voted, 1789-2024. Run with no command to open the window.",
    )
    parser.add_argument("--version", action="version", version=f"ec-whatif {__version__}")
    parser.add_argument(
        "--lang",
        choices=sorted(LANGUAGES),
        help="language of the window and of screenshots: en (English) or es (Spanish); by default the "
        "one chosen in View > Language, else the system's (the command-line output is in English)",
    )
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    elections = commands.add_parser("elections", help="list every election in the catalog")
    elections.add_argument("--json", action="store_true", help="print JSON")

    tally_cmd = commands.add_parser(
        "tally",
        help="count the electoral votes of an election or scenario",
        description="Count the electoral votes, optionally after changes.",
    )
    _add_scenario_options(tally_cmd)
    tally_cmd.add_argument("--save", type=Path, metavar="FILE", help="save the resulting scenario")
    tally_cmd.add_argument("--json", action="store_true", help="print exactly one JSON object")

    register_contingent(commands)
    register_analyze(commands)
    register_classroom(commands)
    commands.add_parser(
        "self-test",
        help="check this installation: every election tallied, the window rendered, every data file read",
        description="Tally every election (official and pledged), render the window offscreen and read "
        "every resource file; one line per check, exit code 0 when all pass.",
    )

    shot = commands.add_parser(
        "screenshot",
        help="render the window offscreen to a PNG",
        description="Render the main window offscreen and save it as a PNG (tally edit options apply).",
    )
    shot.add_argument("out", type=Path, metavar="OUT.png")
    _add_scenario_options(shot)
    shot.add_argument("--size", default="1400x860", metavar="WxH", help="window size (default 1400x860)")
    shot.add_argument(
        "--tab",
        choices=["president", "vice-president", "candidates", "analyses", "congress"],
        default="president",
    )
    shot.add_argument(
        "--expand", action="append", default=[], metavar="STATE", help="expand a state's electors"
    )
    shot.add_argument("--view", choices=["map", "electors"], help="show the map in this view")
    shot.add_argument(
        "--projector", action="store_true", help="projector mode: large type, no editing chrome"
    )
    shot.add_argument("--high-contrast", action="store_true", help="black on white with heavy outlines")
    shot.add_argument(
        "--analysis", choices=["defections", "paths", "probabilities", "power"], help="with --tab analyses"
    )
    return parser


def _split_assignment(text: str, option: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key.strip() or not value.strip():
        raise CliError(f"{option} expects KEY=VALUE, got {text!r}")
    return key.strip(), value.strip()


def _parse_vote(scenario: Scenario, value: str) -> Vote:
    if value.lower() == "blank":
        return BLANK
    if value.lower() == "faithful":
        return FAITHFUL
    return scenario.person(value, allow_new=True)


def load_start(args: argparse.Namespace, catalog: Catalog) -> ScenarioDocument:
    if getattr(args, "lesson", None) is not None:
        if getattr(args, "pledged", False):
            raise CliError("--pledged applies to --election; a lesson sets its own start")
        return load_lesson(args.lesson, catalog)
    if args.scenario is not None:
        document = read(args.scenario, catalog)
        if getattr(args, "pledged", False):
            raise CliError("--pledged applies to --election; a scenario file sets its own start")
        return document
    if args.election not in catalog:
        raise CliError(f"no election in {args.election}; run 'ec-whatif elections' for the list")
    start = Start.PLEDGED if getattr(args, "pledged", False) else Start.OFFICIAL
    return ScenarioDocument(Scenario(catalog.election(args.election), start))


def apply_edits(args: argparse.Namespace, scenario: Scenario) -> None:
    election = scenario.election
    if getattr(args, "apply_laws", False):
        scenario.execute(SetApplyStateLaws(True))
    for text in args.set:
        key, value = _split_assignment(text, "--set")
        unit_id = parse_unit(election, key)
        name = scenario.person(value, allow_new=False)
        scenario.execute(AssignUnit(unit_id, scenario.ticket_for(name)))
    for option, office in (("--vote", Office.PRESIDENT), ("--vp-vote", Office.VICE_PRESIDENT)):
        for text in getattr(args, option[2:].replace("-", "_")):
            key, value = _split_assignment(text, option)
            seat = parse_elector(election, key)
            scenario.execute(SetElectorVote(seat.index, office, _parse_vote(scenario, value)))


def cmd_elections(args: argparse.Namespace, catalog: Catalog) -> int:
    rows = []
    for election in catalog.elections():
        rows.append(
            {
                "year": election.year,
                "appointed": election.appointed,
                "majority": election.appointed // 2 + 1,
                "rule": "pre-12th-amendment" if election.pre_12th_amendment else "12th-amendment",
                "upcoming": election.upcoming,
                "description": describe_election(election),
            }
        )
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
    else:
        for row in rows:
            print(
                f"{row['year']}  {row['appointed']:>3} electors, {row['majority']:>3} to win  "
                f"{row['description']}"
            )
    return 0


def cmd_tally(args: argparse.Namespace, catalog: Catalog) -> int:
    document = load_start(args, catalog)
    apply_edits(args, document.scenario)
    result = tally(document.scenario)
    if args.save:
        write(args.save, document)
    if args.json:
        print(json.dumps(tally_json(document.scenario, result), ensure_ascii=False))
    else:
        print(tally_text(document.scenario, result))
        if args.save:
            print(f"\nSaved {args.save}")
    return 0


def _parse_size(text: str) -> tuple[int, int]:
    width, sep, height = text.lower().partition("x")
    if (
        not sep
        or not width.isdigit()
        or not height.isdigit()
        or not (200 <= int(width) <= 8000)
        or not (200 <= int(height) <= 8000)
    ):
        raise CliError(f"--size expects WxH between 200 and 8000 pixels, got {text!r}")
    return int(width), int(height)


def cmd_screenshot(args: argparse.Namespace, catalog: Catalog) -> int:
    from gui.screenshot import render_window

    size = _parse_size(args.size)
    document = load_start(args, catalog)
    apply_edits(args, document.scenario)
    for code in args.expand:
        if not document.scenario.election.has_state(code.upper()):
            raise CliError(f"--expand: unknown state {code!r} in {document.scenario.election.year}")
    try:
        render_window(
            args.out,
            document,
            size=size,
            tab=args.tab,
            expand=[c.upper() for c in args.expand],
            view=args.view,
            analysis=args.analysis,
            projector=args.projector,
            high_contrast=args.high_contrast,
            lang=args.lang,
        )
    except OSError as error:
        raise CliError(str(error)) from None
    print(f"Saved {args.out}")
    return 0


COMMANDS = {
    "elections": cmd_elections,
    "tally": cmd_tally,
    "contingent": cmd_contingent,
    "analyze": cmd_analyze,
    "screenshot": cmd_screenshot,
    "lessons": cmd_lessons,
    "export": cmd_export,
}


def run(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from gui.app import run_app

        return run_app([sys.argv[0]], lang=args.lang)
    if args.command == "self-test":  # before the catalog: a broken catalog is what it reports
        from gui.self_test import run_self_test

        return run_self_test()
    return COMMANDS[args.command](args, load_catalog())


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        return run(argv)
    except (CliError, InputError) as error:
        print(
            f"ec-whatif: {error}" if not str(error).startswith("ec-whatif") else str(error), file=sys.stderr
        )
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
