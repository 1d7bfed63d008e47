"""Structured content (headings, paragraphs, bullet lists, tables) and its three renderings:
plain text for the command line, Markdown for the handout, HTML for the window's labels.

A line is a tuple of spans, some strong; :func:`fmt` fills a translated template so that a
placeholder's value may be strong while the template's own words are not.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from html import escape


@dataclass(frozen=True)
class Span:
    text: str
    strong: bool = False


Line = tuple[Span, ...]


def plain(text: str) -> Line:
    return (Span(text),)


def strong(text: str) -> Line:
    return (Span(text, strong=True),)


def fmt(template: str, **values: object) -> Line:
    """``template.format(**values)`` as spans. ``**`` pairs in the template mark strong text (so
    a translation may move them); a value given as a Span or a Line keeps its own style."""
    spans: list[Span] = []
    for n, segment in enumerate(template.split("**")):
        bold = n % 2 == 1
        for literal, name, spec, conversion in string.Formatter().parse(segment):
            if literal:
                spans.append(Span(literal, bold))
            if name is None:
                continue
            value = values[name]
            if isinstance(value, Span):
                spans.append(Span(format(value.text, spec or ""), value.strong or bold))
            elif isinstance(value, tuple) and all(isinstance(v, Span) for v in value):
                spans.extend(Span(v.text, v.strong or bold) for v in value)
            else:
                text = repr(value) if conversion == "r" else value
                spans.append(Span(format(text, spec or ""), bold))
    return _merged(spans)


def _merged(spans: Iterable[Span]) -> Line:
    out: list[Span] = []
    for span in spans:
        if out and out[-1].strong == span.strong:
            out[-1] = Span(out[-1].text + span.text, span.strong)
        elif span.text:
            out.append(span)
    return tuple(out)


def concat(*lines: Line) -> Line:
    return _merged(span for line in lines for span in line)


def text_of(line: Line) -> str:
    return "".join(span.text for span in line)


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 2


@dataclass(frozen=True)
class Paragraph:
    line: Line


@dataclass(frozen=True)
class Bullets:
    items: tuple[Line, ...]


@dataclass(frozen=True)
class Table:
    """Rows of cells; plain text aligns the columns (the last one unpadded), ``right`` names
    the columns aligned to the right."""

    rows: tuple[tuple[str, ...], ...]
    headings: tuple[str, ...] = ()
    right: frozenset[int] = field(default_factory=frozenset)


Block = Heading | Paragraph | Bullets | Table


# --- plain text ----------------------------------------------------------------------------------


def _table_text(table: Table, indent: str = "  ") -> list[str]:
    rows = [table.headings, *table.rows] if table.headings else list(table.rows)
    if not rows:
        return []
    columns = len(rows[0])
    widths = [max(len(row[i]) for row in rows) for i in range(columns)]
    lines = []
    for row in rows:
        cells = []
        for i, cell in enumerate(row):
            if i in table.right:
                cells.append(cell.rjust(widths[i]))
            elif i == columns - 1:
                cells.append(cell)
            else:
                cells.append(cell.ljust(widths[i]))
        lines.append((indent + "  ".join(cells)).rstrip())
    return lines


def to_text(blocks: Sequence[Block]) -> str:
    """Plain text: a blank line between blocks, bullets and table rows indented."""
    parts: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            parts.append(block.text)
        elif isinstance(block, Paragraph):
            parts.append(text_of(block.line))
        elif isinstance(block, Bullets):
            parts.append("\n".join(f"  {text_of(item)}" for item in block.items))
        else:
            parts.append("\n".join(_table_text(block)))
    return "\n\n".join(part for part in parts if part)


# --- Markdown ------------------------------------------------------------------------------------

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-!|~&])")


def markdown_escape(text: str) -> str:
    """Text from the data or the user, shown as written (never as markup or a link)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _line_markdown(line: Line) -> str:
    return "".join(f"**{markdown_escape(s.text)}**" if s.strong else markdown_escape(s.text) for s in line)


def to_markdown(blocks: Sequence[Block]) -> str:
    parts: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            parts.append("#" * block.level + " " + markdown_escape(block.text))
        elif isinstance(block, Paragraph):
            parts.append(_line_markdown(block.line))
        elif isinstance(block, Bullets):
            parts.append("\n".join(f"- {_line_markdown(item)}" for item in block.items))
        else:
            rows = [block.headings, *block.rows] if block.headings else list(block.rows)
            lines = ["| " + " | ".join(markdown_escape(c) for c in row) + " |" for row in rows]
            if block.headings:
                lines.insert(
                    1,
                    "|" + "|".join("---:" if i in block.right else "---" for i in range(len(rows[0]))) + "|",
                )
            parts.append("\n".join(lines))
    return "\n\n".join(parts)


# --- HTML ----------------------------------------------------------------------------------------


def line_html(line: Line) -> str:
    """A line as rich text: escaped, strong spans bold, line breaks kept."""
    html = "".join(f"<b>{escape(s.text)}</b>" if s.strong else escape(s.text) for s in line)
    return html.replace("\n", "<br>")


def text_html(text: str) -> str:
    """Plain text for a place where Qt guesses rich text (a tooltip, a message): escaped, line
    breaks kept, so a name full of markup reads as written and loads nothing."""
    return '<p style="white-space:pre">' + escape(text, quote=False) + "</p>"  # lines as written, unwrapped


def lines_html(lines: Iterable[Line]) -> str:
    """Lines for a rich-text label, one per line."""
    return "<br>".join(line_html(line) for line in lines)


def _cell(text: str, right: bool, tag: str = "td") -> str:
    align = ' align="right"' if right else ""
    return f'<{tag}{align} style="padding: 1px 14px 1px 0">{escape(text)}</{tag}>'


def to_html(blocks: Sequence[Block]) -> str:
    """Rich text for a QLabel: paragraphs, bullet lines and tables (every text escaped)."""
    parts: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            parts.append(f"<p><b>{escape(block.text)}</b></p>")
        elif isinstance(block, Paragraph):
            parts.append(f"<p>{line_html(block.line)}</p>")
        elif isinstance(block, Bullets):
            parts.append("<p>" + "<br>".join("• " + line_html(item) for item in block.items) + "</p>")
        else:
            head = "".join(_cell(h, i in block.right, "th") for i, h in enumerate(block.headings))
            rows = "".join(
                "<tr>" + "".join(_cell(c, i in block.right) for i, c in enumerate(row)) + "</tr>"
                for row in block.rows
            )
            parts.append(
                f'<table cellspacing="0" cellpadding="0">{f"<tr>{head}</tr>" if head else ""}{rows}</table>'
            )
    return "".join(parts)
