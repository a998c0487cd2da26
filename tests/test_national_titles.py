"""Session 32, offices of another country: a national office's own titles (issue 10).

- The US Secretary of War is the one office the press also calls by its department's building:
  "Pentagon chief", "head of the Pentagon", "người đứng đầu Lầu Năm Góc" (aliases in
  fixtures/vocabulary/entities.yaml). Before or without a name, such a title stands for its
  holder as "Bộ trưởng Chiến tranh" does.
- Some titles of a national office (lexicon/world/offices.yaml `national_forms`) are that
  country's alone, and name it by their own words as "US Secretary of War" does: "Secretary of
  War", "Pentagon chief", "Bộ trưởng Chiến tranh" (`national_titles` in
  lexicon/<lang>/statements.yaml, check.offices.own_titles). Given to Vietnam's defence
  minister at a time the claims give him that office, the title is the US defence ministry, and
  one person heads one country's defence ministry at a time: refuted. "Defense Secretary",
  "Bộ trưởng Quốc phòng" of no country may be any country's defence minister: open, or borne
  out by his own office.

Each in English, Vietnamese and Vietnamese without diacritics, in wording no corpus uses.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


BUILDING = [
    # the Pentagon's head is the Secretary of War, whom Lâm received in 2025
    ("To Lam hosted the head of the Pentagon in 2025.", SUPPORTED),
    ("Năm 2025, Tổng Bí thư tiếp người đứng đầu Lầu Năm Góc.", SUPPORTED),
    ("Nam 2025, Tong Bi thu tiep nguoi dung dau Lau Nam Goc.", SUPPORTED),
    ("Pentagon head Pete Hegseth held talks with Phan Van Giang in 2025.", SUPPORTED),
    # traps: another year's reception, and the Pentagon's officials, who are no one's title
    ("To Lam hosted the head of the Pentagon in 2012.", NEI),
    ("Năm 2012, Tổng Bí thư tiếp người đứng đầu Lầu Năm Góc.", NEI),
    ("Nam 2012, Tong Bi thu tiep nguoi dung dau Lau Nam Goc.", NEI),
    ("Tổng Bí thư tiếp các quan chức Lầu Năm Góc năm 2025.", NEI),
]

OWN_TITLES = [
    # a title the United States' office alone bears, given to Vietnam's defence minister
    ("In 2025, War Secretary Phan Van Giang sat down with Hegseth for talks.", CONTRADICTED),
    ("Pentagon chief Phan Van Giang held talks with Pete Hegseth in 2025.", CONTRADICTED),
    ("Năm 2025, Bộ trưởng Chiến tranh Phan Văn Giang hội đàm với ông Hegseth.", CONTRADICTED),
    ("Nam 2025, Bo truong Chien tranh Phan Van Giang hoi dam voi ong Hegseth.", CONTRADICTED),
    ("Năm 2025, người đứng đầu Lầu Năm Góc Phan Văn Giang hội đàm với ông Hegseth.", CONTRADICTED),
    # ... and to its own holder
    ("In 2025, War Secretary Pete Hegseth sat down with Phan Van Giang for talks.", SUPPORTED),
    ("Năm 2025, Bộ trưởng Chiến tranh Pete Hegseth hội đàm với ông Phan Văn Giang.", SUPPORTED),
    ("Nam 2025, Bo truong Chien tranh Pete Hegseth hoi dam voi ong Phan Van Giang.", SUPPORTED),
    # traps: a title any country's defence minister bears, at no country
    ("In 2025, Defense Secretary Phan Van Giang sat down with Hegseth for talks.", NEI),
    ("Năm 2025, Bộ trưởng Quốc phòng Phan Văn Giang hội đàm với ông Hegseth.", SUPPORTED),
    # ... a year the claims give him no office, and a former title
    ("In 2012, War Secretary Phan Van Giang sat down with Hegseth for talks.", NEI),
    ("Năm 2012, Bộ trưởng Chiến tranh Phan Văn Giang hội đàm với ông Hegseth.", NEI),
    ("Nam 2012, Bo truong Chien tranh Phan Van Giang hoi dam voi ong Hegseth.", NEI),
    ("Former War Secretary Phan Van Giang sat down with Hegseth for talks.", NEI),
    # ... and another office with no rule against the US one (a prime minister's)
    ("Bộ trưởng Chiến tranh Orbán gặp Tổng Bí thư ngày 19/2.", NEI),
    ("Bo truong Chien tranh Orban gap Tong Bi thu ngay 19/2.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), BUILDING + OWN_TITLES)
def test_verdict(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
    assert judgement.explanation
    if verdict != NEI:
        assert judgement.evidence, "a verdict cites a verified span"
