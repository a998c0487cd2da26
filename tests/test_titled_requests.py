"""A request said by a speaker named by his title alone (issue 10, speakers), session 33.

"Tổng Bí thư đề nghị hai bên phát huy ...", "The party chief asked the two sides to ...": the
verb that gives the speaker his words ("đề nghị", "asked") also triggers the request
predicate, which `judge._spoken_acts` leaves to the claim of what he proposed once that claim
is borne out as his. A speaker named by his title alone is whoever the claims say holds it
(assess.assess_said), and so he is there too: the request the verb names had stayed unchecked
("what it says about 'requested'"), though the proposal was borne out. Another holder's title,
another year and another content stay open. English, Vietnamese and Vietnamese without
diacritics; the statements are written for these tests.
"""

from __future__ import annotations

import pytest
from conftest import assert_judged

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED

PROPOSAL = "to-lam-proposed-parliamentary-cooperation-2026-02-18"

ROWS = [
    # the title stands for the proposal's speaker
    (
        "The party chief asked the two sides to build on the foundation of their relations, "
        "including parliamentary cooperation.",
        SUPPORTED,
        PROPOSAL,
    ),
    (
        "Tổng Bí thư đề nghị hai bên tiếp tục phát huy nền tảng quan hệ, trong đó có hợp tác "
        "nghị viện và trao đổi đoàn.",
        SUPPORTED,
        PROPOSAL,
    ),
    (
        "TBT de nghi hai ben phat huy nen tang quan he, trong do co hop tac nghi vien.",
        SUPPORTED,
        PROPOSAL,
    ),
    # traps: an office the proposal's speaker does not hold, another year, another content
    (
        "The Prime Minister asked both sides to build on the foundation of their relations, "
        "including parliamentary cooperation.",
        NEI,
        "prime minister",
    ),
    (
        "Thủ tướng đề nghị hai bên phát huy nền tảng quan hệ, trong đó có hợp tác nghị viện.",
        NEI,
        "prime minister",
    ),
    (
        "Thu tuong de nghi hai ben phat huy nen tang quan he, trong do co hop tac nghi vien.",
        NEI,
        "prime minister",
    ),
    (
        "Năm 2020, Tổng Bí thư đề nghị hai bên phát huy nền tảng quan hệ, trong đó có hợp tác "
        "nghị viện.",
        NEI,
        "2020",
    ),
    (
        "Tổng Bí thư đề nghị hai bên phát huy nền tảng quan hệ, trong đó có hợp tác quốc phòng.",
        NEI,
        "phòng",
    ),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), ROWS)
def test_titled_request(real_checker: Checker, statement: str, verdict: str, why: str) -> None:
    assert_judged(real_checker, statement, verdict, why)
