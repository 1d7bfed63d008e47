"""The shipped catalog is exactly what the data build makes from ../shared/data."""

import build_data


def test_catalog_is_up_to_date_with_the_build_script(shared_data):
    built = build_data.build(shared_data)
    assert build_data.OUTPUT.read_text(encoding="utf-8") == built, (
        "resources/data/elections.json is stale: run python build_scripts/build_data.py"
    )


def test_build_is_deterministic(shared_data):
    assert build_data.build(shared_data) == build_data.build(shared_data)
