"""Every verdict says why, an abstention too (session 25). A time rule that turns on the
statement's act rather than on a date it gives left the reason empty: a request whose occasion
is a programme (dioxin remediation) was taken for an invitation to join a body (scope.joins_a_body
now asks for an organisation), and the words for a time check with no date were "" (explain.time
now names the claim's time and the rule). `factdb eval` counts verdicts with no reason
(`unexplained`), and the corpora's floors in test_check_cli require none."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # a request for the opposite of Lâm's own request to the US (session 35,
        # tests/test_turned_requests.py): "tạm dừng" turns his request round; English "pause"
        # and "tạm ngưng" are no antonyms of it in the lexicons yet (noted)
        ("Tổng Bí thư đề nghị Hoa Kỳ tạm dừng hợp tác tẩy độc dioxin.", CONTRADICTED),
        ("Tong Bi thu de nghi Hoa Ky tam dung hop tac tay doc dioxin", CONTRADICTED),
        ("TBT Tô Lâm muốn Mỹ tạm ngưng rà phá bom mìn", NEI),
        ("Lam asks Washington to pause the dioxin cleanup", NEI),
    ],
)
def test_a_request_of_a_programme_is_no_invitation_to_join_a_body(
    checker: Checker, statement: str, verdict: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict
    assert judgement.explanation.strip()
    assert "invitation to join a body" not in judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        "In January, Trump invited Lam to the Board of Peace's opening session.",
        "Tháng 1, ông Trump mời Tổng Bí thư dự phiên khai mạc Hội đồng Hòa bình.",
    ],
)
def test_an_invitation_to_join_the_board_is_still_another_invitation(
    checker: Checker, statement: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict != CONTRADICTED
    assert judgement.explanation.strip()
