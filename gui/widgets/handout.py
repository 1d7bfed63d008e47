"""The handout: a Letter PDF, or the same pages on a printer.

Page 1 has the title, the outcome in words, the map (print-friendly: a hatch per candidate), a
tally table per office and the majority chart; then the lesson text and, when Congress decides,
the contingent election. Every page has a footer with the data sources. What it says comes
from gui.present.handout; this module only draws it. The PDF is drawn into memory, checked, and
its bytes written atomically (gui.io.atomic): a failed export never damages an existing file,
and printing to a file does the same.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLineF, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from gui import __version__
from gui.domain.document import ScenarioDocument
from gui.domain.forecast import is_forecast
from gui.domain.i18n import translate
from gui.domain.scenario import Office
from gui.domain.tally import Tally
from gui.io.atomic import WriteError, cannot_write, write_bytes
from gui.present.forecast import race_bar
from gui.present.handout import (
    Summary,
    data_sources,
    handout_title,
    outcome_sentences,
    page_footer,
    subtitle,
    text_pages_markdown,
)
from gui.present.outcome import (
    TallyRow,
    majority_line,
    office_heading,
    offices_shown,
    tally_headings,
    tally_rows,
)
from gui.qt.application import offscreen_application
from gui.qt.translations import install
from gui.widgets.lesson_browser import SafeTextDocument
from gui.widgets.majority_chart import bar_rows
from gui.widgets.map.race_bar import paint_race_bar, race_bar_height
from gui.widgets.map.view import MAP_VIEW, MapView
from gui.widgets.pictures import chart_image

PDF_DPI = 300
CHART_DPI = 300  # the chart is a picture (pyqtgraph): rendered at print resolution
CHART_SCREEN_DPI = 125  # laid out as on a screen this dense: its 11-pt labels print at about 8.5 pt
MARGIN_INCHES = 0.55


class _Pages:
    """Draws the handout on any paged device (a QPdfWriter or a QPrinter), in device pixels."""

    def __init__(self, painter: QPainter, device: QPagedPaintDevice, document: ScenarioDocument, lesson: str):
        self.painter = painter
        self.device = device
        self.document = document
        self.scenario = document.scenario
        self.summary = Summary.of(self.scenario)
        self.dpi = device.logicalDpiY()
        self.page = QRectF(0, 0, device.width(), device.height())
        self.footer_height = self.pt(30)
        self.body = QRectF(0, 0, self.page.width(), self.page.height() - self.footer_height)
        self._view: Any = None  # the map, built when first needed
        self.text = self._text_document(lesson)

    def pt(self, points: float) -> float:
        return points * self.dpi / 72

    def font(self, points: float, bold: bool = False, italic: bool = False) -> Any:
        font = QFont()
        font.setPointSizeF(points)
        font.setBold(bold)
        font.setItalic(italic)
        return font

    # -- layout helpers ------------------------------------------------------------------------

    def paragraph(
        self, text: str, top: float, points: float, *, bold: bool = False, color: str = "#000000"
    ) -> float:
        """Draw wrapped text across the body; return the y below it."""

        painter = self.painter
        painter.setFont(self.font(points, bold))
        painter.setPen(QColor(color))
        flags = (
            int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)
        )
        bounds = painter.boundingRect(QRectF(0, top, self.body.width(), self.body.height()), flags, text)
        painter.drawText(QRectF(0, top, self.body.width(), bounds.height()), flags, text)
        return top + bounds.height()

    def _text_document(self, lesson: str) -> Any:
        markdown = text_pages_markdown(self.document, self.summary, lesson)
        if not markdown.strip():
            return None
        text = SafeTextDocument()  # the lesson's images: only the app's own or embedded ones
        text.documentLayout().setPaintDevice(self.device)  # font sizes in the device's resolution
        text.setDefaultFont(self.font(11))
        text.setDocumentMargin(0)
        text.set_safe_markdown(markdown)
        text.setPageSize(QSizeF(self.body.width(), self.body.height()))
        return text

    @property
    def page_count(self) -> int:
        return 1 + (self.text.pageCount() if self.text is not None else 0)

    # -- pages ---------------------------------------------------------------------------------

    def draw(self) -> int:
        self.draw_first_page()
        self.footer(1)
        for index in range(1, self.page_count):
            self.device.newPage()
            self.draw_text_page(index - 1)
            self.footer(index + 1)
        return self.page_count

    def draw_first_page(self) -> None:
        scenario, result = self.scenario, self.summary.result
        y = self.paragraph(handout_title(self.document), 0, 18, bold=True)
        y = self.paragraph(subtitle(scenario, result), y + self.pt(2), 9, color="#333333")
        y += self.pt(8)
        for line in outcome_sentences(scenario, self.summary):
            y = self.paragraph(line, y, 10.5) + self.pt(2)
        y += self.pt(6)

        if is_forecast(scenario):  # the race to the majority, above the map
            font = self.font(9)
            height = race_bar_height(font, self.device)
            paint_race_bar(self.painter, QRectF(0, y, self.body.width(), height), race_bar(scenario), font)
            y += height + self.pt(4)
        offices = offices_shown(result)
        table_height = max(self.table_height(result, office) for office in offices)
        chart_height = self.chart_height(result)
        gap = self.pt(10)
        map_height = self.body.bottom() - y - table_height - chart_height - 2 * gap
        map_rect = self.fit(QRectF(0, y, self.body.width(), map_height), self.map_ratio())
        gap += (map_height - map_rect.height()) / 3  # a map limited by the width: spread the rest
        map_rect.translate(0, gap - self.pt(10))
        self.draw_map(map_rect)
        y = map_rect.bottom() + gap
        if result.pre_12th_amendment:
            self.draw_table(QRectF(0, y, self.body.width(), table_height), Office.PRESIDENT)
        else:
            half = (self.body.width() - self.pt(14)) / 2
            self.draw_table(QRectF(0, y, half, table_height), Office.PRESIDENT)
            self.draw_table(QRectF(half + self.pt(14), y, half, table_height), Office.VICE_PRESIDENT)
        y += table_height + gap
        self.draw_chart(QRectF(0, y, self.body.width(), chart_height))

    def draw_text_page(self, index: int) -> None:
        painter, text = self.painter, self.text
        height = text.pageSize().height()
        painter.save()
        painter.translate(0, -index * height)
        clip = QRectF(0, index * height, self.body.width(), height)
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = clip
        text.documentLayout().draw(painter, context)
        painter.restore()

    def footer(self, number: int) -> None:
        painter = self.painter
        top = self.page.bottom() - self.footer_height + self.pt(6)
        painter.setPen(QPen(QColor("#777777"), self.pt(0.5)))
        painter.drawLine(QLineF(0, top, self.page.width(), top))
        painter.setFont(self.font(6.5))
        painter.setPen(QColor("#333333"))
        page = page_footer(__version__, number, self.page_count)
        right = painter.boundingRect(QRectF(), 0, page).width() + self.pt(12)
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignTop)
        painter.drawText(
            QRectF(0, top + self.pt(3), self.page.width() - right, self.pt(22)),
            flags,
            data_sources(),
        )
        painter.drawText(
            QRectF(self.page.width() - right, top + self.pt(3), right, self.pt(22)),
            int(Qt.AlignmentFlag.AlignRight) | int(Qt.AlignmentFlag.AlignTop),
            page,
        )

    # -- map -----------------------------------------------------------------------------------

    @staticmethod
    def fit(rect: Any, ratio: float) -> Any:
        """The largest rectangle of ``ratio`` (width / height) in ``rect``, centred horizontally."""

        width = min(rect.width(), rect.height() * ratio)
        return QRectF(rect.left() + (rect.width() - width) / 2, rect.top(), width, width / ratio)

    def map_ratio(self) -> float:
        rect = self._map_view().sceneRect()
        return rect.width() / rect.height()

    def _map_view(self) -> Any:
        if self._view is None:
            view = MapView()
            view.set_scenario(self.scenario)
            view.set_print_friendly(True)
            view.set_view(MAP_VIEW)
            self._view = view
        return self._view

    def draw_map(self, target: Any) -> None:
        """The map as vectors (hatches scale with it, so they print as on screen)."""

        view = self._map_view()
        scene = view.scene()
        painter = self.painter
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.NonCosmeticBrushPatterns)
        scene.render(painter, target, scene.sceneRect())
        painter.restore()
        view.deleteLater()

    # -- tables --------------------------------------------------------------------------------

    def row_height(self) -> float:
        return self.pt(13)

    def table_height(self, result: Tally, office: Office) -> float:
        rows = len(tally_rows(self.scenario, result, office))
        return self.row_height() * (rows + 3)  # title, header, rows, majority line

    def column_widths(
        self, width: float, headings: tuple[str, ...], rows: list[TallyRow], pad: float
    ) -> list[float]:
        """Votes and status as wide as their widest entry, the name up to half the table, the
        party what is left (it is the one shortened with "…" when space runs out)."""

        metrics = QFontMetricsF(self.font(8.5, bold=True), self.device)

        def widest(texts: list[str]) -> float:
            return max(metrics.horizontalAdvance(text) for text in texts) + 2 * pad + self.pt(1)

        votes = widest([headings[2], *(str(r.votes) for r in rows)])
        status = widest([headings[3], *(r.status for r in rows)])
        name = min(widest([headings[0], *(r.name for r in rows)]), width / 2)
        return [name, max(0.0, width - name - votes - status), votes, status]

    def draw_table(self, rect: Any, office: Office) -> None:
        painter, result = self.painter, self.summary.result
        row = self.row_height()
        title = office_heading(result, office)
        rows = tally_rows(self.scenario, result, office)
        headings = tally_headings()
        pad = self.pt(3)
        columns = self.column_widths(rect.width(), headings, rows, pad)
        lefts = [rect.left() + sum(columns[:i]) for i in range(len(columns))]
        y = rect.top()

        def cell(i: int, text: str, *, bold: bool = False, right: bool = False) -> None:
            painter.setFont(self.font(8.5, bold))
            metrics = painter.fontMetrics()
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(columns[i] - 2 * pad))
            align = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
            painter.drawText(
                QRectF(lefts[i] + pad, y, columns[i] - 2 * pad, row),
                int(align | Qt.AlignmentFlag.AlignVCenter),
                text,
            )

        painter.setPen(QColor("#000000"))
        painter.setFont(self.font(10.5, bold=True))
        painter.drawText(QRectF(rect.left(), y, rect.width(), row), int(Qt.AlignmentFlag.AlignVCenter), title)
        y += row
        for i, heading in enumerate(headings):
            cell(i, heading, bold=True, right=i == 2)
        y += row
        painter.setPen(QPen(QColor("#000000"), self.pt(0.75)))
        painter.drawLine(QLineF(rect.left(), y, rect.right(), y))
        for n, entry in enumerate(rows):
            if n % 2:  # a light band every other row: readable in grey, carries no information
                painter.fillRect(QRectF(rect.left(), y, rect.width(), row), QColor("#EFEFEF"))
            painter.setPen(QColor("#000000"))
            cell(0, entry.name, bold=entry.emphasis)
            cell(1, entry.party)
            cell(2, str(entry.votes), bold=entry.emphasis, right=True)
            cell(3, entry.status, bold=entry.emphasis)
            y += row
        painter.setPen(QPen(QColor("#000000"), self.pt(0.75)))
        painter.drawLine(QLineF(rect.left(), y, rect.right(), y))
        painter.setPen(QColor("#000000"))
        painter.setFont(self.font(9, italic=True))
        painter.drawText(
            QRectF(rect.left() + pad, y, rect.width() - pad, row),
            int(Qt.AlignmentFlag.AlignVCenter),
            majority_line(result),
        )

    # -- chart ---------------------------------------------------------------------------------

    def chart_height(self, result: Tally) -> float:
        bars = len(bar_rows(result, Office.PRESIDENT))
        return self.pt(40 + 19 * max(bars, 2))

    def draw_chart(self, target: Any) -> None:
        screen = CHART_SCREEN_DPI / self.dpi
        image = chart_image(
            self.document.scenario,
            self.summary.result,
            (round(target.width() * screen), round(target.height() * screen)),
            scale=CHART_DPI / CHART_SCREEN_DPI,
        )
        self.painter.drawImage(target, image)


def use_language(language: str) -> None:
    """Everything drawn from now on (handouts, pictures) in ``language`` ("en", "es"): for the
    command line's --lang, before the scenario it draws is read."""
    offscreen_application()
    install(language)


