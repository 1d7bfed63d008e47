"""The election list: every year, each with its official result in one line."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QWidget

from gui.domain.catalog import Catalog
from gui.present.outcome import describe_election


class ElectionPicker(QComboBox):
    """Its one-line results are worked out when it first opens (that tallies all 61)."""

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._described = False
        self.on_first_popup: Callable[[], None] | None = None
        for year in catalog.years:
            self.addItem(str(year), year)
        self.setMinimumContentsLength(48)

    def describe_row(self, row: int) -> None:
        election = self._catalog.election(self.itemData(row))
        self.setItemText(row, f"{election.year} — {describe_election(election)}")

    def describe_all(self) -> None:
        for row in range(self.count()):
            self.describe_row(row)
        self._described = True

    def select_year(self, year: int) -> None:
        row = self.findData(year)
        self.setCurrentIndex(row)
        self.describe_row(row)

    def showPopup(self) -> None:
        if not self._described:
            self.describe_all()
        super().showPopup()
