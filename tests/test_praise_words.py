"""Words of praise and criticism the press uses (issue 10, session 22): "complimented",
"extolled", "khen ngợi" say the praise the claim's speaker gave, as "praised" and "đánh giá cao"
do; "faulted", "took a swipe at", "chê trách", "công kích" say its opposite, as "criticised" and
"phê phán" do (`stances` and `turned` in lexicon/<lang>/stances.yaml). Given to anyone else, or
falling on someone else, they stay not enough info."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker

NEI = "not_enough_info"
CONTRADICTED = "contradicted"
SUPPORTED = "supported"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Lam complimented Trump's efforts to promote peace, he told Hegseth", SUPPORTED),
        ("Tô Lâm khen ngợi nỗ lực thúc đẩy hòa bình của Tổng thống Trump", SUPPORTED),
        ("To Lam khen ngoi no luc thuc day hoa binh cua Tong thong Trump", SUPPORTED),
        ("Orbán extolled Trump's efforts to promote peace", NEI),
        ("Ông Orbán tán dương nỗ lực thúc đẩy hòa bình của Tổng thống Trump", NEI),
        ("Lam faulted Trump's efforts to promote peace, he told Hegseth.", CONTRADICTED),
        (
            "In his talks with Hegseth, Lam took a swipe at Trump's efforts to promote peace",
            CONTRADICTED,
        ),
        ("Lam rebuked Trump's peace efforts", CONTRADICTED),
        ("Tô Lâm chê trách nỗ lực thúc đẩy hòa bình của Tổng thống Trump", CONTRADICTED),
        ("To Lam che trach no luc thuc day hoa binh cua Tong thong Trump", CONTRADICTED),
        ("Tô Lâm công kích nỗ lực giải quyết xung đột của Tổng thống Trump", CONTRADICTED),
        # another speaker, or the criticism falling on someone else
        ("Orbán faulted Trump's efforts to promote peace.", NEI),
        ("Ông Orbán chê trách nỗ lực thúc đẩy hòa bình của Tổng thống Trump", NEI),
        ("Lam faulted critics of Trump's efforts to promote peace", NEI),
        # a word holding "trach" is no criticism ("có trách nhiệm": responsibly)
        (
            "TNS Hagerty cam on Viet Nam da hop tac tich cuc va co trach nhiem trong viec tim"
            " kiem quan nhan My mat tich",
            SUPPORTED,
        ),
    ],
)
def test_praise_and_criticism_words(real_checker: Checker, text: str, verdict: str) -> None:
    with real_checker.snapshot():
        assert real_checker.check(text).verdict == verdict
