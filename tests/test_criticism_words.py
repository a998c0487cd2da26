"""Words of criticism the press uses for a stance turned round (issue 10, session 22): "faulted",
"took a swipe at", "chê trách", "công kích" say the opposite of the praise the claim's own
speaker gave, as "criticised" and "phê phán" do (`turned` in lexicon/<lang>/stances.yaml). Given
to anyone else, or falling on someone else, they stay not enough info."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker

NEI = "not_enough_info"
CONTRADICTED = "contradicted"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
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
            "supported",
        ),
    ],
)
def test_criticism_turns_the_stance(real_checker: Checker, text: str, verdict: str) -> None:
    with real_checker.snapshot():
        assert real_checker.check(text).verdict == verdict
