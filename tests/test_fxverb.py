"""Session 30, fxverb: a Vietnamese verb of movement whose words alone are fillers ("về nước":
the preposition "về" and "nước", a country) says an act, not nothing. Such compounds
(fillers.yaml `compounds`) are said only whole (index.whole_phrases) and no filler takes a word
of one (index.split_details), so a statement that only a title claim decides ("Tổng Bí thư Tô
Lâm về nước") is left open, as English "flew home" is; "về" as a preposition ("bàn về", "về
hợp tác"), "nước" of "hai nước" and the acts the claims hold ("lên đường sang Mỹ") keep their
verdicts, with diacritics and without."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED
from factdb.lexicon.index import split_details, whole_phrases
from factdb.text.tokens import word_keys


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


OPEN = [
    # the reviewer's
    "Hôm sau, Tổng Bí thư Tô Lâm về nước.",
    "Hôm sau, Tổng Bí thư Tô Lâm lên đường về nước.",
    "The day after, To Lam flew home.",
    # paraphrases, in the three forms
    "Hom sau, Tong Bi thu To Lam ve nuoc.",
    "Hom sau, Tong Bi thu To Lam len duong ve nuoc.",
    "Tổng Bí thư Tô Lâm đã về nước.",
    "Tong Bi thu To Lam da ve nuoc",
    "Tổng Bí thư Tô Lâm trở về nước.",
    "Tong Bi thu To Lam tro ve nuoc",
    "Hôm sau, Tổng Bí thư Tô Lâm trở về.",
    "Hom sau Tong Bi thu To Lam quay ve",
    "Tổng Bí thư Tô Lâm quay về nước.",
    "Tổng Bí thư Tô Lâm hồi hương.",
    "Tong Bi thu To Lam hoi huong",
    "Hôm sau, Tổng Bí thư Tô Lâm rời Mỹ.",
    "Hom sau Tong Bi thu To Lam roi My",
    "The day after, General Secretary To Lam flew home.",
    "General Secretary To Lam returned home.",
    "General Secretary To Lam went home.",
]

KEPT = [
    # a title with no act
    "Tô Lâm là Tổng Bí thư",
    "To Lam la Tong Bi thu",
    "To Lam is General Secretary.",
    # the acts the claims hold
    "Tổng Bí thư Tô Lâm lên đường sang Mỹ.",
    "Tong Bi thu To Lam len duong sang My.",
    "General Secretary To Lam left for the United States.",
    # "nước" of "hai nước", and "về" as a preposition
    "Tổng Bí thư Tô Lâm gặp lãnh đạo hai nước.",
    "Tong Bi thu To Lam gap lanh dao hai nuoc",
    "Tổng Bí thư cho biết Hà Nội sẽ tiếp tục hợp tác đầy đủ với Washington về tìm kiếm"
    " binh sĩ Mỹ mất tích.",
    "Hai bên hài lòng về sự phát triển hiệu quả của quan hệ đối tác toàn diện Việt Nam - Hungary",
    "Chuyen tham cua ong Hegseth trung dip hai nuoc ky niem 30 nam quan he ngoai giao",
]


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [*((s, NEI) for s in OPEN), *((s, SUPPORTED) for s in KEPT)],
)
def test_a_verb_of_movement_no_claim_holds_is_open(
    checker: Checker, statement: str, verdict: str
) -> None:
    """Open where no claim holds the act; kept where the claims hold what is said."""
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


def test_the_compound_is_read_whole_and_no_filler_takes_its_words() -> None:
    assert word_keys("về nước") in {word_keys(p) for p in whole_phrases()}
    for loose in (False, True):
        assert word_keys("về nước") in split_details(loose)
    # a filler alone stays one: "hai nước" is no compound
    assert word_keys("hai nước") not in split_details(False)
