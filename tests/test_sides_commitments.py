"""What both sides committed to, said as the sides' pledge (session 29).

"Việt Nam và Séc cam kết tận dụng EVFTA", "hai bên cam kết ...", "the two sides pledged ..." give
the sides a pledge whose verb also reads as their words. The sources report their agreement as
a fact (Tô Lâm agreed with Macinka to make use of the EVFTA), which bears the pledge out. A
speaker's claim decides instead only where it reports the same content: one that leaves out
what the fact names of the statement ("Vietnam committed to the MIA search", which does not
name the EVFTA) is other words, and neither keeps the fact from deciding nor decides itself
(`Judge._part`). Traps: another side, and words the sources give to someone else, which stay
not enough info. English, Vietnamese and Vietnamese without diacritics; the statements are
written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    ("Việt Nam và Séc cam kết tận dụng EVFTA.", SUPPORTED),
    ("Viet Nam va Sec cam ket tan dung EVFTA.", SUPPORTED),
    ("Vietnam and the Czech Republic pledged to make use of the EVFTA.", SUPPORTED),
    ("Tổng Bí thư hội kiến Phó Thủ tướng Séc Macinka, hai bên cam kết tận dụng EVFTA.", SUPPORTED),
    ("Tong Bi thu hoi kien Pho Thu tuong Sec Macinka, hai ben cam ket tan dung EVFTA.", SUPPORTED),
    (
        "Lam met Czech Deputy Prime Minister Macinka, and the two sides pledged to make use of "
        "the EVFTA.",
        SUPPORTED,
    ),
    # the speaker's own words, as before
    ("Việt Nam cam kết hợp tác tìm kiếm quân nhân Mỹ mất tích.", SUPPORTED),
    # traps: another side, whom no claim gives the agreement
    ("Việt Nam và Hungary cam kết tận dụng EVFTA.", NEI),
    ("Viet Nam va Hungary cam ket tan dung EVFTA.", NEI),
    ("Vietnam and Hungary pledged to make use of the EVFTA.", NEI),
    # traps: what the sources give as Daines' gladness is not Lam's words by the fact alone
    ("Lam said the US is Vietnam's second-largest trading partner.", NEI),
    ("Ông Tô Lâm nói Mỹ là đối tác thương mại lớn thứ hai của Việt Nam.", NEI),
    ("Ong To Lam noi My la doi tac thuong mai lon thu hai cua Viet Nam.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_sides_commitment_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation
