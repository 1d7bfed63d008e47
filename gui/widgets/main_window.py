"""The what-if window: states and electors on the left, the map and the count on the right.

Layout and wiring only: the actions and menus are gui.widgets.actions', the files
gui.widgets.document_controller's, every sentence gui.present's. Each view follows the session
itself (its ``changed`` signal); this window shows the outcome line and the status bar.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QSignalBlocker, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from gui.domain.colors import COLOR_BLIND, CONVENTIONAL
from gui.domain.commands import AddCandidate, ResetScenario, SetApplyStateLaws
from gui.domain.elector_laws import laws_known
from gui.domain.i18n import translate
from gui.domain.scenario import Office, Start
from gui.io.help_files import glossary_text
from gui.present.apportionment import apportionment_line
from gui.present.blocks import line_html, markdown_escape
from gui.present.help import help_text
from gui.present.labels import office_title, start_tip, start_title
from gui.present.outcome import base_sentence, count_notes, headline, record_notes, status_line
from gui.present.popular_vote import misfire_line
from gui.present.window_tabs import ANALYSIS_PAGES
from gui.qt.candidate_model import SORT_ROLE, CandidateColumn, CandidateModel
from gui.qt.elector_tree_model import Column, ElectorTreeModel, Role
from gui.qt.first_paint import after_first_paint
from gui.qt.session import ScenarioSession, SessionChange
from gui.qt.settings import Preferences
from gui.qt.translations import current_language
from gui.widgets.actions import build_actions, build_menus
from gui.widgets.candidate_dialog import CandidateDialog
from gui.widgets.document_controller import DocumentController
from gui.widgets.election_picker import ElectionPicker
from gui.widgets.elector_tree_view import ElectorTreeView
from gui.widgets.forecast_menu import build_forecast_menu
from gui.widgets.lesson_browser import LessonBrowser
from gui.widgets.map.panel import MapPanel
from gui.widgets.messages import show_warning
from gui.widgets.projector import Projector
from gui.widgets.scrolling import VerticalScrollArea

if TYPE_CHECKING:
    from gui.widgets.analyses_panel import AnalysesPanel
    from gui.widgets.apportionment_panel import ApportionmentPanel
    from gui.widgets.congress_panel import CongressPanel
    from gui.widgets.count_panel import CountPanel
    from gui.widgets.majority_chart import MajorityChart
    from gui.widgets.popular_panel import PopularPanel


# High contrast for the widgets Qt draws (the map and the charts draw their own): heavy black
# lines between rows and around every view, bold headers, a black selection.
HIGH_CONTRAST_STYLE = """
QTreeView, QTableView, QListWidget, QTextBrowser, QTableWidget { border: 2px solid #000000; }
QTreeView::item, QTableView::item, QTableWidget::item { border-bottom: 1px solid #000000; }
QHeaderView::section { border: 1px solid #000000; font-weight: bold; background: #FFFFFF; color: #000000; }
QTabBar::tab { border: 2px solid #000000; padding: 4px 10px; background: #FFFFFF; color: #000000; }
QTabBar::tab:selected { background: #000000; color: #FFFFFF; }
"""


RECORD_LINE = 150  # characters of the record's note shown under the outcome (all of it on hover)


class MainWindow(QMainWindow):
    language_requested = Signal(str)  # the user chose another language: the factory rebuilds
    completed = Signal()  # what the window shows is built and painted (the pages not shown follow)

    # Built by gui.widgets.actions.
    new_action: QAction
    open_action: QAction
    save_action: QAction
    save_as_action: QAction
    quit_action: QAction
    undo_action: QAction
    redo_action: QAction
    add_candidate_action: QAction
    recolor_action: QAction
    reset_action: QAction
    find_action: QAction
    expand_action: QAction
    collapse_action: QAction
    projector_action: QAction
    zoom_in_action: QAction
    zoom_out_action: QAction
    zoom_reset_action: QAction
    contrast_action: QAction
    palette_action: QAction
    sort_ev_action: QAction
    recent_menu: QMenu
    lessons_menu: QMenu
    view_menu: QMenu
    language_menu: QMenu
    language_actions: dict[str, QAction]

    def __init__(self, session: ScenarioSession, preferences: Preferences | None = None) -> None:
        super().__init__()
        self.session = session
        self.preferences = preferences or Preferences()
        self.documents = DocumentController(self, session, self.preferences)
        # Replaced in tests; returns True when it is fine to drop unsaved edits.
        self.confirm_discard: Callable[[], bool] = self.documents.ask_to_save
        self.show_error: Callable[[str, str], None] = self._show_error
        # The documents ask through these, so tests may replace them on the window.
        self.documents.confirm_discard = lambda: self.confirm_discard()
        self.documents.show_error = lambda title, message: self.show_error(title, message)
        self.documents.print_friendly = lambda: self.map_panel.print_box.isChecked()
        self.replaced_by: MainWindow | None = None  # the window built when the language changed
        self.projector = Projector(
            self, lambda: [self.toolbar, self.statusBar(), self.left_panel, self.history_dock]
        )
        self.projector.zoom_changed.connect(lambda _zoom: self.show_outcome())  # its style names a size
        self.projector.zoom_changed.connect(lambda _zoom: self._style_high_contrast())
        self.projector.contrast_changed.connect(self._on_contrast_changed)
        self.projector.projector_changed.connect(self._on_projector_changed)
        self.charts: dict[Office, MajorityChart] = {}
        self.congress_panel: CongressPanel | None = None
        self.count_panel: CountPanel | None = None  # the count in Congress, beside the contingent election
        self.analyses: AnalysesPanel | None = None
        self.popular_panel: PopularPanel | None = None
        self.apportionment: ApportionmentPanel | None = None
        # First to follow the session: the outcome and status line change in the same pass as
        # the views below them (the map's scene repaints a moment later).
        session.changed.connect(self._on_changed)
        build_actions(self)
        if self.preferences.palette() == COLOR_BLIND.name:
            self.palette_action.setChecked(True)
            if session.palette is not COLOR_BLIND:
                session.set_palette(COLOR_BLIND)
        self._build_toolbar()
        self._build_central()
        build_menus(self)
        self.forecast_menu = build_forecast_menu(self)
        self._build_docks()
        self.statusBar().setAccessibleName(translate("main_window", "Outcome"))
        session.document_changed.connect(self._update_title)
        session.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self._on_changed(SessionChange(session.tally, frozenset(), replaced=True))
        self.resize(1280, 800)
        self._view_complete = False  # the map and the chart shown: see _complete_view
        after_first_paint(self, self._complete_view)
        geometry = self.preferences.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)

    def fit_screen(self) -> None:
        """Never larger than the screen's free area (a 1024x768 classroom projector), whether
        or not a window manager would clamp it."""
        room = self.screen().availableGeometry()
        if self.width() > room.width() or self.height() > room.height():
            self.resize(min(self.width(), room.width()), min(self.height(), room.height()))

    # --- construction --------------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        bar = QToolBar(translate("main_window", "Election"), self)
        self.toolbar = bar
        bar.setObjectName("election-toolbar")
        bar.setMovable(False)
        self.addToolBar(bar)
        self.election_box = ElectionPicker(self.session.catalog, bar)
        self.election_box.setAccessibleName(translate("main_window", "Election"))
        self.election_box.setToolTip(translate("main_window", "The presidential election to start from"))
        self.election_box.activated.connect(self._on_election_picked)
        self.start_box = QComboBox(bar)
        self.start_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.start_box.setAccessibleName(translate("main_window", "Starting point"))
        for start in Start:
            self.start_box.addItem(start_title(start), start)
            self.start_box.setItemData(
                self.start_box.count() - 1, start_tip(start), Qt.ItemDataRole.ToolTipRole
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
        self.filter_box.setPlaceholderText(
            translate("main_window", "Find a state or an elector: name or code (Ctrl+F)")
        )
        self.filter_box.setAccessibleName(translate("main_window", "Find states and electors"))
        self.filter_box.setToolTip(
            translate(
                "main_window",
                "States by name or postal code; when no state matches, electors by name (Suprun) "
                "or number (TX:30)",
            )
        )
        self.filter_note = QLabel(self)  # says so when nothing matches
        self.filter_note.setWordWrap(True)
        self.filter_note.hide()
        self.filter_box.setClearButtonEnabled(True)
        self.tree = ElectorTreeView(self.session, self)
        self.tree_model: ElectorTreeModel = self.tree.source_model
        self.tree.choice_delegate.report = lambda message: self.statusBar().showMessage(message, 10000)
        self.filter_box.textChanged.connect(self._filter)
        left = QWidget(self)
        self.left_panel = left
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addWidget(self.filter_box)
        left_layout.addWidget(self.filter_note)
        left_layout.addWidget(self.tree)

        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.RichText)
        self.outcome.setAccessibleName(translate("main_window", "Outcome"))
        self._outcome_tip = translate(
            "main_window",
            "A majority is more than half of the electors appointed; "
            "a blank ballot still counts as appointed.",
        )
        self.outcome.setToolTip(self._outcome_tip)
        # The charts arrive just after the first frame: see ensure_ready().
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(translate("main_window", "Results"))
        self._chart_pages = {office: QWidget(self) for office in Office}
        for office, page in self._chart_pages.items():
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(page, office_title(office))
        self.candidate_table = QTableView(self)
        self.candidate_model = CandidateModel(self.session, self.candidate_table)
        self.candidate_table.setAccessibleName(translate("main_window", "Candidates and totals"))
        sorter = QSortFilterProxyModel(self.candidate_table)
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
        # The voters and the map of seats: two what-ifs under one tab, so the results still fit
        # one row of tabs at 1024x768 beside the lesson.
        self.what_if = QTabWidget(self)
        self.what_if.setDocumentMode(True)
        self.what_if.setAccessibleName(translate("main_window", "What if"))
        self._popular_page = QWidget(self)  # filled just after the first frame
        QVBoxLayout(self._popular_page).setContentsMargins(0, 0, 0, 0)
        self.popular_tab = self.what_if.addTab(self._popular_page, translate("main_window", "Popular vote"))
        self.what_if.setTabToolTip(
            self.popular_tab,
            translate(
                "main_window",
                "The voters behind the electors: popular vote, swing, margins, methods, mock election",
            ),
        )
        self._apportionment_page = QWidget(self)  # filled after the first frame (it uses pyqtgraph)
        QVBoxLayout(self._apportionment_page).setContentsMargins(0, 0, 0, 0)
        self.apportionment_tab = self.what_if.addTab(
            self._apportionment_page, translate("main_window", "Apportionment")
        )
        self.what_if.setTabToolTip(
            self.apportionment_tab,
            translate(
                "main_window",
                "Another census, House size or apportionment method: each state's electors are its "
                "House seats plus two",
            ),
        )
        # Scrolled when short, so that in projector mode the map keeps most of the screen.
        self._what_if_page = VerticalScrollArea(self.what_if, self)
        self.what_if_tab = self.tabs.addTab(self._what_if_page, translate("main_window", "What if"))
        self.tabs.setTabToolTip(
            self.what_if_tab,
            translate("main_window", "Other voters, another census or House size"),
        )
        self._analyses_page = QWidget(self)  # filled after the first frame (it uses pyqtgraph)
        QVBoxLayout(self._analyses_page).setContentsMargins(0, 0, 0, 0)
        # Scrolled when short, like What if: a long analysis never squeezes the map.
        self._analyses_scroll = VerticalScrollArea(self._analyses_page, self)
        self.tabs.addTab(self._analyses_scroll, translate("main_window", "Analyses"))
        self._congress_page = QWidget(self)  # filled just after the first frame, like the charts
        QVBoxLayout(self._congress_page).setContentsMargins(0, 0, 0, 0)
        self.congress_tab = self.tabs.addTab(self._congress_page, translate("main_window", "Congress"))
        self.tabs.currentChanged.connect(lambda tab: self._fill_page(self.tabs.widget(tab)))
        self.what_if.currentChanged.connect(lambda tab: self._fill_page(self.what_if.widget(tab)))
        self.tabs.setTabToolTip(
            self.congress_tab,
            translate(
                "main_window",
                "With no majority, the House chooses the President (one vote per state) and the Senate "
                "the Vice President",
            ),
        )
        self.map_panel = MapPanel(self.session, self, deferred=True)
        self.projector.zoom_changed.connect(self.map_panel.view.set_zoom)
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
        # The notes under the outcome change seldom: a label of their own is laid out only then.
        self.outcome_notes = QLabel(self)
        self.outcome_notes.setWordWrap(True)
        self.outcome_notes.setTextFormat(Qt.TextFormat.RichText)
        self.outcome_notes.setAccessibleName(translate("main_window", "Notes on the count"))
        self.outcome_notes.hide()
        self._notes_html = ""
        self._outcome_style: tuple[int, str, bool, bool] | None = None
        outcome_box = QVBoxLayout()
        outcome_box.setSpacing(0)
        outcome_box.addWidget(self.outcome)
        outcome_box.addWidget(self.outcome_notes)
        right_layout.addLayout(outcome_box)
        right_layout.addWidget(results, 1)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 9)
        splitter.setStretchFactor(1, 11)
        splitter.setSizes([630, 770])
        self.splitter = splitter
        container = QWidget(self)
        layout = QHBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.setCentralWidget(container)

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
        self.glossary = LessonBrowser(self)
        self.glossary.setAccessibleName(translate("main_window", "Glossary and Constitution"))
        self.glossary.show_markdown(glossary_text(current_language()))
        self.glossary_dock = QDockWidget(translate("main_window", "Glossary"), self)
        self.glossary_dock.setObjectName("glossary-dock")
        self.glossary_dock.setWidget(self.glossary)
        self.glossary_dock.hide()
        self.lesson_text = LessonBrowser(self)  # a file's text: no navigation, no local files
        self.lesson_text.setAccessibleName(translate("main_window", "Lesson"))
        self.lesson_dock = QDockWidget(translate("main_window", "Lesson"), self)
        self.lesson_dock.setObjectName("lesson-dock")
        self.lesson_dock.setWidget(self.lesson_text)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.lesson_dock)
        # The glossary shares the lesson's place (one tab each): two panels open take one column.
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.glossary_dock)
        self.tabifyDockWidget(self.lesson_dock, self.glossary_dock)
        self.lesson_dock.hide()

    def _complete_view(self) -> None:
        """Just after the first frame: what the window shows (the map and the chart, drawn with
        QPainter: neither pyqtgraph nor numpy yet), painted at once; then the pages not shown,
        one per turn of the event loop, so that the window answers in between."""
        if self._view_complete:
            return
        self._view_complete = True
        self.map_panel.show_scenario()
        self._fill_chart(Office.PRESIDENT)
        self._fill_page(self.tabs.currentWidget())  # should another page be the one shown
        if self.isVisible():
            # Now rather than at Qt's next update: the window is complete when `completed` says so.
            for part in (self.map_panel, self.tabs.currentWidget()):
                part.repaint()
        self.completed.emit()
        for fill in self._page_fillers():
            QTimer.singleShot(0, self, fill)  # not if the window is gone by then

    def _page_fillers(self) -> list[Callable[[], object]]:
        return [
            lambda: self._fill_chart(Office.VICE_PRESIDENT),
            self._fill_congress,
            self._fill_analyses,
            self._fill_popular,
            self._fill_apportionment,
        ]

    def _fill_chart(self, office: Office) -> None:
        if office in self.charts:
            return
        from gui.widgets.majority_chart import MajorityChart

        page = self._chart_pages[office]
        chart = MajorityChart(office, page)
        chart.set_text_scale(self.projector.zoom)
        chart.set_high_contrast(self.projector.high_contrast)
        self.projector.zoom_changed.connect(chart.set_text_scale)
        self.projector.contrast_changed.connect(chart.set_high_contrast)
        page.layout().addWidget(chart)
        chart.show()  # now, not at the layout's next pass: a shown chart draws the tally at once
        chart.follow(self.session)
        self.charts[office] = chart

    def _fill_page(self, page: QWidget) -> None:
        """A page about to be shown is filled first (it may not have been yet)."""
        if page is self._what_if_page:
            page = self.what_if.currentWidget()
        filler = {
            self._chart_pages[Office.VICE_PRESIDENT]: lambda: self._fill_chart(Office.VICE_PRESIDENT),
            self._congress_page: self._fill_congress,
            self._analyses_scroll: self._fill_analyses,
            self._popular_page: self._fill_popular,
            self._apportionment_page: self._fill_apportionment,
        }.get(page)
        if filler is not None:
            filler()

    def _fill_congress(self) -> None:
        if self.congress_panel is None:
            from gui.widgets.congress_panel import CongressPanel
            from gui.widgets.count_panel import CountPanel

            self.congress_panel = CongressPanel(self.session, self._congress_page)
            self.count_panel = CountPanel(self.session, self._congress_page)
            self.congress_pages = QTabWidget(self._congress_page)
            self.congress_pages.addTab(self.congress_panel, translate("main_window", "Contingent election"))
            self.congress_pages.addTab(self.count_panel, translate("main_window", "Count"))
            self.congress_pages.setTabToolTip(
                1,
                translate("main_window", "The joint session: certificates, objections and each House's vote"),
            )
            self._congress_page.layout().addWidget(self.congress_pages)
            self.congress_pages.show()  # in the same frame as its page

    def _fill_analyses(self) -> None:
        if self.analyses is None:
            from gui.widgets.analyses_panel import AnalysesPanel  # numpy, with the analyses

            self.analyses = AnalysesPanel(self.session, self._analyses_page)
            self._analyses_page.layout().addWidget(self.analyses)
            self.analyses.show()  # in the same frame as its page

    def _fill_popular(self) -> None:
        if self.popular_panel is None:
            from gui.widgets.popular_panel import PopularPanel

            self.popular_panel = PopularPanel(self.session, self._popular_page)
            self._popular_page.layout().addWidget(self.popular_panel)
            self.popular_panel.show()  # in the same frame as its page

    def _fill_apportionment(self) -> None:
        if self.apportionment is None:
            from gui.widgets.apportionment_panel import ApportionmentPanel

            self.apportionment = ApportionmentPanel(self.session, self._apportionment_page)
            self.apportionment.chart.set_text_scale(self.projector.zoom)
            self.projector.zoom_changed.connect(self.apportionment.chart.set_text_scale)
            self._apportionment_page.layout().addWidget(self.apportionment)
            self.apportionment.show()  # in the same frame as its page

    def is_ready(self) -> bool:
        """Every view built: the map, the charts and every results page."""
        return len(self.charts) == len(Office) and None not in (
            self.congress_panel,
            self.count_panel,
            self.analyses,
            self.popular_panel,
            self.apportionment,
        )

    def ensure_ready(self) -> None:
        """Build now whatever the first frame left for later: the map, the charts, the Congress,
        Analyses, Popular vote and Apportionment pages."""
        self._complete_view()
        for fill in self._page_fillers():
            fill()

    # --- showing the scenario ------------------------------------------------------------------

    def _show_lesson(self) -> None:
        document = self.session.document
        if document.description:
            title = markdown_escape(document.title)  # a title is text; the description is Markdown
            self.lesson_text.show_markdown(f"# {title}\n\n{document.description}")
            # The tab says "Lesson"; the title heads the text (a long one would be cut in the tab).
            self.lesson_dock.setWindowTitle(translate("main_window", "Lesson"))
            self.lesson_dock.show()
            self.lesson_dock.raise_()
            self._size_side_panels()
        else:
            self.lesson_dock.hide()

    def _on_changed(self, change: SessionChange) -> None:
        scenario = self.session.scenario
        if change.replaced:
            self._show_lesson()
            self.election_box.select_year(scenario.election.year)
            self.tabs.setTabText(
                1,
                translate("main_window", "Second votes")
                if scenario.election.pre_12th_amendment
                else office_title(Office.VICE_PRESIDENT),
            )
            self._update_title()
        result = change.tally
        self._show_laws_rule()
        self.tabs.setTabText(
            self.congress_tab,
            translate("main_window", "Congress ⚑")
            if result.contingent
            else translate("main_window", "Congress"),
        )
        self.start_box.setCurrentIndex(self.start_box.findData(scenario.start))
        # An election still to come has no result to start from: both starting points are one.
        self.start_box.setEnabled(not scenario.election.upcoming)
        self.show_outcome()
        self.statusBar().showMessage(status_line(result))

    def show_outcome(self) -> None:
        """The outcome in words, at the current zoom; amber when Congress must decide."""
        from html import escape

        result = self.session.tally
        scenario = self.session.scenario
        first, second = headline(result, scenario)
        text = f"<b>{escape(first, quote=False)}</b><br>{escape(second, quote=False)} "
        text = (text + escape(base_sentence(result, scenario), quote=False)).strip()
        flag = misfire_line(scenario, result)
        if flag:
            text += "<br>⚑ " + line_html(flag)
        what_if = apportionment_line(scenario)
        if what_if:
            text += f"<br><i>{escape(what_if, quote=False)}</i>"
        self.outcome.setText(text)
        # What the count leaves out in smaller type below; what the record says in one line (the
        # whole of it in the tooltip, the handout and on the command line).
        remarks = [escape(line) for line in count_notes(scenario)]
        record = record_notes(scenario)
        if record:
            line = record[0] if len(record[0]) <= RECORD_LINE else record[0][: RECORD_LINE - 1].rstrip() + "…"
            remarks.append(f"<i>{escape(line)}</i>")
        notes_html = "<br>".join(remarks)
        if notes_html != self._notes_html:
            self._notes_html = notes_html
            self.outcome_notes.setText(notes_html)
            self.outcome_notes.setVisible(bool(notes_html))
            self.outcome_notes.setToolTip("\n\n".join([self._outcome_tip, *record]))
        size = round(15 * self.projector.zoom)
        background = "#FFE9C7" if result.contingent else "#E3F1E8"
        high_contrast = self.projector.high_contrast
        if high_contrast:
            background = "#FFFFFF"
        style = (size, background, bool(notes_html), high_contrast)
        if style != self._outcome_style:
            self._outcome_style = style
            # The outcome and its notes read as one box: the outcome's bottom edge opens onto them.
            line = "3px solid #000000" if high_contrast else "none"
            bottom = "2px" if notes_html else "8px"
            corner = "0" if notes_html else "4px"
            self.outcome.setStyleSheet(
                f"QLabel {{ padding: 8px 8px {bottom} 8px; font-size: {size}px; background: {background}; "
                f"color: #000000; border: {line}; {'border-bottom: none;' if notes_html else ''} "
                "border-top-left-radius: 4px; border-top-right-radius: 4px; "
                f"border-bottom-left-radius: {corner}; border-bottom-right-radius: {corner}; }}"
            )
            self.outcome_notes.setStyleSheet(
                f"QLabel {{ padding: 0 8px 8px 8px; font-size: {round(size * 0.8)}px; "
                f"background: {background}; color: #000000; border: {line}; border-top: none; "
                "border-bottom-left-radius: 4px; border-bottom-right-radius: 4px; }"
            )

    def _on_projector_changed(self, on: bool) -> None:
        """Projector mode: the map takes most of the height, and no selection shows."""
        self.map_panel.view.set_show_selection(not on)
        self.map_panel.print_box.setVisible(not on)
        sizes = self.results_splitter.sizes()
        if on:
            self._sizes_before_projector = sizes
            total = sum(sizes)
            self.results_splitter.setSizes([round(total * 0.7), total - round(total * 0.7)])
        elif getattr(self, "_sizes_before_projector", None):
            self.results_splitter.setSizes(self._sizes_before_projector)

    def _on_contrast_changed(self, on: bool) -> None:
        """High contrast: black on white with heavy outlines, in the map, the charts (they follow
        the signal themselves), the tree, the tables and the outcome."""
        self.map_panel.view.set_high_contrast(on)
        self._style_high_contrast()
        self.show_outcome()

    def _style_high_contrast(self) -> None:
        # A style sheet fixes each widget's font when it is set, and keeps it after it goes:
        # the zoomed type reaches every widget first, and afterwards each inherits it again.
        QApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
        self.setStyleSheet(HIGH_CONTRAST_STYLE if self.projector.high_contrast else "")
        for widget in self.findChildren(QWidget):
            widget.setFont(QFont())

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

    def _filter(self, text: str) -> None:
        self.tree.set_filter(text)
        proxy = self.tree.proxy
        if text.strip() and proxy.rowCount():
            # The first match is the current row, and the map shows it (an elector's state).
            first = proxy.index(0, 0)
            while proxy.rowCount(first) and self.tree.proxy.searching_electors:
                first = proxy.index(0, 0, first)
            self.tree.setCurrentIndex(first)
        nothing = bool(text.strip()) and proxy.rowCount() == 0
        self.filter_note.setText(
            translate("main_window", "No state or elector matches “{text}”.").format(text=text.strip())
            if nothing
            else ""
        )
        self.filter_note.setVisible(nothing)

    def show_results(self, tab: str, analysis: str | None = None) -> None:
        """Bring forward a results page by its name in RESULT_TABS (and an analysis by its name)."""
        self.ensure_ready()
        pages = {
            "president": self._chart_pages[Office.PRESIDENT],
            "vice-president": self._chart_pages[Office.VICE_PRESIDENT],
            "candidates": self.candidate_table,
            "popular": self._what_if_page,
            "apportionment": self._what_if_page,
            "analyses": self._analyses_scroll,
            "congress": self._congress_page,
            "count": self._congress_page,
        }
        self.tabs.setCurrentWidget(pages[tab])
        if tab in ("congress", "count"):
            self.congress_pages.setCurrentIndex(1 if tab == "count" else 0)
        if tab in ("popular", "apportionment"):
            self.what_if.setCurrentIndex(self.popular_tab if tab == "popular" else self.apportionment_tab)
        if analysis is not None:
            self.analyses.show_page(self.analyses.pages()[ANALYSIS_PAGES.index(analysis)])

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
        self.preferences.set_last_file(None)  # a new scenario: the next start opens no file

    def _on_start_picked(self, row: int) -> None:
        start = self.start_box.itemData(row)
        if start != self.session.scenario.start:
            self.session.push(ResetScenario(start))

    def _on_laws_toggled(self, on: bool) -> None:
        if on != self.session.scenario.apply_state_laws:
            self.session.push(SetApplyStateLaws(on))

    def reset(self) -> None:
        self.session.push(ResetScenario(self.session.scenario.start))

    def add_candidate(self) -> None:
        scenario = self.session.scenario
        dialog = CandidateDialog(
            scenario.candidate_names(),
            scenario.color(f"new {len(scenario.candidates)}"),
            self,
            scenario.palette,
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

    def _on_candidate_double_clicked(self, index: QModelIndex) -> None:
        if index.column() != CandidateColumn.NAME or not (index.flags() & Qt.ItemFlag.ItemIsEditable):
            self.recolor_candidate()

    def set_color_blind(self, on: bool) -> None:
        """View › Colour-Blind Palette: remembered, and applied to every scenario at once."""
        palette = COLOR_BLIND if on else CONVENTIONAL
        self.preferences.set_palette(palette.name)
        self.session.set_palette(palette)

    def sort_by_electoral_votes(self) -> None:
        self.tree.sortByColumn(Column.ELECTORS, Qt.SortOrder.DescendingOrder)

    # --- window --------------------------------------------------------------------------------

    def _show_error(self, title: str, message: str) -> None:
        show_warning(self, title, message)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.confirm_discard():
            self.preferences.set_geometry(self.saveGeometry())
            event.accept()
        else:
            event.ignore()

    def show_glossary(self) -> None:
        self.glossary_dock.show()
        self.glossary_dock.raise_()
        self._size_side_panels()

    def _size_side_panels(self) -> None:
        """The lesson and glossary column: a readable width that leaves the rest its room."""
        width = max(220, min(340, round(self.width() * 0.24)))
        shown = [d for d in (self.lesson_dock, self.glossary_dock) if d.isVisible()]
        if shown:
            self.resizeDocks(shown, [width] * len(shown), Qt.Orientation.Horizontal)
        self._balance()

    def _balance(self) -> None:
        """The results side keeps room for all its tabs; the state list gives way (it scrolls)."""
        sizes = self.splitter.sizes()
        total = sum(sizes)
        needed = self.tabs.tabBar().sizeHint().width() + 24
        if total and sizes[1] < needed <= total - 200:
            self.splitter.setSizes([total - needed, needed])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self._balance)  # once the docks and the splitter have their new sizes

    def reopen_last(self) -> bool:
        """At start: the scenario file that was open last time, if it is still there."""
        last = self.preferences.last_file()
        if last is None or not last.is_file() or self.session.path is not None:
            return False
        if not self.documents.open_path(last, confirmed=True):
            return False
        self.statusBar().showMessage(
            translate("main_window", "Opened {name} again, as you left it (File › New starts afresh)").format(
                name=last.name
            ),
            10000,
        )
        return True

    def show_help(self) -> None:
        QMessageBox.information(self, translate("main_window", "Keys and terms"), help_text())

    # --- language --------------------------------------------------------------------------------

    def release_session(self) -> None:
        """Before a new window takes over the session: stop following it. The views and their
        models are the window's children, so their connections end when it is deleted; the
        window's own end now."""
        session = self.session
        session.changed.disconnect(self._on_changed)
        session.document_changed.disconnect(self._update_title)
        session.undo_stack.cleanChanged.disconnect(self._on_clean_changed)
        for child in (
            self.tree,
            self.candidate_table,
            self.map_panel,
            self.congress_panel,
            self.count_panel,
            self.analyses,
            self.popular_panel,
            self.apportionment,
        ):
            if child is not None:
                child.deleteLater()
        for chart in self.charts.values():
            chart.deleteLater()

    def set_language(self, language: str) -> MainWindow:
        """Save the choice and show the window in that language at once: a new window around the
        same session (scenario, file and undo history kept). Returns the window now showing."""
        self.preferences.set_language(language)
        if language == current_language():
            return self
        self.language_requested.emit(language)
        return self.replaced_by or self
