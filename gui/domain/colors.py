"""Candidate colours: a colour-blind-safe palette (Okabe & Ito), parties in their usual hues.

Colours are part of a scenario (users recolour candidates), so they live in the domain as
``#rrggbb`` strings; views turn them into QColor.
"""

from __future__ import annotations

PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#7F7F7F")
PARTY_COLORS = {
    "Democratic": "#0072B2",
    "Republican": "#D55E00",
}
BLANK_COLOR = "#FFFFFF"
UNDECIDED_COLOR = "#D9D9D9"


def default_colors(names: list[str], parties: dict[str, str]) -> dict[str, str]:
    """A distinct colour per name, in order: party colours first, then the palette."""
    colors: dict[str, str] = {}
    used: set[str] = set()
    for name in names:
        party_color = PARTY_COLORS.get(parties.get(name, ""))
        if party_color and party_color not in used:
            colors[name] = party_color
            used.add(party_color)
    free = [c for c in PALETTE if c not in used]
    for n, name in enumerate(n for n in names if n not in colors):
        colors[name] = free[n % len(free)] if free else PALETTE[n % len(PALETTE)]
    return colors
