"""Session 34, coverage: one item of a request picked out, in the press's words.

Wire copy picks one item out of what was just asked for with a participle ("urged Congress to
keep funding war legacy work, singling out the dioxin cleanup at Bien Hoa"), as "especially"
does; Vietnamese says it "trước hết là" or "trên hết là" beside "nhất là". These are
intensifiers (lexicon/<lang>/fillers.yaml): they fix nothing, and the item they pick out is
still the claims' to bear out. The finite verb ("Lam singled out ...") says an act of its own
and stays a word to account for, as does "trước hết" alone, which opens a sequence.

Each in English, Vietnamese and Vietnamese without diacritics, with traps that stay not enough
info: an item the sources never name, another requester.
"""

from __future__ import annotations

import pytest
from conftest import assert_judged

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


BIEN_HOA = "to-lam-requested-congress-fund-bien-hoa-dioxin-2026-02-18"

ROWS = [
    (
        "Vietnam's party chief urged Congress to keep funding war-legacy programmes, singling"
        " out the Bien Hoa dioxin cleanup.",
        SUPPORTED,
        BIEN_HOA,
    ),
    (
        "Tổng Bí thư đề nghị Quốc hội Mỹ tiếp tục hỗ trợ khắc phục hậu quả chiến tranh, trước"
        " hết là dự án tẩy độc dioxin tại sân bay Biên Hòa.",
        SUPPORTED,
        BIEN_HOA,
    ),
    (
        "Tong Bi thu de nghi Quoc hoi My tiep tuc ho tro khac phuc hau qua chien tranh, truoc"
        " het la du an tay doc dioxin o san bay Bien Hoa",
        SUPPORTED,
        BIEN_HOA,
    ),
    (
        "Ông Tô Lâm đề nghị Quốc hội Mỹ tiếp tục dành nguồn lực khắc phục hậu quả chiến tranh,"
        " trên hết là tẩy độc dioxin ở sân bay Biên Hòa.",
        SUPPORTED,
        BIEN_HOA,
    ),
    # an item at another site put first, where his request put Biên Hòa first: refuted by that
    # request (session 36, check/sites.py; open before)
    (
        "Vietnam's party chief urged Congress to keep funding war-legacy programmes, singling"
        " out the dioxin cleanup at Phu Cat airport.",
        CONTRADICTED,
        BIEN_HOA,
    ),
    (
        "Tổng Bí thư đề nghị Quốc hội Mỹ tiếp tục hỗ trợ khắc phục hậu quả chiến tranh, trước"
        " hết là tẩy độc dioxin tại sân bay Phù Cát.",
        CONTRADICTED,
        BIEN_HOA,
    ),
    (
        "Tong Bi thu de nghi Quoc hoi My tiep tuc ho tro khac phuc hau qua chien tranh, truoc"
        " het la tay doc dioxin o san bay Phu Cat",
        CONTRADICTED,
        BIEN_HOA,
    ),
    # trap: another requester
    (
        "Hun Manet urged Congress to keep funding war legacy work, singling out the dioxin"
        " cleanup at Bien Hoa airport.",
        NEI,
        None,
    ),
]


@pytest.mark.parametrize(("statement", "verdict", "claim"), ROWS)
def test_picked_out_items(
    checker: Checker, statement: str, verdict: str, claim: str | None
) -> None:
    # a row with no claim (not enough info) is held to its verdict alone
    assert_judged(checker, statement, verdict, claim or "")


@pytest.mark.parametrize(
    ("statement", "unread"),
    [
        ("Lam singled out the dioxin cleanup at Bien Hoa airport.", ["singled", "out"]),
        (
            "Trước hết, Tổng Bí thư đề nghị Quốc hội Mỹ dành nguồn lực tẩy độc dioxin ở sân bay"
            " Biên Hòa.",
            ["Trước", "hết"],
        ),
    ],
)
def test_the_verb_and_the_opener_stay_words(
    checker: Checker, statement: str, unread: list[str]
) -> None:
    unaccounted = checker.parse(statement).to_dict()["unaccounted"]
    assert unaccounted[: len(unread)] == unread, unaccounted
