"""Issue 10: an English statement with Vietnamese names written with their accents ("Tô Lâm met
Orbán") reads as English; Vietnamese letters in the statement's own words make it Vietnamese."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "lang"),
    [
        ("Tô Lâm met Orbán", "en"),
        ("Tô Lâm hosted Hegseth in Hanoi", "en"),
        ("Tô Lâm, Orbán meet in Washington", "en"),
        ("Tô Lâm gặp Orbán", "vi"),
        ("Tô Lâm và Orbán", "vi"),
        ("Tổng Bí Thư Tô Lâm Gặp Thủ Tướng Orbán", "vi"),
        ("Gặp Orbán, Tô Lâm nói", "vi"),
        ("To Lam gap Thu tuong Orban", "vi"),
        ("To Lam met Orban", "en"),
        # without marks, the words of the statement around a name decide
        ("TBT To Lam du phien hop dau tien cua Hoi dong Hoa binh", "vi"),
        ("To Lam du hoi nghi o Washington", "vi"),
        ("To Lam se tham Hungary", "vi"),
        ("To Lam attended the first session of the Board of Peace", "en"),
        ("To Lam met Hun Manet and Orban in Washington", "en"),
        # pronouns and auxiliaries of reported speech mark English; "he" is also the unaccented
        # "hệ" of "quan hệ" (session 16)
        ("Daines said he would help.", "en"),
        ("Orban said she will visit.", "en"),
        ("Leahy told them he would keep pushing.", "en"),
        ("Leahy noi quan he hai nuoc tot dep", "vi"),
        ("To Lam cho biet quan he Viet - My phat trien", "vi"),
    ],
)
def test_language_of_a_statement(checker: Checker, statement: str, lang: str) -> None:
    assert checker.parse(statement).lang == lang


def test_an_english_statement_with_accented_names_is_checked_as_english(checker: Checker) -> None:
    judgement = checker.check("Tô Lâm met Hungarian President Viktor Orbán in Washington.")
    assert judgement.verdict == "contradicted", judgement.explanation


@pytest.mark.parametrize(
    "headline",
    [
        "Lam Meets Orbán Feb 19 on Gaza Board Sidelines",
        "Hungary Keeps Up 200 Annual Scholarships for Vietnamese Students",
        "Lam Meets Nine World Leaders in a Single Morning",
    ],
)
def test_words_a_headline_capitalises_are_no_names(checker: Checker, headline: str) -> None:
    assert checker.parse(headline).unknown_names == []
    assert checker.check(headline).verdict == "supported"
