"""Figures a statement gives that no part reads but a supported fact's claim gives in its own
words (World.figures_in_spans, accounting.spanned_figures): Lâm's proposal to Daines is stored
as a view whose span says "phát huy nền tảng quan hệ đã xây dựng hơn 30 năm qua", so the same
figure said of it is the claim's, and another stays a figure no claim gives."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        (
            "Lam urged the two sides to build on more than 30 years of relations, including "
            "delegation exchanges and parliamentary cooperation.",
            SUPPORTED,
        ),
        (
            "Tổng Bí thư Tô Lâm đề nghị phát huy nền tảng quan hệ đã được vun đắp hơn 30 năm "
            "qua, trong đó có hợp tác nghị viện.",
            SUPPORTED,
        ),
        (
            "Tong Bi thu To Lam de nghi phat huy nen tang quan he da xay dung hon 30 nam qua, "
            "trong do co hop tac nghi vien.",
            SUPPORTED,
        ),
        # another figure is one no claim gives: the span's words say what it counts
        (
            "Lam urged the two sides to build on more than 40 years of relations, including "
            "delegation exchanges and parliamentary cooperation.",
            NEI,
        ),
        ("Tổng Bí thư đề nghị phát huy nền tảng quan hệ đã xây dựng hơn 40 năm qua.", NEI),
        ("Tong Bi thu de nghi phat huy nen tang quan he da xay dung hon 40 nam qua.", NEI),
        # a rank is a word the sentence must say: "one of his first votes" is not his very first
        ("Leahy said his very first Senate vote was to end the Vietnam War", NEI),
    ],
)
def test_a_figure_the_claims_own_words_give(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
