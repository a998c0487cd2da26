"""Session 26, the office an election is to (issue 10: a confident wrong verdict is the worst
outcome).

"Tổng thống Trump đã chúc mừng ông Tô Lâm được bầu làm Chủ tịch nước" was supported: the office
after "được bầu làm" was read as no one's title, so Trump's own presidency accounted for the word
"Chủ tịch nước", and the congratulation's claim (on his re-election as general secretary) bore
the rest out. An election to an office, or becoming it, is the office's start (`start` in
`office_tense`, lexicon/<lang>/statements.yaml: "was elected", "on his re-election as", "on
becoming", "được bầu làm", "tái đắc cử", "tái cử"), said of the name right before it: the
elected man holds it, and the office the claims give him decides it (rules.decide_office). An
office the claims do not give him, beside the ones they do, is left open whatever else the
statement bears out, as "Vietnamese President To Lam" is (`other-office`): a congratulation or
an election to another office is another occasion, which the sources neither give nor rule out
(he may be elected to it another time), so never refuted. The office the claims give him is
borne out as before.

Where no name stands right before the election ("chúc mừng ông được bầu làm Chủ tịch nước",
"congratulated him on becoming president", "nhân dịp được bầu làm ..."), the office is still
the one elected's: it is a title no office claim accounts for unless the statement gives it to
that claim's holder (accounting.taken_up, beside others_titles), while a claim of the election
to it (a re-election as general secretary) does.

In English, Vietnamese and Vietnamese without diacritics, in wording no corpus uses.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


# The office the election is to, read as the elected man's: (statement, his office, its tense).
READINGS = [
    ("President Trump congratulated To Lam on his re-election as president.", "president"),
    ("Trump congratulated Lam on being elected prime minister.", "prime-minister"),
    ("World leaders congratulated To Lam on becoming general secretary.", "general-secretary"),
    ("Tổng thống Trump chúc mừng ông Tô Lâm được bầu làm Chủ tịch nước.", "president"),
    ("Ông Trump chúc mừng ông Tô Lâm tái đắc cử Tổng Bí thư.", "general-secretary"),
    ("Tong thong Trump chuc mung ong To Lam duoc bau lai lam Chu tich nuoc", "president"),
    ("Ong Trump chuc mung ong To Lam tai cu Thu tuong", "prime-minister"),
]


@pytest.mark.parametrize(("statement", "office"), READINGS)
def test_the_office_of_an_election_is_the_elected_mans(
    checker: Checker, statement: str, office: str
) -> None:
    with checker.snapshot():
        read = checker.reading(statement).assertions
    elected = [a for a in read if a.subject == "to-lam"]
    assert [(a.office, a.tense) for a in elected] == [(office, "start")], [a.text for a in read]


VERDICTS = [
    # another office than the claims give him: open, not borne out by the congratulator's own
    # title of that office (both were supported)
    ("Tổng thống Trump gửi lời chúc mừng Tổng Bí thư Tô Lâm được bầu lại làm Tổng thống.", NEI),
    ("Tong thong Trump chuc mung ong To Lam duoc bau lam Chu tich nuoc", NEI),
    ("President Trump congratulated To Lam, who became president.", NEI),
    ("Tổng thống Mỹ chúc mừng ông Tô Lâm tái cử Tổng thống.", NEI),
    ("President Trump congratulated To Lam on his re-election as president.", NEI),
    # session 28: an office a rule sets apart from the one the claims give him is refuted, as
    # "Orbán was re-elected president" is (fixtures/vocabulary/offices.yaml: the general
    # secretary is not the prime minister)
    ("To Lam was re-elected prime minister.", CONTRADICTED),
    ("To Lam tai cu Thu tuong", CONTRADICTED),
    # the office the claims give him, as the sources tell it
    ("Tổng thống Trump gửi lời chúc mừng ông Tô Lâm được bầu lại làm Tổng Bí thư.", SUPPORTED),
    ("Tong thong Trump chuc mung ong To Lam tai dac cu Tong Bi thu", SUPPORTED),
    ("President Trump congratulated To Lam on his re-election as general secretary.", SUPPORTED),
    ("Trump congratulated To Lam on being re-elected general secretary.", SUPPORTED),
    # traps: the right office in a year the sources do not give, and another man's election
    ("Trump congratulated Lam on his re-election as general secretary in 2019.", NEI),
    ("Tổng thống Trump chúc mừng ông Tô Lâm được bầu làm Tổng Bí thư năm 2019.", NEI),
    ("Ông Hun Sen được bầu làm Thủ tướng Campuchia.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation


@pytest.mark.parametrize(
    "statement",
    [
        "Trump congratulated Lam on his election as president.",
        "Tổng thống Trump chúc mừng ông Tô Lâm đắc cử Chủ tịch nước.",
        "Tong thong Trump chuc mung ong To Lam tai dac cu Tong thong",
    ],
)
def test_the_reason_names_the_elected_mans_office(checker: Checker, statement: str) -> None:
    """The reason is the office given to the man elected, set against the one the claims give
    him, not a word no claim covers."""
    judged = checker.check(statement)
    assert judged.verdict == NEI
    assert "calls Tô Lâm new president" in judged.explanation, judged.explanation
    assert "to-lam-general-secretary-cpv" in judged.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the one elected is not named right before the election: all five were supported
        ("Tổng thống Trump chúc mừng ông được bầu làm Chủ tịch nước.", NEI),
        (
            "Tổng thống Trump gửi lời chúc mừng Tổng Bí thư Tô Lâm nhân dịp được bầu làm Chủ"
            " tịch nước.",
            NEI,
        ),
        ("Tong thong Trump chuc mung Tong Bi thu To Lam khi ong duoc bau lam Chu tich nuoc", NEI),
        ("President Trump congratulated him on becoming president.", NEI),
        (
            "President Trump congratulated the general secretary, who was elected as the"
            " president.",
            NEI,
        ),
        # a claim of the election to that office accounts for it
        ("Tổng thống Trump chúc mừng ông được bầu lại làm Tổng Bí thư.", SUPPORTED),
        ("Tong thong Trump chuc mung ong duoc bau lai lam Tong Bi thu", SUPPORTED),
    ],
)
def test_an_office_taken_up_by_someone_unnamed(
    checker: Checker, statement: str, verdict: str
) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation
    if verdict == NEI:
        assert "no stored claim covers" in judged.explanation
