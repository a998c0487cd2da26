"""Directed acts said of each other (issue 10, session 21 review 2).

"Congratulated each other", "mời nhau", "mời lãnh đạo của nhau", "exchanged greetings" say the
act each way between the names listed before it: each must be its doer towards another of them
in some claim. A claim one way, or the other party's act towards someone else (Lâm
congratulated Armenia), leaves it open (Judge._reciprocal; `reciprocals`, `reciprocal_objects`,
`reciprocal_verbs` in the statement lexicons). A symmetric act ("gặp nhau") is borne out by one
meeting, and the one way said as one way stays borne out. The reviewer's statements, with twins
in wire, headline and post wording, in English, Vietnamese and Vietnamese without diacritics.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    "statement",
    [
        # the reviewer's: only Lâm's invitations and the others' congratulations are sourced
        "Việt Nam và Indonesia mời lãnh đạo của nhau sang thăm.",
        "To Lam va Prabowo moi nhau sang tham.",
        "Tô Lâm và Pashinyan mời nhau sang thăm.",
        "To Lam va Pashinyan moi nhau sang tham.",
        "Lam and Orbán congratulated each other.",
        "Lam and Tokayev congratulated each other.",
        "Lam and Prabowo congratulated each other.",
        "Tô Lâm và Orbán chúc mừng nhau.",
        "Hagerty and Lam exchanged Tet greetings with each other.",
        # twins, written afresh
        "Vietnamese and Armenian leaders invite one another for state visits",
        "Lãnh đạo Việt Nam và Armenia mời nhau thăm chính thức",
        "Lanh dao Viet Nam va Armenia moi nhau tham chinh thuc",
        "Hanoi and Jakarta invited each other's leaders to come",
        "Hà Nội và Jakarta mời nguyên thủ của nhau sang thăm",
        "Ha Noi va Jakarta moi nguyen thu cua nhau sang tham",
        "Orbán, Lam trade congratulations with one another",
        "Tổng Bí thư Tô Lâm và Thủ tướng Orbán gửi lời chúc mừng tới nhau",
        "Tong Bi thu To Lam va Thu tuong Orban chuc mung nhau",
        "US senator Hagerty and Vietnam's Lam swap Lunar New Year greetings",
        "Thượng nghị sĩ Hagerty và Tổng Bí thư Tô Lâm gửi lời chúc Tết cho nhau",
        "Thuong nghi si Hagerty va Tong Bi thu To Lam gui loi chuc Tet cho nhau",
        # each way sourced, on other occasions: Trump's to the Board of Peace meeting, Lâm's
        # to visit Vietnam
        "Lam and Trump invited each other to the Board of Peace meeting",
        "Tô Lâm và Trump mời nhau dự cuộc họp Hội đồng Hòa bình",
        "To Lam va Trump moi nhau du cuoc hop Hoi dong Hoa binh",
        # only Orbán's plan to visit Vietnam
        "Lam and Orbán will visit each other's countries",
        "Tô Lâm và Orbán sẽ thăm đất nước của nhau",
        "To Lam va Orban se tham dat nuoc cua nhau",
    ],
)
def test_one_way_is_not_each_other(checker: Checker, statement: str) -> None:
    assert checker.check(statement).verdict == NEI


@pytest.mark.parametrize(
    "statement",
    [
        # a meeting is one act of both
        "Lam and Orbán met each other in Washington",
        "Tô Lâm và Orbán gặp nhau tại Washington",
        "To Lam va Orban gap nhau tai Washington",
        # both ways sourced, as readiness (no plan: "will visit each other" is open,
        # tests/test_readiness.py)
        "Vietnamese and Pakistani leaders stand ready to visit each other",
        "Lãnh đạo Việt Nam và Pakistan sẵn sàng thăm lẫn nhau",
        "Lanh dao Viet Nam va Pakistan san sang sang tham lan nhau",
        # each names the other by his country: Lâm is ready to visit Pakistan, Sharif Vietnam
        "Lam and Sharif are ready to visit each other's countries.",
        "Tô Lâm và Thủ tướng Sharif sẵn sàng thăm đất nước của nhau",
        "To Lam va Thu tuong Sharif san sang tham dat nuoc cua nhau",
        # the one way, said one way
        "Orbán congratulated Lam on his re-election",
        "Thủ tướng Orbán chúc mừng Tổng Bí thư Tô Lâm tái đắc cử",
        "Thu tuong Orban chuc mung Tong Bi thu To Lam tai dac cu",
        "Lam invited Prabowo to visit Vietnam",
        "Tô Lâm mời Tổng thống Prabowo thăm Việt Nam",
        "To Lam moi Tong thong Prabowo tham Viet Nam",
        "Hagerty sent Lam Tet greetings",
        # letters each way since November 2024, the order of the names aside
        "Trump and Lam have exchanged letters since November 2024",
        "Tô Lâm và Trump trao đổi thư từ tháng 11/2024",
        "To Lam va Trump trao doi thu ke tu thang 11/2024",
    ],
)
def test_each_other_borne_out(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == SUPPORTED
    assert judgement.evidence


@pytest.mark.parametrize(
    "statement",
    [
        # a bare title or a surname in the list stands for its one holder: both ways are
        # asked of him as of a name spelled out (only Lâm's invitations and the others'
        # congratulations are sourced)
        "The Vietnamese party chief and Azerbaijan's president congratulated one another",
        "The general secretary and Tokayev exchanged congratulations in Washington",
        "Lam, Orban trade congratulations",
        "Lam and Tokayev trade congratulations at Washington talks",
        "Tổng Bí thư và Thủ tướng Orbán gửi lời chúc mừng tới nhau",
        "Tổng Bí thư và Tổng thống Prabowo đã mời nhau sang thăm chính thức",
        "Tong Bi thu va Thu tuong Orban chuc mung lan nhau",
        "Tong Bi thu va Tong thong Indonesia moi nhau sang tham",
    ],
)
def test_bare_title_one_way_is_not_each_other(checker: Checker, statement: str) -> None:
    assert checker.check(statement).verdict == NEI


@pytest.mark.parametrize(
    "statement",
    [
        # both ways sourced, one side named by his bare title
        "The general secretary and Trump have traded letters since November 2024",
        "Tổng Bí thư và Tổng thống Trump trao đổi thư từ tháng 11/2024",
        "Tong Bi thu va Tong thong Trump trao doi thu ke tu thang 11/2024",
        "The party chief and Sharif are ready to visit each other's countries",
        "Tổng Bí thư và Thủ tướng Sharif sẵn sàng thăm đất nước của nhau",
    ],
)
def test_bare_title_each_other_borne_out(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == SUPPORTED
    assert judgement.evidence
