"""At start, after a crash: offer to restore the unsaved work a recovery copy holds."""

from __future__ import annotations

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QMessageBox

from gui.domain.i18n import translate
from gui.domain.identifiers import InputError
from gui.qt.autosave import Recovery, discard, restore
from gui.widgets.main_window import MainWindow


def offer_recovery(window: MainWindow, found: list[Recovery]) -> bool:
    """Ask whether to restore the newest unsaved work left by a crash; the copies go either way."""
    if not found:
        return False
    newest = found[0]
    when = QDateTime.fromSecsSinceEpoch(int(newest.saved_at)).toString("yyyy-MM-dd hh:mm")
    what = newest.original.name if newest.original else translate("app", "an unsaved scenario")
    answer = QMessageBox.question(
        window,
        translate("app", "Restore unsaved work?"),
        translate(
            "app", "Electoral College What-If did not close normally. Restore {what}, as it was at {when}?"
        ).format(what=what, when=when),
    )
    restored = False
    if answer == QMessageBox.StandardButton.Yes:
        try:
            restore(window.session, newest)
            restored = True
        except InputError as error:
            window.show_error(translate("app", "Cannot restore"), str(error))
    discard(found)
    return restored
