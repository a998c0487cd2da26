"""Session 20, offices given to a known person (issue 10: a confident wrong verdict is the worst
outcome; a title at a time the sources do not fix stays open).

- A title the claims rule out by a curated rule, for a name they give another office: the
  treasury's ("Bộ trưởng Tài chính Mỹ" given to the trade representative) and the trade
  representative's (given to the Secretary of War): fixtures/vocabulary/offices.yaml.
- An office one country names its own way is compared as the office it is there
  (lexicon/world/offices.yaml `national_forms`, rules.in_general_terms): the US Secretary of War
  is its defence minister, so one country's defence ministry given to the other's minister is
  refuted, and the US's given to its own secretary is borne out.
- "đứng đầu ủy ban" (headed the committee) is the committee chair's title, as "chủ tịch ủy ban"
  is: "từng đứng đầu Ủy ban Chuẩn chi Thượng viện" is borne out by Leahy's office held before.
- A body's vice chairman deputises for its chairman (fixtures/vocabulary/roles.yaml
  `vice-chairman`, `deputy_of` the founding chairman): Trump, its founding chairman, is not the
  Board of Peace's vice chairman.
- "the only prime minister Lam met": an article and "only" make the title a noun that a
  relative clause with no pronoun follows; the name after it is that clause's subject, not the
  title's holder (parse, assertions._Reader._restricted).

Each in English, Vietnamese and Vietnamese without diacritics, in wording no corpus uses, with
the traps that keep "not enough info": the title in another year, an official of another
country whom the claims do not name, a national office said of another country.
"""

from __future__ import annotations

import pytest

from factdb.check.assertions import decompose
from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


RULED_OUT = [
    ("Treasury Secretary Jamieson Greer sat down with the Vietnamese leader.", CONTRADICTED),
    ("Tổng Bí thư tiếp Bộ trưởng Tài chính Hoa Kỳ Jamieson Greer tại Hà Nội.", CONTRADICTED),
    ("Tong Bi thu tiep Bo truong Tai chinh My Jamieson Greer", CONTRADICTED),
    ("Pete Hegseth currently serves as the US trade representative.", CONTRADICTED),
    ("Ông Pete Hegseth là Trưởng đại diện Thương mại Mỹ.", CONTRADICTED),
    ("Ong Pete Hegseth la Truong dai dien Thuong mai My", CONTRADICTED),
    # the near cases: his own office; the title in a year the claims do not reach
    ("USTR Jamieson Greer was received by To Lam.", SUPPORTED),
    ("In 2019, Treasury Secretary Jamieson Greer met Lam.", NEI),
    ("Năm 2018, Bộ trưởng Tài chính Mỹ Jamieson Greer gặp ông Tô Lâm.", NEI),
    # a treasury secretary the claims do not name, and no holder of that office in them
    ("Treasury Secretary Scott Bessent called To Lam.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), RULED_OUT)
def test_a_title_a_rule_excludes_from_his_office_is_refuted(
    checker: Checker, statement: str, verdict: str
) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation
    if verdict == CONTRADICTED:
        assert "two offices held by two people" in judged.explanation
        assert all(p.decisive for p in judged.parts if p.verdict == CONTRADICTED)


NATIONAL = [
    ("Vietnam's defence minister Pete Hegseth toured Hanoi.", CONTRADICTED),
    ("Bộ trưởng Quốc phòng Mỹ Phan Văn Giang đón ông Hegseth.", CONTRADICTED),
    ("Bo truong Quoc phong My Phan Van Giang don ong Hegseth", CONTRADICTED),
    # Giang's own office of that year, as "Thứ trưởng Quốc phòng Phan Văn Giang" is refuted by
    # it (an undated title is read at the time of the claims of the man it names), not the
    # holder's claim of one day in it (test_wrong_holders.py)
    ("In 2025, US Defense Secretary Phan Van Giang held talks with Hegseth", CONTRADICTED),
    ("US Defense Secretary Phan Van Giang held talks with Hegseth", CONTRADICTED),
    # the near cases: the US's own defence minister; the title with no country
    ("U.S. Defense Minister Pete Hegseth was received by To Lam.", SUPPORTED),
    ("Bộ trưởng Quốc phòng Hegseth được Tổng Bí thư Tô Lâm tiếp.", SUPPORTED),
    ("Bo truong Quoc phong Viet Nam Phan Van Giang hoi dam voi ong Hegseth", SUPPORTED),
    # a year the claims do not reach, and the US's own name said of another country
    ("In 2019, Vietnam's defence minister Pete Hegseth toured Hanoi.", NEI),
    ("Vietnamese Secretary of War Phan Van Giang greeted Hegseth.", NEI),
    # a "Defense Secretary" of no country may be any country's (Manila and London have one):
    # the title's own words do not name the United States
    ("Defense Secretary Phan Van Giang held talks with Hegseth.", NEI),
    # ... while a title only the US office bears names it, as "US Defense Secretary" does
    # (session 32: `national_titles`, tests/test_national_titles.py)
    ("Secretary of War Phan Van Giang met Hegseth.", CONTRADICTED),
    # another country's defence minister the claims do not name
    ("Cambodian Defence Minister Tea Seiha spoke with Hegseth.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), NATIONAL)
def test_a_national_office_is_compared_as_the_office_it_is_there(
    checker: Checker, statement: str, verdict: str
) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation
    if verdict == CONTRADICTED:
        assert "one country at a time" in judged.explanation
        # the claim is cited as curated, with its own office
        assert "secretary of war" in judged.explanation or "defence minister" in judged.explanation


ONLY = [
    ("Orbán was the only prime minister To Lam sat down with in DC.", CONTRADICTED),
    ("Aliyev was the only president Lam met on the sidelines in Washington.", CONTRADICTED),
    ("Ông Orbán là thủ tướng duy nhất được Tổng Bí thư hội kiến tại Washington.", CONTRADICTED),
    ("Ong Orban la thu tuong duy nhat ma Tong Bi thu gap o Washington", CONTRADICTED),
    # the near case: another year, another occasion
    ("Orbán was the only prime minister To Lam sat down with in 2019.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), ONLY)
def test_the_only_title_before_a_clause_is_not_given_to_its_subject(
    checker: Checker, statement: str, verdict: str
) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation
    assert "neither gives nor rules out" not in judged.explanation


@pytest.mark.parametrize(
    ("statement", "holder"),
    [
        ("Orbán was the only prime minister Lam met", None),
        ("Only President Prabowo met Lam on the sidelines", "prabowo-subianto"),
        ("Lam met only Prime Minister Orbán", "viktor-orban"),
    ],
)
def test_only_after_an_article_restricts_the_title(
    checker: Checker, statement: str, holder: str | None
) -> None:
    parsed = checker.parse(statement)
    titled = {a.subject for a in decompose(parsed, checker.vocab) if a.form == "title"}
    assert titled == ({holder} if holder else set())


HEADED = [
    ("Ông Leahy từng đứng đầu Ủy ban Chuẩn chi Thượng viện Mỹ.", SUPPORTED),
    ("Ong Leahy tung dung dau Uy ban Chuan chi Thuong vien My", SUPPORTED),
    ("Leahy once chaired the Senate Appropriations Committee.", SUPPORTED),
    # the traps: a year the claim of an office held "before" does not fix; another senator,
    # whom the claims give no chair
    ("Năm 2010, ông Leahy đứng đầu Ủy ban Chuẩn chi Thượng viện.", NEI),
    ("Ông Hagerty đứng đầu Ủy ban Đối ngoại Thượng viện.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), HEADED)
def test_headed_a_committee_is_its_chair(checker: Checker, statement: str, verdict: str) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation


# True titles of other years, and officials of other countries whom the claims do not name: the
# new rules and names leave each open.
TRAPS = [
    "In 2024, State President To Lam received a US delegation.",
    "Năm 2024, Chủ tịch nước Tô Lâm tiếp một đoàn nghị sĩ Mỹ.",
    "Nam 2024, Chu tich nuoc To Lam tiep mot doan nghi si My.",
    "Prabowo, then Indonesia's defence minister, met Lam in 2023.",
    "Năm 2023, Bộ trưởng Quốc phòng Indonesia Prabowo gặp ông Tô Lâm.",
    "Nam 2023, Bo truong Quoc phong Indonesia Prabowo gap ong To Lam.",
    "Japanese Finance Minister Katsunobu Kato called on To Lam.",
    "Bộ trưởng Tài chính Nhật Bản Kato Katsunobu chào xã giao Tổng Bí thư Tô Lâm.",
    "Hegseth was Vietnam's defence minister in 2019.",
]


@pytest.mark.parametrize("statement", TRAPS)
def test_titles_of_other_years_and_countries_stay_open(checker: Checker, statement: str) -> None:
    judged = checker.check(statement)
    assert judged.verdict == NEI, judged.explanation


VICE = [
    ("Trump, the Board of Peace's vice chairman, invited Lam to its first meeting.", CONTRADICTED),
    ("Ông Trump hiện giữ chức Phó Chủ tịch Hội đồng Hòa bình về Gaza.", CONTRADICTED),
    ("Ong Trump la Pho Chu tich Hoi dong Hoa binh Gaza", CONTRADICTED),
    # the near case: his own office; a year the claims do not reach; a vice chairman of another
    # body whom the claims do not name
    ("Trump, founding chairman of the Board of Peace, invited Lam.", SUPPORTED),
    ("In 2019, Trump was vice chairman of the Board of Peace.", NEI),
    ("Vice Chairman of the National Assembly Nguyen Khac Dinh met Daines.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VICE)
def test_the_chairman_is_not_his_own_deputy(checker: Checker, statement: str, verdict: str) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation
    if verdict == CONTRADICTED:
        assert "deputises for the founding chairman" in judged.explanation


# A denial of a national office is decided by the rule that decides it affirmed, turned over.
DENIED = [
    ("Pete Hegseth is not Vietnam's defence minister.", SUPPORTED),
    ("Ông Phan Văn Giang không phải là Bộ trưởng Quốc phòng Mỹ.", SUPPORTED),
    ("Ong Phan Van Giang khong phai la Bo truong Quoc phong My", SUPPORTED),
    ("Pete Hegseth is not the US defense minister.", CONTRADICTED),
    # a title of no country, which may be any country's, stays open denied too
    ("Phan Van Giang is not a defense secretary.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), DENIED)
def test_a_denied_national_office(checker: Checker, statement: str, verdict: str) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation
