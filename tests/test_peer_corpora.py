"""The peer extractors' corpora (Duckling) as an outside check of factdb's number reader.

The corpora are found through $FACTDB_PEER_CORPORA or ../shared/peer-corpora beside the repo;
scripts/peer_corpora.py prints every file's rate and scripts/PEER_DIFFERENCES.md lists the
disagreements that are a difference of convention.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

_SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "peer_corpora.py"
_spec = importlib.util.spec_from_file_location("peer_corpora", _SCRIPT)
assert _spec is not None and _spec.loader is not None
peer_corpora = importlib.util.module_from_spec(_spec)
sys.modules["peer_corpora"] = peer_corpora
_spec.loader.exec_module(peer_corpora)

MISSING = "peer corpora not found: set FACTDB_PEER_CORPORA or provide ../shared/peer-corpora"


@pytest.fixture(scope="module")
def directory() -> Path:
    """The corpora's folder. Missing, the tests skip on a developer's machine but fail in CI
    (CI=true), which always has shared/ beside the clone: a silent skip there is no check."""
    found = peer_corpora.corpus_dir()
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(MISSING)
        pytest.skip(MISSING)
    return found


REQUIRED = 0.95


@pytest.mark.parametrize("stem", peer_corpora.ASSERTED)
def test_duckling_pass_rate(stem: str, directory: Path) -> None:
    rows = peer_corpora.rows(directory / f"{stem}.jsonl")
    verdicts = [(row["text"], *peer_corpora.judge(row)) for row in rows]
    passed = sum(status == "pass" for _, status, _ in verdicts)
    judged = sum(status in ("pass", "fail") for _, status, _ in verdicts)
    failures = [(text, found) for text, status, found in verdicts if status == "fail"]
    assert judged and passed / judged >= REQUIRED, failures


def test_negative_rows_give_nothing(directory: Path) -> None:
    for row in peer_corpora.rows(directory / "duckling_negative.jsonl"):
        assert peer_corpora.judge(row)[0] == "pass", row["text"]
