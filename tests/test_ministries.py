"""Session 29, offices: which ministry a minister heads (issue 10: a confident wrong verdict is
the worst outcome).

"Ông Petr Macinka, Bộ trưởng Công Thương Séc, gặp Tổng Bí thư Tô Lâm." was SUPPORTED (press21
dev): the vocabulary did not read "Bộ trưởng Công Thương", and its words, folded, were found in
the source sentence of the meeting ("Cộng hòa Séc", "Thương mại tự do"), so the wrong ministry
vanished. A minister of industry and trade (Vietnam's and Czechia's Bộ Công Thương) heads an
economic ministry, never the foreign ministry, the defence ministry nor the US Trade
Representative's office: fixtures/vocabulary/roles.yaml `industry-trade-minister`, its rules
with their reasons in fixtures/vocabulary/offices.yaml.

Traps: the right ministry stays supported, a minister of industry and trade the claims do not
name is left open, and no rule ties the ministry to a deputy prime minister (Czechia has had
one who was both).
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


INDUSTRY_AND_TRADE = [
    # the confident wrong of press21/dev, an apposition
    ("Ông Petr Macinka, Bộ trưởng Công Thương Séc, gặp Tổng Bí thư Tô Lâm.", CONTRADICTED),
    ("Ong Petr Macinka, Bo truong Cong Thuong Sec, gap Tong Bi thu To Lam.", CONTRADICTED),
    ("Petr Macinka, the Czech minister of industry and trade, met To Lam.", CONTRADICTED),
    # the title before the name
    ("Bộ trưởng Công Thương Séc Petr Macinka gặp Tổng Bí thư Tô Lâm.", CONTRADICTED),
    ("Bo truong Bo Cong Thuong Sec Petr Macinka gap TBT To Lam.", CONTRADICTED),
    ("Czech Industry and Trade Minister Petr Macinka met To Lam.", CONTRADICTED),
    # another government's defence head
    ("Bộ trưởng Công Thương Phan Văn Giang hội đàm với Bộ trưởng Hegseth.", CONTRADICTED),
    ("Industry and Trade Minister Phan Van Giang held talks with Hegseth.", CONTRADICTED),
    # traps: the ministry he heads, a holder the base does not know, the deputy premiership
    ("Ông Petr Macinka, Bộ trưởng Ngoại giao Séc, gặp Tổng Bí thư Tô Lâm.", SUPPORTED),
    ("Czech Foreign Minister Petr Macinka met To Lam.", SUPPORTED),
    ("Bo truong Ngoai giao Sec Petr Macinka gap TBT To Lam.", SUPPORTED),
    ("Bộ trưởng Công Thương Séc Karel Havlíček gặp Tổng Bí thư Tô Lâm.", NEI),
    ("Bo truong Cong Thuong Sec Karel Havlicek gap Tong Bi thu To Lam.", NEI),
    ("Czech Industry and Trade Minister Karel Havlicek met To Lam.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), INDUSTRY_AND_TRADE)
def test_industry_and_trade_ministry(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


# A department the vocabulary does not read, in a title set off after its holder, is a detail
# only a claim giving it accounts for, as before the name (check.titles.title_qualifiers): the
# apposed title's words were read as fillers ("Hợp tác", "Cooperation") and the statement borne
# out by the reception alone. Wherever the head stands, its department is said only whole and
# only by a claim's own words, as a title's (ParsedStatement.title_details, accounting).
APPOSED = [
    ("Ông Pete Hegseth, Bộ trưởng Hợp tác Mỹ, được Tổng Bí thư tiếp.", NEI),
    ("Ong Pete Hegseth, Bo truong Hop tac My, duoc TBT tiep.", NEI),
    ("Ông Pete Hegseth, Bộ trưởng Hợp tác, được Tổng Bí thư tiếp.", NEI),
    ("Pete Hegseth, the US Cooperation Minister, was received by Lam.", NEI),
    ("Pete Hegseth, US Minister of Cooperation, was received by Lam.", NEI),
    # ... said only whole by an office claim's own words: the meeting's spans say "cuộc họp"
    # and "các đối tác", which fold to "hop" and "tac" apart
    ("Ông Petr Macinka, Bộ trưởng Hợp tác Séc, gặp Tổng Bí thư Tô Lâm.", NEI),
    ("Bộ trưởng Hợp tác Séc Petr Macinka gặp Tổng Bí thư Tô Lâm.", NEI),
    ("Bo truong Hop tac Sec Petr Macinka gap TBT To Lam.", NEI),
    ("Czech Cooperation Minister Petr Macinka met To Lam.", NEI),
    ("Bộ trưởng Giáo dục Armenia Nikol Pashinyan gặp Tổng Bí thư Tô Lâm.", NEI),
    # ... in lower case, as the press writes a title set off after its holder
    ("Petr Macinka, the Czech minister of cooperation, met To Lam.", NEI),
    ("Ông Petr Macinka, bộ trưởng hợp tác Séc, gặp Tổng Bí thư Tô Lâm.", NEI),
    ("Ong Petr Macinka, bo truong hop tac Sec, gap Tong Bi thu To Lam.", NEI),
    # traps: the department he heads, and a bare head, which names none, its tense word no
    # department either
    ("Ông Pete Hegseth, đương kim Bộ trưởng Mỹ, được Tổng Bí thư tiếp.", SUPPORTED),
    ("Ông Pete Hegseth, Bộ trưởng đương nhiệm, được Tổng Bí thư tiếp.", SUPPORTED),
    ("Ong Pete Hegseth, Bo truong duong nhiem, duoc TBT tiep.", SUPPORTED),
    ("Petr Macinka, the current Czech foreign minister, met To Lam.", SUPPORTED),
    ("Ông Pete Hegseth, Bộ trưởng Chiến tranh Mỹ, được Tổng Bí thư tiếp.", SUPPORTED),
    ("Ong Pete Hegseth, Bo truong Chien tranh My, duoc TBT tiep.", SUPPORTED),
    ("Pete Hegseth, the US War Secretary, was received by Lam.", SUPPORTED),
    ("Ông Pete Hegseth, Bộ trưởng Mỹ, được Tổng Bí thư tiếp.", SUPPORTED),
    ("Ong Pete Hegseth, Bo truong My, duoc TBT tiep.", SUPPORTED),
    ("Pete Hegseth, a US minister, was received by Lam.", SUPPORTED),
]


@pytest.mark.parametrize(("statement", "verdict"), APPOSED)
def test_an_apposed_department(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        "Ông Petr Macinka, Bộ trưởng Công Thương Séc, gặp Tổng Bí thư Tô Lâm.",
        "Ong Petr Macinka, Bo truong Cong Thuong Sec, gap Tong Bi thu To Lam.",
        "Czech Industry and Trade Minister Petr Macinka met To Lam.",
    ],
)
def test_the_ministry_is_read_as_an_office(checker: Checker, statement: str) -> None:
    offices = {
        (a.subject, a.office) for a in checker.reading(statement).assertions if a.office is not None
    }
    assert ("petr-macinka", "industry-trade-minister") in offices
