"""Session 28, confident wrongs: a count shut above and an act wished for the first time.

A count of the parties of an act with a comparator that shuts it above ("exactly three phone
calls", "only three", "at most three", "chỉ có ba", "đúng ba") says no other party was there:
the claims, which need not name everyone, bear it out only where a source lists the occasion
whole (accounting.counts, `SHUT_ABOVE`); a bare count or a floor ("three phone calls", "at least
three") is borne out by the parties they name, as before.

An act wished "for the first time" ("mong lần đầu được thăm Việt Nam": `first_occurrences` in
lexicon/<lang>/synonyms.yaml) is a detail of the wish no claim of it says (not enough info), and
is refuted by a claim that the wisher did the act before the day the claims give the wish
(Judge._first_wished, rules.done_before_wish): Hagerty hopes to visit Vietnam again.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    "statement, verdict",
    [
        # the reviewer's: three calls during the trip (Daines, Hagerty, Leahy), no source says
        # there was no other
        ("To Lam held exactly three phone calls during the US trip.", NEI),
        ("Trong chuyến đi Mỹ, Tổng Bí thư chỉ có ba cuộc điện đàm.", NEI),
        # paraphrases, in the three forms
        ("To Lam held only three phone calls during the US trip.", NEI),
        ("To Lam held at most three phone calls during his trip to the US.", NEI),
        ("Trong chuyến đi Mỹ, Tổng Bí thư Tô Lâm có đúng ba cuộc điện đàm.", NEI),
        ("Trong chuyen di My, Tong Bi thu chi co ba cuoc dien dam.", NEI),
        # ("ba" without its marks is read as no number, so the figures are written as digits)
        ("Trong chuyen di My, Tong Bi thu To Lam co dung 3 cuoc dien dam.", NEI),
        ("Trong chuyen di My, Tong Bi thu To Lam chi co 3 cuoc dien dam.", NEI),
        ("To Lam held just three phone calls during the US trip.", NEI),
        # near versions that keep their verdict: a bare count or a floor the calls bear out
        ("To Lam held three phone calls during the US trip.", SUPPORTED),
        ("To Lam held at least three phone calls during the US trip.", SUPPORTED),
        ("Trong chuyến đi Mỹ, Tổng Bí thư có ba cuộc điện đàm.", SUPPORTED),
        ("Trong chuyen di My, Tong Bi thu To Lam co 3 cuoc dien dam.", SUPPORTED),
        # ... a list a source gives whole bears out the exact count of that morning
        ("To Lam met exactly nine leaders on the morning of February 19.", SUPPORTED),
        # ... and a top below what the claims name is still refuted
        ("Lam met at most five foreign leaders on February 19.", CONTRADICTED),
        ("TBT To Lam gap khong qua 5 lanh dao nuoc ngoai ngay 19/2", CONTRADICTED),
    ],
)
def test_counts_shut_above(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict


@pytest.mark.parametrize(
    "statement, verdict",
    [
        # the reviewer's: Hagerty hopes to visit Vietnam again (he visited before 18/2)
        ("Ong Hagerty noi voi Tong Bi thu rang ong mong lan dau duoc den Viet Nam.", CONTRADICTED),
        ("Thượng nghị sĩ Hagerty mong lần đầu được thăm Việt Nam.", CONTRADICTED),
        # ... Pashinyan and Prabowo, whose earlier visits the sources do not give
        ("Thủ tướng Pashinyan mong lần đầu thăm Việt Nam.", NEI),
        ("Tong thong Prabowo mong lan dau tham Viet Nam.", NEI),
        # paraphrases, in the three forms
        ("Senator Hagerty hopes to visit Vietnam for the first time.", CONTRADICTED),
        ("Thuong nghi si Hagerty mong lan dau tien duoc tham Viet Nam.", CONTRADICTED),
        ("Ông Hagerty bày tỏ mong muốn lần đầu tiên thăm Việt Nam.", CONTRADICTED),
        ("Prabowo hopes to visit Vietnam for the first time.", NEI),
        ("Tổng thống Prabowo mong lần đầu tiên thăm Việt Nam.", NEI),
        ("Thu tuong Pashinyan mong lan dau tham Viet Nam.", NEI),
        # near versions that keep their verdict: the wish as the sources give it
        ("Thượng nghị sĩ Hagerty mong được thăm lại Việt Nam.", SUPPORTED),
        ("Thượng nghị sĩ Hagerty mong được thăm Việt Nam.", SUPPORTED),
        ("Thủ tướng Pashinyan mong sớm thăm Việt Nam.", SUPPORTED),
        ("Tong thong Prabowo mong som tham Viet Nam.", SUPPORTED),
        # ... the first time of another act, in its own clause, says nothing of the wish
        ("Hagerty, who spoke with Lam for the first time, hopes to visit Vietnam again.", NEI),
        ("Ông Hagerty, người lần đầu điện đàm với Tổng Bí thư, mong được thăm lại Việt Nam.", NEI),
        ("Lan dau dien dam voi Tong Bi thu, ong Hagerty mong tham lai Viet Nam.", NEI),
        # ... and a visit done for the first time, which a visit before may have been
        ("Thượng nghị sĩ Hagerty lần đầu thăm Việt Nam.", NEI),
    ],
)
def test_first_wished(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict
