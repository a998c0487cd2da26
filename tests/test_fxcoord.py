"""A verb joined by "and", "và" right after a controller's object ("invited", "congratulated":
`controllers` in lexicon/<lang>/synonyms.yaml) is the clause subject's act, not the object's.

In "X V1 Y and V2 Z" V2's doer is X: "Orbán congratulated To Lam and met Tokayev" says Orbán met
Tokayev, which the sources never say (session 32 review: it was borne out by Lâm's meeting with
Orbán, a confident wrong). Y does V2 only where V1's content stands between ("invited Lam to join
the Board and attend": Lam attends), in a list of objects ("congratulated Lam and Vietnam") or
with a subject of its own ("Lam and Orbán met"). The near versions keep their verdicts.
"""

from __future__ import annotations

import pytest

from factdb.check.assertions import predications
from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED

OPEN = [
    # the review's statements: Orbán's meeting with Tokayev is in no source
    "Orbán congratulated To Lam and met Tokayev.",
    "Orbán chúc mừng Tô Lâm và gặp Tokayev.",
    "Orban chuc mung To Lam va gap Tokayev.",
    # paraphrases: titles on every name, a comma before the joiner
    "Hungarian Prime Minister Orbán congratulated General Secretary To Lam and met President "
    "Tokayev.",
    "Thủ tướng Orbán chúc mừng Tổng Bí thư Tô Lâm và gặp Tổng thống Tokayev.",
    "Thu tuong Orban chuc mung Tong Bi thu To Lam va gap Tong thong Tokayev.",
    "Orbán congratulated To Lam, and met Tokayev.",
    "Orbán chúc mừng ông Tô Lâm, và gặp ông Tokayev.",
    "Orban chuc mung ong To Lam, va gap ong Tokayev.",
    # an inviter's own act after the invitee: the sources never have Trump attend
    "Trump invited Lam and attended the meeting.",
    "Tổng thống Trump mời Tô Lâm và dự họp.",
    "Tong thong Trump moi To Lam va du hop.",
]


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize("statement", OPEN)
def test_joined_act_after_a_controller_is_the_subjects(checker: Checker, statement: str) -> None:
    assert checker.check(statement).verdict == NEI


@pytest.mark.parametrize("statement", OPEN[:6])
def test_joined_act_binds_the_subject(checker: Checker, statement: str) -> None:
    met = [p for p in predications(checker.parse(statement), checker.vocab) if p.predicate == "met"]
    assert [(p.agents, p.patients) for p in met] == [
        (("viktor-orban",), ("kassym-jomart-tokayev",))
    ]


@pytest.mark.parametrize(
    "statement",
    [
        # the subject's own meeting, which the sources give (met is the pair's act)
        "Tokayev congratulated To Lam and met him.",
        "Tokayev chúc mừng Tổng Bí thư Tô Lâm và gặp ông Tô Lâm.",
        "Tokayev chuc mung To Lam va gap ong.",
        "To Lam congratulated Pashinyan and met Orbán.",
        "Tô Lâm chúc mừng Pashinyan và gặp Orbán.",
        "To Lam chuc mung Pashinyan va gap Orban.",
        # near versions the review names: a list after one verb, the content of a controller
        "To Lam phoned Daines and Hagerty",
        "Tô Lâm điện đàm với Daines và Hagerty",
        "Orbán congratulated To Lam on his re-election",
        "Orbán chúc mừng Tô Lâm tái cử",
        "To Lam met Orbán and Tokayev",
        "Tô Lâm gặp Orbán và Tokayev",
        "To Lam gap Orban va Tokayev",
        "Orbán congratulated To Lam and Vietnam.",
        # the controlled act's joined act is still the invitee's
        "Tổng thống Trump mời Tô Lâm tham gia Hội đồng Hòa bình và dự họp.",
    ],
)
def test_near_versions_stay_supported(checker: Checker, statement: str) -> None:
    assert checker.check(statement).verdict == SUPPORTED


@pytest.mark.parametrize(
    "statement",
    [
        # a joined act after a verb that is no controller: as today
        "To Lam met Orbán and congratulated him",
        "Tô Lâm gặp Orbán và cảm ơn ông",
        "To Lam gap Orban va cam on ong",
        "Orbán congratulated To Lam and met Trump.",
        "Orbán chúc mừng Tô Lâm và Tokayev.",
    ],
)
def test_near_versions_stay_open(checker: Checker, statement: str) -> None:
    assert checker.check(statement).verdict == NEI


@pytest.mark.parametrize(
    ("statement", "agents"),
    [
        ("Tổng thống Trump mời Tô Lâm tham gia Hội đồng Hòa bình và dự họp.", {"to-lam"}),
        ("Trump invited Lam and attended the meeting.", {"donald-trump"}),
        ("Tong thong Trump moi To Lam va du hop.", {"donald-trump"}),
        ("Tô Lâm mời Trump thăm Việt Nam và dự họp.", {"donald-trump"}),
    ],
)
def test_who_attends(checker: Checker, statement: str, agents: set[str]) -> None:
    found = predications(checker.parse(statement), checker.vocab)
    attended = [p for p in found if p.predicate == "attended"]
    assert attended and {a for p in attended for a in p.agents} == agents
