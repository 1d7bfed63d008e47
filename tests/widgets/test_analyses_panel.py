"""The analyses tab, used as a teacher would: read the number, apply it, undo it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from gui.domain.scenario import Start
from tests.widgets.test_main_window import pick


def shown(label) -> str:
    """What a rich-text label reads as (table cells one per line)."""
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


def show(window, page) -> None:
    window.show_results("analyses")
    window.analyses.show_page(page)


def test_defections_apply_and_undo(qtbot, window):
    pick(qtbot, window.election_box, 2016)
    pick(qtbot, window.start_box, Start.PLEDGED)
    page = window.analyses.defections
    show(window, page)
    assert "<b>37</b>" in page.result.text() and "TX\n37\nTX:1-37" in shown(page.result)
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    result = window.session.tally
    assert result.president.votes["Donald Trump"] == 269 and result.president.winner is None
    assert "No one has a majority now" in page.result.text()  # recomputed after the change
    window.undo_action.trigger()  # one step undoes all 37
    assert window.session.tally.president.votes["Donald Trump"] == 306


@pytest.mark.slow
def test_defections_with_state_laws_skip_voiding_states(qtbot, window):
    pick(qtbot, window.election_box, 2016)
    pick(qtbot, window.start_box, Start.PLEDGED)
    page = window.analyses.defections
    show(window, page)
    page.goal.setCurrentIndex(page.goal.findData("Hillary Clinton"))
    page.goal.activated.emit(page.goal.currentIndex())
    qtbot.mouseClick(window.laws_box, Qt.MouseButton.LeftButton)
    text = page.result.text()
    rows = shown(page.result).splitlines()
    assert "<b>38</b>" in text and "State laws applied" in text and "TX" in rows
    for voiding in ("MI", "NC", "UT", "OK"):  # those states void a faithless vote in 2016
        assert voiding not in rows


def test_paths_count_every_way_the_tossups_can_fall(qtbot, window):
    pick(qtbot, window.election_box, 2020)
    page = window.analyses.paths
    show(window, page)
    assert "Tick some units" in page.result.text()
    for row in range(page.units.count()):
        item = page.units.item(row)
        if item.data(Qt.ItemDataRole.UserRole) in ("AZ", "GA", "WI"):
            item.setCheckState(Qt.CheckState.Checked)
    text = shown(page.result)
    assert "Of the 8 ways" in text and "tie, no majority (the House decides)\n1\n" in text


def test_probabilities_and_power(qtbot, window):
    pick(qtbot, window.election_box, 2024)
    page = window.analyses.probabilities
    show(window, page)
    assert "Rate some units" in page.result.text()
    combo = page._combos["PA"]
    combo.setCurrentIndex(combo.findText("toss-up"))
    combo.activated.emit(combo.currentIndex())
    assert "Independent units" in page.result.text() and "Rate some units" not in page.result.text()
    power = window.analyses.power
    show(window, power)
    assert "California" in power.result.text()
    assert len(power.points.data) == 51
