"""Session 34, coverage: the one who accepts an invitation does what it was to.

"To Lam accepted Trump's invitation to join the Board of Peace as a founding member": the act
after the acceptance is its content, done by the one who accepts, not by the inviter named in
between (`own_contents` in lexicon/<lang>/synonyms.yaml, read by check.assertions). Before, the
inviter's name kept the join from any doer, so "as a founding member" was left with no claim
and the statement came out not enough info; now the leader's joining is read of his country's
membership, as "To Lam joined the Board as a founding member" already was. The inverse, whose
party does the content ("invited Trump to attend": Trump attends), is `controllers`.

In English, Vietnamese and Vietnamese without diacritics; traps: another acceptor, another
capacity, an invitation the sources never give.
"""

from __future__ import annotations

from typing import Any

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED
from factdb.lexicon.index import LANGUAGES
from factdb.lexicon.index import load as load_lexicon


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


ACCEPTED = "to-lam-accepted-bop-membership-invitation"
MEMBER = "vietnam-founding-member-board-of-peace"

ROWS = [
    (
        "Vietnam's party chief accepted the US president's invitation to join the Gaza peace"
        " board as a founding member.",
        SUPPORTED,
    ),
    (
        "Tổng Bí thư Tô Lâm đã nhận lời mời của Tổng thống Mỹ tham gia Hội đồng Hòa bình với"
        " tư cách thành viên sáng lập.",
        SUPPORTED,
    ),
    (
        "Tong Bi thu To Lam da nhan loi moi cua Tong thong My tham gia Hoi dong Hoa binh voi"
        " tu cach thanh vien sang lap",
        SUPPORTED,
    ),
    # traps: another acceptor, another capacity, another inviter
    (
        "Hun Manet accepted the US president's invitation to join the Gaza peace board as a"
        " founding member.",
        NEI,
    ),
    (
        "Tổng Bí thư Tô Lâm nhận lời mời của Tổng thống Mỹ tham gia Hội đồng Hòa bình với tư"
        " cách quan sát viên.",
        NEI,
    ),
    (
        "Tong Bi thu To Lam nhan loi moi cua Thu tuong Orban tham gia Hoi dong Hoa binh voi tu"
        " cach thanh vien sang lap",
        NEI,
    ),
]


@pytest.mark.parametrize(("statement", "verdict"), ROWS)
def test_the_acceptor_does_the_content(checker: Checker, statement: str, verdict: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation
    if verdict == SUPPORTED:
        assert {ACCEPTED, MEMBER} <= {c.id for c in result.evidence}, result.explanation


EXAMPLES = [
    {**e, "lang": lang}
    for lang in LANGUAGES
    for e in load_lexicon(lang, "synonyms").get("own_content_examples") or []
]


@pytest.mark.parametrize("example", EXAMPLES)
def test_own_content_corpus(checker: Checker, example: dict[str, Any]) -> None:
    bound = [
        p
        for p in checker.reading(example["text"]).predications
        if p.predicate == example["predicate"]
    ]
    assert bound and bound[0].agent == example["agent"], bound


def test_each_language_lists_its_own_contents_with_an_example() -> None:
    for lang in LANGUAGES:
        data = load_lexicon(lang, "synonyms")
        assert data.get("own_contents"), lang
        assert data.get("own_content_examples"), lang
