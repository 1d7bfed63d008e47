"""The ``ec-whatif`` command: a subcommand runs on the command line, none opens the window."""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence

from gui.cli.main import OpenWindow
from gui.cli.main import main as cli_main
from gui.display_check import display_problem


def main(argv: Sequence[str] | None = None) -> int:
    outcome = cli_main(argv)
    if isinstance(outcome, OpenWindow):
        problem = display_problem()
        if problem is not None:  # one line, rather than Qt's page of plugin errors and an abort
            print(problem, file=sys.stderr)
            return 1
        # Start-up makes tens of thousands of objects that live as long as the window; each
        # collection of Python's cyclic garbage collector on the way walks all of them (a third
        # of the time to the first frame). None is garbage: the collector waits until the
        # window is complete (gui.app).
        gc.disable()
        from gui.app import run_app  # Qt only when the window opens

        return run_app([sys.argv[0]], lang=outcome.lang)
    return outcome


if __name__ == "__main__":
    sys.exit(main())
