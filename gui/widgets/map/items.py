"""Graphics items of the map: state areas and boxes, elector dots, labels, the legend.

Each item is created once per scenario and restyled in place (``set_look``); the view decides
what each one shows. Hit testing uses ``shape()``: the outline for areas, the disc for dots.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyleOptionGraphicsItem, QWidget

INK = QColor("#1a1a1a")
SELECTION = QColor("#111111")
SELECTION_HALO = QColor(255, 196, 0, 200)
GREYED = QColor("#e3e3e3")
ABSENT = QColor("#f4f4f4")
BLANK = QColor("#ffffff")

# Print-friendly: each candidate gets a hatch on areas and a marker shape for dots.
PATTERNS = (
    Qt.BrushStyle.BDiagPattern,
    Qt.BrushStyle.FDiagPattern,
    Qt.BrushStyle.CrossPattern,
    Qt.BrushStyle.HorPattern,
    Qt.BrushStyle.VerPattern,
    Qt.BrushStyle.DiagCrossPattern,
    Qt.BrushStyle.Dense6Pattern,
    Qt.BrushStyle.Dense4Pattern,
)


class Marker(Enum):
    CIRCLE = "circle"
    SQUARE = "square"
    TRIANGLE = "triangle"
    DIAMOND = "diamond"
    TRIANGLE_DOWN = "triangle_down"
    PENTAGON = "pentagon"
    HEXAGON = "hexagon"
    STAR = "star"


MARKERS = tuple(Marker)


def _polygon(points: int, radius: float, rotation: float, inner: float = 0.0) -> QPolygonF:
    corners = []
    steps = points * 2 if inner else points
    for k in range(steps):
        r = inner if inner and k % 2 else radius
        angle = rotation + 2 * math.pi * k / steps
        corners.append(QPointF(r * math.cos(angle), r * math.sin(angle)))
    return QPolygonF(corners)


def marker_path(marker: Marker, radius: float) -> QPainterPath:
    """A marker of about the area of a disc of ``radius``, centred on the origin."""
    path = QPainterPath()
    up = -math.pi / 2
    if marker is Marker.CIRCLE:
        path.addEllipse(QPointF(0, 0), radius, radius)
    elif marker is Marker.SQUARE:
        side = radius * 0.9
        path.addRect(QRectF(-side, -side, 2 * side, 2 * side))
    elif marker is Marker.TRIANGLE:
        path.addPolygon(_polygon(3, radius * 1.25, up))
    elif marker is Marker.TRIANGLE_DOWN:
        path.addPolygon(_polygon(3, radius * 1.25, -up))
    elif marker is Marker.DIAMOND:
        path.addPolygon(_polygon(4, radius * 1.2, up))
    elif marker is Marker.PENTAGON:
        path.addPolygon(_polygon(5, radius * 1.1, up))
    elif marker is Marker.HEXAGON:
        path.addPolygon(_polygon(6, radius * 1.05, 0.0))
    else:
        path.addPolygon(_polygon(5, radius * 1.3, up, inner=radius * 0.6))
    path.closeSubpath()
    return path


def lighter(color: QColor, amount: float) -> QColor:
    """``color`` mixed with white (``amount`` 0 = unchanged, 1 = white)."""
    return QColor(
        round(color.red() + (255 - color.red()) * amount),
        round(color.green() + (255 - color.green()) * amount),
        round(color.blue() + (255 - color.blue()) * amount),
    )


def is_dark(color: QColor) -> bool:
    """Relative luminance below the point where white text reads better than black."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    luminance = (
        0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue())
    )
    return luminance < 0.22


@dataclass(frozen=True)
class Band:
    """One share of an area's fill: a colour, its print hatch, its weight."""

    color: QColor
    pattern: Qt.BrushStyle | None
    weight: float = 1.0


MIN_STRIPE = 0.14  # the least share of a stripe drawn: 1 elector of 38 still shows


def stripe_fractions(weights: list[float]) -> list[float]:
    """Each band's share of the stripes, every share at least MIN_STRIPE (when several bands
    share an area) so that one faithless elector of many is still seen; the rest in proportion."""
    total = sum(weights) or 1.0
    shares = [w / total for w in weights]
    if len(shares) < 2:
        return shares
    small = [i for i, share in enumerate(shares) if share < MIN_STRIPE]
    if not small or len(small) * MIN_STRIPE >= 1:
        return shares if small == [] else [1 / len(shares)] * len(shares)
    rest = sum(share for i, share in enumerate(shares) if i not in small)
    room = 1 - MIN_STRIPE * len(small)
    return [MIN_STRIPE if i in small else share * room / rest for i, share in enumerate(shares)]


