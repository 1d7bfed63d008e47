"""December 2016, replayed through the real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from gui.domain.catalog import load_catalog
from gui.domain.scenario import Office, Start
from gui.present.outcome import reason
from gui.qt.elector_tree_model import Column
from gui.qt.session import ScenarioSession
from gui.widgets.window_factory import build_window
from tests.facts import OFFICIAL_2016_PRESIDENT, OFFICIAL_2016_VICE_PRESIDENT

FAITHLESS_2016 = [  # state, elector's name, president, vice president
    ("TX", "Christopher Suprun", "John Kasich", "Carly Fiorina"),
    ("TX", 'William "Bill" Greene', "Ron Paul", None),
    ("HI", "David Mulinix", "Bernie Sanders", "Elizabeth Warren"),
    ("WA", "Levi Guerra", "Colin Powell", "Maria Cantwell"),
    ("WA", "Esther John", "Colin Powell", "Susan Collins"),
    ("WA", "Peter Bret Chiafalo", "Colin Powell", "Elizabeth Warren"),
    ("WA", "Robert Satiacum", "Faith Spotted Eagle", "Winona LaDuke"),
]


def pick(qtbot, combo: QComboBox, data) -> None:
    combo.setFocus()
    target = combo.findData(data)
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def select(window, state: str, name: str | None = None, column: Column = Column.NAME):
    model = window.tree_model
    if name is None:
        source = model.index_of_state(state)
    else:
        election = window.session.scenario.election
        seat = next(
            election.electors[i] for i in election.state(state).electors if election.electors[i].name == name
        )
        source = model.index_of_elector(seat.index)
    index = window.tree.view_index(source.siblingAtColumn(column))
    window.tree.scrollTo(index)
    window.tree.setCurrentIndex(index)
    window.tree.setFocus()
    return index


def type_vote(qtbot, window, state, name, column, text):
    index = select(window, state, name, column)
    qtbot.keyClick(window.tree, Qt.Key.Key_F2)
    editors = window.tree.viewport().findChildren(QComboBox)
    assert len(editors) == 1, editors
    editor = editors[0]
    editor.lineEdit().selectAll()
    qtbot.keyClicks(editor.lineEdit(), text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.tree.viewport().findChildren(QComboBox))
    assert text in index.data(), (index.data(), text)


@pytest.mark.slow
def test_replay_december_2016(qtbot, window, tmp_path):
    pick(qtbot, window.election_box, 2016)
    pick(qtbot, window.start_box, Start.PLEDGED)
    result = window.session.tally
    assert result.president.votes == {"Donald Trump": 306, "Hillary Clinton": 232}
    assert window.charts[Office.PRESIDENT].majority_text == "270 to win"

    for state, name, president, vice in FAITHLESS_2016:
        type_vote(qtbot, window, state, name, Column.PRESIDENT, president)
        if vice:
            type_vote(qtbot, window, state, name, Column.VICE_PRESIDENT, vice)
    result = window.session.tally
    assert result.president.votes == OFFICIAL_2016_PRESIDENT
    assert result.vice_president.votes == OFFICIAL_2016_VICE_PRESIDENT
    assert "Donald Trump is elected President" in window.outcome.text()
    assert window.isWindowModified()
    window.grab().save(str(tmp_path / "2016-faithless.png"))

    # The Hamilton electors' hope: 37 Trump electors vote for someone else (Space on each).
    election = window.session.scenario.election
    trump_states = [
        s.code
        for s in election.states
        if window.session.scenario.pledge(s.electors[0]).president == "Donald Trump"
    ]
    pushed = 0
    for code in trump_states:
        for i in election.state(code).electors:
            if pushed == 37:
                break
            seat = election.electors[i]
            if window.session.scenario.is_faithless(i, Office.PRESIDENT):
                continue
            index = window.tree.view_index(
                window.tree_model.index_of_elector(i).siblingAtColumn(Column.PRESIDENT)
            )
            window.tree.scrollTo(index)
            window.tree.setCurrentIndex(index)
            qtbot.keyClick(window.tree, Qt.Key.Key_Space)
            assert window.session.scenario.is_faithless(seat.index, Office.PRESIDENT)
            pushed += 1
    result = window.session.tally
    assert result.president.votes["Donald Trump"] == 304 - 37 == 267
    assert result.president.winner is None
    assert "No majority for President: the House chooses" in window.outcome.text()
    assert window.charts[Office.PRESIDENT].rows[0] == ("Donald Trump", 267)
    # ... and the House of the 115th Congress decides, state by state.
    assert window.tabs.tabText(window.congress_tab) == "Congress ⚑"
    window.show_results("congress")  # a hidden page catches up when it is shown
    assert window.congress_panel.house_table.isVisibleTo(window.congress_panel)
    assert "chosen by the House" in window.congress_panel.outcome.text()
    assert "115th Congress" in window.congress_panel.house_summary.text()

    # Everything undoes, one step at a time, back to the pledges.
    steps = window.session.undo_stack.count()
    assert steps == 37 + 13 + 1  # 37 pushes, 13 typed votes, the switch to "As pledged"
    for _ in range(37 + 13):
        window.undo_action.trigger()
    assert window.session.tally.president.votes == {"Donald Trump": 306, "Hillary Clinton": 232}


def test_space_cycles_a_states_winner_and_undo_restores(qtbot, window):
    pick(qtbot, window.election_box, 2016)
    select(window, "PA")
    qtbot.keyClick(window.tree, Qt.Key.Key_Space)
    assert window.session.scenario.unit_winner("PA").president == "Hillary Clinton"
    assert window.session.tally.president.votes["Hillary Clinton"] == 247
    window.undo_action.trigger()
    assert window.session.scenario.unit_winner("PA").president == "Donald Trump"
    window.redo_action.trigger()
    assert window.session.tally.president.votes["Hillary Clinton"] == 247


@pytest.mark.slow
def test_filter_and_sort(qtbot, window):
    qtbot.keyClicks(window.filter_box, "tex")
    proxy = window.tree.proxy
    assert proxy.rowCount() == 1 and "Texas" in proxy.index(0, 0).data()
    window.filter_box.clear()
    qtbot.keyClicks(window.filter_box, "dc")  # a postal code
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["District of Columbia (DC)"]
    window.filter_box.clear()
    qtbot.keyClicks(window.filter_box, "new")
    names = {proxy.index(r, 0).data() for r in range(proxy.rowCount())}
    assert names == {"New Hampshire (NH)", "New Jersey (NJ)", "New Mexico (NM)", "New York (NY)"}
    window.filter_box.clear()
    window.sort_ev_action.trigger()
    assert proxy.index(0, 0).data() == "California (CA)"


def test_save_open_and_bad_files(qtbot, window, tmp_path):
    pick(qtbot, window.election_box, 2000)
    select(window, "FL")
    qtbot.keyClick(window.tree, Qt.Key.Key_Space)
    target = tmp_path / "florida.json"
    assert window.documents.save_to(target)
    assert not window.isWindowModified() and "florida.json" in window.windowTitle()
    gore = window.session.tally.president.votes["Al Gore"]
    window.reset_action.trigger()
    assert window.documents.open_path(target)
    assert window.session.tally.president.votes["Al Gore"] == gore == 266 + 25

    bad = tmp_path / "bad.json"
    bad.write_text(
        '{"format": "ec-whatif-scenario", "version": 1, "election": 2016, "units": {"XX": "Trump"}}'
    )
    before = window.session.scenario.state_key()
    assert not window.documents.open_path(bad)
    assert window.errors and "units.XX" in window.errors[-1] and "\n" not in window.errors[-1]
    assert window.session.scenario.state_key() == before
    assert window.preferences.recent_files()[0] == target.resolve()


def test_failed_save_of_a_new_file_offers_save_as(qtbot, window, tmp_path):
    missing_dir = tmp_path / "no" / "such" / "dir" / "x.json"
    assert not window.documents.save_to(missing_dir)
    # A new file: nothing was there to keep, so the message does not say the old one is unchanged.
    assert window.errors and "Nothing was saved" in window.errors[-1]
    assert "previous file" not in window.errors[-1] and "does not exist" in window.errors[-1]
    elsewhere = tmp_path / "elsewhere.json"
    chosen = []
    window.documents.offer_save_as = lambda title, message: True
    window.documents.save_as = lambda: chosen.append(True) or window.documents.save_to(elsewhere)
    assert window.documents.save_to(missing_dir)  # saved where the user chose instead
    assert chosen and elsewhere.is_file() and window.session.path == elsewhere


def test_add_candidate_and_assign(qtbot, window):
    from gui.domain.catalog import Candidate
    from gui.domain.commands import AddCandidate

    window.session.push(
        AddCandidate(Candidate("Evan McMullin", "Independent", running_mate="Mindy Finn"), "#CC79A7")
    )
    select(window, "UT", column=Column.CARRIED_BY)
    index = window.tree.currentIndex()
    assert window.tree.model().setData(index, "Evan McMullin")
    assert window.session.tally.president.votes["Evan McMullin"] == 6
    assert window.session.tally.vice_president.votes["Mindy Finn"] == 6
    names = [window.candidate_model.name_at(r) for r in range(window.candidate_model.rowCount())]
    assert "Evan McMullin" in names


@pytest.mark.slow
def test_every_election_opens_with_its_own_majority(qtbot, window):
    for election in window.session.catalog.elections():
        pick_index = window.election_box.findData(election.year)
        window.election_box.setCurrentIndex(pick_index)
        window.election_box.activated.emit(pick_index)
        result = window.session.tally
        assert window.session.scenario.election.year == election.year
        assert result.majority == election.appointed // 2 + 1
        assert window.charts[Office.PRESIDENT].majority_text == f"{result.majority} to win"
        assert window.tree_model.rowCount() == len(election.states)
        assert (
            reason(result, Office.PRESIDENT).split(":")[0] in window.outcome.text()
            or result.vice_president.contingent
        )


@pytest.mark.slow
def test_apply_state_laws_voids_faithless_votes_where_the_law_says_so(qtbot, window):
    pick(qtbot, window.election_box, 2016)
    pick(qtbot, window.start_box, Start.PLEDGED)
    election = window.session.scenario.election
    colorado, washington = election.state("CO").electors[0], election.state("WA").electors[0]
    for seat in (colorado, washington):
        index = window.tree.view_index(
            window.tree_model.index_of_elector(seat).siblingAtColumn(Column.PRESIDENT)
        )
        window.tree.scrollTo(index)
        window.tree.setCurrentIndex(index)
        qtbot.keyClick(window.tree, Qt.Key.Key_Space)
    assert window.session.tally.president.votes["Hillary Clinton"] == 230
    assert window.laws_box.isEnabled() and window.laws_box.text() == "Apply state laws (2016)"
    qtbot.mouseClick(window.laws_box, Qt.MouseButton.LeftButton)
    assert window.session.scenario.apply_state_laws
    # Colorado replaces a faithless elector; Washington only fines one (its vote counts).
    assert window.session.tally.president.votes["Hillary Clinton"] == 231
    cell = window.tree_model.index_of_elector(colorado).siblingAtColumn(Column.PRESIDENT)
    assert "voided by state law" in cell.data()
    assert "State law: CO 2016" in cell.data(Qt.ItemDataRole.ToolTipRole)
    window.undo_action.trigger()
    assert not window.laws_box.isChecked() and window.session.tally.president.votes["Hillary Clinton"] == 230
    pick(qtbot, window.election_box, 1960)
    assert not window.laws_box.isEnabled()  # no data on elector laws before 2000


@pytest.mark.slow
def test_projector_mode_zoom_and_contrast(qtbot, window):
    window.projector.set_projector(True, full_screen=False)
    assert window.projector.projector and window.projector.zoom == 2.0
    assert not window.left_panel.isVisible() and not window.toolbar.isVisible()
    assert window.map_panel.isVisible() and window.charts[Office.PRESIDENT].isVisible()
    assert "font-size: 30px" in window.outcome.styleSheet()
    window.zoom_in_action.trigger()
    assert window.projector.zoom == 2.5
    window.contrast_action.trigger()
    assert window.projector.high_contrast
    window.projector.set_projector(False)
    assert window.left_panel.isVisible() and window.toolbar.isVisible() and window.projector.zoom == 1.0
    window.contrast_action.trigger()
    assert not window.projector.high_contrast


def test_glossary_quotes_the_twelfth_amendment(qtbot, window):
    window.show_glossary()
    assert window.glossary_dock.isVisible()
    text = window.glossary.toPlainText()
    assert "a majority of all the states shall be necessary to a choice" in text
    assert "Faithless elector" in text


def test_lessons_menu_opens_a_lesson_with_its_text(qtbot, window):
    titles = [a.text() for a in window.lessons_menu.actions() if a.text()]
    assert len([t for t in titles if " — " in t]) >= 8
    action = next(a for a in window.lessons_menu.actions() if "269" in a.text())
    action.trigger()
    assert window.session.scenario.election.year == 2020
    assert window.session.path is None  # saving asks for a new file: the lesson stays as shipped
    assert window.lesson_dock.isVisible() and "Discuss" in window.lesson_text.toPlainText()
    assert window.session.tally.president.votes["Donald Trump"] == 269
    window.documents.new_scenario()
    assert not window.lesson_dock.isVisible()


@pytest.mark.slow
def test_export_from_the_window(qtbot, window, tmp_path):
    pick(qtbot, window.election_box, 2016)
    assert window.documents.export_to(tmp_path / "handout.pdf", "pdf")
    assert (tmp_path / "handout.pdf").read_bytes().startswith(b"%PDF")
    assert window.documents.export_to(tmp_path / "tally.csv", "csv")
    assert "Texas" in (tmp_path / "tally.csv").read_text(encoding="utf-8")
    assert not window.documents.export_to(tmp_path / "missing" / "dir" / "x.png", "map")
    assert window.errors and "cannot write" in window.errors[-1]


def test_a_name_no_file_can_hold_is_refused_and_the_old_file_kept(qtbot, window, tmp_path):
    from gui.domain.commands import SetElectorVote

    target = tmp_path / "keep.json"
    assert window.documents.save_to(target)
    before = target.read_bytes()
    window.session.push(SetElectorVote(0, Office.PRESIDENT, "Bad \ud800 name"))
    assert not window.documents.save_to(target)
    assert "cannot be saved" in window.errors[-1] and target.read_bytes() == before


def test_the_congress_tab_matches_an_added_candidate_by_party(qtbot, window):
    """Jane Doe (Democratic), added by the user, carries Clinton's states; 37 Texans vote Kasich:
    the House tab gives her the Democratic delegations, as the Candidates tab lists her party."""
    from gui.domain.catalog import Candidate
    from gui.domain.commands import AddCandidate, AssignUnit, SetElectorVote
    from gui.qt.candidate_model import CandidateColumn
    from gui.qt.congress_models import Col

    pick(qtbot, window.election_box, 2016)
    pick(qtbot, window.start_box, Start.PLEDGED)
    session = window.session
    session.push(AddCandidate(Candidate("Jane Doe", "Democratic", running_mate="John Roe")))
    scenario = session.scenario
    for unit in sorted(
        {s.unit for s in scenario.election.electors if s.pledge.president == "Hillary Clinton"}
    ):
        session.push(AssignUnit(unit, scenario.ticket_for("Jane Doe")))
    for seat in [s for s in scenario.election.electors if s.state == "TX"][:37]:
        session.push(SetElectorVote(seat.index, Office.PRESIDENT, "John Kasich"))
    window.tabs.setCurrentWidget(window._congress_page)
    house = window.congress_panel.house_model
    row = house._states.index("CA")
    assert house.index(row, Col.VOTE).data() == "Jane Doe"
    assert "no Democratic candidate" not in house.index(row, Col.WHY).data()
    candidates = window.candidate_model
    doe = next(r for r in range(candidates.rowCount()) if candidates.name_at(r) == "Jane Doe")
    assert candidates.index(doe, CandidateColumn.PARTY).data() == "Democratic"


@pytest.mark.slow
def test_the_last_scenario_file_opens_again_at_start(qtbot, window, tmp_path):
    pick(qtbot, window.election_box, 2000)
    select(window, "FL")
    qtbot.keyClick(window.tree, Qt.Key.Key_Space)
    target = tmp_path / "florida.json"
    assert window.documents.save_to(target)
    again = build_window(ScenarioSession(load_catalog()), window.preferences)
    qtbot.addWidget(again)
    assert again.reopen_last()
    assert (
        again.session.path == target
        and again.session.scenario.state_key() == window.session.scenario.state_key()
    )
    assert "florida.json" in again.statusBar().currentMessage()
    # A new scenario is what the next start shows: no file to open again.
    window.documents.new_scenario()
    assert not build_window(ScenarioSession(load_catalog()), window.preferences).reopen_last()


def test_the_recovery_prompt_names_the_app_and_shows_names_as_plain_text(
    qtbot, window, monkeypatch, tmp_path
):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from gui.qt.autosave import Recovery
    from gui.widgets import recovery_prompt

    asked = []

    def answer(box: QMessageBox) -> int:
        asked.append((box.text(), box.textFormat(), [b.text() for b in box.buttons()]))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    copies = [
        Recovery(tmp_path / "a.json", 0.0, tmp_path / "<img src=nowhere><b>x.json", ""),
        Recovery(tmp_path / "b.json", 0.0, None, ""),
    ]
    (tmp_path / "a.json").write_text("{}", encoding="utf-8")
    assert recovery_prompt.offer_recovery(window, copies) is False  # no button clicked: kept
    assert (tmp_path / "a.json").exists()
    [(first, text_format, buttons), (second, _, _)] = asked
    assert first.startswith(
        "Electoral College What-If did not close normally. Restore <img src=nowhere><b>x.json, as"
    )
    assert first.endswith("Unsaved work 1 of 2.") and text_format == Qt.TextFormat.PlainText
    assert sorted(buttons) == ["&Discard", "&Keep for next time", "&Restore"]
    assert "an unsaved scenario" in second and second.endswith("Unsaved work 2 of 2.")


@pytest.mark.slow
def test_a_state_can_appoint_no_electors_from_the_tree_and_the_map(qtbot, window):
    pick(qtbot, window.election_box, 2016)

    def appoint_no_electors(menu) -> None:
        action = next(a for a in menu.actions() if "appoints no electors" in a.text())
        action.trigger()

    appoint_no_electors(window.tree.state_menu(select(window, "TX")))
    result = window.session.tally
    assert (result.appointed, result.majority) == (500, 251)
    assert "Texas" in window.outcome_notes.text() and "251 needed" in window.outcome.text()
    assert window.tree_model.index_of_state("TX").siblingAtColumn(Column.CARRIED_BY).data() == "not appointed"
    menu = window.map_panel.unit_menu("TX")
    assert next(a for a in menu.actions() if "appoints no electors" in a.text()).isChecked()
    appoint_no_electors(menu)  # unchecking it brings Texas back
    assert window.session.tally.appointed == 538
    window.session.undo_stack.undo()
    window.session.undo_stack.undo()
    assert window.session.tally.appointed == 538 and window.session.undo_stack.index() == 0


@pytest.mark.slow
def test_absent_is_the_last_choice_of_a_vote_and_takes_both_ballots(qtbot, window):
    pick(qtbot, window.election_box, 1832)
    assert "NARA announced 286 votes, 144 a majority" in window.outcome.text()
    index = select(window, "MD", column=Column.PRESIDENT)
    model = window.tree_model
    elector = model.index_of_state("MD")
    last = model.index(9, Column.PRESIDENT, elector)  # MD:10, who did not vote
    assert last.data() == "absent — no ballot"
    first = model.index(0, Column.PRESIDENT, elector)
    assert model.setData(first, ("absent",))
    assert first.data() == "absent — no ballot"
    assert first.siblingAtColumn(Column.VICE_PRESIDENT).data() == "absent — no ballot"
    assert window.session.tally.president.absent == 3 and window.session.tally.appointed == 288
    assert index.isValid()
