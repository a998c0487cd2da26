"""Session 36, issue 10: an act fronted behind a word of the same time.

"Tiếp ông Hegseth, Tổng Bí thư ..." and "Receiving Hegseth, Lam invited ..." give the fronted
verb the main clause's doer (check.assertions._fronted). The same clause opened by a word of
the same time ("Khi tiếp ông Hegseth, ...", "When receiving Hegseth, ...": `fronted_whens` in
lexicon/<lang>/statements.yaml) left the reception with no doer, so what the host said there was
never weighed. It now reads as the bare clause does, and so does a clause whose main verb is a
saying ("Receiving Hegseth, Lam said ..."), whose doer is the first person after the comma.
Another host, another guest and another speaker stay open. Statements written for these tests.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED
from tests.conftest import assert_judged

RECEIVED = "to-lam-received-hegseth-2025"
BRIDGE = "to-lam-affirmed-vietnam-bridge-for-peace-2025"
PILLAR = "to-lam-affirmed-defence-cooperation-pillar-2025"

ROWS = [
    # what the host said while receiving his guest
    ("When receiving Hegseth, Lam called Vietnam a bridge for peace.", SUPPORTED, RECEIVED),
    (
        "While hosting Hegseth, Lam said Vietnam stood ready to be a bridge for peace.",
        SUPPORTED,
        BRIDGE,
    ),
    (
        "Khi tiếp ông Hegseth, Tổng Bí thư khẳng định Việt Nam sẵn sàng làm cầu nối hòa bình.",
        SUPPORTED,
        BRIDGE,
    ),
    (
        "Khi tiep Bo truong Hegseth, Tong Bi thu khang dinh Viet Nam san sang lam cau noi hoa binh",
        SUPPORTED,
        RECEIVED,
    ),
    (
        "Lúc tiếp ông Hegseth, ông Tô Lâm khẳng định Việt Nam sẵn sàng làm cầu nối hòa bình.",
        SUPPORTED,
        BRIDGE,
    ),
    # a saying after the comma: its speaker is the fronted verb's doer
    (
        "Receiving Hegseth, Lam said Vietnam was ready to act as a bridge for peace.",
        SUPPORTED,
        RECEIVED,
    ),
    # and what he denied there is refuted by what he said
    (
        "Khi tiếp ông Hegseth, Tổng Bí thư nói hợp tác quốc phòng "
        "chưa phải là trụ cột của quan hệ hai nước.",
        CONTRADICTED,
        PILLAR,
    ),
    (
        "Khi tiep ong Hegseth, Tong Bi thu noi hop tac quoc phong chua phai la tru cot cua quan he",
        CONTRADICTED,
        PILLAR,
    ),
    (
        "When receiving Hegseth, Lam said defence cooperation was not yet a pillar of ties.",
        CONTRADICTED,
        PILLAR,
    ),
    # traps: a guest he did not receive, another speaker, a host no claim gives
    (
        "When receiving Orban, Lam said Vietnam was ready to act as a bridge for peace.",
        NEI,
        "Viktor Orbán",
    ),
    (
        "Khi tiếp ông Daines, Tổng Bí thư khẳng định Việt Nam sẵn sàng làm cầu nối hòa bình.",
        NEI,
        "Steve Daines",
    ),
    (
        "Khi tiep ong Hegseth, Thu tuong khang dinh Viet Nam san sang lam cau noi hoa binh",
        NEI,
        "prime minister",
    ),
    (
        "When receiving Hegseth, Orban said Vietnam was ready to act as a bridge for peace.",
        NEI,
        "Viktor Orbán",
    ),
]


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(("statement", "expected", "why"), ROWS)
def test_fronted_act_after_a_word_of_the_same_time(
    checker: Checker, statement: str, expected: str, why: str
) -> None:
    assert_judged(checker, statement, expected, why)
