"""The window's actions and menus: what each is called, its key, and what it does.

``window`` is the main window (gui.widgets.main_window): these functions give it its actions
(``window.save_action``, ...) and menus, connected to its slots, its ``documents`` (the file
side) and its ``projector``. Typed loosely on purpose: the main window depends on this module,
not the other way round.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from gui.domain.i18n import translate
from gui.io.lessons import list_lessons
from gui.qt.translations import LANGUAGES, current_language

MainWindow = Any  # see the module docstring


def action(
    window: MainWindow,
    text: str,
    slot: Callable[[], object],
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    tip: str = "",
    *,
    checkable: bool = False,
) -> QAction:
    """An action; a checkable one calls ``slot`` with its new state."""
    made = QAction(text, window)
    made.setCheckable(checkable)
    made.triggered.connect(slot)
    if shortcut is not None:
        made.setShortcut(shortcut)
    if tip:
        made.setStatusTip(tip)
        made.setToolTip(tip)
    return made


def build_actions(window: MainWindow) -> None:
    keys = QKeySequence.StandardKey
    documents = window.documents
    window.new_action = action(
        window,
        translate("main_window", "&New"),
        documents.new_scenario,
        keys.New,
        translate("main_window", "Start again from the chosen election"),
    )
    window.open_action = action(
        window,
        translate("main_window", "&Open…"),
        documents.open_dialog,
        keys.Open,
        translate("main_window", "Open a scenario file"),
    )
    window.save_action = action(
        window,
        translate("main_window", "&Save"),
        documents.save,
        keys.Save,
        translate("main_window", "Save the scenario"),
    )
    window.save_as_action = action(
        window,
        translate("main_window", "Save &As…"),
        documents.save_as,
        keys.SaveAs,
        translate("main_window", "Save under a new name"),
    )
    window.quit_action = action(window, translate("main_window", "&Quit"), window.close, keys.Quit)
    stack = window.session.undo_stack
    window.undo_action = stack.createUndoAction(window, translate("main_window", "&Undo"))
    window.undo_action.setShortcut(keys.Undo)
    window.redo_action = stack.createRedoAction(window, translate("main_window", "&Redo"))
    window.redo_action.setShortcut(keys.Redo)
    window.add_candidate_action = action(
        window,
        translate("main_window", "&Add Candidate…"),
        window.add_candidate,
        "Ctrl+Shift+A",
        translate("main_window", "Add a person electors can be pledged to or vote for"),
    )
    window.recolor_action = action(
        window,
        translate("main_window", "Re&colour Candidate…"),
        window.recolor_candidate,
        None,
        translate("main_window", "Change the colour of the selected candidate"),
    )
    window.reset_action = action(
        window,
        translate("main_window", "&Reset"),
        window.reset,
        "Ctrl+R",
        translate("main_window", "Back to the starting point (undoable)"),
    )
    window.find_action, window.expand_action, window.collapse_action = (
        action(window, text, slot, key)
        for text, slot, key in (
            (
                translate("main_window", "&Find State or Elector"),
                lambda: window.filter_box.setFocus(),
                keys.Find,
            ),
            (translate("main_window", "E&xpand All"), lambda: window.tree.expandAll(), "Ctrl+E"),
            (translate("main_window", "C&ollapse All"), lambda: window.tree.collapseAll(), "Ctrl+Shift+E"),
        )
    )
    window.projector_action = action(
        window,
        translate("main_window", "&Projector Mode"),
        lambda on: window.projector.set_projector(on),
        "F11",
        translate("main_window", "Full screen, large type, map and charts only (F11 again to leave)"),
        checkable=True,
    )
    window.zoom_in_action, window.zoom_out_action, window.zoom_reset_action = (
        action(window, text, slot, key)
        for text, slot, key in (
            (translate("main_window", "Zoom &In"), lambda: window.projector.zoom_in(), keys.ZoomIn),
            (translate("main_window", "Zoom &Out"), lambda: window.projector.zoom_out(), keys.ZoomOut),
            (translate("main_window", "&Actual Size"), lambda: window.projector.reset_zoom(), "Ctrl+0"),
        )
    )
    window.zoom_in_action.setShortcuts([QKeySequence(keys.ZoomIn), QKeySequence("Ctrl+=")])
    window.contrast_action = action(
        window,
        translate("main_window", "&High Contrast"),
        lambda on: window.projector.set_high_contrast(on),
        "Ctrl+Shift+H",
        translate("main_window", "Black on white with heavy outlines"),
        checkable=True,
    )
    window.palette_action = action(
        window,
        translate("main_window", "Colour-&Blind Palette"),
        window.set_color_blind,
        None,
        translate(
            "main_window",
            "Blue and vermilion with colours told apart in any colour vision (instead of blue and red)",
        ),
        checkable=True,
    )
    window.sort_ev_action = action(
        window,
        translate("main_window", "Sort by &Electoral Votes"),
        window.sort_by_electoral_votes,
        "Ctrl+Shift+S",
    )


def build_menus(window: MainWindow) -> None:
    documents = window.documents
    menu = window.menuBar()
    file_menu = menu.addMenu(translate("main_window", "&File"))
    file_menu.addActions([window.new_action, window.open_action])
    window.recent_menu = file_menu.addMenu(translate("main_window", "Open &Recent"))
    window.recent_menu.aboutToShow.connect(lambda: documents.fill_recent_menu(window.recent_menu))
    file_menu.addActions([window.save_action, window.save_as_action])
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
        export_menu.addAction(action(window, label, lambda k=kind, x=suffix: documents.export(k, x)))
    file_menu.addAction(
        action(
            window,
            translate("main_window", "&Print…"),
            documents.print_handout,
            QKeySequence.StandardKey.Print,
            translate("main_window", "Print the handout: map, tallies, chart and lesson text"),
        )
    )
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)
    edit_menu = menu.addMenu(translate("main_window", "&Edit"))
    edit_menu.addActions([window.undo_action, window.redo_action])
    edit_menu.addSeparator()
    edit_menu.addActions([window.add_candidate_action, window.recolor_action, window.reset_action])
    lessons_menu = menu.addMenu(translate("main_window", "&Lessons"))
    for lesson in list_lessons(current_language()):  # oldest first, in the window's language
        item = lessons_menu.addAction(f"{lesson.year} — {lesson.title}")
        item.setToolTip(
            translate("main_window", "Open the lesson '{title}' (ec-whatif lessons: {id})").format(
                title=lesson.title, id=lesson.id
            )
        )
        item.triggered.connect(lambda _=False, ident=lesson.id: documents.open_lesson(ident))
    lessons_menu.addSeparator()
    lessons_menu.addAction(
        action(
            window,
            translate("main_window", "Your Own Lesson…"),
            documents.open_dialog,
            None,
            translate("main_window", "A lesson is a scenario file with a title and text: open it"),
        )
    )
    window.lessons_menu = lessons_menu
    view_menu = menu.addMenu(translate("main_window", "&View"))
    view_menu.addActions(
        [window.find_action, window.expand_action, window.collapse_action, window.sort_ev_action]
    )
    view_menu.addSeparator()
    view_menu.addActions(
        [
            window.projector_action,
            window.zoom_in_action,
            window.zoom_out_action,
            window.zoom_reset_action,
            window.contrast_action,
            window.palette_action,
        ]
    )
    view_menu.addSeparator()
    window.language_menu = view_menu.addMenu(translate("main_window", "&Language"))
    window.language_actions = {}
    languages = QActionGroup(window)
    languages.setExclusive(True)
    for code, name in LANGUAGES.items():  # each language in its own name: findable by its readers
        item = window.language_menu.addAction(name)
        item.setCheckable(True)
        item.setChecked(code == current_language())
        item.setData(code)
        item.setStatusTip(translate("main_window", "Show the window in this language"))
        languages.addAction(item)
        item.triggered.connect(lambda _=False, c=code: window.set_language(c))
        window.language_actions[code] = item
    window.view_menu = view_menu
    help_menu = menu.addMenu(translate("main_window", "&Help"))
    help_menu.addAction(
        action(window, translate("main_window", "&Glossary and Constitution"), window.show_glossary, "F1")
    )
    help_menu.addAction(action(window, translate("main_window", "&Keys"), window.show_help, "Shift+F1"))
