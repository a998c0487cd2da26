"""Issue 10: social posts. The hashtags that end a post label what it is about and assert
nothing ("… #BoardOfPeace #Vietnam"); one inside the sentence is read as its word; a mark
before a digit is no hashtag ("#1 trade partner" is a rank)."""

from __future__ import annotations

from factdb.check.checker import Checker
from factdb.check.datelines import blank_tags


def test_trailing_tags_are_blanked_and_offsets_kept() -> None:
    text = "Gen Sec Lam rang ex-Sen. Leahy #USVietnam #BoardOfPeace"
    blanked = blank_tags(text)
    assert len(blanked) == len(text)
    assert blanked.rstrip() == "Gen Sec Lam rang ex-Sen. Leahy"


def test_a_tag_inside_the_sentence_is_read_as_its_word() -> None:
    assert blank_tags("#Vietnam backs the plan") == " Vietnam backs the plan"


def test_a_number_is_no_tag() -> None:
    assert blank_tags("the US is VN's #1 trade partner") == "the US is VN's #1 trade partner"


def test_a_label_is_no_uncovered_name(real_checker: Checker) -> None:
    parsed = real_checker.parse("Gen Sec Lam rang ex-Sen. Leahy #USVietnam")
    assert parsed.unknown_names == []
    assert real_checker.check("Gen Sec Lam rang ex-Sen. Leahy #USVietnam").verdict == "supported"
