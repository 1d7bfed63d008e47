"""Upgrading scenario files written by an older ec-whatif, one version at a time.

``MIGRATIONS[n]`` turns a version-``n`` document into a version ``n + 1`` one. The reader calls
:func:`upgrade` after it has checked ``format`` and ``version`` and before it checks anything
else, so every other check, and every message, is about the current version.

A migration gets the untrusted document as read: it only moves, renames or rewrites what it
recognises, copies everything else as it is, and never raises. A value of the wrong type is
passed on for the reader to report. Version 1 is the first format, so there is none yet; the
first one is added with version 2 (``docs/scenario-format.md`` shows how).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

Document = dict[str, Any]
Migration = Callable[[Document], Document]

MIGRATIONS: dict[int, Migration] = {}


def upgrade(
    document: Document, version: int, current: int, migrations: Mapping[int, Migration] = MIGRATIONS
) -> Document:
    """``document`` (of ``version``) raised to ``current``, one step at a time.

    The document given is left as it is; the result carries ``"version": current``. A missing
    step is a programming error (a new version without its migration): ValueError.
    """
    if not 1 <= version <= current:
        raise ValueError(f"cannot upgrade version {version} to {current}")
    missing = [n for n in range(version, current) if n not in migrations]
    if missing:
        raise ValueError(f"no migration from version {missing[0]} to {missing[0] + 1}")
    for step in range(version, current):
        document = {**migrations[step](dict(document)), "version": step + 1}
    return document
