"""An act whose value is an entity (the agreement a country is party to) bears out a statement
only if the statement names that entity or the claim's other party (review 2, group A): "Vietnam
and Hungary have signed a comprehensive partnership" is not borne out by Vietnam's being party
to the EVFTA with the EU, and the partnership claim says it exists, not that it was signed; the
statement's names (Hungary) must be parties of the claim that bears it out. Run on the curated
base."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker

OPEN = "not_enough_info"


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the reviewer's four (s17-merge: SUPPORTED through vn-eu-evfta)
        ("Viet Nam va Indonesia vua ky thoa thuan doi tac chien luoc toan dien.", OPEN),
        ("Hungary vua ky khoan ODA 400 trieu USD cho Viet Nam.", OPEN),
        ("Vietnam and Hungary have signed a comprehensive partnership.", OPEN),
        ("Vietnam and the Czech Republic signed a strategic partnership in February 2026.", OPEN),
        # the class, as wire copy, headlines and posts put it
        ("BREAKING: Hanoi and Jakarta sign comprehensive strategic partnership deal", OPEN),
        ("Budapest signs $400 million ODA package for Vietnam", OPEN),
        ("Việt Nam và Séc ký kết quan hệ Đối tác chiến lược", OPEN),
        ("Hungary ký khoản vốn ODA 400 triệu USD dành cho Việt Nam", OPEN),
        ("Việt Nam và Hungary đã ký thỏa thuận Đối tác toàn diện", OPEN),
        ("Viet Nam va Sec ky ket quan he doi tac chien luoc thang 2/2026", OPEN),
        ("Viet Nam va Hungary da ky thoa thuan doi tac toan dien", OPEN),
        # a signing that names the agreement or its other party is still borne out (or denied)
        ("Vietnam and the US have not signed the reciprocal trade deal", "supported"),
        ("Việt Nam và Mỹ chưa ký thỏa thuận thương mại đối ứng", "supported"),
        ("Viet Nam va My chua ky thoa thuan thuong mai doi ung", "supported"),
        ("Vietnam signed the EVFTA with the EU", "supported"),
        ("Việt Nam đã ký Hiệp định EVFTA với EU", "supported"),
        ("Viet Nam da ky hiep dinh EVFTA voi EU", "supported"),
    ],
)
def test_a_signing_is_borne_out_only_by_a_claim_of_its_named_parties(
    real_checker: Checker, statement: str, verdict: str
) -> None:
    with real_checker.snapshot():
        assert real_checker.check(statement).verdict == verdict
