"""Issue 10, class 6: a rank or weekday that Vietnamese written without diacritics only seems to
say. "thu" is thứ (the prefix of a rank or a weekday), thư (a letter) or the end of "Bí thư", so
"Tong Bi thu tu choi" (the General Secretary refused), "Tong Bi thu nhat tri" (agreed) and
"trao doi thu tu" (exchanged letters) name no fourth, first or Wednesday: a rank that straddles
the edge of a name or a phrase the vocabulary reads is that phrase's word
(factdb.check.parse.parse_statement). Where "thu tu" is a weekday or a rank by its context (a
date after it, a cue or a counter before it) it still is one."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


def _ranks(checker: Checker, text: str) -> list[float | None]:
    return [q.value for q in checker.parse(text).quantities if q.unit == "rank"]


def _entities(checker: Checker, text: str) -> set[str]:
    return {i for m in checker.parse(text).entities for i in m.ids}


@pytest.mark.parametrize(
    "text",
    [
        # a headline and a post written without diacritics: "Bí thư" + "từ chối" / "nhất trí"
        "Tong Bi thu tu choi gap Tong thong Trump",
        "Tong Bi thu nhat tri voi Thu tuong Pakistan tang cuong quan he",
        "Tong Bi thu hai lan dien dam voi Tong thong Trump",
        # "thư từ": letters
        "TBT To Lam va TT Trump thuong xuyen trao doi thu tu",
        # the same words with their diacritics were never ranks
        "Tổng Bí thư từ chối gặp Tổng thống Trump",
        "Tổng Bí thư nhất trí với Thủ tướng Pakistan tăng cường quan hệ",
    ],
)
def test_the_end_of_a_name_or_phrase_is_no_rank(checker: Checker, text: str) -> None:
    assert _ranks(checker, text) == []


def test_the_title_survives_the_rank_it_seemed_to_start(checker: Checker) -> None:
    assert "general-secretary" in _entities(checker, "Tong Bi thu tu choi gap Tong thong Trump")
    assert "general-secretary" in _entities(
        checker, "Tong Bi thu nhat tri voi Thu tuong Pakistan tang cuong quan he"
    )


@pytest.mark.parametrize(
    "text, rank",
    [
        # a rank by its context stays one, with diacritics or without, and in English
        ("My la doi tac thuong mai lon thu hai cua Viet Nam", 2.0),
        ("Mỹ là đối tác thương mại lớn thứ hai của Việt Nam", 2.0),
        ("Dai hoi lan thu tu", 4.0),
        ("The US is Vietnam's second-largest trading partner", 2.0),
        ("The US is Vietnam's fourth largest trading partner", 4.0),
    ],
)
def test_a_rank_by_its_context_stays_one(checker: Checker, text: str, rank: float) -> None:
    assert _ranks(checker, text) == [rank]


def test_a_weekday_before_a_date_is_still_the_dates(checker: Checker) -> None:
    parsed = checker.parse("Thu Tu 18/2 TBT To Lam bat dau chuyen cong tac My")
    assert _ranks(checker, parsed.text) == []
    assert [d.text for d in parsed.dates] == ["Thu Tu 18/2"]


@pytest.mark.parametrize(
    "statement, verdict",
    [
        # Tô Lâm and Trump exchanged letters (000): denying it is contradicted in all three
        ("Tong Bi thu To Lam chua tung trao doi thu tu voi Tong thong Trump.", CONTRADICTED),
        ("Tổng Bí thư Tô Lâm chưa từng trao đổi thư từ với Tổng thống Trump.", CONTRADICTED),
        ("To Lam has never exchanged letters with President Trump.", CONTRADICTED),
        # he accepted Trump's invitation to join the Board of Peace: refusing it is contradicted
        (
            "Tong Bi thu tu choi loi moi cua Tong thong Trump tham gia Hoi dong Hoa binh",
            CONTRADICTED,
        ),
        (
            "Tổng Bí thư từ chối lời mời của Tổng thống Trump tham gia Hội đồng Hòa bình",
            CONTRADICTED,
        ),
        (
            "General Secretary To Lam turned down Trump's invitation to join the Board of Peace",
            CONTRADICTED,
        ),
        # he agreed closer ties with Pakistan's prime minister
        ("Tong Bi thu nhat tri voi Thu tuong Pakistan tang cuong quan he", SUPPORTED),
        ("Tổng Bí thư nhất trí với Thủ tướng Pakistan tăng cường quan hệ", SUPPORTED),
        ("The General Secretary agreed with Pakistan's prime minister to deepen ties", SUPPORTED),
        # trap: "refused to meet" someone he is not shown meeting is not enough info, not a rank
        ("Tong Bi thu tu choi gap Tong thong Trump", NEI),
        ("Tổng Bí thư từ chối gặp Tổng thống Trump", NEI),
        ("The General Secretary refused to meet President Trump", NEI),
    ],
)
def test_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict
