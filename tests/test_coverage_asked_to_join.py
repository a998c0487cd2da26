"""Coverage (issue 10), session 36: a request to come is an invitation's.

To invite someone to join a body, attend a meeting or visit a country is to ask him to: "Trump
asked Lam to join the Board of Peace as a founding member", "Trump đề nghị Tô Lâm tham gia Hội
đồng Hòa bình" are borne out by Trump's invitation (`implies: [requested]` of `invited` in
fixtures/vocabulary/predicates.yaml), which only supports: an invitation refutes no request. The
country the verb binds stands for the one invited who holds its office, beside a named person
too ("Trump asked Vietnam to join ...": entailment._named, as "invited Vietnam" is read). "to
come on board" a body is to join it (`founding_member` in lexicon/en/synonyms.yaml).

Traps stay open: a request no invitation of those parties gives (the other way round, another
inviter, another invitee, another year), one of something no invitation asks (funding), and a
request denied, which an implied claim never refutes. Each class in English, Vietnamese and
Vietnamese without diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED
from tests.conftest import assert_judged


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


ROWS = [
    # a request to join, to attend, to visit: the invitation to it
    (
        "White House chief Trump asked To Lam to join the peace board as a founding member.",
        SUPPORTED,
        "trump-invited",
    ),
    (
        "In his letter, Trump asked Lam to come on board the Board of Peace as a founding member.",
        SUPPORTED,
        "trump-invited",
    ),
    (
        "Trump asked the party chief to attend the Board of Peace's inaugural meeting.",
        SUPPORTED,
        "trump-invited-to-lam-bop-meeting",
    ),
    (
        "Tổng thống Trump đề nghị Tổng Bí thư Tô Lâm tham gia Hội đồng Hòa bình.",
        SUPPORTED,
        "trump-invited",
    ),
    (
        "Tong thong Trump de nghi Tong Bi thu To Lam tham gia Hoi dong Hoa binh.",
        SUPPORTED,
        "trump-invited",
    ),
    (
        "Lam asked Indonesia's Prabowo to pay a visit to Vietnam.",
        SUPPORTED,
        "to-lam-invited-prabowo-visit-vietnam",
    ),
    (
        "Tổng Bí thư đề nghị Tổng thống Prabowo sang thăm Việt Nam.",
        SUPPORTED,
        "to-lam-invited-prabowo-visit-vietnam",
    ),
    (
        "Tong Bi thu de nghi Tong thong Prabowo sang tham Viet Nam.",
        SUPPORTED,
        "to-lam-invited-prabowo-visit-vietnam",
    ),
    # the country the request is made to, where the one invited holds its office
    (
        "Trump asked Vietnam to come aboard the Board of Peace as a founding member.",
        SUPPORTED,
        "trump-invited",
    ),
    (
        "Tổng thống Trump đề nghị Việt Nam trở thành thành viên sáng lập Hội đồng Hòa bình.",
        SUPPORTED,
        "trump-invited",
    ),
    (
        "Tong thong Trump de nghi Viet Nam lam thanh vien sang lap Hoi dong Hoa binh.",
        SUPPORTED,
        "trump-invited",
    ),
    # traps: the parties turned round, another inviter or invitee, another year, a request for
    # what no invitation asks, a request denied
    ("Lam asked Trump to join the Board of Peace.", NEI, "no stored claim"),
    ("Tô Lâm đề nghị ông Trump tham gia Hội đồng Hòa bình.", NEI, "no stored claim"),
    ("Trump asked Orbán to come on board the Board of Peace.", NEI, "no stored claim"),
    ("Hegseth asked Lam to visit the Pentagon.", NEI, "no stored claim"),
    ("Tổng Bí thư đề nghị Thủ tướng Orbán sang thăm Việt Nam.", NEI, "no stored claim"),
    ("Tong Bi thu de nghi Thu tuong Orban sang tham Viet Nam.", NEI, "no stored claim"),
    ("Trump asked Lam to join the Board of Peace back in 2019.", NEI, "2019"),
    ("Trump asked Lam to fund dioxin cleanup.", NEI, "dioxin"),
    ("Trump did not ask Lam to join the Board of Peace.", NEI, "no stored claim"),
    # a country named beside the verb's people, not bound to it, stands for no one invited
    ("Trump asked Hegseth to join the Board of Peace, Vietnam said.", NEI, "no stored claim"),
    ("Trump asked Hungary to join the Board of Peace.", NEI, "no stored claim"),
    (
        "Tổng thống Trump đề nghị Hungary trở thành thành viên sáng lập Hội đồng Hòa bình.",
        NEI,
        "no stored claim",
    ),
    (
        "Tong thong Trump de nghi Hungary lam thanh vien sang lap Hoi dong Hoa binh.",
        NEI,
        "no stored claim",
    ),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), ROWS)
def test_asked_to_join(checker: Checker, statement: str, verdict: str, why: str) -> None:
    if verdict == NEI:
        assert_judged(checker, statement, verdict, why)
        return
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
    assert why in judgement.explanation, judgement.explanation
