"""Messages in a box: their text is always plain, since it may quote a name or a file's name
(Qt would otherwise guess, and read ``<img src=…>`` in a name as a picture to load)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def plain_box(icon: QMessageBox.Icon, title: str, text: str, parent: QWidget | None) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def show_warning(parent: QWidget | None, title: str, text: str) -> None:
    box = plain_box(QMessageBox.Icon.Warning, title, text, parent)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()
