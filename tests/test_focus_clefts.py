"""Polarity by alternatives (issue 10), session 35: the Vietnamese focus word of a cleft.

"Chính ông Daines, chứ không phải ông Hagerty, ..." is Vietnamese for "It was Daines, not
Hagerty, who ...": "chính" before a name only puts the name in focus, as the fillers "it was ...
who" of the English cleft do, and is no detail for the claims to bear out (`focus_words` in
lexicon/vi/statements.yaml, check.fillers.focus_words). So the name the alternative denies is
read in its place, and a claim that he did it refutes the statement, as in English. "chính"
that is no focus stays the claims' to say: "đối tác chính" (the main partner), "chính sách",
a name ("Phạm Minh Chính"). Each class in English, Vietnamese and Vietnamese without
diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED

GREETINGS = "hagerty-new-year-greetings-to-lam-2026-02-18"
CONGRESS = "to-lam-requested-congress-fund-bien-hoa-dioxin-2026-02-18"
PHONED = "to-lam-phone-call-leahy-2026-02-19"


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


ROWS = [
    # the name an alternative denies did it: refuted
    (
        "It was Daines, not Hagerty, who wished the party chief a happy Lunar New Year.",
        CONTRADICTED,
        GREETINGS,
    ),
    (
        "Chính TNS Daines, chứ không phải TNS Hagerty, đã gửi lời chúc mừng năm mới tới TBT Tô Lâm",
        CONTRADICTED,
        GREETINGS,
    ),
    (
        "Chinh TNS Daines, chu khong phai TNS Hagerty, da gui loi chuc mung nam moi toi TBT To Lam",
        CONTRADICTED,
        GREETINGS,
    ),
    (
        "Chinh TNS Daines chu khong phai ong Leahy duoc Tong Bi thu dien dam hom 19/2",
        CONTRADICTED,
        PHONED,
    ),
    # the focus word alone, of what the sources bear out
    ("Chính ông Hagerty đã gửi lời chúc Tết tới Tổng Bí thư Tô Lâm.", SUPPORTED, GREETINGS),
    ("Chinh ong Hagerty da gui loi chuc Tet toi Tong Bi thu To Lam", SUPPORTED, GREETINGS),
    (
        "Chính Tổng Bí thư đề nghị Quốc hội Mỹ tiếp tục tài trợ dự án xử lý dioxin ở sân bay "
        "Biên Hòa.",
        SUPPORTED,
        CONGRESS,
    ),
    (
        "It was To Lam who urged Congress to keep funding the Bien Hoa dioxin cleanup.",
        SUPPORTED,
        CONGRESS,
    ),
    # traps: a name in focus, or one denied, the claims do not give the act to; "chính" of no
    # focus
    (
        "Chính ông Hagerty, chứ không phải ông Daines, đã gửi lời chúc Tết tới Tổng Bí thư.",
        NEI,
        "denies of Daines",
    ),
    (
        "Chính Tổng Bí thư Tô Lâm, chứ không phải ông Daines, đã điện đàm với ông Leahy.",
        NEI,
        "denies of Daines",
    ),
    ("Chính ông Daines đã gửi lời chúc Tết tới Tổng Bí thư Tô Lâm.", NEI, "Daines"),
    ("It was Daines who sent the party chief Lunar New Year greetings.", NEI, "Daines"),
    ("Chinh ong Daines da gui loi chuc Tet toi Tong Bi thu", NEI, "Daines"),
    ("Mỹ là đối tác chính của Việt Nam trong khắc phục hậu quả chiến tranh.", NEI, "chính"),
    (
        "Tổng Bí thư đề nghị Quốc hội Mỹ tiếp tục chính sách tài trợ dự án dioxin ở Biên Hòa.",
        NEI,
        "chính sách",
    ),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), ROWS)
def test_focus_clefts(checker: Checker, statement: str, verdict: str, why: str) -> None:
    # an exclusion's verdict cites the claim in its reason, with no evidence of its own
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
    assert why in judgement.explanation, judgement.explanation
