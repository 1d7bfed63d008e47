"""The app never touches the network: the window and the CLI run with sockets made to fail.

Each run is a fresh Python process with a ``sitecustomize`` module first on its path that
replaces socket creation, connection and name lookup with functions that write what was tried to
a log file and raise. The commands must succeed and the log must stay empty. A control run proves
the guard is active (it records and refuses a connection).
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # fresh processes: run by CI and the README's command, not by -m 'not slow'

GUARD = '''
"""Installed by tests/test_offline.py: every attempt to use the network is logged and refused."""
import os
import socket

_LOG = os.environ["EC_WHATIF_NETWORK_LOG"]


def _refuse(what):
    def refuse(*args, **kwargs):
        with open(_LOG, "a", encoding="utf-8") as log:
            log.write(f"{what} {args!r}\\n")
        raise OSError(f"network blocked by tests/test_offline.py: {what}")

    return refuse


socket.socket.__init__ = _refuse("socket.socket")
for _name in ("create_connection", "create_server", "getaddrinfo", "gethostbyname", "gethostbyname_ex",
              "gethostbyaddr", "socketpair", "fromfd"):
    setattr(socket, _name, _refuse(_name))
'''

WINDOW = """
import sys
from pathlib import Path

from gui.qt.application import application
from gui.widgets.window_factory import create_window
from gui.qt.elector_tree_model import Column

out = Path(sys.argv[1])
app = application()
window = create_window(year=2016)
window.confirm_discard = lambda: True
window.resize(1200, 800)
window.show()
for _ in range(10):  # the first frame, then whatever the window builds after it
    app.processEvents()
if hasattr(window, "ensure_ready"):
    window.ensure_ready()
session = window.session
before = session.tally
seat = session.scenario.election.electors[0]
window.tree_model.cycle(window.tree_model.index_of_elector(seat.index).siblingAtColumn(Column.PRESIDENT))
app.processEvents()
assert session.tally != before, "toggling an elector did not change the tally"
assert window.documents.save_to(out / "scenario.json"), "save failed"
assert window.grab().save(str(out / "window.png")), "screenshot failed"
session.undo_stack.undo()
assert session.tally == before, "undo did not restore the tally"
window.close()
loaded = sorted(name for name in sys.modules if name.startswith("PySide6.QtNetwork"))
assert not loaded, loaded
print("window ok")
"""


@pytest.fixture
def offline(tmp_path: Path):
    """Runs a Python command with the network guard; returns (completed process, log text)."""
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(GUARD, encoding="utf-8")
    log = tmp_path / "network.log"
    log.write_text("", encoding="utf-8")
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(guard), os.environ.get("PYTHONPATH")])),
        "EC_WHATIF_NETWORK_LOG": str(log),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),  # keep the user's settings out of it
    }

    def run(*args: str) -> tuple[subprocess.CompletedProcess[str], str]:
        result = subprocess.run(
            [sys.executable, *args], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=180
        )
        return result, log.read_text(encoding="utf-8")

    return run


def test_the_guard_records_and_refuses_network_use(offline):
    result, log = offline(
        "-c",
        textwrap.dedent("""
            import socket
            for attempt in (lambda: socket.create_connection(("127.0.0.1", 9)), socket.socket,
                            lambda: socket.getaddrinfo("example.org", 80)):
                try:
                    attempt()
                except OSError as error:
                    print("refused:", error)
        """),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("refused:") == 3
    assert [line.split()[0] for line in log.splitlines()] == [
        "create_connection",
        "socket.socket",
        "getaddrinfo",
    ]


def test_the_window_works_offline(offline, tmp_path):
    result, log = offline("-c", WINDOW, str(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith("window ok")
    assert log == ""
    assert (tmp_path / "scenario.json").stat().st_size > 0
    assert (tmp_path / "window.png").stat().st_size > 0


@pytest.mark.parametrize(
    "command",
    [
        ["elections"],
        ["elections", "--json"],
        ["tally", "--election", "2016"],
        ["tally", "--election", "1800", "--json", "--save", "1800.json"],
        ["screenshot", "shot.png", "--election", "2016", "--size", "900x600"],
    ],
    ids=" ".join,
)
def test_the_cli_works_offline(offline, command):
    result, log = offline("-m", "gui.main", *command)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip()
    assert log == ""
