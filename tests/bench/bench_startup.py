"""Start-up of the packaged app against a bare PySide6 + pyqtgraph window (run by hand).

    python tests/bench/bench_startup.py [--runs 7] [--reuse] [--out DIR]

Builds (or with --reuse, reuses when present) four bundles with the same PyInstaller options
(``build_scripts/build_bundle.py``): the app and ``build_scripts/bare_reference.py``, each as a
folder (onedir) and a single file (onefile). Runs each once to warm the caches, then all four in
turn --runs times, and prints one JSON line per figure with the median: seconds from spawning the
process to its ``first-frame`` line (the first painted frame; the app prints it with
``EC_WHATIF_REPORT_FIRST_FRAME=1``), the peak resident memory of the process tree, the app/bare
ratios, and the bundle sizes. Uses the X11 display when DISPLAY is set, else Qt's offscreen
platform (set QT_QPA_PLATFORM to choose).
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
TIMEOUT_S = 60.0


@dataclass(frozen=True)
class Bundle:
    program: str  # "app" or "bare"
    mode: str  # "onedir" or "onefile"
    path: Path  # the executable

    @property
    def label(self) -> str:
        return f"{self.program}-{self.mode}"

    @property
    def size_root(self) -> Path:
        return self.path.parent if self.mode == "onedir" else self.path


@dataclass(frozen=True)
class Run:
    first_frame_s: float  # from spawning to the first-frame line, measured here
    reported_s: float  # what the process itself printed (since its own start)
    peak_rss_mib: float


def bundles(out: Path) -> list[Bundle]:
    found = []
    for program, name in (("app", "ec-whatif"), ("bare", "bare-reference")):
        found.append(Bundle(program, "onedir", out / "onedir" / name / name))
        found.append(Bundle(program, "onefile", out / "onefile" / name))
    return found


def build(out: Path, reuse: bool) -> None:
    for bare in (False, True):
        wanted = [b for b in bundles(out) if (b.program == "bare") == bare]
        if reuse and all(b.path.exists() for b in wanted):
            continue
        command = [sys.executable, str(BUILD), "--out", str(out), *(["--bare"] if bare else [])]
        command += ["--reuse-venv"] if reuse else []
        print("building:", " ".join(command[1:]), file=sys.stderr, flush=True)
        subprocess.run(command, check=True, stdout=sys.stderr)


def size_mib(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 2**20
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink()) / 2**20


def run_once(bundle: Bundle, env: dict[str, str]) -> Run:
    started = time.perf_counter()
    process = subprocess.Popen(
        [str(bundle.path)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, start_new_session=True
    )
    assert process.stdout is not None
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ)
    first_frame = reported = None
    buffer = b""
    while first_frame is None and time.perf_counter() - started < TIMEOUT_S:
        if not selector.select(timeout=1.0):
            continue
        chunk = os.read(process.stdout.fileno(), 4096)
        if not chunk:
            break
        buffer += chunk
        for line in buffer.decode(errors="replace").splitlines():
            if line.startswith("first-frame "):
                first_frame = time.perf_counter() - started
                reported = float(line.split()[1])
    if first_frame is None:
        os.killpg(process.pid, signal.SIGKILL)
    # wait4's usage of a child includes its own waited-for children: the onefile bootloader's
    # Python process is counted too.
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    process.stdout.close()
    if first_frame is None or reported is None:
        hint = " (is gui.startup_probe.report_first_frame called in gui/app.py run_app?)"
        raise SystemExit(f"{bundle.label} printed no first-frame line in {TIMEOUT_S:.0f} s{hint}")
    return Run(first_frame, reported, usage.ru_maxrss / 1024)  # ru_maxrss is in KiB on Linux


def emit(**fields: object) -> None:
    print(json.dumps(fields), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--reuse", action="store_true", help="reuse bundles already built in --out")
    parser.add_argument("--out", type=Path, default=REPO / "dist")
    args = parser.parse_args()
    out = args.out.resolve()
    build(out, args.reuse)
    platform = os.environ.get("QT_QPA_PLATFORM") or ("xcb" if os.environ.get("DISPLAY") else "offscreen")
    medians: dict[tuple[str, str], float] = {}
    minima: dict[tuple[str, str], float] = {}
    runs: dict[str, list[Run]] = {bundle.label: [] for bundle in bundles(out)}
    with tempfile.TemporaryDirectory(prefix="ec-whatif-bench-") as config:
        # Settings (window geometry) go to a throwaway folder, the same for every run.
        env = {**os.environ, "QT_QPA_PLATFORM": platform, "EC_WHATIF_REPORT_FIRST_FRAME": "1"}
        env["XDG_CONFIG_HOME"] = config
        for bundle in bundles(out):
            run_once(bundle, env)  # warm the page cache; not counted
        # App and bare take turns, so a busy machine slows both alike.
        for _ in range(args.runs):
            for bundle in bundles(out):
                runs[bundle.label].append(run_once(bundle, env))
    for bundle in bundles(out):
        for figure, values, unit in (
            ("first_frame_s", [r.first_frame_s for r in runs[bundle.label]], "s"),
            ("first_frame_reported_s", [r.reported_s for r in runs[bundle.label]], "s"),
            ("peak_rss_mib", [r.peak_rss_mib for r in runs[bundle.label]], "MiB"),
        ):
            medians[(bundle.label, figure)] = statistics.median(values)
            minima[(bundle.label, figure)] = min(values)
            emit(
                figure=figure,
                bundle=bundle.label,
                median=round(statistics.median(values), 4),
                min=round(min(values), 4),
                max=round(max(values), 4),
                unit=unit,
                runs=len(values),
                platform=platform,
            )
    for bundle in bundles(out):
        medians[(bundle.label, "size_mib")] = size_mib(bundle.size_root)
        emit(
            figure="bundle_size_mib", bundle=bundle.label, value=round(medians[(bundle.label, "size_mib")], 1)
        )
    for mode in ("onedir", "onefile"):
        app, bare = f"app-{mode}", f"bare-{mode}"
        for figure in ("first_frame_s", "peak_rss_mib"):
            emit(
                figure=f"{figure}_ratio_app_to_bare",
                mode=mode,
                median=round(medians[(app, figure)] / medians[(bare, figure)], 3),
                min=round(minima[(app, figure)] / minima[(bare, figure)], 3),  # steadier on a busy machine
            )
        ratio = medians[(app, "size_mib")] / medians[(bare, "size_mib")]
        emit(figure="size_mib_ratio_app_to_bare", mode=mode, value=round(ratio, 3))


if __name__ == "__main__":
    main()
