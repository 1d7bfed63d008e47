"""The December 2016 story, as a teacher runs it in the window: Michigan not yet called, a
faithless elector found by name, 37 defections on the map, the House, state laws."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox

from gui.domain.colors import UNDECIDED_COLOR
from gui.domain.scenario import BLANK, Office, Start
from gui.qt.elector_tree_model import Column
from tests.widgets.test_analyses_panel import show
from tests.widgets.test_main_window import pick, select


def type_in(qtbot, window, index, text: str) -> None:
    """F2 on a cell, type, Enter: what a user does."""
    window.tree.scrollTo(index)
    window.tree.setCurrentIndex(index)
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_F2)
    editors = window.tree.viewport().findChildren(QComboBox)
    assert len(editors) == 1, editors
    editors[0].lineEdit().selectAll()
    qtbot.keyClicks(editors[0].lineEdit(), text)
    qtbot.keyClick(editors[0], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.tree.viewport().findChildren(QComboBox))


def map_colors(window, unit: str) -> set[str]:
    area = window.map_panel.view.unit_item(unit)
    return {band.color.name().upper() for band in area.bands}


def test_michigan_not_yet_called(qtbot, window):
    pick(qtbot, window.election_box, 2016)
    pick(qtbot, window.start_box, Start.PLEDGED)
    people = window.session.scenario.candidate_names()
    # The news in December: Trump 290, Clinton 232, Michigan's 16 not yet called.
    type_in(qtbot, window, select(window, "MI", column=Column.CARRIED_BY), "undecided")
    result = window.session.tally
    assert result.president.votes == {"Donald Trump": 290, "Hillary Clinton": 232}
    assert result.president.undecided == 16
    assert window.session.scenario.candidate_names() == people  # "undecided" is nobody
    assert "Michigan's 16 cannot change that" in window.outcome.text()
    chart = window.charts[Office.PRESIDENT]
    assert chart.pending == 16 and chart.labels[-1] == "16 not yet called"
    assert map_colors(window, "MI") == {UNDECIDED_COLOR}
    legend = [entry.label for entry in window.map_panel.view.scenes.legends["map"].entries]
    assert "Not yet called" in legend
    # A click moves on through every candidate, then back to not called.
    window.map_panel.view.unit_clicked.emit("MI")
    assert window.session.scenario.unit_winner("MI").president == "Donald Trump"
    assert window.session.tally.president.votes["Donald Trump"] == 306
    window.map_panel.view.unit_clicked.emit("MI")
    window.map_panel.view.unit_clicked.emit("MI")
    assert window.session.scenario.unit_winner("MI").is_empty
    assert window.session.undo_stack.text(window.session.undo_stack.index() - 1) == "MI not yet called"


def test_a_name_that_is_no_candidate_is_asked_about(qtbot, window):
    pick(qtbot, window.election_box, 2016)
    asked = []

    def answer(name, close):
        asked.append((name, close))
        return close[0] if close else None

    window.tree.choice_delegate.ask_new_person = answer
    election = window.session.scenario.election
    seat = election.electors[election.state("TX").electors[0]]
    cell = window.tree.view_index(
        window.tree_model.index_of_elector(seat.index).siblingAtColumn(Column.PRESIDENT)
    )
    type_in(qtbot, window, cell, "Kasihc")
    assert asked == [("Kasihc", ("John Kasich",))]
    assert window.session.scenario.vote(seat.index, Office.PRESIDENT) == "John Kasich"
    # A reserved word is a ballot, never a person; "+" writes someone in without asking.
    type_in(qtbot, window, cell, "blank")
    assert window.session.scenario.vote(seat.index, Office.PRESIDENT) == BLANK
    type_in(qtbot, window, cell, "+Evan McMullin")
    assert window.session.scenario.vote(seat.index, Office.PRESIDENT) == "Evan McMullin"
    assert len(asked) == 1


@pytest.mark.slow
def test_find_an_elector_by_name(qtbot, window):
    pick(qtbot, window.election_box, 2016)
    qtbot.keyClicks(window.filter_box, "Suprun")
    proxy = window.tree.proxy
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Texas (TX)"]
    texas = proxy.index(0, 0)
    assert window.tree.isExpanded(texas) and proxy.rowCount(texas) == 1
    assert proxy.index(0, 0, texas).data() == "TX:37  Christopher Suprun"
    assert not window.filter_note.isVisible()
    window.filter_box.clear()
    qtbot.keyClicks(window.filter_box, "Supran")
    assert proxy.rowCount() == 0 and window.filter_note.isVisible()
    assert window.filter_note.text() == "No state or elector matches “Supran”."
    window.filter_box.clear()
    assert not window.filter_note.isVisible() and proxy.rowCount() == 51
    # The name column is wide enough for his name, whole.
    title = "TX:37  Christopher Suprun"
    needed = window.tree.fontMetrics().horizontalAdvance(title) + 2 * window.tree.indentation()
    assert window.tree.columnWidth(Column.NAME) >= needed


def test_37_defections_show_on_the_map_and_the_house_decides(qtbot, window):
    pick(qtbot, window.election_box, 2016)
    pick(qtbot, window.start_box, Start.PLEDGED)
    page = window.analyses.defections
    show(window, page)
    page.recipient.setCurrentIndex(page.recipient.findData("John Kasich"))
    page.recipient.activated.emit(page.recipient.currentIndex())
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    result = window.session.tally
    assert result.president.votes == {"Donald Trump": 269, "Hillary Clinton": 232, "John Kasich": 37}
    # Texas is drawn by how its electors voted: Kasich's stripes, Trump's, and Kasich in the legend.
    kasich = QColor(window.session.scenario.color("John Kasich")).name().upper()
    trump = QColor(window.session.scenario.color("Donald Trump")).name().upper()
    assert map_colors(window, "TX") == {kasich, trump}
    legend = [entry.label for entry in window.map_panel.view.scenes.legends["map"].entries]
    assert legend[:3] == ["Donald Trump", "Hillary Clinton", "John Kasich"]
    # The House of the 115th Congress decides.
    assert "No majority for President: the House chooses" in window.outcome.text()
    window.tabs.setCurrentIndex(window.congress_tab)
    assert window.congress_panel.house_table.isVisibleTo(window.congress_panel)
    assert "115th Congress" in window.congress_panel.house_summary.text()
    # As blank ballots instead, they show as a badge on Texas.
    window.undo_action.trigger()
    show(window, page)
    page.recipient.setCurrentIndex(page.recipient.findData(BLANK))
    page.recipient.activated.emit(page.recipient.currentIndex())
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    badges = window.map_panel.view.scenes.badges["TX"]
    assert [badge.count for badge, _ in badges] == [37] and badges[0][0].isVisible()


@pytest.mark.slow
def test_state_laws_keep_michigan_electors_faithful(qtbot, window):
    pick(qtbot, window.election_box, 2016)
    pick(qtbot, window.start_box, Start.PLEDGED)
    election = window.session.scenario.election
    michigan = election.state("MI").electors[0]
    cell = window.tree.view_index(
        window.tree_model.index_of_elector(michigan).siblingAtColumn(Column.PRESIDENT)
    )
    type_in(qtbot, window, cell, "Kasich")
    assert window.session.tally.president.votes["John Kasich"] == 1
    qtbot.mouseClick(window.laws_box, Qt.MouseButton.LeftButton)
    assert "John Kasich" not in window.session.tally.president.votes
    assert (
        "voided by state law"
        in window.tree_model.index_of_elector(michigan).siblingAtColumn(Column.PRESIDENT).data()
    )
