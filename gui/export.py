"""Handouts and exports: a printable PDF, PNG pictures and a per-state CSV.

* :func:`export_pdf` writes a Letter handout: page 1 the title, the outcome in words, the map
  (print-friendly: a hatch per candidate), a tally table per office and the majority chart;
  then the lesson text and, when Congress decides, the contingent election. Every page has a
  footer with the data sources. :func:`print_document` draws the same pages on a printer.
* :func:`export_png` renders the window, the map, the electors view or the majority chart.
* :func:`export_csv` writes one row per unit (columns in :data:`CSV_COLUMNS`).

Qt is imported inside the functions (like gui.screenshot), so ``gui.cli`` stays Qt-free. Every
file is written atomically: to a temporary file in the target's folder, then renamed over it,
so a failed export never damages an existing file. Failures raise OSError or InputError with
one line.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gui import __version__
from gui.domain.contingent import HISTORICAL, NO_CANDIDATE, NO_DATA, OVERRIDE, SPLIT, ContingentResult
from gui.domain.contingent_scenario import contingent_for
from gui.domain.i18n import QT_TRANSLATE_NOOP, translate
from gui.domain.identifiers import InputError
from gui.domain.scenario import FAITHFUL, Office, Scenario, Start
from gui.domain.scenario_file import ScenarioDocument
from gui.domain.summary import party_of, voided_votes, votes_needed
from gui.domain.tally import OfficeTally, Tally, tally
from gui.qt.labels import data_text, office_title

if TYPE_CHECKING:
    from PySide6.QtGui import QImage, QPagedPaintDevice, QPainter
    from PySide6.QtWidgets import QWidget

PNG_KINDS = ("window", "map", "electors", "chart")
DEFAULT_PNG_SIZES = {
    "window": (1400, 860),
    "map": (1000, 640),
    "electors": (1000, 640),
    "chart": (900, 360),
}
PDF_DPI = 300
CHART_DPI = 300  # the chart is a picture (pyqtgraph): rendered at print resolution
CHART_SCREEN_DPI = 125  # laid out as on a screen this dense: its 11-pt labels print at about 8.5 pt
MARGIN_INCHES = 0.55
MAX_TABLE_ROWS = 10  # candidates per office table; the rest are summed
DATA_SOURCES = QT_TRANSLATE_NOOP(  # English here; the handout shows translate("export", DATA_SOURCES)
    "export",
    "Sources: electoral votes from the U.S. National Archives and the Clerk of the U.S. House; "
    "electors allotted and 2016 electors from Wikipedia contributors (CC BY-SA); Congress from "
    "unitedstates/congress-legislators (CC0); state elector laws from FairVote, NCSL and NARA; map "
    "from the U.S. Census Bureau via us-atlas; tile grid by NPR.",
)

# One row per unit. Per-person columns follow: "President: NAME" and "Vice President: NAME"
# (before the 12th Amendment, "Electoral votes: NAME", both votes of each elector pooled).
CSV_COLUMNS = (
    "state",  # postal code
    "unit",  # TX, or ME / ME-1 / ME-2 where Maine and Nebraska split
    "unit_name",
    "electors_appointed",
    "carried_by",  # the ticket the unit's electors are pledged to; "split", "undecided" or ""
    "faithless_president",  # electors voting for someone other than their pledge (not blank)
    "faithless_vice_president",
    "blank_president",  # blank ballots
    "blank_vice_president",
    "undecided",  # electors of a unit nobody has carried yet (2028)
    "not_counted",  # votes for President cast but not counted (1872: Horace Greeley)
    "note",  # why a state has no electors appointed, when it has none
)


# --- atomic writes -------------------------------------------------------------------------------


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def _atomic(path: Path, suffix: str) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success rename it over ``path``.

    On any failure the temporary file is removed and ``path`` is left as it was. ``suffix`` is
    the temporary file's extension (Qt picks an image format from it).
    """
    path = Path(path)
    folder = path.absolute().parent
    if not folder.is_dir():
        reason = translate("export", "the folder {folder} does not exist").format(folder=folder)
        raise OSError(_cannot_write(path, reason))
    if path.is_dir():
        raise OSError(_cannot_write(path, translate("export", "it is a folder")))
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=f".tmp{suffix}", dir=folder)
    except OSError as error:
        raise OSError(_cannot_write(path, str(error.strerror or error))) from None
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        if not temporary.stat().st_size:
            raise OSError(translate("export", "nothing was written"))
        # mkstemp makes the file private; give it the permissions a new file would have.
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask()
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        reason = error.strerror or str(error)
        raise OSError(_cannot_write(path, reason)) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _cannot_write(path: Path, reason: str) -> str:
    return translate("export", "cannot write {path}: {reason}").format(path=path, reason=reason)


