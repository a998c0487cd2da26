"""Issue 10, class 6: a year said on a phrase that fixes it ("a positive start for 2026", "khởi
đầu tích cực cho năm 2026") is what was said, not when (factdb.check.topic_years): the year the
claim's source gives the topic decides, and another year refutes it only on the claim's
occasion (its event, or the body it is of, named)."""

from __future__ import annotations

import pytest

from factdb.check import topic_years
from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED
from factdb.lexicon.index import LANGUAGES, load


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_has_its_joiners(lang: str) -> None:
    assert load(lang, "dates").get("topic_year_joiners")


def test_the_year_after_a_topic_is_its_own(checker: Checker) -> None:
    parsed = checker.parse("Lam called the trip a positive start for 2026.")
    found = topic_years.year_of_topic(parsed, "positive-start")
    assert found is not None and found.text == "2026"


def test_a_year_apart_from_the_topic_is_no_topic_year(checker: Checker) -> None:
    parsed = checker.parse("In 2026 Lam called the trip a positive start.")
    assert topic_years.year_of_topic(parsed, "positive-start") is None


VERDICTS = [
    # the source: the opening meeting of the Board of Peace marked a positive start for 2026
    ("Lam told reporters the Board of Peace trip gave 2026 a positive start.", NEI),
    (
        "To Lam told Leahy that attending the Board of Peace meeting was a positive start to 2026.",
        SUPPORTED,
    ),
    ("Lam says Board of Peace trip a positive start to 2025", CONTRADICTED),
    (
        "Lam says the inaugural meeting of the Board of Peace was a positive start to 2027",
        CONTRADICTED,
    ),
    # the year dates what was said, not the attendance beside it
    ("Tô Lâm: dự họp khai mạc Hội đồng Hòa bình là khởi đầu tích cực cho năm 2026", SUPPORTED),
    # a later meeting of the body may have been held since, of a later year
    ("Lam says Board of Peace trip a positive start to 2027", NEI),
    (
        "Theo Tổng Bí thư, việc dự họp Hội đồng Hòa bình là khởi đầu tích cực cho năm 2024.",
        CONTRADICTED,
    ),
    ("TBT: du hop Hoi dong Hoa binh la khoi dau tich cuc cho nam 2024", CONTRADICTED),
    # no occasion named: the same words may have been said of another year elsewhere
    ("Tổng Bí thư nói chuyến đi là một khởi đầu tích cực cho năm 2024.", NEI),
    ("To Lam called the visit a positive start for 2024.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_topic_year_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


def test_the_year_dates_no_act_beside_it(checker: Checker) -> None:
    judgement = checker.check(
        "Tô Lâm: dự họp khai mạc Hội đồng Hòa bình là khởi đầu tích cực cho năm 2027"
    )
    assert judgement.verdict == CONTRADICTED
    assert "attended" not in judgement.explanation


def test_the_reason_gives_both_years(checker: Checker) -> None:
    judgement = checker.check("Lam says Board of Peace trip a positive start to 2025")
    assert "'2025'" in judgement.explanation and "'năm 2026'" in judgement.explanation
