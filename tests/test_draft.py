"""`factdb draft SOURCE`: candidate claims for a new article, and the leave-one-out measure.

Pinned: a new article that contradicts the base gets its candidate marked as a conflict, first
in the file; one that restates a claim says which; quotes are anchored (the offsets hold the
quote); dates without a year take the source's; the draft file is never loaded, and loads as
curated claims once renamed; an existing draft is not overwritten without --force; an unknown
source is a clear error. The leave-one-out figures the README reports stay where they are.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from conftest import (
    MINI_SOURCES,
    REPO_ROOT,
    Runner,
    assert_ok,
    assert_usage_error,
    write_mini_fixtures,
)

ARTICLE = (
    "Hungary cam kết hỗ trợ Việt Nam\n\n"
    # The ODA package of the Board of Peace meeting's days (18-20/2): another amount conflicts.
    "Ngày 19/2, Hungary đã thông qua khoản ODA trị giá 40 triệu USD cho Việt Nam. "
    "Hungary cũng duy trì cấp 200 học bổng mỗi năm cho sinh viên Việt Nam. "
    "Ngày 3/3, Tổng Bí thư Tô Lâm gặp Petr Macinka.\n"
)


@pytest.fixture
def project(tmp_path: Path, repo_root: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "newsroom"
    fixtures = write_mini_fixtures(root / "fixtures", repo_root)
    (root / "seeds").mkdir()
    for name in ("000_f6e33687d67cd29d.txt", "004_f7d3cad1695ce084.txt"):
        shutil.copyfile(repo_root / "seeds" / name, root / "seeds" / name)
    (fixtures / "sources.yaml").write_text(MINI_SOURCES.format(seeds="../seeds"), "utf-8")
    monkeypatch.chdir(root)
    return root


def _add(run: Runner, project: Path) -> Path:
    article = project / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert_ok(run("source", "add", article, "--id", "010", "--date", "2026-03-04"))
    return project / "fixtures" / "claims" / "010.draft.yaml"


def test_draft_marks_conflicts_first_and_restatements(run: Runner, project: Path) -> None:
    draft = _add(run, project)
    out = assert_ok(run("draft", "010")).stdout
    assert "in conflict with other sources" in out
    text = draft.read_text(encoding="utf-8")
    doc = yaml.safe_load(text)
    claims = doc["claims"]
    assert doc["source"] == "010"
    first = claims[0]
    assert first["predicate"] == "oda_approved" and first["subject"] == "hungary"
    assert first["value"] == {"exact": 40000000, "unit": "USD"}
    assert first["qualifiers"] == {"beneficiary": "vietnam"}
    assert text.index("# CONFLICT with hu-oda-400m-usd") < text.index(f"- id: {first['id']}")
    scholarships = next(c for c in claims if c["predicate"] == "scholarships_per_year")
    assert scholarships["value"] == {"exact": 200, "unit": "scholarship"}
    assert "# restates hu-scholarships-200" in text
    met = next(c for c in claims if c["predicate"] == "met")
    assert met["subject"] == "to-lam"
    assert met["time"] == "2026-03-03"  # "Ngày 3/3", in the source's year
    assert text.startswith("# yaml-language-server: $schema=../schema/claims.schema.json\n")
    seed = next((project / "seeds").glob("010_*.txt")).read_text(encoding="utf-8")
    for c in claims:
        assert seed[c["start"] : c["end"]] == c["quote"]


def test_draft_is_never_loaded_until_renamed(run: Runner, project: Path) -> None:
    draft = _add(run, project)
    assert_ok(run("draft", "010"))
    before = assert_ok(run("list", "--source", "010", "--format", "json")).stdout
    assert before.strip() == "[]"
    assert "is a draft" in assert_usage_error(run("load", draft))
    draft.rename(draft.with_name("010.yaml"))
    assert_ok(run("load"))
    assert '"hungary"' in assert_ok(run("list", "--source", "010", "--format", "json")).stdout


def test_existing_draft_needs_force(run: Runner, project: Path) -> None:
    draft = _add(run, project)
    assert_ok(run("draft", "010"))
    draft.write_text("# edited by a curator\n", encoding="utf-8")
    assert "--force" in assert_usage_error(run("draft", "010"))
    assert draft.read_text(encoding="utf-8") == "# edited by a curator\n"
    assert_ok(run("draft", "010", "--force"))
    assert "CONFLICT" in draft.read_text(encoding="utf-8")


def test_unknown_source(run: Runner, project: Path) -> None:
    assert "unknown source" in assert_usage_error(run("draft", "999"))


def test_leave_one_out_figures() -> None:
    """The README's table, pooled over the five seeds: a regression guard on drafting."""
    from factdb.curate.draft_eval import leave_one_out
    from factdb.ingest.discover import seed_folder
    from factdb.ingest.loader import load_paths
    from factdb.store.db import make_engine
    from factdb.store.migrations import upgrade

    fixtures = REPO_ROOT / "fixtures"
    seeds = seed_folder(fixtures / "sources.yaml", REPO_ROOT / "seeds")
    full = make_engine("sqlite://")
    upgrade(full)
    result = load_paths(full, [fixtures])
    scores = [leave_one_out(fixtures, seeds, full, s) for s in sorted(result.sources)]
    with full.connect() as conn:
        said = conn.exec_driver_sql("SELECT count(*) FROM claims WHERE speaker_id IS NOT NULL")
        said_claims = said.scalar_one()
    full.dispose()
    matched = sum(s.matched for s in scores)
    curated = sum(s.curated for s in scores)
    spans_hit = sum(s.curated_spans_hit for s in scores)
    spans = sum(s.curated_spans for s in scores)
    # 136 curated claims with a span since issue 11 (a span at every mention, new facts); the
    # new claims name occasions and purposes drafts do not yet read, so recall fell to 0.09.
    # 168 with the stances of issue 10: the claims of what a leader said, which drafts do not
    # write yet, so recall is guarded over the claims they could. 303 with issue 11's last pass
    # (every stance curated, a span at each further mention): 377 of 455 curated spans hit (0.83,
    # 0.91 before), the ones missed mostly the views' long sentences, which drafts do not read;
    # drafted spans all hit one (span precision 1.00, 0.96 before). 314 with the claims a
    # statement part tied to one claim's roles unblocked (004's collective congratulation on
    # the 14th Congress, one per leader; 003's meetings with the community and the missions).
    # Drafting did not change: it still matches 17, now of 189 claims it could write (17 of
    # 178, 0.096, before); the 11 new ones come from sentences naming no leader ("các nhà lãnh
    # đạo ... gửi lời chúc mừng") or a group no draft knows, so the share is guarded at 0.089
    # with the count itself held. 315 with Orbán's words to Tô Lâm (the ODA as what he said,
    # issue 10's recall pass): a claim of what someone said, which drafts do not write, so the
    # guarded share is unchanged. 316 with Orbán's scholarships as his words too (session 14's
    # precision audit), for the same reason. 317 with the same scholarships as Hungary's plan
    # ("duy trì cấp": it goes on granting them, session 21), a mood drafts do not write. 318
    # with Tô Lâm's readiness in his acceptance letter as his stance (session 22), a speaker's
    # view, which drafts do not write. 320 with the rest of Tô Lâm's sentence to Hegseth in
    # 002 (the cooperation builds goodwill and trust, opens long-term cooperation: session 23),
    # views, which drafts do not write. 335 with session 29's curation of 004's priority fields
    # (one per leader), the exchanges agreed with three, Pashinyan's wish and two views of 000
    # and 003: agreements and views of several sentences, which drafts do not write, so
    # fewer spans are hit (406 of 497, 0.817): guarded at 0.81. 336 with session 30's
    # curation of Tô Lâm's lasting Middle East solution in his acceptance letter (000 ¶9), a
    # speaker's view, which drafts do not write. 344 with session 36's Gaza Peace Plan
    # agreement, one per leader met (one claim with no counterparty before): a collective
    # agreement ("các nhà lãnh đạo ... nhất trí"), which drafts do not write: drafting still
    # matches 18, now of 210 claims it could write (18 of 202 before), so the share is guarded
    # at 0.085 and the count itself held at 18; of their nine spans (one sentence) drafts hit
    # one, so 407 of 506 curated spans are hit (0.804): guarded at 0.80. 345 with Daines's
    # view of Vietnam as a responsible member of the international community (001 ¶7, session
    # 36's coverage pass), a speaker's view, which drafts do not write.
    assert curated == 345
    assert matched >= 18
    assert matched / (curated - said_claims) >= 0.085
    assert spans_hit / spans >= 0.80


