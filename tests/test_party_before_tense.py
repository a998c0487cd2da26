"""Session 22, a party adjective before a title's tense word: "Democratic former senator Patrick
Leahy" says his party as "former Democratic senator" does (check.attributes.party_adjectives): the
tense word, and the place of the office ("Republican former Vermont senator"), are the title's,
so the adjective stands beside the title, and is the party of the name the title is read with
(offices._title_holder). Vietnamese writes the party
after the title ("cựu Thượng nghị sĩ Dân chủ"), which was read already; its cases guard it.
Each in English, Vietnamese and Vietnamese without diacritics, in wording no corpus uses.

Only a person's attribute modifies the title it stands before: an event's name there ("phiên họp
đầu tiên của Hội đồng Hòa bình của Tổng thống Trump", "the inaugural Board of Peace meeting of
President Trump") says nothing of the title's holder, and its date and place are the event's
(on s22-offices these were read as Trump's, so the meeting's claims had other parties)."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    ("To Lam phoned the Democratic former senator Pat Leahy on February 19.", SUPPORTED),
    ("Lam rang Republican former senator Patrick Leahy.", CONTRADICTED),
    ("Republican ex-senator Patrick Leahy took a call from Lam.", CONTRADICTED),
    ("Lam phoned Democratic former Vermont senator Patrick Leahy on Feb 19.", SUPPORTED),
    ("Lam phoned Republican former Vermont senator Patrick Leahy on Feb 19.", CONTRADICTED),
    ("Tổng Bí thư điện đàm với cựu Thượng nghị sĩ Dân chủ Patrick Leahy.", SUPPORTED),
    ("Tổng Bí thư điện đàm với nguyên Thượng nghị sĩ Cộng hòa Patrick Leahy.", CONTRADICTED),
    ("Tong Bi thu dien dam voi cuu Thuong nghi si Dan chu Patrick Leahy.", SUPPORTED),
    ("Tong Bi thu dien dam voi nguyen Thuong nghi si Cong hoa Patrick Leahy.", CONTRADICTED),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_a_party_before_a_former_title(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


def test_the_party_is_read_across_the_tense_word(checker: Checker) -> None:
    parsed = checker.parse("Lam spoke with Democratic former senator Patrick Leahy.")
    assert any(m.ids == ("democratic-party",) for m in parsed.entities)


# An event's name right before a title: the event's claims decide it, whoever the title names.
EVENT_BEFORE_TITLE = [
    (
        "To Lam attended the inaugural Board of Peace meeting of President Trump in Washington.",
        SUPPORTED,
    ),
    (
        "Tô Lâm dự phiên họp đầu tiên của Hội đồng Hòa bình của Tổng thống Trump tại Washington.",
        SUPPORTED,
    ),
    (
        "To Lam du phien hop dau tien cua Hoi dong Hoa binh cua Tong thong Trump tai Washington",
        SUPPORTED,
    ),
    # another place or day: never supported
    ("To Lam attended the inaugural Board of Peace meeting of President Trump in Hanoi.", NEI),
    ("Tô Lâm dự phiên họp đầu tiên của Hội đồng Hòa bình của Tổng thống Trump tại Hà Nội.", NEI),
    ("To Lam du phien hop dau tien cua Hoi dong Hoa binh cua Tong thong Trump tai Ha Noi", NEI),
    (
        "Tô Lâm dự phiên họp đầu tiên của Hội đồng Hòa bình của Tổng thống Trump ngày 5/3.",
        CONTRADICTED,
    ),
]


@pytest.mark.parametrize(("statement", "verdict"), EVENT_BEFORE_TITLE)
def test_an_event_before_a_title_is_not_its_holders(
    checker: Checker, statement: str, verdict: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
