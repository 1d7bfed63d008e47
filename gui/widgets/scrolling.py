"""A scroll area that scrolls only up and down: as wide as what it holds needs, as short as the
room it is given (so a tall panel never pushes the map or the charts aside)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

SHORTEST = 60  # px: below this the area is too short to scroll usefully


class VerticalScrollArea(QScrollArea):
    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        content = self.widget().minimumSizeHint()
        return QSize(content.width() + self.verticalScrollBar().sizeHint().width(), SHORTEST)

    def sizeHint(self) -> QSize:
        content = self.widget().sizeHint()
        return QSize(content.width() + self.verticalScrollBar().sizeHint().width(), content.height())


def fill_with_scrolled(owner: QWidget, content: QWidget) -> QScrollArea:
    """``content`` as all of ``owner``, scrolled (both ways) when the room is too small for it."""
    scroll = QScrollArea(owner)
    scroll.setWidget(content)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scroll)
    return scroll
