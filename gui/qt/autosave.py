"""Unsaved work survives a crash or a power cut: a recovery copy after each burst of edits.

While the scenario has unsaved edits, a copy is written (atomically) to the recovery folder a
moment after the last edit; saving, or closing normally, removes it. Each session has an id of
its own (a uuid) naming its copy, ``recovery-<id>.json``, and holds a lock, ``recovery-<id>.lock``,
for as long as it runs (gui.qt.session_lock). At the next start every copy whose lock nobody
holds is offered; a copy is deleted only once the user has restored or discarded it, never by
another session closing.
"""

from __future__ import annotations

import json
import os
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer

from gui.domain.catalog import Catalog
from gui.domain.document import ScenarioDocument
from gui.domain.identifiers import InputError
from gui.io.atomic import write_bytes
from gui.io.readers import read_text_limited
from gui.qt.session import ScenarioSession, SessionChange
from gui.qt.session_lock import SessionLock, is_held

RECOVERY_FORMAT = "ec-whatif-recovery"
DELAY_MS = 1500  # after the last edit: a burst of toggles is written once
ENVIRONMENT_DIRECTORY = "EC_WHATIF_RECOVERY_DIR"
PREFIX = "recovery-"


# The scenario-file format loads with the first copy read or written, after the first frame.
def _max_copy_bytes() -> int:
    """A copy holds a scenario file as a JSON string (escaping at most doubles it) and a few
    fields."""
    from gui.io.scenario_file import MAX_FILE_BYTES

    return 2 * MAX_FILE_BYTES + 65_536


def _dump(document: ScenarioDocument) -> str:
    from gui.io.scenario_file import dump

    return dump(document)


def recovery_directory() -> Path:
    override = os.environ.get(ENVIRONMENT_DIRECTORY)
    if override:
        return Path(override)
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "recovery"


def lock_of(copy: Path) -> Path:
    """The lock file of the session that wrote ``copy``."""
    return copy.with_suffix(".lock")


@dataclass(frozen=True)
class Recovery:
    file: Path
    saved_at: float
    original: Path | None  # the scenario file it was opened from, if any
    text: str  # the scenario, in the scenario-file format

    def document(self, catalog: Catalog) -> ScenarioDocument:
        from gui.io.scenario_file import parse

        return parse(self.text, catalog)


def find_recoveries(directory: Path | None = None) -> list[Recovery]:
    """Every copy left by a session that is no longer running, newest first (damaged ones are
    skipped and left where they are)."""
    directory = directory or recovery_directory()
    found: list[Recovery] = []
    for file in sorted(directory.glob(f"{PREFIX}*.json")) if directory.is_dir() else []:
        try:
            if is_held(lock_of(file)) or not file.is_file():
                continue  # its session is running (or it is no file: a FIFO must not stop the start)
            data = json.loads(read_text_limited(file, _max_copy_bytes()))
            if data.get("format") != RECOVERY_FORMAT:
                continue
            original = Path(data["original"]) if data.get("original") else None
            found.append(Recovery(file, float(data["saved_at"]), original, str(data["scenario"])))
        except (OSError, InputError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
            continue
    for lock in directory.glob(f"{PREFIX}*.lock") if directory.is_dir() else []:
        if not lock.with_suffix(".json").exists() and not is_held(lock):
            lock.unlink(missing_ok=True)  # a crash with nothing unsaved: nothing to offer
    return sorted(found, key=lambda r: -r.saved_at)


def discard(recoveries: list[Recovery]) -> None:
    """Delete copies the user has restored or discarded (and their sessions' lock files)."""
    for recovery in recoveries:
        recovery.file.unlink(missing_ok=True)
        lock = lock_of(recovery.file)
        if not is_held(lock):
            lock.unlink(missing_ok=True)


class Autosaver(QObject):
    def __init__(self, session: ScenarioSession, directory: Path | None = None) -> None:
        super().__init__(session)
        self._session = session
        self.directory = directory or recovery_directory()
        self.session_id = uuid.uuid4().hex
        self.file = self.directory / f"{PREFIX}{self.session_id}.json"
        self._lock: SessionLock | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.write_now)
        session.undo_stack.indexChanged.connect(lambda _: self._timer.start())
        session.undo_stack.cleanChanged.connect(self._on_clean_changed)
        session.changed.connect(self._on_changed)

    def _on_changed(self, change: SessionChange) -> None:
        if change.replaced:
            self._timer.start()

    def _on_clean_changed(self, clean: bool) -> None:
        if clean:
            self._timer.stop()
            self.remove()

    def _hold_lock(self) -> bool:
        """The session's lock, taken before its first copy is written (so no copy of a running
        session is ever without it)."""
        if self._lock is None:
            try:
                self.directory.mkdir(parents=True, exist_ok=True)
                note = f"pid {os.getpid()} session {self.session_id}\n"
                self._lock = SessionLock(lock_of(self.file), note)
            except OSError:
                return False
        return True

    def write_now(self) -> bool:
        """Write the recovery copy now (or remove it when nothing is unsaved)."""
        if self._session.undo_stack.isClean():
            self.remove()
            return False
        if not self._hold_lock():
            return False  # nowhere to write: the app goes on, the user can still save
        data = {
            "format": RECOVERY_FORMAT,
            "version": 1,
            "session": self.session_id,
            "saved_at": time.time(),
            "original": str(self._session.path) if self._session.path else None,
            "scenario": _dump(self._session.document),
        }
        try:
            write_bytes(self.file, json.dumps(data, ensure_ascii=False).encode("utf-8"))
        except (OSError, UnicodeEncodeError):
            return False
        return True

    def remove(self) -> None:
        """This session's copy only: nothing is unsaved any more."""
        self.file.unlink(missing_ok=True)

    def finish(self) -> None:
        """A normal exit: this session's copy and lock go; other sessions' copies stay."""
        self._timer.stop()
        self.remove()
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def restore(session: ScenarioSession, recovery: Recovery) -> None:
    """Open the recovered scenario as unsaved work (its file, if any, is left as it was)."""
    from gui.domain.commands import MarkRestored

    session.replace(recovery.document(session.catalog), recovery.original)
    # An empty step marks the work as unsaved, so closing asks to save it.
    session.push(MarkRestored())
