"""Start-up of the app against a bare PySide6 + pyqtgraph window, as installed and as bundled
(run by hand).

    python tests/bench/bench_startup.py [--runs 9] [--reuse] [--forms venv,onedir,onefile] [--out DIR]

Three forms: ``venv`` runs ``ec-whatif`` from the venv this script runs in (the README's set-up)
against ``build_scripts/bare_reference.py`` run by the same Python; ``onedir`` and ``onefile``
build (or with --reuse, reuse when present) the app and the bare reference with the same
PyInstaller options (``build_scripts/build_bundle.py``). Each program runs once to warm the
caches, then app and bare take turns, form after form, --runs times. Two figures, timed here from
spawning the process to the line it prints (``EC_WHATIF_REPORT_COMPLETE_WINDOW=1``):

- ``first_frame``: the window's first painted frame;
- ``complete_window``: the map and the charts built and painted (the bare window is complete at
  its first frame: its plot is in it).

One JSON line per figure and form, with the medians: ``{"figure", "form", "app_s", "bare_s",
"ratio", ...}``; then the peak memory of each process tree and the bundles' sizes. The venv runs
keep their compiled bytecode in a throwaway folder (PYTHONPYCACHEPREFIX), as an installation
keeps it beside the sources, even when PYTHONDONTWRITEBYTECODE is set. Uses the X11 display
when DISPLAY is set, else Qt's offscreen platform (set QT_QPA_PLATFORM to choose).
"""

from __future__ import annotations

import argparse
import json
import os
import selectors
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BUILD = REPO / "build_scripts" / "build_bundle.py"
BARE_SCRIPT = REPO / "build_scripts" / "bare_reference.py"
TIMEOUT_S = 60.0
FORMS = ("venv", "onedir", "onefile")
LINES = {"first_frame": "first-frame", "complete_window": "complete-window"}


@dataclass(frozen=True)
class Program:
    program: str  # "app" or "bare"
    form: str  # "venv", "onedir" or "onefile"
    command: tuple[str, ...]

    @property
    def label(self) -> str:
        return f"{self.program}-{self.form}"

    @property
    def size_root(self) -> Path | None:
        """What is copied to install it (None for the venv)."""
        if self.form == "venv":
            return None
        path = Path(self.command[0])
        return path.parent if self.form == "onedir" else path


@dataclass(frozen=True)
class Run:
    seconds: dict[str, float]  # figure -> from spawning to its line, measured here
    peak_rss_mib: float


def programs(out: Path, forms: list[str]) -> list[Program]:
    found = []
    for form in forms:
        for program, name in (("app", "ec-whatif"), ("bare", "bare-reference")):
            if form == "venv":
                command = (
                    (str(Path(sys.executable).parent / "ec-whatif"),)
                    if program == "app"
                    else (sys.executable, str(BARE_SCRIPT))
                )
            elif form == "onedir":
                command = (str(out / "onedir" / name / name),)
            else:
                command = (str(out / "onefile" / name),)
            found.append(Program(program, form, command))
    return found


def build(out: Path, forms: list[str], reuse: bool) -> None:
    if not {"onedir", "onefile"} & set(forms):
        return
    for bare in (False, True):
        wanted = [p for p in programs(out, forms) if p.form != "venv" and (p.program == "bare") == bare]
        if reuse and all(Path(p.command[0]).exists() for p in wanted):
            continue
        command = [sys.executable, str(BUILD), "--out", str(out), *(["--bare"] if bare else [])]
        command += [f"--{form}" for form in forms if form != "venv"]
        command += ["--reuse-venv"] if reuse else []
        print("building:", " ".join(command[1:]), file=sys.stderr, flush=True)
        subprocess.run(command, check=True, stdout=sys.stderr)


def size_mib(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 2**20
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink()) / 2**20


