"""Entry point of the PyInstaller bundle: the same ``ec-whatif`` command as a pip install.

PyInstaller needs a script, not a console-script entry point. The Qt binding is fixed before
anything imports pyqtgraph, so it never probes for PyQt5/PyQt6/PySide2 (absent from the bundle).
``self-test`` is dispatched here as well as in the CLI so that the frozen check does not depend
on argument parsing.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_API", "pyside6")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")


def main() -> int:
    if sys.argv[1:] == ["self-test"]:
        from gui.cli.self_test import run_self_test

        return run_self_test()
    from gui.main import main as app_main

    return app_main()


if __name__ == "__main__":
    sys.exit(main())
