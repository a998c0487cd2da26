"""Session 34, issue 10: a Vietnamese trip noun whose destination follows it ("chuyến công du
Campuchia", "chuyến đi Mỹ"). Session 33 read the English trip nouns before their place ("his
Cambodia visit", `destination_before_nouns`); Vietnamese says the place after the noun, which
was read as where the trip went only after a locative ("chuyến thăm Campuchia": "thăm"), so a
meeting denied "trong chuyến công du Campuchia" was refuted by the meeting of the Washington
trip. The nouns are language data now (`destination_after_nouns` in
factdb/lexicon/vi/statements.yaml), a place right after one is the trip's destination
(scope.trip_destination), and a denial set in a trip no claim of the act gives stays open. A
denial set in the trip the act was done on is still refuted. Statements written for these
tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI
from tests.conftest import assert_judged


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    # a denial set in the Cambodia trip: the meetings were done in Washington
    (
        "Tổng Bí thư Tô Lâm đã không gặp Tổng thống Prabowo trong chuyến công du Campuchia.",
        NEI,
        "Campuchia",
    ),
    (
        "Tong Bi thu To Lam da khong gap Tong thong Prabowo trong chuyen cong du Campuchia",
        NEI,
        "Campuchia",
    ),
    ("Ông Tô Lâm không hội kiến Thủ tướng Pashinyan trong chuyến đi Campuchia", NEI, "Campuchia"),
    ("Ong To Lam khong hoi kien Thu tuong Pashinyan trong chuyen di Campuchia", NEI, "Campuchia"),
    ("Tô Lâm không gặp ông Aliyev trong chuyến làm việc Campuchia", NEI, "Campuchia"),
    ("Tô Lâm không gặp ông Tokayev trong chuyến công tác Campuchia", NEI, "Campuchia"),
    ("To Lam khong gap ong Tokayev trong chuyen cong tac Campuchia", NEI, "Campuchia"),
    ("Tô Lâm không gặp ông Prabowo trong chuyến thăm chính thức Campuchia", NEI, "Campuchia"),
    # the English form, the place before the noun (session 33), and after "to"
    ("Lam did not meet Tokayev on his Cambodia working trip.", NEI, "Cambodia"),
    ("Lam did not meet Tokayev during his working visit to Cambodia.", NEI, "Tokayev"),
    # traps: the denial set in the trip the act was done on is still refuted
    (
        "Tô Lâm không gặp ông Hun Manet trong chuyến công du Mỹ.",
        CONTRADICTED,
        "to-lam-met-hun-manet-2026-02-19",
    ),
    (
        "To Lam khong gap ong Hun Manet trong chuyen di My",
        CONTRADICTED,
        "to-lam-met-hun-manet-2026-02-19",
    ),
    (
        "Tổng Bí thư không gặp Thủ tướng Orbán trong chuyến công tác Mỹ",
        CONTRADICTED,
        "to-lam-met-orban-2026-02-19",
    ),
    # ... and a trip that anchors a bound is a time, not the place the denial is set in
    (
        "Tô Lâm chưa gặp ông Hun Manet kể từ chuyến công du Campuchia",
        CONTRADICTED,
        "to-lam-met-hun-manet-2026-02-19",
    ),
]


@pytest.mark.parametrize(("statement", "expected", "why"), VERDICTS)
def test_a_denial_set_in_a_trip_named_before_its_place(
    checker: Checker, statement: str, expected: str, why: str
) -> None:
    assert_judged(checker, statement, expected, why)


def test_a_place_after_another_word_is_no_destination(checker: Checker) -> None:
    """Only a trip noun right before it makes a place the trip's: "gặp ông Hun Manet" names a
    person after the verb, and the meeting is refuted as before."""
    judgement = checker.check("Tô Lâm không gặp Thủ tướng Campuchia Hun Manet.")
    assert judgement.verdict == CONTRADICTED, judgement.explanation
