"""Session 24, speakers: a body named by the press's short form (issue 10). Vietnamese copy
writes "QH Mỹ" for the US Congress as it writes "TNS" for a senator and "BT" for a minister;
"QH" alone is Vietnam's own National Assembly, so only the form with the country names
Congress (`us-congress` aliases in fixtures/vocabulary/entities.yaml). In English, Vietnamese
and Vietnamese without diacritics, in wording of our own."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("TBT đề nghị QH Mỹ tiếp tục hỗ trợ tẩy độc dioxin ở sân bay Biên Hòa", SUPPORTED),
        (
            "Tong Bi thu de nghi QH Hoa Ky tiep tuc bo tri nguon luc cho du an tay doc dioxin"
            " tai san bay Bien Hoa",
            SUPPORTED,
        ),
        (
            "Lam asked the U.S. Congress to keep funding the dioxin cleanup at Bien Hoa airport.",
            SUPPORTED,
        ),
        # "QH" alone is Vietnam's National Assembly, which the request did not go to
        ("TBT đề nghị QH tiếp tục hỗ trợ tẩy độc dioxin ở sân bay Biên Hòa", NEI),
        ("TBT de nghi QH tiep tuc ho tro tay doc dioxin o san bay Bien Hoa", NEI),
        # another airport: the short form decides nothing of what was asked
        ("TBT đề nghị QH Mỹ tiếp tục hỗ trợ tẩy độc dioxin ở sân bay Phù Cát", NEI),
    ],
)
def test_short_form_of_a_body(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
