"""Session 30, one member left out of a group by a title of his country (reviewer's findings):
"all the leaders except Pakistan's prime minister", "trừ Thủ tướng Hungary Orbán", "ngoại trừ
Tổng thống Kazakhstan". The excluded words were read as one of those met (the title and country
stayed names of the statement), so the meeting the claims show with him bore the statement out.
An exclusion names its title, the title's country and the holder together
(factdb.check.around_names.read_around_names), and a title with its country stands for the one
holding it on the occasion: the statement denies the act with him, refuted where a claim shows it
done then, open where the claims never show him (another country's leader). Each in English,
Vietnamese and Vietnamese without diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI

VERDICTS = [
    # the reviewer's statements
    ("Lam met all the foreign leaders except Pakistan's prime minister.", CONTRADICTED),
    ("Tổng Bí thư gặp tất cả các nhà lãnh đạo trừ Thủ tướng Hungary Orbán.", CONTRADICTED),
    ("Tổng Bí thư gặp tất cả các nhà lãnh đạo ngoại trừ Tổng thống Kazakhstan.", CONTRADICTED),
    # paraphrases
    ("Lam met all leaders except for Pakistan's prime minister.", CONTRADICTED),
    ("Lam met all the leaders other than the Pakistani prime minister.", CONTRADICTED),
    ("Lam met all the foreign leaders except the president of Kazakhstan.", CONTRADICTED),
    ("Tong Bi thu gap tat ca cac nha lanh dao tru Thu tuong Hungary Orban.", CONTRADICTED),
    ("Tong Bi thu gap tat ca cac nha lanh dao ngoai tru Tong thong Kazakhstan.", CONTRADICTED),
    ("Tô Lâm gặp lãnh đạo các nước, ngoại trừ Thủ tướng Pakistan, tại Washington.", CONTRADICTED),
    # set against a name, a title of a country is its holder too
    ("Lam met Orbán, not Kazakhstan's president, on February 19.", CONTRADICTED),
    ("Tô Lâm gặp Tổng thống Tokayev chứ không phải Thủ tướng Hungary.", CONTRADICTED),
    ("Lam met Pakistan's prime minister, not Kazakhstan's president.", CONTRADICTED),
    ("Tô Lâm gặp Thủ tướng Pakistan chứ không gặp Tổng thống Kazakhstan.", CONTRADICTED),
    ("To Lam gap Thu tuong Pakistan chu khong gap Tong thong Kazakhstan", CONTRADICTED),
    # a title denied with no name set against it is the title's denial
    ("Lam did not meet Hungary's prime minister.", CONTRADICTED),
    ("Orbán is the prime minister of Hungary, not the president of Hungary.", NEI),
    # one the claims never show met: open, as the rest is
    ("Lam met all the leaders except Japan's prime minister.", NEI),
    ("Tổng Bí thư gặp tất cả các nhà lãnh đạo trừ Thủ tướng Nhật Bản.", NEI),
    ("Tong Bi thu gap tat ca cac nha lanh dao tru Thu tuong Nhat Ban", NEI),
    ("Lam met all the leaders except the US president.", NEI),
    ("Tô Lâm gặp tất cả các lãnh đạo, trừ Tổng thống Mỹ.", NEI),
    ("Lam met Orban, not Hungary's president.", NEI),
    # another occasion than the meeting's
    ("Lam met all the foreign leaders except Pakistan's prime minister on March 5.", NEI),
    ("Lam met all the leaders except Orbán in Hanoi.", NEI),
    # "except" in another sense
    ("Everything was agreed except Hungary's ODA.", NEI),
    # the exclusions read before (fixtures/statements/press/traps.yaml)
    ("Lam met all the leaders except Orban on February 19.", CONTRADICTED),
    ("Tô Lâm gặp các lãnh đạo tại Washington, trừ Thủ tướng Orbán.", CONTRADICTED),
    ("Lam met Orban, not Tokayev, on February 19.", CONTRADICTED),
    ("Lam met all the leaders except Trump on February 19.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_exclusion_verdicts(real_checker: Checker, statement: str, verdict: str) -> None:
    result = real_checker.check(statement)
    assert result.verdict == verdict, result.explanation


@pytest.mark.parametrize(
    ("statement", "excluded"),
    [
        ("Lam met all the foreign leaders except Pakistan's prime minister.", 2),
        ("Tổng Bí thư gặp tất cả các nhà lãnh đạo trừ Thủ tướng Hungary Orbán.", 3),
        ("Tong Bi thu gap tat ca cac nha lanh dao ngoai tru Tong thong Kazakhstan.", 2),
        ("Orbán is not the president of Hungary.", 0),
        # a country alone is no one excluded
        ("Lam met all the leaders except Kazakhstan's.", 0),
    ],
)
def test_the_title_and_its_country_are_excluded_together(
    real_checker: Checker, statement: str, excluded: int
) -> None:
    parsed = real_checker.parse(statement)
    assert sum(len(x.excluded) for x in parsed.exclusions) == excluded