def _application() -> Any:
    """The QApplication (offscreen when there is no display and none exists yet)."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from gui.app import application

    return application()


# --- what the handout says -----------------------------------------------------------------------


@dataclass(frozen=True)
class Summary:
    """Everything the handout states, computed once from the scenario."""

    result: Tally
    contingent: ContingentResult | None  # None when the electors chose both

    @classmethod
    def of(cls, scenario: Scenario) -> Summary:
        result = tally(scenario)
        needed = result.president.contingent or result.vice_president.contingent
        return cls(result, contingent_for(scenario, result) if needed else None)


def handout_title(document: ScenarioDocument) -> str:
    return document.title.strip() or translate("export", "{year} what-if").format(
        year=document.scenario.election.year
    )


def changed_electors(scenario: Scenario) -> int:
    """How many electors' pledge or votes differ from the scenario's start."""
    baseline = Scenario(scenario.election, scenario.start)
    return sum(
        1
        for seat in scenario.election.electors
        if scenario.pledge(seat.index) != baseline.pledge(seat.index)
        or any(scenario.vote(seat.index, o) != baseline.vote(seat.index, o) for o in Office)
    )


def subtitle(scenario: Scenario, result: Tally) -> str:
    start = (
        translate("export", "start: as pledged (every elector votes for the ticket that carried their unit)")
        if scenario.start is Start.PLEDGED
        else translate("export", "start: official result, as Congress counted it")
    )
    parts = [translate("export", "Election of {year}").format(year=result.year), start]
    changed = changed_electors(scenario)
    if changed == 1:
        parts.append(translate("export", "1 elector changed"))
    elif changed:
        parts.append(translate("export", "{count} electors changed").format(count=changed))
    if scenario.apply_state_laws:
        parts.append(translate("export", "state laws applied"))
    parts.append(
        translate("export", "{appointed} electors appointed, {majority} needed for a majority").format(
            appointed=result.appointed, majority=result.majority
        )
    )
    return " · ".join(parts)


def outcome_sentences(scenario: Scenario, summary: Summary) -> list[str]:
    """The outcome in words: the electors' result, then Congress's when it decides."""
    result, contingent = summary.result, summary.contingent
    lines = [result.president.reason, result.vice_president.reason]
    lines += [
        translate("export", "Votes for {name} are not counted: {note}").format(
            name=name, note=data_text(note)
        )
        for name, note in scenario.election.rejected_recipients.items()
    ]
    voided = voided_votes(scenario)
    if voided:
        blank = translate("export", "blank")
        which = "; ".join(
            f"{v.elector} {office_title(v.office)} ({v.attempted or blank} → {v.counted_for})" for v in voided
        )
        text = (
            translate("export", "State law voids 1 faithless vote, which count as pledged: {which}.")
            if len(voided) == 1
            else translate(
                "export", "State law voids {count} faithless votes, which count as pledged: {which}."
            )
        )
        lines.append(text.format(count=len(voided), which=which))
    if contingent is not None:
        if contingent.house.needed:
            lines.append(translate("export", "The House: {reason}").format(reason=contingent.house.reason))
        if contingent.senate.needed:
            lines.append(translate("export", "The Senate: {reason}").format(reason=contingent.senate.reason))
        lines.append(translate("export", "Who takes office: {text}").format(text=contingent.outcome.text))
    return lines


@dataclass(frozen=True)
class TableRow:
    name: str
    party: str
    votes: int
    status: str  # "elected", "needs 43", "" for blank/undecided rows
    emphasis: bool = False


def table_rows(scenario: Scenario, result: Tally, office: Office) -> list[TableRow]:
    """One office's rows: candidates (most votes first), then blank, undecided, not counted.
    Before the 12th Amendment both votes are pooled and the status names the office won."""
    office_tally: OfficeTally = result.office(office)
    people = list(office_tally.votes.items())
    if len(people) > MAX_TABLE_ROWS:
        rest = people[MAX_TABLE_ROWS - 1 :]
        others = translate("export", "{count} others").format(count=len(rest))
        people = [*people[: MAX_TABLE_ROWS - 1], (others, sum(n for _, n in rest))]
    rows = []
    for name, votes in people:
        winner = False
        if result.pre_12th_amendment and name in (result.president.winner, result.vice_president.winner):
            status = office_title(
                Office.PRESIDENT if name == result.president.winner else Office.VICE_PRESIDENT
            )
            winner = True
        elif name == office_tally.winner:
            status = translate("export", "elected")
            winner = True
        elif votes >= result.majority:  # before the 12th Amendment: a majority, but tied
            status = translate("export", "majority, tied")
        else:
            status = translate("export", "needs {count}").format(count=votes_needed(votes, result.majority))
        rows.append(TableRow(name, party_of(scenario, name), votes, status, winner))
    for label, count in (
        (translate("export", "Blank ballots"), office_tally.blank),
        (translate("export", "Undecided"), office_tally.undecided),
        (translate("export", "Not counted"), office_tally.rejected),
    ):
        if count:
            rows.append(TableRow(label, "", count, ""))
    return rows


# Why a delegation cast no vote, in words (gui.domain.contingent's reason codes).
_NO_VOTE = {
    HISTORICAL: QT_TRANSLATE_NOOP("export", "as recorded"),
    OVERRIDE: QT_TRANSLATE_NOOP("export", "set by hand"),
    SPLIT: QT_TRANSLATE_NOOP("export", "divided"),
    NO_CANDIDATE: QT_TRANSLATE_NOOP("export", "no candidate"),
    NO_DATA: QT_TRANSLATE_NOOP("export", "no data"),
}


def _no_vote_reason(reason: str) -> str:
    return translate("export", _NO_VOTE[reason]) if reason in _NO_VOTE else reason


def _names(states: list[str]) -> str:
    return ", ".join(states) if states else translate("export", "none")


def contingent_markdown(summary: Summary) -> str:
    """The contingent election as Markdown: who is in the running, the counts, who takes office."""
    contingent = summary.contingent
    if contingent is None:
        return ""
    parts = ["## " + translate("export", "Contingent election"), ""]
    house, senate = contingent.house, contingent.senate
    if house.needed:
        eligible = ", ".join(house.eligible) or translate("export", "no one")
        if house.rule == "pre12-tie":
            chooses = translate(
                "export", "**President: the House chooses** between the tied leaders: {names}."
            )
        elif house.rule == "pre12-top5":
            chooses = translate("export", "**President: the House chooses** among the five highest: {names}.")
        else:
            chooses = translate(
                "export", "**President: the House chooses** among the top three in electoral votes: {names}."
            )
        parts.append(chooses.format(names=eligible))
        parts.append("")
        if house.body:
            parts.append(
                "- " + translate("export", "House of {congress}.").format(congress=house.body.describe())
            )
        parts.append(
            "- "
            + translate(
                "export",
                "{states} states vote, one vote each; {needed} needed; quorum {quorum} states; "
                "DC has no vote.",
            ).format(states=house.states_total, needed=house.needed_to_win, quorum=house.quorum)
        )
        if house.tied_at_cutoff:
            parts.append(
                "- "
                + translate("export", "Tied for the last place and not admitted: {names}.").format(
                    names=", ".join(house.tied_at_cutoff)
                )
            )
        for name, count in house.counts.items():
            states = [s.state for s in house.states if s.vote == name]
            line = (
                translate("export", "**{name}: 1 state**: {states}.")
                if count == 1
                else translate("export", "**{name}: {count} states**: {states}.")
            )
            parts.append("- " + line.format(name=name, count=count, states=_names(states)))
        if house.no_vote:
            silent = [f"{s.state} ({_no_vote_reason(s.reason)})" for s in house.states if s.vote is None]
            parts.append(
                "- "
                + translate("export", "**No vote: {count}**: {states}.").format(
                    count=house.no_vote, states=_names(silent)
                )
            )
        if house.record:
            parts.append("- " + _recorded(house.record.ballot, house.record.note))
        parts += ["", translate("export", "**Result:** {reason}").format(reason=house.reason), ""]
    if senate.needed:
        chooses = (
            translate(
                "export", "**Vice President: the Senate chooses** among those tied for second: {names}."
            )
            if senate.rule == "pre12-second"
            else translate(
                "export", "**Vice President: the Senate chooses** between the two highest numbers: {names}."
            )
        )
        parts.append(chooses.format(names=", ".join(senate.eligible)))
        parts.append("")
        if senate.body:
            parts.append(
                "- " + translate("export", "Senate of {congress}.").format(congress=senate.body.describe())
            )
        parts.append(
            "- "
            + translate(
                "export", "{whole} senators in all, each votes; {needed} needed; quorum {quorum}."
            ).format(whole=senate.whole_number, needed=senate.needed_to_win, quorum=senate.quorum)
        )
        counts = ", ".join(f"{name} {n}" for name, n in senate.counts.items()) or translate("export", "none")
        parts.append(
            "- "
            + translate("export", "**Senators**: {counts}; not voting {not_voting}.").format(
                counts=counts, not_voting=senate.not_voting
            )
        )
        if senate.record:
            parts.append("- " + _recorded(senate.record.ballot, senate.record.note))
        parts += ["", translate("export", "**Result:** {reason}").format(reason=senate.reason), ""]
    elif house.needed:
        parts += [translate("export", "**Vice President:** {reason}").format(reason=senate.reason), ""]
    parts.append(translate("export", "**Who takes office:** {text}").format(text=contingent.outcome.text))
    return "\n".join(parts)


def _recorded(ballot: str, note: str) -> str:
    return translate("export", "Recorded vote, {ballot}: {note}").format(
        ballot=data_text(ballot), note=data_text(note)
    )


# --- drawing the handout -------------------------------------------------------------------------


class _Pages:
    """Draws the handout on any paged device (a QPdfWriter or a QPrinter), in device pixels."""

    def __init__(self, painter: QPainter, device: QPagedPaintDevice, document: ScenarioDocument, lesson: str):
        from PySide6.QtCore import QRectF

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
        from PySide6.QtGui import QFont

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
        from PySide6.QtCore import QRectF, Qt
        from PySide6.QtGui import QColor

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
        from PySide6.QtCore import QSizeF
        from PySide6.QtGui import QTextDocument

        markdown = ""
        if lesson.strip():
            heading = translate("export", "Lesson: {title}").format(title=handout_title(self.document))
            markdown += f"## {heading}\n\n{lesson.strip()}\n\n"
        markdown += contingent_markdown(self.summary)
        if not markdown.strip():
            return None
        text = QTextDocument()
        text.documentLayout().setPaintDevice(self.device)  # font sizes in the device's resolution
        text.setDefaultFont(self.font(11))
        text.setDocumentMargin(0)
        text.setMarkdown(markdown)
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
        from PySide6.QtCore import QRectF

        scenario, result = self.scenario, self.summary.result
        y = self.paragraph(handout_title(self.document), 0, 18, bold=True)
        y = self.paragraph(subtitle(scenario, result), y + self.pt(2), 9, color="#333333")
        y += self.pt(8)
        for line in outcome_sentences(scenario, self.summary):
            y = self.paragraph(line, y, 10.5) + self.pt(2)
        y += self.pt(6)

        offices = (Office.PRESIDENT,) if result.pre_12th_amendment else tuple(Office)
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
        from PySide6.QtCore import QRectF
        from PySide6.QtGui import QAbstractTextDocumentLayout

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
        from PySide6.QtCore import QLineF, QRectF, Qt
        from PySide6.QtGui import QColor, QPen

        painter = self.painter
        top = self.page.bottom() - self.footer_height + self.pt(6)
        painter.setPen(QPen(QColor("#777777"), self.pt(0.5)))
        painter.drawLine(QLineF(0, top, self.page.width(), top))
        painter.setFont(self.font(6.5))
        painter.setPen(QColor("#333333"))
        page = f"ec-whatif {__version__} · " + translate("export", "page {number} of {count}").format(
            number=number, count=self.page_count
        )
        right = painter.boundingRect(QRectF(), 0, page).width() + self.pt(12)
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignTop)
        painter.drawText(
            QRectF(0, top + self.pt(3), self.page.width() - right, self.pt(22)),
            flags,
            translate("export", DATA_SOURCES),
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
        from PySide6.QtCore import QRectF

        width = min(rect.width(), rect.height() * ratio)
        return QRectF(rect.left() + (rect.width() - width) / 2, rect.top(), width, width / ratio)

    def map_ratio(self) -> float:
        rect = self._map_view().sceneRect()
        return rect.width() / rect.height()

    def _map_view(self) -> Any:
        if self._view is None:
            from gui.widgets.map_view import MAP_VIEW, MapView

            view = MapView()
            view.set_scenario(self.scenario)
            view.set_print_friendly(True)
            view.set_view(MAP_VIEW)
            self._view = view
        return self._view

    def draw_map(self, target: Any) -> None:
        """The map as vectors (hatches scale with it, so they print as on screen)."""
        from PySide6.QtGui import QPainter

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
        rows = len(table_rows(self.scenario, result, office))
        return self.row_height() * (rows + 3)  # title, header, rows, majority line

    def column_widths(
        self, width: float, headings: tuple[str, ...], rows: list[TableRow], pad: float
    ) -> list[float]:
        """Votes and status as wide as their widest entry, the name up to half the table, the
        party what is left (it is the one shortened with "…" when space runs out)."""
        from PySide6.QtGui import QFontMetricsF

        metrics = QFontMetricsF(self.font(8.5, bold=True), self.device)

        def widest(texts: list[str]) -> float:
            return max(metrics.horizontalAdvance(text) for text in texts) + 2 * pad + self.pt(1)

        votes = widest([headings[2], *(str(r.votes) for r in rows)])
        status = widest([headings[3], *(r.status for r in rows)])
        name = min(widest([headings[0], *(r.name for r in rows)]), width / 2)
        return [name, max(0.0, width - name - votes - status), votes, status]

    def draw_table(self, rect: Any, office: Office) -> None:
        from PySide6.QtCore import QLineF, QRectF, Qt
        from PySide6.QtGui import QColor, QPen

        painter, result = self.painter, self.summary.result
        row = self.row_height()
        title = (
            translate("export", "Electoral votes (two per elector)")
            if result.pre_12th_amendment
            else office_title(office)
        )
        rows = table_rows(self.scenario, result, office)
        headings = (
            translate("export", "Candidate"),
            translate("export", "Party"),
            translate("export", "Votes"),
            translate("export", "To majority"),
        )
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
            translate("export", "Majority needed: {majority} of {appointed} electors appointed").format(
                majority=result.majority, appointed=result.appointed
            ),
        )

    # -- chart ---------------------------------------------------------------------------------

    def chart_height(self, result: Tally) -> float:
        from gui.widgets.majority_chart import bar_rows

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


def paint_handout(
    device: QPagedPaintDevice, document: ScenarioDocument, *, lesson_text: str | None = None
) -> int:
    """Draw the handout on ``device`` (a QPdfWriter or a QPrinter); returns the number of pages.
    ``lesson_text`` defaults to the document's description; pass "" to leave it out."""
    from PySide6.QtGui import QPainter

    _application()
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
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize

    device.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    device.setPageOrientation(QPageLayout.Orientation.Portrait)
    margins = QMarginsF(MARGIN_INCHES, MARGIN_INCHES, MARGIN_INCHES, MARGIN_INCHES)
    device.setPageMargins(margins, QPageLayout.Unit.Inch)


