"""The contingent election: the House votes by state for President, the Senate for Vice President."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QShowEvent
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
from gui.domain.i18n import translate
from gui.present.blocks import line_html, lines_html, strong
from gui.present.contingent import house_summary, outcome_text, senate_summary
from gui.qt.congress_models import CHOICES_ROLE, ContingentTracker, HouseModel, SenateModel
from gui.qt.session import ScenarioSession
from gui.widgets.scrolling import fill_with_scrolled

Index = QModelIndex | QPersistentModelIndex


class ChoicesDelegate(QStyledItemDelegate):
    """A combo box of the (label, value) choices the model offers for a cell."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for label, value in index.data(CHOICES_ROLE) or []:
            combo.addItem(label, value)
        combo.setAccessibleName(translate("congress_panel", "Vote"))
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
    table.setWordWrap(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setMinimumSectionSize(table.fontMetrics().horizontalAdvance("Why?") + 24)
    table.resizeColumnsToContents()
    table.setAlternatingRowColors(True)
    return table


class CongressPanel(QWidget):
    def __init__(self, session: ScenarioSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tracker = ContingentTracker(session, self, live=self.isVisible)  # recomputed when shown
        self.house_model = HouseModel(session, self.tracker)
        self.senate_model = SenateModel(session, self.tracker)
        self.house_summary = QLabel(self)
        self.house_summary.setWordWrap(True)
        self.house_summary.setAccessibleName(translate("congress_panel", "House of Representatives"))
        self.house_table = _table(self.house_model, translate("congress_panel", "House delegations"), self)
        self.senate_summary = QLabel(self)
        self.senate_summary.setWordWrap(True)
        self.senate_summary.setAccessibleName(translate("congress_panel", "Senate"))
        self.senate_table = _table(self.senate_model, translate("congress_panel", "Senators"), self)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(translate("congress_panel", "Who takes office"))
        # In a small window the panel scrolls: each table keeps room for several rows.
        rows = 7
        for table in (self.house_table, self.senate_table):
            table.setMinimumHeight(
                table.horizontalHeader().sizeHint().height()
                + rows * table.verticalHeader().defaultSectionSize()
                + 2 * table.frameWidth()
            )
        content = QWidget(self)
        inner = QVBoxLayout(content)
        inner.addWidget(self.outcome)
        inner.addWidget(self.house_summary)
        inner.addWidget(self.house_table, 3)
        inner.addWidget(self.senate_summary)
        inner.addWidget(self.senate_table, 2)
        fill_with_scrolled(self, content)
        self._shown: tuple[bool, bool] | None = None
        self.tracker.contingent_changed.connect(self.show_result)
        self.show_result(self.tracker.result)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.tracker.catch_up()  # what changed while the panel was hidden

    @property
    def needed(self) -> bool:
        result = self.tracker.result
        return result.house.needed or result.senate.needed

    def show_result(self, result: ContingentResult) -> None:
        self.house_summary.setText(lines_html(house_summary(result.house)))
        self.senate_summary.setText(lines_html(senate_summary(result.senate)))
        self.house_table.setVisible(result.house.needed)  # room for the chamber that votes
        self.senate_table.setVisible(result.senate.needed)
        shown = (result.house.needed, result.senate.needed)
        if shown != self._shown:  # a chamber comes to vote: its columns fit its names
            self._shown = shown
            for table in (self.house_table, self.senate_table):
                if table.isVisibleTo(self):
                    table.resizeColumnsToContents()
        self.outcome.setText(line_html(strong(outcome_text(result.outcome))))
