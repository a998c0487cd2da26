"""A denial bounded to the time before an occasion (issue 10, session 23, review M1): "had never
met X before Feb 19", "trước chuyến đi này", "until the summit" deny the act up to the occasion
and say nothing of the occasion itself, so the claim of the act on it does not refute them
(factdb.check.earlier). A claim of the act before the occasion still does, and so does any
claim where no bound is said. So for a denial bounded from an occasion on (review2 group E:
"since their July 2025 call", "kể từ tháng 7/2025"), which a claim of the act after it refutes,
and for a denial bounded before a moment it leaves unsaid (the third review's group B: "had
never met Orbán before", "trước đó", the past perfect with no date). An act set before an
occasion ("had met Orbán before this meeting", session 24's review group C) is borne out only by
a claim of the act done wholly before it.
The statements are written for these tests, the way wire copy, headlines and posts put things;
`earlier_examples` in lexicon/<lang>/statements.yaml test the reading of the bound.
"""

from __future__ import annotations

from typing import Any

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED
from tests.conftest import lexicon_examples


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize("example", lexicon_examples("statements", "earlier_examples"))
def test_earlier_corpus(checker: Checker, example: dict[str, Any]) -> None:
    parsed = checker.parse(example["text"])
    bound = parsed.earlier
    said = parsed.text[bound.anchor[0] : bound.anchor[1]].strip() if bound else None
    assert said == example["anchor"]


BOUNDED = [
    # the bound is the occasion's own day: the meeting on it refutes nothing
    ("Wire: Lam and Orbán had not met before Feb. 19", NEI),
    ("Until Feb 18, Lam had never spoken with Sen. Daines", NEI),
    ("Trước ngày 19/2, ông Tô Lâm chưa bao giờ gặp ông Hun Manet", NEI),
    ("Truoc ngay 19/2, ong To Lam chua bao gio gap ong Hun Manet", NEI),
    # the bound is an occasion the statement names, dated or not
    ("Before the Board of Peace meeting, Lam had never met Prabowo", NEI),
    # a name between the cue and the occasion's word takes none of its reach
    ("Before the Gaza peace board meeting, Lam had never met Pakistan's Sharif", NEI),
    ("Lam had not visited the United States prior to this trip", NEI),
    ("Tô Lâm chưa hề thăm Campuchia trước chuyến thăm đầu tháng 2/2026", NEI),
    ("To Lam chua he tham Campuchia truoc chuyen tham dau thang 2/2026", NEI),
    ("Cho đến cuộc điện đàm ngày 18/2, Thượng nghị sĩ Daines chưa từng trao đổi với Tô Lâm", NEI),
    ("Cho den cuoc dien dam ngay 18/2, Thuong nghi si Daines chua tung trao doi voi To Lam", NEI),
]

KEPT = [
    # no bound: the meeting refutes the denial
    ("Lam has never met Orbán", CONTRADICTED),
    ("Tô Lâm chưa bao giờ gặp ông Orbán", CONTRADICTED),
    ("To Lam chua bao gio gap ong Orban", CONTRADICTED),
    # an adverb of the act's own, no bound: the present perfect and "trước đây" speak up to now
    ("Lam has never before met Orbán", CONTRADICTED),
    ("Tô Lâm trước đây chưa từng gặp ông Orbán", CONTRADICTED),
    ("To Lam truoc day chua tung gap ong Orban", CONTRADICTED),
    # the bound lies after the act: the meeting on 19 February refutes it
    ("Lam had never met Orban before March 2026", CONTRADICTED),
    ("Trước tháng 3/2026, Tô Lâm chưa từng gặp ông Orbán", CONTRADICTED),
    ("Truoc thang 3/2026, To Lam chua tung gap ong Orban", CONTRADICTED),
    # an act before a later day is borne out
    ("Lam met Orbán before 20 February 2026", SUPPORTED),
    ("Tô Lâm gặp ông Orbán trước ngày 20/2/2026", SUPPORTED),
]


