"""The contingent election as Qt models: one row per state for the House and for the Senate.

A ``ContingentTracker`` recomputes the election in Congress after every tally; the two table
models show it, emit ``dataChanged`` for the rows that changed, and turn an edited vote into an
undoable ``SetCongressVote``.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from gui.domain.commands import SetCongressVote
from gui.domain.contingent import ContingentResult, contingent_for
from gui.domain.contingent.house import Why
from gui.domain.contingent.rules import ABSTAIN, DIVIDED, voting_states
from gui.domain.i18n import QT_TRANSLATE_NOOP, translate
from gui.present.contingent import (
    delegation_label,
    senators_detail,
    senators_label,
    senators_votes_label,
    state_vote_detail,
    state_vote_label,
)
from gui.qt.session import ScenarioSession, SessionChange

Index = QModelIndex | QPersistentModelIndex
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 20  # [(label, value)], value None = back to the party vote
BY_PARTY = QT_TRANSLATE_NOOP("congress_models", "By party (default)")
# The words a hand-set vote can be besides a candidate, as the reader says them.
KEEP_WORDS = {
    DIVIDED: QT_TRANSLATE_NOOP("congress_models", "divided"),
    ABSTAIN: QT_TRANSLATE_NOOP("congress_models", "abstain"),
}


class ContingentTracker(QObject):
    """The election in Congress, kept with the session's tally.

    ``live`` says whether anyone shows it now (its panel's ``isVisible``): while not, a change
    only marks the result stale, so a toggle does not pay for a page nobody sees; ``catch_up()``
    (on show) recomputes it and emits once. ``result`` is always current when read.
    """

    contingent_changed = Signal(object)  # ContingentResult

    def __init__(
        self,
        session: ScenarioSession,
        parent: QObject | None = None,
        *,
        live: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._live = live
        self._result = contingent_for(session.scenario, session.tally)
        self._stale = False  # the result is behind the session
        self._unsent = False  # a change not yet emitted
        # A bound method, not a lambda: the connection ends when the tracker is deleted.
        session.changed.connect(self._on_changed)

    @property
    def result(self) -> ContingentResult:
        if self._stale:
            self._stale = False
            self._result = contingent_for(self._session.scenario, self._session.tally)
        return self._result

    def _on_changed(self, _change: SessionChange) -> None:
        self._stale = True
        if not self._live():
            self._unsent = True
            return
        self._unsent = False
        self.contingent_changed.emit(self.result)

    def catch_up(self) -> None:
        """Emit the changes made while nobody showed the result."""
        if self._unsent:
            self._unsent = False
            self.contingent_changed.emit(self.result)


class Col(IntEnum):
    STATE = 0
    MEMBERS = 1
    VOTE = 2
    WHY = 3


class _ChamberModel(QAbstractTableModel):
    chamber = ""
    headers: tuple[str, ...] = ()
    keep_word = ""

    def __init__(self, session: ScenarioSession, tracker: ContingentTracker) -> None:
        super().__init__(tracker)
        self._session = session
        self._tracker = tracker
        self._states = self._voting_states()
        self._shown = [self._row(code) for code in self._states]
        tracker.contingent_changed.connect(self._on_changed)

    def _voting_states(self) -> list[str]:
        return voting_states(self._session.scenario.election)

    def _reset(self) -> None:
        self.beginResetModel()
        self._states = self._voting_states()
        self._shown = [self._row(code) for code in self._states]
        self.endResetModel()

    def _on_changed(self, _result: ContingentResult) -> None:
        if self._states != self._voting_states():  # another election: other states
            self._reset()
            return
        for row, code in enumerate(self._states):
            shown = self._row(code)
            if shown != self._shown[row]:
                self._shown[row] = shown
                self.dataChanged.emit(self.index(row, Col.MEMBERS), self.index(row, Col.WHY))

    def _row(self, code: str) -> tuple[str, str, str, bool]:
        raise NotImplementedError

    def _needed(self) -> bool:
        raise NotImplementedError

    def _eligible(self) -> tuple[str, ...]:
        raise NotImplementedError

    def _hand_set(self) -> dict[str, str]:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._states)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Col)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (
                translate("congress_models", self.headers[section])
                if 0 <= section < len(self.headers)
                else None
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == Col.VOTE and self._needed():
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        code = self._states[index.row()]
        members, vote, why, hand_set = self._shown[index.row()]
        column = Col(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return (code, members, vote, why)[column]
        if role == Qt.ItemDataRole.EditRole and column == Col.VOTE:
            return self._hand_set().get(code)
        if role == CHOICES_ROLE and column == Col.VOTE:
            return [
                (translate("congress_models", BY_PARTY), None),
                *((name, name) for name in self._eligible()),
                (translate("congress_models", KEEP_WORDS[self.keep_word]), self.keep_word),
            ]
        if role == Qt.ItemDataRole.FontRole and column == Col.VOTE and hand_set:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == Col.VOTE:
            return translate(
                "congress_models", "Set by hand (bold) or by the party make-up; F2 or double-click to change"
            )
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        allowed = {None, self.keep_word, *self._eligible()}
        if value not in allowed:
            return False
        code = self._states[index.row()]
        if self._hand_set().get(code) == value:
            return False
        self._session.push(SetCongressVote(self.chamber, code, value))
        return True


class HouseModel(_ChamberModel):
    chamber = "house"
    headers = (
        QT_TRANSLATE_NOOP("congress_models", "State"),
        QT_TRANSLATE_NOOP("congress_models", "Delegation"),
        QT_TRANSLATE_NOOP("congress_models", "Vote"),
        QT_TRANSLATE_NOOP("congress_models", "Why"),
    )
    keep_word = DIVIDED

    def _needed(self) -> bool:
        return self._tracker.result.house.needed

    def _eligible(self) -> tuple[str, ...]:
        return self._tracker.result.house.eligible

    def _hand_set(self) -> dict[str, str]:
        return self._session.scenario.house_votes

    def _row(self, code: str) -> tuple[str, str, str, bool]:
        house = self._tracker.result.house
        body = house.body
        members = delegation_label(body.data.house.get(code) if body else None)
        if not house.needed:
            return (members, "—", "", False)
        state = house.state(code)
        return (members, state_vote_label(state), state_vote_detail(state), state.reason is Why.OVERRIDE)


class SenateModel(_ChamberModel):
    chamber = "senate"
    headers = (
        QT_TRANSLATE_NOOP("congress_models", "State"),
        QT_TRANSLATE_NOOP("congress_models", "Senators"),
        QT_TRANSLATE_NOOP("congress_models", "Votes"),
        QT_TRANSLATE_NOOP("congress_models", "Why"),
    )
    keep_word = ABSTAIN

    def _needed(self) -> bool:
        return self._tracker.result.senate.needed

    def _eligible(self) -> tuple[str, ...]:
        return self._tracker.result.senate.eligible

    def _hand_set(self) -> dict[str, str]:
        return self._session.scenario.senate_votes

    def _row(self, code: str) -> tuple[str, str, str, bool]:
        senate = self._tracker.result.senate
        body = senate.body
        members = senators_label(body.data.senate.get(code, ()) if body else ())
        if not senate.needed:
            return (members, "—", "", False)
        state = senate.state(code)
        return (members, senators_votes_label(state), senators_detail(state), state.reason is Why.OVERRIDE)
