"""What the command line writes, whatever the console or file it goes to can hold.

A Windows console (cp1252) or ``PYTHONIOENCODING=ascii`` cannot encode every name: text output
replaces what the stream cannot take (``?``), error lines escape it (``\\u0412``), and JSON is
written with ``\\u`` escapes whenever the stream cannot hold it as it is, so it stays valid JSON.
Every subcommand writes JSON through ``print_json``; ``prepare_streams`` runs once, first.
"""

from __future__ import annotations

import contextlib
import json
import sys


def prepare_streams() -> None:
    """Never a UnicodeEncodeError on stdout or stderr, whatever their encoding."""
    for stream, errors in ((sys.stdout, "replace"), (sys.stderr, "backslashreplace")):
        reconfigure = getattr(stream, "reconfigure", None)  # absent on some replaced streams
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors=errors)


def json_text(payload: object) -> str:
    """``payload`` as JSON the standard output can hold: as written where it can, else with
    every character past ASCII escaped (the same data to any JSON reader)."""
    text = json.dumps(payload, ensure_ascii=False)
    try:
        text.encode(getattr(sys.stdout, "encoding", None) or "utf-8")
    except (UnicodeError, LookupError):
        return json.dumps(payload, ensure_ascii=True)
    return text


def print_json(payload: object) -> None:
    print(json_text(payload))
