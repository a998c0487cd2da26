"""Session 26, a delay said in the passive of an event's noun (confident wrongs: SUPPORTED, or
CONTRADICTED, where the truth is not_enough_info).

"Lam's trip to the US was postponed", "chuyến thăm Mỹ của Tô Lâm bị hoãn": the delay is the
act's own (polarity.yaml `delayers`), said of the noun before it, as "Lam postponed his trip"
says it of the verb's object. Undated, an act put off once may have been done before or after,
so the claim of the act done bears it out no more than it refutes it (assess._put_off, session
25). A delay that ends the sentence is no abbreviation ("No. 2": parse), and a passive word
before it (`delay_passives`) makes it the delay of the act named before it, not what an act
before it is about ("nhất trí gác lại Kế hoạch Hòa bình", scope.opposed). Each in English,
Vietnamese and Vietnamese without diacritics, with the near cases that keep their verdict.

A present seat verb with a US state and no chamber ("Leahy represents Vermont") is the seat of
the one chamber that seats by an act (`chambers` of lexicon/world/offices.yaml: the Senate), in
the verb's tense (assertions._seats): a former senator is refuted as holding it now, borne out
as having held it.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


DELAYED = [
    # the reviewer's
    ("Lam's trip to the US was postponed.", NEI),
    ("Lam's trip to Washington was delayed.", NEI),
    ("Lam's call with Leahy was postponed.", NEI),
    # paraphrases
    ("Lam's trip to the US was put off.", NEI),
    ("Tô Lâm's visit to the United States has been postponed.", NEI),
    ("Chuyến thăm Mỹ của Tô Lâm bị hoãn.", NEI),
    ("Chuyến thăm Mỹ của Tô Lâm đã được hoãn lại.", NEI),
    ("Chuyến thăm Mỹ của Tô Lâm đã bị hoãn.", NEI),
    ("Chuyen tham My cua To Lam bi hoan.", NEI),
    ("Cuộc điện đàm của Tô Lâm với Leahy bị hoãn.", NEI),
    ("Cuoc dien dam cua To Lam voi Leahy bi hoan.", NEI),
    # the same of other acts' nouns (SUPPORTED, or CONTRADICTED, before)
    ("The Senate resolution was shelved.", NEI),
    ("Hungary's ODA approval was postponed.", NEI),
    ("Lam's trip to the US was delayed by a day.", NEI),
    # near versions that keep today's verdict
    ("Lam postponed his meeting with Orban", NEI),
    ("Lam's trip to the US, which was delayed, went ahead.", NEI),
    ("Lam's trip to the US was not postponed.", NEI),
    ("Chuyến thăm Mỹ của Tô Lâm không bị hoãn.", NEI),
    ("Tô Lâm hoãn chuyến thăm Mỹ.", NEI),
    ("Lam's trip to the US was cancelled.", CONTRADICTED),
    ("Lam's trip to the US was called off.", CONTRADICTED),
    ("Lam's trip to the US was postponed to March.", NEI),
    ("The long-delayed trip to the US by Lam went ahead.", NEI),
    ("Lam visited the United States in February 2026.", SUPPORTED),
]


SEATS = [
    # the reviewer's
    ("Leahy represents Vermont.", CONTRADICTED),
    # paraphrases
    ("Patrick Leahy currently represents Vermont.", CONTRADICTED),
    ("Ông Leahy hiện đại diện bang Vermont.", CONTRADICTED),
    ("Ong Leahy hien dai dien bang Vermont.", CONTRADICTED),
    # near versions that keep today's verdict: the past, no tense word in Vietnamese, senators
    # the claims do not seat
    ("Leahy represented Vermont.", SUPPORTED),
    ("Leahy once represented Vermont.", SUPPORTED),
    ("Ông Leahy từng đại diện bang Vermont.", SUPPORTED),
    ("Ong Leahy tung dai dien bang Vermont.", SUPPORTED),
    ("Ông Patrick Leahy đại diện bang Vermont.", SUPPORTED),
    ("Patrick Leahy represents Vermont in the US Senate.", CONTRADICTED),
    ("Daines represents Montana.", NEI),
]


@pytest.mark.parametrize(("statement", "expected"), DELAYED + SEATS)
def test_verdicts(checker: Checker, statement: str, expected: str) -> None:
    assert checker.check(statement).verdict == expected
