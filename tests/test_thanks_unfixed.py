"""Thanks for a deed given to someone else, with no exchange fixed (issue 10), session 33.

The sources give Tô Lâm's thanks for the Senate's 30th-anniversary resolution to Daines alone,
on their call of 18 February; the claims also report Lâm's call with Hagerty that day. Thanks
for that deed given to Hagerty are refuted only where the statement fixes the exchange: a date
on the claim's day, the encounter itself ("spoke with Hagerty and thanked him"), or the claim's
occasion (assess.other_thanked, through exchange_fixed). Undated and set in no encounter, they
may have been given on an occasion the sources do not report, whose silence refutes nothing;
naming Lâm fixes none, as he took part in every exchange. Each in English, Vietnamese and
Vietnamese without diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


PRAISED = "to-lam-praised-daines-resolution-2026-02-18"

# (statement, verdict, a claim the verdict cites, or "" for none)
VERDICTS = [
    # undated, in no encounter: open
    (
        "Vietnam's party chief To Lam thanked Bill Hagerty for his efforts to steer the "
        "30th-anniversary resolution through the Senate.",
        NEI,
        "",
    ),
    (
        "Tô Lâm gửi lời cảm ơn ông Hagerty vì đã giúp Thượng viện thông qua nghị quyết kỷ niệm"
        " 30 năm.",
        NEI,
        "",
    ),
    (
        "To Lam gui loi cam on ong Hagerty vi da giup Thuong vien thong qua nghi quyet ky niem"
        " 30 nam.",
        NEI,
        "",
    ),
    # traps: the exchange fixed by its day or by the encounter named stays refuted ...
    (
        "On February 18, To Lam thanked Bill Hagerty for his efforts to steer the "
        "30th-anniversary resolution through the Senate.",
        CONTRADICTED,
        PRAISED,
    ),
    (
        "Hôm 18/2, Tô Lâm cảm ơn ông Hagerty vì đã giúp Thượng viện thông qua nghị quyết kỷ niệm"
        " 30 năm.",
        CONTRADICTED,
        PRAISED,
    ),
    (
        "To Lam dien dam voi ong Hagerty va cam on ong vi da van dong Thuong vien thong qua nghi"
        " quyet ky niem 30 nam quan he ngoai giao.",
        CONTRADICTED,
        PRAISED,
    ),
    # ... the one thanked is still borne out, undated ...
    (
        "To Lam thanked Steve Daines for his efforts to steer the 30th-anniversary resolution "
        "through the Senate.",
        SUPPORTED,
        PRAISED,
    ),
    (
        "Tô Lâm cảm ơn ông Daines vì đã giúp Thượng viện thông qua nghị quyết kỷ niệm 30 năm.",
        SUPPORTED,
        PRAISED,
    ),
    # ... and another year is another occasion
    (
        "In 2023, To Lam thanked Bill Hagerty for his efforts to steer the 30th-anniversary"
        " resolution through the Senate.",
        NEI,
        "",
    ),
]


@pytest.mark.parametrize(("statement", "verdict", "claim"), VERDICTS)
def test_thanks_to_another_verdicts(
    checker: Checker, statement: str, verdict: str, claim: str
) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation
    if claim:
        assert claim in result.explanation
    else:
        assert "Steve Daines, not" not in result.explanation
