"""Fuzzing the scenario reader: odd but valid files round-trip, broken ones get one clear line.

The ``check_*`` functions are the properties; ``tests/bench/fuzz_scenarios.py`` runs the same
ones for 10,000 cases and more. The tests at the end pin the bugs the fuzzing found: each
failed before its fix.
"""

from __future__ import annotations

import io
import json
import tempfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from gui.domain.catalog import NO_TICKET, Election
from gui.domain.forecast import rating_of
from gui.domain.identifiers import MAX_NAME_LENGTH
from gui.domain.scenario import ABSENT, BLANK, FAITHFUL, Office, Scenario
from gui.domain.upcoming import placeholder_nominees
from gui.io.scenario_file import (
    MAX_FILE_BYTES,
    MAX_TEXT,
    ScenarioDocument,
    ScenarioFileError,
    dump,
    parse,
    read,
    write,
)
from gui.main import main
from tests.domain.scenario_strategies import (
    CATALOG,
    MAX_CANDIDATES,
    MAX_COLORS,
    BadFile,
    apportionment_choice,
    bad_files,
    document_election,
    large_files,
    scenario_documents,
)

pytestmark = pytest.mark.slow  # long: run by CI and the README's command, skipped by -m 'not slow'

BOM = b"\xef\xbb\xbf"
MAX_MESSAGE = 400  # one clear line: keys and values from the file are cut short when quoted
_FUZZ = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)


def fuzz(cases: int) -> settings:
    return settings(_FUZZ, max_examples=cases)


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 300 else text[:300] + "..."


# --- the properties ------------------------------------------------------------------------------


def check_valid(document: dict[str, Any]) -> None:
    """A valid document is read, kept as written, and saved and read again to the same scenario."""
    text = json.dumps(document, ensure_ascii=False)
    first = parse(text, CATALOG)
    check_kept(document, first)
    written = dump(first)
    again = parse(written, CATALOG)
    assert again.scenario.state_key() == first.scenario.state_key()
    assert (again.title, again.description) == (first.title, first.description)
    assert dump(again) == written
    # The same bytes, as UTF-8 with or without a byte-order mark or as ASCII escapes, read alike.
    for raw in (text.encode(), BOM + text.encode(), json.dumps(document).encode()):
        assert parse(raw, CATALOG).scenario.state_key() == first.scenario.state_key()


def check_kept(document: dict[str, Any], read_back: ScenarioDocument) -> None:
    """What the file says is what the reader made, checked against the format's rules directly."""
    scenario = read_back.scenario
    election = scenario.election
    assert election.year == document["election"]
    if "apportionment" in document:
        wanted = apportionment_choice(scenario.record, document["apportionment"])
        assert scenario.reapportioned is not None and scenario.reapportioned.choice == wanted
        assert election == document_election(document)
    else:
        assert scenario.reapportioned is None and election is CATALOG.election(document["election"])
    assert scenario.start.value == document.get("start", "official")
    assert (read_back.title, read_back.description) == (
        document.get("title", ""),
        document.get("description", ""),
    )
    added = document.get("candidates", [])
    expected = [(_clean(c["name"]), c.get("party", ""), _clean(c.get("running_mate") or "")) for c in added]
    if "candidates" not in document:  # the next election keeps its placeholder nominees
        expected = [(c.name, c.party, c.running_mate) for c in placeholder_nominees(election)]
    assert [(c.name, c.party, c.running_mate) for c in scenario.added_candidates] == expected
    colors = {_clean(c["name"]): c["color"].upper() for c in added if "color" in c}
    colors |= {_clean(name): color.upper() for name, color in document.get("colors", {}).items()}
    assert {name: scenario.colors[name] for name in colors} == colors

    candidates = set(scenario.candidate_names())

    def is_person(found: str, written: object) -> bool:
        # A name is kept as written (a write-in) or read as the candidate it names.
        return isinstance(written, str) and found in {_clean(written), *candidates}

    assert scenario.apply_state_laws == document.get("rules", {}).get("apply_state_laws", False)
    for chamber, instead, found_votes in (
        ("house", "divided", scenario.house_votes),
        ("senate", "abstain", scenario.senate_votes),
    ):
        wanted = {key.strip().upper(): v for key, v in document.get("congress", {}).get(chamber, {}).items()}
        assert set(found_votes) == set(wanted)
        for code, vote in wanted.items():
            if _clean(vote).lower() == instead:
                assert found_votes[code] == instead
            else:
                assert is_person(found_votes[code], vote), (found_votes[code], vote)

    out = set(election.out_of_base())
    for key, appointed in document.get("appointed", {}).items():
        (out.discard if appointed else out.add)(key.strip().upper())
    assert scenario.not_appointed == out

    carried = {}
    for key, ticket in document.get("units", {}).items():
        carried[key.strip().upper()] = ticket
    votes: dict[tuple[int, Office], object] = {}
    pledges: dict[int, object] = {}
    for key, entry in document.get("electors", {}).items():
        seat = _seat(election, key)
        votes |= {(seat, office): entry[office.value] for office in Office if office.value in entry}
        if "pledge" in entry:
            pledges[seat] = entry["pledge"]
    for unit_id, ticket in carried.items():
        for i in election.unit(unit_id).electors:
            pledges.setdefault(i, ticket)
            for office in Office:
                votes.setdefault((i, office), True)
    for (i, office), vote in votes.items():
        found = scenario.vote(i, office)
        if vote is True:
            assert found is FAITHFUL
        elif vote is False:
            assert found is ABSENT
        elif vote is None:
            assert found == BLANK
        else:
            assert is_person(found, vote), (found, vote)
    for i, ticket in pledges.items():
        if ticket is None:  # a unit not yet called
            assert scenario.pledge(i) == NO_TICKET
            continue
        president = ticket if isinstance(ticket, str) else ticket.get("president") or ""
        found = scenario.pledge(i).president
        assert found == president == "" or is_person(found, president), (found, president)

    if "ratings" in document:
        assert scenario.ratings is not None
        for key, level in document["ratings"].items():
            rating = rating_of(scenario, key.strip().upper())
            assert rating is not None and rating.level.value == level, (key, level, rating)
    else:
        assert scenario.ratings is None


