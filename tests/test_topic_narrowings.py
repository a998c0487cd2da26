"""Words that narrow a view's topic are the claim's own span's to say (issue 10, session 36).

"Ông Daines nhất trí về tầm quan trọng của việc duy trì trao đổi đoàn quân sự" was supported:
"quân" (of "quân sự", military) was the one word no phrase read, right after the topic's phrase
("tầm quan trọng của việc duy trì trao đổi đoàn"), and it was taken as said by the "quan" of
"tầm quan trọng" in the claim's own sentence, the two folding alike. The loose words right
after a topic's phrase narrow what it names: only the deciding claims' own spans say them, and
a word written with marks only with those marks (accounting._topic_narrowings). Written without
marks, "quan" may be either word, and stays borne out."""

from __future__ import annotations

import pytest
from conftest import assert_judged

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


CONTACTS = "daines-said-importance-of-contacts-2026-02-18"

ROWS = [
    (
        "Thượng nghị sĩ Daines đồng tình về tầm quan trọng của việc duy trì trao đổi đoàn quân sự.",
        NEI,
        "quân",
    ),
    (
        "Senator Daines agreed it was important to keep up military delegation exchanges.",
        NEI,
        "Daines",
    ),
    # traps: the claim's own words, with their marks and without
    (
        "Thượng nghị sĩ Daines đồng tình về tầm quan trọng của việc duy trì trao đổi đoàn các cấp.",
        SUPPORTED,
        CONTACTS,
    ),
    (
        "Thuong nghi si Daines dong tinh ve tam quan trong cua viec duy tri trao doi doan cac cap.",
        SUPPORTED,
        CONTACTS,
    ),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), ROWS)
def test_narrowing_word_needs_the_span(
    checker: Checker, statement: str, verdict: str, why: str
) -> None:
    assert_judged(checker, statement, verdict, why)
