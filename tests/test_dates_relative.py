"""Session 26, dates relative to another event: what a relative date's claims account for.

A relative date ("the day after his calls with the two senators", "cùng ngày", "on the same day
as his phone call with Leahy") finds the claims of each of its two events, through the names the
statement gives each one, the holders of a plural title ("the two senators": Daines and Hagerty
then), or a definite group ("the foreign leaders"), and decides their days
(factdb.check.relative). Where it decides, those claims bear out the acts themselves: the verb
whose claims name parties the statement does not (the calls, not with Prabowo; the meetings,
not with Leahy) is no act left unchecked (Judge.judge, `related`). Where it decides nothing (an
anchor or a main event the claims do not date to one day, people no claim names) the act stays
unchecked and the statement open. The statements are written for these tests, in English,
Vietnamese and Vietnamese without diacritics, the way wire copy and posts put them.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


ACCOUNTED = [
    # the anchor's calls are the title holders' (Daines and Hagerty, on 18 February), the
    # meeting with Prabowo on the 19th
    ("A day after his calls with the two senators, Lam met Prabowo.", SUPPORTED),
    (
        "Một ngày sau khi điện đàm với hai thượng nghị sĩ Mỹ, TBT Tô Lâm gặp Tổng thống"
        " Indonesia Prabowo",
        SUPPORTED,
    ),
    ("Mot ngay sau khi dien dam voi hai thuong nghi si My, TBT gap Prabowo", SUPPORTED),
    # the main event's meetings are the foreign leaders', on the day of the call with Leahy
    ("To Lam met the foreign leaders on the same day as his phone call with Leahy.", SUPPORTED),
    ("Cùng ngày gặp các lãnh đạo nước ngoài, TBT còn điện đàm với cựu TNS Leahy", SUPPORTED),
    ("Cung ngay gap cac lanh dao nuoc ngoai, TBT con dien dam voi cuu TNS Leahy", SUPPORTED),
    # refuted as before: two days apart
    ("Two days after his calls with the two senators, Lam met Prabowo.", CONTRADICTED),
    ("Hai ngay sau khi dien dam voi hai thuong nghi si My, TBT To Lam gap Prabowo", CONTRADICTED),
]

TRAPS = [
    # a day apart (18 and 19 February) may be one day on another clock: open, act unchecked
    ("To Lam met the foreign leaders on the same day as his phone call with Daines.", NEI),
    ("Cùng ngày điện đàm với TNS Daines, TBT gặp các lãnh đạo nước ngoài", NEI),
    # people no claim names: no day for the main event, so nothing accounts for the act
    ("To Lam met Vietnamese students on the same day as his phone call with Leahy.", NEI),
    ("Cùng ngày gặp các sinh viên Việt Nam, TBT còn điện đàm với cựu TNS Leahy", NEI),
    ("Cung ngay gap cac sinh vien Viet Nam, TBT con dien dam voi cuu TNS Leahy", NEI),
    # a meeting the claims do not give: the relation decides nothing
    ("A day after his calls with the two senators, Lam met Hun Sen.", NEI),
    ("Mot ngay sau khi dien dam voi hai thuong nghi si My, TBT gap ong Hun Sen", NEI),
    # each person the main event names must be met that day: Hun Sen received Lam in Cambodia
    ("A day after his calls with the two senators, Lam met Prabowo and Hun Sen.", NEI),
    ("Một ngày sau khi điện đàm với hai thượng nghị sĩ Mỹ, TBT gặp Prabowo và Hun Sen", NEI),
    ("Mot ngay sau khi dien dam voi hai thuong nghi si My, TBT gap Prabowo va Hun Sen", NEI),
    # three senators are not the two the title had then
    ("A day after his calls with the three senators, Lam met Prabowo.", NEI),
    ("Một ngày sau khi điện đàm với ba thượng nghị sĩ Mỹ, TBT Tô Lâm gặp Prabowo", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), ACCOUNTED + TRAPS)
def test_a_relative_dates_claims_account_for_its_acts(
    checker: Checker, statement: str, verdict: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


# A count of the main event's parties counts its own acts alone: the acts the relative date
# counts from (the calls with the two senators, the call with Leahy) are another act's, whose
# parties no count of the meetings counts (accounting._met, relative.anchor_acts). "Cùng ngày"
# holds "ngày", the cue's word, no act of the main event (relative.split_acts).
COUNTS = [
    ("A day after his calls with the two senators, Lam met nine world leaders.", SUPPORTED),
    (
        "Một ngày sau khi điện đàm với hai thượng nghị sĩ Mỹ, Tổng Bí thư Tô Lâm gặp chín nhà"
        " lãnh đạo.",
        SUPPORTED,
    ),
    ("Cùng ngày điện đàm với cựu TNS Leahy, TBT gặp 9 nhà lãnh đạo", SUPPORTED),
    ("Lam met nine world leaders on the same day as his phone call with Leahy.", SUPPORTED),
    # traps: Leahy, the anchor's party, is no tenth leader met
    ("Lam met ten world leaders on the same day as his phone call with Leahy.", NEI),
    ("Cùng ngày điện đàm với cựu TNS Leahy, TBT gặp 10 nhà lãnh đạo", NEI),
    ("Cung ngay dien dam voi cuu TNS Leahy, TBT gap 10 nha lanh dao", NEI),
    ("Lam met eleven world leaders the day after his calls with the two senators.", NEI),
    ("Mot ngay sau khi dien dam voi hai thuong nghi si My, TBT gap 11 nha lanh dao.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), COUNTS)
def test_a_count_of_the_main_event_leaves_the_anchors_parties_out(
    checker: Checker, statement: str, verdict: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


# The period just before the present's ("last year", "năm ngoái": `past_frames` in
# lexicon/<lang>/dates.yaml) is counted back from the statement's day of writing, its dateline
# (February 2026): a claim of the act, or a series' slice, inside it accounts for the words, as a
# frame of the present does (windows.present_frames). With no dateline, or outside the period,
# the words stay the claims' to say: open, never refuted, since the writer's "last year" may be
# another than the sources' (session 30: no longer counted from the sources' time).
PAST_FRAMES = [
    (
        "HANOI, Feb. 20, 2026 (wire) - Vietnam-Hungary trade crossed the $1bn mark for the first "
        "time last year.",
        SUPPORTED,
    ),
    (
        "HÀ NỘI (20/2/2026) - Năm ngoái, thương mại Việt Nam - Hungary lần đầu vượt 1 tỷ USD.",
        SUPPORTED,
    ),
    (
        "HA NOI (20/2/2026) - Nam ngoai, thuong mai Viet Nam - Hungary lan dau vuot 1 ty USD.",
        SUPPORTED,
    ),
    ("HANOI, Feb. 20, 2026 (wire) - Hegseth visited Vietnam last year.", SUPPORTED),
    ("HÀ NỘI (20/2/2026) - Năm ngoái, Bộ trưởng Hegseth thăm Việt Nam.", SUPPORTED),
    ("HA NOI (20/2/2026) - Nam ngoai, Bo truong Hegseth tham Viet Nam.", SUPPORTED),
    # no day of writing, or another one: the year is no one's to place
    ("Vietnam-Hungary trade crossed the $1bn mark for the first time last year.", NEI),
    ("Năm ngoái, thương mại Việt Nam - Hungary lần đầu vượt 1 tỷ USD.", NEI),
    ("Hegseth visited Vietnam last year.", NEI),
    ("Nam ngoai, Bo truong Hegseth tham Viet Nam.", NEI),
    ("HANOI, Feb. 20, 2027 (wire) - Hegseth visited Vietnam last year.", NEI),
    # traps: the meeting and the call are of this year, the trade no month's
    ("To Lam met Aliyev in Washington last year.", NEI),
    ("Năm ngoái, Tổng Bí thư Tô Lâm gặp Tổng thống Aliyev tại Washington.", NEI),
    ("Nam ngoai, TBT To Lam dien dam voi ong Leahy.", NEI),
    ("Hungary-Vietnam trade passed $1bn last month.", NEI),
    # a month part, no frame: the Cambodia visit was early in February
    ("Lam's Cambodia trip came in the last week of February.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), PAST_FRAMES)
def test_the_period_before_the_sources_present(
    checker: Checker, statement: str, verdict: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


# An act set before an occasion the anchor names by its own act and place ("before heading to
# Washington", "trước chuyến thăm Mỹ", "truoc khi len duong sang My") counts from that
# occasion's claims, the ones naming its place (earlier._act_claims): the US trip of 18-20
# February, not the Cambodia visit of 1-10 February the act is. Its verb binds nothing of the
# act's (earlier.own_predications), and where every act borne out was done wholly before it,
# its claims account for its words and the order (earlier.ordered_parts). A call on the trip,
# an occasion the claims do not give, or a place of the occasion they do not, leave it open:
# an act set before is never refuted (a call, a visit recur).
SET_BEFORE = [
    ("Lam visited Cambodia before heading to Washington.", SUPPORTED),
    ("Lam had visited Cambodia before his trip to the United States.", SUPPORTED),
    ("Lam visited Cambodia before the Board of Peace meeting.", SUPPORTED),
    ("Tô Lâm thăm Campuchia trước chuyến thăm Mỹ.", SUPPORTED),
    ("Tổng Bí thư Tô Lâm thăm Campuchia trước khi lên đường sang Mỹ.", SUPPORTED),
    ("To Lam tham Campuchia truoc khi len duong sang My.", SUPPORTED),
    # traps: the call was made on the trip; no trip to Hungary; the US trip came after
    ("Lam phoned Leahy before flying to Washington.", NEI),
    ("Tô Lâm điện đàm với ông Leahy trước khi lên đường sang Mỹ.", NEI),
    ("To Lam dien dam voi ong Leahy truoc khi len duong sang My.", NEI),
    ("Lam visited Cambodia before his trip to Hungary.", NEI),
    ("Tô Lâm thăm Campuchia trước chuyến thăm Hungary.", NEI),
    ("To Lam tham Campuchia truoc chuyen tham Hungary.", NEI),
    ("Lam visited the United States before heading to Cambodia.", NEI),
    # a place the claims do not give the occasion, a detail of it they do not say
    ("Lam visited Cambodia before the Board of Peace meeting in Hanoi.", NEI),
    ("Lam visited Cambodia before his secret trip to Washington.", NEI),
    ("Lam visited Cambodia before flying to Washington with Trump.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), SET_BEFORE)
def test_an_act_set_before_an_occasion(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


# An act set after an occasion named by its own act and place ("After visiting Cambodia",
# "Sau chuyến thăm Campuchia") counts from that occasion's last day by its claims
# (later.read_later, later.act_claims): the meeting with Hun Manet on 19 February came after the
# visit of 1-10 February, and the visit's claims account for the order. The place of that
# occasion is where it was, not where the act was (scope.locative, relative.occasion_anchors):
# "After visiting Cambodia, Lam met Hun Manet on Feb 19" was refuted as a meeting in Cambodia.
SET_AFTER = [
    ("After visiting Cambodia, Lam met Hun Manet in Washington.", SUPPORTED),
    ("Sau chuyến thăm Campuchia, Tô Lâm gặp Thủ tướng Hun Manet tại Washington.", SUPPORTED),
    ("Sau chuyen tham Campuchia, To Lam gap Thu tuong Hun Manet tai Washington.", SUPPORTED),
    ("After his visit to Cambodia, Lam met Hun Manet on Feb 19.", SUPPORTED),
    ("Sau chuyến thăm Campuchia, ngày 19/2 Tô Lâm gặp Thủ tướng Hun Manet.", SUPPORTED),
    ("Sau chuyen tham Campuchia, ngay 19/2 To Lam gap Thu tuong Hun Manet.", SUPPORTED),
    # traps: the Cambodia visit came first; no visit to Hungary; the call with Daines was
    # made the day before the meeting with Hun Manet
    ("After visiting the United States, Lam visited Cambodia.", NEI),
    ("Sau chuyến thăm Mỹ, Tô Lâm thăm Campuchia.", NEI),
    ("Sau chuyen tham Hungary, To Lam gap ong Orban tai Washington.", NEI),
    ("Sau khi gặp Thủ tướng Hun Manet, Tổng Bí thư điện đàm với Thượng nghị sĩ Daines.", NEI),
    ("After meeting Hun Manet, Lam phoned Daines.", NEI),
    # the act's own place is still weighed: the meeting was in Washington
    ("After visiting Cambodia, Lam met Hun Manet in Hanoi on Feb 19.", CONTRADICTED),
]


@pytest.mark.parametrize(("statement", "verdict"), SET_AFTER)
def test_an_act_set_after_an_occasion(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
