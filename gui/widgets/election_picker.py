"""The election list: every year, each with its official result in one line.

Closed, the picker shows the year (the outcome line above the map says the rest); open, each
year reads in full, "2016 — Donald Trump 304, Hillary Clinton 227, Colin Powell 3, 4 others",
and the list is as wide as its longest line, so nothing is cut off.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from gui.domain.catalog import Catalog
from gui.present.outcome import describe_election

DESCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 1


class _DescribedDelegate(QStyledItemDelegate):
    """Each row of the open list: the year and its result."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        described = index.data(DESCRIPTION_ROLE)
        if described:
            option.text = described


class ElectionPicker(QComboBox):
    """Its one-line results are worked out when it first opens (that tallies all 61)."""

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._described = False
        self.on_first_popup: Callable[[], None] | None = None
        for year in catalog.years:
            self.addItem(str(year), year)
        self.setItemDelegate(_DescribedDelegate(self))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def describe_row(self, row: int) -> None:
        election = self._catalog.election(self.itemData(row))
        text = f"{election.year} — {describe_election(election)}"
        self.setItemData(row, text, DESCRIPTION_ROLE)
        self.setItemData(row, text, Qt.ItemDataRole.ToolTipRole)
        if row == self.currentIndex():
            self.setToolTip(text)

    def describe(self, row: int) -> str:
        """The year and its result, as the open list shows it."""
        return str(self.itemData(row, DESCRIPTION_ROLE) or self.itemText(row))

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
        view = self.view()
        metrics = view.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.describe(row)) for row in range(self.count()))
        view.setMinimumWidth(
            widest + view.verticalScrollBar().sizeHint().width() + 6 * metrics.averageCharWidth()
        )
        super().showPopup()
