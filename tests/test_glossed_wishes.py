"""Session 34, coverage: a wish in the press's words, "before long" and "sought".

"Hagerty hopes to return to Vietnam before long" says "soon" as one phrase, and "Pashinyan said
he sought closer ties" says the wish the source's "mong muốn" gives: both are glosses of the
sources' words (lexicon/en/glosses.yaml), which a deciding claim's sentence accounts for. Before,
"long" and "sought" were words no claim said. Vietnamese says them as the sources do ("sớm",
"mong muốn"); the rows in Vietnamese, with and without diacritics, hold that. "long" alone
stays a length, and what was sought is still weighed.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


REVISIT = "hagerty-wished-to-revisit-vietnam-2026-02-18"
TIES = "pashinyan-wished-closer-ties-2026-02-19"

ROWS = [
    ("Senator Hagerty said he hoped to come back to Vietnam before long.", SUPPORTED, REVISIT),
    ("Thượng nghị sĩ Hagerty mong sớm trở lại Việt Nam.", SUPPORTED, REVISIT),
    ("Thuong nghi si Hagerty mong som tro lai Viet Nam", SUPPORTED, REVISIT),
    (
        "The Armenian premier said he sought closer ties with Vietnam in trade and transport.",
        SUPPORTED,
        TIES,
    ),
    (
        "Thủ tướng Armenia mong muốn tăng cường hợp tác với Việt Nam về thương mại, giao thông"
        " vận tải.",
        SUPPORTED,
        None,
    ),
    ("Thu tuong Armenia mong muon tang cuong hop tac voi Viet Nam ve thuong mai", SUPPORTED, None),
    # traps: another speaker, a field the sources do not give, a length
    ("Senator Leahy said he hoped to come back to Vietnam before long.", NEI, None),
    ("The Armenian premier said he sought closer ties with Vietnam in defence.", NEI, None),
    ("Ông Orbán mong muốn tăng cường hợp tác với Việt Nam về quốc phòng.", NEI, None),
    ("Hagerty said he had waited long to come back to Vietnam.", NEI, None),
]


@pytest.mark.parametrize(("statement", "verdict", "claim"), ROWS)
def test_glossed_wishes(checker: Checker, statement: str, verdict: str, claim: str | None) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation
    if claim is not None:
        assert claim in {c.id for c in result.evidence}, result.explanation
