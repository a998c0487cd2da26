"""Session 19, a wrong holder of an office, a wrong party (issue 10, classes 1 and 4).

- Each title is an assertion of its own: a single-holder office given to someone its holder's
  claim refutes is contradicted even where another title of the statement is borne out
  ("General Secretary To Lam met Cambodian Prime Minister Hun Sen"), including another office
  of the same person ("Tổng Bí thư Tô Lâm là Chủ tịch sáng lập ...": Trump is).
- A "former" word beside no name or title is no office tense: it is a word the claims must
  account for. Written without marks, "Cuu" of "Dang Cuu quoc Campuchia" (the Cambodia National
  Rescue Party) is not "cựu" (former), and the wrong party is not borne out.
- An apposed title ends where a relative clause opens: "Daines, a former senator who retired
  from Congress, ..." still calls Daines a former senator.
- A single-holder office given to a name the claim base does not know ("Indonesian President
  Joko Widodo") is refuted by the claim of its holder then, whose names share no word with it;
  a former title, a name followed by the holder's own, a date outside the claim: open.
- A level's name shortened to its head ("the strategic partnership" of a comprehensive
  strategic partnership) is loose copy, not another level: not enough info, unless said as the
  only one ("only strategic partners").

Each in English, Vietnamese and Vietnamese without diacritics, in wording no corpus uses.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


SINGLE_HOLDERS = [
    (
        "Party chief To Lam sat down with Cambodian Prime Minister Hun Sen in Washington",
        CONTRADICTED,
    ),
    (
        "General Secretary To Lam held a meeting with Cambodia's Prime Minister Hun Sen on Feb 19",
        CONTRADICTED,
    ),
    # no date, place or event: a meeting of any year, when Hun Sen may have held it
    ("General Secretary To Lam held a meeting with Cambodia's Prime Minister Hun Sen", NEI),
    ("Tổng Bí thư Tô Lâm có cuộc gặp Thủ tướng Campuchia Hun Sen tại Washington", CONTRADICTED),
    ("TBT To Lam gap Thu tuong Campuchia Hun Sen o Washington", CONTRADICTED),
    ("General Secretary To Lam serves as the founding chair of the Board of Peace", CONTRADICTED),
    ("Tổng Bí thư Tô Lâm giữ cương vị Chủ tịch sáng lập Hội đồng Hòa bình", CONTRADICTED),
    ("Tong Bi thu To Lam la Chu tich sang lap Hoi dong Hoa binh", CONTRADICTED),
    # the holder himself, both titles borne out
    ("General Secretary To Lam met Cambodian Prime Minister Hun Manet in Washington", SUPPORTED),
    ("Tổng Bí thư Tô Lâm gặp Thủ tướng Campuchia Hun Manet tại Washington", SUPPORTED),
]


@pytest.mark.parametrize(("statement", "verdict"), SINGLE_HOLDERS)
def test_a_single_holder_office_given_to_another_is_refuted_beside_other_titles(
    checker: Checker, statement: str, verdict: str
) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation
    if verdict == CONTRADICTED:
        # the holder's claim or the title's (rules.decide_other_holder) says why
        assert "one person" in judged.explanation


FORMERS = [
    # another party's name, "Cứu quốc" (rescue): no tense, and not borne out
    (
        "Thu tuong Hun Manet hoan nghenh ket qua hoi dam voi Ban Thuong vu Dang Cuu quoc Campuchia",
        NEI,
    ),
    (
        "Ông Hun Manet đánh giá cao hội đàm giữa Bộ Chính trị và Ban Thường vụ"
        " Đảng Cứu quốc Campuchia",
        NEI,
    ),
    ("Hun Manet praised the Politburo's talks with the former Cambodian People's Party", NEI),
    # beside a title, still the title's tense
    ("Former Senator Leahy spoke by phone with To Lam", SUPPORTED),
    ("Cuu Thuong nghi si Leahy dien dam voi Tong Bi thu To Lam", SUPPORTED),
    ("Former U.S. Sen. Steve Daines spoke with Lam by phone", CONTRADICTED),
]


@pytest.mark.parametrize(("statement", "verdict"), FORMERS)
def test_a_former_word_is_a_tense_only_beside_a_title(
    checker: Checker, statement: str, verdict: str
) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation


def test_an_unplaced_former_word_is_left_for_the_claims(checker: Checker) -> None:
    parsed = checker.parse("Ban Thuong vu Dang Cuu quoc Campuchia")
    assert "cuu" in [w for w, _, _ in parsed.loose_words]
    assert not [c for c in parsed.grammar if c.kind == "former"]


APPOSITIONS = [
    ("Steve Daines, a former senator who retired from Congress, phoned To Lam", CONTRADICTED),
    (
        "Ông Daines, cựu Thượng nghị sĩ người đã rời Quốc hội, điện đàm với Tổng Bí thư",
        CONTRADICTED,
    ),
    (
        "Ong Daines, cuu Thuong nghi si nguoi da roi Quoc hoi, dien dam voi Tong Bi thu",
        CONTRADICTED,
    ),
]


@pytest.mark.parametrize(("statement", "verdict"), APPOSITIONS)
def test_an_apposed_title_holds_before_a_relative_clause(
    checker: Checker, statement: str, verdict: str
) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation


LEVELS = [
    ("US, Vietnam Deepen Strategic Partnership With New Exchanges", NEI),
    ("Việt Nam và Hoa Kỳ tiếp tục làm sâu sắc quan hệ đối tác chiến lược", NEI),
    ("Viet Nam va Hoa Ky la doi tac chien luoc", NEI),
    # said as the only one, or of a pair at a level the name is no head of
    ("Vietnam and the US are only strategic partners", CONTRADICTED),
    ("Quan hệ Việt - Mỹ chỉ là đối tác chiến lược", CONTRADICTED),
    ("Vietnam and Hungary have a strategic partnership", CONTRADICTED),
    ("Viet Nam va Sec la doi tac chien luoc toan dien", CONTRADICTED),
]


@pytest.mark.parametrize(("statement", "verdict"), LEVELS)
def test_a_level_shortened_to_its_head_is_loose_copy(
    checker: Checker, statement: str, verdict: str
) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation
    if verdict == NEI:
        assert "shortens" in judged.explanation


# A single-holder office given to a name the claim base does not know: another person holds it
# then. Not where the title is former, the name may be a form of the holder's, an honorific
# stands before the holder's own name, or the statement dates it outside the holder's claim; nor
# where it leaves the time open: Widodo was Indonesia's president for ten years, and an undated
# meeting may be one of them.
UNKNOWN_HOLDERS = [
    ("Lam sat down with Indonesian President Joko Widodo on Feb. 19 in Washington", CONTRADICTED),
    ("Ngày 19/2, Tổng Bí thư Tô Lâm hội kiến Tổng thống Indonesia Joko Widodo", CONTRADICTED),
    (
        "Tong Bi thu To Lam da co cuoc gap voi Tong thong Indonesia Joko Widodo ngay 19/2/2026",
        CONTRADICTED,
    ),
    (
        "Pakistani Prime Minister Imran Khan shook hands with To Lam on February 19, 2026",
        CONTRADICTED,
    ),
    ("Lam sat down with Indonesian President Joko Widodo on the sidelines", NEI),
    ("Tổng Bí thư Tô Lâm hội kiến Tổng thống Indonesia Joko Widodo bên lề hội nghị", NEI),
    # the city sets the meeting on the occasion the claims put Lam there with Indonesia's
    # president (Offices._holders_occasion)
    (
        "Tong Bi thu To Lam da co cuoc gap voi Tong thong Indonesia Joko Widodo tai thu do"
        " Washington",
        CONTRADICTED,
    ),
    ("Pakistani Prime Minister Imran Khan shook hands with To Lam", NEI),
    ("Indonesian President Joko Widodo visited Hanoi.", NEI),
    ("Former Indonesian President Joko Widodo met To Lam", NEI),
    ("Cựu Tổng thống Indonesia Joko Widodo gặp Tô Lâm", NEI),
    ("Cambodian Prime Minister Samdech Hun Manet met To Lam in Washington", SUPPORTED),
    ("US President Joe Biden visited Hanoi in September 2023", NEI),
    ("President Joko Widodo met To Lam", NEI),
    # a name the vocabulary knows, given a single-holder office no claim gives him there
    ("On 3 Nov 2025, US Defense Secretary Phan Van Giang held talks with Hegseth", CONTRADICTED),
    # a year that holds more than the holder's claim of 3 November: Hegseth's claim does not
    # refute it, Giang's own office that year does (test_national_offices.py)
    ("Indonesian President Prabowo met Lam", SUPPORTED),
]


@pytest.mark.parametrize(("statement", "verdict"), UNKNOWN_HOLDERS)
def test_a_single_holder_office_given_to_an_unknown_name(
    checker: Checker, statement: str, verdict: str
) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation
    if verdict == CONTRADICTED:
        assert "one person holds at a time" in judged.explanation