# A denial bounded before a moment it leaves unsaid (the third review's group B): "before" or
# "trước đó" / "trước kia" closing it, or opening a clause of its own, means before the occasion
# the report is about, which the claims' act may be, and the sources give no earlier one. So does
# the past perfect with no date: a careful fact-checker reads "Lam had never met Pashinyan", in a
# report of their meeting, as of the time before that meeting, which the sources say nothing
# of; "had never before met" was kept contradicted as an adverb of the act's own until then, and
# is its past perfect too. Time up to now ("has never", "trước đây", "before now") stays refuted,
# but "before" closing a present perfect is left open too: "I have never been here before" is
# said on the visit it leaves out.
UNSAID = [
    ("Wire: Lam had not held talks with Indonesia's Prabowo before.", NEI),
    ("Sen. Daines had never phoned Vietnam's party chief before.", NEI),
    ("Before that, Lam hadn't spoken to Hagerty", NEI),
    # "before" closing a present perfect leaves out the occasion it is said of, too
    ("Lam has never met Hun Manet before.", NEI),
    ("Tổng Bí thư chưa hề hội đàm với Tổng thống Prabowo trước đó, theo TTXVN", NEI),
    ("Tong Bi thu chua he hoi dam voi Tong thong Prabowo truoc do, theo TTXVN", NEI),
    ("Trước kia, ông Tô Lâm chưa bao giờ trao đổi điện thoại với Thượng nghị sĩ Daines", NEI),
    ("Truoc kia, ong To Lam chua bao gio trao doi dien thoai voi Thuong nghi si Daines", NEI),
    ("Ông Hagerty chưa từng điện đàm với Tổng Bí thư Tô Lâm trước đó.", NEI),
    ("Ong Hagerty chua tung dien dam voi Tong Bi thu To Lam truoc do.", NEI),
    # the past perfect with no date, and "had never before"
    ("Lam had never met Pashinyan", NEI),
    ("Lam had never before met Orbán", NEI),
]

UNSAID_KEPT = [
    # up to now
    ("Lam has not met Orbán before now.", CONTRADICTED),
    ("Tô Lâm chưa từng gặp ông Orbán trước đây.", CONTRADICTED),
    ("To Lam chua tung gap ong Orban truoc day.", CONTRADICTED),
    # a date says when: the meeting in that month refutes the past perfect's denial
    ("Lam had not met Orbán in February 2026", CONTRADICTED),
    # a "before" of another clause bounds nothing of the denial
    ("Lam did not meet Hun Manet, though the two had talked before.", CONTRADICTED),
    # under a verb of saying the past perfect is what was said, up to the saying: refuted by
    # what he said then (Vietnamese, with no such tense, says it the same way)
    (
        "Lam told Hegseth defence cooperation had not become a pillar of bilateral relations",
        CONTRADICTED,
    ),
    (
        "Tổng Bí thư nói hợp tác quốc phòng chưa trở thành trụ cột của quan hệ song phương",
        CONTRADICTED,
    ),
    (
        "Tong Bi thu noi hop tac quoc phong chua tro thanh tru cot cua quan he song phuong",
        CONTRADICTED,
    ),
]


# A denial bounded from an occasion on ("since X", "kể từ X") says nothing of X itself, the last
# such act most often (review2 group E): the act on it refutes nothing, one after it still does.
SINCE_BOUNDED = [
    ("Lam had not spoken with Trump since July 2025.", NEI),
    ("Lam had not spoken to Trump since their July 2025 call.", NEI),
    ("Tổng Bí thư chưa điện đàm với ông Trump kể từ tháng 7/2025.", NEI),
    ("Tong Bi thu chua dien dam voi ong Trump ke tu thang 7/2025.", NEI),
    (
        "Kể từ cuộc điện đàm hồi tháng 7/2025, ông Tô Lâm "
        "chưa trao đổi điện thoại lại với Tổng thống Trump",
        NEI,
    ),
    (
        "Ke tu cuoc dien dam hoi thang 7/2025, ong To Lam "
        "chua trao doi dien thoai lai voi Tong thong Trump",
        NEI,
    ),
    # the bound is the meeting's own day, or the occasion it was held at
    ("Lam had not met Orbán since Feb 19, aides said", NEI),
    ("Since the Board of Peace meeting, Lam has not met Orbán", NEI),
]