def paint_handout(
    device: QPagedPaintDevice, document: ScenarioDocument, *, lesson_text: str | None = None
) -> int:
    """Draw the handout on ``device`` (a QPdfWriter or a QPrinter); returns the number of pages.
    ``lesson_text`` defaults to the document's description; pass "" to leave it out."""

    offscreen_application()
    lesson = document.description if lesson_text is None else lesson_text
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(translate("export", "cannot start drawing on the output"))
    try:
        pages = _Pages(painter, device, document, lesson).draw()
    finally:
        finished = painter.end()
    if not finished:
        raise OSError(translate("export", "the output could not be finished"))
    return pages


def _letter(device: Any) -> None:
    device.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    device.setPageOrientation(QPageLayout.Orientation.Portrait)
    margins = QMarginsF(MARGIN_INCHES, MARGIN_INCHES, MARGIN_INCHES, MARGIN_INCHES)
    device.setPageMargins(margins, QPageLayout.Unit.Inch)


def pdf_bytes(
    document: ScenarioDocument, *, lesson_text: str | None = None, layout: QPageLayout | None = None
) -> tuple[bytes, int]:
    """The handout as a complete PDF in memory, and its number of pages; OSError if the drawing
    did not finish (nothing is written anywhere). ``layout`` defaults to Letter, portrait."""
    offscreen_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setTitle(handout_title(document))
    writer.setCreator(f"ec-whatif {__version__}")
    if layout is None:
        _letter(writer)
    else:
        writer.setPageLayout(layout)
    pages = paint_handout(writer, document, lesson_text=lesson_text)
    del writer  # finishes the PDF in the buffer
    buffer.close()
    pdf = bytes(data.data())
    if not (pdf.startswith(b"%PDF") and pdf.rstrip().endswith(b"%%EOF")):
        raise OSError(translate("export", "the output could not be finished"))
    return pdf, pages


def export_pdf(document: ScenarioDocument, path: Path, *, lesson_text: str | None = None) -> int:
    """Write the handout as a PDF (Letter, portrait); returns the number of pages."""
    try:
        pdf, pages = pdf_bytes(document, lesson_text=lesson_text)
    except OSError as error:
        raise WriteError(cannot_write(Path(path), str(error))) from None
    write_bytes(Path(path), pdf)
    return pages


def print_document(document: ScenarioDocument, parent_widget: QWidget | None, *, printer: Any = None) -> bool:
    """File › Print: the print dialog, then the handout's pages. False if the user cancels."""

    if printer is None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        _letter(printer)
    printer.setDocName(handout_title(document))
    dialog = QPrintDialog(printer, parent_widget)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    target = printer.outputFileName()
    if target and printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        # Print to file: the same pages drawn into memory, then written atomically.
        try:
            pdf, _ = pdf_bytes(document, layout=printer.pageLayout())
        except OSError as error:
            raise WriteError(cannot_write(Path(target), str(error))) from None
        write_bytes(Path(target), pdf)
        return True
    paint_handout(printer, document)
    if printer.printerState() == QPrinter.PrinterState.Error:
        raise OSError(translate("export", "the printer reported an error"))
    return True
