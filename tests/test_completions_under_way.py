"""The progressive of a completing verb is the completion under way, not done (issue 10):
"Hanoi and Washington are finalizing the trade deal", "đang hoàn tất thỏa thuận" say the deal is
not concluded yet, which the sources' "not yet concluded" bears out; they were read as the deal
concluded, and refuted. Undated, such a completion is not fixed before the one the sources
report ("Budapest is completing the procedures for its ODA", "đang hoàn tất thủ tục"): the press
writes it of the days a completion is announced as of those before, so the completion leaves it
open (statements.yaml `completions_under_way`, scope.completion_under_way), the same in both
languages. The completion done ("have finalised") and an explicit still under way ("in the
process of approving", "vẫn đang làm thủ tục") keep their verdicts. Each class in English,
Vietnamese and Vietnamese without diacritics; the statements are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED
from factdb.check.scope import completion_under_way
from tests.conftest import lexicon_examples

VERDICTS = [
    # a deal being finalised is a deal not concluded yet
    ("Hanoi and Washington are finalizing the reciprocal trade deal.", SUPPORTED),
    ("Vietnam and the United States are wrapping up their reciprocal trade pact.", SUPPORTED),
    ("Hà Nội và Washington đang hoàn tất thỏa thuận thương mại đối ứng.", SUPPORTED),
    ("Hai bên đang trong giai đoạn hoàn tất hiệp định thương mại đối ứng Việt - Mỹ.", SUPPORTED),
    ("Ha Noi va Washington dang hoan tat thoa thuan thuong mai doi ung", SUPPORTED),
    # a completion under way, undated, against one the sources report: open, in both languages
    ("Budapest is completing the procedures for its $400 million ODA to Hanoi.", NEI),
    ("Hungary is finalising the ODA package for Vietnam.", NEI),
    ("Budapest đang hoàn tất thủ tục cho khoản ODA 400 triệu USD dành cho Hà Nội.", NEI),
    ("Budapest dang hoan tat thu tuc cho khoan ODA 400 trieu USD danh cho Ha Noi", NEI),
    # the completion done, and an explicit still under way, as before
    ("Vietnam and the US have finalised their reciprocal trade deal.", CONTRADICTED),
    ("Việt Nam và Mỹ đã hoàn tất thỏa thuận thương mại đối ứng.", CONTRADICTED),
    ("Hungary is in the process of approving the ODA for Vietnam.", CONTRADICTED),
    ("Hiện Hungary vẫn đang làm thủ tục phê duyệt gói ODA dành cho Việt Nam.", CONTRADICTED),
    ("Hungary đã hoàn tất thủ tục thông qua khoản ODA cho Việt Nam.", SUPPORTED),
    # a package no claim gives stays open
    ("Pakistan is completing the procedures for an ODA package for Vietnam.", NEI),
    ("Pakistan đang hoàn tất thủ tục cho khoản ODA dành cho Việt Nam.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_completion_under_way_verdicts(real_checker: Checker, statement: str, verdict: str) -> None:
    result = real_checker.check(statement)
    assert result.verdict == verdict, result.explanation


@pytest.mark.parametrize(
    "example", lexicon_examples("statements", "completions_under_way_examples")
)
def test_completions_under_way_examples(real_checker: Checker, example: dict[str, Any]) -> None:
    with real_checker.snapshot():
        parsed = real_checker.parse(example["text"])
    assert completion_under_way(parsed) == example["open"], parsed.negation
