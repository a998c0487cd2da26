"""`factdb source add FILE`: an article joins the claim base's sources, byte for byte.

Pinned: the seed is an exact copy, sources.yaml gains one entry (the rest of the file, comments
included, unchanged) that the loader reads, the next command loads it; an existing id, the same
article twice, non-UTF-8, an empty file, a bad date or link are refused with exit 2 and nothing
written; what the text carries (BOM, CRLF, decomposed accents) is reported and kept.
"""

from __future__ import annotations

import json
import shutil
import unicodedata
from pathlib import Path

import pytest
from conftest import MINI_SOURCES, Runner, assert_ok, assert_usage_error, write_mini_fixtures

ARTICLE = "Hà Nội hợp tác với Budapest\n\nHai bên nhất trí tăng cường hợp tác.\n"


@pytest.fixture
def project(tmp_path: Path, repo_root: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A claim base checkout of its own (fixtures/ and seeds/), as the working directory."""
    root = tmp_path / "newsroom"
    fixtures = write_mini_fixtures(root / "fixtures", repo_root)
    seeds = root / "seeds"
    seeds.mkdir()
    for name in ("000_f6e33687d67cd29d.txt", "004_f7d3cad1695ce084.txt"):
        shutil.copyfile(repo_root / "seeds" / name, seeds / name)
    sources = MINI_SOURCES.format(seeds="../seeds")
    (fixtures / "sources.yaml").write_text("# curated by hand\n" + sources, encoding="utf-8")
    monkeypatch.chdir(root)
    return root


def _snapshot(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "sqlite" not in p.name
    }


def test_add_copies_bytes_and_records_metadata(run: Runner, project: Path, tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_bytes(ARTICLE.encode("utf-8"))
    before = (project / "fixtures" / "sources.yaml").read_text(encoding="utf-8")
    out = assert_ok(
        run(
            "source",
            "add",
            article,
            "--date",
            "2026-02-21",
            "--publisher",
            "Báo X",
            "--url",
            "https://example.org/a?x=1",
        )
    ).stdout
    assert "added source 005" in out  # after 004, the largest id
    assert "title (the first line): Hà Nội hợp tác với Budapest (not given" in out
    assert "language: vi" in out
    copies = list((project / "seeds").glob("005_*.txt"))
    assert len(copies) == 1 and copies[0].read_bytes() == article.read_bytes()
    after = (project / "fixtures" / "sources.yaml").read_text(encoding="utf-8")
    assert after.startswith(before)  # appended; comments and order kept

    assert_ok(run("load"))
    listed = json.loads(assert_ok(run("sources", "--format", "json")).stdout)
    new = next(s for s in listed if s["id"] == "005")
    assert new["title"] == "Hà Nội hợp tác với Budapest"
    assert new["published"] == "2026-02-21"


def test_given_id_and_english_detection(run: Runner, project: Path, tmp_path: Path) -> None:
    article = tmp_path / "en.txt"
    article.write_text("Hungary and Vietnam agree to expand trade.\n", encoding="utf-8")
    out = assert_ok(run("source", "add", article, "--id", "hu-2026", "--title", "T")).stdout
    assert "added source hu-2026" in out and "language: en" in out
    assert_ok(run("load"))


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        (ARTICLE.encode(), ("--id", "004"), "source 004 already exists"),
        (b"", (), "is empty"),
        (b"  \n\n ", (), "is empty"),
        ("Hà Nội".encode("utf-16"), (), "not UTF-8"),
        ("Ha Noi \xe0".encode("latin-1"), (), "not UTF-8"),
        (ARTICLE.encode(), ("--date", "21/02/2026"), "YYYY-MM-DD"),
        (ARTICLE.encode(), ("--url", "javascript:alert(1)"), "http(s) link"),
        (ARTICLE.encode(), ("--id", "../../etc"), "must be 1-16"),
        (b"a\x00b", (), "NUL"),
    ],
)
def test_refused_and_nothing_written(
    run: Runner, project: Path, tmp_path: Path, content: bytes, args: tuple[str, ...], message: str
) -> None:
    article = tmp_path / "bad.txt"
    article.write_bytes(content)
    before = _snapshot(project)
    stderr = assert_usage_error(run("source", "add", article, *args))
    assert message in stderr
    assert _snapshot(project) == before


def test_same_article_twice_is_refused(run: Runner, project: Path, repo_root: Path) -> None:
    stderr = assert_usage_error(
        run("source", "add", repo_root / "seeds" / "004_f7d3cad1695ce084.txt")
    )
    assert "already source 004" in stderr


def test_missing_file(run: Runner, project: Path) -> None:
    assert "cannot read" in assert_usage_error(run("source", "add", "nope.txt"))


def test_text_kept_as_is_and_reported(run: Runner, project: Path, tmp_path: Path) -> None:
    text = "\ufeff" + unicodedata.normalize("NFD", "Việt Nam và Hungary.\r\nDòng hai.\r\n")
    article = tmp_path / "odd.txt"
    article.write_bytes(text.encode("utf-8"))
    out = assert_ok(run("source", "add", article, "--title", "Odd", "--lang", "vi")).stdout
    assert "byte order mark" in out and "Windows line ends" in out and "NFC" in out
    copy = next((project / "seeds").glob("005_*.txt"))
    assert copy.read_bytes() == article.read_bytes()
    assert_ok(run("load"))


def test_outside_a_claim_base(run: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Outside a checkout the shipped fixtures are the fallback; they are not to be edited."""
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    from factdb import config

    monkeypatch.setattr(config, "fixtures_path", lambda: str(tmp_path / "nowhere" / "fixtures"))
    assert "claim base checkout" in assert_usage_error(run("source", "add", article))
