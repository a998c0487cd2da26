"""Coverage (issue 10), session 36: what a letter asks is its sender's request.

"Trump wrote to Lam asking Vietnam to become a founding member", "Trump viết thư cho Tô Lâm đề
nghị Việt Nam ...": the words after the one the letter went to are the sender's, never the
addressee's, though his name stands right before the verb (`carrier_verbs` in
lexicon/<lang>/stances.yaml, read by stance._carried as "Lam's letter to Trump backed ..." is);
and a participle of a request or an invitation goes on the letter's act with no comma, as a
conjunct does (`run_on_participles` in lexicon/<lang>/statements.yaml), so the letter frames
what the request was to (acts.drop_contents), as "wrote to Lam, asking ..." was read.

Traps stay open: another sender, another addressee; a letter of another year is refuted, as
with a comma, by the dated letter of the Board of Peace. Each class in English, Vietnamese and
Vietnamese without diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


ROWS = [
    # the sender's request, of his invitation; the letter borne out by his letter
    (
        "Trump wrote to To Lam asking Vietnam to come "
        "on board as a founding member of the peace body.",
        SUPPORTED,
        "trump-invited",
    ),
    (
        "The US president wrote to the party chief asking Hanoi "
        "to become a founding member of the Board of Peace.",
        SUPPORTED,
        "trump-invited",
    ),
    (
        "Trump viết thư cho Tổng Bí thư Tô Lâm đề nghị "
        "Việt Nam trở thành thành viên sáng lập Hội đồng Hòa bình.",
        SUPPORTED,
        "trump-invited",
    ),
    (
        "Trump viet thu cho Tong Bi thu To Lam de nghi "
        "Viet Nam lam thanh vien sang lap Hoi dong Hoa binh.",
        SUPPORTED,
        "trump-invited",
    ),
    (
        "Trump viết thư cho Tô Lâm mời Việt Nam trở thành thành viên sáng lập Hội đồng Hòa bình.",
        SUPPORTED,
        "trump-invited",
    ),
    # traps: another sender, another addressee
    (
        "Orbán wrote to Lam asking Vietnam to become a founding member of the Board of Peace.",
        NEI,
        "",
    ),
    (
        "Trump wrote to Orbán asking Hungary to become a founding member of the Board of Peace.",
        NEI,
        "",
    ),
    (
        "Ông Orbán viết thư cho Tô Lâm đề nghị Việt "
        "Nam trở thành thành viên sáng lập Hội đồng Hòa bình.",
        NEI,
        "",
    ),
    (
        "Orban viet thu cho To Lam de nghi Viet Nam lam thanh vien sang lap Hoi dong Hoa binh.",
        NEI,
        "",
    ),
    # a letter of another year, refuted as "wrote to Lam in 2019, asking ..." is
    (
        "Trump wrote to Lam in 2019 asking Vietnam to "
        "become a founding member of the Board of Peace.",
        CONTRADICTED,
        "trump-letter-to-to-lam-2026-01-16",
    ),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), ROWS)
def test_letter_requests(checker: Checker, statement: str, verdict: str, why: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
    assert why in judgement.explanation, judgement.explanation
    if verdict == NEI:
        # no sender's or addressee's act of another party is read into the invitation
        assert "trump-invited" not in judgement.explanation, judgement.explanation
