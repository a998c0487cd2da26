"""An act done once for its occasion said to go on (issue 10, session 21; reviewer 2's
confident wrongs). The statements are written for these tests, the way wire copy, headlines,
speeches and social posts put things, beside the reviewer's own.

1. The sources report one ODA package approved before the Board of Peace meeting: an act done
   once for its occasion (`time: occasion` in fixtures/vocabulary/predicates.yaml). "Will keep
   providing ODA", "tiếp tục cấp ODA" speak of acts to come, which that one approval does not
   fix: not enough info (scope.goes_on, rules.decide_claim `goes-on`), never supported.
2. A grant made every year, kept up ("will go on offering 200 scholarships a year", the
   sources' "duy trì cấp"), is a lasting undertaking: the continuation reads it as holding now
   (parse._read_continuation), still supported.
3. A continuation inside a denial ("still stuck in approval": not done yet) or a name ("Phan
   Văn Giang") says nothing goes on: the approval done refutes the one, the talks bear out the
   other.
"""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_engine: Engine) -> Checker:
    return Checker(real_engine)


GOES_ON = [
    # reviewer 2's statements
    ("Hungary will keep providing ODA to Vietnam.", NEI),
    ("Hungary will keep providing $400 million in ODA to Vietnam.", NEI),
    ("Hungary will keep approving loans for Vietnam.", NEI),
    ("Hungary tiep tuc cap ODA cho Viet Nam.", NEI),
    # our own wording
    ("Budapest to go on extending development loans to Hanoi, Orban says", NEI),
    ("Hungary keeps approving ODA packages for Vietnam", NEI),
    ("Hungary sẽ tiếp tục thông qua các khoản vay ODA cho Việt Nam", NEI),
    ("Hungary se tiep tuc thong qua cac khoan vay ODA cho Viet Nam", NEI),
    ("Budapest tiếp tục cấp vốn vay ưu đãi cho Hà Nội", NEI),
    ("Budapest tiep tuc cap von vay uu dai cho Ha Noi", NEI),
]

KEPT = [
    # a lasting undertaking kept up holds now
    ("Hungary will keep granting 200 scholarships a year", SUPPORTED),
    ("Hungary will go on offering 200 scholarships a year to Vietnamese students", SUPPORTED),
    ("Hungary sẽ tiếp tục cấp 200 học bổng mỗi năm cho sinh viên Việt Nam", SUPPORTED),
    ("Hungary se tiep tuc cap 200 hoc bong moi nam cho sinh vien Viet Nam", SUPPORTED),
    # the one-off act itself, said done or planned after it was done
    # (a package: the sources never say the ODA is a loan, tests/test_trigger_details.py)
    ("Hungary approved a $400 million ODA package for Vietnam", SUPPORTED),
    ("Hungary đã thông qua khoản ODA 400 triệu USD cho Việt Nam", SUPPORTED),
    ("Hungary da thong qua khoan ODA 400 trieu USD cho Viet Nam", SUPPORTED),
    ("Orbán says Hungary will soon approve its $400m ODA for Vietnam", CONTRADICTED),
    # a continuation inside a denial or a name
    ("Hungary's $400m ODA for Vietnam is still stuck in the approval process", CONTRADICTED),
    ("Vietnamese Defence Minister Phan Van Giang held talks with Pete Hegseth", SUPPORTED),
]


@pytest.mark.parametrize(("text", "expected"), GOES_ON + KEPT)
def test_one_off_act_going_on(checker: Checker, text: str, expected: str) -> None:
    result = checker.check(text)
    assert result.verdict == expected, result.explanation


def test_going_on_says_why(checker: Checker) -> None:
    result = checker.check("Hungary will keep approving loans for Vietnam.")
    assert result.verdict == NEI
    assert "goes on" in result.explanation
