"""Session 24, speakers: a body or a person named by the press's short form (issue 10).
Vietnamese copy writes "QH Mỹ" for the US Congress as it writes "TNS" for a senator and "BT"
for a minister; "QH" alone is Vietnam's own National Assembly, so only the form with the
country names Congress (`us-congress` aliases in fixtures/vocabulary/entities.yaml); "Lâm"
alone is Tô Lâm, as "Lam" is in English. In English, Vietnamese and Vietnamese without
diacritics, in wording of our own."""

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


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # "Lâm" alone names Tô Lâm, as "Lam" does in English
        (
            "Lâm khẳng định đường lối đối ngoại độc lập, tự chủ khi tiếp Bộ trưởng Hegseth",
            SUPPORTED,
        ),
        ("Lam reaffirmed Vietnam's independent foreign policy while hosting Hegseth", SUPPORTED),
        ("Lâm và Trump đã điện đàm vào tháng 7/2025", SUPPORTED),
        # lower case it is a word ("lâm vào": to fall into), no name
        ("Quan hệ hai nước từng lâm vào bế tắc", NEI),
        ("Lâm và Trump đã điện đàm vào tháng 9/2025", NEI),
    ],
)
def test_short_name_of_a_person(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
