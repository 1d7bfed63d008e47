from __future__ import annotations

import json

import pytest

from gui.domain.commands import AssignUnit, SetElectorVote
from gui.domain.scenario import BLANK, Office, Scenario, Start
from gui.domain.tally import tally
from gui.io.scenario_file import ScenarioDocument, ScenarioFileError, dump, parse, read, write


def doc(**fields):
    base = {"format": "ec-whatif-scenario", "version": 1, "election": 2016}
    base.update(fields)
    return json.dumps(base)


def test_hand_written_lesson_file(catalog):
    text = doc(
        start="pledged",
        title="Hamilton electors",
        units={"PA": "Clinton"},
        electors={"TX:1": {"president": "John Kasich", "vice_president": None}, "WA:1": {"president": True}},
    )
    document = parse(text, catalog)
    result = tally(document.scenario)
    assert document.title == "Hamilton electors"
    assert result.president.votes["Hillary Clinton"] == 232 + 20
    assert result.president.votes["John Kasich"] == 1
    assert result.vice_president.blank == 1


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # A line break typed inside a title: which line, and what to write instead.
        (
            '{\n  "format": "ec-whatif-scenario",\n  "title": "Two\nlines"\n}',
            "line 3, column 16: a quoted text runs over a line break or holds another control character "
            "(write a line break as \\n, a tab as \\t)",
        ),
        ('{"format": "ec-whatif-scenario",}', "line 1, column 33: a field name is not in double quotes"),
        ('{"format" "ec-whatif-scenario"}', "line 1, column 11: a colon (:) is missing"),
        ('{"a": 1 "b": 2}', "line 1, column 9: a comma is missing between two entries"),
        ('{"title": "x', "line 1, column 11: a quoted text has no closing double quote"),
        ("{} {}", "line 1, column 4: something follows the end of the scenario"),
        ("  \n", "the file is empty"),
    ],
)
def test_a_file_that_is_not_json_is_refused_in_plain_words(catalog, text, message):
    with pytest.raises(ScenarioFileError) as raised:
        parse(text, catalog)
    assert message in str(raised.value) and "char " not in str(raised.value), str(raised.value)


def test_a_unit_not_yet_called_is_null_and_reads_back(catalog):
    document = parse(doc(start="pledged", units={"MI": None}), catalog)
    result = tally(document.scenario)
    assert result.president.votes == {"Donald Trump": 290, "Hillary Clinton": 232}
    assert result.president.undecided == 16
    assert json.loads(dump(document))["units"] == {"MI": None}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "invalid JSON"),
        ("{", "invalid JSON"),
        ("[]", "expected a JSON object"),
        ('{"format": "other"}', "format"),
        (doc(version=99), "newer"),
        (doc(version="1"), "version: expected a whole number"),
        (doc(version=True), "version: expected a whole number"),
        (doc(election=1999), "election: no election in 1999"),
        (doc(election="2016"), "election: expected an election year"),
        (doc(start="maybe"), "start"),
        (doc(units={"ZZ": "Trump"}), "units.ZZ: unknown state"),
        (doc(units={"PA": 5}), "units.PA: expected"),
        (doc(electors={"TX:39": {"president": "x"}}), "electors.TX:39: Texas had 38 electors"),
        (doc(electors={"TX:1": {"president": 3}}), "electors.TX:1.president: expected a name"),
        (doc(electors={"TX:1": {"president": ""}}), "electors.TX:1.president: a name cannot be empty"),
        (doc(electors={"TX:1": {"president": "x" * 500}}), "at most 100 characters"),
        (doc(electors={"TX:1": {"colour": "red"}}), "electors.TX:1.colour: unknown field"),
        (doc(electors={"TX:1": []}), "electors.TX:1: expected"),
        (doc(extra=1), "extra: unknown field"),
        (doc(candidates=[{"name": "Donald Trump"}]), "already a candidate"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        (doc(units={"MI": "undecided"}), "units.MI: 'undecided' is a reserved word"),
        (
            doc(electors={"TX:1": {"president": "blank"}}),
            "electors.TX:1.president: 'blank' is a reserved word",
        ),
        (doc(candidates=[{"name": "Nobody"}]), "'Nobody' is a reserved word"),
        (doc(electors={"TX:1": {"pledge": None}}), "electors.TX:1.pledge: expected"),
    ],
)
def test_bad_files_are_refused_with_the_field(catalog, text, message):
    with pytest.raises(ScenarioFileError, match=message.replace("(", r"\(").replace(".", r"\.")):
        parse(text, catalog)


def test_non_utf8_and_huge_files(catalog, tmp_path):
    with pytest.raises(ScenarioFileError, match="not UTF-8"):
        parse(b'{"format": "\xff"}', catalog)
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 3_000_000)
    with pytest.raises(ScenarioFileError, match="too large"):
        read(big, catalog)
    with pytest.raises(ScenarioFileError, match="cannot read"):
        read(tmp_path / "missing.json", catalog)


def test_write_is_atomic_and_round_trips(catalog, tmp_path):
    scenario = Scenario(catalog.election(2016), Start.PLEDGED)
    scenario.execute(AssignUnit("ME-2", scenario.ticket_for("Hillary Clinton")))
    scenario.execute(SetElectorVote(5, Office.VICE_PRESIDENT, BLANK))
    target = tmp_path / "what-if.json"
    write(target, ScenarioDocument(scenario, "title"))
    assert parse(target.read_text(encoding="utf-8"), catalog).scenario.state_key() == scenario.state_key()
    assert [p.name for p in tmp_path.iterdir()] == ["what-if.json"]


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_failed_write_leaves_the_old_file(catalog, tmp_path, monkeypatch, failing):
    import errno
    import os

    import gui.io.atomic as scenario_file

    def disk_full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    target = tmp_path / "keep.json"
    target.write_text("old contents", encoding="utf-8")
    monkeypatch.setattr(scenario_file.os, failing, disk_full)
    with pytest.raises(ScenarioFileError, match=r"cannot write .*: the disk is full"):
        write(target, ScenarioDocument(Scenario(catalog.election(2016))))
    assert target.read_text(encoding="utf-8") == "old contents"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.json"]


def test_saved_file_names_only_differences(catalog):
    scenario = Scenario(catalog.election(2016))
    data = json.loads(dump(ScenarioDocument(scenario)))
    assert data["units"] == {} and data["electors"] == {}


@pytest.mark.parametrize(
    ("apportionment", "message"),
    [
        (None, 'apportionment: expected an object such as {"census": 1990'),
        ({"census": 1915}, "apportionment.census: no census apportionment for 1915"),
        ({"census": 1990.0}, "apportionment.census: expected a census year"),
        ({"house_size": 49}, 'apportionment.house_size: expected a whole number from 50 to 2000, "wyoming"'),
        ({"house_size": True}, "apportionment.house_size: expected a whole number"),
        ({"method": "dhondt"}, 'apportionment.method: expected one of "hill", "webster"'),
        ({"dc": None}, 'apportionment.dc: expected one of "amendment", "state", "none"'),
        ({"puerto_rico": 1}, "apportionment.puerto_rico: expected true or false"),
        ({"size": 600}, "apportionment.size: unknown field"),
        ({"house_size": 50, "dc": "state", "puerto_rico": True}, "cannot give each of the 52 states one"),
    ],
)
def test_a_wrong_apportionment_is_refused_naming_the_field(catalog, apportionment, message):
    with pytest.raises(ScenarioFileError) as error:
        parse(doc(apportionment=apportionment), catalog)
    assert message in str(error.value) and str(error.value).startswith("apportionment")


def test_an_apportionment_before_1912_is_refused(catalog):
    text = doc(apportionment={}).replace('"election": 2016', '"election": 1908')
    with pytest.raises(ScenarioFileError, match=r"^apportionment: .*1912"):
        parse(text, catalog)


def test_an_apportionment_is_saved_with_every_field_and_read_back(catalog):
    document = parse(
        doc(apportionment={"house_size": "cube-root", "puerto_rico": True}, units={"PR": "Trump"}), catalog
    )
    saved = json.loads(dump(document))
    assert saved["apportionment"] == {
        "census": 2010,
        "house_size": "cube-root",
        "method": "hill",
        "dc": "amendment",
        "puerto_rico": True,
    }
    again = parse(json.dumps(saved), catalog)
    assert again.scenario.state_key() == document.scenario.state_key()
    assert again.scenario.unit_winner("PR").president == "Donald Trump"


@pytest.mark.parametrize("renamed", [False, True])
def test_the_next_elections_nominees_answer_to_their_party_after_a_reopen(catalog, renamed):
    from gui.domain.catalog import Candidate
    from gui.domain.commands import AddCandidate, RenameCandidate

    scenario = Scenario(catalog.election(2028))
    scenario.execute(AddCandidate(Candidate("Evan McMullin", "Independent")))
    if renamed:
        scenario.execute(RenameCandidate("Republican nominee", "Jane Roe"))
    reopened = parse(dump(ScenarioDocument(scenario)), catalog).scenario
    assert reopened.state_key() == scenario.state_key()
    nominee = "Jane Roe" if renamed else "Republican nominee"
    assert reopened.person("republican", allow_new=False) == nominee
    assert reopened.person("Democratic", allow_new=False) == "Democratic nominee"


def test_a_party_named_as_a_candidate_keeps_its_own_name(catalog):
    text = json.dumps(
        {
            "format": "ec-whatif-scenario",
            "version": 1,
            "election": 2028,
            "candidates": [
                {"name": "Ann Lee", "party": "Republican"},
                {"name": "Republican", "party": "Independent"},
            ],
        }
    )
    scenario = parse(text, catalog).scenario
    assert scenario.person("Republican", allow_new=False) == "Republican"
    assert [c.aliases for c in scenario.added_candidates] == [(), ()]
