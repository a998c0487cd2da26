"""The one thanked is checked inside a speaker's quoted words as outside them.

"'I thank the General Secretary for his contributions to the relationship,' Lam told Leahy"
has Lâm (the "I") thank Lâm (the title's one holder): the claims give his thanks of that
occasion to Leahy, whom no word of thanks in the statement names. Its speaker accounts for his
name as the one who thanks, never as the one thanked, so the title (or his name) right after
the word of thanks is left to account for (accounting.self_thanked) and the verdict abstains,
as it does for a wrong one thanked whom the claims do not bear out ("Lam thanked Hagerty for his
contributions, in his call with Leahy"). Kept: the one thanked as the claims have him ("you,
Senator", "Leahy"), and the title in another speaker's words, whose holder he thanks.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED

CASES = [
    # the reviewer's finding: Lâm thanking himself
    (
        "'I thank the General Secretary for his contributions to the relationship,' Lam told"
        " Leahy.",
        NEI,
    ),
    ("'I thank Lam for his contributions to the relationship,' Lam told Leahy.", NEI),
    ("Lam thanked the General Secretary for his contributions to the relationship.", NEI),
    (
        "“Tôi cảm ơn Tổng Bí thư vì những đóng góp cho quan hệ hai nước”, Tổng Bí thư nói với"
        " ông Leahy.",
        NEI,
    ),
    (
        "“Tôi cảm ơn Tổng Bí thư vì những đóng góp cho quan hệ hai nước”, ông Tô Lâm nói với"
        " ông Leahy.",
        NEI,
    ),
    (
        "'Toi cam on Tong Bi thu vi nhung dong gop cho quan he hai nuoc', Tong Bi thu noi voi"
        " ong Leahy.",
        NEI,
    ),
    # the wrong one thanked on that occasion, as it was judged already
    ("Lam thanked Hagerty for his contributions, in his call with Leahy", NEI),
    ("'I thank Hagerty for his contributions to the relationship,' Lam told Leahy.", NEI),
    # kept: the title in Leahy's words is Lâm, whom the claims have thank Leahy
    (
        "'I thank the General Secretary for his contributions to the relationship,' Leahy told"
        " Lam.",
        CONTRADICTED,
    ),
    # kept: the one thanked as the claims have him
    ("'I thank Leahy for his contributions to the relationship,' Lam said.", SUPPORTED),
    ("Lam thanked Leahy for his contributions to the relationship.", SUPPORTED),
]


@pytest.mark.parametrize(("statement", "verdict"), CASES)
def test_one_thanked(real_checker: Checker, statement: str, verdict: str) -> None:
    judged = real_checker.check(statement)
    assert (judged.verdict, statement) == (verdict, statement)