def stripes(rect: QRectF, start: float, end: float, period: float) -> QPainterPath:
    """Diagonal stripes over ``rect``: in each ``period``, the part from ``start`` to ``end``
    (fractions). Split units are striped rather than cut in two, so that no part of a state
    looks as if it voted one way."""
    path = QPainterPath()
    top, bottom = rect.top(), rect.bottom()
    k = math.floor((rect.left() - bottom) / period)
    while k * period < rect.right() - top:
        c0, c1 = (k + start) * period, (k + end) * period  # the band c0 <= x - y <= c1
        corners = [(top + c0, top), (top + c1, top), (bottom + c1, bottom), (bottom + c0, bottom)]
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in corners]))
        path.closeSubpath()
        k += 1
    return path


class AreaItem(QGraphicsPathItem):
    """A state outline, a label box, a district box or a tile: one unit, clickable.

    ``unit_id`` is None for an area that stands for nothing clickable (a state absent that year).
    A unit split between candidates is drawn in diagonal stripes, in proportion to the shares.
    """

    def __init__(self, path: QPainterPath, unit_id: str | None, state: str, kind: str) -> None:
        super().__init__(path)
        self.unit_id = unit_id
        self.state = state
        self.kind = kind
        self.stripe_period = 14.0 if kind == "tile" else 12.0
        self.note = ""  # hover text of an area that stands for no unit
        self.bands: tuple[Band, ...] = (Band(ABSENT, None),)
        # Each band's part of the outline, cut once per set of shares (clipping at every paint is slow).
        self._pieces: tuple[object, list[QPainterPath]] | None = None
        self.selected = False
        self.outline = QPen(QColor("#ffffff"), 0.6)
        self.outline.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        self.setAcceptHoverEvents(False)

    def set_look(self, bands: tuple[Band, ...], outline: QPen) -> None:
        self.bands = bands
        self.outline = outline
        # brush() reports the dominant colour (the whole fill when the unit is not split).
        self.setBrush(QBrush(bands[0].color))
        self.setPen(outline)
        self.update()

    def set_selected(self, selected: bool) -> None:
        # The highlight is drawn by an OutlineItem above everything; this only records it.
        self.selected = selected

    def boundingRect(self) -> QRectF:
        margin = 2.5
        return self.path().boundingRect().adjusted(-margin, -margin, margin, margin)

    def shape(self) -> QPainterPath:
        return self.path()  # the outline itself, without the pen: neighbours never overlap

    def _band_pieces(self) -> list[QPainterPath]:
        """The outline cut into each band's stripes (the whole outline for one band)."""
        path = self.path()
        # The cut depends on the shares, not the colours: a toggle that passes an elector from
        # one candidate to the next keeps the pieces.
        key = (tuple(b.weight for b in self.bands), path.boundingRect().getRect(), path.elementCount())
        if self._pieces is None or self._pieces[0] != key:
            if len(self.bands) == 1:
                pieces = [path]
            else:
                rect, start, pieces = path.boundingRect(), 0.0, []
                for share in stripe_fractions([b.weight for b in self.bands]):
                    pieces.append(path.intersected(stripes(rect, start, start + share, self.stripe_period)))
                    start += share
            self._pieces = (key, pieces)
        return self._pieces[1]

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        for band, piece in zip(self.bands, self._band_pieces(), strict=True):
            painter.fillPath(piece, band.color)
            if band.pattern is not None:
                painter.fillPath(piece, QBrush(INK, band.pattern))
        painter.strokePath(self.path(), self.outline)


class OutlineItem(QGraphicsPathItem):
    """The highlight of a selected area, drawn above every area and label; never hit."""

    def __init__(self, path: QPainterPath, width: float) -> None:
        super().__init__(path)
        self.width = width
        self.setZValue(40)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        return self.path().boundingRect().adjusted(-self.width, -self.width, self.width, self.width)

    def shape(self) -> QPainterPath:
        return QPainterPath()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        for color, width in ((SELECTION_HALO, self.width), (SELECTION, self.width * 0.42)):
            pen = QPen(color, width)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.strokePath(self.path(), pen)


class DotStyle(Enum):
    VOTE = "vote"
    BLANK = "blank"
    UNDECIDED = "undecided"
    ABSENT = "absent"  # appointed, no ballot: a white dot crossed out
    NOT_APPOINTED = "not appointed"  # out of the base: a pale seat


@dataclass(frozen=True)
class DotPart:
    """One vote drawn in a dot (two side by side before the 12th Amendment)."""

    color: QColor
    style: DotStyle
    marker: Marker


