"""Session 33, polarity carried by a verb of refusal before a pledge of support: "refused to
commit to supporting", "declined to pledge support for", "từ chối cam kết ủng hộ" a strong,
independent, self-reliant Vietnam deny the support the US affirmed, named as the press often
names it, without the fourth quality ("prosperous", "thịnh vượng"): the three are borne out by
the four (aliases of strong-independent-vietnam in fixtures/vocabulary/entities.yaml), and the
English pledge is an approval the refusal turns round (`denied_approvals: affirmed` in
lexicon/en/stances.yaml), as the Vietnamese "cam kết ủng hộ" already was.

A list of qualities that goes on past the view's own words ("..., self-reliant and democratic
Vietnam", "dân chủ, mạnh, độc lập, tự cường") may be denied for the quality the claim leaves out:
a turned stance or a denied saying is then not refuted (stance.listed_beside), where before it
was. Another speaker and another year stay open. English, Vietnamese and Vietnamese without
diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED

AFFIRMED = "us-affirmed-support-strong-independent-vietnam"


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    # the refusal, of the support the US affirmed
    (
        "Washington declined to pledge support for a strong, independent and self-reliant Vietnam.",
        CONTRADICTED,
    ),
    (
        "The US refused to commit to supporting a strong, independent, self-reliant Vietnam.",
        CONTRADICTED,
    ),
    ("Phía Mỹ từ chối cam kết ủng hộ một Việt Nam mạnh, độc lập và tự cường.", CONTRADICTED),
    ("Phia My tu choi cam ket ung ho mot Viet Nam manh, doc lap va tu cuong.", CONTRADICTED),
    # the support as the sources give it, named by three of its four qualities
    ("Phía Mỹ cam kết ủng hộ một Việt Nam mạnh, độc lập và tự cường.", SUPPORTED),
    ("Phia My cam ket ung ho mot Viet Nam manh, doc lap, tu cuong.", SUPPORTED),
    ("Daines wants Vietnam to be strong, independent and self-reliant.", SUPPORTED),
    # traps: another speaker, another year
    ("Budapest refused to commit to supporting a strong, independent, self-reliant Vietnam.", NEI),
    ("Hungary từ chối cam kết ủng hộ một Việt Nam mạnh, độc lập, tự cường.", NEI),
    (
        "In 2019 the US refused to commit to supporting a strong, independent, self-reliant"
        " Vietnam.",
        NEI,
    ),
    ("Năm 2019, Mỹ từ chối cam kết ủng hộ một Việt Nam mạnh, độc lập, tự cường.", NEI),
    # traps: a quality the claim's view leaves out, which the refusal may fall on
    (
        "The US declined to pledge support for a strong, independent, self-reliant and democratic"
        " Vietnam.",
        NEI,
    ),
    ("Phía Mỹ không cam kết ủng hộ một Việt Nam mạnh, độc lập, tự cường và dân chủ.", NEI),
    ("Phia My tu choi cam ket ung ho mot Viet Nam dan chu, manh, doc lap, tu cuong.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_a_refused_pledge_of_support(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
    if verdict == CONTRADICTED:
        assert "the opposite of what the claim says" in judgement.explanation
        assert AFFIRMED in {c.id for c in judgement.evidence}
    if verdict == SUPPORTED:
        assert "strong, independent, self-reliant and prosperous" in judgement.explanation
