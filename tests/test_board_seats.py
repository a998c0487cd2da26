"""A seat on a board as an invitation's content (polarity of an alternative, session 34).

"To sit on the Board of Peace", "ngồi vào Hội đồng Hòa bình" name its membership as what one is
invited to (`founding_member` in lexicon/<lang>/synonyms.yaml), as "join" and "take a seat on"
do: an invitation to sit on the board "as an observer", "không phải thành viên chính thức", says
the invitation was to something else than the founding membership its claim was to, which refutes
it (`Judge._denied_contents`). "Sits on" alone stays a committee's seat, a state no day dates.
Another invitee, an invitation to a meeting and a request no claim gives stay open. In English,
Vietnamese and Vietnamese without diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


INVITATION = "trump-invited-to-lam-join-bop-2026-01-16"

VERDICTS = [
    # an invitation to sit on the board as an observer, of the one to join as a founding member
    (
        "Trump invited Hanoi to sit on his peace board as an observer, not a full member.",
        CONTRADICTED,
    ),
    (
        "Tổng thống Trump mời Việt Nam ngồi vào Hội đồng Hòa bình với tư cách quan sát viên.",
        CONTRADICTED,
    ),
    ("Trump moi Viet Nam ngoi vao Hoi dong Hoa binh voi tu cach quan sat vien", CONTRADICTED),
    # the seat as the claims give it
    ("Vietnam agreed to sit on the Board of Peace as a founding member.", SUPPORTED),
    ("Hagerty sits on the Senate Foreign Relations Committee.", SUPPORTED),
    # traps: another invitee, the meeting as what was sat in, a request no claim gives
    ("Trump invited Cambodia to sit on the Board of Peace as an observer.", NEI),
    ("Trump moi Campuchia ngoi vao Hoi dong Hoa binh voi tu cach quan sat vien", NEI),
    (
        "Trump invited Vietnam to sit in on the Board of Peace's inaugural meeting as an observer.",
        NEI,
    ),
    ("Trump asked Vietnam to sit on the Board of Peace as an observer only.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_board_seat_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation
    if verdict == CONTRADICTED:
        assert INVITATION in {c.id for c in result.evidence}, result.explanation
        assert "something else" in result.explanation
