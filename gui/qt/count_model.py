"""The count in Congress as a Qt table: one row per certificate, in the order opened.

Rows follow every ``SessionChange`` (``dataChanged`` for the rows whose text changed, a reset for
another election); a House's vote edited in the table becomes an undoable ``SetCount``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from gui.domain.commands import SetCount
from gui.domain.count_session import CountSession, count_session, replace_objection, with_decision
from gui.domain.i18n import translate
from gui.domain.joint_session.rules import RECORD_ONLY, Decision
from gui.present.count import certificate_cells, certificate_headings
from gui.present.labels import data_text
from gui.qt.congress_models import CHOICES_ROLE
from gui.qt.session import ScenarioSession, SessionChange

Index = QModelIndex | QPersistentModelIndex
SENATE_COLUMN, HOUSE_COLUMN = 5, 6
CHAMBERS = {SENATE_COLUMN: "senate", HOUSE_COLUMN: "house"}


class CountModel(QAbstractTableModel):
    def __init__(
        self,
        session: ScenarioSession,
        parent: QObject | None = None,
        *,
        live: Callable[[], bool] = lambda: True,
    ) -> None:
        """``live``: whether a view shows the table now (its panel's ``isVisible``); while not, a
        change only marks the rows stale and ``catch_up()`` (on show) brings them up to date."""
        super().__init__(parent)
        self._session = session
        self._live = live
        self._stale = False
        self._stale_rebuild = False  # a change while stale rebuilt the scenario
        self.count = count_session(session.scenario)
        self._rows = self._cells(self.count)
        session.changed.connect(self._on_changed)

    def _cells(self, count: CountSession) -> list[tuple[str, ...]]:
        scenario = self._session.scenario
        return [certificate_cells(scenario, count, row) for row in range(len(count.certificates))]

    def state_at(self, row: int) -> str:
        return self.count.certificates[row].state

    def row_of(self, state: str) -> int:
        return next((r for r, c in enumerate(self.count.certificates) if c.state == state), -1)

    def _on_changed(self, change: SessionChange) -> None:
        self._stale_rebuild = self._stale_rebuild or change.rebuild
        self._stale = True
        if self._live():
            self.catch_up()

    def catch_up(self) -> None:
        """Bring the rows up to the session: ``dataChanged`` for the rows whose text changed."""
        if not self._stale:
            return
        rebuild, self._stale, self._stale_rebuild = self._stale_rebuild, False, False
        count = count_session(self._session.scenario)
        states = [c.state for c in count.certificates]
        if rebuild or states != [c.state for c in self.count.certificates]:
            self.beginResetModel()
            self.count, self._rows = count, self._cells(count)
            self.endResetModel()
            return
        rows = self._cells(count)
        self.count = count
        for row, cells in enumerate(rows):
            if cells != self._rows[row]:
                self._rows[row] = cells
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(cells) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(certificate_headings())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headings = certificate_headings()
            return headings[section] if 0 <= section < len(headings) else None
        return None

    def _votable(self, row: int) -> bool:
        ruling = self.count.certificates[row].ruling
        return (
            ruling is not None
            and ruling.decision is not Decision.OUT_OF_ORDER
            and ruling.objection.recorded not in RECORD_ONLY
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in CHAMBERS and self._votable(index.row()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[row][column]
        ruling = self.count.certificates[row].ruling
        if column in CHAMBERS and ruling is not None:
            vote = ruling.objection.senate if column == SENATE_COLUMN else ruling.objection.house
            if role == Qt.ItemDataRole.EditRole:
                return None if vote is None else vote.sustains
            if role == CHOICES_ROLE:
                return [
                    (translate("count_model", "Sustains the objection"), True),
                    (translate("count_model", "Rejects the objection"), False),
                ]
            if role == Qt.ItemDataRole.ToolTipRole and self._votable(row):
                return translate(
                    "count_model",
                    "Yeas–nays to sustain the objection; F2 or double-click to change this vote",
                )
        if role == Qt.ItemDataRole.ToolTipRole and column == len(self._rows[row]) - 1 and ruling:
            return data_text(ruling.objection.note) if ruling.objection.note else None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        if not isinstance(value, bool):
            return False
        ruling = self.count.certificates[index.row()].ruling
        assert ruling is not None
        objection = ruling.objection
        chamber = CHAMBERS[index.column()]
        current = objection.senate if chamber == "senate" else objection.house
        if current is not None and current.sustains == value:
            return False
        edited = with_decision(objection, value, chamber)
        objections = replace_objection(self._session.scenario.count, edited)
        self._session.push(SetCount(objections, "vote", objection.state))
        return True
