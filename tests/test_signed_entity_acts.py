"""An act whose value is an entity (the agreement a country is party to) bears out a statement
only if the statement names that entity or the claim's other party (review 2, group A): "Vietnam
and Hungary have signed a comprehensive partnership" is not borne out by Vietnam's being party
to the EVFTA with the EU, and the partnership claim says it exists, not that it was signed; the
statement's names (Hungary) must be parties of the claim that bears it out. Run on the curated
base."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from factdb.check.checker import Checker


@pytest.fixture(scope="module")
def checker(real_engine: Engine) -> Checker:
    return Checker(real_engine)


def _verdict(checker: Checker, text: str) -> str:
    with checker.snapshot():
        return checker.check(text).verdict


@pytest.mark.parametrize(
    "statement",
    [
        # the reviewer's four (s17-merge: SUPPORTED through vn-eu-evfta)
        "Viet Nam va Indonesia vua ky thoa thuan doi tac chien luoc toan dien.",
        "Hungary vua ky khoan ODA 400 trieu USD cho Viet Nam.",
        "Vietnam and Hungary have signed a comprehensive partnership.",
        "Vietnam and the Czech Republic signed a strategic partnership in February 2026.",
        # the class, as wire copy, headlines and posts put it
        "BREAKING: Hanoi and Jakarta sign comprehensive strategic partnership deal",
        "Budapest signs $400 million ODA package for Vietnam",
        "Việt Nam và Séc ký kết quan hệ Đối tác chiến lược",
        "Hungary ký khoản vốn ODA 400 triệu USD dành cho Việt Nam",
        "Việt Nam và Hungary đã ký thỏa thuận Đối tác toàn diện",
        "Viet Nam va Sec ky ket quan he doi tac chien luoc thang 2/2026",
        "Viet Nam va Hungary da ky thoa thuan doi tac toan dien",
    ],
)
def test_a_signing_no_claim_of_its_parties_bears_out_is_open(
    checker: Checker, statement: str
) -> None:
    assert _verdict(checker, statement) == "not_enough_info"


@pytest.mark.parametrize(
    "statement",
    [
        "Vietnam and the US have not signed the reciprocal trade deal",
        "Việt Nam và Mỹ chưa ký thỏa thuận thương mại đối ứng",
        "Viet Nam va My chua ky thoa thuan thuong mai doi ung",
        "Vietnam signed the EVFTA with the EU",
        "Việt Nam đã ký Hiệp định EVFTA với EU",
        "Viet Nam da ky hiep dinh EVFTA voi EU",
    ],
)
def test_a_signing_that_names_the_agreement_or_its_party_is_borne_out(
    checker: Checker, statement: str
) -> None:
    assert _verdict(checker, statement) == "supported"