def _clean(name: str) -> str:
    return " ".join(name.split())


def _seat(election: Election, key: str) -> int:
    code, number = key.strip().split(":")
    return election.state(code.upper()).electors[int(number) - 1]


def check_saved_and_read_back(document: dict[str, Any]) -> None:
    """write() then read() gives the same scenario, and leaves no temporary file behind."""
    first = parse(json.dumps(document), CATALOG)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "what-if.json"
        write(path, first)
        assert read(path, CATALOG).scenario.state_key() == first.scenario.state_key()
        assert [p.name for p in Path(folder).iterdir()] == ["what-if.json"]


def refusal(content: str | bytes) -> str:
    """The reader's message for contents it must refuse (any other exception is a failure)."""
    try:
        parse(content, CATALOG)
    except ScenarioFileError as error:
        return str(error)
    raise AssertionError("the reader accepted it")


def names_field(message: str, field: str, key: str | None = None) -> bool:
    """The message starts with the field, or with a field inside it (units.PA.president).

    When the field ends with a key from the file, the key may be shown quoted and cut short
    (``units."P\\nA"``): the message must then start with the quoted beginning of the key.
    """
    if message.startswith(field) and message[len(field) : len(field) + 1] in (":", ".", "["):
        return True
    if key is None:
        return False
    prefix = field[: len(field) - len(key)]
    return any(message.startswith(prefix + quoted(key)[:20]) for quoted in (json.dumps, repr))


def one_clear_line(message: str) -> bool:
    return message.isprintable() and len(message.splitlines()) == 1


def check_invalid(case: BadFile) -> None:
    message = refusal(case.content)
    assert one_clear_line(message), _short(message)
    if case.field is not None:
        assert names_field(message, case.field, case.key) or any(s in message for s in case.instead), (
            f"expected the field {_short(case.field)}, got {_short(message)}"
        )
    if case.says:
        assert any(s in message for s in case.says), _short(message)


def run_cli(content: str | bytes) -> tuple[int, str, str]:
    """``ec-whatif tally --scenario FILE --json`` in this process: exit code, stdout, stderr."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "scenario.json"
        raw = content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass")
        path.write_bytes(raw)
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            code = main(["tally", "--scenario", str(path), "--json"])
    return code, out.getvalue(), err.getvalue()


def check_cli_refuses(case: BadFile) -> None:
    code, out, err = run_cli(case.content)
    assert code == 2, (code, _short(err))
    assert out == ""
    assert "Traceback" not in err and err.endswith("\n") and one_clear_line(err[:-1]), _short(err)
    assert err.startswith("ec-whatif: scenario.json: "), _short(err)


def check_cli_accepts(document: dict[str, Any]) -> None:
    code, out, err = run_cli(json.dumps(document, ensure_ascii=False))
    # A ballot against the inhabitant rule is counted, with a warning on stderr (and in the JSON).
    warnings = err.splitlines()
    assert code == 0 and all(line.startswith("ec-whatif: warning: ") for line in warnings), _short(err)
    result = json.loads(out)
    assert len(out.splitlines()) == 1 and result["election"] == document["election"]
    assert len(warnings) == min(1, len(result["inhabitant_rule"]))


# --- in CI: a few hundred cases ------------------------------------------------------------------


@fuzz(150)
@given(scenario_documents())
def test_valid_documents_are_kept_and_round_trip(document):
    check_valid(document)


@fuzz(15)
@given(scenario_documents())
def test_valid_documents_survive_write_and_read(document):
    check_saved_and_read_back(document)


@fuzz(15)
@given(scenario_documents())
def test_cli_tallies_valid_documents(document):
    check_cli_accepts(document)


@fuzz(250)
@given(bad_files())
def test_broken_files_are_refused_naming_the_field(case):
    check_invalid(case)


@fuzz(50)
@given(bad_files())
def test_cli_refuses_broken_files_in_one_line(case):
    check_cli_refuses(case)


@fuzz(3)
@given(large_files())
def test_oversized_files_are_refused(case):
    check_invalid(case)
    check_cli_refuses(case)


# --- the limits, exactly -------------------------------------------------------------------------


def _document(**fields: object) -> dict[str, object]:
    return {"format": "ec-whatif-scenario", "version": 1, "election": 2016, **fields}


@pytest.mark.parametrize(
    ("field", "at_limit", "over", "message"),
    [
        ("title", "t" * MAX_TEXT, "t" * (MAX_TEXT + 1), "title: longer than"),
        (
            "candidates",
            [{"name": f"Someone Nr{n}"} for n in range(MAX_CANDIDATES)],
            [{"name": f"Someone Nr{n}"} for n in range(MAX_CANDIDATES + 1)],
            "candidates: at most",
        ),
        (
            "colors",
            {f"Person {n}": "#123456" for n in range(MAX_COLORS)},
            {f"Person {n}": "#123456" for n in range(MAX_COLORS + 1)},
            "colors: at most",
        ),
        (
            "electors",
            {"TX:1": {"president": "n" * MAX_NAME_LENGTH}},
            {"TX:1": {"president": "n" * (MAX_NAME_LENGTH + 1)}},
            "electors.TX:1.president: a name can have at most",
        ),
        (
            "electors",
            {"TX:1": {"president": "  Zoë   Écrivain  " + " " * 200}},  # spaces do not count
            {"TX:38": {}, "TX:39": {}},
            "electors.TX:39: Texas had 38 electors",
        ),
    ],
)
def test_limits_are_exact(field, at_limit, over, message):
    parse(json.dumps(_document(**{field: at_limit})), CATALOG)
    with pytest.raises(ScenarioFileError, match=message):
        parse(json.dumps(_document(**{field: over})), CATALOG)


def test_the_size_limit_is_exact():
    text = json.dumps(_document())
    at_limit = text[:-1] + " " * (MAX_FILE_BYTES - len(text)) + "}"
    assert len(at_limit) == MAX_FILE_BYTES
    parse(at_limit, CATALOG)
    parse(at_limit.encode(), CATALOG)
    with pytest.raises(ScenarioFileError, match="too large"):
        parse(at_limit + " ", CATALOG)


def test_a_full_scenario_is_far_below_the_size_limit():
    # Every elector faithless to a long write-in, long notes: the limit leaves room for anything.
    election = CATALOG.election(2016)
    scenario = Scenario(election)
    for seat in election.electors:
        for office in Office:
            scenario.set_vote(seat.index, office, "W" * MAX_NAME_LENGTH)
    text = dump(ScenarioDocument(scenario, "t" * MAX_TEXT, "d" * MAX_TEXT))
    assert len(text.encode()) < MAX_FILE_BYTES / 10
    assert parse(text, CATALOG).scenario.state_key() == scenario.state_key()


# --- bugs found by fuzzing, each kept as a test ------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"units": {"PA": {"president": 0}}}, "units.PA.president"),
        (
            {"units": {"PA": {"president": "Hillary Clinton", "vice_president": False}}},
            "units.PA.vice_president",
        ),
        ({"electors": {"TX:1": {"pledge": {"president": []}}}}, "electors.TX:1.pledge.president"),
        ({"candidates": [{"name": "Evan McMullin", "running_mate": {}}]}, "candidates[0].running_mate"),
    ],
)
def test_bug_falsy_values_in_a_ticket_are_refused(fields, field):
    assert names_field(refusal(json.dumps(_document(**fields))), field)


@pytest.mark.parametrize(
    "fields",
    [
        {"units": {"P\nA": "Hillary Clinton"}},
        {"units": {"P\u2028A": "Hillary Clinton"}},
        {"electors": {"TX:1\r\nX": {}}},
        {"electors": {"TX:1": {"pre\nsident": "x"}}},
        {"bad\nfield": 1},
        {"colors": {"Donald\x00Trump": "#000000"}},
        {"congress": {"senate": {"T\nX": "abstain"}}},
        {"units": {"A" * 100_000: "Hillary Clinton"}},
    ],
)
def test_bug_odd_keys_give_one_clear_line(fields):
    message = refusal(json.dumps(_document(**fields)))
    assert one_clear_line(message) and len(message) <= MAX_MESSAGE, _short(message)


def test_bug_an_empty_key_is_named():
    assert refusal(json.dumps(_document(**{"": 1}))).startswith('"": unknown field')


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"title": "Hamilton \ud800 electors"}, "title"),
        ({"description": "\udfff"}, "description"),
        ({"candidates": [{"name": "Evan McMullin", "party": "\ud83d"}]}, "candidates[0].party"),
    ],
)
def test_bug_lone_surrogates_are_refused(fields, field):
    assert names_field(refusal(json.dumps(_document(**fields))), field)


def test_bug_write_refuses_text_it_cannot_encode(tmp_path):
    document = ScenarioDocument(Scenario(CATALOG.election(2016)), "\ud800")
    with pytest.raises(ScenarioFileError, match="cannot save"):
        write(tmp_path / "s.json", document)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"units": {"ﬂ": "Hillary Clinton"}}, "units.ﬂ"),
        ({"units": {"ſc": "Hillary Clinton"}}, "units.ſc"),
        ({"electors": {"TX:٣": {"president": "John Kasich"}}}, "electors.TX:٣"),
        ({"electors": {"TX:３": {"president": "John Kasich"}}}, "electors.TX:３"),
        ({"congress": {"house": {"ﬂ": "Donald Trump"}}}, "congress.house.ﬂ"),
    ],
)
def test_bug_lookalike_identifiers_are_refused(fields, field):
    assert names_field(refusal(json.dumps(_document(**fields))), field)


@pytest.mark.parametrize(
    ("added", "voted"),
    [("王小明", "李小龍"), ("Владимир Петров", "Алексей Иванов"), ("Ἀριστείδης", "Θεμιστοκλῆς")],
)
def test_bug_names_in_other_scripts_stay_apart(added, voted):
    text = json.dumps(
        _document(candidates=[{"name": added}], electors={"TX:1": {"president": voted}}),
        ensure_ascii=False,
    )
    scenario = parse(text, CATALOG).scenario
    seat = scenario.election.state("TX").electors[0]
    assert scenario.vote(seat, Office.PRESIDENT) == voted


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"colors": {"Donald Trump": "#0072B2\n"}}, "colors.Donald Trump"),
        ({"candidates": [{"name": "Evan McMullin", "color": "#abcdef\n"}]}, "candidates[0].color"),
    ],
)
def test_bug_colours_with_a_newline_are_refused(fields, field):
    assert names_field(refusal(json.dumps(_document(**fields))), field)


@pytest.mark.parametrize("name", ["donald trump", "DONALD J. TRUMP", "Donald J Trump", "hillary clinton"])
def test_bug_a_candidate_cannot_be_added_twice_under_another_spelling(name):
    message = refusal(json.dumps(_document(candidates=[{"name": name}])))
    assert message.startswith("candidates[0].name:") and "already a candidate" in message


@pytest.mark.parametrize(
    "candidates",
    [
        [{"name": "Evan McMullin", "running_mate": "pence"}],
        [{"name": "Evan McMullin", "running_mate": "Mindy Finn"}, {"name": "mindy finn"}],
    ],
)
def test_bug_a_running_mate_survives_a_save(candidates):
    text = json.dumps(_document(candidates=candidates, units={"UT": "Evan McMullin"}))
    first = parse(text, CATALOG)
    assert parse(dump(first), CATALOG).scenario.state_key() == first.scenario.state_key()
