"""Rich text that reads nothing: Markdown shown with its raw HTML as text, and no image or other
resource loaded, whatever a lesson, a scenario file or a name points at (``<img src=/dev/zero>``
or ``![](/dev/zero)`` would otherwise be read from disk while the text is laid out)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser

# GitHub's Markdown (lists, tables, emphasis), with HTML in it shown as written.
MARKDOWN = QTextDocument.MarkdownFeature.MarkdownDialectGitHub | QTextDocument.MarkdownFeature.MarkdownNoHTML


def _nothing(kind: int) -> Any:
    """An empty picture for an image (with nothing at all, Qt would read the file itself)."""
    if getattr(kind, "value", kind) == QTextDocument.ResourceType.ImageResource.value:
        blank = QImage(1, 1, QImage.Format.Format_ARGB32)
        blank.fill(0)
        return blank
    return None


class InertDocument(QTextDocument):
    def loadResource(self, kind: int, name: Any) -> Any:  # noqa: N802 (Qt's name)
        return _nothing(kind)


class InertBrowser(QTextBrowser):
    def loadResource(self, kind: int, name: Any) -> Any:  # noqa: N802 (Qt's name)
        return _nothing(kind)


def set_markdown(document: QTextDocument, markdown: str) -> None:
    document.setMarkdown(markdown, MARKDOWN)
