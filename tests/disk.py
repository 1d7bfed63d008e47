"""A small disk for tests of full-disk writes, two ways: a real 64 KB tmpfs when this process may
mount one (root with CAP_SYS_ADMIN, as in CI containers run as root; skipped otherwise), and a
folder whose writes fail with ENOSPC once 64 KB are used, injected at ``os.write`` (what the
kernel does on a full disk: a short write, then ENOSPC)."""

from __future__ import annotations

import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

SIZE = 64 * 1024


def _mount(folder: Path) -> bool:
    if os.name != "posix" or os.geteuid() != 0:
        return False
    command = ["mount", "-t", "tmpfs", "-o", f"size={SIZE}", "tmpfs", str(folder)]
    return subprocess.run(command, capture_output=True, check=False).returncode == 0


def _used(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.iterdir() if p.is_file())


def free_space(folder: Path) -> int:
    if os.path.ismount(folder):
        stats = os.statvfs(folder)
        return stats.f_bavail * stats.f_frsize
    return SIZE - _used(folder)


def fill(folder: Path, keep: int) -> None:
    """Fill ``folder``'s disk but for about ``keep`` bytes."""
    with (folder / "ballast").open("ab") as ballast:
        ballast.write(b"\0" * max(0, free_space(folder) - keep))


# The quick loop takes the injected failure; the full suite a real small disk too.
@pytest.fixture(params=[pytest.param("tmpfs", marks=pytest.mark.slow), "injected"])
def small_disk(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """A folder on a 64 KB disk."""
    folder = tmp_path / "disk"
    folder.mkdir()
    if request.param == "tmpfs":
        if not _mount(folder):
            pytest.skip("cannot mount a tmpfs here (not root, or no CAP_SYS_ADMIN)")
        try:
            yield folder
        finally:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)
        return
    if not os.path.isdir("/proc/self/fd"):
        pytest.skip("needs /proc/self/fd to tell which file a write goes to")
    real_write = os.write

    def write(handle: int, data: bytes) -> int:
        if Path(os.readlink(f"/proc/self/fd/{handle}")).parent != folder:
            return real_write(handle, data)
        room = SIZE - _used(folder)
        if room <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(handle, bytes(data[:room]))

    monkeypatch.setattr(os, "write", write)
    yield folder
