"""State laws binding electors, in words: what a state's law does, or that there is no data."""

from __future__ import annotations

from gui.domain.elector_laws import (
    NO_LAW,
    PLEDGE_NO_ENFORCEMENT,
    VOTE_COUNTED_PENALTY,
    VOTE_VOIDED_REPLACED,
    ElectorLaw,
    law,
    load_laws,
)
from gui.domain.i18n import translate
from gui.present.labels import data_text


def category_text(found: ElectorLaw) -> str:
    return {
        NO_LAW: translate("pledge_laws", "no law binds the electors"),
        PLEDGE_NO_ENFORCEMENT: translate("pledge_laws", "electors must pledge, but nothing enforces it"),
        VOTE_COUNTED_PENALTY: translate(
            "pledge_laws", "a faithless vote counts, but the elector can be fined or prosecuted"
        ),
        VOTE_VOIDED_REPLACED: translate(
            "pledge_laws", "a faithless vote is void and the elector is replaced"
        ),
    }[found.category]


def no_data_text(year: int) -> str:
    years = load_laws().years
    return translate(
        "pledge_laws", "no data on elector laws for {year} (the table covers {first}-{last}, every 4 years)"
    ).format(year=year, first=years[0], last=years[-1])


def describe(year: int, state: str) -> str:
    """One line for a tooltip or the command line, saying "no data" explicitly outside the table."""
    found = law(year, state)
    if found is None:
        return f"{state.upper()}: {no_data_text(year)}"
    parts = [f"{state.upper()} {year}: {category_text(found)}"]
    if found.penalty:
        parts.append(data_text(found.penalty))  # the penalty is a phrase from the data file
    if found.statute:
        parts.append(found.statute)
    return "; ".join(parts)
