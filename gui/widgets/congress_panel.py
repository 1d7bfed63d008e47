"""The contingent election: the House votes by state for President, the Senate for Vice President."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.domain.contingent import ContingentResult
from gui.qt.congress_models import CHOICES_ROLE, ContingentTracker, HouseModel, SenateModel
from gui.qt.session import ScenarioSession

Index = QModelIndex | QPersistentModelIndex


class ChoicesDelegate(QStyledItemDelegate):
    """A combo box of the (label, value) choices the model offers for a cell."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for label, value in index.data(CHOICES_ROLE) or []:
            combo.addItem(label, value)
        combo.setAccessibleName("Vote")
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def _table(model: QAbstractItemModel, name: str, parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(name)
    table.setItemDelegateForColumn(2, ChoicesDelegate(table))
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.SelectedClicked
    )
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    for column, width in ((0, 52), (1, 230), (2, 170)):
        table.setColumnWidth(column, width)
    table.setAlternatingRowColors(True)
    return table


class CongressPanel(QWidget):
    def __init__(self, session: ScenarioSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tracker = ContingentTracker(session)
        self.house_model = HouseModel(session, self.tracker)
        self.senate_model = SenateModel(session, self.tracker)
        self.house_summary = QLabel(self)
        self.house_summary.setWordWrap(True)
        self.house_summary.setAccessibleName("House of Representatives")
        self.house_table = _table(self.house_model, "House delegations", self)
        self.senate_summary = QLabel(self)
        self.senate_summary.setWordWrap(True)
        self.senate_summary.setAccessibleName("Senate")
        self.senate_table = _table(self.senate_model, "Senators", self)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName("Who takes office")
        layout = QVBoxLayout(self)
        layout.addWidget(self.outcome)
        layout.addWidget(self.house_summary)
        layout.addWidget(self.house_table, 3)
        layout.addWidget(self.senate_summary)
        layout.addWidget(self.senate_table, 2)
        self.tracker.contingent_changed.connect(self.show_result)
        self.show_result(self.tracker.result)

    @property
    def needed(self) -> bool:
        result = self.tracker.result
        return result.house.needed or result.senate.needed

    def show_result(self, result: ContingentResult) -> None:
        house, senate = result.house, result.senate
        where = f" — {house.body.describe()}" if house.body else ""
        counts = ", ".join(f"{name} {n}" for name, n in house.counts.items())
        self.house_summary.setText(
            f"<b>House of Representatives</b>{where}<br>{house.reason}"
            + (
                f"<br>States: {counts}; no vote {house.no_vote}. {house.needed_to_win} of "
                f"{house.states_total} needed, quorum {house.quorum}; DC has no vote."
                if house.needed
                else ""
            )
            + (
                "<br><i>Tie for the last place: " + ", ".join(house.tied_at_cutoff) + " not admitted.</i>"
                if house.tied_at_cutoff
                else ""
            )
        )
        senate_counts = ", ".join(f"{name} {n}" for name, n in senate.counts.items())
        self.senate_summary.setText(
            f"<b>Senate</b><br>{senate.reason}"
            + (
                f"<br>Senators: {senate_counts}; not voting {senate.not_voting}. {senate.needed_to_win} of "
                f"{senate.whole_number} needed."
                if senate.needed
                else ""
            )
        )
        self.house_table.setVisible(house.needed)  # room for the chamber that votes
        self.senate_table.setVisible(senate.needed)
        self.outcome.setText(f"<b>{result.outcome.text}</b>")