def paint_part(painter: QPainter, part: DotPart, core: float, r: float) -> None:
    """One vote of a dot, centred on the origin: its colour and marker; an absent elector's is
    crossed out, an elector out of the base a pale seat."""
    if part.style is DotStyle.NOT_APPOINTED:
        painter.setPen(QPen(QColor("#a8a8a8"), max(0.3, r * 0.1)))
        painter.setBrush(QColor("#ececec"))
        painter.drawEllipse(QPointF(0, 0), core, core)
        return
    outline = QColor("#555555") if part.style is not DotStyle.VOTE else part.color.darker(160)
    painter.setPen(QPen(outline, max(0.35, r * 0.12)))
    painter.setBrush(part.color)
    painter.drawPath(marker_path(part.marker, core))
    if part.style is DotStyle.ABSENT:
        arm = core * 0.55
        painter.setPen(QPen(QColor("#555555"), max(0.35, r * 0.16)))
        painter.drawLine(QPointF(-arm, -arm), QPointF(arm, arm))
        painter.drawLine(QPointF(-arm, arm), QPointF(arm, -arm))


class DotItem(QGraphicsItem):
    """One elector. Faithless electors get a thick black ring (dashed when only the Vice
    President vote is faithless), so they stand out without colour."""

    def __init__(self, index: int, unit_id: str, centre: QPointF, radius: float) -> None:
        super().__init__()
        self.index = index
        self.unit_id = unit_id
        self.radius = radius
        self.setPos(centre)
        self.parts: tuple[DotPart, ...] = ()
        self.faithless_president = False
        self.faithless_vice_president = False
        self.selected = False
        self.setZValue(10)

    def set_look(self, parts: tuple[DotPart, ...], faithless_president: bool, faithless_vp: bool) -> None:
        self.parts = parts
        self.faithless_president = faithless_president
        self.faithless_vice_president = faithless_vp
        self.update()

    @property
    def faithless(self) -> bool:
        return self.faithless_president or self.faithless_vice_president

    def set_selected(self, selected: bool) -> None:
        if selected != self.selected:
            self.selected = selected
            self.update()

    def boundingRect(self) -> QRectF:
        r = self.radius * 1.45
        return QRectF(-r, -r, 2 * r, 2 * r)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), self.radius * 1.1, self.radius * 1.1)
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        r = self.radius
        if self.selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(SELECTION_HALO)
            painter.drawEllipse(QPointF(0, 0), r * 1.45, r * 1.45)
        core = r * 0.62 if self.faithless else r
        if self.faithless:
            ring = QPen(INK, r * 0.34)
            if not self.faithless_president:
                ring.setDashPattern([1.2, 0.8])
            painter.setPen(ring)
            painter.setBrush(QColor("#ffffff"))
            painter.drawEllipse(QPointF(0, 0), r * 0.86, r * 0.86)
        if self.parts and all(p.style is DotStyle.NOT_APPOINTED for p in self.parts):
            paint_part(painter, self.parts[0], core, r)  # out of the base: one pale seat
            return
        count = len(self.parts)
        for n, part in enumerate(self.parts):
            painter.save()
            if count > 1:
                width = 2 * r / count
                painter.setClipRect(QRectF(-r + n * width, -r * 1.5, width, r * 3))
            paint_part(painter, part, core, r)
            painter.restore()
        if count > 1:
            painter.setPen(QPen(QColor("#ffffff"), r * 0.1))
            painter.drawLine(QPointF(0, -core), QPointF(0, core))


_TEXT_PATHS: dict[tuple[tuple[str, ...], str], QPainterPath] = {}


def text_path(lines: tuple[str, ...], font: QFont) -> QPainterPath:
    """Outlines of centred lines of text around the origin (cached: labels repeat a lot)."""
    key = (lines, font.key())
    path = _TEXT_PATHS.get(key)
    if path is None:
        metrics = QFontMetricsF(font)
        line_height = metrics.ascent() + metrics.descent() * 0.4
        top = -line_height * len(lines) / 2
        path = QPainterPath()
        for n, line in enumerate(lines):
            width = metrics.horizontalAdvance(line)
            path.addText(QPointF(-width / 2, top + metrics.ascent() + n * line_height), font, line)
        _TEXT_PATHS[key] = path
    return QPainterPath(path)


