"""One of the first senators to oppose the war, in the press's words (issue 10, offices),
session 35.

Leahy's pride in having been among the first US senators to oppose the war is a view of his own
record (claim leahy-stressed-early-opposition-to-war-2026-02-19): the title inside it ("một
trong những thượng nghị sĩ Mỹ ...", "one of the first US senators ...") is the topic's, not an
office said of him apart. Five corpora's writers put it with "lên tiếng" ("sớm lên tiếng phản
đối chiến tranh": spoke out against, which is opposing), "chống" for "phản đối", the title with
no country, or the war by its name after the country ("the first US senators to oppose the
Vietnam War"); each left a word of it unread, or "phản đối" read as a denial, and the
statement open. The topic's aliases (fixtures/vocabulary/entities.yaml,
early-opposition-to-the-war) say it so now.

Traps: another senator's pride, the war supported rather than opposed. Each in English,
Vietnamese and Vietnamese without diacritics, in wording of these tests' own.
"""

from __future__ import annotations

import pytest
from conftest import assert_judged

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


EARLY = "leahy-stressed-early-opposition-to-war-2026-02-19"

# (statement, verdict, the claim cited, or words of the reason)
WORDING = [
    (
        "Leahy told Lam he was among the first US senators to oppose the Vietnam War.",
        SUPPORTED,
        EARLY,
    ),
    (
        "Leahy recalled being one of the first senators to speak out against the Vietnam War.",
        SUPPORTED,
        EARLY,
    ),
    (
        "Ông Leahy nói ông tự hào vì là một trong những thượng nghị sĩ Mỹ sớm lên tiếng phản "
        "đối cuộc chiến tranh ở Việt Nam.",
        SUPPORTED,
        EARLY,
    ),
    (
        "Ông Leahy tự hào là một trong những thượng nghị sĩ sớm lên tiếng chống cuộc chiến.",
        SUPPORTED,
        EARLY,
    ),
    (
        "Ong Leahy tu hao la mot trong nhung thuong nghi si My som len tieng phan doi chien "
        "tranh o Viet Nam",
        SUPPORTED,
        EARLY,
    ),
    # traps: another senator's pride; the war supported
    (
        "Hagerty told Lam he was among the first US senators to oppose the Vietnam War.",
        NEI,
        "",
    ),
    (
        "Ông Daines tự hào là một trong những thượng nghị sĩ sớm lên tiếng phản đối chiến tranh.",
        NEI,
        "",
    ),
    (
        "Ong Leahy tu hao la mot trong nhung thuong nghi si My som len tieng ung ho chien tranh "
        "o Viet Nam",
        NEI,
        "",
    ),
    ("Leahy said he was one of the first US senators to back the Vietnam War.", NEI, ""),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), WORDING)
def test_early_opposition_in_the_press_words(
    checker: Checker, statement: str, verdict: str, why: str
) -> None:
    assert_judged(checker, statement, verdict, why)
