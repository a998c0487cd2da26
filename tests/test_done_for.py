"""Session 32, an act ordered after what it was done for (factdb.check.later.done_for).

A congratulation (`acts_for` in lexicon/world/contents.yaml) that a source gives in one sentence
with the act it was for ("Tổng thống Trump gửi lời chúc mừng Tổng Bí thư Tô Lâm nhân dịp Tổng
Bí thư được bầu lại") came after that act, whatever days the claims give the two (both only
"before 17 February" here). So a statement that sets the congratulation after the re-election is
borne out, and one that denies any congratulation after it is refuted, where the anchor names the
act by its verb and gives no date of its own. Before it stays open (an earlier congratulation, on
something else, may be meant), and so does an anchor with a date the claims do not give, or an
encounter the act was done at, which is its occasion, not what it was for. The statements are
written for these tests, in English, Vietnamese and Vietnamese without diacritics.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


ORDERED = [
    ("Trump congratulated To Lam after his re-election.", SUPPORTED),
    ("Tổng thống Trump gửi lời chúc mừng ông Tô Lâm sau khi ông được bầu lại.", SUPPORTED),
    ("Tong thong Trump gui loi chuc mung ong To Lam sau khi ong duoc bau lai.", SUPPORTED),
    ("Trump has not congratulated To Lam since his re-election.", CONTRADICTED),
    (
        "Tổng thống Trump chưa gửi lời chúc mừng nào tới ông Tô Lâm sau khi ông được bầu lại",
        CONTRADICTED,
    ),
    (
        "Tong thong Trump chua gui loi chuc mung nao toi ong To Lam sau khi ong duoc bau lai",
        CONTRADICTED,
    ),
]

TRAPS = [
    # before it: another congratulation may be meant
    ("Trump congratulated To Lam before his re-election.", NEI),
    ("Tổng thống Trump chúc mừng ông Tô Lâm trước khi ông được bầu lại.", NEI),
    ("Tong thong Trump chuc mung ong To Lam truoc khi ong duoc bau lai.", NEI),
    # a date of its own picks out a re-election the claims do not give
    ("Trump congratulated To Lam after his re-election in 2021.", NEI),
    ("Trump has not congratulated To Lam since his re-election in 2021.", NEI),
    ("Tổng thống Trump chưa chúc mừng ông Tô Lâm kể từ khi ông được bầu lại năm 2021.", NEI),
    # the meeting Orbán congratulated Lam at is its occasion, not what it was for: the order of
    # the two on that day is not given
    ("Orbán congratulated To Lam after meeting him.", NEI),
    ("Thủ tướng Orbán chúc mừng Tổng Bí thư Tô Lâm sau khi gặp ông.", NEI),
    ("Thu tuong Orban chuc mung Tong Bi thu To Lam sau khi gap ong.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), ORDERED + TRAPS)
def test_an_act_comes_after_what_it_was_done_for(
    checker: Checker, statement: str, verdict: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
