"""The words that go on a title or say what its holder is (accounting.details, _title_words): a
title the vocabulary does not read ("Tổng Thư ký"), or a known title with a body no claim gives
("Chủ tịch Hội đồng Bảo an"), is open unless a claim gives that office. Only the claims' own
words (their spans, names and labels) account for such words, never the dozens of sentences
naming the holder ("bảo đảm" says no "Bảo" of "Bảo an"). "Tổng Thư ký" holds no letter
(lexicon/vi/statements.yaml `title_not_triggers`). Confident wrongs of the session 22 second
review (mechanism M7), with twins in English, Vietnamese and Vietnamese without diacritics, in
wording of a headline, wire copy and a post, and the titles the claims do give, which stay
borne out.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


REVIEWED = [
    "Tổng thống Trump là Chủ tịch Hội đồng Bảo an.",
    "Tổng thống Trump là Chủ tịch Hội đồng Nhân quyền.",
    "Tổng thống Trump là Tổng Thư ký Hội đồng Hòa bình.",
]

WORDED = [
    # a body no claim gives after a title the vocabulary reads
    "Tong thong Trump la Chu tich Hoi dong Bao an",
    "Tong thong Trump la Chu tich Hoi dong Nhan quyen",
    "Ông Trump hiện là Chủ tịch Hội đồng Kinh tế",
    "Ong Trump hien la Chu tich Hoi dong Kinh te",
    "President Trump is chairman of the Security Council",
    # ... whose name holds a word of an act no part decides ("Thương mại": no trade figure)
    "Tổng thống Trump là Chủ tịch Hội đồng Thương mại Quốc tế.",
    "Tong thong Trump la Chu tich Hoi dong Thuong mai Quoc te",
    "Trump is chairman of the international trade council",
    "Trump is chairman of the council on human rights",
    # a title nothing reads, with or without a body the claims name
    "Tổng thống Trump là Tổng Thư ký.",
    "Tong thong Trump la Tong Thu ky",
    "Tong thong Trump la Tong Thu ky Hoi dong Hoa binh",
    "Ông Trump, Tổng Thư ký Hội đồng Hòa bình, mời Tổng Bí thư Tô Lâm dự họp",
    "President Trump is the secretary-general of the Board of Peace",
]


@pytest.mark.parametrize("statement", REVIEWED + WORDED)
def test_a_title_no_claim_gives_stays_open(checker: Checker, statement: str) -> None:
    judged = checker.check(statement)
    assert judged.verdict == NEI, judged.explanation


KEPT = [
    "Tổng thống Trump là Chủ tịch Hội đồng Hòa bình.",
    "Tong thong Trump la Chu tich Hoi dong Hoa binh",
    "President Trump is chairman of the Board of Peace.",
    "Ông Trump hiện là Chủ tịch Hội đồng Hòa bình về Gaza.",
    "Tổng thống Trump gửi thư cho Tổng Bí thư Tô Lâm.",
]


@pytest.mark.parametrize("statement", KEPT)
def test_the_titles_the_claims_give_stay_borne_out(checker: Checker, statement: str) -> None:
    judged = checker.check(statement)
    assert judged.verdict == SUPPORTED, judged.explanation
    # every verdict cites a verified span
    assert all(c.spans for p in judged.parts if p.verdict == SUPPORTED for c in p.decisive)


def test_the_title_word_is_named_in_the_reason(checker: Checker) -> None:
    assert "Bảo" in checker.check("Tổng thống Trump là Chủ tịch Hội đồng Bảo an.").explanation
