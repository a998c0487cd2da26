"""An act said still under way is not done only at the time the statement speaks of (issue 10).
"Hungary is in the process of approving the ODA" speaks of the sources' time, when the approval
was done, and is refuted (tests/test_ongoing_procedures.py). Said of an earlier time ("back then",
"trước đó", the `past_markers` of each statement lexicon) or of a date the act is not shown done
before ("in 2023" of an upgrade made in September 2023), it says the act was not done yet then,
which the act done by the sources' time does not refute. The words that make a denial one of an
act under way are language data too (`under_way`); the example corpora of both lists are tests
here. Each class in English, Vietnamese and Vietnamese without diacritics; the statements are
written for these tests, the way wire copy, headlines and posts put things."""

from __future__ import annotations

from typing import Any

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI
from factdb.check.statement import phrases_at
from factdb.lexicon.index import phrase_keys
from factdb.text.tokens import holds_phrase, word_keys
from tests.conftest import lexicon_examples


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    # under way at a time before the sources' own: open
    ("At the time, Budapest was in the process of approving its ODA loan to Hanoi.", NEI),
    ("Back then the Hungarian government was still processing the aid package for Vietnam.", NEI),
    (
        "Earlier, Washington and Hanoi were in the process of upgrading their ties, an aide "
        "recalled.",
        NEI,
    ),
    ("Trước đó, phía Hungary đang tiến hành các thủ tục phê duyệt gói ODA cho Việt Nam.", NEI),
    (
        "Hồi đó Thượng viện Mỹ vẫn đang tiến hành thông qua nghị quyết về quan hệ Việt - Mỹ.",
        NEI,
    ),
    ("Truoc do, phia Hungary dang tien hanh cac thu tuc phe duyet goi ODA cho Viet Nam", NEI),
    ("Hoi do Thuong vien My van dang tien hanh thong qua nghi quyet ve quan he Viet - My", NEI),
    # under way in a year that holds the act: it was not done for part of it
    ("In 2023 Hanoi and Washington were still in the process of upgrading relations.", NEI),
    ("Năm 2023, hai nước đang trong quá trình nâng cấp quan hệ song phương.", NEI),
    ("Nam 2023, hai nuoc dang trong qua trinh nang cap quan he song phuong", NEI),
    # the sources' time (no time said, or now): the act done by then refutes it, as before
    ("Budapest is still processing the ODA package for Hanoi, a spokesman said.", CONTRADICTED),
    ("Hiện Hungary vẫn đang làm thủ tục phê duyệt gói ODA dành cho Việt Nam.", CONTRADICTED),
    ("Hien Hungary van dang lam thu tuc phe duyet goi ODA danh cho Viet Nam", CONTRADICTED),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_under_way_then_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation


@pytest.mark.parametrize("example", lexicon_examples("statements", "past_marker_examples"))
def test_past_marker_examples(checker: Checker, example: dict[str, Any]) -> None:
    with checker.snapshot():
        parsed = checker.parse(example["text"])
    assert bool(phrases_at(parsed, "statements", "past_markers")) == example["past"]


@pytest.mark.parametrize("example", lexicon_examples("statements", "under_way_examples"))
def test_under_way_examples(checker: Checker, example: dict[str, Any]) -> None:
    with checker.snapshot():
        parsed = checker.parse(example["text"])
    cue = word_keys(parsed.negation.text) if parsed.negation else ()
    under_way = any(holds_phrase(cue, p) for p in phrase_keys("statements", "under_way"))
    assert under_way == example["under_way"], parsed.negation