def test_unknown_office_holder_is_proposed_as_a_new_entity(
    run: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On the curated base: a person the vocabulary lacks, named after an office, becomes a
    candidate with the id their name gives and a note to add them."""
    root = tmp_path / "base"
    shutil.copytree(REPO_ROOT / "fixtures", root / "fixtures")
    shutil.copytree(REPO_ROOT / "seeds", root / "seeds")
    monkeypatch.chdir(root)
    article = root / "a.txt"
    article.write_text(
        "Ngày 5/3/2026, Tổng Bí thư Tô Lâm gặp Tổng thống Kenya William Ruto tại Hà Nội.\n",
        encoding="utf-8",
    )
    assert_ok(run("source", "add", article, "--id", "050", "--date", "2026-03-06"))
    assert_ok(run("draft", "050"))
    text = (root / "fixtures" / "claims" / "050.draft.yaml").read_text(encoding="utf-8")
    claims = yaml.safe_load(text)["claims"]
    office = next(
        c for c in claims if c["predicate"] == "holds_office" and c["subject"] != "to-lam"
    )
    assert office["subject"] == "william-ruto"
    assert (office["object"], office["qualifiers"]) == ("kenya", {"role": "president"})
    assert office["time"] == "2026-03-05"
    assert "new entity william-ruto ('William Ruto', a person)" in text
