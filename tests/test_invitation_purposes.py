"""What an invitation was for (issue 10, session 35, fixer A item 3).

The act said right after an invitation, or after its acceptance, is what it was for. The
invitation's claim gives that purpose as its event; an act borne out on its own that is not for
that event, or is with a party the invitation does not name (meeting another leader at the
summit it was to), is no purpose any claim gives: the statement is open, never supported nor
refuted (factdb.check.purposes, `purposed` in lexicon/world/contents.yaml). Attending the
meeting, travelling to the country for it, joining the body as a member still bear it out.
In English, Vietnamese and Vietnamese without diacritics; statements written for these tests."""

from __future__ import annotations

import pytest
from conftest import assert_judged

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


OPEN = "and no claim says it was to that"

VERDICTS = [
    # a purpose the invitation's claim does not give: open, the purpose the reason
    ("Vietnam's party chief took up Trump's invitation to sit down with Orbán.", NEI, OPEN),
    ("The US president invited Lam to hold talks with Prabowo.", NEI, OPEN),
    ("Tổng Bí thư Tô Lâm nhận lời mời của Tổng thống Trump để hội đàm với ông Orbán", NEI, OPEN),
    ("Tong Bi thu To Lam nhan loi moi cua Tong thong Trump hoi dam voi ong Orban", NEI, OPEN),
    # traps: an act joined by "and" is an act of its own, no purpose; the purpose the claims
    # give keeps its support
    (
        "Lam accepted Trump's invitation and sat down with Orbán in Washington.",
        SUPPORTED,
        "to-lam-met-orban-2026-02-19",
    ),
    (
        "Tong Bi thu nhan loi moi cua Tong thong Trump va hoi dam voi ong Orban",
        SUPPORTED,
        "to-lam-met-orban-2026-02-19",
    ),
    (
        "Lam accepted the US president's invitation to attend the Board of Peace's first meeting.",
        SUPPORTED,
        "to-lam-accepted-trump-invitation-bop-meeting",
    ),
    (
        "Tổng Bí thư nhận lời mời của Tổng thống Trump sang Mỹ dự cuộc họp Hội đồng Hòa bình.",
        SUPPORTED,
        "to-lam-accepted-trump-invitation-bop-meeting",
    ),
    (
        "Tong Bi thu nhan loi moi cua Tong thong Trump tham gia Hoi dong Hoa binh",
        SUPPORTED,
        "to-lam-accepted-bop-membership-invitation",
    ),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), VERDICTS)
def test_invitation_purpose_verdicts(
    checker: Checker, statement: str, verdict: str, why: str
) -> None:
    assert_judged(checker, statement, verdict, why)
