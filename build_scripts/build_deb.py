"""Build a Debian package (.deb) of ec-whatif from the folder bundle, with dpkg-deb and no network.

    python3 build_scripts/build_deb.py [--bundle DIR] [--out DIR]
    python3 build_scripts/build_deb.py --print-depends

The bundle (``DIR`` defaults to ``dist/onedir/ec-whatif``, made by ``build_bundle.py --onedir``)
goes to ``/opt/ec-whatif``, the command to ``/usr/bin/ec-whatif`` (a link), the menu entry to
``/usr/share/applications/`` and the icon to the hicolor theme. The package depends on the
system libraries Qt's X11 plugin loads (``gui.display_check``, the list the README names).
The result, ``OUT/ec-whatif_VERSION_ARCH.deb`` (``OUT`` defaults to ``dist/``), is byte for
byte the same for the same bundle: every mtime is ``SOURCE_DATE_EPOCH`` (default: the last
commit's time), owners are root, modes are normalised and dpkg-deb sorts the members.
``build_scripts/ci_deb_check.sh`` installs it, checks it and removes it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import stat
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from gui.display_check import XCB_LIBRARIES  # noqa: E402 - the repository is put on the path first

PACKAGE = "ec-whatif"
COMMAND = "ec-whatif"
APP_DIR = Path("opt") / PACKAGE
# Where each file lands in the package, relative to its root.
BIN_LINK = Path("usr/bin") / COMMAND
DESKTOP_FILE = Path("usr/share/applications") / f"{PACKAGE}.desktop"
ICONS = {  # installed path -> the icon's name inside the bundle's gui/resources/icons/
    Path("usr/share/icons/hicolor/scalable/apps") / f"{PACKAGE}.svg": f"{PACKAGE}.svg",
    Path("usr/share/icons/hicolor/256x256/apps") / f"{PACKAGE}.png": f"{PACKAGE}.png",
}
DESKTOP_SOURCE = REPO / "packaging" / "linux" / f"{PACKAGE}.desktop"
# .invalid is reserved for addresses that must never resolve (RFC 2606).
DEFAULT_MAINTAINER = "Electoral College What-If <ec-whatif@maintainers.invalid>"
# Fallback when neither SOURCE_DATE_EPOCH nor git says when the sources were last changed.
FALLBACK_EPOCH = 1_700_000_000


class DebError(Exception):
    """Reported as one line; the build stops with exit code 1."""


@dataclass(frozen=True)
class Control:
    """What the control file says of the package besides its files."""

    version: str
    architecture: str
    maintainer: str
    summary: str


def project() -> dict[str, str]:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def depends() -> list[str]:
    """The Debian packages of the libraries Qt's X11 plugin loads from the system, sorted."""
    return sorted(set(XCB_LIBRARIES.values()))


def control_text(control: Control, installed_kib: int) -> str:
    """The DEBIAN/control file: one paragraph, the long description indented by one space."""
    fields = {
        "Package": PACKAGE,
        "Version": control.version,
        "Architecture": control.architecture,
        "Maintainer": control.maintainer,
        "Installed-Size": str(installed_kib),
        "Depends": ", ".join(depends()),
        "Section": "education",
        "Priority": "optional",
        "Description": control.summary,
    }
    for name, value in fields.items():
        if not value or "\n" in value:
            raise DebError(f"control field {name} must be one non-empty line, got {value!r}")
    long_description = (
        " An offline desktop calculator for civics classes: pick any presidential election\n"
        " from 1789 on, change who carried a state and how each elector voted, and see the\n"
        " count, the majority needed and the contingent election in Congress.\n"
        " .\n"
        " Self-contained: it brings its own Python and Qt (in /opt/ec-whatif)."
    )
    return "".join(f"{name}: {value}\n" for name, value in fields.items()) + long_description + "\n"


def desktop_entry(text: str) -> str:
    """The menu entry as the package installs it: packaging/linux's, whose Exec, TryExec and Icon
    must name the command and the icon this package installs (checked, so the two never drift)."""
    keys = dict(line.split("=", 1) for line in text.splitlines() if "=" in line and not line.startswith("#"))
    expected = {"Exec": COMMAND, "TryExec": COMMAND, "Icon": PACKAGE, "Type": "Application"}
    wrong = [
        f"{key}={keys.get(key)!r}, not {value!r}" for key, value in expected.items() if keys.get(key) != value
    ]
    if not text.startswith("[Desktop Entry]\n") or wrong:
        raise DebError(f"{DESKTOP_SOURCE.name}: not the entry this package needs: {', '.join(wrong)}")
    return text


def source_date_epoch() -> int:
    value = os.environ.get("SOURCE_DATE_EPOCH", "")
    if value:
        if not (value.isascii() and value.isdigit()):
            raise DebError(f"SOURCE_DATE_EPOCH must be a whole number of seconds, got {value!r}")
        return int(value)
    done = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=REPO, capture_output=True, text=True)
    last_commit = done.stdout.strip()
    if done.returncode == 0 and last_commit.isascii() and last_commit.isdigit():
        return int(last_commit)
    print(f"build_deb: no commit time from git; dating files {FALLBACK_EPOCH}", file=sys.stderr)
    return FALLBACK_EPOCH


