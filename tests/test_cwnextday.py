"""A count of days heading a later clause ("On Feb. 18 Lam spoke with Hagerty; the next day he
met Orbán", "Ngày 18/2, ... ; hôm sau, ông gặp ..."): it dates that clause's act from the act of
the clause before, and the earlier clause's date dates only its own act
(relative.read_relative: `back`; `relative_heads` in lexicon/<lang>/dates.yaml;
relative.anchor_date). The calls with Daines and Hagerty were on 18 February, the meetings with
Orbán and Sharif and the call with Leahy on the 19th.
"""

from __future__ import annotations

import pytest

from factdb.check import relative
from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    # the reviewer's findings
    (
        "Ngày 18/2, Tổng Bí thư điện đàm với ông Daines; hôm sau, ông gặp Thủ tướng Pakistan"
        " Shehbaz Sharif.",
        SUPPORTED,
    ),
    ("On Feb. 18 Lam spoke with Hagerty; the next day he met Orban.", SUPPORTED),
    (
        "On Feb. 18 To Lam spoke with Senator Daines, and the next day with former Senator Leahy.",
        SUPPORTED,
    ),
    (
        "Ngày 18/2, Tổng Bí thư điện đàm với ông Hagerty; hôm sau, ông gặp Thủ tướng Orbán.",
        SUPPORTED,
    ),
    (
        "Ngày 18/2 Tổng Bí thư điện đàm với Thượng nghị sĩ Daines, hôm sau điện đàm với nguyên"
        " Thượng nghị sĩ Leahy.",
        SUPPORTED,
    ),
    (
        "Ngay 18/2, Tong Bi thu dien dam voi ong Hagerty; hom sau, ong gap Thu tuong Orban.",
        SUPPORTED,
    ),
    # paraphrases in the three forms
    (
        "On Feb. 18 Lam phoned Daines; the following day he met Pakistani Prime Minister"
        " Shehbaz Sharif.",
        SUPPORTED,
    ),
    ("On Feb. 18 Lam spoke with Hagerty; a day later he met Orban.", SUPPORTED),
    (
        "Ngay 18/2 Tong Bi thu dien dam voi Thuong nghi si Daines, hom sau dien dam voi nguyen"
        " Thuong nghi si Leahy.",
        SUPPORTED,
    ),
    (
        "Ngay 18/2, Tong Bi thu dien dam voi ong Daines; hom sau, ong gap Thu tuong Pakistan"
        " Shehbaz Sharif.",
        SUPPORTED,
    ),
    # the count said wrong, from the act before: one day apart, not two
    ("On Feb. 18 Lam spoke with Hagerty; two days later he met Orban.", CONTRADICTED),
    (
        "Ngày 18/2, Tổng Bí thư điện đàm với ông Hagerty; hai ngày sau, ông gặp Thủ tướng Orbán.",
        CONTRADICTED,
    ),
    (
        "Ngay 18/2, Tong Bi thu dien dam voi ong Hagerty; hai ngay sau, ong gap Thu tuong Orban.",
        CONTRADICTED,
    ),
    # the first clause's own date still dates its own act: the call was on the 18th (alone,
    # "On Feb. 15 Lam spoke with Hagerty" may be another call: open)
    ("On Feb. 15 Lam spoke with Hagerty; the next day he met Orban.", NEI),
    ("On Feb. 18 Lam met Orban; the next day he spoke with Hagerty.", CONTRADICTED),
    # the Orbán meeting on the morning of the 19th, the Leahy call that afternoon (Washington):
    # a day apart on Hanoi's clock, the same day there: open, never refuted
    ("On Feb. 19 Lam met Orban; the next day he spoke with Leahy.", NEI),
    ("Ngày 19/2, Tổng Bí thư gặp Thủ tướng Orbán; hôm sau, ông điện đàm với ông Leahy.", NEI),
    ("Ngay 19/2, Tong Bi thu gap Thu tuong Orban; hom sau, ong dien dam voi ong Leahy.", NEI),
    # the Daines call a day before the Leahy call on either clock: not two days
    ("On Feb. 18 Lam spoke with Daines; two days later he spoke with Leahy.", CONTRADICTED),
    # a joiner with no mark before it heads a clause too
    ("On Feb. 18 Lam spoke with Hagerty and the next day he met Orban.", SUPPORTED),
    ("Ngay 18/2 Tong Bi thu dien dam voi ong Hagerty va hom sau gap Thu tuong Orban.", SUPPORTED),
    # the order turned round: the call came the day before the meeting, not after it
    ("On Feb. 19 Lam met Orban; the next day he spoke with Hagerty.", CONTRADICTED),
    # kept as today: the clause split with "ngày hôm sau", counts named after their cue, and a
    # count at the end of its clause (the date refutes no claim: test_counted_days.py)
    (
        "Ngày 18/2, Tổng Bí thư điện đàm với ông Hagerty; ngày hôm sau, ông gặp Thủ tướng"
        " Hungary Orbán.",
        SUPPORTED,
    ),
    ("The day after his calls with the two senators, Lam met Orban.", SUPPORTED),
    ("Lam met Orbán the day after his call with Daines.", SUPPORTED),
    ("Hôm sau cuộc điện đàm với TNS Hagerty, Tổng Bí thư gặp Thủ tướng Orbán.", SUPPORTED),
    ("On Feb. 18, To Lam phoned Senator Daines; Leahy got his call the next day.", NEI),
    ("On Feb. 16 Lam phoned Senator Daines, then called Leahy two days later.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_a_count_heading_a_later_clause(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


@pytest.mark.parametrize(
    ("statement", "anchor"),
    [
        ("On Feb. 18 Lam spoke with Hagerty; the next day he met Orban.", "Lam spoke with Hagerty"),
        (
            "Ngay 18/2, Tong Bi thu dien dam voi ong Hagerty; hom sau, ong gap Orban.",
            "voi ong Hagerty",
        ),
        ("On Feb. 18 Lam phoned Daines, and the next day Leahy.", "Lam phoned Daines"),
    ],
)
def test_the_anchor_is_the_clause_before(checker: Checker, statement: str, anchor: str) -> None:
    rel = relative.read_relative(checker.parse(statement))
    assert rel is not None and rel.back
    said = statement[rel.anchor[0] : rel.anchor[1]]
    assert anchor in said and ";" not in said and "next" not in said


def test_a_count_after_its_act_or_naming_its_event_counts_forward(checker: Checker) -> None:
    for statement in (
        "Lam met Orbán, a day after his call with Daines.",
        "The day after his calls with the two senators, Lam met Orban.",
    ):
        rel = relative.read_relative(checker.parse(statement))
        assert rel is not None and not rel.back, statement
