"""The command line on narrow consoles (Windows' cp1252, ``PYTHONIOENCODING=ascii``): no
traceback, text written as far as the stream can take it, JSON still valid and complete."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from gui.domain.identifiers import quoted

NAME = "Владимир Петров"


def run(encoding: str, *arguments: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": encoding, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "gui.main", *arguments], capture_output=True, env=env, timeout=120, check=False
    )


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_a_name_the_console_cannot_show_is_no_traceback(encoding):
    done = run(encoding, "tally", "--election", "2016", "--vote", f"TX:1=+{NAME}")
    assert done.returncode == 0, done.stderr
    assert b"Traceback" not in done.stderr
    out = done.stdout.decode(encoding)
    assert "Donald Trump         303" in out and "Vladimir" not in out
    assert "???????? ??????" in out  # the name as far as the stream can write it


@pytest.mark.parametrize("encoding", [pytest.param("cp1252", marks=pytest.mark.slow), "ascii"])
def test_an_unknown_name_is_one_line_on_a_narrow_console(encoding):
    done = run(encoding, "tally", "--election", "2016", "--vote", f"TX:1={NAME}")
    assert done.returncode == 2 and done.stdout == b""
    error = done.stderr.decode(encoding)
    assert error.count("\n") == 1 and "Traceback" not in error
    assert error.startswith("ec-whatif: unknown candidate '\\u0412\\u043b")


def test_the_list_of_elections_on_an_ascii_console():
    done = run("ascii", "elections")
    assert done.returncode == 0 and b"Traceback" not in done.stderr
    lines = done.stdout.decode("ascii").splitlines()
    assert lines[0].startswith("1789") and lines[-1].startswith("2028")


@pytest.mark.parametrize(
    "encoding",
    ["cp1252", pytest.param("ascii", marks=pytest.mark.slow), pytest.param("utf-8", marks=pytest.mark.slow)],
)
def test_json_stays_valid_and_complete_whatever_the_console(encoding):
    done = run(encoding, "tally", "--election", "2016", "--vote", f"TX:1=+{NAME}", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout.decode(encoding))
    assert NAME in json.dumps(data, ensure_ascii=False)
    assert (NAME in done.stdout.decode(encoding)) is (encoding == "utf-8")  # as written where it can be
    elections = json.loads(run(encoding, "elections", "--json").stdout.decode(encoding))
    assert elections[0]["year"] == 1789


def test_a_long_argument_is_quoted_short():
    long = "X" * 100_000
    done = run("utf-8", "tally", "--election", "2016", "--set", f"{long}=Trump")
    assert done.returncode == 2
    assert len(done.stderr) < 400 and quoted(long) in done.stderr.decode("utf-8")
