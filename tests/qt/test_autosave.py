"""Unsaved work is kept through a crash: recovery copies, restoring, and a real SIGKILL."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from gui.domain.catalog import load_catalog
from gui.domain.commands import AssignUnit, SetElectorVote
from gui.domain.scenario import BLANK, Office
from gui.qt.autosave import Autosaver, find_recoveries, restore
from gui.qt.session import ScenarioSession


@pytest.fixture
def session(qapp):
    s = ScenarioSession(load_catalog())
    s.new(2016)
    return s


def as_dead_process(autosaver: Autosaver) -> None:
    """Make the copy look left behind by a process that has ended (pid 1 is never ours)."""
    shutil.move(autosaver.file, autosaver.directory / "recovery-999999999.json")


def test_copy_written_after_edits_and_restored(qtbot, session, tmp_path):
    autosaver = Autosaver(session, tmp_path)
    session.push(AssignUnit("PA", session.scenario.ticket_for("Hillary Clinton")))
    session.push(SetElectorVote(0, Office.PRESIDENT, BLANK))
    qtbot.waitUntil(autosaver.file.exists, timeout=5000)  # written once the edits pause
    assert find_recoveries(tmp_path) == []  # this process is still running: nothing to offer
    as_dead_process(autosaver)
    [recovery] = find_recoveries(tmp_path)
    fresh = ScenarioSession(load_catalog())
    restore(fresh, recovery)
    assert fresh.scenario.state_key() == session.scenario.state_key()
    assert not fresh.undo_stack.isClean()  # closing asks to save the restored work


def test_saving_removes_the_copy(qtbot, session, tmp_path):
    autosaver = Autosaver(session, tmp_path)
    session.push(AssignUnit("PA", session.scenario.ticket_for("Hillary Clinton")))
    assert autosaver.write_now() and autosaver.file.exists()
    session.mark_saved(tmp_path / "saved.json")
    assert not autosaver.file.exists()
    session.undo_stack.undo()  # unsaved again
    qtbot.waitUntil(autosaver.file.exists, timeout=5000)


def test_damaged_copies_are_skipped(tmp_path):
    (tmp_path / "recovery-999999998.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "recovery-x.json").write_text("{}", encoding="utf-8")
    assert find_recoveries(tmp_path) == []


def test_hostile_copies_are_skipped_at_once(tmp_path):
    # A FIFO, /dev/zero or JSON nested deeper than the stack where a copy would be: skipped,
    # never waited for, read whole or a crash at start-up.
    os.mkfifo(tmp_path / "recovery-999999997.json")
    (tmp_path / "recovery-999999996.json").symlink_to("/dev/zero")
    (tmp_path / "recovery-999999995.json").write_text("[" * 100_000, encoding="utf-8")
    (tmp_path / "recovery-999999994.json").mkdir()
    assert find_recoveries(tmp_path) == []


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_killed_process_leaves_work_to_restore(tmp_path):
    script = textwrap.dedent(
        """
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtWidgets import QApplication
        from gui.domain.catalog import load_catalog
        from gui.domain.commands import AssignUnit
        from gui.qt.autosave import Autosaver
        from gui.qt.session import ScenarioSession
        app = QApplication([])
        session = ScenarioSession(load_catalog())
        session.new(2000)
        saver = Autosaver(session)
        session.push(AssignUnit("FL", session.scenario.ticket_for("Al Gore")))
        while not saver.file.exists():
            app.processEvents()
        print("ready", flush=True)
        while True:
            app.processEvents()
        """
    )
    env = {**os.environ, "EC_WHATIF_RECOVERY_DIR": str(tmp_path)}
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert process.stdout.readline().strip() == "ready"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    deadline = time.monotonic() + 10
    while not find_recoveries(tmp_path) and time.monotonic() < deadline:
        time.sleep(0.05)
    [recovery] = find_recoveries(tmp_path)
    session = ScenarioSession(load_catalog())
    restore(session, recovery)
    assert session.scenario.election.year == 2000
    assert session.tally.president.votes["Al Gore"] == 266 + 25
