"""Contrasts that set one name against another ("Daines, not Hagerty, ...", "X, chứ không phải
Y, ..."): what is said is denied of the name excluded, read as the sentence with that name in
place of the one it is set against, titles and all, so that a copula, a cleft ("It was X who")
or a speaker's verb binds it as it would the first name. The claims bearing that reading out
refute the statement; otherwise the exclusion is something no claim says (issue 10). Each
class in English, Vietnamese and Vietnamese without diacritics, with traps."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI


@pytest.fixture(scope="module")
def checker(real_engine: Engine) -> Checker:
    return Checker(real_engine)


VERDICTS = [
    # a cleft: the name set against it is read with its title ("Senator Hagerty")
    (
        "It was Senator Daines, not Senator Hagerty, who hoped to return to Vietnam soon.",
        CONTRADICTED,
    ),
    ("It was Sen. Daines, not Sen. Hagerty, who hoped to go back to Vietnam soon.", CONTRADICTED),
    # a copula after the contrast: the title is said of the excluded name
    ("Hun Manet, not Prabowo, was the president who met Lam in Washington.", CONTRADICTED),
    # a speaker with his office before the contrast
    (
        "Chính Bộ trưởng Phan Văn Giang, chứ không phải Tổng Bí thư Tô Lâm, khẳng định Việt Nam "
        "sẵn sàng làm cầu nối hòa bình.",
        CONTRADICTED,
    ),
    (
        "Thuong nghi si Daines, chu khong phai Thuong nghi si Hagerty, bay to mong muon som "
        "tham lai Viet Nam",
        CONTRADICTED,
    ),
    # traps: the excluded name's reading is one no claim bears out, so the denial of it is
    # something no claim says, however well the rest is borne out
    ("It was Lam, not Hagerty, who hailed war-legacy work as a bright spot in the ties.", NEI),
    (
        "Chính Tổng Bí thư Tô Lâm, chứ không phải ông Hagerty, coi hợp tác khắc phục hậu quả "
        "chiến tranh là điểm sáng.",
        NEI,
    ),
    (
        "Tong Bi thu To Lam, chu khong phai ong Hagerty, coi hop tac khac phuc hau qua chien "
        "tranh la diem sang.",
        NEI,
    ),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_contrast_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict


def test_contrast_cites_the_excluded_reading(checker: Checker) -> None:
    """The verdict cites the claim that bears out the excluded name's reading, and says why."""
    judged = checker.check(
        "It was Senator Daines, not Senator Hagerty, who hoped to return to Vietnam soon."
    )
    cited = {c.id for p in judged.parts for c in p.decisive}
    assert "hagerty-wished-to-revisit-vietnam-2026-02-18" in cited
    assert "Hagerty" in judged.explanation
    assert judged.verdict == CONTRADICTED
