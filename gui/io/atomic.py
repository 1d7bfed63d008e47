"""The one way the app writes a file: completely or not at all.

Everything is written to a temporary file beside the target, flushed to disk, then renamed over
the target in one step, so a crash, a full disk or an error part way leaves the old file as it
was. A replaced file keeps its permissions (a new one gets what the umask gives), and a target
that is a symbolic link is written through to the file it points to.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from gui.domain.i18n import translate


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def cannot_write(path: Path, reason: str) -> str:
    return translate("io", "cannot write {path}: {reason}").format(path=path, reason=reason)


def _target(path: Path) -> Path:
    """Where the bytes go: the file itself, or the file a symbolic link points to."""
    path = Path(path)
    if path.is_symlink():
        return path.resolve()
    if path.is_dir():
        raise OSError(cannot_write(path, translate("io", "it is a folder")))
    folder = path.absolute().parent
    if not folder.is_dir():
        reason = translate("io", "the folder {folder} does not exist").format(folder=folder)
        raise OSError(cannot_write(path, reason))
    return path


@contextmanager
def atomic_path(path: Path, suffix: str = "", *, require_content: bool = True) -> Iterator[Path]:
    """Yield a temporary path beside ``path`` to write to; on success rename it over ``path``.

    ``suffix`` is the temporary file's extension (Qt picks an image format from it). On any
    failure the temporary file is removed, ``path`` is left as it was and OSError says why in
    one line. ``require_content`` refuses an empty result ("nothing was written").
    """
    target = _target(Path(path))
    if target.exists() and not target.is_file():
        raise OSError(cannot_write(Path(path), translate("io", "it is not a regular file")))
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=f".tmp{suffix}", dir=target.parent)
    except OSError as error:
        raise OSError(cannot_write(Path(path), str(error.strerror or error))) from None
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        if require_content and not temporary.stat().st_size:
            raise OSError(translate("io", "nothing was written"))
        mode = target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~_umask()
        os.chmod(temporary, mode)
        with temporary.open("rb") as written:
            os.fsync(written.fileno())
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        reason = error.strerror or str(error)
        raise OSError(cannot_write(Path(path), reason)) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (OSError with one line on failure)."""
    with atomic_path(path, require_content=False) as temporary:
        temporary.write_bytes(data)


def write_text(path: Path, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))
