"""Session 31, fixer fxany: a denied encounter with a kind of party the checker does not read.

A reviewer found 17 confident wrongs on main: "To Lam did not meet any mayor in Washington",
"Tổng Bí thư không gặp thị trưởng nào tại Washington", "Tong Bi thu khong gap lanh dao chau Phi
nao tai Washington" were refuted by the meetings of 19 February (or the calls of 18 February)
with named leaders. The noun nothing read ("mayor", "thị trưởng", "châu Phi") was dropped, so
the statement read as "met nobody". The claims name their parties, and no claim says whether
he met a mayor, a governor, a monarch, a journalist or an African leader: not enough info. A
noun of people the lexicons know (`counted_people`, `universal_nouns`, `party_nouns` in
lexicon/<lang>/statements.yaml: "any foreign leader", "any official", "anyone"), an office
("any US senator"), a country ("lãnh đạo Hungary nào") or a named party ("Orbán") still lets
the claims refute the denial (scope.denied_groups).

English, Vietnamese and Vietnamese without diacritics.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI

# The reviewer's statements, all confidently contradicted on main.
REVIEWED = [
    "Tong Bi thu khong gap lanh dao chau Phi nao tai Washington.",
    "Tổng Bí thư không gặp nhà lãnh đạo Nam Mỹ nào tại Washington.",
    "Tong Bi thu khong gap nha lanh dao Nam My nao tai Washington.",
    "Tong Bi thu khong gap lanh dao chau Dai Duong nao tai Washington.",
    "Tổng Bí thư không điện đàm với thống đốc bang nào của Mỹ.",
    "Tong Bi thu khong dien dam voi thong doc bang nao cua My.",
    "Tổng Bí thư không gặp thị trưởng nào tại Washington.",
    "Tong Bi thu khong gap thi truong nao tai Washington.",
    "Tổng Bí thư không gặp doanh nghiệp Mỹ nào trong chuyến đi.",
    "Tong Bi thu khong gap doanh nghiep My nao trong chuyen di.",
    "Tổng Bí thư không gặp hoàng gia nào tại Washington.",
    "Tổng Bí thư không gặp giám đốc điều hành nào của Mỹ.",
    "Tổng Bí thư không gặp nhà báo Mỹ nào trong chuyến đi.",
    "Tong Bi thu khong gap nha bao My nao trong chuyen di.",
    "To Lam did not call any US governor during the trip.",
    "To Lam did not meet any mayor in Washington.",
    "To Lam did not meet any monarch during the trip.",
]

# Paraphrases in wording no corpus uses: quantified ("any", "bất kỳ", "nào") or bare.
PARAPHRASES = [
    "Lam did not meet with any governor in Washington.",
    "Lam did not call any mayor during the Washington trip.",
    "Lam did not meet any journalist during the trip.",
    "Lam did not meet any Oceanian leader in Washington.",
    "Lam did not meet mayors in Washington.",
    "Tô Lâm không gặp nhà báo nào trong chuyến đi.",
    "Tô Lâm không điện đàm với thị trưởng nào trong chuyến đi.",
    "Tô Lâm không gặp bất kỳ thống đốc nào tại Washington.",
    "Tổng Bí thư không gặp lãnh đạo châu Đại Dương nào tại Washington.",
    "Tổng Bí thư không gặp thị trưởng tại Washington.",
    "To Lam khong gap nha bao nao trong chuyen di.",
    "To Lam khong dien dam voi thi truong nao trong chuyen di.",
    "To Lam khong gap bat ky thong doc nao tai Washington.",
    "Tong Bi thu khong gap lanh dao Nam Phi nao tai Washington.",
    "Tong Bi thu khong gap hoang gia nao tai Washington.",
    "Tong Bi thu khong gap giam doc dieu hanh nao cua My.",
    "To Lam did not hold talks with any mayor in Washington.",
    "Tổng Bí thư không gặp gỡ nhà báo nào tại Washington.",
]

# The near versions that keep their verdict: a kind the claims' named parties are, an office
# any holder of which the claims give, a country, a named party; and those already open.
KEPT = [
    ("To Lam did not meet any foreign leader in Washington.", CONTRADICTED),
    ("Tổng Bí thư không gặp nhà lãnh đạo nước ngoài nào tại Washington.", CONTRADICTED),
    ("Tổng Bí thư không gặp bất kỳ nhà lãnh đạo nước ngoài nào tại Washington.", CONTRADICTED),
    ("To Lam did not meet Orbán.", CONTRADICTED),
    ("Tổng Bí thư không gặp Orbán.", CONTRADICTED),
    ("Tong Bi thu khong gap Orban.", CONTRADICTED),
    ("To Lam did not call any US senator during the trip.", CONTRADICTED),
    ("Tổng Bí thư không điện đàm với thượng nghị sĩ Mỹ nào.", CONTRADICTED),
    ("Tong Bi thu khong dien dam voi thuong nghi si My nao.", CONTRADICTED),
    (
        "Tong Bi thu To Lam khong dien dam voi nghi si My nao trong chuyen di Washington",
        CONTRADICTED,
    ),
    ("To Lam did not meet any official during the trip.", CONTRADICTED),
    ("To Lam did not call any lawmaker during the trip.", CONTRADICTED),
    ("To Lam did not meet anyone in Washington.", CONTRADICTED),
    ("To Lam did not meet any world leader in Washington.", CONTRADICTED),
    ("To Lam did not meet with any foreign leaders in Washington.", CONTRADICTED),
    ("To Lam did not meet any Azerbaijani leader in Washington.", CONTRADICTED),
    ("To Lam did not meet any head of state in Washington.", CONTRADICTED),
    ("Tổng Bí thư không gặp lãnh đạo Hungary nào tại Washington.", CONTRADICTED),
    ("Tong Bi thu khong gap lanh dao Hungary nao tai Washington.", CONTRADICTED),
    ("Tổng Bí thư không gặp nguyên thủ nào tại Washington.", CONTRADICTED),
    ("Tổng Bí thư không gặp lãnh đạo nào tại Washington.", CONTRADICTED),
    ("Tổng Bí thư không gặp ai tại Washington.", CONTRADICTED),
    ("To Lam did not meet the Vietnamese community in the US.", CONTRADICTED),
    ("To Lam did not meet Orban in Washington on February 19.", CONTRADICTED),
    ("To Lam did not meet a single foreign leader in Washington.", CONTRADICTED),
    ("To Lam did not meet any other leader in Washington.", CONTRADICTED),
    ("Tô Lâm không gặp một nhà lãnh đạo nào", CONTRADICTED),
    # a verb that denies by its meaning: what is called off is the talks, no party
    ("Bo truong Quoc phong Phan Van Giang va ong Hegseth da huy cuoc hoi dam.", CONTRADICTED),
    ("To Lam did not meet any Latin American leader in Washington.", NEI),
    ("Tổng Bí thư không gặp lãnh đạo châu Phi nào tại Washington.", NEI),
    ("Tổng Bí thư không gặp báo chí.", NEI),
    ("To Lam did not meet Orbán privately.", NEI),
    ("To Lam did not meet any US senator during the trip.", NEI),
]


@pytest.mark.parametrize("statement", REVIEWED + PARAPHRASES)
def test_unread_kind_stays_open(real_checker: Checker, statement: str) -> None:
    judgement = real_checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation


@pytest.mark.parametrize(("statement", "verdict"), KEPT)
def test_near_versions_keep_their_verdict(
    real_checker: Checker, statement: str, verdict: str
) -> None:
    judgement = real_checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