def architecture() -> str:
    done = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def installed_kib(root: Path) -> int:
    """Installed-Size as dpkg-gencontrol counts it: each file's KiB rounded up, one per other entry."""
    total = 0
    for path in root.rglob("*"):
        if path.is_relative_to(root / "DEBIAN"):
            continue
        is_file = path.is_file() and not path.is_symlink()
        total += -(-path.stat().st_size // 1024) if is_file else 1
    return total


def normalise(root: Path, epoch: int) -> None:
    """Modes 0755 for folders and executables, 0644 for the rest; every mtime the same."""
    for path in sorted(root.rglob("*"), reverse=True):  # children before their folder
        if path.is_symlink():
            os.utime(path, (epoch, epoch), follow_symlinks=False)
            continue
        executable = path.is_dir() or path.stat().st_mode & stat.S_IXUSR
        path.chmod(0o755 if executable else 0o644)
        os.utime(path, (epoch, epoch))
    root.chmod(0o755)
    os.utime(root, (epoch, epoch))


def stage(bundle: Path, root: Path, control: Control) -> None:
    """Lay out the package's files under root, then DEBIAN/control."""
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(bundle, root / APP_DIR, symlinks=True)
    (root / BIN_LINK).parent.mkdir(parents=True)
    (root / BIN_LINK).symlink_to(Path("/") / APP_DIR / COMMAND)
    (root / DESKTOP_FILE).parent.mkdir(parents=True)
    entry = desktop_entry(DESKTOP_SOURCE.read_text(encoding="utf-8"))
    (root / DESKTOP_FILE).write_text(entry, encoding="utf-8", newline="\n")
    icons = bundle / "_internal" / "gui" / "resources" / "icons"
    for installed, name in ICONS.items():
        (root / installed).parent.mkdir(parents=True)
        shutil.copyfile(icons / name, root / installed)
    (root / "DEBIAN").mkdir()
    text = control_text(control, installed_kib(root))
    (root / "DEBIAN" / "control").write_text(text, encoding="utf-8", newline="\n")


def check_bundle(bundle: Path) -> None:
    executable = bundle / COMMAND
    if not (executable.is_file() and os.access(executable, os.X_OK)):
        raise DebError(f"no {COMMAND} in {bundle}: build it with build_scripts/build_bundle.py --onedir")
    icons = bundle / "_internal" / "gui" / "resources" / "icons"
    missing = [name for name in ICONS.values() if not (icons / name).is_file()]
    if missing:
        raise DebError(f"{bundle} has no {', '.join(missing)} in {icons}: not an ec-whatif folder bundle?")


def build_deb(bundle: Path, out: Path, maintainer: str, work: Path) -> Path:
    if shutil.which("dpkg-deb") is None:
        raise DebError("dpkg-deb not found: build the .deb on Debian or Ubuntu (apt-get install dpkg)")
    check_bundle(bundle)
    meta = project()
    control = Control(meta["version"], architecture(), maintainer, meta["description"])
    root = work / "root"
    stage(bundle, root, control)
    epoch = source_date_epoch()
    normalise(root, epoch)
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"{PACKAGE}_{control.version}_{control.architecture}.deb"
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch)}
    # One compressor thread: xz's output would otherwise depend on how many cores the machine has.
    # An older dpkg-deb without --threads-max still builds, but then the bytes may differ.
    usage = subprocess.run(["dpkg-deb", "--help"], capture_output=True, text=True).stdout
    threads = ["--threads-max=1"] if "--threads-max" in usage else []
    command = ["dpkg-deb", "--root-owner-group", *threads, "-Zxz", "--build", str(root), str(target)]
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise DebError(f"dpkg-deb failed: {done.stderr.strip() or done.stdout.strip()}")
    shutil.rmtree(root)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    bundle = REPO / "dist" / "onedir" / PACKAGE
    parser.add_argument(
        "--bundle", type=Path, default=bundle, help="the folder bundle (default dist/onedir/)"
    )
    parser.add_argument("--out", type=Path, default=REPO / "dist", help="where the .deb goes (default dist/)")
    parser.add_argument("--maintainer", default=DEFAULT_MAINTAINER, help="the control file's Maintainer")
    parser.add_argument("--print-depends", action="store_true", help="print the Depends packages and stop")
    args = parser.parse_args(argv)
    if args.print_depends:
        print(" ".join(depends()))
        return 0
    try:
        target = build_deb(args.bundle.resolve(), args.out.resolve(), args.maintainer, REPO / "build" / "deb")
    except DebError as error:
        print(f"build_deb: {error}", file=sys.stderr)
        return 1
    print(f"build_deb: {target} ({target.stat().st_size / 2**20:.1f} MiB)", file=sys.stderr)
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
