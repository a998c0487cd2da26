"""The occasion a leader recalled at a meeting (issue 10, dates), session 35.

A visit to a country may be made again and again, so a visit dated otherwise than the one the
sources report may be another visit (issue 11): "Lam visited Cambodia in late January 2026"
stays open. Said as what its visitor recalled, mentioned or brought up when he met someone the
statement names ("Meeting Hun Manet, Lam recalled his Cambodia visit of late January", "chuyến
thăm Campuchia mà Tổng Bí thư nhắc tới khi gặp ông Hun Manet": `recall_words` in
lexicon/<lang>/occasions.yaml), it is the visit a source tells of in one sentence with that
meeting, and a date before the meeting, a season or less before the visit and outside it,
misdates it (windows.recalled_at). Said as the subject of a verb that only links it to its date,
with the clause about the recalling between ("Chuyến thăm Campuchia mà ... nhắc tới khi gặp ông Hun
Manet diễn ra ..."), the date is the visit's, not the meeting's (scope.linked_act).

Traps stay open: no recall said, a party no source puts beside the visit, a date a year back (an
earlier visit, recalled too), a date that dates the recalling, another country's visit. Each in
English, Vietnamese and Vietnamese without diacritics; the statements are written for these
tests."""

from __future__ import annotations

import pytest
from conftest import assert_judged

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED

VISIT = "to-lam-visited-cambodia-2026-02"


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    # the recalled visit, misdated
    (
        "Meeting Hun Manet in Washington, To Lam recalled his "
        "trip to Cambodia in late January 2026.",
        CONTRADICTED,
        VISIT,
    ),
    (
        "In talks with Hun Manet, Lam brought up his Cambodia visit of late January 2026.",
        CONTRADICTED,
        VISIT,
    ),
    (
        "Khi gặp Thủ tướng Hun Manet, ông Tô Lâm nhắc lại chuyến "
        "thăm Campuchia hồi cuối tháng 1/2026.",
        CONTRADICTED,
        VISIT,
    ),
    (
        "Chuyến thăm Campuchia mà ông Tô Lâm nhắc đến khi gặp Thủ "
        "tướng Hun Manet diễn ra vào giữa tháng 1/2026.",
        CONTRADICTED,
        VISIT,
    ),
    (
        "Khi gap Thu tuong Hun Manet, ong To Lam nhac lai chuyen "
        "tham Campuchia hoi cuoi thang 1/2026",
        CONTRADICTED,
        VISIT,
    ),
    (
        "Chuyen tham Campuchia ma ong To Lam nhac toi khi gap Thu "
        "tuong Hun Manet dien ra cuoi thang 1/2026",
        CONTRADICTED,
        VISIT,
    ),
    # the recalled visit as the sources date it
    (
        "Meeting Hun Manet in Washington, To Lam recalled his "
        "trip to Cambodia in early February 2026.",
        SUPPORTED,
        VISIT,
    ),
    # no recall said: another visit may be meant
    ("To Lam travelled to Cambodia in late January 2026.", NEI, "another occasion"),
    ("Ông Tô Lâm sang thăm Campuchia hồi cuối tháng 1/2026.", NEI, "another occasion"),
    ("Ong To Lam sang tham Campuchia hoi cuoi thang 1/2026", NEI, "another occasion"),
    # a party no source puts beside the visit
    (
        "Meeting Prabowo, To Lam recalled his trip to Cambodia in late January 2026.",
        NEI,
        "another occasion",
    ),
    (
        "Khi gặp Tổng thống Prabowo, ông Tô Lâm nhắc lại chuyến "
        "thăm Campuchia hồi cuối tháng 1/2026.",
        NEI,
        "another occasion",
    ),
    (
        "Khi gap Tong thong Prabowo, ong To Lam nhac lai chuyen "
        "tham Campuchia hoi cuoi thang 1/2026",
        NEI,
        "another occasion",
    ),
    (
        "Chuyến thăm Campuchia mà ông Tô Lâm nhắc tới khi gặp Tổng "
        "thống Prabowo diễn ra cuối tháng 1/2026.",
        NEI,
        "another occasion",
    ),
    # a year back: an earlier visit, which he may recall too
    (
        "Meeting Hun Manet, To Lam recalled his visit to Cambodia in February 2025.",
        NEI,
        "another occasion",
    ),
    (
        "Khi gặp Thủ tướng Hun Manet, ông Tô Lâm nhắc lại chuyến thăm Campuchia năm 2024.",
        NEI,
        "another occasion",
    ),
    # the date dates the recalling, not the visit
    (
        "In late January 2026, To Lam recalled his visit to Cambodia when meeting Hun Manet.",
        NEI,
        "another occasion",
    ),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), VERDICTS)
def test_recalled_occasions(checker: Checker, statement: str, verdict: str, why: str) -> None:
    assert_judged(checker, statement, verdict, why)
