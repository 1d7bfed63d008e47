"""The state/elector tree: a QTreeView with a picker for winners and votes, Space to cycle."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QMenu,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from gui.domain.constitution import check_two_persons
from gui.domain.cycling import unit_choices, vote_choices
from gui.domain.forecast import every_rating, is_forecast, rating_of
from gui.domain.i18n import translate
from gui.domain.identifiers import (
    UNIT_WORDS,
    VOTE_WORDS,
    InputError,
    Person,
    Reserved,
    UnknownNameError,
    fold_name,
)
from gui.domain.scenario import ABSENT, BLANK, FAITHFUL, Office
from gui.present import tree
from gui.present.blocks import text_html
from gui.present.forecast import rating_text
from gui.present.labels import not_called_label, or_join, vote_label
from gui.qt.elector_tree_model import (
    NOT_CALLED_EDIT,
    OFFICE_OF_COLUMN,
    Column,
    ElectorTreeModel,
    Role,
    edit_to_vote,
    rating_to_edit,
    unit_to_edit,
    vote_to_edit,
)
from gui.qt.session import ScenarioSession
from gui.widgets.forecast_menu import add_rating_actions
from gui.widgets.map.panel import add_appointed_action

Index = QModelIndex | QPersistentModelIndex


class StateFilterProxy(QSortFilterProxyModel):
    """Filters states by name or postal code, keeping each match's districts and electors; when
    no state matches, electors by name (a word of it, from its start: "Suprun", "chris") or by
    number ("TX:30"), each shown under its state."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(Role.SORT)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setRecursiveFilteringEnabled(True)  # a state stays when one of its electors matches
        self.setAutoAcceptChildRows(True)  # a state that matches keeps all its rows
        self._text = ""
        self._electors = False  # no state matches: search the electors

    def set_text(self, text: str) -> None:
        self._text = fold_name(text)
        self._electors = False
        model = self.sourceModel()
        if self._text and model is not None:
            self._electors = not any(
                self._state_matches(model.index(row, 0)) for row in range(model.rowCount())
            )
        self.setFilterFixedString(self._text)  # re-runs the filter

    @property
    def searching_electors(self) -> bool:
        return self._electors

    def _state_matches(self, index: QModelIndex) -> bool:
        code = fold_name(str(index.data(Role.STATE) or ""))
        name = fold_name(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        return self._text in name or self._text == code

    def _elector_matches(self, index: QModelIndex) -> bool:
        title = fold_name(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))  # "tx:30 christopher suprun"
        number, _, name = title.partition(" ")
        words = name.split()
        wanted = self._text
        if wanted == number:
            return True
        if len(wanted) < 3:
            return False
        return any(word.startswith(wanted) for word in words) or (" " in wanted and wanted in name)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._text:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        kind = index.data(Role.KIND)
        if not self._electors:
            return kind == "state" and self._state_matches(index)
        return kind == "elector" and self._elector_matches(index)