SINCE_KEPT = [
    # the meeting on 19 February came after the Cambodia visit of early February
    ("Lam had not met Hun Manet since his Cambodia visit in early February.", CONTRADICTED),
    # no bound: the call refutes the denial
    ("Lam has never spoken with Trump.", CONTRADICTED),
    ("Tô Lâm chưa bao giờ điện đàm với ông Trump", CONTRADICTED),
    ("To Lam chua bao gio dien dam voi ong Trump", CONTRADICTED),
    # a meeting long after the year a "since" counts from does not show it was the first
    ("Lam had not met Orban since 2018.", NEI),
]


# An act set before an occasion (session 24's review, group C: "had met Orbán before this
# meeting") is borne out only by a claim of the act done wholly before the occasion's first day,
# never by the act on it: the occasion the statement is about, named by its act alone ("this
# call", "their meeting", "cuộc hội đàm này"), may be any the claims give of that act with those
# the statement names (a reception is a meeting), and the sources give no earlier one.
ACT_BOUNDED = [
    ("Lam and Orbán had met before today's talks in Washington, Reuters reported.", NEI),
    ("Senator Daines had talked to Lam by phone prior to this call, his office said.", NEI),
    ("Lam had hosted Hegseth before their meeting, a ministry statement said.", NEI),
    ("Pashinyan had met Lam before Thursday's talks.", NEI),
    # the visit ran over the days the claims give the meeting: not wholly before it
    ("Lam had visited the United States before the Board of Peace meeting.", NEI),
    ("Hai nhà lãnh đạo Tô Lâm và Orbán đã gặp nhau trước cuộc hội đàm này.", NEI),
    ("Hai nha lanh dao To Lam va Orban da gap nhau truoc cuoc hoi dam nay.", NEI),
    ("Ông Daines đã điện đàm với Tổng Bí thư trước cuộc điện đàm này, văn phòng cho biết.", NEI),
    ("Ong Daines da dien dam voi Tong Bi thu truoc cuoc dien dam nay, van phong cho biet.", NEI),
    ("Bộ trưởng Hegseth đã sang Việt Nam trước chuyến thăm này.", NEI),
    ("Bo truong Hegseth da sang Viet Nam truoc chuyen tham nay.", NEI),
]

ACT_KEPT = [
    # an invitation the claims date before the days of the meeting it was for
    ("Trump had invited Lam ahead of the Board of Peace meeting.", SUPPORTED),
    # the call is dated by its claim, and the visit before it
    ("Hagerty had been to Vietnam prior to this phone call.", SUPPORTED),
    # a date's open end bounds it as before
    ("Lam had met Orbán before 20 February 2026.", SUPPORTED),
    ("To Lam gap ong Orban truoc ngay 20/2/2026.", SUPPORTED),
    ("Tô Lâm và ông Orbán chưa từng gặp nhau trước tháng 3/2026.", CONTRADICTED),
    ("To Lam va ong Orban chua tung gap nhau truoc thang 3/2026.", CONTRADICTED),
]


@pytest.mark.parametrize(
    ("statement", "expected"),
    BOUNDED + KEPT + UNSAID + UNSAID_KEPT + SINCE_BOUNDED + SINCE_KEPT + ACT_BOUNDED + ACT_KEPT,
)
def test_bounded_denials(checker: Checker, statement: str, expected: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == expected, judgement.explanation
    assert judgement.explanation
