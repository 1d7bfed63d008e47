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
from gui.domain.i18n import translate
from gui.qt.congress_models import CHOICES_ROLE, ContingentTracker, HouseModel, SenateModel
from gui.qt.session import ScenarioSession

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
        self.house_summary.setAccessibleName(translate("congress_panel", "House of Representatives"))
        self.house_table = _table(self.house_model, translate("congress_panel", "House delegations"), self)
        self.senate_summary = QLabel(self)
        self.senate_summary.setWordWrap(True)
        self.senate_summary.setAccessibleName(translate("congress_panel", "Senate"))
        self.senate_table = _table(self.senate_model, translate("congress_panel", "Senators"), self)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(translate("congress_panel", "Who takes office"))
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
        house_title = translate("congress_panel", "House of Representatives")
        house_lines = [
            f"<b>{house_title}</b>{where}",
            house.reason,
        ]
        if house.needed:
            house_lines.append(
                translate(
                    "congress_panel",
                    "States: {counts}; no vote {no_vote}. {needed} of {total} needed, quorum {quorum}; "
                    "DC has no vote.",
                ).format(
                    counts=counts,
                    no_vote=house.no_vote,
                    needed=house.needed_to_win,
                    total=house.states_total,
                    quorum=house.quorum,
                )
            )
        if house.tied_at_cutoff:
            tied = translate("congress_panel", "Tie for the last place: {names} not admitted.")
            house_lines.append(f"<i>{tied.format(names=', '.join(house.tied_at_cutoff))}</i>")
        self.house_summary.setText("<br>".join(house_lines))
        senate_counts = ", ".join(f"{name} {n}" for name, n in senate.counts.items())
        senate_title = translate("congress_panel", "Senate")
        senate_lines = [f"<b>{senate_title}</b>", senate.reason]
        if senate.needed:
            senate_lines.append(
                translate(
                    "congress_panel",
                    "Senators: {counts}; not voting {not_voting}. {needed} of {whole} needed.",
                ).format(
                    counts=senate_counts,
                    not_voting=senate.not_voting,
                    needed=senate.needed_to_win,
                    whole=senate.whole_number,
                )
            )
        self.senate_summary.setText("<br>".join(senate_lines))
        self.house_table.setVisible(house.needed)  # room for the chamber that votes
        self.senate_table.setVisible(senate.needed)
        self.outcome.setText(f"<b>{result.outcome.text}</b>")
