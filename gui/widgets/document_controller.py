"""The window's files: new, open, save, save as, recent files, lessons, exports and printing.

Every write goes through gui.io (atomic); every failure is one message and keeps what was there.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from gui.domain.i18n import QT_TRANSLATE_NOOP, translate
from gui.domain.identifiers import InputError
from gui.io.atomic import write_bytes
from gui.qt.session import ScenarioSession
from gui.qt.settings import Preferences
from gui.qt.translations import current_language
from gui.widgets.messages import plain_box, show_warning

# English here; shown through translate("main_window", ...).
FILE_FILTER = QT_TRANSLATE_NOOP("main_window", "Scenarios (*.json);;All files (*)")


class DocumentController(QObject):
    """The file side of a window: dialogs open over ``window``; what to ask and how to report
    errors the window decides (``confirm_discard``, ``show_error``, ``print_friendly``)."""

    def __init__(self, window: QMainWindow, session: ScenarioSession, preferences: Preferences) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.preferences = preferences
        self.confirm_discard: Callable[[], bool] = self.ask_to_save
        self.show_error: Callable[[str, str], None] = lambda title, message: show_warning(
            window, title, message
        )
        self.print_friendly: Callable[[], bool] = lambda: False
        # A save that failed: say why and offer to save elsewhere; True to choose another file.
        self.offer_save_as: Callable[[str, str], bool] = self._offer_save_as

    # --- opening -------------------------------------------------------------------------------

    def new_scenario(self) -> None:
        if self.confirm_discard():
            self.session.new(self.session.scenario.election.year, self.session.scenario.start)
            self.preferences.set_last_file(None)

    def open_dialog(self) -> None:
        if not self.confirm_discard():
            return
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("main_window", "Open scenario"),
            str(self.directory()),
            translate("main_window", FILE_FILTER),
        )
        if path:
            self.open_path(Path(path), confirmed=True)

    def open_path(self, path: Path, *, confirmed: bool = False) -> bool:
        """Open a scenario file; on any problem say why and keep the current scenario."""
        if not confirmed and not self.confirm_discard():
            return False
        # The file formats load with the first file, not before the window's first frame.
        from gui.io.scenario_file import ScenarioFileError, read

        try:
            document = read(path, self.session.catalog)
        except ScenarioFileError as error:
            self.show_error(translate("main_window", "Cannot open the scenario"), str(error))
            return False
        self.session.replace(document, path)
        self.preferences.add_recent_file(path)
        self.preferences.set_last_file(path)  # the next start opens it again
        return True

    def open_lesson(self, ident: str) -> bool:
        """A bundled lesson; saving it asks for a new file, so the lesson itself never changes."""
        if not self.confirm_discard():
            return False
        from gui.io.lessons import load_lesson

        self.session.replace(load_lesson(ident, self.session.catalog, current_language()))
        self.preferences.set_last_file(None)
        return True

    # --- saving --------------------------------------------------------------------------------

    def save(self) -> bool:
        if self.session.path is None:
            return self.save_as()
        return self.save_to(self.session.path)

    def save_as(self) -> bool:
        suggestion = (
            self.session.path or self.directory() / f"{self.session.scenario.election.year}-what-if.json"
        )
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            translate("main_window", "Save scenario"),
            str(suggestion),
            translate("main_window", FILE_FILTER),
        )
        return self.save_to(Path(path)) if path else False

    def save_to(self, path: Path) -> bool:
        """Atomic save: the old file stays intact unless the new one is complete."""
        from gui.io.scenario_file import ScenarioFileError, encode

        title = translate("main_window", "Cannot save the scenario")
        try:
            data = encode(self.session.document, path)
        except ScenarioFileError:  # a name no file can hold (a lone surrogate): say so, keep the old file
            message = translate("main_window", "{path}: a name contains characters that cannot be saved.")
            self.show_error(title, message.format(path=path))
            return False
        existed = path.exists()
        try:
            write_bytes(path, data)
        except OSError as error:
            message = (
                translate("main_window", "{reason}. The previous file is unchanged.")
                if existed
                else translate("main_window", "{reason}. Nothing was saved.")
            )
            if self.offer_save_as(title, message.format(reason=error.strerror or str(error))):
                return self.save_as()
            return False
        self.session.mark_saved(path)
        self.preferences.add_recent_file(path)
        self.preferences.set_last_file(path)
        self.window.statusBar().showMessage(translate("main_window", "Saved {path}").format(path=path), 5000)
        return True

    # --- exports and printing ------------------------------------------------------------------

    def export(self, kind: str, suffix: str) -> bool:
        """Ask where, then write a handout, picture or CSV of the current scenario (atomically)."""
        year = self.session.scenario.election.year
        name = f"{year}-{kind}.{suffix}" if kind != suffix else f"{year}-what-if.{suffix}"
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            translate("main_window", "Export"),
            str(self.directory() / name),
            f"{suffix.upper()} (*.{suffix})",
        )
        if not path:
            return False
        return self.export_to(Path(path), kind)

    def export_to(self, path: Path, kind: str) -> bool:
        # The handout, the pictures (Qt printing, pyqtgraph) and the CSV load when first used.
        from gui.io.csv_file import write_csv
        from gui.present.csv_table import csv_rows
        from gui.widgets.handout import export_pdf
        from gui.widgets.pictures import export_png, save_widget

        document = self.session.document
        try:
            if kind == "pdf":
                export_pdf(document, path)
            elif kind == "csv":
                write_csv(path, *csv_rows(document.scenario))
            elif kind == "window":
                save_widget(self.window, path)
            else:
                export_png(document, path, what=kind, print_friendly=self.print_friendly())
        except (OSError, InputError) as error:
            self.show_error(translate("main_window", "Cannot export"), str(error))
            return False
        self.window.statusBar().showMessage(
            translate("main_window", "Exported {path}").format(path=path), 5000
        )
        return True

    def print_handout(self) -> None:
        from gui.widgets.handout import print_document

        try:
            print_document(self.session.document, self.window)
        except (OSError, InputError) as error:
            self.show_error(translate("main_window", "Cannot print"), str(error))

    # --- recent files and questions ------------------------------------------------------------

    def directory(self) -> Path:
        recent = self.preferences.recent_files()
        return recent[0].parent if recent else Path.home()

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        recent = self.preferences.recent_files()
        for n, path in enumerate(recent, start=1):
            action = menu.addAction(f"&{n} {path.name}")
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if not recent:
            menu.addAction(translate("main_window", "No recent files")).setEnabled(False)

    def _offer_save_as(self, title: str, message: str) -> bool:
        box = plain_box(QMessageBox.Icon.Warning, title, message, self.window)
        box.addButton(QMessageBox.StandardButton.Cancel)
        elsewhere = box.addButton(translate("main_window", "Save &As…"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(elsewhere)
        box.exec()
        return box.clickedButton() is elsewhere

    def ask_to_save(self) -> bool:
        """True when it is fine to go on: nothing unsaved, saved now, or discarded."""
        if self.session.undo_stack.isClean():
            return True
        answer = QMessageBox.question(
            self.window,
            translate("main_window", "Unsaved changes"),
            translate("main_window", "Save the changes to this scenario first?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard
