"""The window in Spanish: every text it shows is translated, and switching keeps the scenario.

The check reads the Spanish catalogue (translations/ec_whatif_es.ts): a text the window shows
fails when it is one of the English sources whose translation differs (exactly, or as a filled-in
template such as "{winner} is elected President with {votes} votes"), or when it holds English
words no Spanish text has ("the", "electors", "President", ...). Lesson titles and the glossary's
constitutional quotations are English on purpose: they are checked against the catalogue only.
"""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QStyleOptionViewItem,
    QTabBar,
    QTextBrowser,
    QWidget,
)

from gui.domain import i18n
from gui.domain.catalog import load_catalog
from gui.domain.commands import AssignUnit, SetElectorVote
from gui.domain.scenario import BLANK, Office, Scenario, Start
from gui.domain.tally import tally
from gui.present.help import help_text
from gui.present.labels import unit_name, unit_part
from gui.present.outcome import reason
from gui.qt.elector_tree_model import Column
from gui.qt.session import ScenarioSession
from gui.qt.settings import Preferences
from gui.qt.translations import current_language, install, resolve_language, uninstall
from gui.widgets.candidate_dialog import CandidateDialog
from gui.widgets.main_window import MainWindow
from gui.widgets.window_factory import build_window
from tests.widgets.test_main_window import pick

REPO = Path(__file__).resolve().parents[2]
TS = REPO / "translations" / "ec_whatif_es.ts"
# English words no Spanish text of the window contains (names and parties contain none of them).
ENGLISH_WORDS = re.compile(
    r"\b(the|The|needed|electors|President|votes|majority|pledged|faithless|undecided|carried|blank|"
    r"House|Senate|with|chooses|elected|appointed)\b"
)
PLACEHOLDER = re.compile(r"\{\w*\}")
# Placeholders that always hold a number: a template is matched only with digits in their place.
NUMERIC = {
    "number",
    "count",
    "votes",
    "majority",
    "year",
    "appointed",
    "allotted",
    "seats",
    "members",
    "needed",
    "quorum",
    "present",
    "whole",
    "senators",
    "missing",
    "spare",
    "undecided",
    "first",
    "last",
    "available",
    "left",
    "draws",
    "total",
    "no_vote",
    "not_voting",
}
ACCELERATOR = re.compile(r"&(?=\w)")
TAGS = re.compile(r"<[^>]+>")
QUOTED = re.compile(r'"[^"]*"')


# --- the catalogue and the check ---------------------------------------------------------------


@dataclass(frozen=True)
class Catalogue:
    exact: dict[str, str]  # English source (no placeholders) -> its context, where Spanish differs
    templates: list[tuple[str, re.Pattern[str], str]]  # (longest literal part, pattern, source)

    @classmethod
    def read(cls, path: Path) -> Catalogue:
        exact: dict[str, str] = {}
        templates: list[tuple[str, re.Pattern[str], str]] = []
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                translation = message.findtext("translation") or ""
                if translation == source or not re.search(r"[A-Za-z]{2}", PLACEHOLDER.sub("", source)):
                    continue  # the same in both languages: nothing to catch
                if not PLACEHOLDER.search(source):
                    exact[_plain(source)] = name
                    continue
                plain = _plain(source)
                parts = PLACEHOLDER.split(plain)
                holes = [
                    r"[\d,.]+" if hole.strip("{}") in NUMERIC else ".+?"
                    for hole in PLACEHOLDER.findall(plain)
                ]
                pattern = re.escape(parts[0]) + "".join(
                    h + re.escape(p) for h, p in zip(holes, parts[1:], strict=True)
                )
                literal = "".join(parts)
                # Long enough to be unmistakable inside a longer text; short ones must be the text.
                wide = len(re.findall(r"[A-Za-z]", literal)) >= 10
                flags = re.DOTALL
                templates.append(
                    (max(parts, key=len), re.compile(pattern if wide else f"^{pattern}$", flags), source)
                )
        return cls(exact, templates)

    def problems(self, text: str, *, english_allowed: bool = False, names: tuple[str, ...] = ()) -> list[str]:
        """Why ``text`` is (or holds) untranslated English; empty when it is Spanish. ``names``
        (people's names, which stay as they are) are left out of the English-words check."""
        plain = _plain(text)
        found = []
        if plain in self.exact:
            found.append(f"untranslated [{self.exact[plain]}] {plain!r}")
        for source in self.exact:
            if len(source) >= 16 and source in plain and source != plain:
                found.append(f"holds untranslated {source!r}")
        for literal, pattern, source in self.templates:
            if literal in plain and pattern.search(plain):
                found.append(f"untranslated template {source!r}")
        if not english_allowed:
            for name in names:
                plain = plain.replace(name, " ")
            words = sorted(set(ENGLISH_WORDS.findall(TAGS.sub(" ", plain))))
            if words:
                found.append(f"English words {words}")
        return found


def _plain(text: str) -> str:
    return ACCELERATOR.sub("", text)


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue.read(TS)


# --- collecting what the window shows ----------------------------------------------------------


@dataclass(frozen=True)
class Shown:
    where: str
    text: str
    english_allowed: bool = False  # lesson titles, the Constitution's own words


def _model_texts(view: QAbstractItemView, where: str, limit: int = 5000) -> Iterator[Shown]:
    model = view.model()
    if model is None:
        return
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    for column in range(model.columnCount()):
        for role in roles:
            value = model.headerData(column, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                yield Shown(f"{where} header {column}", value)
    stack = [QModelIndex()]
    seen = 0
    while stack and seen < limit:
        parent = stack.pop()
        for row in range(model.rowCount(parent)):
            for column in range(model.columnCount(parent)):
                index = model.index(row, column, parent)
                seen += 1
                for role in roles:
                    value = index.data(role)
                    if isinstance(value, str):
                        yield Shown(f"{where} [{row},{column}]", value)
            stack.append(model.index(row, 0, parent))


def _menu_texts(menu: QMenu, where: str, english_allowed: bool = False) -> Iterator[Shown]:
    yield Shown(where, menu.title())
    for action in menu.actions():
        if action.isSeparator():
            continue
        lesson = english_allowed and action.data() is None and "—" in action.text()
        for text in (action.text(), action.toolTip(), action.statusTip()):
            if text:
                yield Shown(f"{where} › {action.text()}", text, english_allowed=lesson)
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), f"{where} › {action.text()}", english_allowed)


def widget_texts(root: QWidget) -> list[Shown]:
    shown: list[Shown] = []
    for widget in [root, *root.findChildren(QWidget)]:
        name = f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()}".strip()
        for text in (
            widget.windowTitle(),
            widget.toolTip(),
            widget.statusTip(),
            widget.whatsThis(),
            widget.accessibleName(),
            widget.accessibleDescription(),
        ):
            if text:
                shown.append(Shown(name, text))
        if isinstance(widget, QLabel | QAbstractButton):
            shown.append(Shown(name, widget.text()))
        if isinstance(widget, QLineEdit):
            shown.append(Shown(name, widget.placeholderText()))
        if isinstance(widget, QComboBox):
            for row in range(widget.count()):
                shown.append(Shown(f"{name} item {row}", widget.itemText(row)))
                tip = widget.itemData(row, Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str):
                    shown.append(Shown(f"{name} item {row} tip", tip))
        if isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                shown.append(Shown(f"{name} tab {tab}", widget.tabText(tab)))
                shown.append(Shown(f"{name} tab {tab} tip", widget.tabToolTip(tab)))
        if isinstance(widget, QListWidget):
            shown.extend(Shown(f"{name} row {r}", widget.item(r).text()) for r in range(widget.count()))
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            shown.extend(_model_texts(widget, name))
        if isinstance(widget, QTextBrowser):  # the Constitution is quoted in English, "between quotes"
            shown.append(Shown(name, QUOTED.sub(" ", widget.toPlainText())))
    return [s for s in shown if s.text.strip()]


def window_texts(window: MainWindow) -> list[Shown]:
    shown = widget_texts(window)
    window.documents.fill_recent_menu(window.recent_menu)
    for action in window.menuBar().actions():
        shown.extend(_menu_texts(action.menu(), "menu", english_allowed=action.menu() is window.lessons_menu))
    shown.append(Shown("status bar", window.statusBar().currentMessage()))
    for office, chart in window.charts.items():
        shown.append(Shown(f"chart {office.value} line", chart.majority_text))
        shown.append(Shown(f"chart {office.value} axis", chart.axis_title))
        shown.extend(Shown(f"chart {office.value} bar", label) for label in chart.labels)
        shown.extend(Shown(f"chart {office.value} row", name) for name, _ in chart.rows)
    view = window.map_panel.view
    for legend in view.scenes.legends.values():
        shown.append(Shown("map legend", legend.title))
        shown.extend(Shown("map legend", entry.label) for entry in legend.entries)
    for item in view.scene().items():
        for text in (item.toolTip(), getattr(item, "note", "")):
            if text:
                shown.append(Shown(f"map item {type(item).__name__}", text))
        shown.extend(Shown("map label", line) for line in getattr(item, "lines", []) or [])
    return [s for s in shown if s.text.strip()]


def map_hover_texts(window: MainWindow) -> list[Shown]:
    """Every tooltip the map shows on hover, for every state, unit and elector."""
    from gui.present.tooltips import elector_tooltip, state_tooltip, unit_tooltip

    scenario = window.session.scenario
    shown = [Shown(f"map {s.code}", state_tooltip(scenario, s.code)) for s in scenario.election.states]
    shown += [Shown(f"map {u.id}", unit_tooltip(scenario, u.id)) for u in scenario.election.units]
    shown += [Shown(f"map {e.id}", elector_tooltip(scenario, e.index)) for e in scenario.election.electors]
    return shown


def show_every_page(qtbot, window: MainWindow) -> list[Shown]:
    """Show each tab and each analysis page (they fill themselves when shown), collecting texts."""
    shown: list[Shown] = []
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        qtbot.wait(1)
        shown += window_texts(window)
    window.show_results("analyses")
    for page in window.analyses.pages():
        window.analyses.show_page(page)
        qtbot.wait(1)
        shown += widget_texts(window.analyses)
    window.show_results("apportionment")
    qtbot.wait(1)
    shown += widget_texts(window.what_if)
    return shown


def people(window: MainWindow) -> tuple[str, ...]:
    """The names in the open election (electors, candidates, anyone voted for), longest first:
    names stay as they are in every language."""
    scenario = window.session.scenario
    found = {seat.name for seat in scenario.election.electors} | {
        s.attempted_by for s in scenario.election.electors
    }
    found |= set(scenario.candidate_names()) | {c.running_mate for c in scenario.candidates}
    found |= set(window.session.tally.president.votes) | set(window.session.tally.vice_president.votes)
    return tuple(sorted((n for n in found if n), key=len, reverse=True))


def assert_spanish(catalogue: Catalogue, shown: list[Shown], names: tuple[str, ...] = ()) -> None:
    failures = []
    first_seen = {(s.text, s.english_allowed): s.where for s in reversed(shown)}  # each text once
    for (text, english_allowed), where in first_seen.items():
        for problem in catalogue.problems(text, english_allowed=english_allowed, names=names):
            failures.append(f"{where}: {problem}: {text[:160]!r}")
    assert not failures, f"{len(failures)} untranslated texts:\n" + "\n".join(sorted(set(failures))[:60])


# --- fixtures ----------------------------------------------------------------------------------


@pytest.fixture
def preferences(tmp_path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def spanish(qapp) -> Iterator[None]:
    install("es")
    try:
        yield
    finally:
        uninstall()  # the other tests read English


def _open(qtbot, window: MainWindow, *, owned: bool = True) -> MainWindow:
    """Show the window as the tests' window fixture does; ``owned=False`` when the window will be
    replaced (and deleted) by a language switch, so pytest-qt does not close it again."""
    window.errors = []
    window.show_error = lambda title, message: window.errors.append(message)
    window.confirm_discard = lambda: True
    if owned:
        qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.is_ready)
    return window


@pytest.fixture
def es_window(qtbot, spanish, preferences) -> MainWindow:
    return _open(qtbot, build_window(ScenarioSession(load_catalog()), preferences))


def _defect(session: ScenarioSession, state: str, count: int, to: str) -> None:
    election = session.scenario.election
    for index in election.state(state).electors[:count]:
        session.push(SetElectorVote(index, Office.PRESIDENT, to))


# --- the window in Spanish ---------------------------------------------------------------------


@pytest.mark.slow
def test_every_text_of_the_2016_house_scenario_is_spanish(qtbot, es_window, catalogue):
    """As pledged, 37 Texas electors vote for Kasich: no majority, the House decides."""
    window = es_window
    window.session.new(2016, Start.PLEDGED)
    _defect(window.session, "TX", 37, "John Kasich")
    session = window.session
    session.push(
        SetElectorVote(session.scenario.election.state("WA").electors[0], Office.VICE_PRESIDENT, BLANK)
    )
    window.tree.expandAll()
    window.history_dock.show()
    window.glossary_dock.show()
    shown = show_every_page(qtbot, window) + map_hover_texts(window)
    window.map_panel.set_view("electors")
    shown += window_texts(window)
    # The tree's picker, as F2 opens it on an elector's vote and on a state's winner.
    delegate = window.tree.itemDelegate()
    for source in (
        window.tree_model.index_of_elector(session.scenario.election.state("TX").electors[0]).siblingAtColumn(
            Column.PRESIDENT
        ),
        window.tree_model.index_of_state("PA").siblingAtColumn(Column.CARRIED_BY),
    ):
        editor = delegate.createEditor(
            window.tree.viewport(), QStyleOptionViewItem(), window.tree.view_index(source)
        )
        shown += widget_texts(editor)
        editor.deleteLater()
    shown.append(Shown("Keys and terms", help_text()))
    dialog = CandidateDialog(["Donald Trump"], "#123456", window)
    dialog.name.setText("Donald Trump")
    dialog.accept()  # refused: the error says why
    shown += widget_texts(dialog)
    # What the handout prints, from the same scenario.
    from gui.present.handout import Summary, outcome_sentences, subtitle, text_pages_markdown
    from gui.present.outcome import tally_rows

    summary = Summary.of(session.scenario)
    shown.append(Shown("handout subtitle", subtitle(session.scenario, summary.result)))
    shown += [Shown("handout outcome", line) for line in outcome_sentences(session.scenario, summary)]
    pages = text_pages_markdown(session.document, summary, "").replace("\\", "")
    shown += [Shown("handout contingent", line) for line in pages.splitlines()]
    for office in Office:
        shown += [
            Shown("handout table", row.status) for row in tally_rows(session.scenario, summary.result, office)
        ]

    assert (
        "Cámara" in window.outcome.text()
        and "270 para ganar" in window.charts[Office.PRESIDENT].majority_text
    )
    assert window.tabs.tabText(window.congress_tab) == "Congreso ⚑"
    assert not window.congress_panel.house_table.isHidden()
    assert window.glossary.toPlainText().startswith("Términos")
    assert len(shown) > 10_000  # the whole tree, the map's tooltips, every page
    assert_spanish(catalogue, shown, people(window))


@pytest.mark.slow
@pytest.mark.parametrize("year", [1800, 1824, 1836, 1860, 1864, 1872, 2000, 2028])
def test_other_elections_read_in_spanish(qtbot, es_window, catalogue, year):
    """Before the 12th Amendment, the House and Senate choosing, split states, seceded states,
    uncounted votes, a blank ballot, no votes yet."""
    window = es_window
    window.session.new(year)
    if year == 2028:
        window.session.push(AssignUnit("TX", window.session.scenario.ticket_for("")))
    window.tree.expandAll()
    shown = show_every_page(qtbot, window) + map_hover_texts(window)
    assert_spanish(catalogue, shown, people(window))


@pytest.mark.slow
def test_the_state_laws_tooltips_and_the_laws_box_read_in_spanish(qtbot, es_window, catalogue):
    window = es_window
    window.session.new(2016, Start.PLEDGED)
    _defect(window.session, "NC", 1, "John Kasich")  # North Carolina voids it and fines the elector
    window.laws_box.click()
    window.tree.expandAll()
    shown = window_texts(window)
    assert window.laws_box.text() == "Leyes estatales (2016)"
    texts = " ".join(s.text for s in shown)
    assert "John Kasich anulado por ley estatal → Donald Trump" in texts
    assert "un voto infiel es nulo y el elector es sustituido; multa de 500 dólares" in texts
    assert_spanish(catalogue, shown, people(window))


# --- the check itself fails on English ---------------------------------------------------------


def test_the_check_catches_an_untranslated_sentence(catalogue):
    result = tally(Scenario(load_catalog().election(2016)))
    english = reason(result, Office.PRESIDENT)  # no translator: the English source, filled in
    assert catalogue.problems(english)
    assert catalogue.problems("&File") and catalogue.problems("Vote for Vice President")
    assert catalogue.problems(f"<b>{english}</b><br>538 electores designados.")  # inside a longer text
    assert catalogue.problems("Hillary Clinton — faithless", english_allowed=True)  # a filled-in template
    assert not catalogue.problems("Donald Trump gana la presidencia con 304 votos (se necesitan 270).")
    assert not catalogue.problems("Elector 3")  # the same in both languages
    assert not catalogue.problems("Hillary Clinton, Donald Trump, Colin Powell")


@pytest.mark.slow
def test_one_untranslated_message_fails_the_window_check(qtbot, spanish, preferences, catalogue):
    """Drop the Spanish of one message (as a forgotten translation would) and the walk finds it."""
    spanish_translate = i18n.current_translator()
    assert spanish_translate is not None
    forgotten = ("elector_tree", "Vote for Vice President")
    i18n.set_translator(
        lambda context, text: text if (context, text) == forgotten else spanish_translate(context, text)
    )
    window = _open(qtbot, build_window(ScenarioSession(load_catalog()), preferences))
    failures = [
        problem
        for item in window_texts(window)
        for problem in catalogue.problems(item.text, english_allowed=True)
    ]
    assert failures and all("Vote for Vice President" in f for f in failures), failures


# --- switching the language --------------------------------------------------------------------


@pytest.mark.slow
def test_switching_language_keeps_the_scenario_file_and_undo_history(qtbot, preferences, catalogue, tmp_path):
    uninstall()
    try:
        window = _open(qtbot, build_window(ScenarioSession(load_catalog()), preferences), owned=False)
        session = window.session
        session.new(2016, Start.PLEDGED)
        _defect(session, "TX", 37, "John Kasich")
        assert window.documents.save_to(tmp_path / "kasich.json")
        session.push(AssignUnit("PA", session.scenario.ticket_for("Hillary Clinton")))  # unsaved
        before = (dict(session.tally.president.votes), session.undo_stack.count(), session.undo_stack.index())
        heard = []  # someone else following the session (as the autosave does) keeps hearing it
        session.changed.connect(heard.append)
        old_tree_model = window.tree_model

        window.language_actions["es"].trigger()
        spanish = window.replaced_by
        assert (
            spanish is not None and spanish is not window and spanish.isVisible() and not window.isVisible()
        )
        qtbot.waitUntil(spanish.is_ready)
        qtbot.waitUntil(lambda: not shiboken6.isValid(window))  # the old window and its models are gone
        assert not shiboken6.isValid(old_tree_model) and spanish.tree_model is not old_tree_model
        assert current_language() == "es" and preferences.language() == "es"
        assert spanish.session is session and session.path == tmp_path / "kasich.json"
        assert (
            dict(session.tally.president.votes),
            session.undo_stack.count(),
            session.undo_stack.index(),
        ) == before
        assert spanish.isWindowModified() and spanish.windowTitle().startswith("kasich.json")
        assert spanish.menuBar().actions()[0].text() == "&Archivo"
        assert spanish.language_actions["es"].isChecked() and not spanish.language_actions["en"].isChecked()
        assert "gana la presidencia" not in spanish.outcome.text()  # no majority: the House decides
        assert "Cámara" in spanish.outcome.text()
        assert spanish.undo_action.text() == "&Deshacer PA lo gana Hillary Clinton"
        first_step = session.undo_stack.text(0)
        assert first_step.startswith("Elector ") and first_step.endswith("(presidente): John Kasich")
        assert_spanish(catalogue, window_texts(spanish), people(spanish))

        heard.clear()
        spanish.undo_action.trigger()  # the history works in the new window
        assert session.scenario.unit_winner("PA").president == "Donald Trump" and len(heard) == 1
        assert (
            spanish.tree_model.index_of_state("PA").siblingAtColumn(Column.CARRIED_BY).data()
            == "Donald Trump"
        )
        assert session.tally.president.votes["Donald Trump"] == 306 - 37

        spanish.language_actions["en"].trigger()
        english = spanish.replaced_by
        assert english is not None
        qtbot.addWidget(english)
        assert current_language() == "en" and preferences.language() == "en"
        assert english.session is session and english.menuBar().actions()[0].text() == "&File"
        assert "No majority for President" in english.outcome.text()
        assert re.fullmatch(r"&Undo Elector \d+ \(President\): John Kasich", english.undo_action.text())
        english.redo_action.trigger()
        assert session.scenario.unit_winner("PA").president == "Hillary Clinton"
    finally:
        uninstall()


def test_the_language_is_lang_then_the_saved_choice_then_the_system_s(preferences, monkeypatch):
    monkeypatch.setattr("gui.qt.translations.system_language", lambda: None)
    assert resolve_language(None, preferences) == "en"  # nothing chosen, an English system
    monkeypatch.setattr("gui.qt.translations.system_language", lambda: "es")
    assert resolve_language(None, preferences) == "es"  # a Spanish system
    preferences.set_language("en")
    assert resolve_language(None, preferences) == "en"  # a choice beats the system's language
    assert resolve_language("es", preferences) == "es"  # --lang beats the choice
    preferences.set_language("es")
    monkeypatch.setattr("gui.qt.translations.system_language", lambda: None)
    assert resolve_language(None, preferences) == "es"
    assert resolve_language("en", preferences) == "en"


def test_lang_option_reaches_the_window_and_the_screenshot(monkeypatch):
    from gui.cli import main as cli
    from gui.cli.errors import CliError
    from gui.main import main

    args = cli.build_parser("screenshot").parse_args(
        ["--lang", "es", "screenshot", "out.png", "--election", "2016"]
    )
    assert args.lang == "es" and args.command == "screenshot"
    assert cli.build_parser("tally").parse_args(["tally", "--election", "2016"]).lang is None
    with pytest.raises(CliError):
        cli.build_parser().parse_args(["--lang", "fr"])
    opened = []
    monkeypatch.setattr("gui.app.run_app", lambda argv, lang=None: opened.append(lang) or 0)
    assert main(["--lang", "es"]) == 0 and opened == ["es"]


@pytest.mark.slow
def test_spanish_screenshot_from_the_command_line(qapp, tmp_path, capsys):
    from gui.main import main

    out = tmp_path / "es.png"
    try:
        assert main(["--lang", "es", "screenshot", str(out), "--election", "2016", "--size", "900x600"]) == 0
        assert current_language() == "es"
    finally:
        uninstall()
    assert out.stat().st_size > 10_000 and "Saved" in capsys.readouterr().out


# --- English stays as it was -------------------------------------------------------------------


def test_english_labels_are_the_catalog_names(catalog):
    """With no translator the shared labels are word for word what the domain wrote before."""
    assert i18n.current_translator() is None
    for year in catalog.years:
        election = catalog.election(year)
        for unit in election.units:
            assert unit_name(election, unit.id) == unit.name
            if unit.id != unit.state or len(election.state(unit.state).units) > 1:
                part = unit.name.split(", ", 1)[-1]
                assert unit_part(election, unit.id) == part[0].upper() + part[1:]


def test_the_words_are_spanish_only_while_the_window_is(spanish):
    result = tally(Scenario(load_catalog().election(2016)))
    assert reason(result, Office.PRESIDENT).startswith("Donald Trump gana la presidencia con 304")
    uninstall()
    assert (
        reason(result, Office.PRESIDENT) == "Donald Trump is elected President with 304 votes (270 needed)."
    )


# --- the translation files are complete and current --------------------------------------------


@pytest.mark.skipif(
    shutil.which("pyside6-lupdate") is None
    and not (Path(sys.executable).parent / "pyside6-lupdate").exists(),
    reason="pyside6-lupdate is not installed",
)
def test_translations_are_complete_and_compiled():
    import build_translations

    problems = build_translations.check("es")
    assert not problems, "run python build_scripts/build_translations.py:\n" + "\n".join(problems)


@pytest.mark.slow
def test_reserved_words_in_spanish_are_never_people(qtbot, es_window):
    from tests.widgets.test_december_2016 import type_in
    from tests.widgets.test_main_window import select

    window = es_window
    pick(qtbot, window.election_box, 2016)
    people = window.session.scenario.candidate_names()
    type_in(qtbot, window, select(window, "MI", column=Column.CARRIED_BY), "sin decidir")
    assert window.session.scenario.unit_winner("MI").is_empty
    assert "los 16 de Michigan no pueden cambiarlo" in window.outcome.text()
    election = window.session.scenario.election
    seat = election.state("TX").electors[0]
    cell = window.tree.view_index(window.tree_model.index_of_elector(seat).siblingAtColumn(Column.PRESIDENT))
    type_in(qtbot, window, cell, "en blanco")
    assert window.session.scenario.vote(seat, Office.PRESIDENT) == BLANK
    assert window.session.scenario.candidate_names() == people
    # The Spanish lesson text, in the lesson panel.
    window.documents.open_lesson("tie-269")
    assert window.lesson_dock.isVisible() and "Qué pasó." in window.lesson_text.toPlainText()
    titles = [a.text() for a in window.lessons_menu.actions() if " — " in a.text()]
    assert titles[0] == "1800 — Empate entre Jefferson y Burr, 1800"
    assert [int(t[:4]) for t in titles] == sorted(int(t[:4]) for t in titles)
