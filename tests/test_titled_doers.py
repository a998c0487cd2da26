"""A title borne out never carries an act no claim reports (session 36, confident wrongs).

"Prime Minister Orbán signed a trade agreement" was supported by Orbán's office alone: the
verb named a predicate (`party_to_agreement`) whose claims all have other parties, so it had
nothing to weigh and dropped out, and the guard that keeps a statement of titles alone open
(`accounting.unchecked_acts`) only looked at meetings, calls and visits. Signing, finishing
or leaving an agreement, a re-election, becoming a founding member: any act or state the
statement names by its verb or its noun, with no claim to weigh for the people it names, is
asserted and unchecked, so the statement is not enough info whatever its titles say.

Rows in English, Vietnamese and Vietnamese without diacritics, written for these tests; the
traps keep what the claims do decide (an act borne out beside the title, a wrong title).
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    "statement",
    [
        "Hungarian premier Viktor Orban inks trade pact",
        "Indonesian President Prabowo signed the deal in Washington.",
        "Sen. Daines wrapped up the reciprocal trade agreement.",
        "Sen. Hagerty walked away from the trade agreement.",
        "Kazakh President Tokayev wins re-election",
        "Cambodian PM Hun Manet was re-elected on February 19.",
        "Pakistani PM Shehbaz Sharif became a founding member of the Board of Peace.",
        "Thủ tướng Armenia Pashinyan ký hiệp định thương mại",
        "Tổng thống Kazakhstan Tokayev tái đắc cử",
        "Thượng nghị sĩ Daines hoàn tất hiệp định thương mại đối ứng",
        "Thu tuong Hungary Orban ky hiep dinh thuong mai",
        "Tong thong Tokayev tai dac cu",
    ],
)
def test_an_act_no_claim_reports_stays_open(checker: Checker, statement: str) -> None:
    with checker.snapshot():
        result = checker.check(statement)
    assert result.verdict == NEI, (statement, result.verdict, result.explanation)
    assert "no stored claim covers" in result.explanation, result.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the act is reported for the titled person: the title and the act decide together
        ("Hungarian PM Viktor Orban met To Lam in Washington on Feb 19.", SUPPORTED),
        ("Party chief To Lam was re-elected general secretary.", SUPPORTED),
        ("Tổng Bí thư Tô Lâm tái đắc cử", SUPPORTED),
        # a wrong title is refuted whatever the act
        ("Hungarian President Viktor Orban signed a trade pact.", CONTRADICTED),
        ("Tong thong Hungary Orban ky hiep dinh thuong mai", CONTRADICTED),
        # nothing but the title said
        ("Thủ tướng Hungary Viktor Orbán", SUPPORTED),
    ],
)
def test_traps(checker: Checker, statement: str, verdict: str) -> None:
    with checker.snapshot():
        result = checker.check(statement)
    assert result.verdict == verdict, (statement, result.verdict, result.explanation)
