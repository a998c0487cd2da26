"""Confident wrongs a reviewer found in session 28: a place, a date or a content said inside a
subordinate part of the statement was taken as the main act's place or date (contradicted), or
dropped unread (supported). The statements are the reviewer's and paraphrases written for these
tests, in English, Vietnamese and Vietnamese without diacritics, with the near cases that keep
their verdict.

A subordinate part (check.clauses `subordinate_clause`) is a relative clause set off by commas
("Prabowo, who had hosted Lam in Jakarta, met him ...", "người vừa tiếp ... tại Budapest") or a
phrase opening the sentence with a word of an earlier act (`subordinate_openers` in the statement
lexicons: "Having visited ...", "Fresh from ...", "Vừa từ Baku sang, ..."). Holding a place, a
date or such a word, it is an assertion of its own (judge `Judge._subordinate`): it neither
places nor dates the main act, a contradiction stands only where the main clause read alone is
refuted (or the clause's own title is), and a support only where a part bears out what the
clause says.
"""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from factdb.check.checker import Checker
from factdb.check.clauses import main_clause, subordinate_clause
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_engine: Engine) -> Checker:
    return Checker(real_engine)


# --- C. the subordinate part's place is not the main act's ------------------------------------

PLACES = [
    "Thủ tướng Pashinyan, người đã mời Tổng Bí thư thăm Armenia, gặp Tổng Bí thư ngày 19/2.",
    "Prabowo, who had hosted Lam in Jakarta, met him in Washington on Feb. 19.",
    "Pashinyan, who invited Lam to Armenia, met him on Feb. 19.",
    "Thu tuong Pashinyan, nguoi da moi Tong Bi thu tham Armenia, gap Tong Bi thu ngay 19/2.",
    "Fresh from talks in Budapest, Orban met To Lam on Feb. 19.",
    "Lam, who had been in Phnom Penh earlier in the month, met Hun Manet on Feb. 19.",
    "Vừa hội đàm tại Budapest, Thủ tướng Orbán gặp Tổng Bí thư ngày 19/2.",
    "Having visited Phnom Penh in early February, To Lam met Hun Manet on Feb. 19.",
    "Vừa thăm Phnom Penh đầu tháng 2, Tổng Bí thư gặp Thủ tướng Hun Manet ngày 19/2.",
    "Vua tham Phnom Penh dau thang 2, Tong Bi thu gap Thu tuong Hun Manet ngay 19/2.",
    "Thủ tướng Orbán, người vừa tiếp Tổng thống Mỹ tại Budapest, gặp Tổng Bí thư ngày 19/2.",
    "Thủ tướng Hun Manet, người vừa họp Quốc hội tại Phnom Penh, gặp Tổng Bí thư ngày 19/2.",
    # paraphrases
    "Vừa hội đàm tại Yerevan, Thủ tướng Pashinyan gặp Tổng Bí thư ngày 19/2.",
    "Vua hoi dam tai Yerevan, Thu tuong Pashinyan gap Tong Bi thu ngay 19/2.",
    "Orban, who had just flown in from Budapest, met To Lam on Feb. 19.",
]

# --- D. what the subordinate part says is accounted for ---------------------------------------

CONTENTS = [
    "Thu tuong Shehbaz Sharif, nguoi vua bay tu Islamabad sang, gap Tong Bi thu ngay 19/2.",
    "Vừa từ Baku sang, Tổng thống Aliyev gặp Tổng Bí thư ngày 19/2.",
    "Thu tuong Orban, nguoi vua tai dac cu, gap Tong Bi thu ngay 19/2.",
    "Pho Thu tuong Macinka, nguoi vua tu Praha sang, gap Tong Bi thu ngay 19/2.",
    "Vua tu Baku sang, Tong thong Aliyev gap Tong Bi thu ngay 19/2.",
    "Vừa từ Islamabad sang, Thủ tướng Shehbaz Sharif gặp Tổng Bí thư ngày 19/2.",
    "Vừa từ Praha tới, Phó Thủ tướng Macinka gặp Tổng Bí thư ngày 19/2.",
    "Vừa từ Yerevan sang, Thủ tướng Pashinyan được Tổng Bí thư mời thăm Việt Nam.",
    "Vua tu Yerevan sang, Thu tuong Pashinyan duoc Tong Bi thu moi tham Viet Nam.",
    # paraphrases
    "Tổng thống Aliyev, người vừa từ Baku sang, gặp Tổng Bí thư ngày 19/2.",
    "Tong thong Aliyev, nguoi vua tu Baku sang, gap Tong Bi thu ngay 19/2.",
    "Fresh off a stop in Baku, Aliyev met To Lam on Feb. 19.",
]

