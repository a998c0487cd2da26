"""Issue 10, class 5 (lists): names sharing one plural head ("the Senate Foreign Relations and
Appropriations committees") are each read with the head, as `shared_heads` in the statement
lexicons says."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker

CASES = [
    (
        "Sen. Bill Hagerty sits on both the Senate Foreign Relations and Appropriations committees",
        {"senate-foreign-relations-committee", "senate-appropriations-committee"},
        "supported",
    ),
    (
        "Hagerty, a member of the Senate Foreign Relations and Senate Appropriations committees",
        {"senate-foreign-relations-committee", "senate-appropriations-committee"},
        "supported",
    ),
    # a determiner opening each item is no end of the list
    (
        "Hagerty serves on both the Foreign Relations and the Appropriations committees",
        {"senate-foreign-relations-committee", "senate-appropriations-committee"},
        "supported",
    ),
    (
        "Daines sits on the Foreign Relations and Appropriations committees",
        {"senate-foreign-relations-committee", "senate-appropriations-committee"},
        "not_enough_info",  # no claim puts Daines on the Appropriations Committee
    ),
]


@pytest.mark.parametrize(("statement", "committees", "verdict"), CASES)
def test_each_item_is_read_with_the_head(
    real_checker: Checker, statement: str, committees: set[str], verdict: str
) -> None:
    parsed = real_checker.parse(statement)
    assert committees <= parsed.entity_ids()
    assert "us-senate" not in parsed.entity_ids()
    assert parsed.unknown_names == []
    assert real_checker.check(statement).verdict == verdict


def test_a_head_after_one_name_is_no_list(real_checker: Checker) -> None:
    parsed = real_checker.parse("Hagerty chairs two committees")
    assert parsed.unknown_names == []
