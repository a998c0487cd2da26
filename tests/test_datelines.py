"""A wire story's dateline and its outlet (issue 10, recall): "HANOI (Reuters) -",
"WASHINGTON, Feb 19 (AP) —", "(VnExpress)", "Xinhua reported", "theo TTXVN" say where, when
and by whom a story was filed, not where or when the fact happened (datelines.blank_dateline,
framing in lexicon/<lang>/fillers.yaml). A capitalised party before a dash is no dateline.
The dateline's date is a report date: it bounds the act (done by then, or planned from then
on) rather than dating it (accounting.bounds); its posting words ("Posted Feb. 20:") are
`dateline_words` in lexicon/<lang>/statements.yaml, whose examples these are."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.datelines import blank_dateline

FACT = "Hungary approved 400 million USD of ODA for Vietnam"


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    "dateline",
    ["HANOI (Reuters) - ", "HANOI – ", "(VnExpress) ", "(AFP) - "],
)
def test_a_dateline_is_blanked(checker: Checker, dateline: str) -> None:
    text = dateline + FACT
    assert blank_dateline(text, checker.vocab) == (" " * len(dateline) + FACT, None)
    with checker.snapshot():
        assert checker.check(text).verdict == "supported"


@pytest.mark.parametrize(
    ("dateline", "date"),
    [
        ("WASHINGTON, Feb 19 (AP) — ", "Feb 19"),
        ("BUDAPEST (Feb. 19) - ", "Feb. 19"),
        ("BUDAPEST (MTI, Feb. 19) – ", "Feb. 19"),
        ("Feb. 19 (MTI) — ", "Feb. 19"),
        ("Filed Feb. 19: ", "Feb. 19"),
        ("LATEST, 19 February: ", "19 February"),
        ("Budapest, ngày 19/2/2026 - ", "ngày 19/2/2026"),
        ("(Báo Nhân Dân, 19/2) - ", "19/2"),
        ("Đăng ngày 19/2: ", "ngày 19/2"),
        ("Dang ngay 19/2: ", "ngay 19/2"),
    ],
)
def test_a_dateline_keeps_its_date_as_the_filing_day(
    checker: Checker, dateline: str, date: str
) -> None:
    text = dateline + FACT
    blanked, filed = blank_dateline(text, checker.vocab)
    assert filed is not None and filed.text == date
    at, mark = text.index(date), len(dateline.rstrip()) - 1
    # the mark is a semicolon, so that no date of the sentence joins the filing day in a range
    assert blanked == " " * at + date + " " * (mark - at - len(date)) + ";" + text[mark + 1 :]
    with checker.snapshot():
        assert checker.check(text).verdict == "supported"


# The Board of Peace meetings were on 19 Feb 2026, the trip 18-20 Feb: a story filed the day
# after reports them, one filed before plans the trip.
@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # en / vi / vi without marks: filed after the act
        (
            "LONDON (Reuters, Feb. 21) - Hungary's Orban and Vietnam's To Lam met in Washington.",
            "supported",
        ),
        ("Feb. 20 (AFP) — To Lam met Armenia's Nikol Pashinyan.", "supported"),
        ("Update Feb. 20: Cambodian PM Hun Manet met To Lam in Washington.", "supported"),
        (
            "TP.HCM (20/2) - Tổng Bí thư Tô Lâm đã gặp Thủ tướng Armenia Nikol Pashinyan.",
            "supported",
        ),
        (
            "(VOV, 21/2) - Tổng Bí thư Tô Lâm đã hội kiến Thủ tướng Campuchia Hun Manet.",
            "supported",
        ),
        (
            "TP.HCM (20/2) - Tong Bi thu To Lam da gap Thu tuong Armenia Nikol Pashinyan.",
            "supported",
        ),
        # filed before the trip it plans
        (
            "SINGAPORE (Feb. 15) - To Lam is set to fly to the United States for the Board of "
            "Peace meeting.",
            "supported",
        ),
        (
            "ĐÀ NẴNG (15/2) - Tổng Bí thư Tô Lâm sẽ sang Hoa Kỳ dự cuộc họp Hội đồng Hòa bình.",
            "supported",
        ),
        (
            "DA NANG (15/2) - Tong Bi thu To Lam se sang Hoa Ky du cuoc hop Hoi dong Hoa binh.",
            "supported",
        ),
        # filed before a past act, or after a planned one: the sources do not fix it
        (
            "BUDAPEST (Feb. 16) - To Lam met Hungarian Prime Minister Viktor Orban.",
            "not_enough_info",
        ),
        (
            "(VOV, 16/2) - Tổng Bí thư Tô Lâm đã gặp Thủ tướng Campuchia Hun Manet.",
            "not_enough_info",
        ),
        (
            "(VOV, 16/2) - Tong Bi thu To Lam da gap Thu tuong Campuchia Hun Manet.",
            "not_enough_info",
        ),
        (
            "HANOI (Feb. 23) - To Lam will fly to Washington for the Board of Peace meeting.",
            "not_enough_info",
        ),
        # a date in the sentence still dates the act
        ("BUDAPEST (MTI) - Orban and To Lam met in Washington on Feb. 20.", "contradicted"),
        ("Ngày 20/2, Tổng Bí thư Tô Lâm đã hội kiến Thủ tướng Hungary Orbán.", "contradicted"),
        ("Ngay 20/2, Tong Bi thu To Lam da hoi kien Thu tuong Hungary Orban.", "contradicted"),
        # ... alone: the filing day in brackets and the sentence's day after the dash make no
        # range ("17/2) - Ngày 18/2" refuted the trip of 18-20/2); filed the day before, the
        # departure told as done is open
        ("HÀ NỘI (17/2) - Ngày 18/2, Tổng Bí thư Tô Lâm lên đường sang Mỹ.", "not_enough_info"),
        ("HA NOI (17/2) - Ngay 18/2, Tong Bi thu To Lam len duong sang My.", "not_enough_info"),
        ("HANOI (Feb. 17) - On Feb. 18, To Lam left for the United States.", "not_enough_info"),
        ("HÀ NỘI (20/2) - Ngày 18/2, Tổng Bí thư Tô Lâm lên đường sang Mỹ.", "supported"),
        (
            "WASHINGTON (20/2) - Ngày 19/2, Tổng Bí thư Tô Lâm hội kiến Thủ tướng Orbán.",
            "supported",
        ),
    ],
)
def test_a_filing_day_bounds_the_act(checker: Checker, statement: str, verdict: str) -> None:
    with checker.snapshot():
        assert checker.check(statement).verdict == verdict


@pytest.mark.parametrize(
    "text",
    [
        "ASEAN - Vietnam ties keep growing",  # a party, not a city
        "US - Vietnam trade grew",  # too few capitals
        "VIETNAM - HUNGARY ODA TOPS 400 MILLION USD",  # a headline in capitals
        "Hanoi - the capital - hosted Orbán",  # a place not in capitals
        "Feb. 20, Lam met Orbán - a first",  # a date opening the sentence, no dateline
        "HANOI, Feb. 20, Lam said: trade grew",  # words beside the date
        "Lam said: trade grew on Feb. 20",  # a speaker's colon
    ],
)
def test_no_dateline_is_read_where_there_is_none(checker: Checker, text: str) -> None:
    assert blank_dateline(text, checker.vocab) == (text, None)


@pytest.mark.parametrize(
    "statement",
    [
        # an outlet the deciding claim's source credits (TTXVN); one it never names is a
        # detail (tests/test_announcer_bodies.py)
        FACT + ", VNA reported",
        FACT + ", state media said.",
        "Theo TTXVN, Hungary đã thông qua khoản ODA 400 triệu USD cho Việt Nam",
    ],
)
def test_an_outlet_is_framing(checker: Checker, statement: str) -> None:
    with checker.snapshot():
        assert checker.check(statement).verdict == "supported"


def test_a_dateline_does_not_hide_a_detail(checker: Checker) -> None:
    with checker.snapshot():
        judgement = checker.check("HANOI (Reuters) - Hungary secretly approved 400 million USD")
    assert judgement.verdict == "not_enough_info"
