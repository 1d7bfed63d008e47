"""The Congress tab's Count page: objections raised and refused, undone, saved and read back."""

from __future__ import annotations

from gui.domain.catalog import load_catalog
from gui.io.scenario_file import read, write


def test_count_tab_raises_refuses_undoes_and_saves(window, qtbot, tmp_path):
    window.session.new(2024)
    window.show_results("count")
    panel = window.count_panel
    assert panel.isVisible()
    assert "one fifth" in panel.rule.text()
    panel.select_state("PA")
    # Too few senators under the 2022 Act: refused, with the reason, nothing changes.
    panel.senators.setValue(5)
    panel.raise_objection()
    assert "not in order" in panel.message.text() and "one fifth of the senators" in panel.message.text()
    assert window.session.scenario.count == ()
    panel.senators.setValue(panel.model.count.needed.senators)
    panel.representatives.setValue(panel.model.count.needed.representatives)
    panel.ground.setCurrentIndex(0)  # not lawfully certified
    panel.raise_objection()
    assert [o.state for o in window.session.scenario.count] == ["PA"]
    row = panel.model.row_of("PA")
    for column in (5, 6):
        panel.model.setData(panel.model.index(row, column), True)
    tally = window.session.tally
    assert (tally.appointed, tally.majority) == (519, 260)
    assert "excluded Pennsylvania" in panel.outcome.text()
    assert "excluded Pennsylvania" in window.outcome_notes.text()
    path = tmp_path / "count.json"
    write(path, window.session.document)
    again = read(path, load_catalog()).scenario
    assert again.count == window.session.scenario.count
    window.session.undo_stack.undo()
    window.session.undo_stack.undo()
    window.session.undo_stack.undo()
    assert window.session.scenario.count == () and window.session.tally.appointed == 538
    panel.replay_record()
    assert window.session.scenario.count == ()  # 2025: no objection was made
