"""At start, after a crash: offer back the unsaved work of every session that did not close.

Each copy is offered in turn, newest first: restore it (the first one restored opens in the
window), discard it, or keep it for the next start. A copy is deleted only once restored (and
this session's own copy of it written) or discarded.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QMessageBox

from gui.domain.i18n import translate
from gui.domain.identifiers import InputError
from gui.qt.autosave import Recovery, discard, restore
from gui.widgets.main_window import MainWindow


class Choice(Enum):
    RESTORE = "restore"
    DISCARD = "discard"
    KEEP = "keep"


def describe(recovery: Recovery) -> tuple[str, str]:
    """What a copy holds and when it was written, as the question says them."""
    when = QDateTime.fromSecsSinceEpoch(int(recovery.saved_at)).toString("yyyy-MM-dd hh:mm")
    what = recovery.original.name if recovery.original else translate("app", "an unsaved scenario")
    return what, when


def ask(window: MainWindow, recovery: Recovery, number: int, total: int, can_restore: bool) -> Choice:
    """The question for one copy (``number`` of ``total``)."""
    what, when = describe(recovery)
    if can_restore:
        text = translate(
            "app", "Electoral College What-If did not close normally. Restore {what}, as it was at {when}?"
        ).format(what=what, when=when)
    else:
        text = translate(
            "app", "Another window did not close normally either: {what}, as it was at {when}."
        ).format(what=what, when=when)
    if total > 1:
        count = translate("app", "Unsaved work {number} of {total}.")
        text += "\n\n" + count.format(number=number, total=total)
    title = translate("app", "Restore unsaved work?")
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=window)
    box.setTextFormat(Qt.TextFormat.PlainText)  # a file's name is never markup
    role = QMessageBox.ButtonRole
    buttons = {}
    if can_restore:
        buttons[box.addButton(translate("app", "&Restore"), role.AcceptRole)] = Choice.RESTORE
    buttons[box.addButton(translate("app", "&Discard"), role.DestructiveRole)] = Choice.DISCARD
    keep = box.addButton(translate("app", "&Keep for next time"), role.RejectRole)
    buttons[keep] = Choice.KEEP
    box.setDefaultButton(next(iter(buttons)))
    box.setEscapeButton(keep)
    box.exec()
    return buttons.get(box.clickedButton(), Choice.KEEP)


Asker = Callable[[MainWindow, Recovery, int, int, bool], Choice]


def offer_recovery(
    window: MainWindow,
    found: list[Recovery],
    *,
    keep_restored: Callable[[], object] | None = None,
    question: Asker | None = None,
) -> bool:
    """Offer every copy in ``found``; True when one was restored into the window.
    ``keep_restored`` writes the restored work as this session's own copy before the old one goes."""
    question = question or ask
    restored = False
    for number, recovery in enumerate(found, start=1):
        choice = question(window, recovery, number, len(found), not restored)
        if choice is Choice.RESTORE and not restored:
            try:
                restore(window.session, recovery)
            except InputError as error:
                window.show_error(translate("app", "Cannot restore"), str(error))
                continue  # kept: it may open in a later version
            restored = True
            if keep_restored is not None:
                keep_restored()
            discard([recovery])
        elif choice is Choice.DISCARD:
            discard([recovery])
    return restored
