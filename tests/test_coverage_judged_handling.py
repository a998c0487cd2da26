"""How a leader goes about his peace work, judged (issue 10, coverage), session 35.

Lâm praised Trump's efforts to promote peace and settle conflicts in the world. The press
judges the same work by its manner: "Trump's approach to resolving global conflicts", "his
handling of world conflicts", "cách ông Trump giải quyết các xung đột trên thế giới". Those are
the view's aliases (fixtures/vocabulary/entities.yaml), and "cách" may open the object of a
turned verb as "việc" does (`turned_openers` in lexicon/vi/stances.yaml), so criticism of it from
Lâm is refuted by his praise and praise of it borne out. Another critic and another leader's
handling stay open. Each in English, Vietnamese and Vietnamese without diacritics; the
statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED
from tests.conftest import assert_judged

PRAISED = "to-lam-praised-trump-peace-efforts-2025"

VERDICTS = [
    (
        "Party chief Lam criticised Trump's handling of global conflicts.",
        CONTRADICTED,
        PRAISED,
    ),
    (
        "Tổng Bí thư Tô Lâm phê phán cách ông Trump giải quyết các xung đột trên thế giới.",
        CONTRADICTED,
        PRAISED,
    ),
    (
        "Tong Bi thu To Lam phe phan cach ong Trump giai quyet cac xung dot tren the gioi.",
        CONTRADICTED,
        PRAISED,
    ),
    ("To Lam praised Trump's approach to resolving world conflicts.", SUPPORTED, PRAISED),
    (
        "Tổng Bí thư Tô Lâm đánh giá cao cách ông Trump giải quyết các xung đột trên thế giới.",
        SUPPORTED,
        PRAISED,
    ),
    # traps: another critic, another leader's handling
    ("Hun Manet criticised Trump's approach to resolving global conflicts.", NEI, "Hun Manet"),
    (
        "Ông Hun Manet phê phán cách ông Trump giải quyết các xung đột trên thế giới.",
        NEI,
        "Hun Manet",
    ),
    (
        "Ong Hun Manet phe phan cach ong Trump giai quyet cac xung dot tren the gioi.",
        NEI,
        "Hun Manet",
    ),
    ("To Lam criticised Orbán's handling of world conflicts.", NEI, "Orbán"),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), VERDICTS)
def test_judged_handling_verdicts(
    real_checker: Checker, statement: str, verdict: str, why: str
) -> None:
    assert_judged(real_checker, statement, verdict, why)
