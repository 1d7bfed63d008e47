"""The command line every data build shares: write the outputs, or ``--check`` they are current."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO.parent / "shared" / "data"


def stale_outputs(outputs: dict[Path, str]) -> list[Path]:
    return [p for p, text in outputs.items() if not p.exists() or p.read_text(encoding="utf-8") != text]


def run_build(
    description: str, build: Callable[[Path], dict[Path, str]], script: str, argv: list[str] | None = None
) -> int:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared data folder")
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed output is stale")
    args = parser.parse_args(argv)
    outputs = build(args.shared)
    if args.check:
        stale = stale_outputs(outputs)
        for path in stale:
            print(f"{path} is out of date: run build_scripts/{script}", file=sys.stderr)
        return 1 if stale else 0
    for path, text in outputs.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path} ({len(text):,} bytes)")
    return 0
