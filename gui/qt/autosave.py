"""Unsaved work survives a crash or a power cut: a recovery copy after each burst of edits.

While the scenario has unsaved edits, a copy is written (atomically) to the recovery folder a
moment after the last edit; saving, or closing normally, removes it. At the next start,
copies left by a process that is no longer running are offered for restoring.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer

from gui.domain.catalog import Catalog
from gui.domain.commands import MarkRestored
from gui.domain.document import ScenarioDocument
from gui.io.atomic import write_bytes
from gui.io.readers import read_text_limited
from gui.io.scenario_file import MAX_FILE_BYTES, dump, parse
from gui.qt.session import ScenarioSession, SessionChange

RECOVERY_FORMAT = "ec-whatif-recovery"
RECOVERY_MAX_BYTES = 2 * MAX_FILE_BYTES + 4096  # a scenario as JSON text, escaped, and its header
DELAY_MS = 1500  # after the last edit: a burst of toggles is written once
ENVIRONMENT_DIRECTORY = "EC_WHATIF_RECOVERY_DIR"


def recovery_directory() -> Path:
    override = os.environ.get(ENVIRONMENT_DIRECTORY)
    if override:
        return Path(override)
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "recovery"


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return False  # no cheap check elsewhere: offer the copy
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@dataclass(frozen=True)
class Recovery:
    file: Path
    saved_at: float
    original: Path | None  # the scenario file it was opened from, if any
    text: str  # the scenario, in the scenario-file format

    def document(self, catalog: Catalog) -> ScenarioDocument:
        return parse(self.text, catalog)


def find_recoveries(directory: Path | None = None) -> list[Recovery]:
    """Copies left by processes that are no longer running, newest first (damaged ones are skipped)."""
    directory = directory or recovery_directory()
    found: list[Recovery] = []
    for file in sorted(directory.glob("recovery-*.json")) if directory.is_dir() else []:
        try:
            pid = int(file.stem.split("-", 1)[1])
            # A regular file within the limit only (a FIFO there must not stop the start).
            data = json.loads(read_text_limited(file, RECOVERY_MAX_BYTES))
            if _running(pid) or data.get("format") != RECOVERY_FORMAT:
                continue
            original = Path(data["original"]) if data.get("original") else None
            found.append(Recovery(file, float(data["saved_at"]), original, str(data["scenario"])))
        except (OSError, ValueError, KeyError, TypeError, RecursionError):  # InputError is a ValueError
            continue
    return sorted(found, key=lambda r: -r.saved_at)


def discard(recoveries: list[Recovery]) -> None:
    for recovery in recoveries:
        recovery.file.unlink(missing_ok=True)


class Autosaver(QObject):
    def __init__(self, session: ScenarioSession, directory: Path | None = None) -> None:
        super().__init__(session)
        self._session = session
        self.directory = directory or recovery_directory()
        self.file = self.directory / f"recovery-{os.getpid()}.json"
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

    def write_now(self) -> bool:
        """Write the recovery copy now (or remove it when nothing is unsaved)."""
        if self._session.undo_stack.isClean():
            self.remove()
            return False
        data = {
            "format": RECOVERY_FORMAT,
            "version": 1,
            "saved_at": time.time(),
            "original": str(self._session.path) if self._session.path else None,
            "scenario": dump(self._session.document),
        }
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
        except OSError:
            return False  # nowhere to write: the app goes on, the user can still save
        try:
            write_bytes(self.file, json.dumps(data, ensure_ascii=False).encode("utf-8"))
        except (OSError, UnicodeEncodeError):
            return False
        return True

    def remove(self) -> None:
        self.file.unlink(missing_ok=True)


def restore(session: ScenarioSession, recovery: Recovery) -> None:
    """Open the recovered scenario as unsaved work (its file, if any, is left as it was)."""
    session.replace(recovery.document(session.catalog), recovery.original)
    # An empty step marks the work as unsaved, so closing asks to save it.
    session.push(MarkRestored())
