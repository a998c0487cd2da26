"""The opposite direction contradicts (issue 10, class 2: polarity carried by verbs, not by
"not"). A refusal whose object is left out ("..., but he declined") refuses the invitation
named before it, and so the visit it was for: the invitee's own wish to come refutes it. The
same words about an invitation no claim gives, or of one whose invitee no claim gives a wish,
stay not enough info. Written as wire copy, headlines and posts put them, in English,
Vietnamese and Vietnamese without diacritics.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("Lam invited Armenia's Pashinyan to visit Vietnam, but he refused.", CONTRADICTED),
        ("Tổng Bí thư mời ông Pashinyan sang thăm Việt Nam, nhưng ông khước từ.", CONTRADICTED),
        ("To Lam moi Thu tuong Pashinyan tham Viet Nam nhung ong tu choi", CONTRADICTED),
        # the invitation alone is borne out; the refusal is what the claims refute
        ("Lam invited Pashinyan to visit Vietnam.", SUPPORTED),
        # traps: an invitation no claim gives, or an invitee whose wish no claim gives
        ("Lam invited Hun Manet to visit Vietnam, but he declined.", NEI),
        ("Tô Lâm mời ông Hun Manet thăm Việt Nam nhưng ông từ chối.", NEI),
        ("Lam invited Trump to visit Vietnam, but he declined.", NEI),
        # the refusal in a sentence of its own still answers the invitation before it
        ("Lam invited Pashinyan to visit Vietnam. He declined.", CONTRADICTED),
    ],
)
def test_a_refusal_with_its_object_left_out(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
    if verdict == CONTRADICTED:
        assert "pashinyan-wishes-to-visit-vietnam" in judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        "Lam invited Pashinyan to visit Vietnam but declined to meet Orbán.",
        "To Lam invited Pashinyan to Vietnam but declined to meet Viktor Orban",
    ],
)
def test_a_refusal_falls_on_the_words_after_it(checker: Checker, statement: str) -> None:
    """A refusal with words after it falls on them, never back on the invitation: here on
    meeting Orbán, which the meeting of that day refutes (session 27: it was open while the act
    after the refusal went unjudged)."""
    judgement = checker.check(statement)
    assert judgement.verdict == CONTRADICTED, judgement.explanation
    assert "to-lam-met-orban-2026-02-19" in judgement.explanation
    assert "pashinyan-wishes-to-visit-vietnam" not in judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        # a refusal of nothing the statement names is a word no claim accounts for, never a
        # detail to pass over beside what is borne out
        "Lam met Orbán, but Orbán declined.",
        "Hungary approved the ODA for Vietnam, then refused.",
        "Tô Lâm gặp Thủ tướng Orbán, nhưng ông Orbán khước từ.",
        "To Lam gap Thu tuong Orban, nhung ong Orban tu choi.",
    ],
)
def test_a_refusal_of_nothing_named_is_unread(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # concern voiced by the one who welcomed it, on what he welcomed
        ("Daines voiced concerns over Vietnam joining the Board of Peace.", CONTRADICTED),
        (
            "Thượng nghị sĩ Daines bày tỏ quan ngại về việc Việt Nam gia nhập Hội đồng Hòa bình.",
            CONTRADICTED,
        ),
        ("TNS Daines lo ngai ve viec Viet Nam gia nhap Hoi dong Hoa binh", CONTRADICTED),
        ("Lam is worried about Trump's efforts to promote peace.", CONTRADICTED),
        # traps: someone else's concern, or concern about what no claim says he welcomed
        ("Hagerty voiced concern over Vietnam joining the Board of Peace.", NEI),
        ("Ông Hagerty bày tỏ lo ngại về việc Việt Nam gia nhập Hội đồng Hòa bình.", NEI),
        ("Lam expressed concern about the consequences of war.", NEI),
    ],
)
def test_concern_turns_praise(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # a vote's direction said with it: continuing a war is the opposite of ending it
        ("Leahy voted in favor of continuing the war in Vietnam.", CONTRADICTED),
        ("Ông Leahy bỏ phiếu thuận cho việc tiếp tục cuộc chiến tại Việt Nam.", CONTRADICTED),
        ("Ong Leahy bo phieu ung ho tiep tuc cuoc chien tai Viet Nam", CONTRADICTED),
        ("Leahy voted in favour of ending the war in Vietnam.", SUPPORTED),
        # traps: another legislator's vote, of which no claim says anything
        ("Daines voted in favor of continuing the war in Vietnam.", NEI),
        ("Ông Hagerty bỏ phiếu ủng hộ tiếp tục cuộc chiến tại Việt Nam.", NEI),
    ],
)
def test_a_vote_in_favour_of_the_opposite(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # support denied of the one who affirmed it turns the affirmation round
        (
            "The US has never voiced support for a strong, independent, self-reliant and"
            " prosperous Vietnam.",
            CONTRADICTED,
        ),
        (
            "Phía Mỹ chưa bao giờ bày tỏ ủng hộ một Việt Nam mạnh, độc lập, tự cường và"
            " thịnh vượng.",
            CONTRADICTED,
        ),
        (
            "Washington khong he bay to ung ho mot Viet Nam manh, doc lap, tu cuong va thinh vuong",
            CONTRADICTED,
        ),
        # a commitment to support a view is the view affirmed, no undertaking of another kind
        (
            "Washington reaffirmed its commitment to supporting a strong, independent,"
            " self-reliant and prosperous Vietnam.",
            SUPPORTED,
        ),
        (
            "Phía Mỹ khẳng định cam kết ủng hộ một Việt Nam mạnh, độc lập, tự cường và"
            " thịnh vượng.",
            SUPPORTED,
        ),
        # traps: one who only wished it, or a country no claim gives the view
        (
            "Sen. Daines has never voiced support for a strong, independent, self-reliant and"
            " prosperous Vietnam.",
            NEI,
        ),
        (
            "Budapest chưa từng bày tỏ ủng hộ một Việt Nam mạnh, độc lập, tự cường và thịnh vượng.",
            NEI,
        ),
    ],
)
def test_support_denied_turns_an_affirmation(
    checker: Checker, statement: str, verdict: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # few things shared, of the many similarities both leaders saw in their meeting
        ("Shehbaz Sharif told Lam the two countries have very few similarities.", CONTRADICTED),
        (
            "Tổng Bí thư Tô Lâm và Thủ tướng Shehbaz Sharif nhận định Việt Nam và Pakistan có ít"
            " điểm chung.",
            CONTRADICTED,
        ),
        ("Thu tuong Pakistan cho rang hai nuoc co rat it diem tuong dong", CONTRADICTED),
        # "đánh giá", the source's own verb, bears out what was said and what was seen
        (
            "Tô Lâm và Thủ tướng Shehbaz Sharif đánh giá hai nước có nhiều điểm tương đồng.",
            SUPPORTED,
        ),
        # traps: another leader, whose view on it no claim gives
        ("Orbán said Vietnam and Hungary have little in common.", NEI),
        ("Ông Hun Manet cho rằng Việt Nam và Campuchia có rất ít điểm tương đồng.", NEI),
    ],
)
def test_few_of_many(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # opposing the state he said Vietnam would help establish
        ("Lam told Trump that Vietnam opposed the creation of a Palestinian state.", CONTRADICTED),
        (
            "Tổng Bí thư Tô Lâm cho biết Việt Nam phản đối việc thành lập nhà nước Palestine.",
            CONTRADICTED,
        ),
        ("To Lam noi Viet Nam phan doi viec thanh lap nha nuoc Palestine", CONTRADICTED),
        # traps: another speaker, of whose view no claim says anything
        ("Orbán said Hungary opposed the establishment of a Palestinian state.", NEI),
        ("Hegseth said Vietnam opposed a Palestinian state.", NEI),
    ],
)
def test_opposing_what_he_affirmed(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
