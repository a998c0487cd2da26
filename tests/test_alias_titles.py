"""A rank carried inside a stored alias is no fact of the sources (issue 10, session 36).

"General Phan Van Giang held talks with Hegseth" was supported because "General Phan Van Giang"
and "Đại tướng Phan Văn Giang" were aliases of the person: the rank was read as his name, so
nothing had to bear it out, though no seed gives him that rank. An alias holds no military rank
(the ranks below); a title the sources give ("Bộ trưởng Phan Văn Giang", "Ambassador Greer") may
stay one. The rank is then a word the claims must account for, so the statement is open."""

from __future__ import annotations

import pytest
import yaml
from conftest import REPO_ROOT, assert_judged

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


TALKS = "hegseth-talks-phan-van-giang-2025"
MINISTER = "phan-van-giang-defence-minister-vietnam"

ROWS = [
    ("Gen. Phan Van Giang sat down for talks with Pete Hegseth.", NEI, "Gen"),
    ("General Phan Van Giang and Hegseth held talks.", NEI, "General"),
    ("Đại tướng Phan Văn Giang đã hội đàm với Bộ trưởng Pete Hegseth.", NEI, "Đại tướng"),
    ("Dai tuong Phan Van Giang da hoi dam voi Bo truong Pete Hegseth.", NEI, "Dai tuong"),
    # traps: the name alone, or with the office the sources give him
    ("Vietnam's Phan Van Giang held talks with Hegseth.", SUPPORTED, TALKS),
    ("Defence Minister Phan Van Giang is Vietnam's defence minister.", SUPPORTED, MINISTER),
    ("Bộ trưởng Phan Văn Giang hội đàm với ông Hegseth.", SUPPORTED, TALKS),
    ("Bo truong Phan Van Giang hoi dam voi ong Hegseth.", SUPPORTED, TALKS),
    ("Ông Hegseth không hội đàm với ông Phan Văn Giang.", CONTRADICTED, TALKS),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), ROWS)
def test_rank_is_not_in_the_name(checker: Checker, statement: str, verdict: str, why: str) -> None:
    assert_judged(checker, statement, verdict, why)


# Military ranks, which no stored alias of a person may carry: the sources give offices, not ranks.
RANKS = (
    "general",
    "gen.",
    "colonel",
    "admiral",
    "đại tướng",
    "thượng tướng",
    "trung tướng",
    "thiếu tướng",
    "đại tá",
)


def test_no_alias_carries_a_rank() -> None:
    entities = yaml.safe_load((REPO_ROOT / "fixtures" / "vocabulary" / "entities.yaml").read_text())
    ranked = [
        alias
        for entity in entities["entities"]
        if entity.get("type") == "person"
        for aliases in (entity.get("aliases") or {}).values()
        for alias in aliases
        if str(alias).lower().startswith(tuple(f"{r} " for r in RANKS))
    ]
    assert not ranked
