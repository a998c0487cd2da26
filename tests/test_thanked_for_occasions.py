"""The occasion a thanks was for (issue 10, dates), session 34.

A visit is repeatable, so another date of it may be another visit (issue 11): "Lam was in
Cambodia in late January 2026" stays open against his visit of 1-10 February. Said as what its
visitor thanked someone for ("thanked Hun Sen for the hospitality during his Cambodia visit in
late January 2026", "cảm ơn ... trong chuyến thăm Campuchia hồi cuối tháng 1/2026"), the visit
is the one the sources report that thanks for, when they give the thanks by him, to someone the
statement names, in one sentence with the visit and after it ended (windows.thanked_for): a
date a season or less before it misdates it and refutes it.

Traps stay open: a date far back (an earlier visit, thanked for on another occasion), a date from
the thanks on (later than the sources know), a date said before the thanks' words (the thanks'
own), a visit said in another sentence, a thanks denied or turned round, another place visited,
another doer's thanks. Each in English, Vietnamese and
Vietnamese without diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI

VISIT = "to-lam-visited-cambodia-2026-02"


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


REFUTED = [
    "Lam thanked Hun Sen for the hospitality shown during his Cambodia visit in late January 2026.",
    "To Lam thanked Chairman Hun Sen for the reception on his trip to Cambodia in December 2025.",
    "Lam expressed gratitude to Hun Manet for the welcome during his visit to Cambodia in "
    "mid-January 2026.",
    "Tổng Bí thư Tô Lâm cảm ơn Chủ tịch Hun Sen vì sự đón tiếp trong chuyến thăm Campuchia "
    "hồi giữa tháng 1/2026.",
    "TBT cảm ơn ông Hun Sen đã đón tiếp nồng hậu trong chuyến thăm Campuchia tháng 12/2025.",
    "Chuyến thăm Campuchia mà Tổng Bí thư cảm ơn Chủ tịch Hun Sen diễn ra hồi cuối tháng 1/2026.",
    "Tong Bi thu To Lam cam on Chu tich Hun Sen vi su don tiep trong chuyen tham Campuchia "
    "hoi cuoi thang 1/2026.",
    "Chuyen tham Campuchia ma TBT cam on ong Hun Sen dien ra thang 12/2025",
]

OPEN = [
    # the visit said alone: another visit may be meant (issue 11)
    "Lam was in Cambodia on a visit in late January 2026.",
    "Tổng Bí thư Tô Lâm thăm Campuchia hồi cuối tháng 1/2026.",
    "Tong Bi thu To Lam tham Campuchia hoi cuoi thang 1/2026.",
    # far back: an earlier visit, which he may have thanked for on another occasion
    "Lam thanked Hun Sen for the hospitality shown during his Cambodia visit in 2019.",
    "Tổng Bí thư cảm ơn Chủ tịch Hun Sen vì sự đón tiếp trong chuyến thăm Campuchia năm 2019.",
    "Tong Bi thu cam on Chu tich Hun Sen vi su don tiep trong chuyen tham Campuchia nam 2019.",
    # from the thanks on: later than the sources know
    "Lam thanked Hun Sen for the hospitality shown during his Cambodia visit in March 2026.",
    "Tổng Bí thư cảm ơn Chủ tịch Hun Sen vì sự đón tiếp trong chuyến thăm Campuchia tháng 3/2026.",
    "Tong Bi thu cam on Chu tich Hun Sen vi su don tiep trong chuyen tham Campuchia thang 3/2026.",
    # the visit in another sentence from the thanks
    "Lam thanked Hun Sen for the welcome. He had been in Cambodia in late January 2026.",
    "Tổng Bí thư cảm ơn Chủ tịch Hun Sen. Ông thăm Campuchia hồi cuối tháng 1/2026.",
    # the thanks denied or turned round: no thanks ties the visit
    "Lam did not thank Hun Sen for the welcome during his visit to Cambodia in late January 2026.",
    "Lam criticised Hun Sen over the welcome on his Cambodia trip in late January 2026.",
    "Tổng Bí thư không cảm ơn ông Hun Sen về chuyến thăm Campuchia hồi cuối tháng 1/2026.",
    # another place visited, whose visit the thanks the sources report is not for
    "Lam thanked Hun Sen for the welcome during his visit to Laos in late January 2026.",
    "Tong Bi thu cam on ong Hun Sen ve su don tiep trong chuyen tham Lao cuoi thang 1/2026.",
    # another doer's thanks and visit
    "Hun Manet thanked Lam for the welcome during his visit to Vietnam in late January 2026.",
    "Thu tuong Hun Manet cam on TBT vi su don tiep trong chuyen tham Viet Nam cuoi thang 1/2026.",
]


@pytest.mark.parametrize("statement", REFUTED)
def test_a_misdated_thanked_for_visit_is_refuted(checker: Checker, statement: str) -> None:
    result = checker.check(statement)
    assert result.verdict == CONTRADICTED, result.explanation
    assert VISIT in {c.id for c in result.evidence}, result.explanation


@pytest.mark.parametrize("statement", OPEN)
def test_another_visit_may_be_meant(checker: Checker, statement: str) -> None:
    result = checker.check(statement)
    assert result.verdict == NEI, result.explanation
    if VISIT in result.explanation:
        assert "another occasion" in result.explanation, result.explanation
