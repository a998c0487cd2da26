"""What the other side told a speaker back (issue 10, session 21 review).

A claim of what one side said on a call, given to it alone there, refutes the same words given to
the other side. Told back to the speaker himself, of his own country alone ("Hagerty told Lam
that Vietnam pursues an independent foreign policy"), it may be the other side granting it: not
enough info. A view of the ties between the two, or a pledge of the speaker's own, stays the one
side's words; so do words given to the other side with no one told, and after a verb whose object
is what the words are about ("Vietnam sees the Czechs as ..."). Written afresh in wire, headline
and post wording, in English, Vietnamese and Vietnamese without diacritics.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED
from factdb.check.stance import read_stance, spoken_to


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # his own country's course, told back to him: open
        ("Hagerty told Lam that Vietnam pursues an independent foreign policy.", NEI),
        ("Sen. Hagerty assured Lam that Vietnam pursues an independent foreign policy", NEI),
        (
            "Thượng nghị sĩ Hagerty nói với TBT rằng Việt Nam theo đuổi đường lối đối ngoại độc"
            " lập, tự chủ",
            NEI,
        ),
        (
            "TNS Hagerty nói với Tổng Bí thư Tô Lâm rằng Việt Nam thực hiện đường lối đối ngoại"
            " độc lập, tự chủ.",
            NEI,
        ),
        (
            "Thuong nghi si Hagerty noi voi TBT rang Viet Nam theo duoi duong loi doi ngoai doc"
            " lap, tu chu",
            NEI,
        ),
        # ... his own words are still borne out
        ("Lam told Hagerty that Vietnam pursues an independent foreign policy.", SUPPORTED),
        # the other side's words with no one told: his alone on that call
        ("Hagerty affirmed that Vietnam pursues an independent foreign policy", CONTRADICTED),
        # a view of the ties between the two, or a pledge of his own, told back: still refuted
        (
            "To Lam told Leahy that Vietnam-U.S. relations are a model of reconciliation.",
            CONTRADICTED,
        ),
        (
            "“Quan hệ Việt Nam - Mỹ là hình mẫu về hòa giải”, Tổng Bí thư Tô Lâm nói với ông"
            " Leahy.",
            CONTRADICTED,
        ),
        ("Lam told Daines he is committed to war legacy cooperation.", CONTRADICTED),
        # a verb whose object is what was said of: no one told
        ("Việt Nam coi Séc là cửa ngõ vào thị trường ASEAN", CONTRADICTED),
    ],
)
def test_told_back(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict


@pytest.mark.parametrize(
    ("statement", "told"),
    [
        ("Hagerty told Lam that Vietnam pursues an independent foreign policy.", {"to-lam"}),
        ("Daines told Senator Hagerty the talks went well", {"bill-hagerty", "senator"}),
        ("TNS Hagerty nói với ông Tô Lâm rằng hai nước cần hợp tác", {"to-lam"}),
        ("TNS Hagerty noi voi ong To Lam rang hai nuoc can hop tac", {"to-lam"}),
        ("Vietnam sees the Czech Republic as its bridge into the European Union", set()),
        ("Lam thanked Daines for his support", set()),
    ],
)
def test_who_was_told(checker: Checker, statement: str, told: set[str]) -> None:
    parsed = checker.parse(statement)
    reading = read_stance(parsed, checker.vocab)
    assert reading is not None
    assert spoken_to(parsed.text, reading, parsed.entities) == told
