"""Build the ec-whatif executable with PyInstaller, from a clean venv and a non-editable install.

    python build_scripts/build_bundle.py [--onedir] [--onefile] [--out DIR] [--bare] [--reuse-venv]

With neither --onedir nor --onefile it builds both: ``DIR/onedir/ec-whatif/ec-whatif`` (a folder
to copy or install) and ``DIR/onefile/ec-whatif`` (one file that unpacks itself on each start).
DIR defaults to ``dist/``; the venv, a copy of the sources and PyInstaller's work files go to
``build/bundle/`` (both folders are git-ignored). ``--bare`` builds the bare PySide6 + pyqtgraph
reference window (``build_scripts/bare_reference.py``) with the same options, for
``tests/bench/bench_startup.py``. The spec, ``build_scripts/ec-whatif.spec``, says what is left out.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
import venv
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SPEC = REPO / "build_scripts" / "ec-whatif.spec"
WORK = REPO / "build" / "bundle"
# Without these two a bundle built on Debian/Ubuntu cannot open an X11 window (Qt's error message
# then wrongly blames libxcb-cursor0), so the build refuses to go on without them.
X11_PACKAGES = ("libxcb-icccm4", "libxcb-keysyms1")
BUILD_ENV = {"QT_API": "pyside6", "PYQTGRAPH_QT_LIB": "PySide6"}
SKIP_COPY = shutil.ignore_patterns(
    ".git", "build", "dist", ".venv", "venv", "__pycache__", "*.egg-info", ".pytest_cache",
    ".ruff_cache", ".hypothesis", ".ci",
)  # fmt: skip


class BuildError(Exception):
    """Reported as one line; the build stops with exit code 1."""


def missing_x11_packages() -> list[str]:
    """Debian packages from X11_PACKAGES that are not installed (none off Linux or without dpkg)."""
    if not sys.platform.startswith("linux") or shutil.which("dpkg") is None:
        return []
    return [
        package
        for package in X11_PACKAGES
        if subprocess.run(["dpkg", "-s", package], capture_output=True).returncode != 0
    ]


def venv_python(folder: Path) -> Path:
    return folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def run(command: list[str | Path], **kwargs: object) -> None:
    print("+", " ".join(str(part) for part in command), flush=True)
    result = subprocess.run([str(part) for part in command], **kwargs)  # type: ignore[call-overload]
    if result.returncode != 0:
        raise BuildError(f"command failed with exit code {result.returncode}: {command[0]} ...")


def prepare_venv(reuse: bool) -> Path:
    """A venv with the project installed from a copy of the sources: never editable, never
    stale files from an earlier setuptools build/ folder."""
    folder = WORK / "venv"
    fresh = not (reuse and venv_python(folder).exists())
    if fresh:
        print(f"creating a clean venv in {folder}", flush=True)
        venv.create(folder, clear=True, with_pip=True)
    source = WORK / "source"
    shutil.rmtree(source, ignore_errors=True)
    shutil.copytree(REPO, source, ignore=SKIP_COPY)
    python = venv_python(folder)
    # Pillow turns the PNG icon into .ico/.icns; Linux executables carry no icon.
    extra = [] if sys.platform.startswith("linux") else ["pillow"]
    run([python, "-m", "pip", "install", "-q", f"{source}[build]", *extra])
    if not fresh:  # same version number: make pip replace the installed copy of the project
        run([python, "-m", "pip", "install", "-q", "--no-deps", "--force-reinstall", str(source)])
    return python


def build(python: Path, mode: str, out: Path, bare: bool) -> Path:
    name = "bare-reference" if bare else "ec-whatif"
    env = {**os.environ, **BUILD_ENV}
    command: list[str | Path] = [python, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", out / mode, "--workpath", WORK / "pyinstaller" / name, SPEC, "--"]
    command += ["--mode", mode, *(["--bare"] if bare else [])]
    started = time.monotonic()
    run(command, env=env, cwd=WORK)  # not the checkout: its gui/ has no resources/ inside
    print(f"{mode}: built in {time.monotonic() - started:.0f} s", flush=True)
    return (
        out / mode / name if mode == "onedir" else out / mode / (name + (".exe" if os.name == "nt" else ""))
    )


def size_of(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def check_xcb_plugin(bundle: Path) -> None:
    """Every library the X11 platform plugin needs resolves, from the bundle or the system."""
    plugins = list(bundle.rglob("platforms/libqxcb.so"))
    if not sys.platform.startswith("linux") or not plugins or shutil.which("ldd") is None:
        return
    internal = bundle / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": str(internal if internal.is_dir() else bundle)}
    output = subprocess.run(["ldd", str(plugins[0])], capture_output=True, text=True, env=env).stdout
    missing = sorted({line.split()[0] for line in output.splitlines() if "not found" in line})
    if missing:
        raise BuildError(f"the X11 plugin in {bundle} cannot load: missing {', '.join(missing)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--onedir", action="store_true", help="build the folder bundle")
    parser.add_argument("--onefile", action="store_true", help="build the single-file executable")
    parser.add_argument("--out", type=Path, default=REPO / "dist", help="output folder (default dist/)")
    parser.add_argument("--bare", action="store_true", help="build the bare reference window instead")
    parser.add_argument("--reuse-venv", action="store_true", help="keep build/bundle/venv if it exists")
    parser.add_argument(
        "--skip-x11-check", action="store_true", help="build even without the X11 libraries (headless use)"
    )
    args = parser.parse_args(argv)
    modes = [m for m in ("onedir", "onefile") if getattr(args, m)] or ["onedir", "onefile"]
    try:
        missing = missing_x11_packages()
        if missing and not args.skip_x11_check:
            raise BuildError(
                f"missing {' '.join(missing)}: a bundle built without them cannot open an X11 window. "
                f"Install them first (sudo apt-get install {' '.join(missing)}), "
                "or pass --skip-x11-check for a headless-only bundle."
            )
        started = time.monotonic()
        python = prepare_venv(args.reuse_venv)
        name = "bare-reference" if args.bare else "ec-whatif"
        if not args.reuse_venv:  # a clean build: PyInstaller's cache too
            shutil.rmtree(WORK / "pyinstaller" / name, ignore_errors=True)
        out = args.out.resolve()
        for mode in modes:
            result = build(python, mode, out, args.bare)
            if mode == "onedir":
                check_xcb_plugin(result)
            print(f"{mode}: {result} ({size_of(result) / 2**20:.1f} MiB)", flush=True)
        print(f"done in {time.monotonic() - started:.0f} s", flush=True)
    except BuildError as error:
        print(f"build_bundle: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
