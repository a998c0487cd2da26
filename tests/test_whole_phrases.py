"""A detail of several syllables that a lexicon knows as one phrase ("bí mật", secretly:
`foci` in lexicon/<lang>/foci.yaml, `compounds` in fillers.yaml) is read whole: written
without marks, no filler takes one of its syllables ("bi" is not "bị"), and it is accounted for
only where a deciding claim's sentence says the whole phrase, never by the "Bí" of "Tổng Bí
thư" and a "mật" elsewhere."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


def test_no_filler_takes_a_syllable_of_a_known_phrase(checker: Checker) -> None:
    parsed = checker.parse("Tong thong Prabowo bi mat hoi kien Tong Bi thu To Lam")
    assert [k for k, _, _ in parsed.loose_words] == ["bi", "mat"]
    # "bị" of the passive stays a filler
    parsed = checker.parse("Khoan ODA bi Hungary tri hoan")
    assert "bi" not in [k for k, _, _ in parsed.loose_words]


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("Tong thong Prabowo bi mat hoi kien Tong Bi thu To Lam tai Washington", NEI),
        ("Tổng thống Prabowo bí mật hội kiến Tổng Bí thư Tô Lâm tại Washington", NEI),
        ("Thu tuong Hun Manet da bi mat gap Tong Bi thu To Lam ngay 19/2", NEI),
        ("Tong thong Trump bi mat dien dam voi Tong Bi thu To Lam", NEI),
        # traps: without the detail, each is borne out
        ("Tong thong Prabowo hoi kien Tong Bi thu To Lam tai Washington", SUPPORTED),
        ("Tổng thống Prabowo hội kiến Tổng Bí thư Tô Lâm tại Washington", SUPPORTED),
        ("President Prabowo met General Secretary To Lam in Washington", SUPPORTED),
    ],
)
def test_a_known_phrase_is_accounted_for_whole(
    checker: Checker, statement: str, verdict: str
) -> None:
    assert checker.check(statement).verdict == verdict
