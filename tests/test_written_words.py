"""Session 36, issue 10: words given to a writer ("wrote", "viết").

Lâm answered Trump's invitation by letter, and the press gives what the letter said to its
writer: "'Vietnam does not support the creation of a Palestinian state,' Lam wrote in his
letter to Trump", "Vietnam will sit on the Board only as an observer, the party chief wrote in
reply to Trump", "..., Tổng Bí thư viết trong thư trả lời ông Trump". "wrote" was only the
sent_letter trigger, so the words bore on no speaker and stayed open whatever they said. It is
now a verb of saying too where words follow ("wrote that", "wrote in his letter", "viết rằng",
"viết trong thư": `said` in lexicon/<lang>/stances.yaml), the letter still its own act, and a
bare "wrote to Lam inviting ..." still an act, no words:
his words refute the opposite and bear out what he wrote. Another writer and a view no claim of
his gives stay open. Statements written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED
from tests.conftest import assert_judged

PALESTINE = "to-lam-affirmed-palestinian-state-beside-israel"
FOUNDING = "to-lam-affirmed-vietnam-ready-founding-member"
READY = "vietnam-ready-to-join-bop-as-founding-member"

ROWS = [
    # the opposite of what he wrote
    (
        "Hanoi opposes a Palestinian state, Lam wrote in his letter to Trump.",
        CONTRADICTED,
        PALESTINE,
    ),
    (
        "Vietnam would take only an observer seat on the Board of "
        "Peace, Lam wrote in a letter to Trump.",
        CONTRADICTED,
        READY,
    ),
    (
        "Tổng Bí thư viết rằng Việt Nam không ủng hộ việc thành lập nhà nước Palestine.",
        CONTRADICTED,
        PALESTINE,
    ),
    (
        "Tong Bi thu viet trong thu tra loi ong Trump rang Viet Nam "
        "khong ung ho thanh lap nha nuoc Palestine",
        CONTRADICTED,
        PALESTINE,
    ),
    # what he wrote
    (
        "Vietnam is ready to join the Board of Peace as a founding "
        "member, Lam wrote in reply to Trump.",
        SUPPORTED,
        FOUNDING,
    ),
    (
        '"Việt Nam sẵn sàng tham gia với tư cách thành viên sáng '
        'lập", Tổng Bí thư viết trong thư hồi đáp ông Trump',
        SUPPORTED,
        FOUNDING,
    ),
    # the letter is still its own act
    (
        "Lam wrote to Trump accepting the invitation.",
        SUPPORTED,
        "to-lam-letter-to-trump-accepting-bop",
    ),
    # a letter that carries an act, no words: the act is its writer's, no view of his
    (
        "Trump wrote to Lam in mid-January inviting Vietnam to be a founding member of the board.",
        SUPPORTED,
        "trump-invited-to-lam-join-bop-2026-01-16",
    ),
    (
        "Ông Trump viết thư mời Việt Nam trở thành thành viên sáng lập Hội đồng Hòa bình.",
        SUPPORTED,
        "trump-invited-to-lam-join-bop-2026-01-16",
    ),
    # traps: another writer; a view no claim of his gives
    ("Cambodia does not support a Palestinian state, Hun Manet wrote to Trump.", NEI, "Hun Manet"),
    (
        "Ông Hun Manet viết rằng Campuchia không ủng hộ việc thành lập nhà nước Palestine.",
        NEI,
        "Hun Manet",
    ),
    ("Ong Orban viet rang Hungary khong ung ho thanh lap nha nuoc Palestine", NEI, "Viktor Orbán"),
]


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(("statement", "expected", "why"), ROWS)
def test_words_given_to_their_writer(
    checker: Checker, statement: str, expected: str, why: str
) -> None:
    assert_judged(checker, statement, expected, why)
