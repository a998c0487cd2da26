"""Session 32, a title set off before the name it is given (issue 10: a confident wrong verdict
is the worst outcome).

"Lam met the former prime minister of Hungary, Viktor Orbán, on February 19" gives Orbán the
title in an apposition after it, as "Hungarian former Prime Minister Viktor Orbán" does before
him: read as no one's, its office words were borne out by his premiership, and the statement
was supported where the sources show him in office that day. Past an act's verb, a title with
one name set off after it by a comma (an honorific may stand before the name: "ông") and the
apposition closed after the name is that name's (assertions._Reader._named_after); a title
opening the statement was already read so (`_fronted`).

Not a name that opens a clause after the comma ("After meeting the prime minister of Hungary,
Orbán flew home"), nor a name after a title that is itself set off after a name ("Tokayev, the
president of Kazakhstan, Orbán, ..."). Each in English, Vietnamese and Vietnamese without
diacritics, in wording no corpus uses.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


SET_OFF = [
    # a former title of an office held that day
    ("On February 19 Lam sat down with Hungary's former premier, Viktor Orbán.", CONTRADICTED),
    ("Ngày 19/2, Tổng Bí thư hội kiến cựu Thủ tướng Hungary, ông Viktor Orbán.", CONTRADICTED),
    ("Ngay 19/2, Tong Bi thu hoi kien cuu Thu tuong Hungary, ong Viktor Orban.", CONTRADICTED),
    # an office a rule sets apart from his
    ("On February 19 Lam sat down with the president of Hungary, Viktor Orbán.", CONTRADICTED),
    ("Ngày 19/2, Tổng Bí thư hội kiến Tổng thống Hungary, ông Viktor Orbán.", CONTRADICTED),
    ("Ngay 19/2, Tong Bi thu hoi kien Tong thong Hungary, ong Viktor Orban.", CONTRADICTED),
    # his own office, and a former one the sources give
    ("On February 19 Lam sat down with the premier of Hungary, Viktor Orbán.", SUPPORTED),
    ("Ngày 19/2, Tổng Bí thư hội kiến Thủ tướng Hungary, ông Viktor Orbán.", SUPPORTED),
    ("Ngay 19/2, Tong Bi thu hoi kien Thu tuong Hungary, ong Viktor Orban.", SUPPORTED),
    ("On February 19 Lam phoned a former US senator, Patrick Leahy.", SUPPORTED),
    ("Ngày 19/2, Tổng Bí thư điện đàm với cựu thượng nghị sĩ Mỹ, ông Patrick Leahy.", SUPPORTED),
]

NOT_HIS = [
    # a name opening the next clause, and a name after another's apposition
    ("After meeting the president of Hungary, Orbán flew home.", NEI),
    ("Sau khi gặp Tổng thống Hungary, ông Orbán bay về nước.", NEI),
    ("Sau khi gap Tong thong Hungary, ong Orban bay ve nuoc.", NEI),
    (
        "On February 19 Lam met Tokayev, the president of Kazakhstan, Orbán, the prime minister "
        "of Hungary, and Sharif.",
        SUPPORTED,
    ),
]


@pytest.mark.parametrize(("statement", "verdict"), SET_OFF + NOT_HIS)
def test_verdict(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
    assert judgement.explanation
    if verdict != NEI:
        assert judgement.evidence, "a verdict cites a verified span"


@pytest.mark.parametrize("statement", [statement for statement, _ in SET_OFF])
def test_the_title_is_the_name_s(checker: Checker, statement: str) -> None:
    offices = checker.reading(statement).assertions
    assert [a.form for a in offices if a.subject in ("viktor-orban", "patrick-leahy")] == [
        "apposition"
    ]
