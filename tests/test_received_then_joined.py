"""An act joined by "and" after a guest received is the host's own (issue 10, offices),
session 36.

"Lam received War Secretary Hegseth and asked him to pass on his regards to Trump", "... and
relayed an invitation for Trump and the first lady to visit Vietnam": "received" is a verb of
receiving, which names the one before it the receiver of an act said in its clause ("Hungary has
received ODA": assess.sides_said). A clause break kept a later verb's act apart ("received
Hegseth, then invited Trump"); "and" did not, so Lam was read as the one his own greetings and
invitation went to, and a statement the claims bear out stayed open. A list joiner between the
two with a verb of its own after it (a word no name, act noun or determiner reads) parts them
as a comma does; "received ODA and scholarships" keeps its receiver.

Traps: the carrier the claims do not give, an act the host did not do. Vietnamese receives a
guest with "tiếp" or "đón", no verb of receiving: its rows keep that reading. Each in English,
Vietnamese and Vietnamese without diacritics, in wording of these tests' own.
"""

from __future__ import annotations

import pytest
from conftest import assert_judged

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


GREETINGS = "to-lam-greetings-to-trump-2025"
FIRST_LADY = "to-lam-invited-melania-trump-visit-vietnam-2025"

# (statement, verdict, the claim cited, or words of the reason)
JOINED = [
    (
        "Lam received Secretary of War Hegseth and had him convey his greetings to President "
        "Trump.",
        SUPPORTED,
        GREETINGS,
    ),
    (
        "To Lam received Pete Hegseth and asked him to pass on his regards to Trump.",
        SUPPORTED,
        GREETINGS,
    ),
    (
        "The party chief received Hegseth and relayed an invitation for Trump and the first lady "
        "to visit Vietnam.",
        SUPPORTED,
        FIRST_LADY,
    ),
    (
        "Tổng Bí thư đón Bộ trưởng Hegseth và nhờ ông gửi lời thăm hỏi tới Tổng thống Trump.",
        SUPPORTED,
        GREETINGS,
    ),
    (
        "Tong Bi thu don Bo truong Hegseth va nho ong gui loi tham hoi toi Tong thong Trump",
        SUPPORTED,
        GREETINGS,
    ),
    # the receiver of an act said right after the verb stays its receiver
    ("Hungary received Vietnam's invitation and Vietnam's greetings.", NEI, ""),
    # traps: a carrier the claims do not give; an act the host did not do
    (
        "Lam received Prime Minister Orbán and asked him to pass on his regards to Trump.",
        NEI,
        "",
    ),
    ("Lam received Hegseth and invited Orbán to visit Vietnam.", NEI, ""),
    ("Tổng Bí thư tiếp ông Hegseth và mời ông Orbán thăm Việt Nam.", NEI, ""),
    ("Tong Bi thu tiep ong Hegseth va moi ong Orban tham Viet Nam", NEI, ""),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), JOINED)
def test_an_act_joined_after_a_reception_is_the_hosts(
    checker: Checker, statement: str, verdict: str, why: str
) -> None:
    assert_judged(checker, statement, verdict, why)