class LabelItem(QGraphicsItem):
    """Centred lines of text with a halo, so they read on any fill. Not clickable.

    ``set_scale`` grows the text (projector mode, zoom) up to ``max_scale``, which a label in a
    small box sets so that its text stays inside. On a hatched fill a white plate behind the
    text keeps it readable (``set_colors(..., plate=True)``).
    """

    def __init__(self, lines: list[str], font: QFont, centre: QPointF, max_scale: float = 4.0) -> None:
        super().__init__()
        self.base_font = QFont(font)
        self.font = QFont(font)
        self.max_scale = max_scale
        self.scale_factor = 1.0
        self.lines = lines
        self.color = INK
        self.halo = QColor("#ffffff")
        self.plate = False
        self.setPos(centre)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(20)
        self._path = QPainterPath()
        self._layout()

    def _layout(self) -> None:
        self.prepareGeometryChange()
        self._path = text_path(tuple(self.lines), self.font)

    def set_text(self, lines: list[str]) -> None:
        if lines != self.lines:
            self.lines = lines
            self._layout()
            self.update()

    def set_scale(self, scale: float) -> None:
        """Text ``scale`` times its base size (at most ``max_scale``)."""
        scale = max(1.0, min(scale, self.max_scale))
        pixels = max(1, round(self.base_font.pixelSize() * scale))
        if pixels != self.font.pixelSize():
            self.scale_factor = scale
            self.font.setPixelSize(pixels)
            self._layout()
            self.update()

    def pixel_size(self) -> int:
        """The text's size in scene units (its font's pixel size)."""
        return self.font.pixelSize()

    def set_colors(self, color: QColor, halo: QColor | None, *, plate: bool = False) -> None:
        self.color = color
        self.halo = halo if halo is not None else QColor(0, 0, 0, 0)
        self.plate = plate
        self.update()

    def text_rect(self) -> QRectF:
        return self._path.boundingRect()

    def boundingRect(self) -> QRectF:
        return self._path.boundingRect().adjusted(-3, -3, 3, 3)

    def shape(self) -> QPainterPath:
        return QPainterPath()  # never in the way of a click

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self.plate:
            margin = max(1.0, self.font.pixelSize() * 0.15)
            plate = self._path.boundingRect().adjusted(-margin, -margin, margin, margin)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 235))
            painter.drawRoundedRect(plate, margin, margin)
        elif self.halo.alpha():
            halo = QPen(self.halo, max(1.0, self.font.pixelSize() * 0.22))
            halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.strokePath(self._path, halo)
        painter.fillPath(self._path, self.color)


class BadgeItem(QGraphicsItem):
    """A round badge with a number beside a unit's label: its blank ballots (absent electors
    included), which no colour can show. Hidden while the count is 0. Not clickable."""

    def __init__(self, unit_id: str, anchor: QPointF, radius: float) -> None:
        super().__init__()
        self.unit_id = unit_id
        self.base_radius = radius
        self.radius = radius
        self.count = 0
        self.setPos(anchor)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(25)
        self.hide()

    def set_count(self, count: int) -> None:
        self.count = count
        self.setVisible(count > 0)
        self.update()

    def set_scale(self, scale: float) -> None:
        self.prepareGeometryChange()
        self.radius = self.base_radius * max(1.0, scale)

    def boundingRect(self) -> QRectF:
        r = self.radius + 1
        return QRectF(-r, -r, 2 * r, 2 * r)

    def shape(self) -> QPainterPath:
        return QPainterPath()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        paint_badge(painter, QPointF(0, 0), self.radius, str(self.count))


def paint_badge(painter: QPainter, centre: QPointF, radius: float, text: str) -> None:
    """A white disc with a dark ring and a number: blank ballots, on the map and in its legend."""
    painter.save()
    painter.setPen(QPen(INK, max(0.5, radius * 0.16)))
    painter.setBrush(BLANK)
    painter.drawEllipse(centre, radius, radius)
    font = QFont()
    font.setPixelSize(max(1, round(radius * (1.15 if len(text) < 2 else 0.95))))
    font.setBold(True)
    path = text_path((text,), font)
    path.translate(centre)
    painter.fillPath(path, INK)
    painter.restore()


@dataclass(frozen=True)
class LegendEntry:
    label: str
    swatch: Band | None = None  # an area swatch
    dot: DotPart | None = None  # or an elector dot
    faithless: bool = False
    empty_seat: bool = False
    badge: bool = False  # the blank-ballot badge


