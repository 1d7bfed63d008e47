"""The README's two set-up commands stay true: CI runs the test command verbatim."""

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _commands() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    setup = text.split("## Set up", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", setup)


def test_readme_has_exactly_two_setup_commands_and_ci_runs_the_test_one():
    commands = _commands()
    assert len(commands) == 2, commands
    run_app, run_tests = commands
    assert "ec-whatif" in run_app and "pytest" in run_tests
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert run_tests in ci
    assert not re.search(r"pytest[^\n|]*\s-s(\s|$)", ci)
