"""A lock a running session holds, telling its recovery copy from one a crash left behind.

The lock is the operating system's (``flock`` on POSIX, ``msvcrt.locking`` on Windows) on a file
of the session's own: the kernel releases it when the process ends, however it ends (kill -9, a
power cut, a container stopped), so a lock nobody holds belongs to a session that is not running.
Process ids play no part: one reused by a new process (common in containers and Flatpak) cannot
make a crashed session look alive, nor a live one look crashed.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle: int) -> bool:
        try:
            msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: int) -> None:
        with contextlib.suppress(OSError):
            msvcrt.locking(handle, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: int) -> bool:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # held by a running session (BlockingIOError), or not lockable
            return False
        return True

    def _unlock(handle: int) -> None:
        fcntl.flock(handle, fcntl.LOCK_UN)


class SessionLock:
    """Held from creation until ``release`` (or the process ends)."""

    def __init__(self, path: Path, note: str) -> None:
        self.path = path
        self._handle: int | None = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(self._handle):
            os.close(self._handle)
            self._handle = None
            raise OSError(f"{path} is held by another session")
        os.ftruncate(self._handle, 0)
        os.write(self._handle, note.encode("utf-8"))  # for people looking in the folder

    def release(self) -> None:
        if self._handle is None:
            return
        _unlock(self._handle)
        os.close(self._handle)
        self._handle = None
        self.path.unlink(missing_ok=True)


def is_held(path: Path) -> bool:
    """Whether a running session holds the lock at ``path`` (False when there is no such file)."""
    try:
        handle = os.open(path, os.O_RDWR | getattr(os, "O_NONBLOCK", 0))  # never waits on a FIFO
    except OSError:
        return False
    try:
        if not _try_lock(handle):
            return True
        _unlock(handle)
        return False
    finally:
        os.close(handle)
