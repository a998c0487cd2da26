"""A denying word written with its marks is said by a source only with those marks (session 24,
engineer's confident wrong): folded, "dừng" (stop) is the "dựng" of "xây dựng" (build), so a
request to STOP funding the Biên Hòa clean-up came out supported by the request to keep funding
it, the source's sentence saying "xây dựng" nearby. The words that deny, end or cut on their own
(statements `negation`, polarity `enders`, `undoers`, `antonyms` of lexicon/<lang>) are matched
with their marks (accounting.marked_denials, rules.said_words, fold.marked_key); other words and
words written without marks keep folded matching. The statements are written for these tests:
wire copy, headlines, speeches and posts.
"""

from __future__ import annotations

import pytest

from factdb.check.accounting import marked_denials
from factdb.check.checker import Checker
from factdb.check.rules import (
    CONTRADICTED,
    NEI,
    SUPPORTED,
    said_phrases,
    said_words,
    unread_details,
)
from factdb.text.fold import marked_key


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


def test_marked_key_tells_words_of_one_fold_apart_and_not_where_the_tone_sits() -> None:
    assert marked_key("dừng") != marked_key("dựng")
    assert marked_key("thôi") != marked_key("thời")
    assert marked_key("cắt") != marked_key("cát")
    assert marked_key("giảm") != marked_key("giám")
    # the tone's place is spelling: "hoà", "hòa"; "thuỷ", "thủy"
    assert marked_key("Hoà") == marked_key("hòa")
    assert marked_key("thuỷ") == marked_key("thủy")
    assert marked_key("dung") == "dung"


def test_a_marked_denying_word_is_not_said_by_another_word_of_its_fold() -> None:
    source = "Hai bên phát huy nền tảng quan hệ đã xây dựng hơn 30 năm qua."
    said = said_words(source)
    assert {"xay", "dung", "xay dung"} <= said | set(said_phrases(["xay", "dung"]))
    text = "Ông ấy muốn dừng hỗ trợ"
    start = text.index("dừng")
    loose = [("dung", start, start + 4)]

    def gap(a: int, b: int) -> bool:
        return not text[a:b].strip(" -")

    def none(keys: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
        return ()

    # folded, the "dựng" of the source says it; with its marks it does not
    assert unread_details(loose, said, none, gap) == []
    marked = {(start, start + 4): (marked_key("dừng"),)}
    assert unread_details(loose, said, none, gap, marked=marked) == [(start, start + 4)]
    # a source that says "dừng" says it
    assert unread_details(loose, said_words("đã dừng lại"), none, gap, marked=marked) == []
    # ... and so does one saying what else says it: the phrase a word written without marks
    # makes with the word beside it (accounting._bare_denials: "xay dung")
    beside = {(start, start + 4): (marked_key("dừng"), "xay dung")}
    assert unread_details(loose, said, none, gap, marked=beside) == []


def test_only_denying_words_written_with_marks_are_matched_with_them(checker: Checker) -> None:
    def found(text: str) -> list[str]:
        parsed = checker.parse(text)
        return [text[s:e] for s, e in marked_denials(parsed)]

    assert found("Bà ấy đề nghị dừng cấp vốn, thôi viện trợ") == ["dừng", "thôi"]
    # without marks "dung" nothing read is taken as "dừng": said with those marks, or in a
    # phrase with a word beside it nothing read ("xay dung"), never by the fold alone
    # (accounting._bare_denials, tests/test_fxfolded.py)
    assert found("Ba ay de nghi dung cap von") == ["dung"]
    # a word that denies nothing ("xây dựng", "thời gian") keeps folded matching
    assert found("Hai nước xây dựng lòng tin trong thời gian qua") == []


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the request to stop, in the press's words: never supported (the request was to keep
        # the funding going); where its content opens with an antonym of the undertaking, the
        # request made to that party refutes it (session 35, tests/test_turned_requests.py)
        ("TBT đề nghị Quốc hội Mỹ dừng hỗ trợ tẩy độc dioxin tại sân bay Biên Hòa.", CONTRADICTED),
        ("Tô Lâm đề nghị Quốc hội Mỹ dừng dành nguồn lực cho dự án tẩy độc dioxin ở Biên Hòa", NEI),
        (
            "Tô Lâm đề nghị Quốc hội Mỹ cắt hỗ trợ tẩy độc dioxin tại sân bay Biên Hòa.",
            CONTRADICTED,
        ),
        (
            "Tô Lâm đề nghị Quốc hội Mỹ giảm hỗ trợ tẩy độc dioxin tại sân bay Biên Hòa.",
            CONTRADICTED,
        ),
        (
            "Tô Lâm đề nghị Quốc hội Hoa Kỳ thôi hỗ trợ xử lý dioxin tại sân bay Biên Hòa.",
            CONTRADICTED,
        ),
        ("To Lam urged Congress to halt funding for the dioxin cleanup at Bien Hoa airbase.", NEI),
        (
            "Tong Bi thu de nghi Quoc hoi My ngung ho tro tay doc dioxin o san bay Bien Hoa.",
            CONTRADICTED,
        ),
        # the request as made keeps its verdict, with marks or without
        (
            "Tô Lâm đề nghị Quốc hội Mỹ tiếp tục hỗ trợ tẩy độc dioxin tại sân bay Biên Hòa.",
            SUPPORTED,
        ),
        (
            "To Lam de nghi Quoc hoi My tiep tuc ho tro tay doc dioxin tai san bay Bien Hoa.",
            SUPPORTED,
        ),
        (
            "To Lam urged Congress to keep funding the dioxin cleanup at Bien Hoa airbase.",
            SUPPORTED,
        ),
    ],
)
def test_a_request_to_stop_is_not_the_request_to_go_on(
    checker: Checker, statement: str, verdict: str
) -> None:
    with checker.snapshot():
        assert checker.check(statement).verdict == verdict
