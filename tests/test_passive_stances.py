"""Who thanked whom, said in the passive (issue 10, predicates), session 35.

"Senator Daines was thanked by the party chief for the resolution", "Ông Daines được Tổng Bí thư
cảm ơn vì ..." say what "the party chief thanked Daines for ..." says: the subject is the one
thanked or praised, the agent (after "by", right after "được") the one who thanks. The statement
is read in the active voice (`passive_stances` in lexicon/<lang>/stances.yaml,
check.passives.active_stance), so the claims of who thanked whom bear it out or, with the names
the other way round or another one thanked on that occasion, refute it as they do the active
sentence. With no agent ("Daines was thanked for ...") nothing says who thanked him: the
statement is read as it stands. Each class in English, Vietnamese and Vietnamese without
diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED
from tests.conftest import assert_judged

THANKS = "to-lam-praised-daines-resolution-2026-02-18"
THANKED = "to-lam-thanked-daines-resolution-2026-02-18"


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


ROWS = [
    # the one thanked as subject, who thanked him as agent
    (
        "Senator Daines was thanked by To Lam for the 30th-anniversary resolution.",
        SUPPORTED,
        THANKS,
    ),
    (
        "Daines, a Foreign Relations Committee member, has been thanked by Lam for the "
        "30th-anniversary resolution.",
        SUPPORTED,
        THANKS,
    ),
    (
        "Thượng nghị sĩ Daines được Tổng Bí thư Tô Lâm cảm ơn vì nỗ lực thúc đẩy nghị quyết "
        "kỷ niệm 30 năm quan hệ ngoại giao.",
        SUPPORTED,
        THANKS,
    ),
    (
        "Thuong nghi si Daines duoc Tong Bi thu To Lam cam on vi no luc thuc day nghi quyet "
        "ky niem 30 nam quan he ngoai giao",
        SUPPORTED,
        THANKS,
    ),
    (
        "Ông Daines, thành viên Ủy ban Đối ngoại Thượng viện, được chính Tổng Bí thư gửi lời "
        "cảm ơn vì nghị quyết kỷ niệm 30 năm quan hệ ngoại giao.",
        SUPPORTED,
        THANKED,
    ),
    # another one thanked for it on that occasion: refuted, as the active sentence is
    (
        "Senator Hagerty was thanked by To Lam for the 30th-anniversary resolution.",
        CONTRADICTED,
        THANKS,
    ),
    (
        "Thượng nghị sĩ Hagerty được Tổng Bí thư cảm ơn vì nghị quyết kỷ niệm 30 năm quan hệ "
        "ngoại giao.",
        CONTRADICTED,
        THANKS,
    ),
    (
        "Thuong nghi si Hagerty duoc Tong Bi thu cam on vi nghi quyet ky niem 30 nam quan he "
        "ngoai giao",
        CONTRADICTED,
        THANKS,
    ),
    # the names the other way round: Lam thanked Daines, and he alone on that occasion
    ("To Lam was thanked by Daines for the 30th-anniversary resolution.", CONTRADICTED, THANKED),
    (
        "Tổng Bí thư Tô Lâm được ông Daines cảm ơn vì nghị quyết kỷ niệm 30 năm.",
        CONTRADICTED,
        THANKED,
    ),
    # traps: another year, no agent
    ("In 2019 Daines was thanked by To Lam for a Senate resolution.", NEI, "2019"),
    (
        "Năm 2019, ông Daines được Tổng Bí thư cảm ơn vì một nghị quyết của Thượng viện.",
        NEI,
        "Daines",
    ),
    (
        "Nam 2019, ong Daines duoc Tong Bi thu cam on vi mot nghi quyet cua Thuong vien",
        NEI,
        "Daines",
    ),
    ("Hagerty was thanked for the 30th-anniversary resolution.", NEI, "Hagerty"),
    ("Ông Hagerty được cảm ơn vì nghị quyết kỷ niệm 30 năm quan hệ ngoại giao.", NEI, "Hagerty"),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), ROWS)
def test_passive_stances(checker: Checker, statement: str, verdict: str, why: str) -> None:
    assert_judged(checker, statement, verdict, why)
