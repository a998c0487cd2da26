"""Session 28, cwroles: who gives and who receives.

Hungary grants 200 scholarships a year to Vietnamese students and approved 400 million USD of
ODA for Vietnam; the United States is Vietnam's second-largest trading partner. A statement
that turns these roles round is not borne out: one who receives ("Hungary has received ODA
from Vietnam", "Hungarian students receive ..."), a passive naming who gives ("are granted by
Vietnam", "được Việt Nam cấp"), or the side a rank is counted among ("for America, Vietnam is
the No. 2 trading partner", "đối với Mỹ", "America's No. 2 trading partner, Vietnam"). The
same words the claim's way round keep their verdict.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


TURNED = [
    # the reviewer's
    "Hungarian students receive 200 Vietnamese government scholarships every year.",
    "Hungary has received 400 million dollars in ODA from Vietnam.",
    "Every year 200 scholarships are granted by Vietnam to students from Hungary.",
    "Hungary được Việt Nam cấp 400 triệu USD vốn ODA.",
    "Sinh viên Hungary được Việt Nam cấp 200 suất học bổng mỗi năm.",
    "Hungary duoc Viet Nam cap 400 trieu USD von ODA.",
    "Sinh vien Hungary duoc Viet Nam cap 200 suat hoc bong moi nam.",
    "200 suất học bổng mỗi năm được Việt Nam trao cho sinh viên Hungary.",
    "200 suat hoc bong moi nam duoc Viet Nam trao cho sinh vien Hungary.",
    "Hungarian students are awarded 200 scholarships a year by the Vietnamese government.",
    "Sinh viên Hungary được Chính phủ Việt Nam trao 200 suất học bổng mỗi năm.",
    "For the United States, Vietnam is now the second-largest trading partner, Daines said.",
    "For America, Vietnam has become the No. 2 trading partner.",
    "Đối với Mỹ, Việt Nam là đối tác thương mại lớn thứ hai.",
    "Doi voi My, Viet Nam la doi tac thuong mai lon thu hai.",
    "America's No. 2 trading partner, Vietnam, is an important economic partner, Daines said.",
    "Trong số các đối tác thương mại của Mỹ, Việt Nam đứng thứ hai.",
    # paraphrases, in the three forms
    "Hungary gets 400 million USD in ODA from Vietnam.",
    "Hungary nhận 400 triệu USD vốn ODA từ Việt Nam.",
    "Hungary nhan 400 trieu USD von ODA tu Viet Nam.",
    "400 million USD in ODA was approved by Vietnam for Hungary.",
    "Hungary được Việt Nam viện trợ 400 triệu USD ODA.",
    "For the US, Vietnam ranks as the second-largest trading partner.",
    "Trong so cac doi tac thuong mai cua My, Viet Nam dung thu hai.",
    # turned round by the order or the possessive alone: not enough info today, and kept so
    "Vietnam is America's second-largest trading partner.",
    "Vietnam is the second-largest trading partner of the United States.",
    "Việt Nam là đối tác thương mại lớn thứ hai của Mỹ.",
    "Hungary nhận được 200 suất học bổng từ Việt Nam mỗi năm.",
    "Trump was invited by Lam to visit Vietnam.",
]

RIGHT = [
    "Vietnamese students receive 200 Hungarian scholarships every year.",
    "Vietnam has received 400 million dollars in ODA from Hungary.",
    "Every year 200 scholarships are granted by Hungary to students from Vietnam.",
    "Việt Nam được Hungary cấp 400 triệu USD vốn ODA.",
    "Sinh viên Việt Nam được Hungary cấp 200 suất học bổng mỗi năm.",
    "Viet Nam duoc Hungary cap 400 trieu USD von ODA.",
    "200 suất học bổng mỗi năm được Hungary trao cho sinh viên Việt Nam.",
    "Vietnamese students are awarded 200 scholarships a year by the Hungarian government.",
    "Sinh viên Việt Nam được Chính phủ Hungary trao 200 suất học bổng mỗi năm.",
    "Hungary grants 200 scholarships a year to Vietnamese students.",
    "Hungary approved 400 million USD in ODA for Vietnam.",
    "Hungary cấp 200 học bổng mỗi năm cho sinh viên Việt Nam.",
    "Budapest has signed off on $400 million in ODA for Vietnam.",
    "The United States is Vietnam's second-largest trading partner.",
    "Mỹ là đối tác thương mại lớn thứ hai của Việt Nam.",
    "My la doi tac thuong mai lon thu hai cua Viet Nam.",
    # the right way round with a passive or a verb of receiving
    "Hungary gave Vietnam 400 million USD in ODA.",
    "Lam was invited by Trump to attend the Board of Peace meeting.",
    "To Lam received US Secretary of War Pete Hegseth.",
    "To Lam received a letter from President Trump.",
]


@pytest.mark.parametrize("statement", TURNED)
def test_roles_turned_round_are_not_borne_out(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation


@pytest.mark.parametrize("statement", RIGHT)
def test_roles_the_claims_way_round_stay_supported(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == SUPPORTED, judgement.explanation


# "respectively", "lần lượt": each name of a list with the place in the same position.
RESPECTIVE = [
    (
        "Prabowo Subianto and Kassym-Jomart Tokayev are the presidents of Indonesia and "
        "Kazakhstan respectively.",
        SUPPORTED,
    ),
    (
        "Thủ tướng Hun Manet và Thủ tướng Pashinyan, lần lượt của Armenia và Campuchia, gặp "
        "Tổng Bí thư ngày 19/2.",
        CONTRADICTED,
    ),
    (
        "Thu tuong Hun Manet va Thu tuong Pashinyan, lan luot cua Armenia va Campuchia, gap "
        "Tong Bi thu ngay 19/2.",
        CONTRADICTED,
    ),
    (
        "Thủ tướng Hun Manet và Thủ tướng Pashinyan, lần lượt của Campuchia và Armenia, gặp "
        "Tổng Bí thư ngày 19/2.",
        SUPPORTED,
    ),
    (
        "Prabowo Subianto and Kassym-Jomart Tokayev are the presidents of Kazakhstan and "
        "Indonesia respectively.",
        CONTRADICTED,
    ),
    (
        "Hun Manet and Pashinyan, the prime ministers of Cambodia and Armenia respectively, "
        "met Lam.",
        SUPPORTED,
    ),
    (
        "Hun Manet and Pashinyan, the prime ministers of Armenia and Cambodia respectively, "
        "met Lam.",
        CONTRADICTED,
    ),
]


@pytest.mark.parametrize(("statement", "verdict"), RESPECTIVE)
def test_respectively_pairs_names_and_places_in_order(
    checker: Checker, statement: str, verdict: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


def test_without_respectively_the_reading_is_unchanged(checker: Checker) -> None:
    # the tied version keeps today's reading: no pairing without the word
    statement = "Prabowo Subianto and Kassym-Jomart Tokayev are the presidents of Indonesia."
    assert checker.check(statement).verdict == CONTRADICTED
