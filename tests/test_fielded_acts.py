"""Session 34, coverage: a view of cooperation said as the verb, with its fields.

The press drops the sources' verb of agreement and says the priority itself ("Các bên ưu tiên
hợp tác kinh tế, thương mại ...", "the two leaders prioritised cooperation in trade and
transport"): the view's words are then the statement's only verb, and the act they name is the
one the sources tell, the sides' agreement (`acts` in lexicon/world/fields.yaml, read by
factdb.check.parse). The fields are still weighed against the claim's quote, as with "agreed to
prioritise" (tests/test_cooperation_fields.py). A verb of the statement's own keeps its reading
(a request stays a request, a wish word governs the act), and a denial is left as before: a
denial would be weighed without the fields it is said of.

Each in English, Vietnamese and Vietnamese without diacritics; traps that stay not enough info:
a field the sources do not give, a partner the field was not agreed with, another year, a plan,
a wish, a denial.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED
from factdb.check.topics import fielded, fielded_acts


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


PRIORITIES = "to-lam-agreed-cooperation-priorities-with-"

ROWS = [
    ("The two sides prioritised cooperation in digital transformation and transport.", SUPPORTED),
    ("Hai bên ưu tiên hợp tác thương mại, chuyển đổi xanh và khoa học – công nghệ.", SUPPORTED),
    ("Hai ben uu tien hop tac thuong mai, chuyen doi xanh va khoa hoc - cong nghe", SUPPORTED),
    ("Lam and Mirziyoyev prioritised cooperation in investment.", SUPPORTED),
    ("Tô Lâm và Tổng thống Tokayev ưu tiên hợp tác đầu tư.", SUPPORTED),
    ("To Lam va Tong thong Tokayev uu tien hop tac dau tu", SUPPORTED),
    # traps: a field the quote does not give, a partner the field was not agreed with
    ("The two sides prioritised cooperation in space exploration and defence.", NEI),
    ("Hai bên ưu tiên hợp tác quốc phòng và an ninh mạng.", NEI),
    ("Hai ben uu tien hop tac quoc phong va an ninh mang", NEI),
    ("Lam and Orban prioritised cooperation in investment.", NEI),
    ("Tô Lâm và Thủ tướng Orbán ưu tiên hợp tác đầu tư.", NEI),
    # another year, a plan, a wish, a denial
    ("In 2019 the two sides prioritised cooperation in trade.", NEI),
    ("Năm 2019, hai bên ưu tiên hợp tác thương mại.", NEI),
    ("Hai bên sẽ ưu tiên hợp tác thương mại trong năm 2030.", NEI),
    ("Pashinyan muốn ưu tiên hợp tác kinh tế với Việt Nam.", NEI),
    ("Hai bên không ưu tiên hợp tác quốc phòng.", NEI),
    ("Hai ben khong uu tien hop tac an ninh mang", NEI),
    ("The two sides did not prioritise cooperation in defence.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), ROWS)
def test_a_view_said_as_the_verb(checker: Checker, statement: str, verdict: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation
    if verdict == SUPPORTED:
        assert any(c.id.startswith(PRIORITIES) for c in result.evidence), result.explanation


def test_the_view_is_read_as_its_act(checker: Checker) -> None:
    parsed = checker.parse("Hai bên ưu tiên hợp tác thương mại và giao thông vận tải.")
    assert "agreed" in parsed.predicates
    # a wish word before it governs the act: a wish, which no agreement bears out
    parsed = checker.parse("Pashinyan muốn ưu tiên hợp tác kinh tế với Việt Nam.")
    assert parsed.modality == "wish"
    # with a verb of its own, that verb is the act
    parsed = checker.parse("Tổng Bí thư đề nghị ưu tiên hợp tác kinh tế với Armenia.")
    assert "agreed" not in parsed.predicates


def test_each_act_is_of_a_view_read_with_its_fields(checker: Checker) -> None:
    for tid, predicate in fielded_acts().items():
        assert tid in fielded(), tid
        assert predicate in checker.vocab.predicates, predicate
