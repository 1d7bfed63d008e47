"""``ec-whatif``: the command line. With no subcommand it asks for the window.

Only the subcommand given is imported (the analyses bring numpy, the pictures Qt), so a plain
``ec-whatif`` reaches the window without loading either. Bad input is reported in one line on
stderr with exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from gui import __version__
from gui.cli.errors import EXIT_BAD_INPUT, CliError, Parser
from gui.cli.output import prepare_streams
from gui.domain.i18n import LANGUAGES
from gui.domain.identifiers import InputError

# name -> (module in gui.cli, one line for --help)
SUBCOMMANDS = {
    "elections": ("elections", "list every election in the catalog"),
    "tally": ("tally", "count the electoral votes of an election or scenario"),
    "electors": ("electors", "list the electors: number, name where known, pledge and votes"),
    "contingent": (
        "contingent",
        "the House's vote for President and the Senate's for Vice President when no one has a majority",
    ),
    "count": (
        "count",
        "the count in Congress: the joint session, objections and each House's vote, by the era's rule",
    ),
    "analyze": ("analyze", "defections needed, paths to victory, win probabilities, voting power"),
    "lessons": ("lessons", "list the bundled classroom lessons"),
    "export": ("export", "a printable PDF handout, a PNG picture or a per-state CSV"),
    "self-test": (
        "self_test",
        "check this installation: every election tallied, the window rendered, every data file read",
    ),
    "screenshot": ("screenshot", "render the window offscreen to a PNG"),
}


@dataclass(frozen=True)
class OpenWindow:
    """No subcommand: the window, in this language (None: the saved or the system's)."""

    lang: str | None


def _chosen(argv: Sequence[str]) -> str | None:
    """The subcommand named in ``argv`` (the first word that is not an option or --lang's value)."""
    skip = False
    for word in argv:
        if skip:
            skip = False
        elif word == "--lang":
            skip = True
        elif not word.startswith("-"):
            return word if word in SUBCOMMANDS else None
    return None


def build_parser(chosen: str | None = None) -> argparse.ArgumentParser:
    """The parser, with the options of ``chosen`` (its module is imported to add them)."""
    parser = Parser(
        prog="ec-whatif",
        description="Electoral College What-If: replay and change how "
        "the electors voted, 1789-2028. Run with no command to open the window.",
    )
    parser.add_argument("--version", action="version", version=f"ec-whatif {__version__}")
    parser.add_argument(
        "--lang",
        choices=sorted(LANGUAGES),
        help="language of the window and of screenshots: en (English) or es (Spanish); by default the "
        "one chosen in View > Language, else the system's (the command-line output is in English)",
    )
    commands = parser.add_subparsers(dest="command", parser_class=Parser)
    for name, (module, summary) in SUBCOMMANDS.items():
        sub = commands.add_parser(name, help=summary, description=summary[0].upper() + summary[1:] + ".")
        if name == chosen:
            importlib.import_module(f"gui.cli.{module}").register(sub)
    return parser


def run(argv: Sequence[str]) -> int | OpenWindow:
    chosen = _chosen(argv)
    args = build_parser(chosen).parse_args(argv)
    if args.command is None:
        return OpenWindow(args.lang)
    module = importlib.import_module(f"gui.cli.{SUBCOMMANDS[args.command][0]}")
    return int(module.run(args))


def main(argv: Sequence[str] | None = None) -> int | OpenWindow:
    argv = list(sys.argv[1:] if argv is None else argv)
    prepare_streams()
    try:
        return run(argv)
    except (CliError, InputError) as error:
        text = str(error)
        print(text if text.startswith("ec-whatif") else f"ec-whatif: {text}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:  # Ctrl+C during a long analysis: one line, no traceback
        print("ec-whatif: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
