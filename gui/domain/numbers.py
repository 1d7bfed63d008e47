"""Numbers as users write them, read one strict way everywhere (options, CSV files, typed text).

Only ASCII digits, with at most one point for a decimal: never digits of another script ("١٢",
"²"), signs, exponents, underscores, "nan" or "inf", all of which Python's ``int`` or ``float``
would take. Callers say what the number is for when it is refused (None here).
"""

from __future__ import annotations

import re

MAX_DIGITS = 19  # a whole number of more digits is no count anyone means (and slow to convert)
_WHOLE = re.compile(rf"[0-9]{{1,{MAX_DIGITS}}}")
_DECIMAL = re.compile(r"[0-9]{1,9}(?:\.[0-9]{0,9})?|\.[0-9]{1,9}")


def whole(text: str) -> int | None:
    """The whole number ``text`` writes (spaces around it aside), or None."""
    digits = text.strip()
    return int(digits) if _WHOLE.fullmatch(digits) else None


def decimal(text: str) -> float | None:
    """The number ``text`` writes with ASCII digits and at most one point (``0.55``, ``.5``,
    ``2``), spaces around it aside, or None."""
    digits = text.strip()
    return float(digits) if _DECIMAL.fullmatch(digits) else None