class LegendItem(QGraphicsItem):
    """A key to colours, hatches, markers and symbols, in columns from the top left of ``rect``:
    as many rows as its height holds, then another column to the right, so every entry shows.
    ``set_scale`` grows the text with the rest of the map's labels."""

    def __init__(self, rect: QRectF, font: QFont, title_font: QFont) -> None:
        super().__init__()
        self.rect = rect
        self.base_font, self.base_title_font = QFont(font), QFont(title_font)
        self.font, self.title_font = QFont(font), QFont(title_font)
        self.scale_factor = 1.0
        self.title = ""
        self.entries: tuple[LegendEntry, ...] = ()
        self._bounds = QRectF(rect)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(30)

    def set_content(self, title: str, entries: tuple[LegendEntry, ...]) -> None:
        if (title, entries) != (self.title, self.entries):
            self.title = title
            self.entries = entries
            self._relayout()

    def set_scale(self, scale: float) -> None:
        scale = max(1.0, scale)
        if abs(scale - self.scale_factor) > 1e-3:
            self.scale_factor = scale
            for font, base in ((self.font, self.base_font), (self.title_font, self.base_title_font)):
                font.setPixelSize(max(1, round(base.pixelSize() * scale)))
            self._relayout()

    def pixel_size(self) -> int:
        """The entries' text size in scene units."""
        return self.font.pixelSize()

    def _title_lines(self) -> list[str]:
        """The title, wrapped to the legend's width (its first size, grown with its text)."""
        metrics = QFontMetricsF(self.title_font)
        width = max(self.rect.width() * self.scale_factor, metrics.horizontalAdvance("M") * 12)
        lines: list[str] = []
        for word in self.title.split():
            if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        return lines

    def _layout(self) -> tuple[float, float, list[tuple[float, float, float, LegendEntry]]]:
        """The row height, the title's height and where each entry goes: (x, y, column width)."""
        metrics = QFontMetricsF(self.font)
        row = metrics.height() * 1.25
        title_lines = len(self._title_lines()) if self.title else 0
        title = QFontMetricsF(self.title_font).height() * (title_lines + 0.3) if self.title else 0.0
        rows = max(1, int((self.rect.height() - title) // row))
        placed = []
        x = self.rect.left()
        for first in range(0, len(self.entries), rows):
            column = self.entries[first : first + rows]
            width = max(metrics.horizontalAdvance(e.label) for e in column) + row * 1.6
            placed += [(x, self.rect.top() + title + n * row, width, e) for n, e in enumerate(column)]
            x += width
        return row, title, placed

    def _relayout(self) -> None:
        self.prepareGeometryChange()
        row, title, placed = self._layout()
        right = max((x + width for x, _, width, _ in placed), default=self.rect.left())
        title_metrics = QFontMetricsF(self.title_font)
        title_width = max(
            (title_metrics.horizontalAdvance(line) for line in self._title_lines()), default=0.0
        )
        bottom = max((y + row for _, y, _, _ in placed), default=self.rect.top() + title)
        self._bounds = QRectF(
            self.rect.left(),
            self.rect.top(),
            max(right - self.rect.left(), title_width, 1.0),
            max(bottom - self.rect.top(), 1.0),
        )
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return QPainterPath()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        metrics = QFontMetricsF(self.font)
        row, _, placed = self._layout()
        if self.title:
            painter.setFont(self.title_font)
            painter.setPen(INK)
            title_metrics = QFontMetricsF(self.title_font)
            for n, line in enumerate(self._title_lines()):
                top = self.rect.top() + title_metrics.ascent() + n * title_metrics.height()
                painter.drawText(QPointF(self.rect.left(), top), line)
        painter.setFont(self.font)
        for x, y, _, entry in placed:
            self._paint_symbol(painter, entry, QRectF(x, y, row * 0.9, row * 0.8))
            painter.setPen(INK)
            painter.drawText(QPointF(x + row * 1.15, y + row * 0.4 + metrics.ascent() * 0.45), entry.label)

    def _paint_symbol(self, painter: QPainter, entry: LegendEntry, box: QRectF) -> None:
        painter.save()
        centre = box.center()
        radius = box.height() * 0.42
        if entry.swatch is not None:
            path = QPainterPath()
            path.addRect(box)
            painter.fillPath(path, entry.swatch.color)
            if entry.swatch.pattern is not None:
                painter.fillPath(path, QBrush(INK, entry.swatch.pattern))
            painter.strokePath(path, QPen(QColor("#777777"), 0.5))
        elif entry.empty_seat:
            pen = QPen(QColor("#888888"), radius * 0.18)
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, radius, radius)
        elif entry.badge:
            paint_badge(painter, centre, radius, "1")
        elif entry.dot is None:
            pass  # a line of explanation, no symbol
        else:
            painter.translate(centre)
            core = radius * 0.62 if entry.faithless else radius
            if entry.faithless:
                painter.setPen(QPen(INK, radius * 0.34))
                painter.setBrush(QColor("#ffffff"))
                painter.drawEllipse(QPointF(0, 0), radius * 0.86, radius * 0.86)
            paint_part(painter, entry.dot, core, radius)
        painter.restore()
