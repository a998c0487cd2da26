"""Session 22, reviewer's M3: "Leahy called To Lam a close friend" names or describes him, a
view, not a phone call; the call needs the person with no predicate noun after him ("called
Lam on Thursday", "called him to congratulate"). `naming` in lexicon/en/synonyms.yaml,
check.slotted.find_namings; naming_examples are the corpus."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import lexicon_examples

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


EXAMPLES = lexicon_examples("synonyms", "naming_examples")


@pytest.mark.parametrize("example", EXAMPLES)
def test_naming_corpus(checker: Checker, example: dict[str, Any]) -> None:
    called = example["predicate"] in checker.parse(example["text"]).predicates
    assert called != example.get("read", True)


@pytest.mark.parametrize(
    "text",
    [
        "Leahy called To Lam a close friend.",
        "Former Senator Leahy called Vietnam a close friend.",
        # twins: "gọi ... là" names, and no trigger of a call reads it
        "Ông Leahy gọi Tổng Bí thư Tô Lâm là người bạn thân.",
        "Ong Leahy goi Tong Bi thu To Lam la nguoi ban than.",
        "Nguyên Thượng nghị sĩ Leahy gọi Việt Nam là người bạn thân thiết.",
    ],
)
def test_a_view_is_no_call(checker: Checker, text: str) -> None:
    assert checker.check(text).verdict == NEI


@pytest.mark.parametrize(
    "text",
    [
        "Leahy called Lam on February 19.",
        "Lam called Daines on Feb 18.",
        "Lam called Senator Hagerty the day before meeting Orban.",
        # the Vietnamese call has no naming reading: its verb is "điện đàm", naming "gọi là"
        "Tổng Bí thư Tô Lâm điện đàm với Thượng nghị sĩ Daines.",
        "Tong Bi thu To Lam dien dam voi Thuong nghi si Daines.",
    ],
)
def test_a_call_is_still_a_call(checker: Checker, text: str) -> None:
    assert checker.check(text).verdict == SUPPORTED


def test_a_friend_of_vietnam_is_still_a_view_of_him(checker: Checker) -> None:
    """The one described is no word of what he is called; a phrase after the determiner is."""
    parsed = checker.parse("Lam called Leahy a staunch friend of Vietnam.")
    assert "close-friend-of-vietnam" in parsed.entity_ids()
