"""Rich text from a file (the lesson panel, the glossary, the handout's lesson pages) that never
navigates and never loads what the text names: gui.io.lesson_media decides which links open (web
pages, in the system browser, once the user agrees) and which images show (the app's own and
those embedded in the file). Qt's defaults would show a ``file:`` link's target in the panel and
read any path an image names, a FIFO or /dev/zero included.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QImage,
    QPainter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QWidget

from gui.io.lesson_media import MAX_IMAGE_BYTES, LinkKind, image_bytes, link_host, link_kind
from gui.present.lesson_links import (
    images_not_shown,
    refused_link,
    refused_link_title,
    web_link_question,
    web_link_title,
)

_IMAGE = QTextDocument.ResourceType.ImageResource.value
# GitHub's Markdown (lists, tables, emphasis), with any HTML in it shown as written: a name or a
# description is text, never markup.
MARKDOWN = QTextDocument.MarkdownFeature.MarkdownDialectGitHub | QTextDocument.MarkdownFeature.MarkdownNoHTML
# What a refused image is renamed to before anything lays the text out: a Qt resource path, so
# that not even the check for a high-resolution variant ("NAME@2x.png") touches the disk.
REFUSED_NAME = ":/ec-whatif/image-not-shown"


def _placeholder() -> QImage:
    """A small grey frame where an image was not shown. Never nothing: when a document gets no
    image for a name, Qt's image handler reads the name as a path itself."""
    image = QImage(16, 16, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.setPen(QColor("#9e9e9e"))
    painter.drawRect(0, 0, 15, 15)
    painter.drawLine(0, 0, 15, 15)
    painter.end()
    return image


def safe_resource(kind: Any, name: QUrl) -> QImage | None:
    """What a document may load: an image the lesson may show, else a placeholder image; no
    style sheet, page, file or network resource at all."""
    if int(getattr(kind, "value", kind)) != _IMAGE:
        return None
    data = image_bytes(name.toString())
    image = QImage.fromData(data) if data is not None else QImage()
    return _placeholder() if image.isNull() else image


class SafeTextDocument(QTextDocument):
    """A text document whose resources are only those safe_resource allows."""

    def loadResource(self, kind: Any, name: QUrl) -> Any:  # noqa: N802 (Qt's name)
        return safe_resource(kind, name)

    def set_safe_markdown(self, markdown: str) -> list[str]:
        """Read ``markdown``, renaming each image it may not show before anything lays it out;
        the names refused, in order, each once."""
        self.setMarkdown(markdown, MARKDOWN)
        return _rename_refused_images(self)


def _rename_refused_images(document: QTextDocument) -> list[str]:
    refused: dict[str, None] = {}
    spans: list[tuple[int, int, QTextImageFormat]] = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            form = fragment.charFormat()
            if form.isImageFormat():
                image = form.toImageFormat()
                if image_bytes(image.name()) is None:
                    refused[image.name()] = None
                    image.setName(REFUSED_NAME)
                    spans.append((fragment.position(), fragment.length(), image))
            fragments += 1
        block = block.next()
    cursor = QTextCursor(document)
    for position, length, image in spans:
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(image)
    return list(refused)


class LessonBrowser(QTextBrowser):
    """A read-only rich-text panel for text a file brings (see the module's notes)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocument(SafeTextDocument(self))
        self.setOpenLinks(False)  # a click never navigates the panel
        self.setOpenExternalLinks(False)
        self.setSearchPaths([])
        # What a click on a link asks and says; tests replace them.
        self.confirm: Callable[[str, str], bool] = self._ask
        self.inform: Callable[[str, str], None] = lambda title, text: QMessageBox.information(
            self, title, text
        )
        self.open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl
        self.anchorClicked.connect(self.follow)

    def loadResource(self, kind: Any, name: QUrl) -> Any:  # noqa: N802 (Qt's name)
        return safe_resource(kind, name)

    def show_markdown(self, markdown: str) -> None:
        """Show ``markdown``, with a note under it naming the images it does not show. The text
        is read into a document of its own, and its refused images renamed, before the panel
        lays it out."""
        document = SafeTextDocument(self)
        document.setDefaultFont(self.font())
        refused = document.set_safe_markdown(markdown)
        if refused:
            cursor = QTextCursor(document)
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            note = QTextCharFormat()
            note.setFontItalic(True)
            cursor.insertText(images_not_shown(refused, MAX_IMAGE_BYTES), note)
        previous = self.document()
        self.setDocument(document)
        if previous.parent() is self:
            previous.deleteLater()

    def follow(self, url: QUrl) -> None:
        """A click on a link: a web page opens in the browser once the user agrees; anything
        else is refused with a note."""
        text = url.toString()
        if link_kind(text) is LinkKind.WEB:
            if self.confirm(web_link_title(), web_link_question(text, link_host(text))):
                self.open_url(QUrl(text))
            return
        self.inform(refused_link_title(), refused_link(text))

    def _ask(self, title: str, text: str) -> bool:
        buttons = QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel
        answer = QMessageBox.question(self, title, text, buttons, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Open
