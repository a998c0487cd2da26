"""Session 24, speakers: "gọi X là Y", to call something so, is to say it is so (issue 10),
as "called" is in English (`said` in lexicon/<lang>/stances.yaml); "gọi điện" is a call, no
stance (`not_stances`). Given to the other party of the exchange on its occasion, the words
are refuted as any other speaker's (stance.speaker_rule `other-party`); given to someone
else, they stay open. In English, Vietnamese and Vietnamese without diacritics, in wording of
our own."""

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
        ("Ông Leahy gọi quan hệ Việt - Mỹ là hình mẫu về hòa giải", SUPPORTED),
        ("Ong Leahy goi quan he Viet - My la hinh mau ve hoa giai", SUPPORTED),
        ("Leahy called Vietnam-US ties a model of reconciliation.", SUPPORTED),
        (
            "Tô Lâm gọi quan hệ Việt Nam-Mỹ là hình mẫu về hòa giải trong cuộc điện đàm với"
            " ông Leahy.",
            CONTRADICTED,
        ),
        # someone else, elsewhere: he may have said it too
        ("Ông Hagerty gọi quan hệ hai nước là hình mẫu về hòa giải", NEI),
        # a phone call, not a stance
        ("Tô Lâm gọi điện cho ông Leahy ngày 19/2", SUPPORTED),
        ("To Lam goi dien cho ong Leahy ngay 19/2", SUPPORTED),
        (
            "Tổng Bí thư kêu gọi Quốc hội Mỹ tiếp tục hỗ trợ tẩy độc dioxin tại sân bay Biên Hòa",
            SUPPORTED,
        ),
    ],
)
def test_called_so(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
