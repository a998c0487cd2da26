"""One asked to pass an act on (session 25, occasions): "asked Hegseth to pass his regards to
Trump", "nhờ ông Hegseth chuyển lời thăm hỏi tới Tổng thống Trump". The act after the phrase is
the asker's, done to whom it names; the one asked carries it, a name the deciding claims must
account for like any other; neither the asking nor the verb of carrying ("pass": no resolution
passed) is an act of its own, nor a verb of saying (`go_betweens` in lexicon/<lang>/
synonyms.yaml, check.light_verbs.read_go_betweens, assertions._carried).

Written before the rule, in wire, headline, speech and social wording of our own. Traps: a
go-between the sources do not put on that occasion, an act the sources do not give, a request
with no act passed on ("asked Hegseth to visit"), a wish."""

from __future__ import annotations

from typing import Any

import pytest

from factdb.check.assertions import predications
from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED
from factdb.lexicon.index import LANGUAGES, load


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    "example",
    [
        pytest.param(e, id=f"{lang}-{n}")
        for lang in LANGUAGES
        for n, e in enumerate(load(lang, "synonyms").get("go_between_examples", []))
    ],
)
def test_go_between_corpus(checker: Checker, example: dict[str, Any]) -> None:
    """The act passed on is read, and bound to no go-between as its doer."""
    parsed = checker.parse(example["text"])
    acts = [p for p in predications(parsed, checker.vocab) if p.predicate == example["predicate"]]
    assert acts, parsed.triggers
    carriers = {e for m in parsed.entities if m.text.endswith(example["carrier"]) for e in m.ids}
    assert carriers
    assert not any(set(p.agents) & carriers for p in acts)
    assert parsed.go_betweens
    assert "requested" not in parsed.predicates and "adopted" not in parsed.predicates


@pytest.mark.parametrize(
    "statement",
    [
        # English: wire copy, headline, social post
        "Lam asked U.S. War Secretary Hegseth to convey his greetings to Trump.",
        "Vietnam's Lam Asks Hegseth To Pass On Regards To Trump",
        "Lam had Hegseth relay an invitation to President Trump to visit Vietnam 🇻🇳",
        # Vietnamese
        "Tổng Bí thư Tô Lâm nhờ Bộ trưởng Hegseth chuyển lời thăm hỏi tới Tổng thống Donald Trump.",
        "Tổng Bí thư đề nghị ông Hegseth chuyển lời mời Tổng thống Trump sớm thăm Việt Nam.",
        # without diacritics
        "TBT To Lam nho ong Hegseth chuyen loi tham hoi toi Tong thong Trump",
        "Tong Bi thu nho Bo truong Hegseth chuyen loi moi Tong thong Trump tham Viet Nam",
    ],
)
def test_an_act_passed_on_is_the_askers(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == SUPPORTED, judgement.explanation
    assert judgement.evidence


@pytest.mark.parametrize(
    "statement",
    [
        # a go-between the sources do not put there
        "Lam asked Senator Hagerty to pass his regards to President Trump.",
        "Tổng Bí thư nhờ ông Orbán chuyển lời thăm hỏi tới Tổng thống Trump.",
        "Tong Bi thu nho ong Daines chuyen loi moi toi Tong thong Trump",
        # an act the sources do not give
        "Lam asked Hegseth to pass his regards to Prime Minister Orbán.",
        "Tổng Bí thư nhờ ông Hegseth chuyển lời thăm hỏi tới Thủ tướng Hun Manet.",
        # a request with no act passed on: the request's own claims decide, as before
        "Lam asked Hegseth to visit Vietnam again.",
        # a wish to pass it on
        "Lam hopes to ask Hegseth to pass his regards to Trump.",
    ],
)
def test_traps_stay_open(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation


def test_go_between_is_no_doer(checker: Checker) -> None:
    # the greeting is Lâm's: no claim gives Hegseth greeting Trump, and none refutes Lâm's
    judgement = checker.check("To Lam asked Hegseth to pass on his best wishes to Donald Trump.")
    assert judgement.verdict != CONTRADICTED, judgement.explanation
