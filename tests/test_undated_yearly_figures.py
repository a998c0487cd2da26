"""Session 21 (review, cwtrade): a figure of a series indexed by year (`time: qualifier`: a
year's trade turnover) said with no year speaks of a year the statement does not fix. The
sources give the figure of one year; another year may have had the stated one, so an undated
figure that differs refutes nothing. A figure the claim holds up to its sources' days from no
known start (a standing quota) is the one of now, and stays refuted. A year the statement gives
("in 2025", "năm 2025") still decides it, and a figure the claim bears out is still borne out
("last year" is not resolved without the statement's own date). English, Vietnamese and
Vietnamese without diacritics, written for this test (wire copy, headlines, posts), not taken
from a corpus or a source.
"""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_engine: Engine) -> Checker:
    return Checker(real_engine)


UNDATED_FIGURES = [
    # another figure, no year: it may be another year's
    ("Hungary-Vietnam two-way trade hits $600 million", NEI),
    ("Trade between Hungary and Vietnam is worth about $800m, officials say", NEI),
    ("Kim ngạch thương mại hai chiều Hungary - Việt Nam ở mức 600 triệu USD", NEI),
    ("Buôn bán giữa Việt Nam và Hungary đạt khoảng 800 triệu USD", NEI),
    ("Kim ngach thuong mai hai chieu Hungary - Viet Nam o muc 600 trieu USD", NEI),
    ("Buon ban giua Viet Nam va Hungary dat khoang 800 trieu USD", NEI),
    # the reviewer's (review2): no year, a figure the 2025 claim excludes
    ("Thương mại Việt Nam - Hungary đạt 700 triệu USD.", NEI),
    ("Thuong mai Viet Nam - Hungary dat 700 trieu USD.", NEI),
    ("Vietnam-Hungary trade stands at $700 million", NEI),
    ("Trade between Vietnam and Hungary totals $1.5 billion", NEI),
    # a figure held up to the sources' days from no start ("keeps granting 200 a year") is
    # the one of now, of which an undated statement speaks too: still refuted
    ("Budapest grants just 80 scholarships a year to Vietnamese students", CONTRADICTED),
    ("Mỗi năm Hungary chỉ dành 80 suất học bổng cho sinh viên Việt Nam", CONTRADICTED),
    ("Moi nam Hungary chi danh 80 suat hoc bong cho sinh vien Viet Nam", CONTRADICTED),
    # the year given decides it
    ("Hungary-Vietnam two-way trade hit $600 million in 2025", CONTRADICTED),
    ("Năm 2025, kim ngạch thương mại Hungary - Việt Nam đạt 600 triệu USD", CONTRADICTED),
    ("Nam 2025, kim ngach thuong mai Hungary - Viet Nam dat 600 trieu USD", CONTRADICTED),
    ("Hungary-Vietnam trade topped $1 billion in 2025", SUPPORTED),
    ("Năm 2025, thương mại Hungary - Việt Nam vượt 1 tỷ USD", SUPPORTED),
    ("Nam 2025, thuong mai Hungary - Viet Nam vuot 1 ty USD", SUPPORTED),
]


@pytest.mark.parametrize(("statement", "verdict"), UNDATED_FIGURES)
def test_an_undated_yearly_figure_refutes_nothing(
    checker: Checker, statement: str, verdict: str
) -> None:
    assert checker.check(statement).verdict == verdict


def test_the_reason_says_the_year_is_not_given(checker: Checker) -> None:
    result = checker.check("Hungary-Vietnam two-way trade hits $600 million")
    assert "year" in result.explanation and "not given" in result.explanation
