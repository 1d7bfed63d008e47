"""States → (districts) → electors, as a Qt tree model over the open scenario.

The model never changes the scenario itself: ``setData`` turns an edit into a domain command
(gui.domain.cycling says which) and pushes it on the session's undo stack. When the scenario
changes, it emits ``dataChanged`` for exactly the rows (and their parents) whose electors
changed. What each cell says comes from gui.present.tree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from gui.domain.colors import rating_shade
from gui.domain.cycling import NOT_CALLED, assign_unit, cycle_unit, cycle_vote, set_vote
from gui.domain.forecast import Rating, rate_unit, rating_of
from gui.domain.identifiers import InputError
from gui.domain.ratings import Level
from gui.domain.scenario import ABSENT, BLANK, FAITHFUL, Office, Vote
from gui.present import tree
from gui.present.blocks import text_html
from gui.present.forecast import rating_text
from gui.present.labels import runs
from gui.present.tree import OFFICE_OF_COLUMN, Column
from gui.qt.session import ScenarioSession, SessionChange

Index = QModelIndex | QPersistentModelIndex
FAITHLESS_BACKGROUND = QColor("#FFF1C2")  # a faithless or blank vote stands out in the list
__all__ = ["NOT_CALLED_EDIT", "OFFICE_OF_COLUMN", "Column", "ElectorTreeModel", "Role"]


class Role(IntEnum):
    KIND = Qt.ItemDataRole.UserRole + 1  # "state" | "unit" | "elector"
    UNIT_ID = Qt.ItemDataRole.UserRole + 2
    ELECTOR = Qt.ItemDataRole.UserRole + 3  # elector index
    FAITHLESS = Qt.ItemDataRole.UserRole + 4  # the elector was given a vote of their own
    SORT = Qt.ItemDataRole.UserRole + 5
    STATE = Qt.ItemDataRole.UserRole + 6  # postal code, for filtering


# Edits through setData: ("faithful",), ("blank",), ("absent",) or ("person", name) for a vote; a
# name, or NOT_CALLED_EDIT (nobody has carried it yet), for a unit.
NOT_CALLED_EDIT = ("not called",)


def unit_to_edit(president: str) -> str | tuple[str]:
    return president or NOT_CALLED_EDIT


def rating_to_edit(rating: Rating) -> tuple[str, str, str]:
    """A forecast's rating as a unit's picker holds it."""
    return ("rating", rating.level.value, rating.side)


def vote_to_edit(vote: Vote) -> tuple[str, ...]:
    if vote is FAITHFUL:
        return ("faithful",)
    if vote is ABSENT:
        return ("absent",)
    return ("blank",) if vote == BLANK else ("person", vote)


def edit_to_vote(value: Any) -> Vote:
    if isinstance(value, tuple) and value[:1] == ("faithful",):
        return FAITHFUL
    if isinstance(value, tuple) and value[:1] == ("blank",):
        return BLANK
    if isinstance(value, tuple) and value[:1] == ("absent",):
        return ABSENT
    if isinstance(value, tuple) and len(value) == 2 and value[0] == "person":
        return str(value[1])
    raise ValueError(f"not a vote: {value!r}")


@dataclass(eq=False)
class Node:
    kind: str
    key: str | int
    parent: Node | None
    row: int
    children: list[Node] = field(default_factory=list)


class ElectorTreeModel(QAbstractItemModel):
    def __init__(self, session: ScenarioSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._roots: list[Node] = []
        self._elector_nodes: dict[int, Node] = {}
        self._build()
        session.changed.connect(self._on_changed)

    # --- structure -----------------------------------------------------------------------------

    def _build(self) -> None:
        election = self._session.scenario.election
        self._roots = []
        self._elector_nodes = {}
        for row, state in enumerate(election.states):
            node = Node("state", state.code, None, row)
            self._roots.append(node)
            if len(state.units) == 1:
                self._add_electors(node, election.unit(state.units[0]).electors)
            else:
                for unit_row, unit_id in enumerate(state.units):
                    unit_node = Node("unit", unit_id, node, unit_row)
                    node.children.append(unit_node)
                    self._add_electors(unit_node, election.unit(unit_id).electors)

    def _add_electors(self, parent: Node, electors: tuple[int, ...]) -> None:
        for row, index in enumerate(electors):
            child = Node("elector", index, parent, row)
            parent.children.append(child)
            self._elector_nodes[index] = child

    def _node(self, index: Index) -> Node | None:
        return index.internalPointer() if index.isValid() else None

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        siblings = self._roots if not parent.isValid() else self._node(parent).children  # type: ignore[union-attr]
        return self.createIndex(row, column, siblings[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        node = self._node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._roots)
        if parent.column() != 0:
            return 0
        return len(self._node(parent).children)  # type: ignore[union-attr]

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tree.column_title(Column(section), self._session.scenario.election.pre_12th_amendment)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tree.column_tip(Column(section))
        return None

    def index_of_state(self, code: str) -> QModelIndex:
        for node in self._roots:
            if node.key == code:
                return self.createIndex(node.row, 0, node)
        return QModelIndex()

    def index_of_unit(self, unit_id: str) -> QModelIndex:
        state = self.index_of_state(unit_id.split("-")[0])
        node = self._node(state)
        if node is None or node.key == unit_id:
            return state
        for child in node.children:
            if child.kind == "unit" and child.key == unit_id:
                return self.createIndex(child.row, 0, child)
        return state  # a state with one unit: the unit is the state row

    def index_of_elector(self, elector: int) -> QModelIndex:
        node = self._elector_nodes.get(elector)
        return self.createIndex(node.row, 0, node) if node else QModelIndex()

    # --- data ----------------------------------------------------------------------------------

    def _unit_of(self, node: Node) -> str | None:
        """The unit a state or unit row stands for (None for a state split into districts)."""
        if node.kind == "unit":
            return str(node.key)
        if node.kind == "state":
            units = self._session.scenario.election.state(str(node.key)).units
            return units[0] if len(units) == 1 else None
        return None

    def _electors_of(self, node: Node) -> list[int]:
        if node.kind == "elector":
            return [int(node.key)]
        return [i for child in node.children for i in self._electors_of(child)]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        node = self._node(index)
        column = Column(index.column())
        editable = (node.kind == "elector" and column in OFFICE_OF_COLUMN) or (
            node.kind != "elector"
            and column == Column.CARRIED_BY
            and self._unit_of(node) is not None
            and self._electors_of(node)
        )
        if editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        if node is None:
            return None
        column = Column(index.column())
        if node.kind == "elector":
            value = self._elector_data(int(node.key), column, role)
        else:
            value = self._group_data(node, column, role)
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(value, str) and value:
            return text_html(value)  # Qt guesses tooltips' format: names must never be markup
        return value

    def _group_data(self, node: Node, column: Column, role: int) -> Any:
        scenario = self._session.scenario
        electors = self._electors_of(node)
        if role == Role.KIND:
            return node.kind
        if role == Role.STATE:
            return str(node.key).split("-")[0]
        if role == Role.UNIT_ID:
            return self._unit_of(node) or ""
        if role == Role.ELECTOR:
            return -1
        if role == Role.FAITHLESS:
            return any(scenario.has_own_vote(i, o) for i in electors for o in Office)
        if column == Column.NAME:
            key = str(node.key)
            if node.kind == "unit":
                if role == Qt.ItemDataRole.DisplayRole:
                    return tree.unit_title(scenario, key)
                return tree.unit_tooltip(scenario, key) if role == Qt.ItemDataRole.ToolTipRole else None
            if role == Qt.ItemDataRole.DisplayRole:
                return tree.state_title(scenario, key)
            if role == Qt.ItemDataRole.ToolTipRole:
                return tree.state_tooltip(scenario, key)
            if role == Role.SORT:
                return scenario.election.state(key).name
            return None
        if column == Column.ELECTORS:
            if role in (Qt.ItemDataRole.DisplayRole, Role.SORT):
                return sum(1 for i in electors if scenario.in_base(i))
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.ToolTipRole and node.kind == "state":
                return tree.state_tooltip(scenario, str(node.key))
            return None
        if column == Column.CARRIED_BY:
            unit_id = self._unit_of(node)
            rating = rating_of(scenario, unit_id) if unit_id else None
            if rating is not None and role == Qt.ItemDataRole.DisplayRole:  # a forecast
                return rating_text(rating)
            if rating is not None and role == Qt.ItemDataRole.DecorationRole:  # its shade, as on the map
                return QColor(rating_shade(scenario.color(rating.side), rating.level.value))
            if role == Qt.ItemDataRole.DisplayRole:
                return tree.carried_text(scenario, electors)
            if role in (Qt.ItemDataRole.EditRole, Qt.ItemDataRole.DecorationRole):
                shares = tree.carried_leader(scenario, electors)
                if role == Qt.ItemDataRole.EditRole:
                    return unit_to_edit(shares)
                return QColor(scenario.color(shares)) if any(scenario.in_base(i) for i in electors) else None
            if role == Qt.ItemDataRole.ToolTipRole:
                return tree.carried_tooltip()
            return None
        office = OFFICE_OF_COLUMN[column]
        if role == Qt.ItemDataRole.BackgroundRole and any(scenario.has_own_vote(i, office) for i in electors):
            return FAITHLESS_BACKGROUND
        if role == Qt.ItemDataRole.DisplayRole and electors:
            return tree.group_votes_text(scenario, electors, office)
        return None

    def _elector_data(self, elector: int, column: Column, role: int) -> Any:
        scenario = self._session.scenario
        seat = scenario.election.electors[elector]
        if role == Role.KIND:
            return "elector"
        if role == Role.ELECTOR:
            return elector
        if role == Role.STATE:
            return seat.state
        if role == Role.UNIT_ID:
            return seat.unit
        if role == Role.FAITHLESS:
            return any(scenario.has_own_vote(elector, o) for o in Office)
        if column == Column.NAME:
            if role == Qt.ItemDataRole.DisplayRole:
                return tree.elector_title(scenario, seat)
            if role == Qt.ItemDataRole.ToolTipRole:
                return tree.elector_tooltip(scenario, seat)
            if role == Role.SORT:
                return seat.number
            return None
        if column == Column.ELECTORS:
            return 1 if role == Role.SORT else None
        if column == Column.CARRIED_BY:
            pledge = scenario.pledge(elector)
            if role == Qt.ItemDataRole.DisplayRole:
                return tree.elector_pledge_text(scenario, seat)
            if role == Qt.ItemDataRole.DecorationRole:
                return QColor(scenario.color(pledge.president))
            if role == Qt.ItemDataRole.ToolTipRole:
                return tree.pledge_tooltip(scenario, seat)
            if role == Qt.ItemDataRole.FontRole and not seat.pairing_recorded:
                font = QFont()
                font.setItalic(True)  # one pairing of several the counts allow
                return font
            return None
        office = OFFICE_OF_COLUMN[column]
        vote = scenario.vote(elector, office)
        cast = scenario.cast(elector, office)
        if role == Qt.ItemDataRole.DisplayRole:
            return tree.vote_text(scenario, elector, office)
        if role == Qt.ItemDataRole.EditRole:
            return vote_to_edit(vote)
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(scenario.color(cast)) if cast else QColor("white")
        if role == Qt.ItemDataRole.BackgroundRole and vote is not FAITHFUL:
            return FAITHLESS_BACKGROUND
        if role == Qt.ItemDataRole.FontRole and vote is not FAITHFUL:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return tree.vote_tooltip(scenario, elector, office)
        return None

    # --- editing (through undoable commands) ---------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        node = self._node(index)
        if (
            node is None
            or role != Qt.ItemDataRole.EditRole
            or not self.flags(index) & Qt.ItemFlag.ItemIsEditable
        ):
            return False
        scenario = self._session.scenario
        column = Column(index.column())
        if node.kind == "elector":
            try:
                vote = edit_to_vote(value)
            except ValueError:
                return False
            try:
                command = set_vote(scenario, int(node.key), OFFICE_OF_COLUMN[column], vote)
            except InputError:  # before 1804: the same person twice (the view says why)
                return False
        else:
            unit_id = self._unit_of(node)
            if isinstance(value, tuple) and len(value) == 3 and value[0] == "rating" and unit_id:
                command = rate_unit(scenario, unit_id, Rating(Level(value[1]), value[2]))
                if command is None:
                    return False
                self._session.push(command)
                return True
            if value == NOT_CALLED_EDIT:
                value = NOT_CALLED
            elif not isinstance(value, str) or not value.strip():
                return False
            if unit_id is None:
                return False
            command = assign_unit(scenario, unit_id, value.strip())
        if command is None:
            return False
        self._session.push(command)
        return True

    def cycle(self, index: Index, *, reverse: bool = False) -> bool:
        """Space bar / click: the next choice for a unit's winner or an elector's vote
        (``reverse``: the one before)."""
        node = self._node(index)
        if node is None or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        scenario = self._session.scenario
        if node.kind == "elector":
            office = OFFICE_OF_COLUMN.get(Column(index.column()), Office.PRESIDENT)
            self._session.push(cycle_vote(scenario, int(node.key), office, reverse=reverse))
            return True
        unit_id = self._unit_of(node)
        command = cycle_unit(scenario, unit_id, reverse=reverse) if unit_id is not None else None
        if command is None:
            return False
        self._session.push(command)
        return True

    # --- change notification -------------------------------------------------------------------

    def _on_changed(self, change: SessionChange) -> None:
        if change.rebuild:
            self.beginResetModel()
            self._build()
            self.endResetModel()
            return
        roles = [
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.DecorationRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ToolTipRole,
            Role.FAITHLESS,
        ]
        rows_by_parent: dict[Node | None, set[int]] = {}
        for elector in change.electors:
            node: Node | None = self._elector_nodes.get(elector)
            while node is not None:
                rows_by_parent.setdefault(node.parent, set()).add(node.row)
                node = node.parent
        for parent, rows in rows_by_parent.items():
            parent_index = QModelIndex() if parent is None else self.createIndex(parent.row, 0, parent)
            for first, last in runs(rows):
                self.dataChanged.emit(
                    self.index(first, Column.NAME, parent_index),
                    self.index(last, Column.VICE_PRESIDENT, parent_index),
                    roles,
                )
