"""The JSON Schemas in fixtures/schema/ describe the fixture files as the loader reads them.

Every curated fixture file validates against its schema; the enumerations in the schemas are
the loader's own (so they cannot drift apart); and records the loader refuses for their shape
are refused by the schema too, so an editor flags them while the curator types.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import REPO_ROOT

from factdb.ingest import records

jsonschema = pytest.importorskip("jsonschema")
referencing = pytest.importorskip("referencing")

SCHEMAS = REPO_ROOT / "fixtures" / "schema"
BY_FILE = {
    "sources.yaml": "sources.schema.json",
    "entities.yaml": "entities.schema.json",
    "gazetteer.yaml": "entities.schema.json",
    "roles.yaml": "entities.schema.json",
    "offices.yaml": "office_rules.schema.json",
    "predicates.yaml": "predicates.schema.json",
    "units.yaml": "units.schema.json",
}


def _plain(value: Any) -> Any:
    """YAML as an editor's language server reads it (YAML 1.2: an unquoted date is text)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _validator(name: str) -> Any:
    resources = []
    for path in SCHEMAS.glob("*.schema.json"):
        schema = json.loads(path.read_text(encoding="utf-8"))
        resources.append((schema["$id"], referencing.Resource.from_contents(schema)))
    registry = referencing.Registry().with_resources(resources)
    schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, registry=registry)


def _fixture_files() -> list[Path]:
    root = REPO_ROOT / "fixtures"
    return [
        root / "sources.yaml",
        *sorted((root / "vocabulary").glob("*.yaml")),
        *sorted((root / "claims").glob("*.yaml")),
    ]


def _schema_for(path: Path) -> str:
    if path.parent.name == "claims":
        return "claims.schema.json"
    return BY_FILE[path.name]  # a new vocabulary file needs a schema: KeyError here


@pytest.mark.parametrize("path", _fixture_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_fixture_file_validates(path: Path) -> None:
    doc = _plain(yaml.safe_load(path.read_text(encoding="utf-8")))
    errors = sorted(_validator(_schema_for(path)).iter_errors(doc), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:10])


def test_enumerations_are_the_loaders() -> None:
    claims = json.loads((SCHEMAS / "claims.schema.json").read_text(encoding="utf-8"))
    claim = claims["$defs"]["claim"]["properties"]
    assert set(claim["polarity"]["enum"]) == records.POLARITIES
    assert set(claim["modality"]["enum"]) == records.MODALITIES
    assert set(claim["stance"]["enum"]) == records.STANCES
    assert set(claim["qualifiers"]["propertyNames"]["enum"]) == records.QUALIFIER_ROLES
    grains = claims["$defs"]["time"]["oneOf"][2]["properties"]["grain"]["enum"]
    assert set(grains) == records.GRAINS
    from factdb.ingest.fixtures import CLAIM_KEYS, SPAN_KEYS

    assert set(claim) == CLAIM_KEYS
    assert set(claims["$defs"]["span"]["properties"]) == SPAN_KEYS
    predicates = json.loads((SCHEMAS / "predicates.schema.json").read_text(encoding="utf-8"))
    props = predicates["properties"]["predicates"]["items"]["properties"]
    assert set(props["value"]["enum"]) == records.VALUE_TYPES
    assert set(props["time"]["enum"]) == records.TIME_ROLES


GOOD = {"id": "a-claim", "subject": "hungary", "predicate": "oda_approved", "quote": "ODA"}
BAD = [
    {**GOOD, "colour": "red"},
    {**GOOD, "polarity": "maybe"},
    {**GOOD, "id": "Not A Slug"},
    {**GOOD, "time": "19/2/2026"},
    {**GOOD, "time": {"start": "2026-02-18"}},
    {**GOOD, "value": {"exact": 1, "low": 0}},
    {**GOOD, "qualifiers": {"friend": "vietnam"}},
    {**GOOD, "spans": [{"quote": "x"}]},
    {k: v for k, v in GOOD.items() if k != "subject"},
]


def test_schema_refuses_what_the_loader_refuses() -> None:
    validator = _validator("claims.schema.json")
    assert validator.is_valid({"source": "004", "claims": [GOOD]})
    for bad in BAD:
        assert not validator.is_valid({"source": "004", "claims": [bad]}), bad