def ask_new_person(parent: QWidget, name: str, close: tuple[str, ...]) -> str | None:
    """A typed name that is no known person: use a close known name, add the person, or cancel.
    Returns the name to use (None: cancelled)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the name as typed, never markup
    box.setWindowTitle(translate("elector_tree", "New person?"))
    box.setText(
        translate("elector_tree", "{name} is not a candidate of this election.").format(name=name)
        + (
            " " + translate("elector_tree", "Did you mean {names}?").format(names=or_join(close))
            if close
            else ""
        )
    )
    box.setInformativeText(
        text_html(  # Qt guesses this one's format: escaped
            translate(
                "elector_tree",
                "Add {name} as a new person who can receive votes? "
                "(Typing +{name} adds someone new without asking.)",
            ).format(name=name)
        )
    )
    choices = {box.addButton(known, QMessageBox.ButtonRole.AcceptRole): known for known in close}
    add = box.addButton(
        translate("elector_tree", "Add {name}").format(name=name), QMessageBox.ButtonRole.YesRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is add:
        return name
    return choices.get(clicked)


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of choices (typed names allowed) for a unit's winner or an elector's vote.

    What is typed is read by the one resolver (gui.domain.identifiers.read_choice): a reserved
    word (not yet called, blank, as pledged, in the window's language) is never a person, and a
    name that is no known person is added only once the user says so (``ask_new_person``).
    """

    def __init__(self, session: ScenarioSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        # Replaced in tests: (typed name, close known names) -> the name to use, or None.
        self.ask_new_person: Callable[[str, tuple[str, ...]], str | None] = lambda name, close: (
            ask_new_person(
                self.parent() if isinstance(self.parent(), QWidget) else None,
                name,
                close,  # type: ignore[arg-type]
            )
        )
        self.report: Callable[[str], None] = lambda message: None

    def _source(self, index: Index) -> tuple[int, Column, str]:
        return int(index.data(Role.ELECTOR)), Column(index.column()), str(index.data(Role.UNIT_ID) or "")

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        elector, column, _ = self._source(index)
        scenario = self._session.scenario
        if elector >= 0:
            office = OFFICE_OF_COLUMN[column]
            for vote in vote_choices(scenario, elector, office):
                combo.addItem(vote_label(vote), vote_to_edit(vote))
            combo.setAccessibleName(
                translate("elector_tree", "Vote for President")
                if office is Office.PRESIDENT
                else translate("elector_tree", "Vote for Vice President")
            )
        else:
            if is_forecast(scenario):  # a forecast's ratings first, tilt included
                for rating in every_rating(scenario):
                    combo.addItem(rating_text(rating), rating_to_edit(rating))
                combo.insertSeparator(combo.count())
            for name in unit_choices(scenario):
                combo.addItem(name or not_called_label(), unit_to_edit(name))
            combo.setAccessibleName(translate("elector_tree", "Carried by"))
        combo.setToolTip(
            translate("elector_tree", "Pick a choice or type a name (+NAME: someone who is not a candidate)")
        )
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        elector, _, unit_id = self._source(index)
        rating = rating_of(self._session.scenario, unit_id) if elector < 0 and unit_id else None
        if rating is not None:  # a forecast: the unit's rating is picked (findData compares
            # Python objects by identity: look for an equal tuple)
            wanted = rating_to_edit(rating)
            value = next(
                (editor.itemData(i) for i in range(editor.count()) if editor.itemData(i) == wanted), value
            )
        position = editor.findData(value)
        if position >= 0:
            editor.setCurrentIndex(position)
        elif isinstance(value, tuple) and len(value) == 2:
            editor.setEditText(value[1])

    def typed_value(self, text: str, elector: int) -> Any:
        """What typed text means for an elector's vote (elector >= 0) or a unit's winner; None
        when it means nothing (cancelled, or a message was shown)."""
        scenario = self._session.scenario
        accepts = VOTE_WORDS if elector >= 0 else UNIT_WORDS
        try:
            choice = scenario.choice(text, accepts=accepts)
        except UnknownNameError as unknown:
            name = self.ask_new_person(unknown.text, unknown.suggestions)
            if name is None:
                return None
            choice = Person(name)
        except InputError as error:
            self.report(str(error))
            return None
        if elector >= 0:
            if choice is Reserved.BLANK:
                return vote_to_edit(BLANK)
            if choice is Reserved.AS_PLEDGED:
                return vote_to_edit(FAITHFUL)
            if choice is Reserved.ABSENT:
                return vote_to_edit(ABSENT)
            assert isinstance(choice, Person)
            return ("person", choice.name)
        if choice is Reserved.NOT_CALLED:
            return NOT_CALLED_EDIT
        assert isinstance(choice, Person)
        return choice.name

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        text = editor.currentText().strip()
        if not text:
            return
        position = editor.findText(text, Qt.MatchFlag.MatchFixedString)
        elector, _, _ = self._source(index)
        value = editor.itemData(position) if position >= 0 else self.typed_value(text, elector)
        if value is None:
            return
        if elector >= 0:
            try:  # before 1804: the same person twice is refused, with the reason
                check_two_persons(
                    self._session.scenario,
                    elector,
                    OFFICE_OF_COLUMN[self._source(index)[1]],
                    edit_to_vote(value),
                )
            except InputError as error:
                self.report(str(error))
                return
        model.setData(index, value, Qt.ItemDataRole.EditRole)


class ElectorTreeView(QTreeView):
    def __init__(self, session: ScenarioSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        model = ElectorTreeModel(session, self)
        self.source_model = model
        self._model = model
        self.proxy = StateFilterProxy(self)
        self.proxy.setSourceModel(model)
        self.setModel(self.proxy)
        self.choice_delegate = ChoiceDelegate(session, self)
        self.setItemDelegate(self.choice_delegate)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # catalog order until a header is clicked
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setAccessibleName(translate("elector_tree", "States and electors"))
        self.setToolTip("")
        self.header().setStretchLastSection(False)  # every column keeps its width; the view scrolls
        self.setTextElideMode(
            Qt.TextElideMode.ElideMiddle
        )  # a long name keeps both ends; its tooltip has it whole
        self._session = session
        model.modelReset.connect(self.fit_columns)
        self._fitted_forecast = False
        session.changed.connect(self._refit_for_forecast)
        self.fit_columns()

    def _refit_for_forecast(self, change: object) -> None:
        """A scenario that becomes a forecast (or stops being one) says other things."""
        if is_forecast(self._session.scenario) != self._fitted_forecast:
            self.fit_columns()

    def fit_columns(self) -> None:
        """Each column as wide as what it shows (in the current font): every state's and
        elector's name (up to a limit: longer ones elide in the middle), the number of electors,
        every candidate's name, a vote as pledged; headers included, in any language."""
        scenario = self._session.scenario
        election = scenario.election
        text = self.fontMetrics()
        header = self.header().fontMetrics()
        model = self._model
        indent = self.indentation()
        icon = self.iconSize().width() if self.iconSize().width() > 0 else text.height()
        pad = round(2.5 * text.averageCharWidth())

        def title(column: Column) -> int:
            return (
                header.horizontalAdvance(str(model.headerData(column, Qt.Orientation.Horizontal) or "")) + pad
            )

        names = [(tree.state_title(scenario, s.code), 1) for s in election.states]
        names += [
            (tree.elector_title(scenario, seat), 3 if "-" in seat.unit else 2) for seat in election.electors
        ]
        name = max((text.horizontalAdvance(t) + indent * depth for t, depth in names), default=0) + pad
        limit = 28 * text.averageCharWidth() + 3 * indent  # past this, names elide in the middle
        self.setColumnWidth(Column.NAME, max(title(Column.NAME), min(name, limit)))
        self.setColumnWidth(Column.ELECTORS, max(title(Column.ELECTORS), text.horizontalAdvance("000") + pad))
        people = [c.name for c in scenario.candidates] or [tree.pledge_text(scenario, scenario.pledge(0))]
        carried = list(people)
        self._fitted_forecast = is_forecast(scenario)
        if self._fitted_forecast:  # a forecast's cells say the rating ("Lean Republican nominee")
            carried += [rating_text(r) for r in every_rating(scenario)]
        widest = max(text.horizontalAdvance(p) for p in carried) + icon + pad
        self.setColumnWidth(Column.CARRIED_BY, max(title(Column.CARRIED_BY), widest))
        pledged = max(text.horizontalAdvance(tree.as_pledged_text(p)) for p in people) + icon + pad
        for column in (Column.PRESIDENT, Column.VICE_PRESIDENT):
            self.setColumnWidth(column, max(title(column), pledged))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # zoom: the columns follow the type size
            self.fit_columns()

    def source_index(self, index: Index) -> QModelIndex:
        return self.proxy.mapToSource(index)

    def view_index(self, source: QModelIndex) -> QModelIndex:
        return self.proxy.mapFromSource(source)

    def cycle_current(self, *, reverse: bool = False) -> bool:
        index = self.currentIndex()
        if not index.isValid():
            return False
        source = self.source_index(index)
        if source.column() in (Column.NAME, Column.ELECTORS):
            # On a state's name the winner cycles; on an elector's name the presidential vote.
            target = Column.CARRIED_BY if source.data(Role.KIND) != "elector" else Column.PRESIDENT
            source = source.siblingAtColumn(target)
        return self._model.cycle(source, reverse=reverse)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        toggles = event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        reverse = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)  # Shift+Space: back
        if (
            toggles
            and self.state() != QAbstractItemView.State.EditingState
            and self.cycle_current(reverse=reverse)
        ):
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.state_menu(self.indexAt(event.pos()))
        if menu is not None:
            menu.exec(event.globalPos())

    def state_menu(self, index: Index) -> QMenu | None:
        """On a state (or one of its rows): take its electors out of the base, or bring them back."""
        source = self.source_index(index)
        state = str(source.data(Role.STATE) or "")
        if not source.isValid() or not self._session.scenario.election.state(state).electors:
            return None
        menu = QMenu(self)
        unit_id = str(source.data(Role.UNIT_ID) or "")
        if unit_id:
            add_rating_actions(menu, self._session, unit_id)  # a forecast's ratings
        add_appointed_action(menu, self._session, state)
        return menu

    def set_filter(self, text: str) -> None:
        self.proxy.set_text(text)
        if not text.strip():
            return
        if self.proxy.searching_electors:
            self.expandAll()  # each elector found, under its state (and district)
        else:
            self.expandToDepth(0)
