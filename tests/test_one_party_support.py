"""Support said first and where it comes from after (session 26, occasions): "support for
Vietnam in Congress comes only from Democrats", "sự ủng hộ Việt Nam tại Quốc hội Mỹ chỉ đến từ
đảng Dân chủ" is the opposite of the bipartisan support Leahy affirmed (`opposites` of
bipartisan-support in lexicon/<lang>/polarity.yaml, read by scope.opposed), so his claim refutes
it in his mouth, as "only Democrats support Vietnam" already was.

Written before the words, in wire, headline and social wording of our own; traps: another
speaker, what else comes from one party, a denial of the opposite."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    "statement",
    [
        # English: wire copy, headline
        "Leahy said support for Vietnam in Congress comes only from Democrats.",
        "Leahy: Congressional Backing For Vietnam Comes Only From The Democrats",
        # Vietnamese
        "Ông Leahy cho rằng sự ủng hộ Việt Nam tại Quốc hội Mỹ chỉ đến từ đảng Dân chủ.",
        # without diacritics
        "Ong Leahy cho rang su ung ho Viet Nam tai Quoc hoi My chi den tu dang Dan chu",
    ],
)
def test_support_from_one_party(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == CONTRADICTED, judgement.explanation
    assert "leahy-affirmed-bipartisan-support-2026-02-19" in judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        # another speaker: the sources give the view to Leahy alone
        "Daines said support for Vietnam in Congress comes only from Democrats.",
        "Ông Daines cho rằng sự ủng hộ Việt Nam tại Quốc hội chỉ đến từ đảng Cộng hòa.",
        # what else comes from one party
        "Leahy said the war-legacy funding came only from Democrats.",
        "Ong Leahy noi ngan sach khac phuc hau qua chien tranh chi den tu dang Dan chu",
        # the opposite denied
        "Leahy said support for Vietnam in Congress does not come only from Democrats.",
    ],
)
def test_what_one_party_does_not_refute(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation
