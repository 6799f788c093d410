"""The reference model: the bundled facts file, its committed JSON Schema, and bad facts files."""

from __future__ import annotations

import copy
import importlib.util
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from claimcheck.errors import FactsError
from claimcheck.reference import Trial, default_facts_path, json_schema, load_trial, parse_trial

ROOT = Path(__file__).resolve().parents[1]
FACTS = ROOT / "data" / "trial_facts.json"
SCHEMA = ROOT / "data" / "trial_facts.schema.json"
WRITE_SCHEMA = ROOT / "scripts" / "write_schema.py"

Doc = dict[str, Any]


def _raw() -> str:
    return FACTS.read_text(encoding="utf-8")


def _doc() -> Doc:
    return json.loads(_raw())


def _index(doc: Doc, fact_id: str) -> int:
    """Where a fact sits in the file, so the tests survive facts being added or reordered."""
    return next(i for i, f in enumerate(doc["facts"]) if f["id"] == fact_id)


# --- the bundled file -----------------------------------------------------------------------


def test_bundled_facts_file_validates() -> None:
    trial = parse_trial(_raw(), str(FACTS))
    assert isinstance(trial, Trial)
    assert (trial.id, trial.name, trial.registry_id) == ("mash", "MASH", "NCT04009837")
    assert load_trial() == trial
    assert default_facts_path().read_text(encoding="utf-8") == _raw()


def test_every_fact_has_a_statement_and_sources_that_exist() -> None:
    trial = load_trial()
    for fact in trial.facts:
        assert fact.statement.strip(), fact.id
        assert fact.sources, fact.id
        for key in fact.sources:
            assert key in trial.sources, (fact.id, key)
            assert trial.sources[key].citation.strip(), key


def test_fact_ids_are_unique() -> None:
    ids = [f.id for f in load_trial().facts]
    assert len(ids) == len(set(ids))


# --- the committed JSON Schema ----------------------------------------------------------------


def _schema_writer() -> Any:
    spec = importlib.util.spec_from_file_location("write_schema", WRITE_SCHEMA)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_schema_is_current() -> None:
    committed = SCHEMA.read_text(encoding="utf-8")
    assert json.loads(committed) == json_schema(), "run: python scripts/write_schema.py"
    assert committed == _schema_writer().schema_text(), "run: python scripts/write_schema.py"


def test_schema_forbids_extra_fields_in_facts_and_checks() -> None:
    defs = json_schema()["$defs"]
    assert isinstance(defs, dict)
    for name in ("Fact", "RangeCheck", "ResultCheck", "SilentCheck", "Source"):
        assert defs[name]["additionalProperties"] is False, name


# --- bad facts files fail with the JSON path of the problem ---------------------------------


def _extra_field_in_fact_3(doc: Doc) -> str:
    doc["facts"][3]["colour"] = "red"
    return "$.facts[3].colour: Extra inputs are not permitted"


def _age_minimum_is_a_word(doc: Doc) -> str:
    i = _index(doc, "population.age")
    doc["facts"][i]["check"]["min"] = "sixty"
    return f"$.facts[{i}].check.min: Input should be a valid number, unable to parse string as a number"


def _extra_field_in_a_check(doc: Doc) -> str:
    i = _index(doc, "intervention.frequency")
    doc["facts"][i]["check"]["per_month"] = 8
    return f"$.facts[{i}].check.per_month: Extra inputs are not permitted"


def _unknown_check_kind(doc: Doc) -> str:
    doc["facts"][2]["check"]["kind"] = "vibe"
    return (
        "$.facts[2].check: Input tag 'vibe' found using 'kind' does not match any of the expected "
        "tags: 'range', 'count', 'duration', 'frequency', 'session-length', 'category', "
        "'entity-set', 'identifier', 'date', 'acronym', 'population', 'components', 'result', "
        "'responder', 'primary-outcomes', 'silent'"
    )


def _statement_is_a_list(doc: Doc) -> str:
    doc["facts"][1]["statement"] = ["two", "parts"]
    return "$.facts[1].statement: Input should be a valid string"


def _missing_title(doc: Doc) -> str:
    del doc["title"]
    return "$.title: Field required"


def _fact_id_with_spaces(doc: Doc) -> str:
    doc["facts"][0]["id"] = "Bad Id"
    return "$.facts[0].id: String should match pattern '^[a-z][a-z0-9_.-]*$'"


def _future_schema_version(doc: Doc) -> str:
    doc["schema_version"] = 2
    return "$.schema_version: Input should be 1"


def _arm_without_aliases(doc: Doc) -> str:
    doc["arms"][1]["aliases"] = []
    return "$.arms[1].aliases: List should have at least 1 item after validation, not 0"


def _unknown_source_key(doc: Doc) -> str:
    doc["facts"][4]["sources"] = ["P", "BLOG"]
    return "$.facts[4].sources[1]: unknown source 'BLOG'"


def _duplicate_fact_id(doc: Doc) -> str:
    doc["facts"][6]["id"] = doc["facts"][2]["id"]
    return f"$.facts[6].id: duplicate fact id {doc['facts'][2]['id']!r}"


def _result_favours_unknown_arm(doc: Doc) -> str:
    i = _index(doc, "result.disability.8wk")
    doc["facts"][i]["check"]["favours"] = "knee"
    return f"$.facts[{i}].check.favours: unknown arm 'knee'"


def _result_at_unknown_timepoint(doc: Doc) -> str:
    i = _index(doc, "result.gait_speed.6mo")
    doc["facts"][i]["check"]["timepoint"] = "1yr"
    return f"$.facts[{i}].check.timepoint: unknown timepoint '1yr'"


def _result_for_unknown_outcome(doc: Doc) -> str:
    i = _index(doc, "result.endurance.8wk")
    doc["facts"][i]["check"]["outcome"] = "sleep"
    return f"$.facts[{i}].check.outcome: unknown outcome 'sleep'"


def _responder_share_for_unknown_arm(doc: Doc) -> str:
    i = _index(doc, "result.disability.responders")
    doc["facts"][i]["check"]["shares"]["knee"] = 12
    return f"$.facts[{i}].check.shares.knee: unknown arm 'knee'"


def _count_for_unknown_arm(doc: Doc) -> str:
    i = _index(doc, "enrolment.hip_arm")
    doc["facts"][i]["check"]["arm"] = "knee"
    return f"$.facts[{i}].check.arm: unknown arm 'knee'"


BAD_DOCS: list[Callable[[Doc], str]] = [
    _extra_field_in_fact_3,
    _age_minimum_is_a_word,
    _extra_field_in_a_check,
    _unknown_check_kind,
    _statement_is_a_list,
    _missing_title,
    _fact_id_with_spaces,
    _future_schema_version,
    _arm_without_aliases,
    _unknown_source_key,
    _duplicate_fact_id,
    _result_favours_unknown_arm,
    _result_at_unknown_timepoint,
    _result_for_unknown_outcome,
    _responder_share_for_unknown_arm,
    _count_for_unknown_arm,
]


@pytest.mark.parametrize("corrupt", BAD_DOCS, ids=[f.__name__.strip("_") for f in BAD_DOCS])
def test_bad_facts_file_names_the_json_path(corrupt: Callable[[Doc], str]) -> None:
    doc = copy.deepcopy(_doc())
    where = corrupt(doc)
    with pytest.raises(FactsError) as err:
        parse_trial(json.dumps(doc, indent=2), "bad.json")
    assert str(err.value) == f"bad.json: {where}"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("", "not valid JSON (line 1, column 1: Expecting value)"),
        ('{"schema_version": 1,,}', "not valid JSON (line 1, column 22: Expecting property name "
         "enclosed in double quotes)"),
        ('{\n  "id": "mash"\n  "name": "MASH"\n}', "not valid JSON (line 3, column 3: Expecting ',' "
         "delimiter)"),
        ('{"id": "mash"}\n\ntrailing', "not valid JSON (line 3, column 1: Extra data)"),
        ("[]", "$: Input should be a valid dictionary or instance of Trial"),
        ('{"schema_version": 1}', "$.id: Field required"),
    ],
    ids=["empty", "double-comma", "missing-comma", "trailing-text", "array", "almost-empty"],
)
def test_unparseable_facts_file(raw: str, message: str) -> None:
    with pytest.raises(FactsError) as err:
        parse_trial(raw, "bad.json")
    assert str(err.value) == f"bad.json: {message}"


def test_default_name_in_messages() -> None:
    with pytest.raises(FactsError) as err:
        parse_trial("{")
    assert str(err.value) == (
        "facts file: not valid JSON (line 1, column 2: Expecting property name enclosed in "
        "double quotes)"
    )


def test_missing_facts_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.json"
    with pytest.raises(FactsError) as err:
        load_trial(missing)
    assert str(err.value) == f"facts file not found: {missing}"


def test_another_trial_is_another_file(tmp_path: Path) -> None:
    doc = _doc()
    doc["id"], doc["name"], doc["registry_id"] = "other", "OTHER", "NCT00000001"
    path = tmp_path / "other.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    trial = load_trial(path)
    assert (trial.id, trial.name, trial.registry_id) == ("other", "OTHER", "NCT00000001")
