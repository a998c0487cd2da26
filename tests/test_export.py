"""`factdb export`: the claim base in the bulk formats, and checked statements as ClaimReview.

* jsonl and csv round-trip: loading the export beside the same sources and vocabulary gives
  the database it came from, row for row (on SQLite and on PostgreSQL), and exporting that gives
  the same bytes again. Only where a claim was curated (its fixture file and line) changes.
* every stored time is written at its grain and parses back to itself;
* ClaimReview output has the shape Google's structured-data documentation requires
  (tests/schemas/claimreview-google.json), with the verdict, its reason, the sources of the
  evidence as appearances, and the configured organisation as author;
* bad usage (no organisation, no review URL, no statements) exits 2 with a message.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO_ROOT, Runner, assert_ok, assert_usage_error, dump, real_claim_files

from factdb.export.bulk import time_value
from factdb.ingest.fixtures import parse_time
from factdb.ingest.records import Location

SCHEMA = json.loads((REPO_ROOT / "tests" / "schemas" / "claimreview-google.json").read_text())
PROVENANCE = ("fixture_file", "fixture_line")


def _without_provenance(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """The database's rows, less what records where each claim was curated, and less the meta
    rows that record which files were loaded."""
    from factdb.store.models import Claim

    rows = dump(url)
    rows.pop("factdb_meta")
    names = [c.name for c in Claim.__table__.columns]
    keep = [i for i, n in enumerate(names) if n not in PROVENANCE]
    rows["claims"] = [tuple(r[i] for i in keep) for r in rows["claims"]]
    return rows


def _fixture_dir_for(export: Path, root: Path) -> Path:
    """A fixture set with the curated sources and vocabulary and the export as its claims."""
    folder = root / "fixtures"
    (folder / "claims").mkdir(parents=True)
    shutil.copytree(REPO_ROOT / "fixtures" / "vocabulary", folder / "vocabulary")
    sources = (REPO_ROOT / "fixtures" / "sources.yaml").read_text(encoding="utf-8")
    seeds = REPO_ROOT / "seeds"
    (folder / "sources.yaml").write_text(f"seeds: {seeds}\n{sources}", encoding="utf-8")
    shutil.copyfile(export, folder / "claims" / export.name)
    return folder


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_load_of_export_is_the_database(run: Runner, db_url: str, tmp_path: Path, fmt: str) -> None:
    if not real_claim_files(REPO_ROOT):
        pytest.skip("fixtures/claims/ has no claim files yet")
    assert_ok(run("load", REPO_ROOT / "fixtures"))
    before = _without_provenance(db_url)
    first = tmp_path / f"export.{fmt}"
    assert_ok(run("export", "--format", fmt, "--output", first))
    assert len(before["claims"]) > 100

    fixtures = _fixture_dir_for(first, tmp_path)
    assert_ok(run("load", fixtures))
    assert _without_provenance(db_url) == before

    second = tmp_path / f"again.{fmt}"
    assert_ok(run("export", "--format", fmt, "--output", second))
    assert second.read_bytes() == first.read_bytes()


def test_export_to_stdout_is_the_file(run: Runner, loaded: Path, tmp_path: Path) -> None:
    out = tmp_path / "claims.jsonl"
    assert_ok(run("export", "--format", "jsonl", "-o", out))
    printed = assert_ok(run("export", "--format", "jsonl")).stdout
    assert printed == out.read_text(encoding="utf-8")
    records = [json.loads(line) for line in printed.splitlines()]
    assert {r["id"] for r in records} >= {"hu-oda-400m-usd", "gaza-meeting-dates"}
    oda = next(r for r in records if r["id"] == "hu-oda-400m-usd")
    assert oda["value"] == {"exact": 400000000, "unit": "USD"}
    assert oda["qualifiers"] == {"beneficiary": "vietnam", "event": "gaza-board-of-peace-meeting"}


def test_export_to_an_unwritable_place_fails_cleanly(run: Runner, loaded: Path) -> None:
    message = assert_usage_error(run("export", "--format", "csv", "-o", "/nonexistent/dir/x.csv"))
    assert "cannot write" in message


TIMES = [
    "2025",
    "2023-09",
    "2026-02-19",
    {"start": "2026-02-18", "end": "2026-02-20"},
    {"start": "2026-02-01", "end": "2026-02-10", "grain": "month_part"},
    {"start": "2024", "end": "2025", "grain": "year"},
    {"start": "2023-11", "end": "2024-02", "grain": "month"},
    {"start": "2024-01-01", "end": "2024-03-31", "grain": "quarter"},
    {"start": "2024-01-01", "end": "2024-12-31"},
    {"before": "2026-02-19"},
]


@pytest.mark.parametrize("value", TIMES, ids=[json.dumps(t) for t in TIMES])
def test_time_written_at_its_grain_parses_back(value: Any) -> None:
    stored = parse_time(value, Location("t"))
    assert stored is not None
    written = time_value(*stored)
    assert parse_time(written, Location("t")) == stored
    if isinstance(value, str):
        assert written == value


# --- ClaimReview ----------------------------------------------------------------------------

STATEMENTS = (
    "On 19 February 2026 Hungary approved 40 million USD of ODA for Vietnam\n"
    "\n"
    "Vietnam–Hungary trade topped 1 billion USD in 2025\n"
    "Vietnam–Hungary trade reached 1.5 billion USD in 2025\n"
)
ORG = ("--organisation", "Báo Kiểm Chứng", "--organisation-url", "https://example.org/")
PAGE = ("--review-url", "https://example.org/fact-checks/2026-02-20", "--date", "2026-02-21")


def _validate(reviews: Any) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(reviews, SCHEMA, cls=jsonschema.Draft202012Validator)
    for review in reviews:
        rating = review["reviewRating"]
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]


def test_claimreview_has_googles_shape(run: Runner, loaded: Path) -> None:
    result = assert_ok(run("export", "--format", "claimreview", *ORG, *PAGE, input=STATEMENTS))
    reviews = json.loads(result.stdout)
    _validate(reviews)
    assert [r["claimReviewed"] for r in reviews] == [
        line for line in STATEMENTS.splitlines() if line
    ]
    contradicted, supported, nei = reviews
    assert contradicted["reviewRating"]["alternateName"] == "Contradicted"
    assert contradicted["reviewRating"]["ratingValue"] == 1
    assert "400,000,000 USD" in contradicted["reviewRating"]["ratingExplanation"]
    assert supported["reviewRating"]["ratingValue"] == 3
    assert nei["reviewRating"]["ratingValue"] == 2
    assert "appearance" not in nei["itemReviewed"]  # no evidence, no source to cite
    # The mini fixtures give source 004 a link and a date.
    appearance = contradicted["itemReviewed"]["appearance"]
    assert appearance == [
        {
            "@type": "CreativeWork",
            "url": "https://example.org/004",
            "headline": "Tổng Bí thư Tô Lâm gặp lãnh đạo các nước",
            "datePublished": "2026-02-20",
            "publisher": {"@type": "Organization", "name": "TTXVN"},
        }
    ]
    assert contradicted["itemReviewed"]["firstAppearance"] == appearance[0]
    assert contradicted["author"] == {
        "@type": "Organization",
        "name": "Báo Kiểm Chứng",
        "url": "https://example.org/",
    }
    assert contradicted["datePublished"] == "2026-02-21"
    assert [r["url"] for r in reviews] == [
        f"https://example.org/fact-checks/2026-02-20#claim-{n}" for n in (1, 2, 3)
    ]


def test_claimreview_first_appearance_is_the_earliest_source() -> None:
    from builders import claim_view

    from factdb.check.judge import Judgement, Part
    from factdb.export.claimreview import claim_review
    from factdb.store.browse import SourceMeta

    claim = claim_view(spans=[("late", 0, 1, "x"), ("early", 0, 1, "x"), ("undated", 0, 1, "x")])
    judgement = Judgement("s", "supported", "why", [Part("p", "supported", "r", decisive=[claim])])
    meta = {
        "late": SourceMeta("late", "Late", None, dt.date(2026, 3, 1), "https://a.example/late"),
        "early": SourceMeta("early", "Early", None, dt.date(2026, 1, 1), None),
        "undated": SourceMeta("undated", "Undated", None, None, "https://a.example/u"),
    }
    review = claim_review(
        judgement,
        meta,
        organisation="O",
        review_url="https://r.example/p#old",
        published=dt.date(2026, 3, 2),
        anchor="claim-1",
    )
    _validate([review])
    assert [a["headline"] for a in review["itemReviewed"]["appearance"]] == [
        "Late",
        "Early",
        "Undated",
    ]
    assert review["itemReviewed"]["firstAppearance"]["headline"] == "Early"
    assert review["url"] == "https://r.example/p#claim-1"


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        ((*PAGE,), STATEMENTS, "organisation"),
        ((*ORG,), STATEMENTS, "review page"),
        ((*ORG, "--review-url", "javascript:alert(1)"), STATEMENTS, "review page"),
        ((*ORG, *PAGE), "\n  \n", "no statement"),
        ((*ORG, *PAGE, "--statements", "/nonexistent.txt"), None, "cannot read"),
    ],
)
def test_claimreview_bad_usage(
    run: Runner, loaded: Path, args: tuple[str, ...], stdin: str | None, message: str
) -> None:
    stderr = assert_usage_error(run("export", "--format", "claimreview", *args, input=stdin))
    assert message in stderr
