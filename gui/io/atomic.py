"""The one way the app writes a file: completely or not at all.

Everything is written to a temporary file beside the target, flushed to disk, then renamed over
the target in one step, so a crash, a full disk or an error part way leaves the old file as it
was. A replaced file keeps its permissions (a new one gets what the umask gives), a target that
is a symbolic link is written through to the file it points to, and anything that is not a
regular file (a folder, a device, a FIFO) is refused. Pictures and handouts are drawn into memory
first and their bytes written here, so a drawing that fails never reaches the disk.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from gui.domain.i18n import QT_TRANSLATE_NOOP, translate
from gui.domain.identifiers import cut

PATH_LIMIT = 300

# Why a write failed, said from the error number (never a guess); others keep the system's words.
_REASONS = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("io", "the disk is full"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("io", "the disk quota is used up"),
    errno.EROFS: QT_TRANSLATE_NOOP("io", "the disk is read-only"),
    errno.EACCES: QT_TRANSLATE_NOOP("io", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("io", "permission denied"),
    errno.EFBIG: QT_TRANSLATE_NOOP("io", "the file is too large for the disk"),
}


class WriteError(OSError):
    """A write that did not happen, in one line ("cannot write PATH: REASON"); ``errno`` is the
    system's error number when there was one."""

    def __init__(self, message: str, number: int | None = None) -> None:
        super().__init__(message)
        self.errno = number  # type: ignore[misc]
        self.message = message

    def __str__(self) -> str:
        return self.message


def reason(error: OSError) -> str:
    """Why ``error`` happened, in words: "the disk is full" for ENOSPC, and so on."""
    if isinstance(error, WriteError):
        return error.message
    if error.errno in _REASONS:
        return translate("io", _REASONS[error.errno])
    return str(error.strerror or error)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def cannot_write(path: Path, why: str) -> str:
    """One line; a path longer than any real one (an argument of 100,000 characters) is cut."""
    shown = cut(str(path), PATH_LIMIT)
    return translate("io", "cannot write {path}: {reason}").format(path=shown, reason=why)


def _refuse(path: Path, why: str, number: int | None = None) -> WriteError:
    return WriteError(cannot_write(path, why), number)


def _target(path: Path) -> Path:
    """Where the bytes go: the file itself, or the file a symbolic link points to."""
    try:
        target = path.resolve() if path.is_symlink() else path
    except (OSError, RuntimeError):  # a loop of links
        raise _refuse(path, translate("io", "it is a loop of symbolic links"), errno.ELOOP) from None
    if target.is_dir():
        raise _refuse(path, translate("io", "it is a folder"), errno.EISDIR)
    if target.exists() and not target.is_file():  # a device node, a FIFO, a socket
        raise _refuse(path, translate("io", "it is not a regular file"))
    folder = target.absolute().parent
    if not folder.is_dir():
        why = translate("io", "the folder {folder} does not exist").format(folder=folder)
        raise _refuse(path, why, errno.ENOENT)
    return target


@contextmanager
def atomic_path(path: Path, suffix: str = "", *, require_content: bool = True) -> Iterator[Path]:
    """Yield a temporary path beside ``path`` to write to; on success rename it over ``path``.

    ``suffix`` is the temporary file's extension. On any failure the temporary file is removed,
    ``path`` is left as it was and a WriteError says why in one line. ``require_content``
    refuses an empty result ("nothing was written").
    """
    path = Path(path)
    target = _target(path)
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=f".tmp{suffix}", dir=target.parent)
    except OSError as error:
        raise _refuse(path, reason(error), error.errno) from None
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        if require_content and not temporary.stat().st_size:
            raise WriteError(translate("io", "nothing was written"))
        mode = target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~_umask()
        os.chmod(temporary, mode)
        with temporary.open("rb") as written:
            os.fsync(written.fileno())
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise _refuse(path, reason(error), error.errno) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (WriteError, one line, on failure)."""
    with atomic_path(path, require_content=False) as temporary:
        handle = os.open(temporary, os.O_WRONLY | os.O_TRUNC | getattr(os, "O_BINARY", 0))
        try:
            rest = memoryview(data)
            while rest:  # a short write is followed by another, which reports a full disk
                rest = rest[os.write(handle, rest) :]
        finally:
            os.close(handle)


def write_text(path: Path, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))
