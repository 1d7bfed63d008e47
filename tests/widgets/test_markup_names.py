"""Names are text, never markup: a candidate named with HTML is shown as written in every view
of the window (tabs, tree, map and its tooltips and legend, charts, Congress, analyses, the
lesson panel) and in the handout, and no resource it names is ever loaded.

The name's ``<img src=…>`` points at a FIFO a watcher thread holds: if anything tried to load
it, the watcher's non-blocking open for writing would succeed (it succeeds only while a reader
has the FIFO open), so the test knows, and the reader gets an empty file rather than hanging.
"""

from __future__ import annotations

import html
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import Qt as QtGui_Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGraphicsTextItem,
    QGraphicsView,
    QLabel,
    QTextEdit,
    QToolTip,
    QWidget,
)

from gui.domain.catalog import Candidate, Ticket
from gui.domain.commands import AddCandidate, AssignUnit, SetElectorVote
from gui.domain.document import ScenarioDocument
from gui.domain.scenario import Office, Scenario
from gui.present.window_tabs import ANALYSIS_PAGES, RESULT_TABS

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a FIFO")


WATCH = """
import errno, os, sys, time
fifo, flag = sys.argv[1], sys.argv[2]
while True:
    try:
        handle = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
    except OSError as error:
        if error.errno != errno.ENXIO:  # ENXIO: no reader, nothing tried to load it
            raise
        time.sleep(0.002)
        continue
    open(flag, "w").close()
    os.close(handle)  # the reader sees an empty file and goes on
"""


class Watcher:
    """Notices any attempt to read the FIFO at ``path``, from a process of its own (a reader
    blocked in Qt holds the interpreter: a thread here could not answer it)."""

    def __init__(self, path: Path) -> None:
        os.mkfifo(path)
        self.path = path
        self.flag = path.with_name(path.name + ".opened")
        self._process = subprocess.Popen([sys.executable, "-c", WATCH, str(path), str(self.flag)])

    def opened(self) -> bool:
        return self.flag.exists()

    def stop(self) -> None:
        self._process.kill()
        self._process.wait(timeout=10)


@pytest.fixture
def watcher(tmp_path):
    w = Watcher(tmp_path / "resource")
    yield w
    w.stop()


def names(watcher: Watcher) -> tuple[str, str, str]:
    src = watcher.path
    return (
        f"<img src={src}><b>x</b>",
        f"<i>vp</i> &amp; <img src='{src}'>",
        f"<a href='file://{src}'>party</a>",
    )


def rich(text: str) -> bool:
    """Whether Qt would read ``text`` as rich text where it guesses (tooltips, auto labels)."""
    return bool(QtGui_Qt.mightBeRichText(text))


def _count(method, parent: QModelIndex) -> int:
    try:
        return method(parent)
    except TypeError:  # a list model's column count is private: one column, no children
        return 1 if not parent.isValid() else 0


def model_texts(model, parent: QModelIndex = QModelIndex()) -> Iterator[tuple[str, str]]:
    for row in range(_count(model.rowCount, parent)):
        for column in range(_count(model.columnCount, parent)):
            index = model.index(row, column, parent)
            roles = ((Qt.ItemDataRole.DisplayRole, "cell"), (Qt.ItemDataRole.ToolTipRole, "tooltip"))
            for role, kind in roles:
                value = index.data(role)
                if isinstance(value, str) and value:
                    yield kind, value
        first = model.index(row, 0, parent)
        if first.isValid() and _count(model.rowCount, first) > 0:
            yield from model_texts(model, first)


