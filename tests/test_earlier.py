"""A denial bounded to the time before an occasion (issue 10, session 23, review M1): "had never
met X before Feb 19", "trước chuyến đi này", "until the summit" deny the act up to the occasion
and say nothing of the occasion itself, so the claim of the act on it does not refute them
(factdb.check.earlier). A claim of the act before the occasion still does, and so does any
claim where no bound is said. So for a denial bounded from an occasion on (review2 group E:
"since their July 2025 call", "kể từ tháng 7/2025"), which a claim of the act after it refutes.
The statements are written for these tests, the way wire copy, headlines and posts put things;
`earlier_examples` in lexicon/<lang>/statements.yaml test the reading of the bound.
"""

from __future__ import annotations

from typing import Any

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED
from tests.conftest import lexicon_examples


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize("example", lexicon_examples("statements", "earlier_examples"))
def test_earlier_corpus(checker: Checker, example: dict[str, Any]) -> None:
    parsed = checker.parse(example["text"])
    bound = parsed.earlier
    said = parsed.text[bound.anchor[0] : bound.anchor[1]].strip() if bound else None
    assert said == example["anchor"]


BOUNDED = [
    # the bound is the occasion's own day: the meeting on it refutes nothing
    ("Wire: Lam and Orbán had not met before Feb. 19", NEI),
    ("Until Feb 18, Lam had never spoken with Sen. Daines", NEI),
    ("Trước ngày 19/2, ông Tô Lâm chưa bao giờ gặp ông Hun Manet", NEI),
    ("Truoc ngay 19/2, ong To Lam chua bao gio gap ong Hun Manet", NEI),
    # the bound is an occasion the statement names, dated or not
    ("Before the Board of Peace meeting, Lam had never met Prabowo", NEI),
    # a name between the cue and the occasion's word takes none of its reach
    ("Before the Gaza peace board meeting, Lam had never met Pakistan's Sharif", NEI),
    ("Lam had not visited the United States prior to this trip", NEI),
    ("Tô Lâm chưa hề thăm Campuchia trước chuyến thăm đầu tháng 2/2026", NEI),
    ("To Lam chua he tham Campuchia truoc chuyen tham dau thang 2/2026", NEI),
    ("Cho đến cuộc điện đàm ngày 18/2, Thượng nghị sĩ Daines chưa từng trao đổi với Tô Lâm", NEI),
    ("Cho den cuoc dien dam ngay 18/2, Thuong nghi si Daines chua tung trao doi voi To Lam", NEI),
]

KEPT = [
    # no bound: the meeting refutes the denial
    ("Lam has never met Orbán", CONTRADICTED),
    ("Tô Lâm chưa bao giờ gặp ông Orbán", CONTRADICTED),
    ("To Lam chua bao gio gap ong Orban", CONTRADICTED),
    # an adverb of the act's own, no bound
    ("Lam had never before met Orbán", CONTRADICTED),
    ("Tô Lâm trước đây chưa từng gặp ông Orbán", CONTRADICTED),
    ("To Lam truoc day chua tung gap ong Orban", CONTRADICTED),
    # the bound lies after the act: the meeting on 19 February refutes it
    ("Lam had never met Orban before March 2026", CONTRADICTED),
    ("Trước tháng 3/2026, Tô Lâm chưa từng gặp ông Orbán", CONTRADICTED),
    ("Truoc thang 3/2026, To Lam chua tung gap ong Orban", CONTRADICTED),
    # an act before a later day is borne out
    ("Lam met Orbán before 20 February 2026", SUPPORTED),
    ("Tô Lâm gặp ông Orbán trước ngày 20/2/2026", SUPPORTED),
]


# A denial bounded from an occasion on ("since X", "kể từ X") says nothing of X itself, the last
# such act most often (review2 group E): the act on it refutes nothing, one after it still does.
SINCE_BOUNDED = [
    ("Lam had not spoken with Trump since July 2025.", NEI),
    ("Lam had not spoken to Trump since their July 2025 call.", NEI),
    ("Tổng Bí thư chưa điện đàm với ông Trump kể từ tháng 7/2025.", NEI),
    ("Tong Bi thu chua dien dam voi ong Trump ke tu thang 7/2025.", NEI),
    (
        "Kể từ cuộc điện đàm hồi tháng 7/2025, ông Tô Lâm "
        "chưa trao đổi điện thoại lại với Tổng thống Trump",
        NEI,
    ),
    (
        "Ke tu cuoc dien dam hoi thang 7/2025, ong To Lam "
        "chua trao doi dien thoai lai voi Tong thong Trump",
        NEI,
    ),
    # the bound is the meeting's own day, or the occasion it was held at
    ("Lam had not met Orbán since Feb 19, aides said", NEI),
    ("Since the Board of Peace meeting, Lam has not met Orbán", NEI),
]

SINCE_KEPT = [
    # the meeting on 19 February came after the Cambodia visit of early February
    ("Lam had not met Hun Manet since his Cambodia visit in early February.", CONTRADICTED),
    # no bound: the call refutes the denial
    ("Lam has never spoken with Trump.", CONTRADICTED),
    ("Tô Lâm chưa bao giờ điện đàm với ông Trump", CONTRADICTED),
    ("To Lam chua bao gio dien dam voi ong Trump", CONTRADICTED),
    # a meeting long after the year a "since" counts from does not show it was the first
    ("Lam had not met Orban since 2018.", NEI),
]


@pytest.mark.parametrize(("statement", "expected"), BOUNDED + KEPT + SINCE_BOUNDED + SINCE_KEPT)
def test_bounded_denials(checker: Checker, statement: str, expected: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == expected, judgement.explanation
    assert judgement.explanation