def run_once(program: Program, env: dict[str, str]) -> Run:
    started = time.perf_counter()
    process = subprocess.Popen(
        program.command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, start_new_session=True
    )
    assert process.stdout is not None
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ)
    seen: dict[str, float] = {}
    buffer = b""
    while len(seen) < len(LINES) and time.perf_counter() - started < TIMEOUT_S:
        if not selector.select(timeout=1.0):
            continue
        chunk = os.read(process.stdout.fileno(), 4096)
        if not chunk:
            break
        now = time.perf_counter() - started
        buffer += chunk
        for line in buffer.decode(errors="replace").splitlines():
            for figure, word in LINES.items():
                if line.startswith(word + " ") and figure not in seen:
                    seen[figure] = now
    if len(seen) < len(LINES):
        os.killpg(process.pid, signal.SIGKILL)
    # wait4's usage of a child includes its own waited-for children: the onefile bootloader's
    # Python process is counted too.
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    process.stdout.close()
    if len(seen) < len(LINES):
        missing = ", ".join(LINES[f] for f in LINES if f not in seen)
        raise SystemExit(f"{program.label} printed no {missing} line in {TIMEOUT_S:.0f} s")
    return Run(seen, usage.ru_maxrss / 1024)  # ru_maxrss is in KiB on Linux


def emit(**fields: object) -> None:
    print(json.dumps(fields), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--reuse", action="store_true", help="reuse bundles already built in --out")
    parser.add_argument("--forms", default=",".join(FORMS), help="comma-separated: venv, onedir, onefile")
    parser.add_argument("--out", type=Path, default=REPO / "dist")
    args = parser.parse_args()
    forms = [form for form in FORMS if form in args.forms.split(",")]
    if not forms or args.runs < 1:
        parser.error("--forms names none of venv, onedir, onefile, or --runs is below 1")
    out = args.out.resolve()
    build(out, forms, args.reuse)
    platform = os.environ.get("QT_QPA_PLATFORM") or ("xcb" if os.environ.get("DISPLAY") else "offscreen")
    every = programs(out, forms)
    runs: dict[str, list[Run]] = {program.label: [] for program in every}
    with tempfile.TemporaryDirectory(prefix="ec-whatif-bench-") as scratch:
        # Settings (window geometry) go to a throwaway folder, the same for every run.
        env = {**os.environ, "QT_QPA_PLATFORM": platform, "EC_WHATIF_REPORT_COMPLETE_WINDOW": "1"}
        env.pop("EC_WHATIF_REPORT_FIRST_FRAME", None)
        env["XDG_CONFIG_HOME"] = str(Path(scratch) / "config")
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(scratch) / "bytecode")
        for program in every:
            run_once(program, env)  # warm the page cache (and write the bytecode); not counted
        # App and bare take turns, so a busy machine slows both alike.
        for _ in range(args.runs):
            for program in every:
                runs[program.label].append(run_once(program, env))
    for figure in LINES:
        for form in forms:
            app = [r.seconds[figure] for r in runs[f"app-{form}"]]
            bare = [r.seconds[figure] for r in runs[f"bare-{form}"]]
            emit(
                figure=figure,
                form=form,
                app_s=round(statistics.median(app), 3),
                bare_s=round(statistics.median(bare), 3),
                ratio=round(statistics.median(app) / statistics.median(bare), 3),
                app_min_s=round(min(app), 3),
                bare_min_s=round(min(bare), 3),
                runs=args.runs,
                platform=platform,
            )
    for form in forms:
        app = statistics.median(r.peak_rss_mib for r in runs[f"app-{form}"])
        bare = statistics.median(r.peak_rss_mib for r in runs[f"bare-{form}"])
        emit(
            figure="peak_rss_mib",
            form=form,
            app=round(app, 1),
            bare=round(bare, 1),
            ratio=round(app / bare, 3),
        )
    for form in forms:
        if form == "venv":
            continue
        sizes = {p.program: size_mib(p.size_root) for p in every if p.form == form and p.size_root}
        emit(
            figure="size_mib",
            form=form,
            app=round(sizes["app"], 1),
            bare=round(sizes["bare"], 1),
            ratio=round(sizes["app"] / sizes["bare"], 3),
        )


if __name__ == "__main__":
    main()
