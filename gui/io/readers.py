"""Reading what users give the app: only regular files, within a size limit, checked before
anything is read (a FIFO, a device or /dev/zero is refused at once, never read)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from gui.domain.identifiers import InputError, quoted


def read_limited(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; InputError in one line otherwise."""
    path = Path(path)
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then says what it is.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror or error}") from None
    except ValueError:  # a NUL in the name: no file has one
        raise InputError(f"cannot read {quoted(str(path))}: a file name has no NUL character") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"cannot read {path}: it is not a regular file")
        if info.st_size > max_bytes:
            raise InputError(
                f"{path.name}: the file is too large ({info.st_size:,} bytes; at most {max_bytes:,})"
            )
        chunks = []
        left = max_bytes + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror or error}") from None
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > max_bytes:  # it grew while being read
        raise InputError(f"{path.name}: the file is too large (at most {max_bytes:,} bytes)")
    return data


def read_text_limited(path: Path, max_bytes: int) -> str:
    """A regular UTF-8 text file of at most ``max_bytes`` (a byte-order mark is dropped)."""
    data = read_limited(path, max_bytes)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{Path(path)} is not UTF-8 text") from None
