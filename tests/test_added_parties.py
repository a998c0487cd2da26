"""A party a list joiner adds to the one an act was done to (issue 10, session 22, review2 M5):
"greetings to Trump and the American people", "tới Tổng thống Trump và Phu nhân", "wished Lam
and the Vietnamese government a happy Tet". Whom the act went to is what the deciding claim's
own span says ("tới Tổng Bí thư và nhân dân Việt Nam") or a party it names; the sentence around
the span (which may name another act's party: "và lời mời Tổng thống cùng Phu nhân") and the
country of a party do not say it (check.accounting.added_parties). Written in English,
Vietnamese and Vietnamese without diacritics, in wording of our own."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker

NEI = "not_enough_info"
SUPPORTED = "supported"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the reviewer's confident wrongs
        ("Hagerty wished Lam and the Vietnamese government a happy Tet.", NEI),
        ("Ong Hagerty chuc Tet Tong Bi thu va Chinh phu Viet Nam.", NEI),
        ("Lam conveyed greetings to Trump and the American people.", NEI),
        ("Tổng Bí thư chuyển lời thăm hỏi tới Tổng thống Trump và nhân dân Mỹ.", NEI),
        ("Tổng Bí thư chuyển lời thăm hỏi tới Tổng thống Trump và Chính phủ Mỹ.", NEI),
        ("Tổng Bí thư chuyển lời thăm hỏi tới Tổng thống Trump và Phu nhân.", NEI),
        ("Tổng Bí thư mời Tổng thống Trump và các thành viên Nội các thăm Việt Nam.", NEI),
        ("Lam thanked Hun Sen and the Cambodian people for the warm welcome.", NEI),
        # our own wording of the same: a second addressee the span does not give
        ("Party chief Lam sent his regards to President Trump and the US government", NEI),
        ("TBT To Lam gui loi tham hoi toi Tong thong Trump va nhan dan My", NEI),
        ("Tô Lâm cảm ơn Chủ tịch Hun Sen và nhân dân Campuchia về sự đón tiếp trọng thị", NEI),
        ("Senator Hagerty sent Tet wishes to To Lam and his government", NEI),
        # someone named by his relation to the party ("gia đình", "family": statements.yaml
        # relations), found by the new-statement check
        ("Tổng Bí thư gửi lời thăm hỏi tới Tổng thống Trump và gia đình.", NEI),
        ("Lam conveyed his greetings to President Trump and his family", NEI),
        # ... and the second addressee the span gives, which keeps the act borne out
        ("Sen. Hagerty wished Lam and the Vietnamese people a happy Lunar New Year", SUPPORTED),
        ("Hagerty wished the party chief and the people of Vietnam a happy Tet.", SUPPORTED),
        ("Ong Hagerty chuc Tet TBT va nhan dan Viet Nam", SUPPORTED),
        (
            "Thượng nghị sĩ Hagerty gửi tới Tổng Bí thư và nhân dân Việt Nam lời chúc Tết"
            " Nguyên đán.",
            SUPPORTED,
        ),
        ("Tổng Bí thư mời Tổng thống Trump và Phu nhân thăm Việt Nam.", SUPPORTED),
        ("Lam invited Trump and his wife to visit Vietnam", SUPPORTED),
        ("Lam thanked Hun Sen and other senior Cambodian leaders for the warm welcome", SUPPORTED),
        # a list of the act's doers, or a clause going on, adds no party
        (
            "Vietnam and Czechia agreed to make better use of the EVFTA to lift bilateral trade",
            SUPPORTED,
        ),
        (
            "Hagerty said he hoped to return to Vietnam soon and sent Lunar New Year wishes to"
            " Lam and the Vietnamese people.",
            SUPPORTED,
        ),
        ("Lam met Hungarian Prime Minister Orban and President Tokayev of Kazakhstan", SUPPORTED),
        # a verb of saying is no act done to the names after it
        (
            "Hagerty said Congress and the US government would keep working closely with Vietnam"
            " on war legacies.",
            SUPPORTED,
        ),
    ],
)
def test_added_parties(real_checker: Checker, text: str, verdict: str) -> None:
    with real_checker.snapshot():
        judgement = real_checker.check(text)
    assert judgement.verdict == verdict, judgement.explanation
    assert judgement.explanation