def on_screen(window) -> Iterator[tuple[str, str, bool]]:
    """(where, text, read as rich text) for the widgets, tooltips and pictures of the page shown."""
    for widget in [window, *window.findChildren(QWidget)]:
        if widget.toolTip():
            yield f"tooltip of {type(widget).__name__}", widget.toolTip(), rich(widget.toolTip())
    for label in window.findChildren(QLabel):
        form = label.textFormat()
        is_rich = form == Qt.TextFormat.RichText or (form == Qt.TextFormat.AutoText and rich(label.text()))
        yield f"label {label.objectName() or label.accessibleName()}", label.text(), is_rich
    for combo in window.findChildren(QComboBox):
        for i in range(combo.count()):
            yield "combo item", combo.itemText(i), False
            tip = combo.itemData(i, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                yield "combo tooltip", tip, rich(tip)
    for text_view in window.findChildren(QTextEdit):
        yield f"text of {text_view.accessibleName()}", text_view.toPlainText(), False
    for view in window.findChildren(QGraphicsView):
        for item in view.scene().items() if view.scene() else []:
            if item.toolTip():
                yield "tooltip of a picture item", item.toolTip(), rich(item.toolTip())
            if isinstance(item, QGraphicsTextItem):
                yield "chart text", item.toPlainText(), False
    for legend in window.map_panel.view.scenes.legends.values():  # drawn as plain text
        for entry in legend.entries:
            yield "legend", entry.label, False
    for chart in window.charts.values():  # bar names are axis ticks, drawn as plain text
        for name, _ in chart.rows:
            yield "chart text", name, False


def in_models(window) -> Iterator[tuple[str, str, bool]]:
    """Every cell and cell tooltip of every item view (the tree expanded)."""
    for view in window.findChildren(QAbstractItemView):
        if view.model() is not None:
            for kind, text in model_texts(view.model()):
                yield f"{kind} of {type(view).__name__}", text, kind == "tooltip" and rich(text)


def on_the_map(window) -> Iterator[tuple[str, str, bool]]:
    """The map's hover texts, item by item."""
    view = window.map_panel.view
    for item in view.scene().items():
        point = view.mapFromScene(item.sceneBoundingRect().center())
        text = view.tooltip_at(QPoint(point.x(), point.y()))
        if text:
            yield "map tooltip", text, rich(text)


@pytest.fixture
def hostile(window, watcher, catalog):
    name, running_mate, party = names(watcher)
    scenario = Scenario(catalog.election(2016))
    scenario.execute(AddCandidate(Candidate(name, party, running_mate=running_mate)))
    scenario.execute(AssignUnit("TX", Ticket(name, running_mate)))  # 38 votes: nobody has 270
    scenario.execute(SetElectorVote(scenario.election.unit("CA").electors[0], Office.PRESIDENT, name))
    window.session.replace(ScenarioDocument(scenario, name, f"A lesson about {name} and {party}"))
    window.ensure_ready()
    return window, (name, running_mate, party)


@pytest.mark.slow
def test_a_name_full_of_markup_is_shown_as_written_in_every_view(qtbot, hostile, watcher):
    window, hostile_names = hostile
    app = QApplication.instance()
    seen: set[tuple[str, str, bool]] = set()
    for view in ("map", "electors"):
        window.show_map_view(view)
        app.processEvents()
        seen.update(on_the_map(window))
    for tab in RESULT_TABS:
        for analysis in ANALYSIS_PAGES if tab == "analyses" else [None]:
            window.show_results(tab, analysis)
            for _ in range(3):
                app.processEvents()
            window.grab()  # everything on screen is laid out and drawn
            seen.update(on_screen(window))
    for row in range(window.tree_model.rowCount()):
        window.tree.expand(window.tree.view_index(window.tree_model.index(row, 0)))
    seen.update(in_models(window))
    tips = {text for where, text, _ in seen if "tooltip" in where and any(n in text for n in hostile_names)}
    tips |= {text for where, text, _ in seen if "tooltip" in where and html.escape(hostile_names[0]) in text}
    for text in sorted(tips)[:60]:  # what shows on hover is drawn too
        QToolTip.showText(window.mapToGlobal(QPoint(10, 10)), text, window)
        app.processEvents()
    QToolTip.hideText()
    app.processEvents()

    for name in hostile_names:
        escaped = html.escape(name, quote=False)
        wrong = {where: text for where, text, is_rich in seen if is_rich and name in text}
        assert not wrong, f"{name} read as markup in: {wrong}"
        as_text = [where for where, text, is_rich in seen if not is_rich and name in text]
        as_escaped = [where for where, text, is_rich in seen if is_rich and escaped in text]
        assert as_text or as_escaped, f"{name} is shown nowhere"
    president = hostile_names[0]
    escaped = html.escape(president, quote=False)
    where_shown = {where for where, text, _ in seen if president in text or escaped in text}
    places = ("cell of ElectorTreeView", "cell of QTableView", "map tooltip", "chart text", "legend")
    for place in (*places, "label House of Representatives", "text of Lesson", "tooltip of ElectorTreeView"):
        assert any(w.startswith(place) for w in where_shown), f"{president} not found in any {place}"
    assert f"# {president}" not in window.lesson_text.toPlainText()  # the title, not Markdown source
    assert not watcher.opened(), "a resource named in a name was loaded"


def test_the_handout_shows_a_markup_name_as_written_and_loads_nothing(qapp, watcher, catalog, tmp_path):
    import shutil

    from gui.widgets.handout import export_pdf

    name, running_mate, party = names(watcher)
    scenario = Scenario(catalog.election(2016))
    scenario.execute(AddCandidate(Candidate(name, party, running_mate=running_mate)))
    scenario.execute(AssignUnit("TX", Ticket(name, running_mate)))
    lesson = f"Why {name} matters ![picture]({watcher.path}) <img src='{watcher.path}'>"
    out = tmp_path / "handout.pdf"
    assert export_pdf(ScenarioDocument(scenario, name, lesson), out) >= 2
    assert not watcher.opened(), "a resource named in the handout was loaded"
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) not installed")
    pages = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    text = "".join(pages.split())  # a long name wraps: compare without the spaces
    assert "".join(f"Why {name} matters".split()) in text  # the lesson as written, its markup as text


def test_messages_that_quote_a_name_are_plain_text(window, watcher, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from gui.widgets.candidate_dialog import CandidateDialog
    from gui.widgets.elector_tree_view import ask_new_person
    from gui.widgets.main_window import MainWindow

    name = names(watcher)[0]
    boxes: list[tuple[str, Qt.TextFormat, str]] = []
    monkeypatch.setattr(
        QMessageBox,
        "exec",
        lambda box: boxes.append((box.text(), box.textFormat(), box.informativeText())) or 0,
    )
    MainWindow._show_error(window, "Cannot open the scenario", f"unknown candidate {name}")
    window.documents._offer_save_as("Cannot save", f"cannot write {name}.json: the disk is full")
    ask_new_person(window, name, ())
    assert [(text, form) for text, form, _ in boxes] == [
        (f"unknown candidate {name}", Qt.TextFormat.PlainText),
        (f"cannot write {name}.json: the disk is full", Qt.TextFormat.PlainText),
        (f"{name} is not a candidate of this election.", Qt.TextFormat.PlainText),
    ]
    informative = boxes[2][2]
    assert html.escape(name, quote=False) in informative and name not in informative
    dialog = CandidateDialog([], "#123456", window)
    assert dialog.error.textFormat() == Qt.TextFormat.PlainText
    assert not watcher.opened()