def export_pdf(document: ScenarioDocument, path: Path, *, lesson_text: str | None = None) -> int:
    """Write the handout as a PDF (Letter, portrait); returns the number of pages."""
    _application()
    from PySide6.QtGui import QPdfWriter

    with _atomic(Path(path), ".pdf") as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setResolution(PDF_DPI)
        writer.setTitle(handout_title(document))
        writer.setCreator(f"ec-whatif {__version__}")
        _letter(writer)
        pages = paint_handout(writer, document, lesson_text=lesson_text)
        del writer  # closes the file before it is renamed
    return pages


def print_document(document: ScenarioDocument, parent_widget: QWidget | None, *, printer: Any = None) -> bool:
    """File › Print: the print dialog, then the handout's pages. False if the user cancels."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QDialog

    if printer is None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        _letter(printer)
    printer.setDocName(handout_title(document))
    dialog = QPrintDialog(printer, parent_widget)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    paint_handout(printer, document)
    return True


# --- pictures ------------------------------------------------------------------------------------


def chart_image(scenario: Scenario, result: Tally, size: tuple[int, int], *, scale: float = 1.0) -> QImage:
    """The majority chart for President, ``size`` in screen pixels, rendered ``scale`` times as
    large (pyqtgraph draws for the screen: vectors on a 300-dpi page would mis-size its fonts)."""
    from PySide6.QtCore import QRect, QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    from gui.widgets.majority_chart import MajorityChart

    app = _application()
    chart = MajorityChart(Office.PRESIDENT)
    chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)  # never flashes a window
    chart.resize(*size)
    chart.show()  # the chart draws only when visible
    chart.show_tally(result, scenario)
    for _ in range(3):  # pyqtgraph lays out axis ticks after an event-loop pass
        app.processEvents()
    image = QImage(round(size[0] * scale), round(size[1] * scale), QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    chart.render(painter, QRectF(0, 0, image.width(), image.height()), QRect(0, 0, *size))
    painter.end()
    chart.close()
    chart.deleteLater()
    return image


def export_png(
    document: ScenarioDocument,
    path: Path,
    *,
    what: str = "window",
    size: tuple[int, int] | None = None,
    print_friendly: bool = False,
) -> tuple[int, int]:
    """Save a PNG of the window, the map, the electors view or the majority chart (President);
    returns its size in pixels. ``print_friendly`` hatches the map and marks the dots."""
    if what not in PNG_KINDS:
        raise InputError(f"cannot export {what!r} as a picture; choose one of {', '.join(PNG_KINDS)}")
    width, height = size or DEFAULT_PNG_SIZES[what]
    _application()
    from PySide6.QtGui import QImage

    with _atomic(Path(path), ".png") as temporary:
        if what == "window":
            from gui.screenshot import render_window

            render_window(temporary, document, size=(width, height))
        elif what in ("map", "electors"):
            from gui.widgets.map_view import render_map

            render_map(
                document.scenario, what, str(temporary), (width, height), print_friendly=print_friendly
            )
        else:
            scenario = document.scenario
            image = chart_image(scenario, tally(scenario), (width, height))
            if not image.save(str(temporary), "PNG"):
                raise OSError(translate("export", "the picture could not be encoded"))
        written = QImage(str(temporary))
        if written.isNull():
            raise OSError(translate("export", "the picture could not be written"))
    return written.width(), written.height()


# --- CSV -----------------------------------------------------------------------------------------


def csv_rows(scenario: Scenario) -> tuple[list[str], list[list[object]]]:
    """The header and one row per unit (see CSV_COLUMNS); per-person columns sum to the tally."""
    election = scenario.election
    result = tally(scenario)
    rejected = set(election.rejected_recipients)
    pooled = result.pre_12th_amendment
    groups: list[tuple[str, tuple[Office, ...], list[str]]]
    if pooled:
        groups = [("Electoral votes", tuple(Office), list(result.president.votes))]
    else:
        groups = [(office.title, (office,), list(result.office(office).votes)) for office in Office]
    header = list(CSV_COLUMNS) + [f"{label}: {name}" for label, _, names in groups for name in names]
    rows: list[list[object]] = []
    for unit in election.units:
        state = election.state(unit.state)
        faithless = dict.fromkeys(Office, 0)
        blank = dict.fromkeys(Office, 0)
        undecided = not_counted = 0
        counts: list[dict[str, int]] = [dict.fromkeys(names, 0) for _, _, names in groups]
        for index in unit.electors:
            pledge = scenario.pledge(index)
            for office in Office:
                pledged = pledge.president if office is Office.PRESIDENT else pledge.vice_president
                cast = scenario.cast(index, office)
                if pledge.is_empty and scenario.vote(index, office) is FAITHFUL:
                    if office is Office.PRESIDENT:
                        undecided += 1
                elif not cast:
                    blank[office] += 1
                elif cast != pledged and not pledge.is_empty:
                    faithless[office] += 1
                if cast in rejected and (pooled or office is Office.PRESIDENT):
                    not_counted += 1
                for (_, offices, _), count in zip(groups, counts, strict=True):
                    if office in offices and cast in count:
                        count[cast] += 1
        winner = scenario.unit_winner(unit.id)
        if not unit.electors:
            carried = ""
        elif winner is None:
            carried = "split"
        else:
            carried = winner.label()
        rows.append(
            [
                unit.state,
                unit.id,
                unit.name,
                len(unit.electors),
                carried,
                faithless[Office.PRESIDENT],
                faithless[Office.VICE_PRESIDENT],
                blank[Office.PRESIDENT],
                blank[Office.VICE_PRESIDENT],
                undecided,
                not_counted,
                state.note if not unit.electors else "",
                *(n for count in counts for n in count.values()),
            ]
        )
    return header, rows


def export_csv(document: ScenarioDocument, path: Path) -> int:
    """Write the per-unit tally as CSV (UTF-8, header row); returns the number of data rows."""
    header, rows = csv_rows(document.scenario)
    with _atomic(Path(path), ".csv") as temporary, temporary.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows(rows)
    return len(rows)
