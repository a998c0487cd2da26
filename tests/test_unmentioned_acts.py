"""An act said not talked about at an encounter its source tells it at (session 34).

"Met Orbán but did not discuss ODA", "gặp Orbán nhưng không bàn về ODA" deny that the act was
talked about (`mention_verbs` in lexicon/<lang>/statements.yaml, factdb.check.unmentioned): the
approval Orbán told Lâm of at that meeting refutes it, whatever was said of it. Another party or
beneficiary, no encounter named, another year, a figure of its own (which may be what was not
talked about) and a fact no one's words give at that encounter stay open. In English,
Vietnamese and Vietnamese without diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI

TOLD = {
    "orban-said-hu-oda-400m-usd-2026-02-19",
    "orban-said-hu-scholarships-200-per-year-2026-02-19",
}

VERDICTS = [
    ("Lam sat down with Orbán in Washington but the two never discussed the ODA.", CONTRADICTED),
    ("To Lam met Viktor Orban, though he did not bring up the scholarships.", CONTRADICTED),
    ("Tổng Bí thư Tô Lâm hội kiến Thủ tướng Orbán nhưng không đề cập đến ODA.", CONTRADICTED),
    ("TBT To Lam gap Thu tuong Orban nhung khong nhac toi hoc bong", CONTRADICTED),
    # traps: another party, no encounter named, another year, a figure of its own
    ("Lam met Prabowo but never discussed the ODA.", NEI),
    ("Tô Lâm gặp Tổng thống Prabowo nhưng không bàn về ODA.", NEI),
    ("Tô Lâm không bàn về ODA.", NEI),
    ("To Lam did not discuss the ODA.", NEI),
    ("Năm 2019, Tô Lâm gặp Orbán nhưng không bàn về ODA.", NEI),
    ("Nam 2019, To Lam gap Orban nhung khong ban ve ODA", NEI),
    ("Tô Lâm gặp Orbán nhưng không bàn về khoản ODA 500 triệu USD.", NEI),
    ("Lam met Orbán but did not discuss a $500 million ODA package.", NEI),
    # ... another beneficiary, a fact no one's words give at that encounter (the year's trade)
    ("Lam met Orbán but did not discuss ODA for Cambodia.", NEI),
    ("Tô Lâm gặp Orbán nhưng không bàn về ODA của Nhật Bản.", NEI),
    ("Lam met Orbán but they did not discuss trade.", NEI),
    ("To Lam gap Orban nhung khong ban ve thuong mai", NEI),
]


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_unmentioned_act_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation
    if verdict == CONTRADICTED:
        assert TOLD & {c.id for c in result.evidence}, result.explanation
        assert "not talked about" in result.explanation
