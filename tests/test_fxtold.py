"""Session 30, fxtold: a day, week, month or year told by the day of writing ("năm ngoái",
"hôm kia", "this year", "tuần này", "ngày mai") with no day of writing in the statement (no
dateline, no report date) is a period no one can place: a detail no claim accounts for
(dayparts.undated_told; `told_periods`, `present_frames`, `past_frames` in
lexicon/<lang>/dates.yaml), never counted from the time the sources speak of. With a dateline
the frame is counted from it (windows.present_frames). "earlier"/"trước đó" (all the time before
an act the statement or the sources date), "now"/"hiện nay"/"still" and relative dates
counted from another event keep their readings."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.dayparts import undated_told
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    "statement",
    [
        # the reviewer's
        "Năm ngoái, Tổng Bí thư tiếp Bộ trưởng Hegseth.",
        "Nam ngoai Tong Bi thu tiep Bo truong Hegseth.",
        "Hôm kia, Tổng Bí thư gặp Thủ tướng Orbán.",
        "Hom kia Tong Bi thu gap Thu tuong Orban.",
        "Năm kia, Bộ trưởng Hegseth thăm Việt Nam.",
        "Năm nay, Tổng Bí thư thăm Campuchia.",
        "Đầu tháng này, Tổng Bí thư thăm Campuchia.",
        "Đầu năm nay, Tổng Bí thư thăm Campuchia.",
        "Tuần này, Tổng Bí thư gặp lãnh đạo 9 nước.",
        "Ngày mai, Tổng Bí thư Tô Lâm sẽ có chuyến công tác tới Mỹ.",
        "Ngay mai Tong Bi thu To Lam se sang My.",
        "Earlier this year To Lam visited Cambodia.",
        "Earlier this month To Lam visited Cambodia.",
        "This year To Lam visited Cambodia.",
        "Last year Hegseth visited Vietnam.",
        # paraphrases, in the three forms
        "Hegseth visited Vietnam last year.",
        "Nam ngoai, Bo truong Hegseth tham Viet Nam.",
        "Tong Bi thu To Lam tham Campuchia nam nay",
        "Tổng Bí thư Tô Lâm thăm Campuchia trong năm nay.",
        "Tuan nay Tong Bi thu To Lam gap Thu tuong Orban tai Washington",
        "This week To Lam met Hungarian Prime Minister Viktor Orbán in Washington.",
        "Tuần này, Tổng Bí thư Tô Lâm gặp Thủ tướng Hungary Viktor Orbán tại Washington.",
        "The day before yesterday To Lam met Orbán in Washington.",
        "Hôm kia Tổng Bí thư Tô Lâm điện đàm với ông Leahy.",
        "Nam kia Bo truong Hegseth tham Viet Nam",
        "Tomorrow To Lam will travel to the United States.",
        "Ngày mai Tổng Bí thư Tô Lâm sẽ sang Mỹ.",
    ],
)
def test_a_period_told_by_no_day_of_writing_is_open(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # a dateline gives the day of writing: the frame is counted from it
        ("HANOI, Feb 20 (wire) - This week To Lam met Aliyev in Washington.", SUPPORTED),
        ("HÀ NỘI (20/2) - Tuần này, Tổng Bí thư Tô Lâm gặp Tổng thống Aliyev.", SUPPORTED),
        ("HANOI, Feb 17 (wire) - To Lam leaves for the U.S. tomorrow.", SUPPORTED),
        # "hôm kia" is a told day (`told_days`: -2), placed by a dateline as "hôm qua" is
        ("HÀ NỘI (21/2) - Hôm kia, Tổng Bí thư gặp Thủ tướng Orbán.", SUPPORTED),
        ("HA NOI (21/2) - Hom kia Tong Bi thu gap Thu tuong Orban.", SUPPORTED),
        ("HANOI, Feb. 20, 2026 (wire) - Hegseth visited Vietnam last year.", SUPPORTED),
        ("HA NOI (20/2/2026) - Nam ngoai, Bo truong Hegseth tham Viet Nam.", SUPPORTED),
        # ... and it is counted from it, not from the sources' time
        ("HANOI, Feb. 20, 2027 (wire) - Hegseth visited Vietnam last year.", NEI),
        ("HANOI, March 20 (wire) - To Lam visited Cambodia this month.", NEI),
        # a frame inside a clause with a date of its own only places that date
        ("Đầu tháng 2 năm nay, Tổng Bí thư thăm Campuchia.", SUPPORTED),
        ("In early February this year To Lam visited Cambodia.", SUPPORTED),
        # "earlier", "trước đó": before the present, not a period told by the day of writing
        (
            "To Lam had visited Cambodia earlier in February before heading to Washington.",
            SUPPORTED,
        ),
        ("Trước đó, Tổng Bí thư thăm Campuchia hồi đầu tháng 2.", SUPPORTED),
        # relative to another event, not to the day of writing
        ("To Lam phoned Leahy a day after speaking with Daines.", SUPPORTED),
        # dated otherwise: the day itself is said
        ("Ngày 19/2, Tổng Bí thư Tô Lâm gặp Thủ tướng Orbán tại Washington.", SUPPORTED),
        ("On February 19, 2026 To Lam met Orbán in Washington.", SUPPORTED),
        # "now", "still": the sources' time
        ("Ông Orbán hiện là Thủ tướng Hungary.", SUPPORTED),
        ("Orbán is still Hungary's prime minister.", SUPPORTED),
        # a name holding a frame's words once folded is the name's
        ("Tong Bi thu To Lam tham Viet Nam nay", NEI),
        # an undated act stays as it was
        ("Tổng Bí thư Tô Lâm thăm Campuchia.", SUPPORTED),
        ("Hegseth visited Vietnam.", SUPPORTED),
        ("Tong Bi thu To Lam gap Thu tuong Orban", SUPPORTED),
    ],
)
def test_dated_anchored_and_now_keep_their_verdict(
    checker: Checker, statement: str, verdict: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        # a frame never refutes: the writer's week may be another
        "To Lam visited Cambodia this week.",
        "Năm ngoái, Tổng Bí thư Tô Lâm gặp Tổng thống Aliyev tại Washington.",
    ],
)
def test_a_frame_refutes_nothing(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict != CONTRADICTED, judgement.explanation


@pytest.mark.parametrize(
    ("statement", "told"),
    [
        ("Năm ngoái, Tổng Bí thư tiếp Bộ trưởng Hegseth.", ["Năm ngoái"]),
        ("Hom kia Tong Bi thu gap Thu tuong Orban.", ["Hom kia"]),
        ("Tổng Bí thư gặp Thủ tướng Orbán hôm kia.", ["hôm kia"]),
        # told alone and with its part: given once, whole
        ("Sáng hôm kia, Tổng Bí thư gặp Thủ tướng Orbán.", ["Sáng hôm kia"]),
        ("Earlier this year To Lam visited Cambodia.", ["this year"]),
        ("Hegseth visited Vietnam the year before last.", ["year before last"]),
        # a trigger inside the told word ("Ngày") is no act before it
        ("Ngày mai, Tổng Bí thư Tô Lâm sẽ có chuyến công tác tới Mỹ.", ["Ngày mai"]),
        # after the act, "today" also says "now"
        ("Ex-Sen. Leahy: war legacy funding still maintained today", []),
        # a frame inside a name, or beside a date of its clause, is not told
        ("Tong Bi thu To Lam tham Viet Nam nay", []),
        ("Trong 30 năm nay, quan hệ Việt Nam - Mỹ phát triển mạnh mẽ.", []),
        ("Đầu tháng 2 năm nay, Tổng Bí thư thăm Campuchia.", []),
        ("Hiện nay ông Tô Lâm là Tổng Bí thư.", []),
    ],
)
def test_the_words_told_by_no_day_of_writing(
    checker: Checker, statement: str, told: list[str]
) -> None:
    parsed = checker.parse(statement)
    assert [parsed.text[s:e] for s, e in undated_told(parsed)] == told
