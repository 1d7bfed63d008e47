"""Unsaved work is kept through a crash: recovery copies, restoring, and a real SIGKILL."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
import uuid
from pathlib import Path

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


def as_dead_process(autosaver: Autosaver) -> Path:
    """Make the copy look left behind by a session that has ended: the same copy under an id
    whose lock nobody holds (as after kill -9, when the kernel drops the lock)."""
    left = autosaver.directory / f"recovery-{uuid.uuid4().hex}.json"
    shutil.move(autosaver.file, left)
    return left


@pytest.mark.slow
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


@pytest.mark.slow
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
    (tmp_path / "recovery-y.json").write_text("[]", encoding="utf-8")
    assert find_recoveries(tmp_path) == []


def edited(session: ScenarioSession, state: str = "PA") -> ScenarioSession:
    session.push(AssignUnit(state, session.scenario.ticket_for("Hillary Clinton")))
    return session


def new_session(year: int = 2016) -> ScenarioSession:
    s = ScenarioSession(load_catalog())
    s.new(year)
    return s


def test_each_session_has_its_own_copy_and_a_running_one_is_never_offered(qapp, tmp_path):
    first, second = (
        Autosaver(edited(new_session()), tmp_path),
        Autosaver(edited(new_session(2000), "FL"), tmp_path),
    )
    assert first.write_now() and second.write_now()
    assert first.file != second.file and first.file.exists() and second.file.exists()
    assert str(os.getpid()) not in first.file.name  # keyed by the session, not the process id
    assert find_recoveries(tmp_path) == []  # both still running (in this very process)


def test_two_crashed_sessions_are_both_offered(qapp, tmp_path):
    savers = [Autosaver(edited(new_session(year)), tmp_path) for year in (2016, 2000)]
    for saver in savers:
        assert saver.write_now()
        time.sleep(0.01)  # distinct times: newest first
    left = [as_dead_process(saver) for saver in savers]
    found = find_recoveries(tmp_path)
    assert [r.file for r in found] == [left[1], left[0]]
    assert [r.document(load_catalog()).scenario.election.year for r in found] == [2000, 2016]


def test_a_crashed_session_with_this_process_id_is_offered(qapp, tmp_path):
    """A restart that gets the crashed process's id (containers, Flatpak): process ids play no
    part, so its copy is still offered, and this session's own is not."""
    saver = Autosaver(edited(new_session()), tmp_path)
    assert saver.write_now()
    crashed = as_dead_process(saver)
    lock = crashed.with_suffix(".lock")
    lock.write_text(f"pid {os.getpid()} session {crashed.stem}\n", encoding="utf-8")  # same pid, no holder
    assert saver.write_now()  # this session goes on, with a copy of its own
    assert [r.file for r in find_recoveries(tmp_path)] == [crashed]


def test_a_normal_exit_of_another_session_keeps_a_crashed_copy(qapp, tmp_path):
    crashed_saver = Autosaver(edited(new_session(2000), "FL"), tmp_path)
    assert crashed_saver.write_now()
    crashed = as_dead_process(crashed_saver)
    other = Autosaver(edited(new_session()), tmp_path)
    assert other.write_now()
    other.finish()  # closes normally
    assert not other.file.exists() and not other.file.with_suffix(".lock").exists()
    assert crashed.exists() and [r.file for r in find_recoveries(tmp_path)] == [crashed]


def test_a_copy_goes_only_once_restored_or_discarded(qtbot, tmp_path):
    from gui.widgets.recovery_prompt import Choice, offer_recovery

    class Window:
        def __init__(self) -> None:
            self.session = new_session()
            self.errors: list[str] = []

        def show_error(self, title: str, message: str) -> None:
            self.errors.append(message)

    savers = [
        Autosaver(edited(new_session(year), state), tmp_path) for year, state in ((2016, "PA"), (2000, "FL"))
    ]
    for saver in savers:
        assert saver.write_now()
    left = [as_dead_process(saver) for saver in savers]
    window = Window()
    asked: list[tuple[int, int, bool]] = []

    def answer(*choices: Choice):
        replies = iter(choices)

        def question(window, recovery, number, total, can_restore):
            asked.append((number, total, can_restore))
            return next(replies)

        return question

    assert (
        offer_recovery(window, find_recoveries(tmp_path), question=answer(Choice.KEEP, Choice.KEEP)) is False
    )
    assert all(p.exists() for p in left) and asked == [(1, 2, True), (2, 2, True)]
    mine = Autosaver(window.session, tmp_path)
    restored = offer_recovery(
        window,
        find_recoveries(tmp_path),
        keep_restored=mine.write_now,
        question=answer(Choice.RESTORE, Choice.KEEP),
    )
    assert restored and window.session.scenario.election.year == 2000  # the newest first
    assert asked[2:] == [(1, 2, True), (2, 2, False)]  # one window: one restored
    assert not left[1].exists() and left[0].exists() and mine.file.exists()  # the restored work kept
    assert offer_recovery(window, find_recoveries(tmp_path), question=answer(Choice.DISCARD)) is False
    assert not left[0].exists() and find_recoveries(tmp_path) == []
    assert [p.name for p in tmp_path.glob("*.json")] == [mine.file.name]


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_two_killed_windows_are_both_offered_and_a_running_one_is_not(tmp_path):
    env = {**os.environ, "EC_WHATIF_RECOVERY_DIR": str(tmp_path)}
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", EDITING.format(year=year, state=state, name=name)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        for year, state, name in ((2000, "FL", "Al Gore"), (2016, "PA", "Hillary Clinton"))
    ]
    try:
        for process in processes:
            assert process.stdout.readline().strip() == "ready"
        assert find_recoveries(tmp_path) == []  # both running: nothing to offer
    finally:
        for process in processes:
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)
    deadline = time.monotonic() + 10
    while len(find_recoveries(tmp_path)) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    years = sorted(r.document(load_catalog()).scenario.election.year for r in find_recoveries(tmp_path))
    assert years == [2000, 2016]


EDITING = textwrap.dedent(
    """
    import os
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication
    from gui.domain.catalog import load_catalog
    from gui.domain.commands import AssignUnit
    from gui.qt.autosave import Autosaver
    from gui.qt.session import ScenarioSession
    app = QApplication([])
    session = ScenarioSession(load_catalog())
    session.new({year})
    saver = Autosaver(session)
    session.push(AssignUnit("{state}", session.scenario.ticket_for("{name}")))
    while not saver.file.exists():
        app.processEvents()
    print("ready", flush=True)
    while True:
        app.processEvents()
    """
)


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
    script = EDITING.format(year=2000, state="FL", name="Al Gore")
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


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_what_is_not_a_copy_is_never_read(tmp_path):
    os.mkfifo(tmp_path / "recovery-fifo.json")  # would block a reader
    (tmp_path / "recovery-big.json").write_bytes(b" " * 5_000_000)
    assert find_recoveries(tmp_path) == []
