"""Session 34, issue 10: a time word that is the last word of an act's own word ("thông qua":
approve, whose "qua" alone is "yesterday", "past"). Right before a part of the day ("thông qua
sáng thứ Năm"), the "qua" was read as a day told by the day of writing ("qua sáng": yesterday
morning), a detail no claim says. A word inside a longer phrase read as one act's word (a
trigger) is that word's now, never read alone (statement.inside_act, used by
dayparts.told_parts). "sáng qua", "tối qua" standing apart are still told days. (The same "qua"
is still read as a count said of now, `counts_now` in assess._said_of_now: three development
rows labelled contradicted, "thông qua nghị quyết kỷ niệm 25 năm quan hệ", are refuted only
through it; see the session's report.) Vietnamese with and without diacritics (the English
told words stand in no act's word); the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.dayparts import told_parts
from factdb.check.judge import NEI


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Quốc hội Hungary thông qua sáng thứ Năm gói ODA cho Việt Nam", []),
        ("Quoc hoi Hungary thong qua chieu thu Tu goi ODA cho Viet Nam", []),
        ("Thượng viện Mỹ thông qua tối thứ Ba nghị quyết về quan hệ hai nước", []),
        # traps: a told day standing apart, before or after its part
        ("Quốc hội Hungary phê duyệt sáng qua gói ODA cho Việt Nam", ["qua"]),
        ("Quoc hoi Hungary da thong qua toi qua goi ODA cho Viet Nam", ["qua"]),
    ],
)
def test_a_told_word_inside_an_acts_word(checker: Checker, text: str, told: list[str]) -> None:
    found = told_parts(checker.parse(text))
    assert [text[s:e].lower() for _, s, e, _ in found] == told, found


@pytest.mark.parametrize(
    ("statement", "said"),
    [
        ("Hungary đã thông qua sáng thứ Năm khoản ODA 400 triệu USD cho Việt Nam", "qua sáng"),
        ("Hungary da thong qua chieu thu Tu khoan ODA 400 trieu USD cho Viet Nam", "qua chieu"),
    ],
)
def test_no_told_detail_from_an_acts_word(checker: Checker, statement: str, said: str) -> None:
    """The weekday is still a detail no claim gives (not enough info), the "qua" no longer."""
    judgement = checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation
    assert said not in judgement.explanation, judgement.explanation
