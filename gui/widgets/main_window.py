"""The what-if window: states and electors on the left, the count against the majority on the right."""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QSaveFile, QSignalBlocker, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QToolBar,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from gui.domain.commands import AddCandidate, ResetScenario, SetApplyStateLaws
from gui.domain.i18n import QT_TRANSLATE_NOOP, translate
from gui.domain.identifiers import InputError
from gui.domain.lessons import list_lessons, load_lesson
from gui.domain.pledge_laws import laws_known
from gui.domain.scenario import Office, Start
from gui.domain.scenario_file import ScenarioFileError, dump, read
from gui.domain.summary import describe_election
from gui.domain.tally import Tally
from gui.qt.candidate_model import SORT_ROLE, CandidateColumn, CandidateModel
from gui.qt.elector_tree_model import Column, ElectorTreeModel, Role
from gui.qt.labels import office_title
from gui.qt.session import ScenarioSession
from gui.qt.settings import Preferences
from gui.qt.translations import LANGUAGES, current_language
from gui.widgets.candidate_dialog import CandidateDialog
from gui.widgets.elector_tree_view import ElectorTreeView
from gui.widgets.map_panel import MapPanel
from gui.widgets.presentation import Presentation

if TYPE_CHECKING:
    from gui.widgets.congress_panel import CongressPanel
    from gui.widgets.majority_chart import MajorityChart

# English here; shown through translate("main_window", ...).
FILE_FILTER = QT_TRANSLATE_NOOP("main_window", "Scenarios (*.json);;All files (*)")
START_LABELS = {
    Start.OFFICIAL: QT_TRANSLATE_NOOP("main_window", "Official result"),
    Start.PLEDGED: QT_TRANSLATE_NOOP("main_window", "As pledged"),
}
START_TIPS = {
    Start.OFFICIAL: QT_TRANSLATE_NOOP(
        "main_window", "The votes as Congress counted them, faithless electors included"
    ),
    Start.PLEDGED: QT_TRANSLATE_NOOP(
        "main_window", "Every elector votes for the ticket that carried their state or district"
    ),
}


