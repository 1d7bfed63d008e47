"""The layers point one way and nothing imports in a circle (the contracts are in pyproject.toml)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def lint_imports() -> str:
    found = Path(sys.executable).parent / "lint-imports"
    return str(found) if found.exists() else (shutil.which("lint-imports") or "")


@pytest.mark.skipif(not lint_imports(), reason="import-linter is not installed")
def test_import_contracts_are_kept():
    result = subprocess.run(
        [lint_imports(), "--no-cache"], cwd=REPO, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout and "KEPT" in result.stdout


def test_a_broken_layer_is_caught(tmp_path):
    """The contract is not a formality: a domain module importing Qt breaks it."""
    if not lint_imports():
        pytest.skip("import-linter is not installed")
    copy = tmp_path / "repo"
    shutil.copytree(REPO / "gui", copy / "gui", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", copy / "pyproject.toml")
    (copy / "gui" / "domain" / "leak.py").write_text(
        "import PySide6.QtCore\nimport gui.widgets.main_window\n"
    )
    result = subprocess.run(
        [lint_imports(), "--no-cache"],
        cwd=copy,
        capture_output=True,
        text=True,
        timeout=300,
        env={"PYTHONPATH": str(copy), "PATH": ""},
    )
    assert result.returncode != 0 and "BROKEN" in result.stdout


def test_every_package_ships():
    """A package missing from pyproject's list works in the editable install and is absent
    from a wheel and the bundle."""
    import tomllib

    listed = set(tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(init.parent.relative_to(REPO).parts) for init in (REPO / "gui").rglob("__init__.py")}
    assert found <= listed, sorted(found - listed)
