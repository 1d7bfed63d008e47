"""The JSON Schema of scenario files says what the reader accepts.

``jsonschema`` is not a dependency of ec-whatif: these tests run where it is installed. The
schema must take every document the reader takes in the form ec-whatif writes, and refuse
every broken one whose fault is in its shape (what only the catalog knows, it cannot check).
"""

from __future__ import annotations

import json
import re
from importlib.resources import files
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from gui.domain.scenario import Scenario, Start
from gui.io.scenario_file import FORMAT_VERSION, ScenarioDocument, dump, parse
from tests.domain.scenario_strategies import (
    CATALOG,
    COLOR,
    ELECTOR_KEY,
    UNIT_KEY,
    broken_documents,
    scenario_documents,
)

pytestmark = pytest.mark.slow  # long: run by CI and the README's command, skipped by -m 'not slow'

jsonschema = pytest.importorskip("jsonschema")

REPO = Path(__file__).resolve().parents[2]
SCHEMA_RESOURCE = f"schema/scenario-v{FORMAT_VERSION}.schema.json"
SCHEMA = json.loads(files("gui.resources").joinpath(SCHEMA_RESOURCE).read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
FUZZ = settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)


def _errors(document: object) -> list[str]:
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}" for e in VALIDATOR.iter_errors(document)
    ]


def test_the_schema_is_a_draft_2020_12_schema_of_this_version():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert SCHEMA["properties"]["version"] == {
        "description": SCHEMA["properties"]["version"]["description"],
        "const": FORMAT_VERSION,
    }


def test_the_schema_keys_match_the_format():
    # The key patterns the fuzzing uses are the ones the schema publishes.
    assert (
        SCHEMA["properties"]["units"]["propertyNames"]["pattern"]
        == f"^{UNIT_KEY.pattern.replace('(?:', '(')}$"
    )
    assert SCHEMA["properties"]["electors"]["propertyNames"]["pattern"] == f"^{ELECTOR_KEY.pattern}$"
    assert SCHEMA["$defs"]["color"]["pattern"] == f"^{COLOR.pattern}$"


@pytest.mark.parametrize("year", CATALOG.years)
def test_every_election_and_start_dumps_valid(year):
    for start in Start:
        scenario = Scenario(CATALOG.election(year), start)
        assert _errors(json.loads(dump(ScenarioDocument(scenario, "title", "notes")))) == []


def test_years_outside_the_catalog_shape_are_refused():
    for year in (1788, 1790, 1791, 1999, 2017, -4, 0):
        assert _errors({"format": "ec-whatif-scenario", "version": 1, "election": year})


@FUZZ
@given(scenario_documents(lenient=False))
def test_documents_the_reader_takes_are_valid(document):
    parse(json.dumps(document), CATALOG)
    assert _errors(document) == []


@FUZZ
@given(scenario_documents())
def test_what_dump_writes_is_valid(document):
    written = json.loads(dump(parse(json.dumps(document), CATALOG)))
    assert _errors(written) == []


@settings(FUZZ, max_examples=150)
@given(broken_documents())
def test_the_schema_refuses_exactly_the_faults_of_shape(case):
    errors = _errors(case.document)
    if case.structural:
        assert errors, f"{case.what}: the schema takes {json.dumps(case.document)[:300]}"
    else:
        assert errors == [], f"{case.what}: only the catalog can tell, yet {errors}"


def _json_blocks(path: Path) -> list[object]:
    """The ```json blocks of a Markdown file that are scenario documents."""
    found = []
    for block in re.findall(r"```json\n(.*?)```", path.read_text(encoding="utf-8"), flags=re.DOTALL):
        try:
            found.append(json.loads(block))
        except ValueError:  # an output sample with "..." in it, say
            continue
    return [b for b in found if isinstance(b, dict) and b.get("format") == "ec-whatif-scenario"]


EXAMPLES = [
    pytest.param(document, id=f"{path.name}-{n}")
    for path in (REPO / "docs" / "scenario-format.md", REPO / "README.md")
    if path.exists()
    for n, document in enumerate(_json_blocks(path))
]
LESSONS = sorted((REPO / "resources" / "lessons").glob("*.json"))


def test_the_format_documentation_has_examples():
    assert len([p for p in EXAMPLES if p.id.startswith("scenario-format")]) >= 3


@pytest.mark.parametrize("document", EXAMPLES)
def test_examples_in_the_docs_are_valid_and_read(document):
    assert _errors(document) == []
    parse(json.dumps(document), CATALOG)


@pytest.mark.parametrize("path", LESSONS, ids=[p.name for p in LESSONS])
def test_shipped_lessons_are_valid_and_read(path):
    assert _errors(json.loads(path.read_text(encoding="utf-8"))) == []
    parse(path.read_bytes(), CATALOG)
