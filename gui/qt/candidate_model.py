"""The people in the scenario — candidates and anyone who received votes — with their totals.

Rows keep the order in which people first appeared (a sort proxy orders them by votes), so a
change of totals is a ``dataChanged`` and a newly named person an inserted row.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from gui.domain.commands import RenameCandidate, SetCandidateColor
from gui.domain.i18n import QT_TRANSLATE_NOOP, translate
from gui.domain.identifiers import InputError, clean_name
from gui.domain.scenario import Office
from gui.domain.tally import Tally, votes_needed
from gui.qt.session import ScenarioSession, SessionChange

Index = QModelIndex | QPersistentModelIndex


class CandidateColumn(IntEnum):
    NAME = 0
    PARTY = 1
    PRESIDENT = 2
    VICE_PRESIDENT = 3


HEADERS = (  # English here; shown through translate("candidates", ...)
    QT_TRANSLATE_NOOP("candidates", "Candidate"),
    QT_TRANSLATE_NOOP("candidates", "Party"),
    QT_TRANSLATE_NOOP("candidates", "President"),
    QT_TRANSLATE_NOOP("candidates", "Vice President"),
)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class CandidateModel(QAbstractTableModel):
    def __init__(self, session: ScenarioSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._names: list[str] = []
        self._shown: dict[str, tuple[int, int, str]] = {}
        self._names = self._wanted_names(session.tally)
        self._shown = {n: self._row_state(n, session.tally) for n in self._names}
        session.changed.connect(self._on_changed)

    def _wanted_names(self, result: Tally) -> list[str]:
        scenario = self._session.scenario
        names = [*self._names]
        for name in [*scenario.candidate_names(), *result.president.votes, *result.vice_president.votes]:
            if name not in names:
                names.append(name)
        keep = (
            set(scenario.candidate_names()) | set(result.president.votes) | set(result.vice_president.votes)
        )
        return [n for n in names if n in keep]

    def _row_state(self, name: str, result: Tally) -> tuple[int, int, str]:
        return (
            result.president.votes.get(name, 0),
            result.vice_president.votes.get(name, 0),
            self._session.scenario.color(name),
        )

    def _reset(self) -> None:
        self.beginResetModel()
        self._names = []
        self._names = self._wanted_names(self._session.tally)
        self._shown = {n: self._row_state(n, self._session.tally) for n in self._names}
        self.endResetModel()

    def _on_changed(self, change: SessionChange) -> None:
        if change.rebuild:
            self._reset()
        else:
            self._on_tally(change.tally)

    def _on_tally(self, result: Tally) -> None:
        wanted = self._wanted_names(result)
        for row in reversed(range(len(self._names))):
            if self._names[row] not in wanted:
                self.beginRemoveRows(QModelIndex(), row, row)
                self._shown.pop(self._names.pop(row))
                self.endRemoveRows()
        for name in wanted:
            if name not in self._shown:
                row = len(self._names)
                self.beginInsertRows(QModelIndex(), row, row)
                self._names.append(name)
                self._shown[name] = self._row_state(name, result)
                self.endInsertRows()
        for row, name in enumerate(self._names):
            state = self._row_state(name, result)
            if state != self._shown[name]:
                self._shown[name] = state
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def name_at(self, row: int) -> str:
        return self._names[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._names)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < 4
        ):
            return translate("candidates", HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        added = {c.name for c in self._session.scenario.added_candidates}
        if index.column() == CandidateColumn.NAME and self._names[index.row()] in added:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        name = self._names[index.row()]
        president, vice_president, color = self._shown[name]
        column = CandidateColumn(index.column())
        result = self._session.tally
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, SORT_ROLE):
            if column == CandidateColumn.NAME:
                return name
            if column == CandidateColumn.PARTY:
                return self._session.scenario.party_of(name)
            votes = president if column == CandidateColumn.PRESIDENT else vice_president
            return votes if role == SORT_ROLE else str(votes)
        if role == Qt.ItemDataRole.DecorationRole and column == CandidateColumn.NAME:
            return QColor(color)
        if role == Qt.ItemDataRole.ToolTipRole and column in (
            CandidateColumn.PRESIDENT,
            CandidateColumn.VICE_PRESIDENT,
        ):
            office = Office.PRESIDENT if column == CandidateColumn.PRESIDENT else Office.VICE_PRESIDENT
            votes = president if office is Office.PRESIDENT else vice_president
            missing = votes_needed(votes, result.majority)
            if missing:
                text = translate("candidates", "{votes} of {majority} needed: {missing} short")
            else:
                text = translate("candidates", "{votes} of {majority} needed: {spare} to spare")
            return text.format(
                votes=votes, majority=result.majority, missing=missing, spare=votes - result.majority
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= CandidateColumn.PRESIDENT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or role != Qt.ItemDataRole.EditRole
            or not self.flags(index) & Qt.ItemFlag.ItemIsEditable
        ):
            return False
        old = self._names[index.row()]
        try:
            new = clean_name(str(value))
        except InputError:
            return False
        if new == old or new in self._session.scenario.candidate_names():
            return False
        # The tally update that follows removes the old name's row and inserts the new one.
        self._session.push(RenameCandidate(old, new))
        return True

    def recolor(self, row: int, color: QColor) -> None:
        self._session.push(SetCandidateColor(self._names[row], color.name()))
