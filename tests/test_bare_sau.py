""" "sau" written without diacritics is the preposition "after" far more often than "sáu" (six).
Before a unit it was read as six wherever the unit followed ("Sau tuan nay, ..." as 42 days,
"sau phut dau" as six minutes). It is now six only where the unit is counted
(`counted_units` in lexicon/vi/numbers.yaml, quantities._counted_unit): a word that picks out one
such period after the unit ("nay", "dau", "ngoai") makes it the preposition's noun, and so does a
period of time opening its clause ("Sau ngay hop, ...") unless a count's tail follows ("Sau tuan
sau, ..."). Mid-clause, after a verb, it stays six ("cap sau hoc bong"), as "sáu" with its mark
always is. The lexicon's examples (`counted_unit_examples`) are tests; verdicts in Vietnamese
without diacritics with accented controls (the word has no English form)."""

from __future__ import annotations

import pytest
from conftest import lexicon_examples

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI
from factdb.extract.quantities import find_quantities

SCHOLARSHIPS = "hu-scholarships-200-per-year"


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize("example", lexicon_examples("numbers", "counted_unit_examples"))
def test_counted_unit_examples(example: dict[str, object]) -> None:
    values = [q.value for q in find_quantities(str(example["text"]))]
    assert values == ([] if example.get("none") else [example["value"]]), example


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Sau tuần này, Tổng Bí thư về nước", []),
        ("Hungary cấp sáu học bổng", [6]),
        ("Sáu tuần sau, Tổng Bí thư sang Campuchia", [42]),
        ("Sau phut dau, TBT va ong Orban trao doi", []),
        ("Sau nam nay, kim ngach thuong mai tang", []),
        ("TBT noi chuyen voi ong Leahy trong sau gio", [6]),
    ],
)
def test_sau_is_six_only_where_a_unit_is_counted(text: str, values: list[float]) -> None:
    assert [q.value for q in find_quantities(text)] == values


VERDICTS = [
    # six forced: a verb before it, a counted unit after
    ("Hungary cap sau hoc bong moi nam cho sinh vien Viet Nam", CONTRADICTED, "6 scholarships"),
    ("Hungary cấp sáu học bổng mỗi năm cho sinh viên Việt Nam", CONTRADICTED, "6 scholarships"),
    # the preposition: no figure for the claims to give
    ("Sau tuan nay, Hungary se cap hoc bong cho sinh vien Viet Nam", NEI, ""),
    ("Sau nam ngoai, Hungary tiep tuc cap hoc bong cho sinh vien Viet Nam", NEI, ""),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), VERDICTS)
def test_sau_verdicts(checker: Checker, statement: str, verdict: str, why: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
    assert why in judgement.explanation
    if verdict == NEI:
        # read as "after" (before_after), no figure of six weeks or years in the reason
        assert "the event the statement sets it after" in judgement.explanation
        assert " 6 " not in judgement.explanation and "42" not in judgement.explanation
