"""A stance the claim files under another, said in the speaker's own words the claim quotes
(assess.stance_in_spans): Leahy "nhấn mạnh niềm tự hào khi là một trong những Thượng nghị sĩ Mỹ
sớm phản đối chiến tranh" is filed as what he stressed, and "Leahy is proud to be one of ..."
gives him the pride the source itself says. A feeling the source does not say (glad, "vui
mừng"), another speaker, or a denial stays not enough info. Run on the curated base in English,
Vietnamese and Vietnamese without diacritics."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_engine: Engine) -> Checker:
    return Checker(real_engine)


ROWS = [
    ("Leahy is proud to be one of the first US senators to oppose the war in Vietnam.", SUPPORTED),
    (
        "Leahy is proud of being one of the first US senators to oppose the war in Vietnam.",
        SUPPORTED,
    ),
    (
        "Ông Leahy tự hào là một trong những thượng nghị sĩ Mỹ sớm phản đối chiến tranh ở "
        "Việt Nam.",
        SUPPORTED,
    ),
    (
        "Ong Leahy tu hao la mot trong nhung thuong nghi si My som phan doi chien tranh o "
        "Viet Nam.",
        SUPPORTED,
    ),
    # a feeling the source does not give him
    ("Leahy is glad to be one of the first US senators to oppose the war in Vietnam.", NEI),
    (
        "Ông Leahy vui mừng là một trong những thượng nghị sĩ Mỹ sớm phản đối chiến tranh ở "
        "Việt Nam.",
        NEI,
    ),
    (
        "Ong Leahy vui mung la mot trong nhung thuong nghi si My som phan doi chien tranh o "
        "Viet Nam.",
        NEI,
    ),
    # "bày tỏ" is in his spans ("bày tỏ tình cảm"), "vui mừng" is not: every word must be his
    (
        "Ông Leahy bày tỏ vui mừng là một trong những thượng nghị sĩ Mỹ sớm phản đối chiến tranh "
        "ở Việt Nam.",
        NEI,
    ),
    # another speaker, or the pride denied
    ("Hagerty is proud to be one of the first US senators to oppose the war in Vietnam.", NEI),
    (
        "Ông Hagerty tự hào là một trong những thượng nghị sĩ Mỹ sớm phản đối chiến tranh ở Việt "
        "Nam.",
        NEI,
    ),
    ("Leahy is not proud to be one of the first US senators to oppose the war in Vietnam.", NEI),
    (
        "Ong Leahy khong tu hao la mot trong nhung thuong nghi si My som phan doi chien tranh o "
        "Viet Nam.",
        NEI,
    ),
]


@pytest.mark.parametrize(("statement", "verdict"), ROWS)
def test_a_stance_in_the_speakers_own_quoted_words(
    checker: Checker, statement: str, verdict: str
) -> None:
    assert checker.check(statement).verdict == verdict
