"""Confident wrongs a reviewer found in session 19 (issue 10), each a mechanism, with verdicts
in English, Vietnamese and Vietnamese without diacritics and the near case that keeps its
verdict. The statements are written for these tests, not taken from a corpus or a source.

C. A date inside a relative clause set off by commas that names nothing and holds no act of its
   own ("Tokayev, who took office in 2019, ...", "người nhậm chức năm 2019") dates the clause's
   act, not the sentence's: the clause is set aside (check.clauses `_read_dated_aside`), so the
   meeting is not refuted by it, and what the clause says keeps the statement open.
E. An apposition put to a list of names ("Daines and Hagerty, members of the X and Y
   committees") says each thing it lists of each name (check.assertions `distributed`): a seat
   no claim gives one of them leaves the part open (judge `_distribute`).
F. A continuation word a no-trigger phrase holds ("tiếp tục") is content, as the English
   "continuing" is: "lá phiếu ... là ủng hộ tiếp tục chiến tranh" is not the vote to end it.
"""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from factdb.check.assertions import distributed
from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_engine: Engine) -> Checker:
    return Checker(real_engine)


# --- C. a relative clause's date --------------------------------------------------------------

CLAUSE_DATES = [
    (
        "Kazakh leader Tokayev, who took office back in 2019, sat down with To Lam in Washington.",
        NEI,
    ),
    ("Orbán, who took office in 2010, meets Lam on Gaza board sidelines", NEI),
    (
        "Tổng thống Tokayev, người nhậm chức năm 2019, hội kiến Tổng Bí thư Tô Lâm tại Washington.",
        NEI,
    ),
    (
        "Thu tuong Hun Manet, nguoi nham chuc thang 8/2023, gap Tong Bi thu To Lam tai Washington.",
        NEI,
    ),
    # near: the main act denied is refuted by the meeting, not by the clause's date
    ("Orban, who took office in 2010, did not meet Lam.", CONTRADICTED),
    ("Ông Orbán, người nhậm chức năm 2010, không gặp Tổng Bí thư.", CONTRADICTED),
    ("Ong Orban, nguoi nham chuc nam 2010, khong gap Tong Bi thu.", CONTRADICTED),
    # near: a start date of the sentence's own state still refutes it
    ("The Vietnam-US comprehensive strategic partnership dates from 2025.", CONTRADICTED),
    (
        "Quan hệ Đối tác chiến lược toàn diện Việt Nam - Hoa Kỳ được thiết lập năm 2025.",
        CONTRADICTED,
    ),
]


@pytest.mark.parametrize(("statement", "verdict"), CLAUSE_DATES)
def test_a_relative_clause_dates_its_own_act(
    checker: Checker, statement: str, verdict: str
) -> None:
    assert checker.check(statement).verdict == verdict


def test_the_clause_date_is_set_aside_not_given_to_the_act(checker: Checker) -> None:
    parsed = checker.parse("Tokayev, who took office in 2019, met Lam in Washington.")
    assert parsed.dates == []
    assert parsed.aside is not None and parsed.aside.text == "who took office in 2019"
    assert "met" in parsed.predicates
    judgement = checker.check("Tokayev, who took office in 2019, met Lam in Washington.")
    assert "took office in 2019" in judgement.explanation
    # a clause that names an office keeps its date, read with the office
    parsed = checker.parse("Orban, who became prime minister in 2010, met Lam in Washington.")
    assert parsed.aside is None and len(parsed.dates) == 1


# --- E. an apposition put to a list of names --------------------------------------------------

SHARED_SEATS = [
    (
        "Lam phoned Daines and Hagerty, members of the Appropriations and Foreign Relations "
        "committees.",
        NEI,
    ),
    (
        "Tổng Bí thư điện đàm với hai nghị sĩ Daines và Hagerty, thành viên Ủy ban Chuẩn chi và Ủy "
        "ban Đối ngoại Thượng viện.",
        NEI,
    ),
    (
        "Tong Bi thu dien dam voi hai nghi si Daines va Hagerty, thanh vien Uy ban Chuan chi va Uy "
        "ban Doi ngoai Thuong vien.",
        NEI,
    ),
    # near: a committee both sit on, and one holder of both seats
    ("Lam phoned Daines and Hagerty, members of the Foreign Relations Committee.", SUPPORTED),
    (
        "Tổng Bí thư điện đàm với hai nghị sĩ Daines và Hagerty, thành viên Ủy ban Đối ngoại "
        "Thượng viện.",
        SUPPORTED,
    ),
    (
        "Tong Bi thu dien dam voi hai nghi si Daines va Hagerty, thanh vien Uy ban Doi ngoai "
        "Thuong vien.",
        SUPPORTED,
    ),
    (
        "Hagerty, a member of the Appropriations and Foreign Relations committees, spoke by "
        "phone with Lam.",
        SUPPORTED,
    ),
]


@pytest.mark.parametrize(("statement", "verdict"), SHARED_SEATS)
def test_an_apposition_to_a_list_is_said_of_each(
    checker: Checker, statement: str, verdict: str
) -> None:
    assert checker.check(statement).verdict == verdict


def test_an_apposition_after_a_list_spans_to_its_comma(checker: Checker) -> None:
    text = "Daines and Hagerty, members of the Appropriations panel, spoke with Lam."
    [(start, end, persons)] = distributed(checker.parse(text), checker.vocab)
    assert persons == ("steve-daines", "bill-hagerty")
    assert text[start:end].strip() == "members of the Appropriations panel"
    # a comma after a list that opens no trigger is no apposition
    assert (
        distributed(checker.parse("After Daines and Hagerty, Lam met Orbán."), checker.vocab) == []
    )


# --- F. a continuation is what the vote was for -----------------------------------------------

CONTINUED_VOTES = [
    ("Lá phiếu sớm nhất của TNS Leahy là ủng hộ tiếp tục chiến tranh.", NEI),
    ("La phieu dau tien cua TNS Leahy la ung ho tiep tuc chien tranh.", NEI),
    # "one of his first votes" is a set, no rank of its own: the opposite of the vote the
    # sources give is weighed as the vote itself ("... in favor of ending the war" is borne out)
    ("Leahy cast one of his first votes in favor of continuing the war.", CONTRADICTED),
    ("Leahy cast his first vote in favor of continuing the war.", NEI),
    # near: the war named, the vote to continue it is refuted in each language
    ("Ông Leahy bỏ phiếu ủng hộ tiếp tục cuộc chiến tranh tại Việt Nam.", CONTRADICTED),
    ("Ong Leahy bo phieu ung ho tiep tuc cuoc chien tranh tai Viet Nam.", CONTRADICTED),
    ("Leahy voted in favor of continuing the war in Vietnam.", CONTRADICTED),
    # near: a continuation the source says ("tiếp tục cấp") stays borne out
    ("Hungary sẽ tiếp tục cấp 200 suất học bổng hằng năm cho Việt Nam.", SUPPORTED),
]


@pytest.mark.parametrize(("statement", "verdict"), CONTINUED_VOTES)
def test_a_continuation_is_content(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict
