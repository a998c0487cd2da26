"""`factdb check --sentences --file draft.txt --format html`: one self-contained page.

Pinned here: every sentence of the draft is on the page, in order, coloured by its verdict; the
summary counts verdicts and lists contradictions first; the evidence quote is highlighted inside
its source sentence with the source's title, date and link; nothing is fetched (no external
reference, a CSP forbidding fetches); the draft's own text cannot inject markup; the exit status
is the same as for text output. Then, in a real Chromium: clicking a sentence shows its verdict
and the right highlighted span, and a screenshot is taken.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from browser import chrome_fixture, screenshot  # noqa: F401  (the `chrome` fixture)
from builders import claim_view
from click.testing import CliRunner, Result
from conftest import REPO_ROOT, assert_ok, real_claim_files

from factdb.cli import main

ODA_QUOTE = "Hungary đã hoàn tất thủ tục thông qua khoản ODA trị giá 400 triệu USD cho Việt Nam"
TRADE_QUOTE = "Năm 2025, kim ngạch thương mại song phương lần đầu vượt mốc 1 tỷ USD"
DRAFT = (
    "Hôm nay trời đẹp. Ngày 19/2/2026, Hungary đã phê duyệt khoản ODA 40 triệu USD cho Việt Nam. "
    "Kim ngạch thương mại Việt Nam - Hungary năm 2025 vượt mốc 1 tỷ USD.\n\n"
    "Vietnam–Hungary trade reached 1.5 billion USD in 2025. <script>alert(1)</script>\n"
)


@pytest.fixture(scope="module")
def real_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    if not real_claim_files(REPO_ROOT):
        pytest.skip("fixtures/claims/ has no claim files yet (being curated)")
    url = f"sqlite:///{tmp_path_factory.mktemp('html') / 'real.sqlite'}"
    assert_ok(CliRunner().invoke(main, ["--db", url, "load", str(REPO_ROOT / "fixtures")]))
    return url


@pytest.fixture(scope="module")
def report(real_db: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[Result, Path]:
    folder = tmp_path_factory.mktemp("report")
    draft = folder / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    result = CliRunner().invoke(
        main, ["--db", real_db, "check", "--sentences", "--file", str(draft), "--format", "html"]
    )
    page = folder / "report.html"
    page.write_text(result.stdout, encoding="utf-8")
    return result, page


def test_exit_status_says_contradicted(report: tuple[Result, Path]) -> None:
    result, _ = report
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.exit_code == 1, result.stderr


def test_every_sentence_in_order_with_its_verdict(report: tuple[Result, Path]) -> None:
    page = report[1].read_text(encoding="utf-8")
    found = re.findall(r'<span class="s v-(\w+)" id="s\d+"[^>]*>([^<]*)</span>', page)
    assert [v for v, _ in found] == [
        "nothing_checkable",
        "contradicted",
        "supported",
        "not_enough_info",
        "nothing_checkable",
    ]
    assert (
        found[1][1] == "Ngày 19/2/2026, Hungary đã phê duyệt khoản ODA 40 triệu USD cho Việt Nam."
    )


def test_summary_counts_and_contradictions_first(report: tuple[Result, Path]) -> None:
    page = report[1].read_text(encoding="utf-8")
    summary = page[page.index('<header class="summary">') : page.index("</header>")]
    counts = dict(re.findall(r'data-verdict="(\w+)"><b>(\d+)</b>', summary))
    assert counts == {
        "contradicted": "1",
        "not_checked": "0",
        "not_enough_info": "1",
        "supported": "1",
        "nothing_checkable": "2",
    }
    assert summary.index("v-contradicted") < summary.index("v-supported")
    assert 'data-open="1"' in summary  # the contradicted sentence, one click away


def test_evidence_marked_in_its_source_sentence_with_citation(report: tuple[Result, Path]) -> None:
    page = report[1].read_text(encoding="utf-8")
    detail = page[page.index('id="d1"') :]
    detail = detail[: detail.index("</section>")]
    assert f"<mark>{ODA_QUOTE}</mark>" in detail
    assert "Thủ tướng Orbán bày tỏ" in detail  # the rest of the source sentence, around it
    assert "Tổng Bí thư Tô Lâm gặp lãnh đạo các nước" in detail  # source title
    assert "source 004 [4591:4673]" in detail  # 004 has no date or link to show
    assert "hu-oda-400m-usd" in detail


def test_self_contained_and_inert(report: tuple[Result, Path]) -> None:
    page = report[1].read_text(encoding="utf-8")
    assert not re.search(r"<(link|img|iframe|object|embed)\b", page)
    assert not re.search(r"\bsrc=", page)
    assert not re.search(r"url\(", page)
    assert "default-src 'none'" in page
    # The draft's own markup is text on the page, never markup.
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert page.count("<script>") == 1


def test_single_statement_page(real_db: str) -> None:
    result = CliRunner().invoke(
        main,
        [
            "--db",
            real_db,
            "check",
            "Hungary's ODA for Vietnam totals 400 million USD",
            "--format",
            "html",
        ],
    )
    assert result.exit_code == 0, result.stderr
    assert 'class="s v-supported"' in result.stdout


def test_in_chromium(chrome: object, report: tuple[Result, Path], tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    driver = chrome
    driver.get(report[1].as_uri())  # type: ignore[attr-defined]
    sentences = driver.find_elements(By.CSS_SELECTOR, ".draft .s")  # type: ignore[attr-defined]
    assert len(sentences) == 5
    contradicted = sentences[1]
    assert contradicted.get_attribute("data-verdict") == "contradicted"
    # Coloured: the browser computed a red background for it.
    assert contradicted.value_of_css_property("background-color") == "rgba(249, 211, 208, 1)"
    panel = driver.find_element(By.ID, "panel")  # type: ignore[attr-defined]
    assert not panel.find_element(By.ID, "d1").is_displayed()
    contradicted.click()
    detail = panel.find_element(By.ID, "d1")
    assert detail.is_displayed()
    assert detail.find_element(By.CSS_SELECTOR, ".badge").text == "Contradicted"
    marks = [m.text for m in detail.find_elements(By.TAG_NAME, "mark") if m.is_displayed()]
    assert marks == [ODA_QUOTE]
    screenshot(driver, "html-report-contradicted", tmp_path)
    # Another sentence replaces it in the panel.
    sentences[2].click()
    assert not detail.is_displayed()
    supported = panel.find_element(By.ID, "d2")
    assert supported.find_element(By.CSS_SELECTOR, ".badge").text == "Supported"
    assert [m.text for m in supported.find_elements(By.TAG_NAME, "mark")] == [TRADE_QUOTE]
    # The summary's link opens the contradiction too.
    driver.find_element(By.CSS_SELECTOR, ".flagged a").click()  # type: ignore[attr-defined]
    assert detail.is_displayed()
    shot = screenshot(driver, "html-report", tmp_path)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_citation_shows_date_publisher_and_only_web_links() -> None:
    import datetime as dt

    from factdb.check.judge import Judgement, Part
    from factdb.explain.html import Row, Sources, render_page
    from factdb.store.browse import SourceMeta

    text = "Before. The quoted words here. After."
    claim = claim_view("c1", spans=[("s1", 8, 18, "The quoted")])
    judgement = Judgement("x", "supported", "why", [Part("p", "supported", "r", decisive=[claim])])
    for url, linked in (("https://example.org/a?b=1&c=2", True), ("javascript:alert(1)", False)):
        meta = {"s1": SourceMeta("s1", "Title", "Publisher", dt.date(2026, 2, 17), url)}
        page = render_page("x", [Row("x", judgement)], Sources(lambda _s: text, meta))
        assert "<mark>The quoted</mark> words here." in page
        assert "Publisher, 2026-02-17" in page
        assert ('href="https://example.org/a?b=1&amp;c=2"' in page) is linked
        assert "javascript:" not in page
        assert ("href=" in page) is linked
