#!/usr/bin/env bash
# CI: build the folder bundle (clean venv, non-editable install, PyInstaller) and prove the frozen
# app works: its self-test offscreen, and one CLI command. Exits non-zero on any failure.
#
#     bash build_scripts/ci_bundle_check.sh        (PYTHON=python3.11 to choose the interpreter)
set -euo pipefail
cd "$(dirname "$0")/.."

started=$SECONDS
"${PYTHON:-python3}" build_scripts/build_bundle.py --onedir
bundle=dist/onedir/ec-whatif

echo "bundle check: self-test"
QT_QPA_PLATFORM=offscreen "$bundle/ec-whatif" self-test
echo "bundle check: CLI"
"$bundle/ec-whatif" tally --election 2016 --json >/dev/null
"$bundle/ec-whatif" --version

echo "bundle check: passed; $bundle is $(($(du -sk "$bundle" | cut -f1) / 1024)) MiB; took $((SECONDS - started)) s"
