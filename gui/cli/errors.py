"""Bad input on the command line: one line on stderr, exit code 2, never a traceback."""

from __future__ import annotations

import argparse

EXIT_BAD_INPUT = 2


class CliError(Exception):
    """Reported as one line on stderr, exit code 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's own errors: one line, exit 2
        raise CliError(f"{self.prog}: {message}")
