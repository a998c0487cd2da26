"""A go-between said another way (issue 10, offices), session 35.

Session 25 read one asked to pass an act on with his name in the phrase ("asked Hegseth to
pass his regards to Trump", "nhờ ông Hegseth chuyển lời thăm hỏi": tests/test_go_betweens.py).
The press names him other ways, each of which left a word no claim reads and the statement
open, or read a verb that is not there:

- by a pronoun, the minister received just before ("received Hegseth and asked him to pass on
  his regards", "nhờ ông chuyển lời"): an object pronoun in the slot stands for a person the
  statement named before it (`go_between_pronouns` in lexicon/<lang>/synonyms.yaml);
- not at all, as Vietnamese drops the object ("tiếp Bộ trưởng Hegseth, nhờ chuyển lời thăm
  hỏi tới Tổng thống Trump"): the asking with no slot, after a person named
  (`go_betweens_elided`);
- after the act, by "through" ("gửi lời thăm hỏi tới Tổng thống Trump thông qua Bộ trưởng
  Hegseth"): "thông qua" right before a person is the way the act went, no approval of
  anything (it was read as the ODA's), and "qua" likewise no word left over
  (`go_between_via`);
- "relayed" an invitation, as the source's "chuyển lời mời" says (lexicon/en/glosses.yaml).

The one who carries it stays a name the deciding claims must account for: another carrier, or
a pronoun with no person before it, leaves the statement open. Each in English, Vietnamese and
Vietnamese without diacritics, in wording of these tests' own.
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import assert_judged, lexicon_examples

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


GREETINGS = "to-lam-greetings-to-trump-2025"
INVITED = "to-lam-invited-trump-visit-vietnam-2025"
FIRST_LADY = "to-lam-invited-melania-trump-visit-vietnam-2025"

# (statement, verdict, the claim cited, or words of the reason)
SAID_OTHERWISE = [
    # a pronoun in the slot, for the one received before it
    (
        "Lam hosted War Secretary Hegseth and asked him to convey his regards to Trump.",
        SUPPORTED,
        GREETINGS,
    ),
    (
        "Tổng Bí thư tiếp Bộ trưởng Hegseth và nhờ ông chuyển lời thăm hỏi tới Tổng thống Trump.",
        SUPPORTED,
        GREETINGS,
    ),
    (
        "Tong Bi thu tiep Bo truong Hegseth va nho ong chuyen loi tham hoi toi Tong thong Trump",
        SUPPORTED,
        GREETINGS,
    ),
    # the carrier dropped, as Vietnamese does
    (
        "Tổng Bí thư Tô Lâm tiếp Bộ trưởng Hegseth, nhờ chuyển lời mời Tổng thống Trump sớm "
        "thăm Việt Nam.",
        SUPPORTED,
        INVITED,
    ),
    (
        "Tong Bi thu To Lam tiep Bo truong Hegseth, nho chuyen loi moi Tong thong Trump som "
        "tham Viet Nam",
        SUPPORTED,
        INVITED,
    ),
    # through him, after the act
    (
        "Lam sent President Trump his regards via War Secretary Hegseth.",
        SUPPORTED,
        GREETINGS,
    ),
    (
        "Tổng Bí thư gửi lời thăm hỏi tới Tổng thống Trump thông qua Bộ trưởng Hegseth.",
        SUPPORTED,
        GREETINGS,
    ),
    (
        "Tổng Bí thư gửi lời thăm hỏi tới Tổng thống Trump qua ông Hegseth.",
        SUPPORTED,
        GREETINGS,
    ),
    (
        "Tong Bi thu gui loi tham hoi toi Tong thong Trump thong qua Bo truong Hegseth",
        SUPPORTED,
        GREETINGS,
    ),
    # relayed, as the source's "chuyển lời mời"
    (
        "Lam relayed an invitation for Trump and the first lady to come to Vietnam.",
        SUPPORTED,
        FIRST_LADY,
    ),
    # traps: another carrier, whom the sources do not put there; a pronoun with no one
    # before it; an approval that is one
    (
        "Lam hosted Prime Minister Orbán and asked him to convey his regards to Trump.",
        NEI,
        "",
    ),
    (
        "Tổng Bí thư gửi lời thăm hỏi tới Tổng thống Trump thông qua Thủ tướng Orbán.",
        NEI,
        "",
    ),
    (
        "Tong Bi thu gui loi tham hoi toi Tong thong Trump qua Thu tuong Orban",
        NEI,
        "",
    ),
    (
        "Tổng Bí thư tiếp Thủ tướng Orbán, nhờ chuyển lời thăm hỏi tới Tổng thống Trump.",
        NEI,
        "",
    ),
    ("Lam sent President Trump his regards via Senator Daines.", NEI, ""),
    (
        "Hungary thông qua khoản ODA 400 triệu USD cho Việt Nam.",
        SUPPORTED,
        "hu-oda-400m-usd",
    ),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), SAID_OTHERWISE)
def test_a_go_between_said_another_way(
    checker: Checker, statement: str, verdict: str, why: str
) -> None:
    assert_judged(checker, statement, verdict, why)
    parsed = checker.parse(statement)
    # "thông qua" before a person approves nothing
    if "Hungary" not in statement:
        assert "oda_approved" not in parsed.predicates


@pytest.mark.parametrize("example", lexicon_examples("synonyms", "go_between_said_examples"))
def test_go_between_said_examples(checker: Checker, example: dict[str, Any]) -> None:
    judged = checker.check(example["text"])
    assert judged.verdict == example["verdict"], judged.explanation
