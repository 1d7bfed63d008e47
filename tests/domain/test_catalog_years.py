"""The catalog answers questions about its years without building any election."""

from __future__ import annotations

from gui.domain.catalog import CATALOG_RESOURCE, Catalog
from gui.domain.resource_data import read_data


def test_upcoming_years_are_the_elections_still_to_come_and_build_nothing():
    catalog = Catalog(read_data(CATALOG_RESOURCE, "catalog")["elections"])
    upcoming = catalog.upcoming_years
    assert upcoming == [2028]
    assert catalog._built == {}  # the window's Forecast menu asks this before its first frame
    assert upcoming == [year for year in catalog.years if catalog.election(year).upcoming]
    assert catalog.latest_year == 2024 < upcoming[0]