class ElectionPicker(QComboBox):
    """The election list: its one-line results are worked out when it first opens."""

    def __init__(self, describe_all: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._describe_all: Callable[[], None] | None = describe_all

    def showPopup(self) -> None:
        if self._describe_all is not None:
            self._describe_all()
            self._describe_all = None
        super().showPopup()


class MainWindow(QMainWindow):
    def __init__(self, session: ScenarioSession, preferences: Preferences | None = None) -> None:
        super().__init__()
        self.session = session
        self.preferences = preferences or Preferences()
        # Replaced in tests; returns True when it is fine to drop unsaved edits.
        self.confirm_discard: Callable[[], bool] = self._ask_to_save
        self.show_error: Callable[[str, str], None] = self._show_error
        self.replaced_by: MainWindow | None = None  # the window built when the language changed
        self.tree_model = ElectorTreeModel(session)
        self.candidate_model = CandidateModel(session)
        self._build_actions()
        self._build_toolbar()
        self._build_central()
        self._build_menus()
        self._build_docks()
        self.presentation = Presentation(self)
        self.statusBar().setAccessibleName(translate("main_window", "Outcome"))
        session.tally_changed.connect(self._show_tally)
        session.scenario_replaced.connect(self._on_scenario_replaced)
        session.document_changed.connect(self._update_title)
        session.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self._on_scenario_replaced()
        self._show_tally(session.tally)
        self.resize(1280, 800)
        self._ready_scheduled = False
        geometry = self.preferences.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)

    # --- construction --------------------------------------------------------------------------

    def _action(
        self, text: str, slot: Callable[[], object], shortcut: QKeySequence | str | None = None, tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_action = self._action(
            translate("main_window", "&New"),
            self.new_scenario,
            keys.New,
            translate("main_window", "Start again from the chosen election"),
        )
        self.open_action = self._action(
            translate("main_window", "&Open…"),
            self.open_dialog,
            keys.Open,
            translate("main_window", "Open a scenario file"),
        )
        self.save_action = self._action(
            translate("main_window", "&Save"),
            self.save,
            keys.Save,
            translate("main_window", "Save the scenario"),
        )
        self.save_as_action = self._action(
            translate("main_window", "Save &As…"),
            self.save_as,
            keys.SaveAs,
            translate("main_window", "Save under a new name"),
        )
        self.quit_action = self._action(translate("main_window", "&Quit"), self.close, keys.Quit)
        self.undo_action = self.session.undo_stack.createUndoAction(self, translate("main_window", "&Undo"))
        self.undo_action.setShortcut(keys.Undo)
        self.redo_action = self.session.undo_stack.createRedoAction(self, translate("main_window", "&Redo"))
        self.redo_action.setShortcut(keys.Redo)
        self.add_candidate_action = self._action(
            translate("main_window", "&Add Candidate…"),
            self.add_candidate,
            "Ctrl+Shift+A",
            translate("main_window", "Add a person electors can be pledged to or vote for"),
        )
        self.recolor_action = self._action(
            translate("main_window", "Re&colour Candidate…"),
            self.recolor_candidate,
            None,
            translate("main_window", "Change the colour of the selected candidate"),
        )
        self.reset_action = self._action(
            translate("main_window", "&Reset"),
            self.reset,
            "Ctrl+R",
            translate("main_window", "Back to the starting point (undoable)"),
        )
        self.find_action = self._action(
            translate("main_window", "&Find State"), lambda: self.filter_box.setFocus(), keys.Find
        )
        self.expand_action = self._action(
            translate("main_window", "E&xpand All"), lambda: self.tree.expandAll(), "Ctrl+E"
        )
        self.collapse_action = self._action(
            translate("main_window", "C&ollapse All"), lambda: self.tree.collapseAll(), "Ctrl+Shift+E"
        )
        self.projector_action = self._action(
            translate("main_window", "&Projector Mode"),
            self._toggle_projector,
            "F11",
            translate("main_window", "Full screen, large type, map and charts only (F11 again to leave)"),
        )
        self.projector_action.setCheckable(True)
        self.zoom_in_action = self._action(
            translate("main_window", "Zoom &In"), lambda: self.presentation.zoom_in(), keys.ZoomIn
        )
        self.zoom_in_action.setShortcuts([QKeySequence(keys.ZoomIn), QKeySequence("Ctrl+=")])
        self.zoom_out_action = self._action(
            translate("main_window", "Zoom &Out"), lambda: self.presentation.zoom_out(), keys.ZoomOut
        )
        self.zoom_reset_action = self._action(
            translate("main_window", "&Actual Size"), lambda: self.presentation.reset_zoom(), "Ctrl+0"
        )
        self.contrast_action = self._action(
            translate("main_window", "&High Contrast"),
            self._toggle_contrast,
            "Ctrl+Shift+H",
            translate("main_window", "Black on white with heavy outlines"),
        )
        self.contrast_action.setCheckable(True)
        self.sort_ev_action = self._action(
            translate("main_window", "Sort by &Electoral Votes"), self.sort_by_electoral_votes, "Ctrl+Shift+S"
        )

    def _build_toolbar(self) -> None:
        bar = QToolBar(translate("main_window", "Election"), self)
        self.toolbar = bar
        bar.setObjectName("election-toolbar")
        bar.setMovable(False)
        self.addToolBar(bar)
        self.election_box = ElectionPicker(self._describe_all_elections, bar)
        self.election_box.setAccessibleName(translate("main_window", "Election"))
        self.election_box.setToolTip(translate("main_window", "The presidential election to start from"))
        for year in self.session.catalog.years:  # described when shown: see ElectionPicker
            self.election_box.addItem(str(year), year)
        self.election_box.setMinimumContentsLength(48)
        self.election_box.activated.connect(self._on_election_picked)
        self.start_box = QComboBox(bar)
        self.start_box.setAccessibleName(translate("main_window", "Starting point"))
        for start, label in START_LABELS.items():
            self.start_box.addItem(translate("main_window", label), start)
            self.start_box.setItemData(
                self.start_box.count() - 1,
                translate("main_window", START_TIPS[start]),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.start_box.setToolTip(
            translate(
                "main_window", "Official result (as Congress counted) or as pledged (as the voters chose)"
            )
        )
        self.start_box.activated.connect(self._on_start_picked)
        self.laws_box = QCheckBox(translate("main_window", "Apply state laws"), bar)
        self.laws_box.setAccessibleName(translate("main_window", "Apply state laws"))
        self.laws_box.toggled.connect(self._on_laws_toggled)
        reset = QPushButton(translate("main_window", "Reset"), bar)
        reset.setAccessibleName(translate("main_window", "Reset"))
        reset.setToolTip(translate("main_window", "Back to the starting point (Ctrl+R; undoable)"))
        reset.clicked.connect(self.reset)
        add = QPushButton(translate("main_window", "Add candidate…"), bar)
        add.setAccessibleName(translate("main_window", "Add candidate"))
        add.clicked.connect(self.add_candidate)
        for label, widget in (
            (translate("main_window", "Election") + " ", self.election_box),
            (" " + translate("main_window", "Start") + " ", self.start_box),
        ):
            bar.addWidget(QLabel(label, bar))
            bar.addWidget(widget)
        bar.addWidget(self.laws_box)
        bar.addWidget(reset)
        bar.addWidget(add)

    def _build_central(self) -> None:
        self.filter_box = QLineEdit(self)
        self.filter_box.setPlaceholderText(translate("main_window", "Filter states: name or code (Ctrl+F)"))
        self.filter_box.setAccessibleName(translate("main_window", "Filter states"))
        self.filter_box.setClearButtonEnabled(True)
        self.tree = ElectorTreeView(self.session, self.tree_model, self)
        self.filter_box.textChanged.connect(self.tree.set_filter)
        left = QWidget(self)
        self.left_panel = left
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addWidget(self.filter_box)
        left_layout.addWidget(self.tree)

        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(translate("main_window", "Outcome"))
        self.outcome.setToolTip(
            translate(
                "main_window",
                "A majority is more than half of the electors appointed; "
                "a blank ballot still counts as appointed.",
            )
        )
        # The charts (and pyqtgraph) arrive just after the first frame: see ensure_ready().
        self.charts: dict[Office, MajorityChart] = {}
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(translate("main_window", "Results"))
        self._chart_pages = {office: QWidget(self) for office in Office}
        for office, page in self._chart_pages.items():
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(page, office_title(office))
        self.candidate_table = QTableView(self)
        self.candidate_table.setAccessibleName(translate("main_window", "Candidates and totals"))
        sorter = QSortFilterProxyModel(self)
        sorter.setSourceModel(self.candidate_model)
        sorter.setSortRole(SORT_ROLE)
        self.candidate_table.setModel(sorter)
        self.candidate_table.setSortingEnabled(True)
        self.candidate_table.sortByColumn(CandidateColumn.PRESIDENT, Qt.SortOrder.DescendingOrder)
        self.candidate_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.candidate_table.horizontalHeader().setStretchLastSection(True)
        self.candidate_table.setColumnWidth(0, 220)
        self.candidate_table.doubleClicked.connect(self._on_candidate_double_clicked)
        self.tabs.addTab(self.candidate_table, translate("main_window", "Candidates"))
        self._analyses_page = QWidget(self)  # filled after the first frame (it uses pyqtgraph)
        QVBoxLayout(self._analyses_page).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self._analyses_page, translate("main_window", "Analyses"))
        self._congress_page = QWidget(self)  # filled just after the first frame, like the charts
        QVBoxLayout(self._congress_page).setContentsMargins(0, 0, 0, 0)
        self.congress_panel: CongressPanel | None = None
        self.congress_tab = self.tabs.addTab(self._congress_page, translate("main_window", "Congress"))
        self.tabs.setTabToolTip(
            self.congress_tab,
            translate(
                "main_window",
                "With no majority, the House chooses the President (one vote per state) and the Senate "
                "the Vice President",
            ),
        )
        self.map_panel = MapPanel(self.session, self, deferred=True)
        self.map_panel.selection_changed.connect(self._select_from_map)
        self.tree.selectionModel().currentChanged.connect(self._select_on_map)
        results = QSplitter(Qt.Orientation.Vertical, self)
        results.addWidget(self.map_panel)
        results.addWidget(self.tabs)
        results.setSizes([430, 330])
        self.results_splitter = results
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 6, 6, 6)
        right_layout.addWidget(self.outcome)
        right_layout.addWidget(results, 1)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([660, 740])
        self.splitter = splitter
        container = QWidget(self)
        layout = QHBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.setCentralWidget(container)

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(translate("main_window", "&File"))
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = file_menu.addMenu(translate("main_window", "Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addActions([self.save_action, self.save_as_action])
        file_menu.addSeparator()
        export_menu = file_menu.addMenu(translate("main_window", "&Export"))
        for label, kind, suffix in (
            (translate("main_window", "&Handout (PDF)…"), "pdf", "pdf"),
            (translate("main_window", "&Map picture (PNG)…"), "map", "png"),
            (translate("main_window", "&Electors picture (PNG)…"), "electors", "png"),
            (translate("main_window", "&Chart picture (PNG)…"), "chart", "png"),
            (translate("main_window", "&Window picture (PNG)…"), "window", "png"),
            (translate("main_window", "Tally by &state (CSV)…"), "csv", "csv"),
        ):
            export_menu.addAction(self._action(label, lambda k=kind, x=suffix: self.export(k, x)))
        file_menu.addAction(
            self._action(
                translate("main_window", "&Print…"),
                self.print_handout,
                QKeySequence.StandardKey.Print,
                translate("main_window", "Print the handout: map, tallies, chart and lesson text"),
            )
        )
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menu.addMenu(translate("main_window", "&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.add_candidate_action, self.recolor_action, self.reset_action])
        lessons_menu = menu.addMenu(translate("main_window", "&Lessons"))
        for lesson in list_lessons():  # lessons are written in English (their files are the text)
            action = lessons_menu.addAction(f"{lesson.year} — {lesson.title}")
            action.setToolTip(
                translate("main_window", "Open the lesson '{title}' (ec-whatif lessons: {id})").format(
                    title=lesson.title, id=lesson.id
                )
            )
            action.triggered.connect(lambda _=False, ident=lesson.id: self.open_lesson(ident))
        lessons_menu.addSeparator()
        lessons_menu.addAction(
            self._action(
                translate("main_window", "Your Own Lesson…"),
                self.open_dialog,
                None,
                translate("main_window", "A lesson is a scenario file with a title and text: open it"),
            )
        )
        self.lessons_menu = lessons_menu
        view_menu = menu.addMenu(translate("main_window", "&View"))
        view_menu.addActions(
            [self.find_action, self.expand_action, self.collapse_action, self.sort_ev_action]
        )
        view_menu.addSeparator()
        view_menu.addActions(
            [
                self.projector_action,
                self.zoom_in_action,
                self.zoom_out_action,
                self.zoom_reset_action,
                self.contrast_action,
            ]
        )
        view_menu.addSeparator()
        self.language_menu = view_menu.addMenu(translate("main_window", "&Language"))
        self.language_actions: dict[str, QAction] = {}
        languages = QActionGroup(self)
        languages.setExclusive(True)
        for code, name in LANGUAGES.items():  # each language in its own name: findable by its readers
            action = self.language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current_language())
            action.setData(code)
            action.setStatusTip(translate("main_window", "Show the window in this language"))
            languages.addAction(action)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            self.language_actions[code] = action
        self.view_menu = view_menu
        help_menu = menu.addMenu(translate("main_window", "&Help"))
        help_menu.addAction(
            self._action(translate("main_window", "&Glossary and Constitution"), self.show_glossary, "F1")
        )
        help_menu.addAction(self._action(translate("main_window", "&Keys"), self.show_help, "Shift+F1"))

    def _build_docks(self) -> None:
        self.history = QUndoView(self.session.undo_stack, self)
        self.history.setEmptyLabel(translate("history", "Start"))  # the scenario as it was opened
        self.history.setAccessibleName(translate("main_window", "Undo history"))
        dock = QDockWidget(translate("main_window", "History"), self)
        self.history_dock = dock
        dock.setObjectName("history-dock")
        dock.setWidget(self.history)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.hide()
        self.view_menu.addSeparator()
        toggle = dock.toggleViewAction()
        toggle.setShortcut("Ctrl+H")
        self.view_menu.addAction(toggle)
        self.glossary = QTextBrowser(self)
        self.glossary.setAccessibleName(translate("main_window", "Glossary and Constitution"))
        self.glossary.setOpenExternalLinks(False)
        self.glossary.setMarkdown(glossary_text(current_language()))
        self.glossary_dock = QDockWidget(translate("main_window", "Glossary"), self)
        self.glossary_dock.setObjectName("glossary-dock")
        self.glossary_dock.setWidget(self.glossary)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.glossary_dock)
        self.glossary_dock.hide()
        self.lesson_text = QTextBrowser(self)
        self.lesson_text.setAccessibleName(translate("main_window", "Lesson"))
        self.lesson_dock = QDockWidget(translate("main_window", "Lesson"), self)
        self.lesson_dock.setObjectName("lesson-dock")
        self.lesson_dock.setWidget(self.lesson_text)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.lesson_dock)
        self.lesson_dock.hide()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._ready_scheduled:
            self._ready_scheduled = True  # the first frame is being painted: the rest can follow
            QTimer.singleShot(0, self.ensure_ready)
        elif event.type() == QEvent.Type.Show:
            # Should no paint event reach the window itself (its children cover it), still follow.
            QTimer.singleShot(250, self.ensure_ready)
        return super().event(event)

    def ensure_ready(self) -> None:
        """Finish what the first frame does not need: the charts (importing pyqtgraph, the
        slowest import) and the one-line description of every election in the picker."""
        if self.charts:
            return
        from gui.widgets.analyses_panel import AnalysesPanel
        from gui.widgets.congress_panel import CongressPanel
        from gui.widgets.majority_chart import MajorityChart

        self.map_panel.show_scenario()
        self.congress_panel = CongressPanel(self.session, self._congress_page)
        self._congress_page.layout().addWidget(self.congress_panel)

        for office, page in self._chart_pages.items():
            self.charts[office] = MajorityChart(office, page)
            page.layout().addWidget(self.charts[office])
        for chart in self.charts.values():
            chart.set_text_scale(self.presentation.zoom)
            chart.set_high_contrast(self.presentation.high_contrast)
        self.analyses = AnalysesPanel(self.session, self._analyses_page)
        self._analyses_page.layout().addWidget(self.analyses)
        self._show_tally(self.session.tally)

    def _describe_election_row(self, row: int) -> None:
        election = self.session.catalog.election(self.election_box.itemData(row))
        self.election_box.setItemText(row, f"{election.year} — {describe_election(election)}")

    def _describe_all_elections(self) -> None:
        """Every election's one-line result, when the list is first opened (it tallies all 61)."""
        for row in range(self.election_box.count()):
            self._describe_election_row(row)

    # --- showing the scenario ------------------------------------------------------------------

    def open_lesson(self, ident: str) -> bool:
        """A bundled lesson; saving it asks for a new file, so the lesson itself never changes."""
        if not self.confirm_discard():
            return False
        self.session.replace(load_lesson(ident, self.session.catalog))
        return True

    def _show_lesson(self) -> None:
        document = self.session.document
        if document.description:
            self.lesson_text.setMarkdown(f"# {document.title}\n\n{document.description}")
            self.lesson_dock.setWindowTitle(
                translate("main_window", "Lesson: {title}").format(title=document.title)
                if document.title
                else translate("main_window", "Lesson")
            )
            self.lesson_dock.show()
        else:
            self.lesson_dock.hide()

    def _on_scenario_replaced(self) -> None:
        self._show_lesson()
        scenario = self.session.scenario
        self.election_box.setCurrentIndex(self.election_box.findData(scenario.election.year))
        self._describe_election_row(self.election_box.currentIndex())
        self.start_box.setCurrentIndex(self.start_box.findData(scenario.start))
        self.tabs.setTabText(
            1,
            translate("main_window", "Second votes")
            if scenario.election.pre_12th_amendment
            else office_title(Office.VICE_PRESIDENT),
        )
        self._update_title()

    def _show_tally(self, result: Tally) -> None:
        scenario = self.session.scenario
        self._show_laws_rule()
        self.tabs.setTabText(
            self.congress_tab,
            translate("main_window", "Congress ⚑")
            if result.president.contingent or result.vice_president.contingent
            else translate("main_window", "Congress"),
        )
        for chart in self.charts.values():
            chart.show_tally(result, scenario)
        self.start_box.setCurrentIndex(self.start_box.findData(scenario.start))
        self.show_outcome()
        leaders = ", ".join(f"{name} {votes}" for name, votes in list(result.president.votes.items())[:4])
        self.statusBar().showMessage(
            translate("main_window", "{year}: {leaders} — {majority} to win").format(
                year=result.year, leaders=leaders, majority=result.majority
            )
        )

    def show_outcome(self) -> None:
        """The outcome in words, at the current zoom; amber when Congress must decide."""
        result = self.session.tally
        president, vice = result.president, result.vice_president
        contingent = president.contingent or vice.contingent
        headline = president.reason if president.contingent or not vice.contingent else vice.reason
        detail = "" if headline == vice.reason else vice.reason
        base = translate(
            "main_window", "{appointed} electors appointed, {majority} needed for a majority."
        ).format(appointed=result.appointed, majority=result.majority)
        self.outcome.setText(f"<b>{headline}</b><br>{detail} {base}".strip())
        size = round(15 * (self.presentation.zoom if hasattr(self, "presentation") else 1.0))
        background = "#FFE9C7" if contingent else "#E3F1E8"
        self.outcome.setStyleSheet(
            f"QLabel {{ padding: 8px; font-size: {size}px; border-radius: 4px; background: {background}; }}"
        )

    def _on_clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    def _update_title(self) -> None:
        scenario = self.session.scenario
        name = (
            self.session.path.name
            if self.session.path
            else translate("main_window", "{year} what-if").format(year=scenario.election.year)
        )
        self.setWindowTitle(
            translate("main_window", "{name}[*] — Electoral College What-If").format(name=name)
        )
        self.setWindowModified(not self.session.undo_stack.isClean())

    # --- editing -------------------------------------------------------------------------------

    def show_map_view(self, view: str) -> None:
        self.map_panel.set_view(view)

    def _select_from_map(self, kind: str, ident: str) -> None:
        model = self.tree_model
        source = model.index_of_unit(ident) if kind == "unit" else model.index_of_elector(int(ident))
        index = self.tree.view_index(source)
        if index.isValid():
            self.tree.scrollTo(index)
            self.tree.setCurrentIndex(index)

    def _select_on_map(self, current: QModelIndex) -> None:
        source = self.tree.source_index(current)
        elector = source.data(Role.ELECTOR)
        if elector is not None and elector >= 0:
            self.map_panel.view.select_elector(int(elector))
        elif source.isValid():
            self.map_panel.view.select_unit(source.data(Role.UNIT_ID) or source.data(Role.STATE))

    def _on_election_picked(self, row: int) -> None:
        year = self.election_box.itemData(row)
        if year == self.session.scenario.election.year:
            return
        if not self.confirm_discard():
            self.election_box.setCurrentIndex(self.election_box.findData(self.session.scenario.election.year))
            return
        self.session.new(year, self.start_box.currentData())

    def _on_start_picked(self, row: int) -> None:
        start = self.start_box.itemData(row)
        if start != self.session.scenario.start:
            self.session.push(ResetScenario(start))

    def _on_laws_toggled(self, on: bool) -> None:
        if on != self.session.scenario.apply_state_laws:
            self.session.push(SetApplyStateLaws(on))

    def _show_laws_rule(self) -> None:
        scenario = self.session.scenario
        year = scenario.election.year
        voiding = sorted({scenario.election.electors[i].state for i in scenario.voiding_electors()})
        known = laws_known(year)
        self.laws_box.setText(translate("main_window", "Apply state laws ({year})").format(year=year))
        self.laws_box.setEnabled(known)
        with QSignalBlocker(self.laws_box):
            self.laws_box.setChecked(scenario.apply_state_laws)
        self.laws_box.setToolTip(
            translate(
                "main_window",
                "A faithless vote in a state whose law voids it is replaced by a vote as pledged. "
                "In {year}: {states}.",
            ).format(
                year=year, states=", ".join(voiding) if voiding else translate("main_window", "no state")
            )
            if known
            else translate(
                "main_window",
                "No data on state laws binding electors in {year} (the table covers 2000-2024).",
            ).format(year=year)
        )

    def reset(self) -> None:
        self.session.push(ResetScenario(self.session.scenario.start))

    def add_candidate(self) -> None:
        scenario = self.session.scenario
        dialog = CandidateDialog(
            scenario.candidate_names(), scenario.color(f"new {len(scenario.candidates)}"), self
        )
        if dialog.exec():
            candidate, color = dialog.candidate()
            self.session.push(AddCandidate(candidate, color))

    def recolor_candidate(self) -> None:
        index = self.candidate_table.currentIndex()
        if not index.isValid():
            self.tabs.setCurrentWidget(self.candidate_table)
            self.statusBar().showMessage(
                translate("main_window", "Select a candidate in the Candidates tab first"), 5000
            )
            return
        row = self.candidate_table.model().mapToSource(index).row()  # type: ignore[attr-defined]
        name = self.candidate_model.name_at(row)
        title = translate("main_window", "Colour of {name}").format(name=name)
        color = QColorDialog.getColor(self.session.scenario.color(name), self, title)
        if color.isValid():
            self.candidate_model.recolor(row, color)

    def _on_candidate_double_clicked(self, index) -> None:
        if index.column() != CandidateColumn.NAME or not (index.flags() & Qt.ItemFlag.ItemIsEditable):
            self.recolor_candidate()

    def sort_by_electoral_votes(self) -> None:
        self.tree.sortByColumn(Column.ELECTORS, Qt.SortOrder.DescendingOrder)

    # --- files ---------------------------------------------------------------------------------

    def new_scenario(self) -> None:
        if self.confirm_discard():
            self.session.new(self.session.scenario.election.year, self.session.scenario.start)

    def open_dialog(self) -> None:
        if not self.confirm_discard():
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("main_window", "Open scenario"),
            str(self._directory()),
            translate("main_window", FILE_FILTER),
        )
        if path:
            self.open_path(Path(path), confirmed=True)

    def open_path(self, path: Path, *, confirmed: bool = False) -> bool:
        """Open a scenario file; on any problem say why and keep the current scenario."""
        if not confirmed and not self.confirm_discard():
            return False
        try:
            document = read(path, self.session.catalog)
        except ScenarioFileError as error:
            self.show_error(translate("main_window", "Cannot open the scenario"), str(error))
            return False
        self.session.replace(document, path)
        self.preferences.add_recent_file(path)
        return True

    def save(self) -> bool:
        if self.session.path is None:
            return self.save_as()
        return self.save_to(self.session.path)

    def save_as(self) -> bool:
        suggestion = (
            self.session.path or self._directory() / f"{self.session.scenario.election.year}-what-if.json"
        )
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("main_window", "Save scenario"),
            str(suggestion),
            translate("main_window", FILE_FILTER),
        )
        return self.save_to(Path(path)) if path else False

    def save_to(self, path: Path) -> bool:
        """Atomic save with QSaveFile: the old file stays intact unless the new one is complete."""
        try:
            data = dump(self.session.document).encode("utf-8")
        except UnicodeEncodeError:  # a name no file can hold (a lone surrogate): say so, keep the old file
            self.show_error(
                translate("main_window", "Cannot save the scenario"),
                translate("main_window", "{path}: a name contains characters that cannot be saved.").format(
                    path=path
                ),
            )
            return False
        out = QSaveFile(str(path))
        if not out.open(QSaveFile.OpenModeFlag.WriteOnly) or out.write(data) != len(data) or not out.commit():
            reason = out.errorString() or translate("main_window", "the file could not be written")
            out.cancelWriting()
            self.show_error(
                translate("main_window", "Cannot save the scenario"),
                translate("main_window", "{path}: {reason}. The previous file is unchanged.").format(
                    path=path, reason=reason
                ),
            )
            return False
        self.session.mark_saved(path)
        self.preferences.add_recent_file(path)
        self.statusBar().showMessage(translate("main_window", "Saved {path}").format(path=path), 5000)
        return True

    def export(self, kind: str, suffix: str) -> bool:
        """Write a handout, picture or CSV of the current scenario (atomically)."""

        year = self.session.scenario.election.year
        name = f"{year}-{kind}.{suffix}" if kind != suffix else f"{year}-what-if.{suffix}"
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("main_window", "Export"),
            str(self._directory() / name),
            f"{suffix.upper()} (*.{suffix})",
        )
        if not path:
            return False
        return self.export_to(Path(path), kind)

    def export_to(self, path: Path, kind: str) -> bool:
        from gui import export

        document = self.session.document
        try:
            if kind == "pdf":
                export.export_pdf(document, path)
            elif kind == "csv":
                export.export_csv(document, path)
            else:
                export.export_png(
                    document, path, what=kind, print_friendly=self.map_panel.print_box.isChecked()
                )
        except (OSError, InputError) as error:
            self.show_error(translate("main_window", "Cannot export"), str(error))
            return False
        self.statusBar().showMessage(translate("main_window", "Exported {path}").format(path=path), 5000)
        return True

    def print_handout(self) -> None:
        from gui import export

        try:
            export.print_document(self.session.document, self)
        except (OSError, InputError) as error:
            self.show_error(translate("main_window", "Cannot print"), str(error))

    def _directory(self) -> Path:
        recent = self.preferences.recent_files()
        return recent[0].parent if recent else Path.home()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.preferences.recent_files()
        for n, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{n} {path.name}")
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if not recent:
            self.recent_menu.addAction(translate("main_window", "No recent files")).setEnabled(False)

    def _ask_to_save(self) -> bool:
        if self.session.undo_stack.isClean():
            return True
        answer = QMessageBox.question(
            self,
            translate("main_window", "Unsaved changes"),
            translate("main_window", "Save the changes to this scenario first?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def _show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.confirm_discard():
            self.preferences.set_geometry(self.saveGeometry())
            event.accept()
        else:
            event.ignore()

    def _toggle_projector(self) -> None:
        self.presentation.set_projector(self.projector_action.isChecked())

    def _toggle_contrast(self) -> None:
        self.presentation.set_high_contrast(self.contrast_action.isChecked())

    def show_glossary(self) -> None:
        self.glossary_dock.show()
        self.glossary_dock.raise_()

    def show_help(self) -> None:
        QMessageBox.information(self, translate("main_window", "Keys and terms"), help_text())

    # --- language --------------------------------------------------------------------------------

    def release_session(self) -> None:
        """Before a new window takes over the session: stop following it. The window's own
        connections end now; the models it parented to the session go (their connections end
        with them), as do the widgets when the window is deleted."""
        session = self.session
        for signal, slot in (
            (session.tally_changed, self._show_tally),
            (session.scenario_replaced, self._on_scenario_replaced),
            (session.document_changed, self._update_title),
            (session.undo_stack.cleanChanged, self._on_clean_changed),
        ):
            signal.disconnect(slot)
        models = [self.tree_model, self.candidate_model]
        if self.congress_panel is not None:
            models.append(self.congress_panel.tracker)
        for model in models:
            model.deleteLater()

    def set_language(self, language: str) -> MainWindow:
        """Save the choice and show the window in that language at once: a new window around the
        same session (scenario, file and undo history kept). Returns the window now showing."""
        self.preferences.set_language(language)
        if language == current_language():
            return self
        from gui.app import rebuild_window  # the composition root builds windows

        return rebuild_window(self, language)


def glossary_text(language: str) -> str:
    """The glossary in ``language`` when it has been written in it, else in English."""
    help_folder = resources.files("gui.resources").joinpath("help")
    translated = help_folder.joinpath(f"glossary.{language}.md")
    source = translated if language != "en" and translated.is_file() else help_folder.joinpath("glossary.md")
    return source.read_text("utf-8")


def help_text() -> str:
    """Help › Keys: the keys and the five terms, as rich text."""
    return "<br>".join(
        [
            "<b>" + translate("main_window", "Keys") + "</b>",
            translate(
                "main_window", "Space or Enter: next choice for the selected state's winner or elector's vote"
            ),
            translate("main_window", "F2 or double-click: pick from a list or type any name"),
            translate(
                "main_window", "Ctrl+Z / Ctrl+Shift+Z: undo / redo · Ctrl+F: filter states · Ctrl+R: reset"
            ),
            translate(
                "main_window",
                "F11: projector mode · Ctrl + / Ctrl − / Ctrl 0: zoom · F1: glossary and the Constitution",
            )
            + "<br>",
            translate(
                "main_window", "<b>Elector</b>: a person appointed by a state to cast its electoral votes."
            ),
            translate(
                "main_window",
                "<b>Pledge</b>: the ticket an elector promised to vote for — "
                "the one that carried the state or district.",
            ),
            translate(
                "main_window",
                "<b>Faithless elector</b>: an elector who votes for someone other than the pledge.",
            ),
            translate(
                "main_window",
                "<b>Appointed</b>: the electors whose ballots count toward the base; "
                "a blank ballot still counts.",
            ),
            translate(
                "main_window", "<b>Majority</b>: more than half of the electors appointed (270 of 538 today)."
            ),
            translate(
                "main_window",
                "<b>Contingent election</b>: with no majority, the House chooses the President "
                "(one vote per state delegation, among the top three) and the Senate the Vice President "
                "(between the top two).",
            ),
        ]
    )
