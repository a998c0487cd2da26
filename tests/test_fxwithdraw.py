"""Session 32, fixer fxwithdraw: a leaving said of a state the claims say never held (issue 10:
a confident wrong verdict is the worst outcome).

A withdrawal ("withdrew from", "pulled out of", "rút khỏi") is a change from party to not
party: it says the subject was a party before (lexicon/<lang>/polarity.yaml `leavings`). A
claim that it is not one (the reciprocal trade agreement not concluded on 18 February 2026)
does not bear that out: they may conclude it later and withdraw later still, so the statement
is open (rules.decide_claim, `Stated.left`). A claim that it is one still refutes it as before
(the EVFTA in force for Vietnam, Vietnam a founding member of the Board of Peace), and a plain
denial ("have not signed", "chưa ký") is still borne out by the claim that it did not hold.

Each in English, Vietnamese and Vietnamese without diacritics, with the near cases that keep
their verdict.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED
from factdb.check.rules import Stated, decide_claim
from factdb.lexicon.index import load
from tests.builders import claim_view


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


WITHDRAWALS = [
    # the reviewer's
    ("Hanoi and Washington withdrew from the trade agreement.", NEI),
    ("Hanoi and Washington pulled out of the trade deal.", NEI),
    ("Việt Nam và Mỹ rút khỏi hiệp định thương mại.", NEI),
    # paraphrases, in the three forms
    ("Viet Nam va My rut khoi hiep dinh thuong mai.", NEI),
    ("Vietnam and the United States have withdrawn from the reciprocal trade deal.", NEI),
    ("Hà Nội và Washington đã rút khỏi thỏa thuận thương mại đối ứng.", NEI),
    ("Ha Noi va Washington da rut khoi thoa thuan thuong mai doi ung.", NEI),
    ("The US walked away from the reciprocal trade deal with Vietnam.", NEI),
    ("Việt Nam từ bỏ hiệp định thương mại đối ứng với Mỹ.", NEI),
    ("Viet Nam tu bo hiep dinh thuong mai doi ung voi My.", NEI),
]

KEPT = [
    # a plain denial of the state: borne out by the claim that it did not hold
    ("Vietnam and the US have not signed the reciprocal trade deal.", SUPPORTED),
    ("Việt Nam và Mỹ chưa ký hiệp định thương mại đối ứng.", SUPPORTED),
    ("Viet Nam va My chua ky hiep dinh thuong mai doi ung.", SUPPORTED),
    # a withdrawal from a state the claims show held: refuted
    ("Vietnam withdrew from the EVFTA.", CONTRADICTED),
    ("Vietnam pulled out of the EVFTA.", CONTRADICTED),
    ("Việt Nam rút khỏi EVFTA.", CONTRADICTED),
    ("Viet Nam rut khoi EVFTA.", CONTRADICTED),
    ("Vietnam has withdrawn from the Board of Peace", CONTRADICTED),
    ("Việt Nam rút khỏi Hội đồng Hòa bình.", CONTRADICTED),
    ("Viet Nam rut khoi Hoi dong Hoa binh.", CONTRADICTED),
    # the state affirmed, of the claim that it did not hold
    ("Vietnam and the US have concluded the reciprocal trade agreement", CONTRADICTED),
    ("Việt Nam và Mỹ đã hoàn tất thỏa thuận thương mại đối ứng.", CONTRADICTED),
]


@pytest.mark.parametrize(("statement", "verdict"), WITHDRAWALS + KEPT)
def test_a_leaving_needs_the_state_held(checker: Checker, statement: str, verdict: str) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation


@pytest.mark.parametrize("statement", [s for s, _ in WITHDRAWALS[:4]])
def test_the_open_leaving_says_why(checker: Checker, statement: str) -> None:
    judged = checker.check(statement)
    assert "held before" in judged.explanation, judged.explanation


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_every_leaving_is_an_antonym_of_its_predicate(lang: str) -> None:
    polarity = load(lang, "polarity")
    antonyms = polarity.get("antonyms") or {}
    for pid, phrases in (polarity.get("leavings") or {}).items():
        assert phrases, pid
        assert set(phrases) <= set(antonyms.get(pid) or ()), pid


def test_a_leaving_is_open_only_against_a_denied_state() -> None:
    left = Stated(negated=True, left=True, cue="withdrew from", label="party to an agreement")
    not_party = claim_view(predicate="party_to_agreement", polarity="denied")
    party = claim_view(predicate="party_to_agreement")
    assert decide_claim(not_party, left).outcome == "open"
    assert decide_claim(not_party, left).grounds.rule == "ends-entered"
    assert decide_claim(party, left).outcome == "contradicts"
    # a plain denial ("have not signed") is borne out by the claim that it did not hold
    plain = Stated(negated=True, cue="not")
    assert decide_claim(not_party, plain).outcome == "supports"
