"""Greetings to a leader and his people (issue 10, session 22, speakers): a country's people
named beside the leader in the slot of a light verb and the act's noun ("wished Lam and the
Vietnamese people a happy Lunar New Year", "gửi tới Tổng Bí thư và nhân dân Việt Nam lời chúc
mừng": `slot_people` in lexicon/<lang>/synonyms.yaml) keep the phrase the act; the one who
did it must still be the claims'. Written in English, Vietnamese and Vietnamese without
diacritics, in wording of our own."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker

NEI = "not_enough_info"
SUPPORTED = "supported"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Hagerty wished the party chief and the people of Vietnam a happy Tet.", SUPPORTED),
        ("Sen. Hagerty wished Lam and the Vietnamese people a happy new year.", SUPPORTED),
        (
            "Thượng nghị sĩ Hagerty gửi tới Tổng Bí thư và nhân dân Việt Nam lời chúc Tết"
            " Nguyên đán.",
            SUPPORTED,
        ),
        ("Ong Hagerty chuc Tet TBT va nhan dan Viet Nam", SUPPORTED),
        # someone the claims do not give the greetings to
        ("Orbán wished To Lam and the Vietnamese people a happy Lunar New Year.", NEI),
        ("Thủ tướng Orbán gửi tới Tổng Bí thư và nhân dân Việt Nam lời chúc Tết.", NEI),
    ],
)
def test_greetings_to_a_leader_and_his_people(
    real_checker: Checker, text: str, verdict: str
) -> None:
    judgement = real_checker.check(text)
    assert judgement.verdict == verdict, judgement.explanation
    assert judgement.explanation
