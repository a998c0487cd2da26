"""Names and languages read before numbers (session 18, confident wrongs; risks the last session
left). The statements are written for these tests, with traps that keep their readings:

1. A party congress is no US Congress: the latest congress's name without its ordinal ("the
   Party Congress", "Đại hội Đảng") is a looser name of it (fixtures/vocabulary/entities.yaml),
   so "asked the Party Congress to keep funding ..." is not Tô Lâm's request to Congress; with
   another ordinal ("13th") it is another congress than the one the claims' words give
   (factdb.check.ordinals, tests/test_ordinals.py).
2. Written without diacritics, a number made across the edge of a name ("Viet Nam | day":
   "năm ngày", five days) is the name's word (parse._straddles); "vai tro" (a role) holds no
   "vài" (a few: `not_numbers` in lexicon/vi/numbers.yaml).
3. A short statement without diacritics whose function words tie ("Orban tiep To Lam": "tiep",
   and the "To" of a name) is read by its own words in each language's lexicons
   (Vocabulary.detect_language).
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("Lam asked the Party Congress to keep funding the Bien Hoa dioxin cleanup", NEI),
        ("Tô Lâm đề nghị Đại hội Đảng tiếp tục hỗ trợ tẩy độc dioxin ở Biên Hòa", NEI),
        ("De nghi Dai hoi Dang tiep tuc ho tro khac phuc bom min, To Lam noi", NEI),
        ("Lam was re-elected at the 13th Party Congress", CONTRADICTED),
        ("To Lam tai dac cu tai Dai hoi Dang lan thu 13", CONTRADICTED),
        # traps: Congress is the US Congress; a congress's own name is still read whole
        ("Lam asked Congress to keep funding the Bien Hoa dioxin cleanup", SUPPORTED),
        (
            "Tô Lâm đề nghị Quốc hội Mỹ tiếp tục hỗ trợ tẩy độc dioxin tại sân bay Biên Hòa",
            SUPPORTED,
        ),
    ],
)
def test_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    with checker.snapshot():
        assert checker.check(statement).verdict == verdict


@pytest.mark.parametrize(
    ("statement", "figures"),
    [
        ("Viet Nam day manh hop tac voi Hungary", []),
        ("Hungary danh gia cao vai tro cua Viet Nam", []),
        # traps: a number beside a name, not across its edge; "vai" before people is a few
        ("Viet Nam co nam nguoi du hop", ["nam nguoi"]),
        ("To Lam gap vai lanh dao", ["vai"]),
        ("Việt Nam đẩy mạnh hợp tác trong năm ngày", ["năm ngày"]),
        # English has no such folds: a count of years read across a trigger stays a count
        ("Vietnam and the US marked 26 years of diplomatic relations", ["26 years"]),
    ],
)
def test_no_number_across_a_name(checker: Checker, statement: str, figures: list[str]) -> None:
    with checker.snapshot():
        parsed = checker.parse(statement)
    assert [q.text for q in parsed.quantities] == figures


@pytest.mark.parametrize(
    ("statement", "lang"),
    [
        ("Orban tiep To Lam", "vi"),
        ("To Lam den Washington", "vi"),
        ("Trump moi To Lam", "vi"),
        # traps: English, with a name's "To"
        ("To Lam to meet Orban", "en"),
        ("Orban hosts Lam", "en"),
    ],
)
def test_short_statements_without_diacritics(checker: Checker, statement: str, lang: str) -> None:
    with checker.snapshot():
        assert checker.parse(statement).lang == lang
