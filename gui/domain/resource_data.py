"""The data files shipped in ``gui.resources``: read as JSON, their format version checked."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

SUPPORTED_FORMAT = 1


def parse_data(text: str, what: str) -> dict[str, Any]:
    """A data file's JSON; ValueError when it is of a format this version cannot read."""
    data = json.loads(text)
    if data.get("format") != SUPPORTED_FORMAT:
        raise ValueError(f"unsupported {what} format {data.get('format')!r}")
    return data


def read_data(name: str, what: str) -> dict[str, Any]:
    """``gui.resources/<name>`` (e.g. "data/elections.json"), parsed and checked."""
    return parse_data(resources.files("gui.resources").joinpath(name).read_text(encoding="utf-8"), what)
