"""Session 29, names the press uses for an entity: two countries' short forms written side by
side with no dash ("quan hệ Việt Mỹ", "Viet My", "Viet US ties") are the pair, as "Việt - Mỹ"
is (`dash_forms` in lexicon/<lang>/statements.yaml, check.attributes.dash_forms); beside a name of
another kind the short form names nothing. An event named after a body ("Board of Peace
meeting") is named by each other name of the body too ("Peace Board Meeting", "cuộc họp
HĐHB": lexicon.vocabulary._bodies_events): the body's meeting, no meeting between people. A
bare locative right after who stayed, as the statement's first verb, is a stay there ("Tổng Bí
thư ở Mỹ": `placed_subject` in lexicon/vi/synonyms.yaml), as "was in" is in English. In
English, Vietnamese and Vietnamese without diacritics, in wording of our own."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.parse import parse_statement
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


# The pair's upgrade is the one the claims date, in 2023: another year is refuted.
PAIRS = [
    ("Viet US ties were upgraded to a comprehensive strategic partnership in 2013", CONTRADICTED),
    ("Quan hệ Việt Mỹ được nâng lên Đối tác chiến lược toàn diện năm 2013", CONTRADICTED),
    ("Quan he Viet My duoc nang len Doi tac chien luoc toan dien nam 2013", CONTRADICTED),
    ("Viet My nang cap doi tac chien luoc toan dien nam 2013", CONTRADICTED),
    ("Quan hệ Việt Mỹ được nâng lên Đối tác chiến lược toàn diện năm 2023", SUPPORTED),
    ("Quan he Viet My duoc nang len Doi tac chien luoc toan dien nam 2023", SUPPORTED),
    # another pair, whose upgrade no claim dates: open
    ("Viet Hungary ties were upgraded to a comprehensive strategic partnership in 2013", NEI),
    ("Quan hệ Việt Hungary được nâng lên Đối tác chiến lược toàn diện năm 2013", NEI),
    ("Quan he Viet Hungary duoc nang len Doi tac chien luoc toan dien nam 2013", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), PAIRS)
def test_countries_side_by_side_are_the_pair(
    checker: Checker, statement: str, verdict: str
) -> None:
    assert checker.check(statement).verdict == verdict


@pytest.mark.parametrize(
    ("statement", "named"),
    [
        ("Viet US ties", True),
        ("quan hệ Việt Mỹ", True),
        ("quan he Viet My", True),
        # a person after it: a given name, no country
        ("Senator Viet Hagerty met Lam", False),
        ("Ông Việt Hagerty gặp Tô Lâm", False),
        ("Ong Viet Hagerty gap To Lam", False),
    ],
)
def test_short_form_names_a_country_only_beside_a_country(
    checker: Checker, statement: str, named: bool
) -> None:
    parsed = parse_statement(statement, checker.vocab)
    assert ("vietnam" in {e for m in parsed.entities for e in m.ids}) is named


# The body's meeting, by another name of the body: the event, and no "met" of people.
@pytest.mark.parametrize(
    "statement",
    [
        "Lam attended the Peace Board Meeting",
        "Tô Lâm dự cuộc họp HĐHB",
        "To Lam du cuoc hop HDHB",
    ],
)
def test_body_meeting_is_the_bodys_event(checker: Checker, statement: str) -> None:
    parsed = parse_statement(statement, checker.vocab)
    assert "board-of-peace-inaugural-meeting" in {e for m in parsed.entities for e in m.ids}
    assert "met" not in {t.target for t in parsed.triggers}


BODY_MEETINGS = [
    # the meeting was held on one day, which the claims date: three days are refuted
    ("To Lam heads to US for Peace Board Meeting running Feb. 19–21", CONTRADICTED),
    ("Phiên khai mạc HĐHB diễn ra từ 19 đến 21/2", CONTRADICTED),
    ("Phien khai mac HDHB dien ra tu 19 den 21/2", CONTRADICTED),
    ("Tô Lâm dự cuộc họp HĐHB", SUPPORTED),
    # when he flew the claims do not say: a meeting of other leaders that day bears out no
    # flight, as "the Board of Peace meeting" does not
    ("Lam flew to Washington for the Peace Board Meeting on Feb. 19", NEI),
    # a body no event is named after: no event, and nothing the claims say
    ("Lam attended a Senate Appropriations Committee Meeting", NEI),
    ("Tô Lâm dự cuộc họp Ủy ban Chuẩn chi Thượng viện", NEI),
    ("To Lam du cuoc hop Uy ban Chuan chi Thuong vien", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), BODY_MEETINGS)
def test_body_meetings(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict


# English lists no bare locative as a stay (lexicon/en/synonyms.yaml): a headline's "Lam in
# DC" is read as before, and what it holds stays the claims' to say.
STAYS = [
    ("Lam was in the US from Feb 18 to 20", SUPPORTED),
    ("Tổng Bí thư Tô Lâm ở Mỹ từ 18-20/2", SUPPORTED),
    ("Tong Bi thu To Lam o My tu 18-20/2", SUPPORTED),
    # another stay, which the claims neither give nor exclude: open
    ("Lam was in the US from Feb 10 to 12", NEI),
    ("Tổng Bí thư Tô Lâm ở Mỹ từ 10-12/2", NEI),
    ("Tong Bi thu To Lam o My tu 10-12/2", NEI),
    # after another verb, where that was done: no one's stay, and a meeting no claim gives
    ("Trump met Lam in Washington", NEI),
    ("Ông Trump gặp Tô Lâm ở Washington", NEI),
    ("Ong Trump gap To Lam o Washington", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), STAYS)
def test_bare_locative_after_who_stayed(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict
