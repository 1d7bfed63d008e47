"""States → (districts) → electors, as a Qt tree model over the open scenario.

The model never changes the scenario itself: ``setData`` turns an edit into a domain command
and pushes it on the session's undo stack. When the scenario changes, it emits ``dataChanged``
for exactly the rows (and their parents) whose electors changed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from gui.domain.catalog import Ticket
from gui.domain.commands import AssignUnit, SetElectorVote
from gui.domain.cycling import next_unit_ticket, next_vote
from gui.domain.i18n import QT_TRANSLATE_NOOP, translate
from gui.domain.pledge_laws import describe
from gui.domain.scenario import BLANK, FAITHFUL, Office, Vote
from gui.qt.labels import data_text, ticket_label, unit_name, unit_part
from gui.qt.session import ScenarioSession

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    ELECTORS = 1
    CARRIED_BY = 2
    PRESIDENT = 3
    VICE_PRESIDENT = 4


# English here; shown through translate("elector_tree", ...).
HEADERS = {
    Column.NAME: QT_TRANSLATE_NOOP("elector_tree", "State / elector"),
    Column.ELECTORS: QT_TRANSLATE_NOOP("elector_tree", "Electors"),
    Column.CARRIED_BY: QT_TRANSLATE_NOOP("elector_tree", "Carried by / pledged to"),
    Column.PRESIDENT: QT_TRANSLATE_NOOP("elector_tree", "Vote for President"),
    Column.VICE_PRESIDENT: QT_TRANSLATE_NOOP("elector_tree", "Vote for Vice President"),
}
PRE_12TH_HEADERS = {  # 1789-1800: each elector cast two votes for President
    Column.CARRIED_BY: QT_TRANSLATE_NOOP("elector_tree", "Pledged to"),
    Column.PRESIDENT: QT_TRANSLATE_NOOP("elector_tree", "First vote"),
    Column.VICE_PRESIDENT: QT_TRANSLATE_NOOP("elector_tree", "Second vote"),
}
HEADER_TIPS = {
    Column.ELECTORS: QT_TRANSLATE_NOOP(
        "elector_tree", "Electors appointed. A blank ballot still counts as appointed."
    ),
    Column.CARRIED_BY: QT_TRANSLATE_NOOP(
        "elector_tree",
        "The ticket that won the state's (or district's) popular vote; its electors are pledged to it.",
    ),
    Column.PRESIDENT: QT_TRANSLATE_NOOP(
        "elector_tree",
        "How the elector actually voted. A faithless elector votes for someone other than the pledge.",
    ),
    Column.VICE_PRESIDENT: QT_TRANSLATE_NOOP(
        "elector_tree", "Since the 12th Amendment (1804) electors cast a separate ballot for Vice President."
    ),
}
OFFICE_OF_COLUMN = {Column.PRESIDENT: Office.PRESIDENT, Column.VICE_PRESIDENT: Office.VICE_PRESIDENT}
FAITHLESS_BACKGROUND = QColor("#FFF1C2")  # a faithless or blank vote stands out in the list


class Role(IntEnum):
    KIND = Qt.ItemDataRole.UserRole + 1  # "state" | "unit" | "elector"
    UNIT_ID = Qt.ItemDataRole.UserRole + 2
    ELECTOR = Qt.ItemDataRole.UserRole + 3  # elector index
    FAITHLESS = Qt.ItemDataRole.UserRole + 4
    SORT = Qt.ItemDataRole.UserRole + 5
    STATE = Qt.ItemDataRole.UserRole + 6  # postal code, for filtering


# Edits through setData: ("faithful",), ("blank",) or ("person", name) for a vote; a name for a unit.
def vote_to_edit(vote: Vote) -> tuple[str, ...]:
    if vote is FAITHFUL:
        return ("faithful",)
    return ("blank",) if vote == BLANK else ("person", vote)


def edit_to_vote(value: Any) -> Vote:
    if isinstance(value, tuple) and value[:1] == ("faithful",):
        return FAITHFUL
    if isinstance(value, tuple) and value[:1] == ("blank",):
        return BLANK
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
    def __init__(self, session: ScenarioSession) -> None:
        super().__init__(session)
        self._session = session
        self._roots: list[Node] = []
        self._elector_nodes: dict[int, Node] = {}
        self._build()
        session.scenario_replaced.connect(self._reset)
        session.electors_changed.connect(self._on_electors_changed)

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

    def _reset(self) -> None:
        self.beginResetModel()
        self._build()
        self.endResetModel()

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
            if self._pre_12th() and section in PRE_12TH_HEADERS:
                return translate("elector_tree", PRE_12TH_HEADERS[Column(section)])
            return translate("elector_tree", HEADERS[Column(section)])
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = HEADER_TIPS.get(Column(section))
            return translate("elector_tree", tip) if tip else None
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

    def _pre_12th(self) -> bool:
        return self._session.scenario.election.pre_12th_amendment

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        if node is None:
            return None
        column = Column(index.column())
        if node.kind == "elector":
            return self._elector_data(int(node.key), column, role)
        return self._group_data(node, column, role)

    def _group_data(self, node: Node, column: Column, role: int) -> Any:
        scenario = self._session.scenario
        election = scenario.election
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
            return any(scenario.is_faithless(i, o) for i in electors for o in Office)
        if column == Column.NAME:
            if node.kind == "unit":
                if role == Qt.ItemDataRole.DisplayRole:
                    return f"{node.key}  {unit_part(election, str(node.key))}"
                return unit_name(election, str(node.key)) if role == Qt.ItemDataRole.ToolTipRole else None
            state = election.state(str(node.key))
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{state.name} ({state.code})"
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._state_tooltip(state.code)
            if role == Role.SORT:
                return state.name
            return None
        if column == Column.ELECTORS:
            if role in (Qt.ItemDataRole.DisplayRole, Role.SORT):
                return len(electors)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.ToolTipRole and node.kind == "state":
                state = election.state(str(node.key))
                return self._state_tooltip(state.code)
            return None
        if column == Column.CARRIED_BY:
            pledges = Counter(scenario.pledge(i).president for i in electors)
            leader = pledges.most_common(1)[0][0] if pledges else ""
            if role == Qt.ItemDataRole.DisplayRole:
                if not electors:
                    return translate("elector_tree", "did not vote")
                tickets = Counter(self._pledge_text(scenario.pledge(i)) for i in electors)
                if len(tickets) == 1:
                    return next(iter(tickets))
                return translate("elector_tree", "split: {counts}").format(
                    counts=", ".join(f"{n} {text}" for text, n in tickets.most_common())
                )
            if role == Qt.ItemDataRole.EditRole:
                return leader
            if role == Qt.ItemDataRole.DecorationRole and electors:
                return QColor(scenario.color(leader))
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate(
                    "elector_tree",
                    "The ticket that carried it. Click (or press Space) to change who carried it.",
                )
            return None
        office = OFFICE_OF_COLUMN[column]
        if role == Qt.ItemDataRole.BackgroundRole and any(scenario.is_faithless(i, office) for i in electors):
            return FAITHLESS_BACKGROUND
        if role == Qt.ItemDataRole.DisplayRole and electors:
            counts = Counter(self._ballot_text(i, office) for i in electors)
            return ", ".join(f"{n} {text}" for text, n in counts.most_common())
        return None

    def _ballot_text(self, elector: int, office: Office) -> str:
        scenario = self._session.scenario
        name = scenario.cast(elector, office)
        if name:
            return name
        undecided = scenario.pledge(elector).is_empty and not scenario.is_faithless(elector, office)
        return translate("elector_tree", "undecided") if undecided else translate("elector_tree", "blank")

    def _pledge_text(self, pledge: Ticket) -> str:
        """A unit's winner: the president, or before 1804 the two names an elector voted for."""
        if pledge.is_empty:
            return translate("elector_tree", "undecided")
        if self._pre_12th():
            return " & ".join(filter(None, (pledge.president, pledge.vice_president)))
        return pledge.president

    def _state_tooltip(self, code: str) -> str:
        state = self._session.scenario.election.state(code)
        lines = [
            translate("elector_tree", "{state}: {appointed} electors appointed ({allotted} allotted)").format(
                state=state.name, appointed=state.appointed, allotted=state.allotted
            )
        ]
        if state.note:
            lines.append(data_text(state.note))
        return "\n".join(lines)

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
            return any(scenario.is_faithless(elector, o) for o in Office)
        if column == Column.NAME:
            if role == Qt.ItemDataRole.DisplayRole:
                if seat.name:
                    return f"{seat.id}  {seat.name}"
                return f"{seat.id}  " + translate("elector_tree", "Elector {number}").format(
                    number=seat.number
                )
            if role == Qt.ItemDataRole.ToolTipRole:
                title = seat.name or translate("elector_tree", "Elector {number} of {state}").format(
                    number=seat.number, state=seat.state
                )
                return "\n".join(filter(None, [title, data_text(seat.note)]))
            if role == Role.SORT:
                return seat.number
            return None
        if column == Column.ELECTORS:
            return 1 if role == Role.SORT else None
        if column == Column.CARRIED_BY:
            pledge = scenario.pledge(elector)
            if role == Qt.ItemDataRole.DisplayRole:
                return self._pledge_text(pledge)
            if role == Qt.ItemDataRole.DecorationRole:
                return QColor(scenario.color(pledge.president))
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate(
                    "elector_tree", "Pledged to {ticket}: the ticket that carried the unit."
                ).format(ticket=ticket_label(pledge))
            return None
        office = OFFICE_OF_COLUMN[column]
        vote = scenario.vote(elector, office)
        cast = scenario.cast(elector, office)
        voided = scenario.is_voided(elector, office)
        if role == Qt.ItemDataRole.DisplayRole:
            if voided:
                return translate("elector_tree", "{vote} voided by state law → {cast}").format(
                    vote=vote or translate("elector_tree", "blank"), cast=cast
                )
            if vote is FAITHFUL:
                if not cast:
                    return translate("elector_tree", "undecided")
                return translate("elector_tree", "{name} (as pledged)").format(name=cast)
            if not cast:
                return translate("elector_tree", "blank ballot")
            return translate("elector_tree", "{name} — faithless").format(name=cast)
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
            return self._vote_tooltip(elector, office)
        return None

    def _vote_tooltip(self, elector: int, office: Office) -> str:
        scenario = self._session.scenario
        seat = scenario.election.electors[elector]
        vote = scenario.vote(elector, office)
        lines = []
        if vote is FAITHFUL:
            lines.append(translate("elector_tree", "Faithful: votes as pledged."))
        elif vote == BLANK:
            lines.append(
                translate("elector_tree", "Blank ballot: counts as appointed but gives no one a vote.")
            )
        else:
            lines.append(
                translate(
                    "elector_tree",
                    "Faithless: votes for someone other than the ticket the elector is pledged to.",
                )
            )
        if scenario.is_voided(elector, office):
            lines.append(
                translate("elector_tree", "State law: {law}.").format(
                    law=describe(scenario.election.year, seat.state)
                )
            )
            lines.append(
                translate("elector_tree", "The elector is replaced and the replacement votes as pledged.")
            )
        if seat.attempted:
            lines.append(
                translate(
                    "elector_tree", "In the record: {elector} tried to vote for {name}; state law voided it."
                ).format(elector=seat.attempted_by, name=seat.attempted)
            )
        lines.append(
            translate("elector_tree", "Space: next choice · F2 or double-click: pick or type a name")
        )
        return "\n".join(lines)

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
            elector, office = int(node.key), OFFICE_OF_COLUMN[column]
            if vote == scenario.vote(elector, office):
                return False
            self._session.push(SetElectorVote(elector, office, vote))
            return True
        unit_id = self._unit_of(node)
        if unit_id is None or not isinstance(value, str) or not value.strip():
            return False
        ticket = scenario.ticket_for(value.strip())
        if scenario.unit_winner(unit_id) == ticket:
            return False
        self._session.push(AssignUnit(unit_id, ticket))
        return True

    def cycle(self, index: Index) -> bool:
        """Space bar / click: the next choice for a unit's winner or an elector's vote."""
        node = self._node(index)
        if node is None or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        scenario = self._session.scenario
        if node.kind == "elector":
            office = OFFICE_OF_COLUMN.get(Column(index.column()), Office.PRESIDENT)
            self._session.push(
                SetElectorVote(int(node.key), office, next_vote(scenario, int(node.key), office))
            )
            return True
        unit_id = self._unit_of(node)
        if unit_id is None:
            return False
        self._session.push(AssignUnit(unit_id, next_unit_ticket(scenario, unit_id)))
        return True

    # --- change notification -------------------------------------------------------------------

    def _on_electors_changed(self, electors: frozenset[int]) -> None:
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
        for elector in electors:
            node: Node | None = self._elector_nodes.get(elector)
            while node is not None:
                rows_by_parent.setdefault(node.parent, set()).add(node.row)
                node = node.parent
        for parent, rows in rows_by_parent.items():
            parent_index = QModelIndex() if parent is None else self.createIndex(parent.row, 0, parent)
            for first, last in _runs(sorted(rows)):
                self.dataChanged.emit(
                    self.index(first, Column.CARRIED_BY, parent_index),
                    self.index(last, Column.VICE_PRESIDENT, parent_index),
                    roles,
                )


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Consecutive runs: [1, 2, 3, 7] -> [(1, 3), (7, 7)]."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
