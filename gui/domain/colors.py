"""Candidate colours: the conventional red (Republican) and blue (Democratic) by default, a
colour-blind palette (Okabe & Ito) as an option, and distinct colours for everyone else.

Colours are part of a scenario (users recolour candidates), so they live in the domain as
``#rrggbb`` strings; views turn them into QColor. A palette only gives the defaults: a colour
the user chose stays when the palette changes.
"""

from __future__ import annotations

from dataclasses import dataclass

BLANK_COLOR = "#FFFFFF"
UNDECIDED_COLOR = "#D9D9D9"  # not yet called: grey on the map, the dots and the chart


@dataclass(frozen=True)
class Palette:
    name: str  # "conventional" or "colorblind": how settings and scenario state name it
    parties: dict[str, str]  # party -> its colour (the first candidate of that party gets it)
    others: tuple[str, ...]  # everyone else, in turn


# Others are told apart from red, blue and each other, also by readers with red-green colour
# blindness: orange, bluish green, reddish purple, yellow, brown, grey, black-green. No light
# blue: next to Democratic blue it reads as the same party.
CONVENTIONAL = Palette(
    "conventional",
    {"Democratic": "#1F5AA6", "Republican": "#CC2F2F"},
    ("#E69F00", "#009E73", "#CC79A7", "#F0E442", "#8C5A2B", "#7F7F7F", "#2F4F2F"),
)
# Okabe & Ito's palette for colour blindness: Democratic blue and Republican vermilion.
COLOR_BLIND = Palette(
    "colorblind",
    {"Democratic": "#0072B2", "Republican": "#D55E00"},
    ("#E69F00", "#009E73", "#CC79A7", "#F0E442", "#56B4E9", "#7F7F7F", "#000000"),
)
PALETTES = {palette.name: palette for palette in (CONVENTIONAL, COLOR_BLIND)}
# In 1860 the Democratic Party split: its regular nominee, Douglas, keeps its colour.
PARTY_COLOR_OF = {"Northern Democratic": "Democratic"}
DEFAULT_PALETTE = CONVENTIONAL

# Parties offered when a candidate is added, with their usual colours (Democratic and
# Republican take the palette's own).
PARTY_PRESETS = (
    ("Democratic", ""),
    ("Republican", ""),
    ("Libertarian", "#E6B800"),
    ("Green", "#2E8B3E"),
    ("Independent", "#7F7F7F"),
)


def party_preset_color(party: str, palette: Palette = DEFAULT_PALETTE) -> str:
    """The colour a party preset gives a candidate ("" when the party has none)."""
    preset = dict(PARTY_PRESETS).get(party)
    if preset is None:
        return ""
    return preset or palette.parties.get(party, "")


def default_colors(
    names: list[str], parties: dict[str, str], palette: Palette = DEFAULT_PALETTE
) -> dict[str, str]:
    """A distinct colour per name, in order: party colours first, then the palette's others."""
    colors: dict[str, str] = {}
    used: set[str] = set()
    for name in names:
        party = parties.get(name, "")
        party_color = palette.parties.get(PARTY_COLOR_OF.get(party, party))
        if party_color and party_color not in used:
            colors[name] = party_color
            used.add(party_color)
    free = [c for c in palette.others if c not in used] or list(palette.others)
    for n, name in enumerate(n for n in names if n not in colors):
        colors[name] = shade(free[n % len(free)], n // len(free))
    return colors


# Past the palette (1789 and 1796 name a dozen people), each round takes the palette again,
# darker, then lighter, so that no two people in one legend share a colour.
SHADE_ROUNDS = (0.0, -0.45, 0.5, -0.7, 0.75)


def shade(color: str, round_number: int) -> str:
    """``color`` for the given round: mixed towards black (negative) or white (positive)."""
    amount = SHADE_ROUNDS[round_number % len(SHADE_ROUNDS)]
    target = 0 if amount < 0 else 255
    channels = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    mixed = (round(c + (target - c) * abs(amount)) for c in channels)
    return "#" + "".join(f"{c:02X}" for c in mixed)


def write_in_color(name: str, palette: Palette = DEFAULT_PALETTE) -> str:
    """A stable colour for someone with none of their own (a write-in)."""
    return palette.others[sum(map(ord, name)) % len(palette.others)] if name else UNDECIDED_COLOR


# A forecast's shades (gui.domain.ratings): lighter is less certain. The share of white mixed
# into the candidate's colour, the one place a rating's shade is made (map, legend, race bar).
RATING_WHITE = {"safe": 0.0, "likely": 0.38, "lean": 0.62, "tilt": 0.8}


def rating_shade(color: str, level: str) -> str:
    """A candidate's ``#rrggbb`` colour for a rating level (a toss-up: the not-yet-called grey)."""
    if level not in RATING_WHITE:
        return UNDECIDED_COLOR
    white = RATING_WHITE[level]
    channels = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{round(c + (255 - c) * white):02X}" for c in channels)
