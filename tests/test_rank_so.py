""" "số 2" in Vietnamese, "nhân vật số 2 của chính phủ Séc", is a rank (No. 2), not a count: "số"
before a number is a rank's prefix (`bare_prefixes` in lexicon/vi/numbers.yaml) where no unit or
counted noun follows the number, as "thứ hai", "lớn thứ hai" already were. Before, "số 2" left
a bare 2 that a count of the occasion's acts could be weighed against. "tổng số 200 học bổng",
"con số 9 nhà lãnh đạo" keep their count (`bare_prefix_examples`, which are tests). English "No.
2", "number 2" were ranks already. Vietnamese with and without diacritics, English controls."""

from __future__ import annotations

import pytest
from conftest import lexicon_examples

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI
from factdb.extract.quantities import find_quantities


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize("example", lexicon_examples("numbers", "bare_prefix_examples"))
def test_bare_prefix_examples(example: dict[str, object]) -> None:
    found = [(q.unit, q.value) for q in find_quantities(str(example["text"]))]
    assert found == [(example["unit"], example["value"])], example


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Czech Deputy PM Macinka, his government's No. 2, met Lam", "rank"),
        ("Phó Thủ tướng Macinka, nhân vật số hai của chính phủ Séc", "rank"),
        ("Pho Thu tuong Macinka, nhan vat so 2 cua chinh phu Sec", "rank"),
        ("Tổng Bí thư gặp số 9 nhà lãnh đạo", None),
    ],
)
def test_so_before_a_number_is_a_rank(text: str, unit: str | None) -> None:
    assert [q.unit for q in find_quantities(text)] == [unit]


VERDICTS = [
    # the rank is a detail no claim gives; it is not weighed as a count of leaders met
    ("Sáng 19/2, Tổng Bí thư gặp nhân vật số 2 của chính phủ Séc, ông Macinka", NEI, "số 2"),
    ("Sang 19/2, TBT gap nhan vat so 2 cua chinh phu Sec, ong Macinka", NEI, "so 2"),
    ("On Feb. 19 Lam met the Czech government's No. 2, Deputy PM Macinka", NEI, "No. 2"),
    # a count beside it is still a count
    ("Ngày 19/2, Tổng Bí thư gặp 2 nhà lãnh đạo", CONTRADICTED, "name 9"),
    ("Ngay 19/2, TBT gap 2 nha lanh dao", CONTRADICTED, "name 9"),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), VERDICTS)
def test_rank_verdicts(checker: Checker, statement: str, verdict: str, why: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
    assert why in judgement.explanation, judgement.explanation