# --- F. the relative clause's date is not the main act's --------------------------------------

DATES = [
    "Trump, who was president from 2017 to 2021, invited To Lam to the Board of Peace.",
    "Trump, who had written to Lam in 2025, invited him on January 16, 2026 to join the Board "
    "of Peace.",
    "Ông Trump, người từng làm Tổng thống giai đoạn 2017-2021, mời Tổng Bí thư tham gia Hội đồng "
    "Hòa bình.",
    "Ong Trump, nguoi tung lam Tong thong giai doan 2017-2021, moi Tong Bi thu tham gia Hoi dong "
    "Hoa binh.",
    # paraphrases
    "Ông Trump, người từng viết thư cho Tổng Bí thư năm 2025, mời Tổng Bí thư tham gia Hội đồng "
    "Hòa bình.",
    "Ong Trump, nguoi tung viet thu cho Tong Bi thu nam 2025, moi Tong Bi thu tham gia Hoi dong "
    "Hoa binh.",
]


@pytest.mark.parametrize("statement", PLACES + CONTENTS + DATES)
def test_a_subordinate_part_is_an_assertion_of_its_own(checker: Checker, statement: str) -> None:
    assert checker.check(statement).verdict == NEI


# --- near cases that keep their verdict -------------------------------------------------------

NEAR = [
    # the main act read alone is refuted: the subordinate part does not save it
    ("Orban, who had hosted Lam in Budapest, met To Lam in Hanoi on Feb. 19.", CONTRADICTED),
    ("Vừa từ Budapest sang, Thủ tướng Orbán gặp Tổng Bí thư tại Hà Nội ngày 19/2.", CONTRADICTED),
    ("Vua tu Budapest sang, Thu tuong Orban gap Tong Bi thu tai Ha Noi ngay 19/2.", CONTRADICTED),
    ("Orban, who had met Lam in Washington, did not meet him on Feb. 19.", CONTRADICTED),
    # the clause's own title, refuted on its own
    ("Leahy, who chairs the Senate Appropriations Committee, spoke with Lam.", CONTRADICTED),
    # the subordinate act borne out on its own days, the main act on its own
    (
        "Vừa thăm Campuchia đầu tháng 2, Tổng Bí thư gặp Thủ tướng Hun Manet tại Washington "
        "ngày 19/2.",
        SUPPORTED,
    ),
    (
        "Vua tham Campuchia dau thang 2, Tong Bi thu gap Thu tuong Hun Manet tai Washington "
        "ngay 19/2.",
        SUPPORTED,
    ),
    (
        "Lam, who was in Washington for the summit, met Cambodian Prime Minister Hun Manet",
        SUPPORTED,
    ),
    # an opening word of time with no act of its own
    ("Vừa qua, Tổng Bí thư gặp Thủ tướng Orbán tại Washington.", SUPPORTED),
    # the main clauses alone
    ("Pashinyan met To Lam on Feb. 19.", SUPPORTED),
    ("Thủ tướng Pashinyan gặp Tổng Bí thư ngày 19/2.", SUPPORTED),
    ("Thu tuong Pashinyan gap Tong Bi thu ngay 19/2.", SUPPORTED),
    # a dated aside is still read as before (parse._read_dated_aside)
    ("Orbán, who took office in 2010, meets Lam on Gaza board sidelines", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), NEAR)
def test_near_cases_keep_their_verdict(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict


def test_the_subordinate_part_and_the_main_clause(checker: Checker) -> None:
    parsed = checker.parse(
        "Prabowo, who had hosted Lam in Jakarta, met him in Washington on Feb. 19."
    )
    span = subordinate_clause(parsed)
    assert span is not None and span[2]
    assert parsed.text[span[0] : span[1]] == ", who had hosted Lam in Jakarta,"
    assert main_clause(parsed, span[:2]) == "Prabowo met him in Washington on Feb. 19."
    parsed = checker.parse("Vua tu Baku sang, Tong thong Aliyev gap Tong Bi thu ngay 19/2.")
    span = subordinate_clause(parsed)
    assert span == (0, len("Vua tu Baku sang,"), True)
    # no act after it: the clause is the rest of the sentence
    assert subordinate_clause(checker.parse("Lam met Greer, who leads USTR.")) is None
    judgement = checker.check("Vừa từ Baku sang, Tổng thống Aliyev gặp Tổng Bí thư ngày 19/2.")
    assert "Vừa từ Baku sang" in judgement.explanation
