"""Session 35, issue 10: what a speaker said of the stage the reciprocal trade talks are at.

The press names the talks "the reciprocal trade talks" or "reciprocal trade negotiations"
("đàm phán thương mại đối ứng"), or the deal "VN-US trade deal": these were left unread, so a
speaker's words about the talks bore on no claim, and "Greer says reciprocal trade talks are
entering a make-or-break phase" stayed open. They are now aliases of the agreement
(fixtures/vocabulary/entities.yaml). The trade representative told Lâm the talks were entering
the decisive phase: talks "still at an early stage" ("mới ở giai đoạn khởi động") have not
reached it (`opposites` of decisive-phase in lexicon/<lang>/polarity.yaml), so his words so
reported refute his own (the claim is his alone, `sole_speaker`). Talks said to be concluded
are the agreement's own business (tests/test_parties_unnamed.py). Another speaker, another
year and other talks stay open. Statements written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED
from tests.conftest import assert_judged

DECISIVE = "greer-said-trade-talks-decisive-phase"

ROWS = [
    # the talks by the press's name, at the stage the speaker gave
    (
        "Greer tells Lam the reciprocal trade negotiations are heading into a decisive phase",
        SUPPORTED,
        DECISIVE,
    ),
    (
        "Ông Greer cho biết đàm phán thương mại đối ứng đang bước vào giai đoạn quyết định.",
        SUPPORTED,
        DECISIVE,
    ),
    (
        "Ong Greer cho biet dam phan thuong mai doi ung dang buoc vao giai doan quyet dinh",
        SUPPORTED,
        DECISIVE,
    ),
    # the talks only begun: not yet at the decisive phase
    (
        "Greer told the party chief the reciprocal trade talks were only in their early stages.",
        CONTRADICTED,
        DECISIVE,
    ),
    (
        "Ông Greer nói với Tổng Bí thư rằng đàm phán thương mại đối ứng mới ở giai đoạn đầu.",
        CONTRADICTED,
        DECISIVE,
    ),
    ("Ong Greer noi dam phan thuong mai doi ung van o giai doan dau", CONTRADICTED, DECISIVE),
    # traps: another speaker, another year, other talks
    ("Hagerty said the reciprocal trade talks were still at an early stage.", NEI, "Bill Hagerty"),
    ("Ông Leahy nói đàm phán thương mại đối ứng mới ở giai đoạn đầu.", NEI, "Patrick Leahy"),
    ("Greer told Lam a US trade deal with Japan had been signed.", NEI, "Japan"),
    ("Ông Greer nói hai bên đã hoàn tất vòng đàm phán về hàng không.", NEI, "Jamieson Greer"),
    ("Ong Greer noi hai ben da hoan tat vong dam phan ve hang khong", NEI, "Jamieson Greer"),
    ("Greer said the reciprocal trade talks were at an early stage in 2019.", NEI, "2019"),
]


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(("statement", "expected", "why"), ROWS)
def test_what_a_speaker_said_of_the_talks_stage(
    checker: Checker, statement: str, expected: str, why: str
) -> None:
    assert_judged(checker, statement, expected, why)
