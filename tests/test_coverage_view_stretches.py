"""A view's key phrase read across its fillers keeps its own words (issue 10, coverage),
session 35.

A topic is named where a stretch of the statement holds every word of an alias with only
fillers and names between them (lexicon/<lang>/topics.yaml). Such a stretch holds nothing but
the alias's words, fillers and names, so a denial word inside it is one of the alias's
("sớm lên tiếng phản đối chiến tranh": the early opposition, "lên tiếng" a filler of how a view is
voiced), and so is a capitalised word nothing else reads ("one of the first US senators to oppose
the Vietnam War": "War"), as each is when the alias is said word for word (parse, after
stated_topics). A denial outside the stretch ("không phải là", "chưa bao giờ là"), a word of
another war, and another speaker stay open. Each in English, Vietnamese and Vietnamese without
diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED
from tests.conftest import assert_judged

STRESSED = "leahy-stressed-early-opposition-to-war-2026-02-19"

VERDICTS = [
    # the early opposition voiced, the denial word the alias's own
    (
        "Ông Leahy nói ông tự hào vì là một trong những thượng nghị sĩ sớm lên tiếng phản đối"
        " chiến tranh tại Việt Nam.",
        SUPPORTED,
        STRESSED,
    ),
    (
        "Ong Leahy noi ong tu hao vi la mot trong nhung thuong nghi si som len tieng phan doi"
        " chien tranh tai Viet Nam.",
        SUPPORTED,
        STRESSED,
    ),
    # the capitalised word of the alias, with a country's name inside the stretch
    (
        "Leahy says he was one of the first US senators to oppose the Vietnam War.",
        SUPPORTED,
        STRESSED,
    ),
    # traps: a denial outside the phrase, another war, another speaker
    (
        "Ông Leahy chưa bao giờ là một trong những thượng nghị sĩ sớm lên tiếng phản đối chiến"
        " tranh tại Việt Nam.",
        NEI,
        "Patrick Leahy",
    ),
    (
        "Ông Leahy tự hào là một trong những thượng nghị sĩ sớm lên tiếng phản đối chiến tranh"
        " tại Iraq.",
        NEI,
        "Iraq",
    ),
    (
        "Ong Leahy tu hao la mot trong nhung thuong nghi si som len tieng phan doi chien tranh"
        " tai Iraq.",
        NEI,
        "Iraq",
    ),
    ("Leahy says he was one of the first US senators to oppose the Iraq War.", NEI, "Iraq"),
    ("Hagerty says he was one of the first US senators to oppose the Vietnam War.", NEI, "first"),
    (
        "Ông Hagerty tự hào là một trong những thượng nghị sĩ sớm lên tiếng phản đối chiến tranh"
        " tại Việt Nam.",
        NEI,
        "Bill Hagerty",
    ),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), VERDICTS)
def test_view_stretch_verdicts(
    real_checker: Checker, statement: str, verdict: str, why: str
) -> None:
    assert_judged(real_checker, statement, verdict, why)
