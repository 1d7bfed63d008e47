"""Fuzzing the command line: every subcommand with any of its options, given hostile values.

Whatever the values, ``ec-whatif`` exits 0, or 2 with one line on stderr and no traceback, and
ends (a generous bound per call catches a hang, not slowness). The options are read from the
parser itself, so a new option is fuzzed as soon as it exists. Calls run in-process (gui.main's
``main`` with argv) for speed; a sample runs as real processes. ``self-test`` takes no options
and renders every election: it is left out.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import signal
import subprocess
import sys
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gui.cli.main import SUBCOMMANDS, build_parser
from gui.main import main

HANG_SECONDS = 120  # a call that runs longer is stuck, not slow
SKIPPED = {"self-test"}
DRAWING = {"export", "screenshot"}  # they render with Qt: fewer cases
OUTPUTS = {"--save", "--pdf", "--png", "--csv", "out"}  # they write: only into the test's folder


def options(command: str) -> dict[str, argparse.Action]:
    parser = build_parser(command)
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices[command]
    return {
        (action.option_strings[0] if action.option_strings else action.dest): action
        for action in sub._actions
        if not isinstance(action, argparse._HelpAction)
    }


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, str]:
    """Files to hand to the options that read one: valid, broken and special."""
    folder = tmp_path_factory.mktemp("cli-fuzz")
    fifo = folder / "fifo"
    os.mkfifo(fifo)
    zero = folder / "zero"
    zero.symlink_to("/dev/zero")
    huge = folder / "huge"
    with huge.open("wb") as out:
        out.truncate(3 * 1024**3)
    scenario = folder / "scenario.json"
    scenario.write_text(json.dumps({"format": "ec-whatif-scenario", "version": 1, "election": 2016}))
    deep = folder / "deep.json"
    deep.write_text('{"format": "ec-whatif-scenario", "version": 1, "election": 2016, "title": ' + "[" * 988)
    probabilities = folder / "p.csv"
    probabilities.write_text("unit,probability\nPA,0.5\nMI,٠.٥\n")
    good_probabilities = folder / "good.csv"
    good_probabilities.write_text("unit,probability\nPA,0.5\nMI,0.4\n")
    votes = folder / "votes.csv"
    votes.write_text("unit,candidate,votes\nTX,Ada Lovelace,10\nCA,Grace Hopper,١٢\n")
    good_votes = folder / "good-votes.csv"
    good_votes.write_text("unit,candidate,votes\nTX,Ada Lovelace,10\nCA,Grace Hopper,12\n")
    return {
        name: str(path)
        for name, path in {
            "fifo": fifo,
            "zero": zero,
            "huge": huge,
            "folder": folder,
            "missing": folder / "missing.json",
            "scenario": scenario,
            "deep": deep,
            "probabilities": probabilities,
            "good_probabilities": good_probabilities,
            "votes": votes,
            "good_votes": good_votes,
        }.items()
    }


HOSTILE = [
    "",
    " ",
    "-",
    "--",
    "²",
    "١٢",
    "٤٣٥",
    "２０１６",
    "1e9",
    "nan",
    "-1",
    "0",
    "9" * 30,
    "x" * 3000,
    "\u202e2016",
    "a\x00b",
    "\ud800",
    '=HYPERLINK("http://x")',
    "../../etc/passwd",
    "/dev/zero",
    "/dev/stdin",
]
VALID = {
    "--election": ["2016", "1800", "2028", "1789", "1912"],
    "--lesson": ["tie-269", "jefferson-burr-1800", "nope"],
    "--set": ["PA=Clinton", "TX=undecided", "ME-2=Clinton", "NY=not-appointed", "TX:1=Kasich", "PA="],
    "--vote": ["TX:1=Kasich", "TX:1-37=Kasich", "TX:Suprun=blank", "TX:1=absent", "TX:١=Kasich", "TX:0=x"],
    "--vp-vote": ["TX:1=Fiorina", "WA:1=faithful", "TX:99=x"],
    "--swing": ["D+2.5", "Trump+1", "R+16", "D+٢", "+"],
    "--margin": ["PA=Clinton+100", "FL=Gore+1", "PA=Clinton+٢", "PA=+1"],
    "--method": ["proportional", "district", "npvic", "national", "hill", "webster"],
    "--house-size": ["600", "wyoming", "cube-root", "49", "2001", "٤٣٥"],
    "--census": ["1990", "2020", "1915", "١٩٩٠"],
    "--state": ["TX", "ME", "XX"],
    "--delegation": ["TX=Trump", "CA=divided", "XX=y"],
    "--senate": ["TX=Pence", "CA=abstain"],
    "--senate-party": ["Republican:Harris=2", "Republican:Harris=²", "x:y=1001"],
    "--house-sizes": ["100-200", "400-450", "٣-٤", "2000-50"],
    "--for": ["Clinton", "blank", "Nobody Known"],
    "--to": ["blank", "Kasich", "+New Person"],
    "--tossups": ["PA,MI,WI", "PA,,MI", "ME-2,NE-2"],
    "--candidates": ["Trump,Clinton", "Trump", "A,B,C"],
    "--list": ["3", "0", "100001", "٣"],
    "--draws": ["1", "20000", "1000001", "١٠"],
    "--seed": ["0", "42", "-1", "9" * 20],
    "--swing-sd": ["0", "0.5", "11", "٠.٥", "inf"],
    "--size": ["1000x700", "200x200", "²x300", "8001x300", "100 x 100"],
    "--expand": ["TX", "XX"],
}
READ_FILES = {"--scenario": ["scenario", "deep"], "--votes": ["votes", "good_votes"]}
READ_FILES["--probabilities"] = ["probabilities", "good_probabilities"]
SPECIAL = ["fifo", "zero", "huge", "folder", "missing"]


def _value(draw: st.DrawFn, name: str, action: argparse.Action, files: dict[str, str], out: Path) -> str:
    """A value for an option: mostly one it may take, else a hostile one."""
    if name in OUTPUTS:
        suffix = {"--pdf": ".pdf", "--csv": ".csv", "--save": ".json"}.get(name, ".png")
        return draw(st.sampled_from([str(out / f"out{suffix}"), str(out), str(out / "no" / f"o{suffix}")]))
    if name in READ_FILES:
        return files[draw(st.sampled_from(READ_FILES[name] + SPECIAL))]
    valid = list(action.choices or VALID.get(name, []))
    if valid and draw(st.integers(0, 9)) < 7:
        return draw(st.sampled_from(valid))
    return draw(st.sampled_from(HOSTILE) | st.text(max_size=12))


ANALYSES = ["--defections", "--paths", "--power", "--closest", "--house-sizes", "--probabilities"]


@st.composite
def command_lines(draw: st.DrawFn, files: dict[str, str], out: Path, commands: list[str]) -> list[str]:
    command = draw(st.sampled_from(commands))
    known = options(command)

    def add(name: str) -> list[str]:
        action = known[name]
        if action.nargs == 0:
            return [name]
        value = _value(draw, name, action, files, out)
        return [value] if name == "out" else [name, value]

    argv = [command]
    if "out" in known:
        argv += add("out")
    if "--pdf" in known:  # export: at least one picture or table
        argv += add(draw(st.sampled_from(["--pdf", "--png", "--csv"])))
    if "--election" in known:  # a source, mostly a good one
        argv += add(draw(st.sampled_from(["--election"] * 4 + ["--scenario", "--lesson"])))
    if command == "analyze":
        argv += add(draw(st.sampled_from(ANALYSES)))
    for name in draw(st.lists(st.sampled_from(sorted(set(known) - {"out"})), max_size=5)):
        argv += add(name)
    if draw(st.integers(0, 4)) == 0:
        argv = ["--lang", draw(st.sampled_from(["en", "es", "es", "fr", ""])), *argv]
    return argv


class HangError(Exception):
    pass


def _alarm(signum, frame):
    raise HangError


@contextmanager
def application_kept():
    """The drawing subcommands change process-wide state a window would keep (the language, the
    projector's font, high contrast's palette): put back after each call, for the tests after."""
    if "PySide6" not in sys.modules:
        yield
        return
    from PySide6.QtGui import QFont, QPalette
    from PySide6.QtWidgets import QApplication

    from gui.qt.translations import current_language, install, uninstall

    app = QApplication.instance()
    look = (QFont(app.font()), QPalette(app.palette())) if app is not None else None
    language = current_language()
    try:
        yield
    finally:
        if look is not None and app is not None:
            app.setFont(look[0])
            app.setPalette(look[1])
        if current_language() != language:
            uninstall() if language == "en" else install(language)


def run_in_process(argv: list[str]) -> tuple[int, str, str]:
    with application_kept():
        return _run_in_process(argv)


def _run_in_process(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(HANG_SECONDS)
    try:
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = main(argv)
            except SystemExit as stop:  # --help and --version only: every error is one line
                code = stop.code if isinstance(stop.code, int) else 0
    except HangError:
        raise AssertionError(f"no answer within {HANG_SECONDS} s: {argv!r}") from None
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    return code, out.getvalue(), err.getvalue()


def check(argv: list[str], code: int, err: str) -> None:
    assert code in (0, 2), (argv, code, err)
    assert "Traceback" not in err, (argv, err)
    if code == 2:
        assert err.count("\n") == 1 and err.startswith("ec-whatif"), (argv, err)


FUZZ = settings(
    deadline=None,
    derandomize=True,  # the quick loop runs the same cases each time; the slow run explores
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
TEXT_COMMANDS = sorted(set(SUBCOMMANDS) - SKIPPED - DRAWING)


def test_cli_fuzz_quick(files, tmp_path):
    @settings(FUZZ, max_examples=40)
    @given(argv=command_lines(files, tmp_path, TEXT_COMMANDS))
    def fuzz(argv):
        code, _, err = run_in_process(argv)
        check(argv, code, err)

    fuzz()


@pytest.mark.slow
def test_cli_fuzz_every_subcommand(qapp, files, tmp_path):
    @settings(FUZZ, max_examples=400, derandomize=False)
    @given(argv=command_lines(files, tmp_path, sorted(set(SUBCOMMANDS) - SKIPPED)))
    def fuzz(argv):
        code, _, err = run_in_process(argv)
        check(argv, code, err)

    fuzz()


@pytest.mark.slow
def test_cli_fuzz_drawing_subcommands_quickly(qapp, files, tmp_path):
    @settings(FUZZ, max_examples=25)
    @given(argv=command_lines(files, tmp_path, sorted(DRAWING)))
    def fuzz(argv):
        code, _, err = run_in_process(argv)
        check(argv, code, err)

    fuzz()


SAMPLE = [
    ["tally", "--scenario", "FIFO"],
    ["tally", "--election", "١٢"],
    ["screenshot", "OUT/x.png", "--election", "2016", "--size", "²x300"],
    ["contingent", "--election", "2016", "--senate-party", "Republican:Harris=²"],
    ["analyze", "--election", "2016", "--probabilities", "ZERO"],
    ["tally", "--election", "2028", "--votes", "FIFO"],
    ["tally", "--election", "2016", "--set", "x" * 3000],
    ["tally", "--election", "2016", "--vote", "TX:1=Kasich", "--json"],
]


@pytest.mark.parametrize(
    "argv",
    # Two in the quick loop, the rest with the slow tests.
    [pytest.param(argv, marks=() if n < 2 else pytest.mark.slow) for n, argv in enumerate(SAMPLE)],
    ids=[" ".join(argv)[:40] for argv in SAMPLE],
)
def test_a_sample_as_real_processes(files, tmp_path, argv):
    swap = {"FIFO": files["fifo"], "ZERO": files["zero"], "OUT": str(tmp_path)}
    argv = [swap.get(word, word.replace("OUT", str(tmp_path))) for word in argv]
    process = subprocess.run(
        [sys.executable, "-m", "gui.main", *argv],
        capture_output=True,
        text=True,
        timeout=HANG_SECONDS,
        stdin=subprocess.DEVNULL,
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    check(argv, process.returncode, process.stderr)
