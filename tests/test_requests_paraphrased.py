"""A request in other words (issue 10, class 4: who urged what), session 34.

The press asks in more verbs than the trigger words of `requested`: "pressed Congress to keep
funding ...", "appealed to lawmakers for ...", "pleaded with ...", and a hope spoken of a named
party's going on ("hoped Congress would keep funding ...", "mong Quốc hội Mỹ tiếp tục dành
nguồn lực ...") is a request to it (`slotted: requested` in lexicon/<lang>/synonyms.yaml). The
party must be named in the slot: a hope about ties ("hoped relations would keep growing", "mong
quan hệ tiếp tục phát triển") stays a wish.

One item of a requested list set apart ("..., singling out the Bien Hoa cleanup", "..., trước
hết là dự án tẩy độc dioxin ...") is emphasis, as "especially" and "nhất là" are
(`intensifiers` in lexicon/<lang>/fillers.yaml): the item itself is still for the claims to
bear out, so another airport stays open. Each in English, Vietnamese and Vietnamese without
diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest
from conftest import assert_judged

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED

BIEN_HOA = "to-lam-requested-congress-fund-bien-hoa-dioxin-2026-02-18"
DEMINING = "to-lam-requested-congress-fund-demining-2026-02-18"


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


SUPPORTED_ROWS = [
    # a request in another verb, its addressee inside
    (
        "Vietnam's party boss pressed the US Congress to keep funding the Bien Hoa dioxin cleanup.",
        BIEN_HOA,
    ),
    ("Lam presses Congress to keep funding mine clearance", DEMINING),
    ("Lam appealed to the US Congress to keep funding the Bien Hoa dioxin project.", BIEN_HOA),
    ("Lam pleaded with Congress to keep funding mine clearance.", DEMINING),
    # a hope spoken of a named party's going on
    ("Lam hopes the US Congress will keep funding mine clearance.", DEMINING),
    ("Tổng Bí thư mong Quốc hội Hoa Kỳ tiếp tục hỗ trợ rà phá bom mìn.", DEMINING),
    ("Tong Bi thu hy vong Quoc hoi My tiep tuc ho tro ra pha bom min", DEMINING),
    # one item set apart
    (
        "Lam asked Congress to keep backing war-legacy work, singling out the "
        "dioxin cleanup at Bien Hoa airport.",
        BIEN_HOA,
    ),
    (
        "Tổng Bí thư đề nghị Quốc hội Mỹ tiếp tục hỗ trợ, trước hết là dự án "
        "tẩy độc dioxin ở sân bay Biên Hòa.",
        BIEN_HOA,
    ),
    (
        "TBT de nghi Quoc hoi My tiep tuc ho tro, truoc het la du an tay doc "
        "dioxin o san bay Bien Hoa",
        BIEN_HOA,
    ),
]


@pytest.mark.parametrize(("statement", "claim"), SUPPORTED_ROWS)
def test_request_in_other_words_is_borne_out(checker: Checker, statement: str, claim: str) -> None:
    assert_judged(checker, statement, SUPPORTED, claim)


TRAPS = [
    # another asker, another addressee
    "Hagerty pressed Lam to keep funding the Bien Hoa dioxin cleanup.",
    "Ông Hagerty mong Quốc hội Mỹ tiếp tục hỗ trợ rà phá bom mìn.",
    "Ong Hagerty mong Quoc hoi My tiep tuc ho tro ra pha bom min",
    "Lam pressed Hungary to keep funding mine clearance.",
    # another year
    "In 2019, Lam pressed Congress to keep funding the Bien Hoa dioxin cleanup.",
    "Năm 2019, Tổng Bí thư mong Quốc hội Mỹ tiếp tục hỗ trợ rà phá bom mìn.",
    # a hope about no named party: a wish, which no claim of his gives
    "Lam hoped relations would keep growing.",
]


@pytest.mark.parametrize("statement", TRAPS)
def test_request_traps_stay_open(checker: Checker, statement: str) -> None:
    result = checker.check(statement)
    assert result.verdict == NEI, result.explanation


@pytest.mark.parametrize(
    "statement",
    [
        # the item set apart at another airport, where his request set Biên Hòa apart: refuted
        # by that request since session 36 (check/sites.py; open before)
        (
            "Lam urged Congress to keep funding war-legacy work, singling out "
            "dioxin cleanup at Da Nang airport."
        ),
        (
            "Tổng Bí thư đề nghị Quốc hội Mỹ tiếp tục hỗ trợ, trước hết là dự án "
            "tẩy độc dioxin ở sân bay Đà Nẵng."
        ),
        (
            "TBT de nghi Quoc hoi My tiep tuc ho tro, truoc het la du an tay doc dioxin o "
            "san bay Da Nang"
        ),
    ],
)
def test_another_site_put_first_is_refuted(checker: Checker, statement: str) -> None:
    result = checker.check(statement)
    assert result.verdict == CONTRADICTED, result.explanation
    assert "the site that request named" in result.explanation
