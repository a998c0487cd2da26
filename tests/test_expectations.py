"""A speaker's expectation or belief about an act to come (issue 10), session 35.

"Hagerty expects ...", "TNS Hagerty kỳ vọng ...", "Ông Hagerty tin ..." give the speaker's
expectation that the two countries will finish the trade deal: his own confidence that they
will, which the sources give as a plan in his words, bears it out (`expectations` in
lexicon/<lang>/stances.yaml, assess.expects_planned; a bare "tin" is a belief, `regarded`), and
no deal is read as done, so the claim that it is not yet concluded does not weigh on it. The
progress he reported is said with the wire's "headway" and "bước tiến" too (the topic's
aliases). Traps: another speaker's expectation, a deal said done, a belief in a compound word
("tin cậy"). English, Vietnamese and Vietnamese without diacritics; the statements are written
for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import assert_judged, lexicon_examples

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED

EXPECTS = "hagerty-expects-reciprocal-trade-agreement-soon-2026-02-18"
PROGRESS = "hagerty-said-important-progress-trade-talks-2026-02-18"


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


ROWS = [
    # his expectation of the deal to come, of his confidence in it
    (
        "Hagerty expects Vietnam and the United States to conclude the reciprocal trade deal soon",
        SUPPORTED,
        EXPECTS,
    ),
    (
        "Sen. Hagerty is expecting Hanoi and Washington to sign the reciprocal trade agreement"
        " soon",
        SUPPORTED,
        EXPECTS,
    ),
    (
        "Thượng nghị sĩ Hagerty kỳ vọng hai nước Việt Nam, Mỹ sẽ sớm ký kết hiệp định"
        " thương mại đối ứng",
        SUPPORTED,
        EXPECTS,
    ),
    (
        "Ông Hagerty tin Hà Nội và Washington sẽ sớm hoàn tất hiệp định thương mại đối ứng",
        SUPPORTED,
        EXPECTS,
    ),
    (
        "Ong Hagerty tin Viet Nam va My se som hoan tat hiep dinh thuong mai doi ung",
        SUPPORTED,
        EXPECTS,
    ),
    (
        "TNS Hagerty ky vong Viet Nam va My se som ky ket hiep dinh thuong mai doi ung",
        SUPPORTED,
        EXPECTS,
    ),
    # the progress he reported, in the wire's words
    (
        "Hagerty told Lam the two countries had made significant headway on the reciprocal"
        " trade deal",
        SUPPORTED,
        PROGRESS,
    ),
    (
        "Ông Hagerty nói hai nước đã có bước tiến quan trọng trong đàm phán hiệp định"
        " thương mại đối ứng",
        SUPPORTED,
        PROGRESS,
    ),
    (
        "Ong Hagerty noi hai nuoc da co buoc tien quan trong trong dam phan hiep dinh"
        " thuong mai doi ung",
        SUPPORTED,
        PROGRESS,
    ),
    # traps: another speaker's expectation, none of his
    (
        "Leahy expects Vietnam and the United States to conclude the reciprocal trade deal soon",
        NEI,
        "Patrick Leahy",
    ),
    (
        "Ông Leahy tin Hà Nội và Washington sẽ sớm hoàn tất hiệp định thương mại đối ứng",
        NEI,
        "Patrick Leahy",
    ),
    (
        "Ong Leahy ky vong Viet Nam va My se som hoan tat hiep dinh thuong mai doi ung",
        NEI,
        "Patrick Leahy",
    ),
    # the deal said done in his belief: his words gave it still to come
    (
        "Ông Hagerty tin Hà Nội và Washington đã hoàn tất hiệp định thương mại đối ứng",
        CONTRADICTED,
        EXPECTS,
    ),
    # trust named, no belief said
    (
        "Hai bên vui mừng khi tin cậy chính trị tiếp tục tăng cường",
        SUPPORTED,
        "hagerty-glad-growing-political-trust-2026-02-18",
    ),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), ROWS)
def test_expectations(checker: Checker, statement: str, verdict: str, why: str) -> None:
    assert_judged(checker, statement, verdict, why)


@pytest.mark.parametrize("example", lexicon_examples("stances", "expectation_examples"))
def test_expectation_examples(checker: Checker, example: dict[str, Any]) -> None:
    assert checker.check(example["text"]).verdict == example["verdict"]
